// Columns proposed from a home page: which links are columns, which are not, and the category
// guessed from their names; accepting and rejecting a proposal.
#include "ColumnDiscovery.h"
#include "ColumnSuggestions.h"
#include "TestSupport.h"

#include <QtTest>

using namespace xj;

class TestColumnDiscovery : public QObject {
    Q_OBJECT
private slots:
    void categories_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("category");
        QTest::newRow("要闻动态") << QStringLiteral("要闻动态") << int(ColumnCategory::News);
        QTest::newRow("部门动态") << QStringLiteral("部门动态") << int(ColumnCategory::News);
        QTest::newRow("通知公告") << QStringLiteral("通知公告") << int(ColumnCategory::Notice);
        QTest::newRow("政策文件") << QStringLiteral("政策文件") << int(ColumnCategory::Policy);
        QTest::newRow("政策解读") << QStringLiteral("政策解读") << int(ColumnCategory::Policy);
        QTest::newRow("人事任免") << QStringLiteral("人事任免") << int(ColumnCategory::Personnel);
        QTest::newRow("规划计划") << QStringLiteral("规划计划") << int(ColumnCategory::Planning);
        QTest::newRow("政务咨询") << QStringLiteral("政务咨询") << int(ColumnCategory::Interaction);
        QTest::newRow("办事指南") << QStringLiteral("办事指南") << int(ColumnCategory::Service);
        QTest::newRow("走进临澜") << QStringLiteral("走进临澜") << int(ColumnCategory::Other);
    }
    void categories()
    {
        QFETCH(QString, name);
        QFETCH(int, category);
        QCOMPARE(int(ColumnDiscovery::guessCategory(name)), category);
    }

    void proposals()
    {
        const QUrl home(QStringLiteral("https://www.linlan.example.gov.cn/"));
        const QString html = QStringLiteral(
            "<html><body><div class=\"nav\"><a href=\"/\">首页</a><a href=\"/ywdt/\">要闻动态</a><a href=\"/zwgk/index.html\">政务公开</a>"
            "<a href=\"/hdjl/\">互动交流</a><a href=\"https://other.example.gov.cn/bsfw/\">办事服务</a></div>"
            "<ul><li><a href=\"/ywdt/202609/t20260928_123456.html\">临澜召开全市政务公开工作会议</a></li>"
            "<li><a href=\"/ywdt/202609/t20260920_1.html\">动态</a></li></ul>"
            "<a href=\"/ywdt/\">更多&gt;&gt;</a><a href=\"/sitemap/\">网站地图</a><a href=\"/files/a.pdf\">附件</a></body></html>");
        const HtmlDocument doc = HtmlDocument::parse(html, home);
        const auto proposed = ColumnDiscovery::propose(doc.links(), home, {QStringLiteral("https://www.linlan.example.gov.cn/hdjl/")});
        QStringList names;
        for (const auto &p : proposed)
            names << p.name;
        QCOMPARE(names, QStringList({QStringLiteral("要闻动态"), QStringLiteral("政务公开")}));
        QCOMPARE(proposed[0].category, ColumnCategory::News);
    }

    void acceptAndReject()
    {
        QTemporaryDir dir;
        auto store = test::sqliteStore(dir);
        Unit u;
        u.name = QStringLiteral("单位");
        Site s;
        s.name = QStringLiteral("临澜市人民政府门户网站");
        s.url = QStringLiteral("https://www.linlan.example.gov.cn/");
        s.siteCode = QStringLiteral("4459000001");
        s.ownerId = store->insertUnit(u);
        s.id = store->insertSite(s, QStringLiteral("test"));
        ColumnSuggestions cs(*store);
        bool isNew = false;
        QVERIFY(cs.propose({0, s.id, 0, QStringLiteral("要闻动态"), QStringLiteral("https://www.linlan.example.gov.cn/ywdt/"), ColumnCategory::News, {}}, &isNew));
        QVERIFY(isNew);
        QVERIFY(cs.propose({0, s.id, 0, QStringLiteral("政务公开"), QStringLiteral("https://www.linlan.example.gov.cn/zwgk/"), ColumnCategory::Other, {}}, &isNew));
        const auto list = cs.list();
        QCOMPARE(list.size(), 2);
        QVERIFY(cs.accept(list[0].id));
        QVERIFY(cs.reject(list[1].id));
        QCOMPARE(store->column(s.id, QStringLiteral("要闻动态"))->category, ColumnCategory::News);
        QVERIFY(!store->column(s.id, QStringLiteral("政务公开")));
        // A rejected URL is not proposed again.
        QVERIFY(cs.propose({0, s.id, 0, QStringLiteral("政务公开"), QStringLiteral("https://www.linlan.example.gov.cn/zwgk/"), ColumnCategory::Other, {}}, &isNew));
        QVERIFY(!isNew);
        QVERIFY(cs.list().isEmpty());
        QVERIFY(!cs.accept(99999));
    }
};

QTEST_GUILESS_MAIN(TestColumnDiscovery)
#include "tst_columndiscovery.moc"
