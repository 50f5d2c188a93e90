// PageDecoder: the charset decision as browsers make it, on the byte patterns Chinese government
// sites really serve (GBK labelled gb2312, servers that say one thing and pages another, BOMs).
#include "PageDecoder.h"
#include "TestSupport.h"

#include <QtTest>

using namespace xj;

namespace {

const QString kBody = QStringLiteral("<p>揭阳市人民政府门户网站 网站标识码：4452000001 粤ICP备05012345号</p>");

QByteArray page(const QByteArray &head, const QString &body, const QString &encoding)
{
    // Encoded as a whole, so that a BOM is where a BOM goes.
    return test::encode(QStringLiteral("<!DOCTYPE html><html><head>") + QString::fromLatin1(head)
                            + QStringLiteral("<title>t</title></head><body>") + body + QStringLiteral("</body></html>"),
                        encoding);
}

} // namespace

class TstPageDecoder : public QObject
{
    Q_OBJECT

private slots:
    void contentTypeCharset_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("charset");
        QTest::newRow("plain") << QByteArray("text/html; charset=GBK") << QByteArray("GBK");
        QTest::newRow("quoted, no space") << QByteArray("text/html;charset=\"utf-8\"") << QByteArray("utf-8");
        QTest::newRow("case") << QByteArray("TEXT/HTML; Charset=gb2312") << QByteArray("gb2312");
        QTest::newRow("later parameter") << QByteArray("text/html; q=1; charset=big5 ") << QByteArray("big5");
        QTest::newRow("none") << QByteArray("text/html") << QByteArray();
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("charset in type only") << QByteArray("charset=utf-8") << QByteArray();
    }
    void contentTypeCharset()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, charset);
        QCOMPARE(PageDecoder::charsetFromContentType(header), charset);
    }

    void prescan_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("label");
        QTest::newRow("meta charset") << QByteArray("<html><head><meta charset=\"gb2312\">") << QByteArray("gb2312");
        QTest::newRow("upper case, unquoted") << QByteArray("<HTML><HEAD><META CHARSET=GBK>") << QByteArray("gbk");
        QTest::newRow("http-equiv") << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />")
                                    << QByteArray("gb2312");
        QTest::newRow("content before http-equiv") << QByteArray("<meta content='text/html;charset=GBK' http-equiv='content-type'>")
                                                   << QByteArray("gbk");
        QTest::newRow("content without http-equiv") << QByteArray("<meta name=x content='text/html; charset=gbk'><p>")
                                                    << QByteArray();
        QTest::newRow("in a comment") << QByteArray("<!-- <meta charset=gbk> --><meta charset=utf-8>") << QByteArray("utf-8");
        QTest::newRow("short comment") << QByteArray("<!--><meta charset=big5>") << QByteArray("big5");
        QTest::newRow("'>' in a quoted value") << QByteArray("<meta name=\"a>b\" charset=\"gb18030\">") << QByteArray("gb18030");
        QTest::newRow("inside another tag's attribute") << QByteArray("<div title='<meta charset=gbk>'></div>") << QByteArray();
        QTest::newRow("unknown label skipped") << QByteArray("<meta charset=klingon><meta charset=gbk>") << QByteArray("gbk");
        QTest::newRow("duplicate attribute ignored") << QByteArray("<meta charset=gbk charset=big5>") << QByteArray("gbk");
        QTest::newRow("none") << QByteArray("<html><head><title>x</title></head><body>a</body>") << QByteArray();
        QTest::newRow("metadata tag") << QByteArray("<metadata charset=gbk>") << QByteArray();
        // Past 1024 bytes the scan goes on through the head (a long CMS comment), not into the body.
        QTest::newRow("after a long head comment") << "<head><!--" + QByteArray(3000, 'x') + "--><meta charset=gbk>"
                                                   << QByteArray("gbk");
        QTest::newRow("after 1024 bytes of body") << "<body><div>" + QByteArray(2000, 'x') + "</div><meta charset=gbk>"
                                                  << QByteArray();
    }
    void prescan()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, label);
        QCOMPARE(PageDecoder::prescanMetaCharset(html), label);
    }

    void canonicalCharset()
    {
        for (const char *gb : {"gb2312", "GBK", "x-gbk", "cp936", "GB18030", "\"gb2312\""})
            QCOMPARE(PageDecoder::canonicalCharset(gb), QStringLiteral("GB18030"));
        QCOMPARE(PageDecoder::canonicalCharset("utf8"), QStringLiteral("UTF-8"));
        QCOMPARE(PageDecoder::canonicalCharset("utf-16le", true), QStringLiteral("UTF-8"));
        QCOMPARE(PageDecoder::canonicalCharset("iso-8859-1"), QStringLiteral("windows-1252"));
        QCOMPARE(PageDecoder::canonicalCharset("big5"), QStringLiteral("Big5"));
        QCOMPARE(PageDecoder::canonicalCharset("none"), QString());
        QCOMPARE(PageDecoder::canonicalCharset(""), QString());
    }

    void decode_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("declared");

        const QByteArray gbMeta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">";
        QTest::newRow("GBK, meta gb2312") << page(gbMeta, kBody, QStringLiteral("gbk")) << QByteArray("text/html")
                                          << "GB18030" << "meta" << "gb2312";
        QTest::newRow("GBK, meta charset") << page("<meta charset=\"GBK\">", kBody, QStringLiteral("gbk")) << QByteArray()
                                           << "GB18030" << "meta" << "gbk";
        QTest::newRow("UTF-8, meta") << page("<meta charset=\"utf-8\">", kBody, QStringLiteral("utf8")) << QByteArray()
                                     << "UTF-8" << "meta" << "utf-8";
        // The header wins over the page, both ways round.
        QTest::newRow("header UTF-8 over meta gb2312")
            << page(gbMeta, kBody, QStringLiteral("utf8")) << QByteArray("text/html; charset=UTF-8") << "UTF-8"
            << "header" << "UTF-8";
        QTest::newRow("header GBK over meta utf-8")
            << page("<meta charset=utf-8>", kBody, QStringLiteral("gbk")) << QByteArray("text/html;charset=GBK")
            << "GB18030" << "header" << "GBK";
        QTest::newRow("unknown header label falls through to meta")
            << page(gbMeta, kBody, QStringLiteral("gbk")) << QByteArray("text/html; charset=none") << "GB18030" << "meta"
            << "gb2312";
        // A BOM beats even the header, as in browsers.
        QTest::newRow("UTF-8 BOM over header GBK") << page({}, kBody, QStringLiteral("utf8bom")) << QByteArray("text/html; charset=GBK")
                                                    << "UTF-8" << "bom" << "";
        QTest::newRow("UTF-16LE BOM") << test::encode(QStringLiteral("<html><body>") + kBody, QStringLiteral("utf16le"))
                                      << QByteArray() << "UTF-16LE" << "bom" << "";
        QTest::newRow("no label, GBK detected") << page({}, kBody, QStringLiteral("gbk")) << QByteArray() << "GB18030"
                                                << "detected" << "";
        QTest::newRow("no label, UTF-8 detected") << page({}, kBody, QStringLiteral("utf8")) << QByteArray("text/html")
                                                  << "UTF-8" << "detected" << "";
    }
    void decode()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, charset);
        QFETCH(QString, source);
        QFETCH(QString, declared);
        const DecodedPage p = PageDecoder::decode(body, contentType);
        QCOMPARE(p.charset, charset);
        QCOMPARE(PageDecoder::sourceCode(p.source), source);
        QCOMPARE(p.declaredLabel, declared);
        QVERIFY(!p.lossy);
        QVERIFY2(p.text.contains(kBody), qPrintable(p.text));
        QVERIFY(!p.text.startsWith(QChar(0xFEFF)));
        QVERIFY(!PageDecoder::sourceLabel(p.source).isEmpty());
    }

    // A server that says UTF-8 for a GBK page: the browser shows replacement characters, and so do
    // we — and say so, rather than silently "fixing" what visitors see.
    void wrongHeaderIsLossy()
    {
        const DecodedPage p = PageDecoder::decode(page({}, kBody, QStringLiteral("gbk")), "text/html; charset=utf-8");
        QCOMPARE(p.source, DecodedPage::Source::Header);
        QVERIFY(p.lossy);
        QVERIFY(p.text.contains(QChar::ReplacementCharacter));
        QVERIFY(!p.text.contains(kBody));
    }

    void emptyBody()
    {
        const DecodedPage p = PageDecoder::decode({}, {});
        QCOMPARE(p.source, DecodedPage::Source::Detected);
        QVERIFY(p.text.isEmpty());
        QVERIFY(!p.lossy);
    }

    // Bytes neither UTF-8 nor GB18030 decode: the reading that loses less, flagged lossy.
    void undecodableBody()
    {
        QByteArray body = test::encode(kBody, QStringLiteral("utf8"));
        body.insert(3, "\xFF\xFF"); // after "<p>"
        const DecodedPage p = PageDecoder::decode(body);
        QCOMPARE(p.source, DecodedPage::Source::Detected);
        QCOMPARE(p.charset, QStringLiteral("UTF-8"));
        QVERIFY(p.lossy);
        QVERIFY(p.text.contains(QStringLiteral("网站标识码：4452000001")));
    }
};

QTEST_GUILESS_MAIN(TstPageDecoder)
#include "tst_pagedecoder.moc"
