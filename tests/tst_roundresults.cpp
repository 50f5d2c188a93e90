// What the bulletin's numbers come from: which findings count, the website score boundary, rates
// rounded as the bulletin prints them, ties in the top three, the 10-item boundary of 开放数量偏少,
// the window's edges for closures and registrations, and a whole round in the image of the
// 2022Q2 bulletin whose summary JSON is checked field by field (both backends).
#include "DocumentNumber.h"
#include "MediaEvaluation.h"
#include "RoundFixture.h"
#include "RoundResults.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

Finding finding(const char *code, const char *state = "pending", double points = 0, qint64 id = 1)
{
    Finding f;
    f.id = id;
    f.indicator = QString::fromLatin1(code);
    f.severity = QStringLiteral("notice"); // what the indicator set says wins over this
    f.points = points;
    f.state = QString::fromLatin1(state);
    return f;
}

ObjectVerdict website()
{
    ObjectVerdict v;
    v.scored = true;
    return v;
}

ObjectVerdict account()
{
    ObjectVerdict v;
    v.type = ObjectType::Account;
    return v;
}

QStringList names(const QJsonArray &a, const char *key = nullptr)
{
    QStringList out;
    for (const QJsonValue &v : a)
        out << (key ? v.toObject().value(QLatin1String(key)).toString() : v.toString());
    return out;
}

} // namespace

class TestRoundResults : public QObject {
    Q_OBJECT

private slots:
    void whichFindingsCount_data()
    {
        QTest::addColumn<bool>("isWebsite");
        QTest::addColumn<QList<Finding>>("findings");
        QTest::addColumn<bool>("passed");
        QTest::newRow("W-V1 pending: needs review") << true << QList<Finding>{finding("W-V1")} << true;
        QTest::newRow("W-V1 confirmed") << true << QList<Finding>{finding("W-V1", "confirmed")} << false;
        QTest::newRow("W-V2 pending: objective") << true << QList<Finding>{finding("W-V2")} << false;
        QTest::newRow("W-V2 dismissed") << true << QList<Finding>{finding("W-V2", "dismissed")} << true;
        QTest::newRow("W-N-MAP confirmed: a notice") << true << QList<Finding>{finding("W-N-MAP", "confirmed")} << true;
        QTest::newRow("W-N-DARKLINK confirmed: a notice") << true << QList<Finding>{finding("W-N-DARKLINK", "confirmed")} << true;
        QTest::newRow("unknown code pending") << true << QList<Finding>{finding("X-9")} << true;
        QTest::newRow("account M-V2 pending") << false << QList<Finding>{finding("M-V2")} << false;
        QTest::newRow("account M-V1 pending") << false << QList<Finding>{finding("M-V1")} << true;
        QTest::newRow("account M-P-REMIND confirmed: a notice") << false << QList<Finding>{finding("M-P-REMIND", "confirmed")} << true;
        QTest::newRow("account with 50 points of deductions") << false
                                                                << QList<Finding>{finding("W-D-MSG", "confirmed", 13), finding("W-D-NEWS", "confirmed", 40)}
                                                                << true;
    }
    void whichFindingsCount()
    {
        QFETCH(bool, isWebsite);
        QFETCH(QList<Finding>, findings);
        QFETCH(bool, passed);
        const ObjectVerdict v = RoundResults::judge(isWebsite ? website() : account(), findings);
        QCOMPARE(v.passed, passed);
        if (!passed)
            QCOMPARE(v.reasons(), QStringList{findings.first().indicator});
    }

    void noticesListed()
    {
        const ObjectVerdict v = RoundResults::judge(account(), {finding("M-P-REMIND", "pending", 0, 4), finding("M-P-NAME", "dismissed", 0, 5),
                                                                finding("M-V2", "pending", 0, 6)});
        QCOMPARE(v.notices, QStringList{QStringLiteral("M-P-REMIND")});
        QCOMPARE(v.vetoes, QStringList{QStringLiteral("M-V2")});
        QCOMPARE(v.findingIds, (QList<qint64>{4, 6}));
    }

