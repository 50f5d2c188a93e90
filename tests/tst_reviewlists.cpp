// ReviewRecords on SQLite and PostgreSQL, beyond single decisions: a confirmed hidden link, map or
// serious wording files a W-V1 (M-V1 on an account) that goes again on undo while undecided;
// manual findings; screenshots in the store and as WARC resource records; the rectification list
// per unit with the registry's owner as fallback and overdue deadlines; the per-object checklist.
#include "CheckRecords.h"
#include "EvidenceScreenshots.h"
#include "IndicatorSetStore.h"
#include "ReviewRecords.h"
#include "RoundFixture.h"
#include "TestSupport.h"
#include "WarcReader.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

struct Fixture {
    qint64 unit = 0;
    qint64 otherUnit = 0;
    qint64 site = 0;
    qint64 account = 0;
    QString round = QStringLiteral("2026Q4");
};

bool build(Store &store, Fixture *fx)
{
    fx->unit = addUnit(store, QStringLiteral("临澜市数据局"), UnitKind::Department);
    fx->otherUnit = addUnit(store, QStringLiteral("临澜市教育局"), UnitKind::Department);
    fx->site = addSite(store, QStringLiteral("临澜市数据局网站"), SiteKind::Department, fx->unit);
    fx->account = addAccount(store, QStringLiteral("临澜教育"), Platform::WeChat, fx->otherUnit);
    Round r;
    r.id = fx->round;
    r.windowFrom = QDate(2026, 10, 1);
    r.windowTo = QDate(2026, 12, 31);
    r.asOf = QDate(2026, 12, 31);
    return fx->unit && fx->otherUnit && fx->site && fx->account && store.insertRound(r);
}

qint64 file(Store &store, const Fixture &fx, const QString &indicator, const QString &key, const QJsonObject &details = {},
            ObjectType type = ObjectType::Site, const QString &state = QStringLiteral("pending"))
{
    Finding f;
    f.roundId = fx.round;
    f.objectType = type;
    f.objectId = type == ObjectType::Site ? fx.site : fx.account;
    f.indicator = indicator;
    f.severity = QStringLiteral("notice");
    f.url = QStringLiteral("http://127.0.0.1/") + key;
    f.evidence = key;
    f.details = details;
    f.state = state;
    f.fingerprint = indicator + QLatin1Char('|') + key;
    return CheckRecords(store).upsertFinding(f);
}

