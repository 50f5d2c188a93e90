// 暗链 (W-N-DARKLINK), rendered pass: the fixture pages of tst_darklinks served by a real HTTP
// server on 127.0.0.1 and loaded by QtWebEngine; each technique must be found by the browser's
// computed style and layout too, and a clean page must report nothing.
#include "DarkLinkRules.h"
#include "IndicatorSet.h"
#include "RawHttpServer.h"
#include "RenderedDarkLinks.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <functional>

using namespace xj;
using xj::test::RawHttpServer;
using xj::test::RawReply;

namespace {

const QString kDataDir = QStringLiteral(XJ_SOURCE_DIR "/tests/data/darklinks/");

QByteArray fixtureBytes(const QString &name)
{
    QFile f(kDataDir + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QString describe(const QList<HiddenLink> &links)
{
    QStringList out;
    for (const HiddenLink &h : links)
        out << QStringLiteral("%1 %2 [%3]").arg(h.technique, h.url.toString(), h.cause);
    return out.join(QStringLiteral("; "));
}

struct Run {
    QList<HiddenLink> links;
    QString error;
    bool approximate = false;
    bool finished = false;
    int finishedCount = 0;
    qint64 ms = 0;
};

} // namespace

class TestRenderedDarkLinks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void eachTechniqueFound_data();
    void eachTechniqueFound();
    void cleanPageReportsNothing();
    void gbkPage();
    void markupWithBaseUrl();
    void crossOriginRedirectIsFramedAgain();
    void pageRefusingFramesIsAnalysedDirectly();
    void hangingPageEndsWithinTheTimeout();
    void reportParsing();

private:
    Run run(const std::function<void(RenderedDarkLinks &)> &start, int timeoutMs = 10000);
    Run runUrl(const QString &target) { return run([&](RenderedDarkLinks &r) { r.start(m_server.url(target)); }); }

    RawHttpServer m_server;
    QSet<QString> m_own;
};

void TestRenderedDarkLinks::initTestCase()
{
    RenderedDarkLinks::prepareEnvironment();
    QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    QVERIFY(m_server.start());
    const QStringList pages = {"display-none.html", "visibility-hidden.html", "opacity-zero.html", "tiny-font.html",
                               "zero-size-overflow.html", "offscreen-position.html", "text-indent.html", "same-colour.html",
                               "zero-iframe.html", "marquee.html", "script-written.html", "linked-css.html", "harmless.html"};
    for (const QString &p : pages)
        m_server.setReply(QLatin1Char('/') + p, RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8", fixtureBytes(p))));
    m_server.setReply(QStringLiteral("/gbk.html"), RawReply::whole(RawHttpServer::response(200, "text/html; charset=gbk", fixtureBytes(QStringLiteral("gbk.html")))));
    for (const QString &css : {QStringLiteral("site.css"), QStringLiteral("print.css")})
        m_server.setReply(QStringLiteral("/css/") + css, RawReply::whole(RawHttpServer::response(200, "text/css", fixtureBytes(css))));
    m_server.setReply(QStringLiteral("/deny.html"), RawReply::whole(RawHttpServer::response(
                                                         200, "text/html; charset=utf-8", fixtureBytes(QStringLiteral("display-none.html")),
                                                         "X-Frame-Options: DENY\r\n")));
    const QUrl base = m_server.url(QStringLiteral("/"));
    m_server.setReply(QStringLiteral("/moved"), RawReply::whole(RawHttpServer::response(
                                                    302, "text/html", {},
                                                    "Location: http://localhost:" + QByteArray::number(base.port()) + "/opacity-zero.html\r\n")));
    m_server.setReply(QStringLiteral("/hang.html"), RawReply::whole("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>", RawReply::End::Hang));
    m_own = {QStringLiteral("127.0.0.1:%1").arg(base.port()), QStringLiteral("localhost:%1").arg(base.port()),
             QStringLiteral("www.linlan.gov.cn")};
}

Run TestRenderedDarkLinks::run(const std::function<void(RenderedDarkLinks &)> &start, int timeoutMs)
{
    Run result;
    RenderedDarkLinks r(m_own, DarkLinkRules::severeKeywords(IndicatorSet::defaults()));
    RenderedDarkLinks::Options o;
    o.timeoutMs = timeoutMs;
    o.settleMs = 300;
    r.setOptions(o);
    QElapsedTimer clock;
    connect(&r, &RenderedDarkLinks::finished, this, [&](const QList<HiddenLink> &links) {
        result.links = links;
        result.error = r.error();
        result.approximate = r.approximate();
        result.finished = true;
        result.ms = clock.elapsed();
        ++result.finishedCount;
    });
    // A real event loop, not QTest::qWait: QtWebEngine runs its browser tasks on this thread, and
    // qWait's 10 ms sleeps between event batches make a page load take seconds.
    QEventLoop loop;
    connect(&r, &RenderedDarkLinks::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 5000, &loop, &QEventLoop::quit);
    clock.start();
    start(r);
    if (!result.finished)
        loop.exec();
    if (result.finished) {
        QEventLoop after; // a second `finished` would arrive here
        QTimer::singleShot(200, &after, &QEventLoop::quit);
        after.exec();
    }
    return result;
}

void TestRenderedDarkLinks::eachTechniqueFound_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("technique");
    QTest::newRow("display-none") << "/display-none.html" << "http://www.bet365-casino.example/" << "display-none";
    QTest::newRow("visibility-hidden") << "/visibility-hidden.html" << "http://www.casino-games.example/" << "visibility-hidden";
    QTest::newRow("opacity-zero") << "/opacity-zero.html" << "http://av-video.example/" << "opacity-zero";
    QTest::newRow("tiny-font") << "/tiny-font.html" << "http://www.lottery.example/" << "tiny-font";
    QTest::newRow("zero-size-overflow") << "/zero-size-overflow.html" << "http://www.poker.example/" << "zero-size-overflow";
    QTest::newRow("offscreen-position") << "/offscreen-position.html" << "http://www.baccarat.example/" << "offscreen-position";
    QTest::newRow("text-indent") << "/text-indent.html" << "http://www.slots.example/" << "text-indent";
    QTest::newRow("same-colour") << "/same-colour.html" << "http://www.fake-invoice.example/" << "same-colour";
    QTest::newRow("zero-iframe") << "/zero-iframe.html" << "http://www.casino-frame.example/" << "zero-iframe";
    QTest::newRow("marquee") << "/marquee.html" << "http://www.mark-six.example/" << "marquee";
    // The script writes its link into a display:none box: the browser sees that box.
    QTest::newRow("script-written") << "/script-written.html" << "http://www.casino-script.example/" << "display-none";
    QTest::newRow("linked css") << "/linked-css.html" << "http://www.escort.example/" << "offscreen-position";
}

void TestRenderedDarkLinks::eachTechniqueFound()
{
    QFETCH(QString, page);
    QFETCH(QString, target);
    QFETCH(QString, technique);
    const Run r = runUrl(page);
    QCOMPARE(r.finishedCount, 1); // exactly once, and within the time allowed
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(!r.approximate);
    bool found = false;
    for (const HiddenLink &h : r.links) {
        QVERIFY2(h.url.host() != QLatin1String("127.0.0.1") && h.url.host() != QLatin1String("www.gov.cn"), qPrintable(describe(r.links)));
        if (h.url.toString() != target)
            continue;
        found = true;
        QCOMPARE(h.technique, technique);
        QVERIFY(h.external);
        QVERIFY(h.severe);
        QVERIFY(!h.path.isEmpty());
    }
    QVERIFY2(found, qPrintable(describe(r.links)));
}

void TestRenderedDarkLinks::cleanPageReportsNothing()
{
    const Run r = runUrl(QStringLiteral("/harmless.html"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY2(r.links.isEmpty(), qPrintable(describe(r.links)));
}

void TestRenderedDarkLinks::gbkPage()
{
    const Run r = runUrl(QStringLiteral("/gbk.html"));
    QCOMPARE(r.links.size(), 1);
    QCOMPARE(r.links.first().text, QStringLiteral("澳门赌场"));
    QCOMPARE(r.links.first().keyword, QStringLiteral("赌场"));
}

void TestRenderedDarkLinks::markupWithBaseUrl()
{
    // Markup fetched already (start(html, base)): relative links resolve against the base.
    const QString html = QStringLiteral("<p><a href='/x.html'>own</a><span style='display:none'><a href='/y.html'>own hidden</a>"
                                        "<a href='http://sex.example/'>out</a></span></p>");
    const Run r = run([&](RenderedDarkLinks &d) { d.start(html, QUrl(QStringLiteral("http://www.linlan.gov.cn/index.html"))); });
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.links.size(), 1);
    QCOMPARE(r.links.first().url.toString(), QStringLiteral("http://sex.example/"));
    QCOMPARE(r.links.first().keyword, QStringLiteral("sex"));
}

void TestRenderedDarkLinks::crossOriginRedirectIsFramedAgain()
{
    const Run r = runUrl(QStringLiteral("/moved"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(!r.approximate); // framed again at localhost, where the wrapper can reach it
    QCOMPARE(r.links.size(), 1);
    QCOMPARE(r.links.first().technique, QStringLiteral("opacity-zero"));
}

void TestRenderedDarkLinks::pageRefusingFramesIsAnalysedDirectly()
{
    const Run r = runUrl(QStringLiteral("/deny.html"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.approximate);
    QStringList targets;
    for (const HiddenLink &h : r.links)
        targets << h.url.toString();
    QVERIFY2(targets.contains(QStringLiteral("http://www.bet365-casino.example/")), qPrintable(describe(r.links)));
}

void TestRenderedDarkLinks::hangingPageEndsWithinTheTimeout()
{
    const Run r = run([&](RenderedDarkLinks &d) { d.start(m_server.url(QStringLiteral("/hang.html"))); }, 3000);
    QCOMPARE(r.finishedCount, 1);
    QVERIFY2(r.ms <= 3500, qPrintable(QString::number(r.ms)));
    QVERIFY(r.links.isEmpty());
}

void TestRenderedDarkLinks::reportParsing()
{
    const QString json = QString::fromUtf8(
        R"j({"url":"http://www.linlan.gov.cn/","seen":3,"links":[)j"
        R"j({"url":"http://www.linlan.gov.cn/a","text":"own","technique":"display-none","cause":"c","path":"p"},)j"
        R"j({"url":"HTTP://WWW.Casino.example/#x","text":" 澳门 ","technique":"tiny-font","cause":"c","path":"body > a"},)j"
        R"j({"url":"javascript:void(0)","text":"","technique":"display-none","cause":"c","path":"p"}]})j");
    QString error;
    QUrl url;
    int seen = 0;
    const QList<HiddenLink> links = RenderedDarkLinks::fromReport(json, {QStringLiteral("www.linlan.gov.cn")},
                                                                  {QStringLiteral("casino")}, &error, &url, &seen);
    QVERIFY(error.isEmpty());
    QCOMPARE(seen, 3);
    QCOMPARE(url, QUrl(QStringLiteral("http://www.linlan.gov.cn/")));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().url.toString(), QStringLiteral("http://www.casino.example/"));
    QCOMPARE(links.first().text, QStringLiteral("澳门"));
    QVERIFY(links.first().severe);
    RenderedDarkLinks::fromReport(QStringLiteral(R"({"error":"cross-origin"})"), {}, {}, &error);
    QCOMPARE(error, QStringLiteral("cross-origin"));
    RenderedDarkLinks::fromReport(QString(), {}, {}, &error);
    QCOMPARE(error, QStringLiteral("no-answer"));
}

QTEST_MAIN(TestRenderedDarkLinks)
#include "tst_rendereddarklinks.moc"