    void scoreBoundary()
    {
        // Every deduction at its cap but IPv6: 40 points, score 60 — passes; 0.1 more fails.
        QList<Finding> all;
        for (const char *code : {"W-D-NEWS", "W-D-POLICY", "W-D-COLUMN", "W-D-MSG", "W-D-DOMAIN", "W-D-IDENT", "W-D-SEARCH",
                                 "W-D-LINK", "W-D-FIXIT", "W-D-TAGS"})
            all << finding(code, "confirmed", 50); // more than any cap: capped
        ObjectVerdict v = RoundResults::judge(website(), all);
        QCOMPARE(v.score, 60.0);
        QVERIFY(v.passed);
        all << finding("W-D-IPV6", "pending", 0.1);
        v = RoundResults::judge(website(), all);
        QCOMPARE(v.score, 59.9);
        QVERIFY(!v.passed);
        QCOMPARE(v.reasons().size(), 11);
        // Ten broken links on the home page: 2 points, capped at 1.
        QList<Finding> links;
        for (int i = 0; i < 10; ++i)
            links << finding("W-D-LINK", "pending", 0.2, i + 1);
        v = RoundResults::judge(website(), links);
        QCOMPARE(v.deductions.value(QStringLiteral("W-D-LINK")), 1.0);
        QCOMPARE(v.score, 99.0);
        QCOMPARE(v.findingIds.size(), 10);
    }

    void rates()
    {
        QCOMPARE(passRate(85, 86), 98.8);
        QCOMPARE(passRate(8, 10), 80.0);
        QCOMPARE(passRate(2, 3), 66.7);
        QCOMPARE(passRate(0, 0), 0.0);
        QCOMPARE(formatRate(passRate(8, 10)), QStringLiteral("80%"));
        QCOMPARE(formatRate(passRate(85, 86)), QStringLiteral("98.8%"));
    }

    void catalogTiesAndBoundaries()
    {
        QList<Unit> units;
        auto unit = [&](qint64 id, const char *name, UnitKind kind, qint64 parent = 0) {
            Unit u;
            u.id = id;
            u.name = QString::fromUtf8(name);
            u.kind = kind;
            u.parentId = parent;
            units << u;
        };
        unit(1, "甲局", UnitKind::Department);
        unit(2, "丙局", UnitKind::Department); // 丙 U+4E19 sorts after 丁 U+4E01
        unit(3, "丁局", UnitKind::Department);
        unit(4, "戊区", UnitKind::County);
        unit(5, "戊区数据局", UnitKind::Department, 4);
        unit(6, "己局", UnitKind::Department);
        unit(7, "庚局", UnitKind::Department);
        unit(8, "辛中心", UnitKind::Park);
        const QList<CatalogCount> counts{{QStringLiteral("R"), 1, 287, 10}, {QStringLiteral("R"), 2, 164, 9}, {QStringLiteral("R"), 3, 164, 0},
                                         {QStringLiteral("R"), 5, 185, 3},  {QStringLiteral("R"), 6, 0, 0},   {QStringLiteral("R"), 8, 1, 0}};
        const CatalogResult c = RoundResults::catalogOf(counts, units, {7, std::nullopt});
        QCOMPARE(c.linkedTotal, 287 + 164 + 164 + 185 + 1);
        QCOMPARE(c.openTotal, 22);
        QCOMPARE(c.linkedRank, std::optional<int>(7));
        QVERIFY(!c.openRank);
        auto unitNames = [](const QList<UnitCount> &l) {
            QStringList out;
            for (const UnitCount &u : l)
                out << u.unit;
            return out;
        };
        QCOMPARE(unitNames(c.linkedTop), (QStringList{QStringLiteral("甲局"), QStringLiteral("戊区数据局"), QStringLiteral("丁局")}));
        QCOMPARE(unitNames(c.openTop), (QStringList{QStringLiteral("甲局"), QStringLiteral("丙局"), QStringLiteral("戊区数据局")}));
        // 10 is not fewer than 10; a district's department is not the city's; 庚局 reported nothing.
        QCOMPARE(unitNames(c.openLow), (QStringList{QStringLiteral("丙局"), QStringLiteral("丁局"), QStringLiteral("己局")}));
        QCOMPARE(unitNames(c.openZero), (QStringList{QStringLiteral("丁局"), QStringLiteral("己局"), QStringLiteral("辛中心")}));
        ResultRules rules;
        rules.openLowThreshold = 11;
        QCOMPARE(RoundResults::catalogOf(counts, units, {}, rules).openLow.first().unit, QStringLiteral("甲局"));
    }

