// MediaRecords (posts, reminders, messages, catalog counts, ranks, feeds) and the report imports
// on both backends — ON CONFLICT and affected-row counts are where SQLite and PostgreSQL differ —
// and the indicator catalog the findings import resolves 指标 with.
#include "CheckRecords.h"
#include "IndicatorCatalog.h"
#include "MediaRecords.h"
#include "RegistryImporter.h"
#include "TestSupport.h"

#include <QtTest>

using namespace xj;

namespace {

const QString kAccounts = QStringLiteral("账号名称,平台,主办单位\n临澜发布,微博,临澜市人民政府办公室\n临澜教育,抖音,临澜市教育局\n");
const QString kSites = QStringLiteral("名称,类型,网址,网站标识码,主办单位\n"
                                      "临澜市人民政府门户网站,门户网站,https://www.linlan.example.gov.cn/,4459000001,临澜市人民政府办公室\n");

// Registry and round 2022Q2 in a fresh store; false when something failed.
bool seed(Store &store, const QTemporaryDir &dir)
{
    for (const auto &[name, text] : {std::pair{QStringLiteral("accounts.csv"), kAccounts}, std::pair{QStringLiteral("sites.csv"), kSites}}) {
        const QString path = dir.filePath(name);
        if (!test::writeFile(path, text.toUtf8()) || !RegistryImporter(store).importFile(path, {}).ok)
            return false;
    }
    Round r;
    r.id = QStringLiteral("2022Q2");
    r.windowFrom = QDate(2022, 4, 1);
    r.windowTo = QDate(2022, 6, 30);
    return store.insertRound(r);
}

QDateTime at(int month, int day, int hour = 0)
{
    return QDateTime(QDate(2022, month, day), QTime(hour, 0));
}

} // namespace