QByteArray png()
{
    QImage image(4, 3, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestReviewLists : public QObject {
    Q_OBJECT
    QTemporaryDir m_evidence;

private slots:
    void initTestCase()
    {
        qputenv("XUNJIAN_LANG", "en");
        // PostgreSQL stores keep their evidence in the shared folder this names.
        qputenv("XUNJIAN_EVIDENCE_DIR", m_evidence.path().toUtf8());
    }

    void promotion_data() { XJ_BACKEND_DATA(); }
    void promotion()
    {
        XJ_OPEN_STORE(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        ReviewRecords records(*store);
        QString error;
        const qint64 dark = file(*store, fx, QStringLiteral("W-N-DARKLINK"), QStringLiteral("dark"));
        QCOMPARE(records.promotedFinding(dark), qint64(0));
        QCOMPARE(records.confirm(dark, 1, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        const qint64 promoted = records.promotedFinding(dark);
        QVERIFY(promoted > 0);
        const Finding p = *CheckRecords(*store).finding(promoted);
        QCOMPARE(p.indicator, QStringLiteral("W-V1"));
        QCOMPARE(p.source, QStringLiteral("manual"));
        QCOMPARE(p.state, QStringLiteral("pending"));
        QCOMPARE(p.severity, IndicatorSetStore(*store).active().severity(QStringLiteral("W-V1")));
        QCOMPARE(p.objectId, fx.site);
        QCOMPARE(p.details.value(QStringLiteral("promotedFrom")).toInteger(), dark);
        QCOMPARE(records.history(promoted).constFirst().action, QStringLiteral("promote"));

        // Undo of the confirmation removes the undecided W-V1.
        QCOMPARE(records.undo(dark, 2, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QCOMPARE(records.promotedFinding(dark), qint64(0));
        QVERIFY(!CheckRecords(*store).finding(promoted));

        // Confirmed again, and the W-V1 decided by an inspector: un-confirming leaves it alone.
        QCOMPARE(records.confirm(dark, 3, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        const qint64 again = records.promotedFinding(dark);
        QVERIFY(again > 0);
        QCOMPARE(records.confirm(again, 1, QStringLiteral("bob"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QCOMPARE(records.dismiss(dark, 4, QStringLiteral("不是暗链"), QStringLiteral("alice"), nullptr, &error),
                 ReviewRecords::Outcome::Saved);
        QCOMPARE(records.promotedFinding(dark), again);

        // Wording: only the serious dictionary hits feed W-V1.
        const qint64 typo = file(*store, fx, QStringLiteral("W-N-WORDING"), QStringLiteral("typo"),
                                 {{QStringLiteral("kind"), QStringLiteral("typo")}, {QStringLiteral("serious"), false}});
        const qint64 serious = file(*store, fx, QStringLiteral("W-N-WORDING"), QStringLiteral("serious"),
                                    {{QStringLiteral("kind"), QStringLiteral("serious")}, {QStringLiteral("serious"), true}});
        QCOMPARE(records.confirm(typo, 1, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QCOMPARE(records.promotedFinding(typo), qint64(0));
        QCOMPARE(records.confirm(serious, 1, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QVERIFY(records.promotedFinding(serious) > 0);
        // A broken link feeds nothing.
        const qint64 link = file(*store, fx, QStringLiteral("W-D-LINK"), QStringLiteral("link"));
        QCOMPARE(records.confirm(link, 1, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QCOMPARE(records.promotedFinding(link), qint64(0));

        // On an account the veto is M-V1.
        const qint64 post = file(*store, fx, QStringLiteral("W-N-WORDING"), QStringLiteral("post"),
                                 {{QStringLiteral("serious"), true}}, ObjectType::Account);
        QCOMPARE(records.confirm(post, 1, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        const auto m = CheckRecords(*store).finding(records.promotedFinding(post));
        QVERIFY(m);
        QCOMPARE(m->indicator, QStringLiteral("M-V1"));
        QCOMPARE(m->objectType, ObjectType::Account);
    }

    void manualFindingsAndScreenshots_data() { XJ_BACKEND_DATA(); }
    void manualFindingsAndScreenshots()
    {
        XJ_OPEN_STORE(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        ReviewRecords records(*store);
        QString error;
        const QString url = QStringLiteral("http://127.0.0.1/map.html");
        const qint64 map = records.addManualFinding(fx.round, ObjectType::Site, fx.site, QStringLiteral("W-N-MAP"), url,
                                                    QStringLiteral("地图缺少南海诸岛"),
                                                    QStringLiteral("{\"x\":10,\"y\":20,\"width\":300,\"height\":200}"),
                                                    QStringLiteral("alice"), &error);
        QVERIFY2(map > 0, qPrintable(error));
        const Finding f = *CheckRecords(*store).finding(map);
        QCOMPARE(f.source, QStringLiteral("manual"));
        QCOMPARE(f.state, QStringLiteral("confirmed"));
        QCOMPARE(f.severity, IndicatorSetStore(*store).active().severity(QStringLiteral("W-N-MAP")));
        QCOMPARE(f.details.value(QStringLiteral("region")).toObject().value(QStringLiteral("width")).toInt(), 300);
        QCOMPARE(records.review(map)->reviewedBy, QStringLiteral("alice"));
        QCOMPARE(records.history(map).constFirst().action, QStringLiteral("manual"));
        QVERIFY(records.promotedFinding(map) > 0); // a confirmed map is a W-V1 to decide
        // The same thing filed twice is one finding.
        QCOMPARE(records.addManualFinding(fx.round, ObjectType::Site, fx.site, QStringLiteral("W-N-MAP"), url,
                                          QStringLiteral("地图缺少南海诸岛"),
                                          QStringLiteral("{\"x\":10,\"y\":20,\"width\":300,\"height\":200}"),
                                          QStringLiteral("alice"), &error),
                 map);
        QCOMPARE(records.addManualFinding(fx.round, ObjectType::Site, fx.site, QStringLiteral("M-V2"), url,
                                          QStringLiteral("x"), {}, QStringLiteral("alice"), &error),
                 qint64(0));
        QVERIFY2(error.contains(QStringLiteral("M-V2")), qPrintable(error));
        QCOMPARE(records.addManualFinding(fx.round, ObjectType::Site, fx.site, QStringLiteral("W-X"), url,
                                          QStringLiteral("x"), {}, QStringLiteral("alice"), &error),
                 qint64(0));

        // A screenshot: in the store, and as a WARC resource record in the evidence folder.
        const QByteArray image = png();
        EvidenceScreenshots shots(*store);
        QString warning;
        const qint64 shot = shots.add(map, image, QRect(10, 20, 300, 200), url, QStringLiteral("live"),
                                      QStringLiteral("alice"), &error, &warning);
        QVERIFY2(shot > 0, qPrintable(error));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        const QList<FindingScreenshot> listed = records.screenshots(map);
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed.first().png.isEmpty());
        QCOMPARE(listed.first().region, QRect(10, 20, 300, 200));
        QCOMPARE(listed.first().pane, QStringLiteral("live"));
        const FindingScreenshot stored = *records.screenshot(shot);
        QCOMPARE(stored.png, image);
        QVERIFY(stored.warc.isValid());
        WarcLocation where{QDir(store->location().evidenceDir()).filePath(stored.warc.file), stored.warc.offset,
                           stored.warc.length, stored.warcRecordId};
        const auto record = WarcReader::read(where, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->type(), QByteArray("resource"));
        QCOMPARE(record->header("Content-Type"), QByteArray("image/png"));
        QCOMPARE(record->targetUri(), url);
        QCOMPARE(record->block, image);
        QVERIFY(record->digestsOk());
        // Listed in the history without being a change: the version stays, undo passes over it.
        QCOMPARE(records.history(map).constLast().action, QStringLiteral("screenshot"));
        QCOMPARE(records.review(map)->version, 1);
        QCOMPARE(records.undo(map, 1, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Refused);
        QCOMPARE(records.addScreenshot(map, image, {}, url, QStringLiteral("sideways"), QStringLiteral("alice"), &error),
                 qint64(0));
    }

    void rectificationList_data() { XJ_BACKEND_DATA(); }
    void rectificationList()
    {
        XJ_OPEN_STORE(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        ReviewRecords records(*store);
        QString error;
        const QDate today(2027, 1, 10);
        auto decide = [&](qint64 id, const FindingChange &c) {
            return records.change(id, records.review(id)->version, c, QStringLiteral("alice"), nullptr, &error);
        };
        FindingChange confirm;
        confirm.state = QStringLiteral("confirmed");
        // Confirmed, no unit on the finding: the site's owner (临澜市数据局).
        const qint64 plain = file(*store, fx, QStringLiteral("W-D-IDENT"), QStringLiteral("ident"));
        QCOMPARE(decide(plain, confirm), ReviewRecords::Outcome::Saved);
        // Confirmed, assigned to the other unit, deadline passed, still open: overdue.
        const qint64 late = file(*store, fx, QStringLiteral("W-D-LINK"), QStringLiteral("late"));
        FindingChange assign = confirm;
        assign.unitId = fx.otherUnit;
        assign.deadline = today.addDays(-1);
        QCOMPARE(decide(late, assign), ReviewRecords::Outcome::Saved);
        // Deadline passed but rectified: waiting for verification, not overdue.
        const qint64 fixed = file(*store, fx, QStringLiteral("W-D-TAGS"), QStringLiteral("fixed"));
        FindingChange fixedChange = confirm;
        fixedChange.deadline = today.addDays(-3);
        fixedChange.rectification = QStringLiteral("fixed");
        QCOMPARE(decide(fixed, fixedChange), ReviewRecords::Outcome::Saved);
        // Verified: done, not listed. Pending: not listed.
        const qint64 verified = file(*store, fx, QStringLiteral("W-D-NEWS"), QStringLiteral("verified"));
        QCOMPARE(decide(verified, confirm), ReviewRecords::Outcome::Saved);
        QCOMPARE(records.setRectification(verified, 2, QStringLiteral("verified"), QStringLiteral("alice"), nullptr, &error),
                 ReviewRecords::Outcome::Saved);
        file(*store, fx, QStringLiteral("W-D-POLICY"), QStringLiteral("pending"));
        // An account finding: its owner is the other unit.
        const qint64 account = file(*store, fx, QStringLiteral("M-V2"), QStringLiteral("account"), {}, ObjectType::Account);
        QCOMPARE(decide(account, confirm), ReviewRecords::Outcome::Saved);

        const QList<RectificationRow> all = records.rectificationList(fx.round, std::nullopt, today);
        QHash<qint64, RectificationRow> byId;
        for (const RectificationRow &r : all)
            byId.insert(r.finding.id, r);
        QCOMPARE(QSet<qint64>(byId.keyBegin(), byId.keyEnd()), (QSet<qint64>{plain, late, fixed, account}));
        QCOMPARE(byId[plain].unitId, fx.unit);
        QVERIFY(byId[plain].unitFromRegistry);
        QCOMPARE(byId[plain].unitName, QStringLiteral("临澜市数据局"));
        QCOMPARE(byId[plain].objectName, QStringLiteral("临澜市数据局网站"));
        QVERIFY(!byId[plain].overdue);
        QCOMPARE(byId[late].unitId, fx.otherUnit);
        QVERIFY(!byId[late].unitFromRegistry);
        QVERIFY(byId[late].overdue);
        QCOMPARE(byId[late].status, QStringLiteral("open"));
        QVERIFY(!byId[fixed].overdue);
        QCOMPARE(byId[account].objectName, QStringLiteral("临澜教育"));
        QCOMPARE(byId[account].unitId, fx.otherUnit);
        // Ordered by unit name.
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].unitName <= all[i].unitName);

        QList<qint64> other;
        for (const RectificationRow &r : records.rectificationList(fx.round, fx.otherUnit, today))
            other << r.finding.id;
        std::sort(other.begin(), other.end());
        QCOMPARE(other, (QList<qint64>{std::min(late, account), std::max(late, account)}));
        // The day before the deadline nothing is overdue.
        for (const RectificationRow &r : records.rectificationList(fx.round, std::nullopt, today.addDays(-4)))
            QVERIFY(!r.overdue);
    }

    void checklist_data() { XJ_BACKEND_DATA(); }
    void checklist()
    {
        XJ_OPEN_STORE(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        ReviewRecords records(*store);
        QString error;
        const qint64 a = file(*store, fx, QStringLiteral("W-D-LINK"), QStringLiteral("l1"));
        const qint64 b = file(*store, fx, QStringLiteral("W-D-LINK"), QStringLiteral("l2"));
        QCOMPARE(records.confirm(b, 1, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        IndicatorSet set = IndicatorSetStore(*store).active();
        IndicatorSettings ipv6 = *set.settings(QStringLiteral("W-D-IPV6"));
        ipv6.enabled = false;
        set.setSettings(ipv6);

        const QList<ChecklistItem> items = records.checklist(fx.round, ObjectType::Site, fx.site, set);
        QHash<QString, ChecklistItem> byCode;
        for (const ChecklistItem &i : items) {
            QVERIFY2(i.indicator.startsWith(QLatin1String("W-")), qPrintable(i.indicator));
            byCode.insert(i.indicator, i);
        }
        QVERIFY(!byCode.contains(QStringLiteral("W-D-IPV6"))); // disabled in the set
        QVERIFY(byCode.contains(QStringLiteral("W-V2")));
        QCOMPARE(byCode[QStringLiteral("W-D-LINK")].findingIds, (QList<qint64>{a, b}));
        QCOMPARE(byCode[QStringLiteral("W-D-LINK")].pending, 1);
        QCOMPARE(byCode[QStringLiteral("W-D-LINK")].confirmed, 1);
        QVERIFY(!byCode[QStringLiteral("W-D-LINK")].manualOnly);
        for (const char *manual : {"W-V6", "W-D-SEARCH", "W-N-MAP"}) {
            const ChecklistItem &i = byCode[QLatin1String(manual)];
            QVERIFY2(i.manualOnly && !i.steps.isEmpty(), manual);
            QVERIFY(!i.entry);
        }
        QVERIFY(byCode[QStringLiteral("W-V6")].steps.contains(QStringLiteral("办理材料")));

        ChecklistEntry e;
        e.roundId = fx.round;
        e.objectId = fx.site;
        e.indicator = QStringLiteral("W-D-SEARCH");
        e.result = QStringLiteral("fail");
        e.note = QStringLiteral("4 个标题中 2 个未检索到");
        e.screenshotId = records.addScreenshot(0, png(), {}, QStringLiteral("http://127.0.0.1/search"),
                                               QStringLiteral("live"), QStringLiteral("alice"), &error);
        QVERIFY2(e.screenshotId > 0, qPrintable(error));
        QCOMPARE(records.setChecklistEntry(e, 0, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QCOMPARE(records.setChecklistEntry(e, 1, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Unchanged);
        e.result = QStringLiteral("maybe");
        QCOMPARE(records.setChecklistEntry(e, 1, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Refused);
        e.result = QStringLiteral("pass");
        e.indicator = QStringLiteral("M-V2");
        QCOMPARE(records.setChecklistEntry(e, 0, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Refused);

        const ChecklistItem search = [&] {
            for (const ChecklistItem &i : records.checklist(fx.round, ObjectType::Site, fx.site, set))
                if (i.indicator == QLatin1String("W-D-SEARCH"))
                    return i;
            return ChecklistItem();
        }();
        QVERIFY(search.entry);
        QCOMPARE(search.entry->result, QStringLiteral("fail"));
        QCOMPARE(search.entry->actor, QStringLiteral("alice"));
        QCOMPARE(search.entry->version, 1);
        QVERIFY(search.entry->screenshotId > 0);

        // An account's checklist: the account indicators only.
        const QList<ChecklistItem> accountItems = records.checklist(fx.round, ObjectType::Account, fx.account, set);
        QVERIFY(!accountItems.isEmpty());
        for (const ChecklistItem &i : accountItems)
            QVERIFY2(i.indicator.startsWith(QLatin1String("M-")), qPrintable(i.indicator));
    }
};

QTEST_MAIN(TestReviewLists)
#include "tst_reviewlists.moc"
