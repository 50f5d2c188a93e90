// Fetcher: redirects (chains, loops, limits), robots.txt, retries, per-host interval and
// concurrency limits measured on the server side, cancelAll, and use from a worker thread.
// Byte-level behaviour of single exchanges is in tst_httpclient, parsing in tst_httpparser.
#include "Fetcher.h"
#include "RawHttpServer.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <algorithm>

using namespace xj;
using test::RawHttpServer;
using test::RawReply;

namespace {
FetchPolicy fastPolicy()
{
    FetchPolicy p = FetchPolicy::benchmark();
    p.timeoutMs = 3000;
    p.connectTimeoutMs = 2000;
    p.stallTimeoutMs = 1000;
    p.minRateWindowMs = 1000;
    p.maxRetries = 0;
    p.obeyRobots = false;
    return p;
}

// Enqueues `urls` and waits (bounded) for all results; returned in enqueue order.
QList<FetchResult> runAll(Fetcher &fetcher, const QList<QUrl> &urls, const QByteArray &method = "GET",
                          int timeoutMs = 8000)
{
    QList<FetchResult> results;
    QEventLoop loop; // not QTest::qWaitFor: its 10 ms naps would dominate the timings
    QObject::connect(&fetcher, &Fetcher::finished, &loop, [&](const FetchResult &r) {
        results << r;
        if (results.size() >= urls.size())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit); // callers check the count
    for (const QUrl &url : urls)
        fetcher.enqueue(FetchRequest {url, method, 0, {}});
    loop.exec();
    std::sort(results.begin(), results.end(), [](const FetchResult &a, const FetchResult &b) { return a.id < b.id; });
    return results;
}

FetchResult fetchOne(Fetcher &fetcher, const QUrl &url, const QByteArray &method = "GET")
{
    const QList<FetchResult> r = runAll(fetcher, {url}, method);
    return r.isEmpty() ? FetchResult {} : r.constFirst();
}

QString describe(const FetchResult &r)
{
    return fetchErrorCode(r.error) + QLatin1Char(' ') + r.errorDetail;
}

QByteArray redirect(int status, const QByteArray &location)
{
    return RawHttpServer::response(status, "text/html", "moved", "Location: " + location + "\r\n");
}

QByteArray page(const QByteArray &body = "<html>ok</html>")
{
    return RawHttpServer::response(200, "text/html", body);
}
} // namespace

class TstFetcher : public QObject {
    Q_OBJECT
    RawHttpServer m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.setReply(QStringLiteral("/r1"), RawReply::whole(redirect(302, "r2")));
        m_server.setReply(QStringLiteral("/r2"),
                          RawReply::whole(redirect(301, m_server.url(QStringLiteral("/final")).toEncoded())));
        m_server.setReply(QStringLiteral("/final"), RawReply::whole(page("<p>final</p>")));
        m_server.setReply(QStringLiteral("/la"), RawReply::whole(redirect(302, "/lb")));
        m_server.setReply(QStringLiteral("/lb"), RawReply::whole(redirect(307, "/la#again")));
        m_server.setReply(QStringLiteral("/quick"), RawReply::whole(page()));
        m_server.setReply(QStringLiteral("/hang"), RawReply::whole(QByteArray(), RawReply::End::Hang));
    }

