// The link rules on their own: broken, soft 404 (and what is not one), parked and unrelated
// redirects, links into shut-down sites, closed sites that still serve content.
#include "LinkJudge.h"

#include <QtTest>

using namespace xj;

class TestLinkJudge : public QObject {
    Q_OBJECT
private slots:
    void registrableDomains()
    {
        QCOMPARE(registrableDomain(QStringLiteral("www.linlan.gov.cn")), QStringLiteral("linlan.gov.cn"));
        QCOMPARE(registrableDomain(QStringLiteral("zwfw.gd.gov.cn")), QStringLiteral("gd.gov.cn"));
        QCOMPARE(registrableDomain(QStringLiteral("www.example.com")), QStringLiteral("example.com"));
        QCOMPARE(registrableDomain(QStringLiteral("news.sina.com.cn")), QStringLiteral("sina.com.cn"));
        QCOMPARE(registrableDomain(QStringLiteral("127.0.0.1")), QStringLiteral("0.1")); // numbers: compared as they are
    }

    void notFoundWording_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("notFound");
        QTest::newRow("404 Not Found") << QStringLiteral("404 Not Found") << true;
        QTest::newRow("错误404") << QStringLiteral("错误404 - 临澜市人民政府") << true;
        QTest::newRow("页面不存在") << QStringLiteral("页面不存在") << true;
        QTest::newRow("not found") << QStringLiteral("Page Not Found") << true;
        QTest::newRow("document number") << QStringLiteral("关于统计数据征求意见的通知（第404号）") << false;
        QTest::newRow("longer number") << QStringLiteral("2404个项目完成验收") << false;
        QTest::newRow("ordinary") << QStringLiteral("临澜召开全市政务公开工作会议") << false;
    }
    void notFoundWording()
    {
        QFETCH(QString, title);
        QFETCH(bool, notFound);
        QCOMPARE(LinkJudge::looksLikeNotFound(title, QString()), notFound);
    }

    void verdicts()
    {
        LinkJudge j;
        j.setClosedHosts({QStringLiteral("old.linlan.gov.cn"), QStringLiteral("127.0.0.1:8081")});
        j.setNotFoundSignature(QStringLiteral("www.linlan.gov.cn"), {QStringLiteral("临澜市人民政府"), 120});
        const QUrl page(QStringLiteral("https://www.linlan.gov.cn/a.html"));
        QCOMPARE(j.judge(page, page, 404, {}, {}, {}).kind, LinkVerdict::Broken);
        QCOMPARE(j.judge(page, page, 0, QStringLiteral("dns"), {}, {}).kind, LinkVerdict::Broken);
        QCOMPARE(j.judge(page, page, 200, {}, QStringLiteral("新闻"), QString(2000, QLatin1Char('x'))).kind, LinkVerdict::Fine);
        // The site's own not-found page, learnt from a URL that cannot exist: same title, same size.
        QCOMPARE(j.judge(page, page, 200, {}, QStringLiteral("临澜市人民政府"), QString(125, QLatin1Char('x'))).kind, LinkVerdict::SoftNotFound);
        QCOMPARE(j.judge(page, page, 200, {}, QStringLiteral("临澜市人民政府"), QString(3000, QLatin1Char('x'))).kind, LinkVerdict::Fine);
        QCOMPARE(j.judge(QUrl(QStringLiteral("http://old.linlan.gov.cn/x")), QUrl(), 200, {}, {}, {}).kind, LinkVerdict::ClosedSite);
        QCOMPARE(j.judge(QUrl(QStringLiteral("http://127.0.0.1:8081/x")), QUrl(), 200, {}, {}, {}).kind, LinkVerdict::ClosedSite);
        QCOMPARE(j.judge(QUrl(QStringLiteral("http://127.0.0.1:8082/x")), QUrl(QStringLiteral("http://127.0.0.1:8082/x")), 200, {}, {}, {}).kind,
                 LinkVerdict::Fine);
        const QUrl gov(QStringLiteral("http://zt.linlan.gov.cn/2019/"));
        QCOMPARE(j.judge(gov, QUrl(QStringLiteral("http://www.buy-domains.example/")), 200, {}, QStringLiteral("This domain is for sale"), {}).kind,
                 LinkVerdict::ParkedRedirect);
        QCOMPARE(j.judge(gov, QUrl(QStringLiteral("http://casino.example/")), 200, {}, QStringLiteral("Welcome"), {}).kind,
                 LinkVerdict::UnrelatedRedirect);
        QCOMPARE(j.judge(gov, QUrl(QStringLiteral("http://www.linlan.gov.cn/zt/")), 200, {}, QStringLiteral("专题"), QString(900, QLatin1Char('x'))).kind,
                 LinkVerdict::Fine);
    }

    void closedSitesServingContent()
    {
        QVERIFY(LinkJudge::servesContent(200, QStringLiteral("临澜港经济开发区"), QString(300, QChar(0x56ED))));
        QVERIFY(!LinkJudge::servesContent(200, QStringLiteral("网站已关停"), QStringLiteral("本网站已关停，相关内容已迁移至临澜市人民政府门户网站。")));
        QVERIFY(!LinkJudge::servesContent(404, QStringLiteral("x"), QString(300, QLatin1Char('x'))));
        QVERIFY(!LinkJudge::servesContent(200, QString(), QStringLiteral("  ")));
    }
};

QTEST_GUILESS_MAIN(TestLinkJudge)
#include "tst_linkjudge.moc"