class TestMediaRecords : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void records_data() { XJ_BACKEND_DATA(); }
    void records()
    {
        XJ_OPEN_STORE(store);
        QTemporaryDir dir;
        QVERIFY(seed(*store, dir));
        MediaRecords media(*store);
        const qint64 fabu = store->accountByKey(QStringLiteral("临澜发布"), Platform::Weibo)->id;

        bool isNew = false;
        QVERIFY(media.addPost({0, fabu, at(6, 30, 10), QStringLiteral("防汛"), QStringLiteral("https://weibo.com/1"), QStringLiteral("feed")}, &isNew));
        QVERIFY(isNew);
        QVERIFY(media.addPost({0, fabu, at(6, 30, 10), QStringLiteral("防汛"), QString(), QString()}, &isNew));
        QVERIFY(!isNew); // the natural key (account, time, title): the same post
        QVERIFY(media.addPost({0, fabu, at(6, 1), QString(), QString(), QString()}, &isNew)); // null title and link bind as ''
        QVERIFY(isNew);
        QVERIFY(media.addPost({0, fabu, at(5, 20), QStringLiteral("旧闻"), QString(), QString()}));
        const auto all = media.posts(fabu);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().published, at(5, 20)); // in time order
        QCOMPARE(all.last().link, QStringLiteral("https://weibo.com/1"));
        QCOMPARE(all.last().source, QStringLiteral("feed"));
        // [from, to)
        const auto june = media.posts(fabu, at(6, 1), at(6, 30, 10));
        QCOMPARE(june.size(), 1);
        QCOMPARE(june.first().published, at(6, 1));
        QCOMPARE(media.posts(fabu, at(6, 2)).size(), 1);
        QCOMPARE(media.posts(fabu, {}, at(6, 1)).size(), 1);

        QVERIFY(media.addReminder({0, fabu, at(6, 10, 9), QStringLiteral("短信")}, &isNew));
        QVERIFY(isNew);
        QVERIFY(media.addReminder({0, fabu, at(6, 10, 9), QStringLiteral("短信")}, &isNew));
        QVERIFY(!isNew);
        QVERIFY(media.addReminder({0, fabu, at(6, 10, 9), QStringLiteral("电话")}, &isNew));
        QCOMPARE(media.reminders(fabu).size(), 2);

        const qint64 portal = store->siteByKey(QStringLiteral("临澜市人民政府门户网站"), SiteKind::Portal)->id;
        Message m{0, ObjectType::Site, portal, at(5, 1, 9), {}, QStringLiteral("咨询")};
        QVERIFY(media.addMessage(m, &isNew));
        QVERIFY(isNew);
        m.replied = at(5, 3);
        QVERIFY(media.addMessage(m, &isNew)); // now answered: the same message, with its reply
        QVERIFY(!isNew);
        m.replied = {};
        QVERIFY(media.addMessage(m, &isNew)); // an older list does not erase the reply
        QCOMPARE(media.messages(ObjectType::Site, portal).size(), 1);
        QCOMPARE(media.messages(ObjectType::Site, portal).first().replied, at(5, 3));
        QVERIFY(media.messages(ObjectType::Account, portal).isEmpty());

        const qint64 unit = store->unitByName(QStringLiteral("临澜市教育局"))->id;
        bool changed = false;
        QVERIFY(media.setCatalogCount({QStringLiteral("2022Q2"), unit, 10, 5}, &changed));
        QVERIFY(changed);
        QVERIFY(media.setCatalogCount({QStringLiteral("2022Q2"), unit, 10, 5}, &changed));
        QVERIFY(!changed);
        QVERIFY(media.setCatalogCount({QStringLiteral("2022Q2"), unit, 10, 0}, &changed));
        QVERIFY(changed);
        QCOMPARE(media.catalog(QStringLiteral("2022Q2")).size(), 1);
        QCOMPARE(media.catalog(QStringLiteral("2022Q2")).first().open, 0);
        QVERIFY(!media.setCatalogCount({QStringLiteral("2022Q2"), unit, -1, 0})); // the CHECK holds
        QVERIFY(media.catalog(QStringLiteral("2099Q1")).isEmpty());

        using Ranks = std::pair<std::optional<int>, std::optional<int>>;
        QVERIFY(media.ranks(QStringLiteral("2022Q2")) == Ranks());
        QVERIFY(media.setRanks(QStringLiteral("2022Q2"), 7, 13));
        QVERIFY(media.ranks(QStringLiteral("2022Q2")) == Ranks(7, 13));
        QVERIFY(media.setRanks(QStringLiteral("2022Q2"), std::nullopt, 2));
        QVERIFY(media.ranks(QStringLiteral("2022Q2")) == Ranks(std::nullopt, 2));
        QVERIFY(!media.setRanks(QStringLiteral("2099Q1"), 1, 1));

        QCOMPARE(media.feedUrl(fabu), QString());
        QVERIFY(media.setFeedUrl(fabu, QStringLiteral("https://rsshub.example/weibo/5588813929")));
        QCOMPARE(media.feedUrl(fabu), QStringLiteral("https://rsshub.example/weibo/5588813929"));
        QVERIFY(!media.setFeedUrl(999999, QStringLiteral("https://x.example/")));
    }

    // The imports' SQL on both backends: a failed file leaves nothing (PostgreSQL aborts the
    // transaction on the first failed statement, SQLite does not), a good one is idempotent.
    void imports_data() { XJ_BACKEND_DATA(); }
    void imports()
    {
        XJ_OPEN_STORE(store);
        QTemporaryDir dir;
        QVERIFY(seed(*store, dir));
        RegistryImporter::Options o;
        o.round = QStringLiteral("2022Q2");
        auto run = [&](const QString &name, const QString &text) {
            const QString path = dir.filePath(name);
            test::writeFile(path, text.toUtf8());
            return RegistryImporter(*store).importFile(path, o);
        };
        const QString findings = QStringLiteral("对象,指标,问题描述,状态\n临澜发布,M-V2,两周未更新,\n临澜市人民政府门户网站,W-V3,首页不更新,已确认\n");
        QVERIFY(!run(QStringLiteral("bad.csv"), findings + QStringLiteral("临澜发布,X-1,?,\n")).ok);
        QVERIFY(CheckRecords(*store).findings(o.round).isEmpty());
        const auto first = run(QStringLiteral("findings.csv"), findings);
        QVERIFY(first.ok);
        QCOMPARE(first.inserted, 2);
        const auto again = run(QStringLiteral("findings.csv"), QString(findings).replace(QStringLiteral("两周未更新,"), QStringLiteral("两周未更新,已排除")));
        QVERIFY(again.ok);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 1);
        QCOMPARE(CheckRecords(*store).findings(o.round, QStringLiteral("M-V2")).first().state, QStringLiteral("dismissed"));

        const QString catalog = QStringLiteral("单位,挂接目录数,开放数据数\n临澜市教育局,3,1\n临澜市人民政府办公室,9,0\n");
        QCOMPARE(run(QStringLiteral("catalog.csv"), catalog).inserted, 2);
        const auto same = run(QStringLiteral("catalog.csv"), catalog);
        QCOMPARE(same.unchanged, 2);
        QCOMPARE(run(QStringLiteral("catalog.csv"), QString(catalog).replace(QStringLiteral(",9,0"), QStringLiteral(",9,4"))).updated, 1);

        const QString posts = QStringLiteral("账号名称,发布时间,标题\n临澜发布,2022-06-30 10:00,甲\n临澜教育,2022-06-29,乙\n");
        QCOMPARE(run(QStringLiteral("posts.csv"), posts).inserted, 2);
        QCOMPARE(run(QStringLiteral("posts.csv"), posts).unchanged, 2);
        const QString messages = QStringLiteral("对象,留言时间,回复时间\n临澜发布,2022-05-01,2022-05-02\n");
        QCOMPARE(run(QStringLiteral("messages.csv"), messages).inserted, 1);
        QCOMPARE(run(QStringLiteral("messages.csv"), messages).unchanged, 1);
    }

    void indicatorCatalog()
    {
        const auto &all = IndicatorCatalog::all();
        QCOMPARE(all.size(), 34); // every row of indicators.md
        QSet<QString> codes;
        for (const IndicatorInfo &i : all) {
            codes.insert(i.code);
            QVERIFY(!i.zh.isEmpty());
            QVERIFY(QStringList({QStringLiteral("veto"), QStringLiteral("deduct"), QStringLiteral("notice")}).contains(i.severity));
            QCOMPARE(i.maxPoints > 0, i.severity == QLatin1String("deduct"));
            QCOMPARE(i.target == IndicatorTarget::Account, i.code.startsWith(QLatin1Char('M')));
            QCOMPARE(i.target == IndicatorTarget::Catalog, i.code.startsWith(QLatin1Char('D')));
        }
        QCOMPARE(codes.size(), all.size());
        QCOMPARE(IndicatorCatalog::byCode(QStringLiteral(" ｗ-ｖ2 "))->zh, QStringLiteral("站点无法访问"));
        QVERIFY(!IndicatorCatalog::byCode(QStringLiteral("W-V9")));
        const auto both = IndicatorCatalog::find(QStringLiteral("互动回应差"));
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0)->code, QStringLiteral("W-V5"));
        QCOMPARE(both.at(1)->code, QStringLiteral("M-V3"));
        QCOMPARE(IndicatorCatalog::find(QStringLiteral("\"踩点\"更新")).value(0)->code, QStringLiteral("M-P-DEADLINE"));
        QCOMPARE(IndicatorCatalog::find(QStringLiteral("踩点更新（省）")).value(0)->code, QStringLiteral("M-P-DEADLINE"));
        QCOMPARE(IndicatorCatalog::find(QStringLiteral("断链")).value(0)->code, QStringLiteral("W-D-LINK"));
        QCOMPARE(IndicatorCatalog::find(QStringLiteral("W-N-MAP")).value(0)->feeds, QStringLiteral("W-V1"));
        QVERIFY(!IndicatorCatalog::byCode(QStringLiteral("W-N-MAP"))->objective);
        QVERIFY(IndicatorCatalog::find(QStringLiteral("不存在的指标")).isEmpty());
        QCOMPARE(IndicatorCatalog::targetCode(IndicatorTarget::Catalog), QStringLiteral("catalog"));
    }
};

QTEST_GUILESS_MAIN(TestMediaRecords)
#include "tst_mediarecords.moc"
