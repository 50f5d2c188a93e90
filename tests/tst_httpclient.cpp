// HttpClient against scripted raw servers on 127.0.0.1: framing, encodings, exact raw bytes, and
// every way a broken or hostile server can misbehave (drip, stall, reset, truncation, bombs,
// malformed heads, bad TLS). Short limits keep every case to a second or two.
#include "HttpClient.h"
#include "RawHttpServer.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace xj;
using test::RawHttpServer;
using test::RawReply;

namespace {
FetchPolicy testPolicy()
{
    FetchPolicy p = FetchPolicy::benchmark();
    p.timeoutMs = 3000;
    p.connectTimeoutMs = 2000;
    p.stallTimeoutMs = 1000;
    p.minRateWindowMs = 1000;
    return p;
}

HttpExchange fetch(const QUrl &url, const FetchPolicy &policy = testPolicy(), const QByteArray &method = "GET")
{
    HttpClient client(policy);
    QSignalSpy spy(&client, &HttpClient::finished);
    client.start(url, method);
    if (!spy.wait(policy.timeoutMs + 3000)) {
        HttpExchange none;
        none.errorDetail = QStringLiteral("test: client never finished");
        none.error = FetchError::Network;
        return none;
    }
    return client.exchange();
}

QString code(const HttpExchange &ex)
{
    return fetchErrorCode(ex.error) + QLatin1Char(' ') + ex.errorDetail;
}
} // namespace

class TstHttpClient : public QObject {
    Q_OBJECT
    RawHttpServer m_server;

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void plainResponseKeptRaw()
    {
        const QByteArray raw = RawHttpServer::response(200, "text/html; charset=utf-8", "<html>你好</html>");
        // Hang: the client must finish on Content-Length, not wait for the close.
        m_server.setReply(QStringLiteral("/plain?q=1"), RawReply::whole(raw, RawReply::End::Hang));
        QElapsedTimer t;
        t.start();
        const HttpExchange ex = fetch(m_server.url(QStringLiteral("/plain?q=1")));
        QVERIFY2(ex.error == FetchError::Ok, qPrintable(code(ex)));
        QVERIFY(t.elapsed() < 900);
        QCOMPARE(ex.statusCode, 200);
        QCOMPARE(ex.rawResponse, raw);
        QCOMPARE(ex.body, QByteArray("<html>你好</html>"));
        QVERIFY(ex.bodyComplete && ex.isHtml());
        QCOMPARE(ex.peerAddress, QStringLiteral("127.0.0.1"));
        const QByteArray head = m_server.requests().constLast().head;
        QCOMPARE(ex.rawRequest, head);
        QVERIFY(head.startsWith("GET /plain?q=1 HTTP/1.1\r\n"));
        for (const char *h :
             {"Host: 127.0.0.1:", "User-Agent: Mozilla/5.0 (compatible; Xunjian/", "Accept: text/html",
              "Accept-Language: zh-CN,zh;q=0.9\r\n", "Accept-Encoding: gzip, deflate\r\n", "Connection: close\r\n"})
            QVERIFY2(head.contains(h), h);
    }