    void windowEdges_data() { XJ_BACKEND_DATA(); }
    void windowEdges()
    {
        XJ_OPEN_STORE(store);
        Round r;
        r.id = QStringLiteral("2022Q2");
        r.windowFrom = QDate(2022, 4, 1);
        r.windowTo = QDate(2022, 6, 30);
        r.asOf = r.windowTo;
        QVERIFY(store->insertRound(r));
        const qint64 owner = addUnit(*store, QStringLiteral("单位"), UnitKind::Department);
        const struct {
            const char *name;
            QDate date;
            bool listed, checked;
        } cases[] = {{"三月三十一日关停", QDate(2022, 3, 31), false, false}, {"四月一日关停", QDate(2022, 4, 1), true, false},
                     {"六月三十日关停", QDate(2022, 6, 30), true, false},    {"七月一日关停", QDate(2022, 7, 1), false, true}};
        for (const auto &c : cases) {
            const qint64 id = addSite(*store, QString::fromUtf8(c.name), SiteKind::Department, owner);
            QVERIFY(addStatus(*store, ObjectType::Site, id, StatusEvent::Closed, c.date, QStringLiteral("整合")));
        }
        // Closed and reopened inside the window: checked, not listed.
        const qint64 back = addSite(*store, QStringLiteral("关停后恢复"), SiteKind::Department, owner);
        QVERIFY(addStatus(*store, ObjectType::Site, back, StatusEvent::Closed, QDate(2022, 5, 1)));
        QVERIFY(addStatus(*store, ObjectType::Site, back, StatusEvent::Running, QDate(2022, 5, 20)));
        // Opened after the as-of date: not checked.
        addAccount(*store, QStringLiteral("七月开通"), Platform::Douyin, owner, QDate(2022, 7, 1));
        // Registrations on the window's edges.
        for (const QDate &d : {QDate(2022, 3, 31), QDate(2022, 4, 1), QDate(2022, 6, 30), QDate(2022, 7, 1)}) {
            Account a;
            a.name = d.toString(Qt::ISODate) + QStringLiteral("备案");
            a.platform = Platform::WeChat;
            a.ownerId = owner;
            a.opened = QDate(2022, 3, 1);
            a.registered = d;
            QVERIFY(store->insertAccount(a, QStringLiteral("test")));
        }

        const auto res = RoundResults::compute(*store, r.id);
        QVERIFY(res);
        QStringList closed, checked, registered;
        for (const ListedObject &l : res->closedInWindow)
            closed << l.name;
        for (const ObjectVerdict &v : res->websites.objects)
            checked << v.name;
        for (const ListedObject &l : res->registeredInWindow)
            registered << l.name;
        for (const auto &c : cases) {
            QVERIFY2(closed.contains(QString::fromUtf8(c.name)) == c.listed, c.name);
            QVERIFY2(checked.contains(QString::fromUtf8(c.name)) == c.checked, c.name);
        }
        QVERIFY(checked.contains(QStringLiteral("关停后恢复")) && !closed.contains(QStringLiteral("关停后恢复")));
        QCOMPARE(res->websites.checked, 2);
        QCOMPARE(res->accounts.checked, 4); // the four registered in March; not the one opened in July
        QCOMPARE(registered, (QStringList{QStringLiteral("2022-04-01备案"), QStringLiteral("2022-06-30备案")}));
        QCOMPARE(res->closedInWindow.first().status, QStringLiteral("关停"));
        QCOMPARE(res->closedInWindow.first().kind, QStringLiteral("部门网站"));
        QCOMPARE(res->closedInWindow.first().reason, QStringLiteral("整合"));
    }

