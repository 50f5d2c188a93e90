// HttpResponseParser, ContentDecoder and RobotsTxt on their own: byte-level framing fed in
// every split, decoding caps, and robots.txt matching rules — no sockets involved.
#include "ContentDecoder.h"
#include "HttpResponseParser.h"
#include "RawHttpServer.h"
#include "RobotsTxt.h"

#include <QtTest>

using namespace xj;

namespace {
// Feeds `raw` in pieces of `step` bytes (1 = byte by byte), then EOF if `eof`.
HttpResponseParser parse(const QByteArray &raw, int step, bool eof = true, bool head = false)
{
    HttpResponseParser p;
    p.setHeadRequest(head);
    for (qsizetype i = 0; i < raw.size(); i += step)
        p.feed(raw.mid(i, step));
    if (eof)
        p.finishOnEof();
    return p;
}
} // namespace

class TstHttpParser : public QObject {
    Q_OBJECT

private slots:
    void framing_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("eof");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");

        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloEXTRA") << false
                                        << 200 << QByteArray("hello") << "ok";
        QTest::newRow("bare LF, no reason")
            << QByteArray("HTTP/1.0 200\nContent-Length: 2\n\nhi") << false << 200 << QByteArray("hi") << "ok";
        QTest::newRow("until close") << QByteArray("HTTP/1.0 200 OK\r\n\r\nall of it") << true << 200
                                     << QByteArray("all of it") << "ok";
        QTest::newRow("chunked ext+trailer")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=val\r\nhello\r\n"
                          "1\r\n \r\n5\r\nworld\r\n0\r\nX-Sum: 1\r\n\r\n")
            << false << 200 << QByteArray("hello world") << "ok";
        QTest::newRow("TE beats length") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n")
                                         << false << 200 << QByteArray("ok") << "ok";
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                      "5\r\nhello\r\nzz\r\nmore")
                                        << false << 200 << QByteArray("hello") << "bad-chunking";
        QTest::newRow("chunk longer than size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                              "2\r\nhello\r\n0\r\n\r\n")
                                                << false << 200 << QByteArray("he") << "bad-chunking";
        QTest::newRow("interim 103") << QByteArray("HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n"
                                                   "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx")
                                     << false << 200 << QByteArray("x") << "ok";
        QTest::newRow("204 no body") << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n") << false
                                     << 204 << QByteArray() << "ok";
        QTest::newRow("304 no body") << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n") << false << 304 << QByteArray()
                                     << "ok";
        QTest::newRow("truncated length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true
                                          << 200 << QByteArray("abc") << "reset";
        QTest::newRow("truncated chunked")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n") << true << 200
            << QByteArray("abc") << "reset";
        QTest::newRow("nothing") << QByteArray() << true << 0 << QByteArray() << "reset";
        QTest::newRow("bad status") << QByteArray("HTPT/1.1 200 OK\r\n\r\n") << false << 0 << QByteArray()
                                    << "bad-response";
        QTest::newRow("html, no status") << QByteArray("<html>hello</html>\r\n") << true << 0 << QByteArray()
                                         << "bad-response";
        QTest::newRow("header without colon")
            << QByteArray("HTTP/1.1 200 OK\r\nnonsense\r\n\r\n") << false << 200 << QByteArray() << "bad-response";
        QTest::newRow("conflicting lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd") << false << 200
            << QByteArray() << "bad-response";
        QTest::newRow("same length twice") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3, 3\r\n\r\nabc") << false
                                           << 200 << QByteArray("abc") << "ok";
    }

    void framing()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, eof);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        for (int step : {1, 3, 7, 1 << 20}) {
            const HttpResponseParser p = parse(raw, step, eof);
            QVERIFY2(p.isDone() || p.hasError(), qPrintable(QStringLiteral("step %1 unfinished").arg(step)));
            QCOMPARE(fetchErrorCode(p.error()), error);
            QCOMPARE(p.statusCode(), status);
            QCOMPARE(p.body(), body);
        }
    }

    void foldedAndDuplicateHeaders()
    {
        const QByteArray raw = "HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nX-Long: one\r\n  two\r\n\tthree\r\n"
                               "Set-Cookie: b=2\r\nContent-Length: 0\r\n\r\n";
        const HttpResponseParser p = parse(raw, 2, false);
        QVERIFY(p.isDone());
        QCOMPARE(p.headers().size(), 4);
        QCOMPARE(p.headers()[1], qMakePair(QByteArray("X-Long"), QByteArray("one two three")));
        QCOMPARE(p.headers()[0].second, QByteArray("a=1"));
        QCOMPARE(p.headers()[2].second, QByteArray("b=2"));
    }

    void headResponseHasNoBody()
    {
        const HttpResponseParser p = parse("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n", 4, false, true);
        QVERIFY(p.isDone());
        QVERIFY(p.body().isEmpty());
    }

    void headerSectionIsCapped()
    {
        QByteArray raw = "HTTP/1.1 200 OK\r\n";
        for (int i = 0; i < 2000; ++i) // ~100 KB of headers
            raw += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(40, 'x') + "\r\n";
        HttpResponseParser p(64 * 1024);
        p.feed(raw);
        QCOMPARE(p.error(), FetchError::BadResponse);
        // A status line that never ends is capped the same way.
        HttpResponseParser q(1024);
        q.feed("HTTP/1.1 200 " + QByteArray(5000, 'A'));
        QCOMPARE(q.error(), FetchError::BadResponse);
    }

    void decoding_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("body");
        const QByteArray text = QByteArray("<html>政府网站</html>").repeated(50);
        QTest::newRow("gzip") << QByteArray("gzip") << test::gzipBytes(text);
        QTest::newRow("x-gzip") << QByteArray("x-gzip") << test::gzipBytes(text);
        QTest::newRow("gzip members") << QByteArray("gzip")
                                      << test::gzipBytes(text.left(300)) + test::gzipBytes(text.mid(300));
        QTest::newRow("deflate zlib") << QByteArray("deflate") << test::zlibBytes(text);
        QTest::newRow("deflate raw") << QByteArray("Deflate") << test::rawDeflateBytes(text);
        QTest::newRow("gzip twice") << QByteArray("gzip, gzip") << test::gzipBytes(test::gzipBytes(text));
    }

    void decoding()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, body);
        const DecodedContent d = ContentDecoder::decode(encoding, body, 1 << 20);
        QCOMPARE(fetchErrorCode(d.error), QStringLiteral("ok"));
        QVERIFY(d.decoded);
        QCOMPARE(d.data, QByteArray("<html>政府网站</html>").repeated(50));
    }

    void decodingLimitsAndDamage()
    {
        const QByteArray bomb = test::gzipOfZeros(100 << 20);
        QVERIFY2(bomb.size() < 200 * 1024, qPrintable(QString::number(bomb.size())));
        DecodedContent d = ContentDecoder::decode("gzip", bomb, 32 << 20);
        QCOMPARE(d.error, FetchError::DecompressionBomb);
        QVERIFY(d.data.isEmpty());
        // A body cut short decodes as far as it goes; corruption is an error; unknown codings pass.
        const QByteArray text = QByteArray("abcdefghij").repeated(1000);
        d = ContentDecoder::decode("gzip", test::gzipBytes(text).left(60), 1 << 20);
        QCOMPARE(d.error, FetchError::Ok);
        QVERIFY(text.startsWith(d.data));
        d = ContentDecoder::decode("gzip", QByteArray::fromHex("1f8b0800000000000003") + "\x07garbage", 1 << 20);
        QCOMPARE(d.error, FetchError::BadResponse);
        d = ContentDecoder::decode("br", "opaque", 1 << 20);
        QCOMPARE(d.error, FetchError::Ok);
        QVERIFY(!d.decoded);
        QCOMPARE(d.data, QByteArray("opaque"));
    }

    void robotsMatching_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("match");
        QTest::newRow("prefix") << QByteArray("/fish") << QByteArray("/fish.html") << true;
        QTest::newRow("not prefix") << QByteArray("/fish") << QByteArray("/Fish") << false;
        QTest::newRow("star") << QByteArray("/*.php") << QByteArray("/a/b.php?x=1") << true;
        QTest::newRow("dollar") << QByteArray("/*.php$") << QByteArray("/a/b.php?x=1") << false;
        QTest::newRow("dollar end") << QByteArray("/*.php$") << QByteArray("/a/b.php") << true;
        QTest::newRow("two stars") << QByteArray("/a*b*c") << QByteArray("/axxbyyc") << true;
        QTest::newRow("two stars miss") << QByteArray("/a*b*c") << QByteArray("/axxcyyb") << false;
        QTest::newRow("star dollar overlap") << QByteArray("/*ab$") << QByteArray("/ab") << true;
        QTest::newRow("many stars") << QByteArray("/" + QByteArray("*a").repeated(30) + "$")
                                    << QByteArray("/" + QByteArray(5000, 'a') + "b") << false;
    }

    void robotsMatching()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, path);
        QFETCH(bool, match);
        QCOMPARE(RobotsTxt::matches(pattern, path), match);
    }

    void robotsGroupsAndPrecedence()
    {
        const QByteArray txt
            = "# comment\nDisallow: /orphan\n"
              "User-agent: *\nDisallow: /\n\n"
              "User-agent: OtherBot\nUser-agent: xunjian/1.0\nDisallow: /private\nAllow: /private/open\n"
              "Disallow: /*.pdf$\nDisallow: /%E6%96%B0\n"
              "User-agent: Xunjian\nDisallow: /merged\n";
        const RobotsTxt r = RobotsTxt::parse(txt, "Xunjian");
        QVERIFY(r.isAllowedPath("/"));
        QVERIFY(r.isAllowedPath("/orphan"));
        QVERIFY(!r.isAllowedPath("/private/x"));
        QVERIFY(r.isAllowedPath("/private/open/x"));
        QVERIFY(!r.isAllowedPath("/docs/a.pdf"));
        QVERIFY(r.isAllowedPath("/docs/a.pdf?download=1"));
        QVERIFY(!r.isAllowedPath("/merged/page"));
        QVERIFY(!r.isAllowed(QUrl(QStringLiteral("http://gov.example/新闻/1.html"))));
        QVERIFY(r.isAllowedPath("/robots.txt"));
        // Another agent falls back to "*", which disallows everything but robots.txt itself.
        const RobotsTxt other = RobotsTxt::parse(txt, "Somebody");
        QVERIFY(!other.isAllowedPath("/index.html"));
        QVERIFY(other.isAllowedPath("/robots.txt"));
        // Equal length: Allow wins.
        QVERIFY(RobotsTxt::parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "x").isAllowedPath("/page"));
        QVERIFY(RobotsTxt::parse("User-agent: *\nDisallow:\n", "x").isAllowedPath("/anything"));
        QVERIFY(RobotsTxt().isAllowedPath("/anything"));
    }
};

QTEST_GUILESS_MAIN(TstHttpParser)
#include "tst_httpparser.moc"