    void redirectChain()
    {
        Fetcher fetcher(fastPolicy());
        const FetchResult r = fetchOne(fetcher, m_server.url(QStringLiteral("/r1")));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.chain.size(), 3);
        QCOMPARE(r.chain[0].statusCode, 302);
        QCOMPARE(r.chain[1].statusCode, 301);
        QCOMPARE(r.chain[2].body, QByteArray("<p>final</p>"));
        QCOMPARE(r.finalUrl, m_server.url(QStringLiteral("/final")));
        QVERIFY(r.chain[1].rawRequest.startsWith("GET /r2 HTTP/1.1"));
    }

    void redirectLoopAndLimit()
    {
        Fetcher fetcher(fastPolicy());
        FetchResult r = fetchOne(fetcher, m_server.url(QStringLiteral("/la")));
        QCOMPARE(r.error, FetchError::RedirectLoop);
        QCOMPARE(r.chain.size(), 2);

        FetchPolicy p = fastPolicy();
        p.maxRedirects = 1;
        fetcher.setPolicy(p);
        r = fetchOne(fetcher, m_server.url(QStringLiteral("/r1")));
        QCOMPARE(r.error, FetchError::TooManyRedirects);
        QCOMPARE(r.chain.size(), 2);
    }

    void robots()
    {
        RawHttpServer server;
        QVERIFY(server.start());
        server.setReply(QStringLiteral("/robots.txt"),
                        RawReply::whole(RawHttpServer::response(200, "text/plain",
                                                                "User-agent: *\nDisallow: /\n\n"
                                                                "User-agent: Xunjian\nDisallow: /secret\n")));
        for (const char *path : {"/open", "/private", "/secret/a"})
            server.setReply(QString::fromLatin1(path), RawReply::whole(page()));
        server.setReply(QStringLiteral("/to-secret"), RawReply::whole(redirect(302, "/secret/c")));
        FetchPolicy p = fastPolicy();
        p.obeyRobots = true;
        Fetcher fetcher(p);
        QSignalSpy robotsSpy(&fetcher, &Fetcher::robotsFetched);
        const QList<FetchResult> r
            = runAll(fetcher, {server.url(QStringLiteral("/secret/a")), server.url(QStringLiteral("/open")),
                               server.url(QStringLiteral("/private")), server.url(QStringLiteral("/to-secret"))});
        QCOMPARE(r.size(), 4);
        QCOMPARE(r[0].error, FetchError::RobotsDisallowed);
        QVERIFY(r[0].chain.isEmpty());
        QVERIFY2(r[1].ok() && r[2].ok(), qPrintable(describe(r[1]) + describe(r[2])));
        QCOMPARE(r[3].error, FetchError::RobotsDisallowed); // the redirect target is checked too
        QCOMPARE(r[3].chain.size(), 1);
        QCOMPARE(server.hits(QStringLiteral("/robots.txt")), 1);
        QCOMPARE(server.hits(QStringLiteral("/secret/a")), 0);
        QCOMPARE(server.hits(QStringLiteral("/secret/c")), 0);
        QCOMPARE(robotsSpy.size(), 1);
        QCOMPARE(robotsSpy[0][1].value<FetchResult>().chain.constFirst().statusCode, 200);

        // Inspections may switch robots off.
        p.obeyRobots = false;
        Fetcher ignoring(p);
        QVERIFY(fetchOne(ignoring, server.url(QStringLiteral("/secret/a"))).ok());
        QCOMPARE(server.hits(QStringLiteral("/secret/a")), 1);
        QCOMPARE(server.hits(QStringLiteral("/robots.txt")), 1);
    }

    void robotsUnavailable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("noted");
        QTest::newRow("404 allows all") << 404 << false;
        QTest::newRow("503 allows all, noted") << 503 << true;
    }

    void robotsUnavailable()
    {
        QFETCH(int, status);
        QFETCH(bool, noted);
        RawHttpServer server;
        QVERIFY(server.start());
        server.setReply(QStringLiteral("/robots.txt"),
                        RawReply::whole(RawHttpServer::response(status, "text/plain", "Disallow: /")));
        server.setReply(QStringLiteral("/page"), RawReply::whole(page()));
        FetchPolicy p = fastPolicy();
        p.obeyRobots = true;
        Fetcher fetcher(p);
        const FetchResult r = fetchOne(fetcher, server.url(QStringLiteral("/page")));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(!r.robotsNote.isEmpty(), noted);
    }

    void retries()
    {
        const QByteArray cut = "HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\nabc";
        m_server.setReplies(QStringLiteral("/flaky"),
                            {RawReply::whole(cut, RawReply::End::Reset), RawReply::whole(page())});
        m_server.setReplies(QStringLiteral("/flaky-head"),
                            {RawReply::whole(QByteArray(), RawReply::End::Reset), RawReply::whole(page())});
        m_server.setReply(QStringLiteral("/broken"), RawReply::whole("NOT HTTP\r\n\r\n"));
        FetchPolicy p = fastPolicy();
        p.maxRetries = 1;
        Fetcher fetcher(p);
        FetchResult r = fetchOne(fetcher, m_server.url(QStringLiteral("/flaky")));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.retried.size(), 1);
        QCOMPARE(r.retried[0].error, FetchError::Reset);
        QCOMPARE(m_server.hits(QStringLiteral("/flaky")), 2);
        // Only GET is retried, and only for timeout/reset.
        r = fetchOne(fetcher, m_server.url(QStringLiteral("/flaky-head")), "HEAD");
        QCOMPARE(r.error, FetchError::Reset);
        QCOMPARE(m_server.hits(QStringLiteral("/flaky-head")), 1);
        r = fetchOne(fetcher, m_server.url(QStringLiteral("/broken")));
        QCOMPARE(r.error, FetchError::BadResponse);
        QCOMPARE(m_server.hits(QStringLiteral("/broken")), 1);
    }

    void perHostInterval()
    {
        RawHttpServer server;
        QVERIFY(server.start());
        server.setReply(QStringLiteral("/quick"), RawReply::whole(page()));
        FetchPolicy p = fastPolicy();
        p.hostIntervalMs = 300;
        p.maxPerHost = 4;
        Fetcher fetcher(p);
        const QList<FetchResult> r = runAll(fetcher, QList<QUrl>(4, server.url(QStringLiteral("/quick"))));
        QCOMPARE(r.size(), 4);
        const QList<qint64> t = server.acceptTimes();
        QCOMPARE(t.size(), 4);
        for (int i = 1; i < t.size(); ++i)
            QVERIFY2(t[i] - t[i - 1] >= 250, qPrintable(QStringLiteral("starts %1 ms apart").arg(t[i] - t[i - 1])));
    }

    void concurrencyLimits_data()
    {
        QTest::addColumn<int>("global");
        QTest::addColumn<int>("perHost");
        QTest::addColumn<int>("expected");
        QTest::newRow("per host 2") << 8 << 2 << 2;
        QTest::newRow("global 3") << 3 << 10 << 3;
    }

    void concurrencyLimits()
    {
        QFETCH(int, global);
        QFETCH(int, perHost);
        QFETCH(int, expected);
        RawHttpServer server;
        QVERIFY(server.start());
        server.setReply(QStringLiteral("/slow"), RawReply::delayed(page(), 300));
        FetchPolicy p = fastPolicy();
        p.maxConcurrent = global;
        p.maxPerHost = perHost;
        Fetcher fetcher(p);
        int maxActive = 0;
        connect(&fetcher, &Fetcher::progress, &fetcher,
                [&](int, int active, int) { maxActive = qMax(maxActive, active); });
        const QList<FetchResult> r = runAll(fetcher, QList<QUrl>(7, server.url(QStringLiteral("/slow"))));
        QCOMPARE(r.size(), 7);
        for (const FetchResult &one : r)
            QVERIFY2(one.ok(), qPrintable(describe(one)));
        QCOMPARE(server.maxOpenConnections(), expected);
        QCOMPARE(maxActive, expected);
    }

    void cancelAllStopsEverything()
    {
        FetchPolicy p = fastPolicy();
        p.maxPerHost = 4;
        p.timeoutMs = 10000;
        p.stallTimeoutMs = 10000;
        Fetcher fetcher(p);
        QList<FetchResult> results;
        connect(&fetcher, &Fetcher::finished, &fetcher, [&](const FetchResult &r) { results << r; });
        QSignalSpy idle(&fetcher, &Fetcher::idle);
        for (int i = 0; i < 10; ++i)
            fetcher.enqueueUrl(m_server.url(QStringLiteral("/hang")));
        QTRY_COMPARE_WITH_TIMEOUT(fetcher.activeCount(), 4, 2000);
        QTest::qWait(200);
        QElapsedTimer t;
        t.start();
        fetcher.cancelAll();
        QVERIFY(t.elapsed() < 200);
        QCOMPARE(results.size(), 10);
        for (const FetchResult &r : std::as_const(results))
            QCOMPARE(r.error, FetchError::Cancelled);
        QVERIFY(fetcher.isIdle());
        QCOMPARE(idle.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.openConnections(), 0, 2000); // the server sees them closed
        QTest::qWait(100);
        QCOMPARE(results.size(), 10); // nothing more arrives later
    }

    void badUrlsAreReportedAsynchronously()
    {
        Fetcher fetcher(fastPolicy());
        QSignalSpy spy(&fetcher, &Fetcher::finished);
        fetcher.enqueueUrl(QUrl(QStringLiteral("mailto:office@example.gov.cn")));
        fetcher.enqueue(FetchRequest {m_server.url(QStringLiteral("/quick")), "POST", 0, {}});
        QCOMPARE(spy.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 2000);
        QCOMPARE(spy[0][0].value<FetchResult>().error, FetchError::BadUrl);
        QCOMPARE(spy[1][0].value<FetchResult>().error, FetchError::BadUrl);
    }

    void runsOnAWorkerThread()
    {
        QThread worker;
        const auto stop = qScopeGuard([&] { // also when a check fails: never leave the thread running
            worker.quit();
            worker.wait(5000);
        });
        auto *fetcher = new Fetcher(fastPolicy());
        fetcher->moveToThread(&worker);
        connect(&worker, &QThread::finished, fetcher, &QObject::deleteLater);
        QList<FetchResult> results;
        QList<QThread *> threads;
        connect(fetcher, &Fetcher::finished, this, [&](const FetchResult &r) {
            results << r;
            threads << QThread::currentThread();
        });
        worker.start();
        const FetchRequest request {m_server.url(QStringLiteral("/final")), "GET", 42, {}};
        QVERIFY(QMetaObject::invokeMethod(fetcher, "enqueue", Qt::QueuedConnection, Q_ARG(xj::FetchRequest, request)));
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 5000);
        QCOMPARE(results[0].id, quint64(42));
        QCOMPARE(results[0].chain.constFirst().body, QByteArray("<p>final</p>"));
        QCOMPARE(threads[0], QThread::currentThread()); // delivered to the receiver's thread
    }
};

QTEST_GUILESS_MAIN(TstFetcher)
#include "tst_fetcher.moc"