    void seedRound_data() { XJ_BACKEND_DATA(); }
    void seedRound()
    {
        XJ_OPEN_STORE(store);
        RoundFixture fx;
        QVERIFY2(buildSeedRound(*store, &fx), qPrintable(store->lastError()));
        const Round round = *store->round(fx.roundId);
        const auto report = MediaEvaluation::run(*store, round);
        QVERIFY(report);
        QCOMPARE(report->accounts, 86);
        QVERIFY(!report->postsMissing);
        QCOMPARE(report->perIndicator.value(QStringLiteral("M-V2")), 1);
        QCOMPARE(report->perIndicator.value(QStringLiteral("M-P-REMIND")), 1);
        // Evaluating again files nothing new; a web check's prune leaves account findings alone.
        const int before = int(CheckRecords(*store).findings(fx.roundId).size());
        QVERIFY(MediaEvaluation::run(*store, round));
        CheckRecords records(*store);
        const qint64 run = records.startRun(fx.roundId, {});
        records.pruneAutoFindings(fx.roundId, run);
        QCOMPARE(int(records.findings(fx.roundId).size()), before);

        const auto res = RoundResults::compute(*store, fx.roundId);
        QVERIFY(res);
        const QByteArray text = res->toJsonText();
        QVERIFY2(text.contains("\"pass_rate\": 80.0"), text.constData());
        QVERIFY(text.contains("\"pass_rate\": 98.8"));
        const QJsonObject j = QJsonDocument::fromJson(text).object();
        QCOMPARE(j.value(QStringLiteral("round")).toString(), QStringLiteral("2022Q2"));
        QCOMPARE(j.value(QStringLiteral("window")).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("2022-04-01"));
        QCOMPARE(j.value(QStringLiteral("window")).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("2022-06-30"));

        const QJsonObject web = j.value(QStringLiteral("websites")).toObject();
        QCOMPARE(web.value(QStringLiteral("checked")).toInt(), 10);
        QCOMPARE(web.value(QStringLiteral("service_platforms")).toInt(), 2);
        QCOMPARE(web.value(QStringLiteral("passed")).toInt(), 8);
        QCOMPARE(web.value(QStringLiteral("pass_rate")).toDouble(), 80.0);
        const QJsonArray webFailed = web.value(QStringLiteral("failed")).toArray();
        QCOMPARE(names(webFailed, "name"), (QStringList{QStringLiteral("揭东区人民政府门户网站"), QStringLiteral("揭阳产业园门户网站")}));
        for (const QJsonValue &v : webFailed)
            QCOMPARE(v.toObject().value(QStringLiteral("reasons")).toArray(), QJsonArray{QStringLiteral("W-V1")});
        QCOMPARE(res->servicePlatformIds.size(), 2);
        QVERIFY(!res->websites.ids().contains(fx.sites.value(QStringLiteral("空港经济区管委会门户网站"))));

        const QJsonObject channels = j.value(QStringLiteral("channels")).toObject();
        QCOMPARE(channels.value(QStringLiteral("checked")).toInt(), 3);
        QCOMPARE(channels.value(QStringLiteral("passed")).toInt(), 2);
        QCOMPARE(channels.value(QStringLiteral("pass_rate")).toDouble(), 66.7);

        const QJsonObject acc = j.value(QStringLiteral("accounts")).toObject();
        QCOMPARE(acc.value(QStringLiteral("checked")).toInt(), 86);
        QCOMPARE(acc.value(QStringLiteral("passed")).toInt(), 85);
        QCOMPARE(acc.value(QStringLiteral("pass_rate")).toDouble(), 98.8);
        const QJsonArray accFailed = acc.value(QStringLiteral("failed")).toArray();
        QCOMPARE(accFailed.size(), 1);
        QCOMPARE(accFailed[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("普宁市生态环境"));
        QCOMPARE(accFailed[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("微信公众号"));
        QCOMPARE(accFailed[0].toObject().value(QStringLiteral("reasons")).toArray(), QJsonArray{QStringLiteral("M-V2")});
        const QJsonArray notices = acc.value(QStringLiteral("notices")).toArray();
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices[0].toObject().value(QStringLiteral("indicators")).toArray(), QJsonArray{QStringLiteral("M-P-REMIND")});

        const QJsonArray closed = j.value(QStringLiteral("closed_in_window")).toArray();
        QCOMPARE(closed.size(), 2);
        const QJsonObject airport = closed[0].toObject();
        QCOMPARE(airport.value(QStringLiteral("name")).toString(), QStringLiteral("空港经济区管委会门户网站"));
        QCOMPARE(airport.value(QStringLiteral("kind")).toString(), QStringLiteral("门户网站"));
        QCOMPARE(airport.value(QStringLiteral("status")).toString(), QStringLiteral("下线"));
        QCOMPARE(airport.value(QStringLiteral("date")).toString(), QStringLiteral("2022-05-16"));
        QCOMPARE(airport.value(QStringLiteral("reason")).toString(), QStringLiteral("改制"));
        QCOMPARE(closed[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("微博"));
        QCOMPARE(closed[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("注销"));

        const QJsonArray reg = j.value(QStringLiteral("registered_in_window")).toArray();
        QCOMPARE(names(reg, "name"), (QStringList{QStringLiteral("信用揭阳网"), QStringLiteral("揭阳市场监管")}));
        QCOMPARE(names(reg, "date"), (QStringList{QStringLiteral("2022-06-10"), QStringLiteral("2022-06-11")}));
        QCOMPARE(reg[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("部门网站"));
        QVERIFY(reg[0].toObject().value(QStringLiteral("late")).toBool());

        const QJsonObject cat = j.value(QStringLiteral("catalog")).toObject();
        QCOMPARE(cat.value(QStringLiteral("linked_total")).toInt(), 761);
        QCOMPARE(cat.value(QStringLiteral("open_total")).toInt(), 507);
        QCOMPARE(cat.value(QStringLiteral("linked_rank")).toInt(), 7);
        QCOMPARE(cat.value(QStringLiteral("open_rank")).toInt(), 13);
        QCOMPARE(names(cat.value(QStringLiteral("linked_top")).toArray(), "unit"),
                 (QStringList{QStringLiteral("揭阳市政务服务数据管理局"), QStringLiteral("揭东区政务服务数据管理局"), QStringLiteral("榕城区政务服务数据管理局")}));
        QCOMPARE(cat.value(QStringLiteral("linked_top")).toArray()[0].toObject().value(QStringLiteral("count")).toInt(), 287);
        QCOMPARE(names(cat.value(QStringLiteral("open_top")).toArray(), "unit"),
                 (QStringList{QStringLiteral("揭阳市政务服务数据管理局"), QStringLiteral("揭东区政务服务数据管理局"), QStringLiteral("揭阳市生态环境局")}));
        QCOMPARE(names(cat.value(QStringLiteral("open_low_departments")).toArray()),
                 (QStringList{QStringLiteral("揭阳市发展和改革局"), QStringLiteral("揭阳市审计局")}));
        QCOMPARE(names(cat.value(QStringLiteral("open_zero")).toArray()),
                 (QStringList{QStringLiteral("普宁市政务服务数据管理局"), QStringLiteral("揭阳产业转移工业园投资促进服务中心")}));

        // A post imported since: the next evaluation removes the veto it no longer supports.
        QVERIFY(MediaRecords(*store).addPost({0, fx.accounts.value(QStringLiteral("普宁市生态环境")), QDateTime(QDate(2022, 6, 28), QTime(8, 0)),
                                              QStringLiteral("补更"), {}, {}}));
        const auto again = MediaEvaluation::run(*store, round);
        QVERIFY(again);
        QCOMPARE(again->removed, 1);
        QCOMPARE(RoundResults::compute(*store, fx.roundId)->accounts.passed, 86);
    }
};

QTEST_GUILESS_MAIN(TestRoundResults)
#include "tst_roundresults.moc"