    void bodies_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("body");
        const QByteArray page = QByteArray("<html><body>市政府信息公开</body></html>").repeated(20);
        auto encoded = [](const QByteArray &coding, const QByteArray &bytes) {
            return RawHttpServer::response(200, "text/html", bytes, "Content-Encoding: " + coding + "\r\n");
        };
        QTest::newRow("chunked") << RawHttpServer::chunkedResponse({"hello", " ", "world"}, "X-A: 1\r\n")
                                 << QByteArray("hello world");
        QTest::newRow("gzip") << encoded("gzip", test::gzipBytes(page)) << page;
        QTest::newRow("deflate") << encoded("deflate", test::zlibBytes(page)) << page;
        QTest::newRow("raw deflate") << encoded("deflate", test::rawDeflateBytes(page)) << page;
        QTest::newRow("gzip chunked") << RawHttpServer::chunkedResponse({test::gzipBytes(page)},
                                                                        "Content-Encoding: gzip\r\n")
                                      << page;
        QTest::newRow("http/1.0 until close")
            << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n") + page << page;
        QStringEncoder gbk("GB18030");
        const QByteArray gbkBytes = gbk.encode(QStringLiteral("<html><meta charset=gbk>某某县人民政府</html>"));
        QTest::newRow("gbk bytes") << RawHttpServer::response(200, "text/html; charset=gbk", gbkBytes) << gbkBytes;
        QTest::newRow("pdf") << RawHttpServer::response(200, "application/pdf", "%PDF-1.4\n\x01\x02\xff")
                             << QByteArray("%PDF-1.4\n\x01\x02\xff");
        QTest::newRow("404") << RawHttpServer::response(404, "text/html", "missing") << QByteArray("missing");
    }

    void bodies()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, body);
        const QString target = QStringLiteral("/body-")
                             + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        m_server.setReply(target, RawReply::whole(raw));
        const HttpExchange ex = fetch(m_server.url(target));
        QVERIFY2(ex.error == FetchError::Ok, qPrintable(code(ex)));
        QCOMPARE(ex.rawResponse, raw);
        QCOMPARE(ex.body, body);
        QVERIFY(ex.bodyComplete);
        if (raw.contains("application/pdf")) {
            QVERIFY(!ex.isHtml());
            QCOMPARE(ex.mimeType(), QByteArray("application/pdf"));
        }
    }

    void failures_data()
    {
        QTest::addColumn<RawReply>("reply");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QByteArray>("body");
        const QByteArray head1000 = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n";
        QTest::newRow("bad chunk size") << RawReply::whole(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nXYZ\r\nrest", RawReply::End::Hang)
                                        << "bad-chunking" << QByteArray("hello");
        QTest::newRow("reset mid-body") << RawReply::whole(head1000 + QByteArray(100, 'a'), RawReply::End::Reset)
                                        << "reset" << QByteArray();
        QTest::newRow("truncated body") << RawReply::whole(head1000 + QByteArray(100, 'a')) << "reset"
                                        << QByteArray(100, 'a');
        QTest::newRow("closed without reply") << RawReply::whole(QByteArray()) << "reset" << QByteArray();
        QTest::newRow("stall after headers")
            << RawReply::whole(head1000, RawReply::End::Hang) << "stall" << QByteArray();
        QTest::newRow("slow drip") << RawReply::drip(head1000, QByteArray(1000, 'd'), 200, 40) << "stall"
                                   << QByteArray();
        QTest::newRow("malformed status")
            << RawReply::whole("HTTP/1.1 OK 200\r\n\r\n", RawReply::End::Hang) << "bad-response" << QByteArray();
        QByteArray huge = "HTTP/1.1 200 OK\r\n";
        for (int i = 0; i < 1500; ++i)
            huge += "X-Junk-" + QByteArray::number(i) + ": " + QByteArray(60, 'j') + "\r\n";
        QTest::newRow("huge headers") << RawReply::whole(huge, RawReply::End::Hang) << "bad-response" << QByteArray();
        QTest::newRow("gzip bomb") << RawReply::whole(
            RawHttpServer::response(200, "text/html", test::gzipOfZeros(100 << 20), "Content-Encoding: gzip\r\n"))
                                   << "decompression-bomb" << QByteArray();
    }

    void failures()
    {
        QFETCH(RawReply, reply);
        QFETCH(QString, error);
        QFETCH(QByteArray, body);
        const QString target
            = QStringLiteral("/fail-") + QString::number(qHash(QString::fromLatin1(QTest::currentDataTag())));
        m_server.setReply(target, reply);
        QElapsedTimer t;
        t.start();
        const HttpExchange ex = fetch(m_server.url(target));
        QCOMPARE(fetchErrorCode(ex.error), error);
        QVERIFY(!ex.errorDetail.isEmpty());
        QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
        if (!body.isEmpty())
            QCOMPARE(ex.body, body);
        QVERIFY(!ex.bodyComplete || error == QLatin1String("decompression-bomb"));
        // Whatever arrived is kept as evidence, byte for byte.
        QByteArray sent;
        for (const RawReply::Piece &p : reply.pieces)
            sent += p.bytes;
        QVERIFY(sent.startsWith(ex.rawResponse));
        if (error == QLatin1String("decompression-bomb"))
            QVERIFY(ex.rawResponse.size() > 50 * 1024); // the compressed bytes, all of them
        if (error == QLatin1String("bad-chunking"))
            QVERIFY(ex.rawResponse.contains("5\r\nhello\r\nXYZ"));
    }

    void totalTimeout()
    {
        // A drip fast enough for the rate rule but never finishing: only the deadline stops it.
        m_server.setReply(
            QStringLiteral("/forever"),
            RawReply::drip("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", QByteArray(5000, 'x'), 10, 5000));
        FetchPolicy p = testPolicy();
        p.timeoutMs = 1500;
        p.minRateBytesPerSec = 0;
        const HttpExchange ex = fetch(m_server.url(QStringLiteral("/forever")), p);
        QCOMPARE(ex.error, FetchError::Timeout);
        QVERIFY(ex.elapsedMs >= 1400 && ex.elapsedMs < 2500);
        QVERIFY(ex.body.size() > 10);
    }

    void sizeCap()
    {
        m_server.setReply(QStringLiteral("/big"),
                          RawReply::whole(RawHttpServer::response(200, "text/html", QByteArray(300 * 1024, 'b'))));
        FetchPolicy p = testPolicy();
        p.maxRawBytes = 64 * 1024;
        HttpExchange ex = fetch(m_server.url(QStringLiteral("/big")), p);
        QCOMPARE(ex.error, FetchError::Ok);
        QVERIFY(ex.rawTruncated && !ex.bodyComplete);
        QCOMPARE(ex.rawResponse.size(), 64 * 1024);
        p.failOnTooLarge = true;
        ex = fetch(m_server.url(QStringLiteral("/big")), p);
        QCOMPARE(ex.error, FetchError::TooLarge);
        QCOMPARE(ex.rawResponse.size(), 64 * 1024);
    }

    void headHasNoBody()
    {
        m_server.setReply(QStringLiteral("/head"),
                          RawReply::whole("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n",
                                          RawReply::End::Hang));
        const HttpExchange ex = fetch(m_server.url(QStringLiteral("/head")), testPolicy(), "HEAD");
        QVERIFY2(ex.error == FetchError::Ok, qPrintable(code(ex)));
        QVERIFY(ex.elapsedMs < 900);
        QVERIFY(ex.body.isEmpty());
        QVERIFY(ex.rawRequest.startsWith("HEAD /head HTTP/1.1"));
    }

    void refusedAndBadUrl()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        HttpExchange ex = fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        QCOMPARE(ex.error, FetchError::Refused);
        ex = fetch(QUrl(QStringLiteral("ftp://127.0.0.1/file")));
        QCOMPARE(ex.error, FetchError::BadUrl);
    }

    void tls()
    {
        // Qt's OpenSSL backend comes with libssl (scripts/packages.txt): without it this must fail, not pass silently.
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
        QTemporaryDir dir;
        QSslCertificate cert;
        QSslKey key;
        QString why;
        // Self-signed and for another name: two recorded errors.
        QVERIFY2(test::makeSelfSignedCertificate(dir.path(), {QStringLiteral("wrong.example")}, &cert, &key, &why),
                 qPrintable(why));
        RawHttpServer server;
        QVERIFY(server.startTls(cert, key));
        server.setReply(QStringLiteral("/secure"),
                        RawReply::whole(RawHttpServer::response(200, "text/html", "<p>tls</p>")));
        FetchPolicy p = testPolicy();
        HttpExchange ex = fetch(server.url(QStringLiteral("/secure")), p);
        QCOMPARE(ex.error, FetchError::Tls);
        QVERIFY2(ex.tlsErrors.contains(QStringLiteral("self-signed")), qPrintable(ex.tlsErrors.join(QLatin1Char(','))));
        QVERIFY2(ex.tlsErrors.contains(QStringLiteral("hostname-mismatch")),
                 qPrintable(ex.tlsErrors.join(QLatin1Char(','))));
        QVERIFY(ex.body.isEmpty());
        QVERIFY(ex.peerCertificateChainPem.startsWith("-----BEGIN CERTIFICATE-----"));

        p.tlsErrorsAllowed = true;
        ex = fetch(server.url(QStringLiteral("/secure")), p);
        QVERIFY2(ex.error == FetchError::Ok, qPrintable(code(ex)));
        QCOMPARE(ex.body, QByteArray("<p>tls</p>"));
        QVERIFY(ex.tlsErrors.contains(QStringLiteral("self-signed")));
        QVERIFY(ex.rawResponse.startsWith("HTTP/1.1 200")); // raw = after TLS
    }
};

QTEST_GUILESS_MAIN(TstHttpClient)
#include "tst_httpclient.moc"
