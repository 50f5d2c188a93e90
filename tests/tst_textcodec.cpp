// TextCodec: encoding detection on the byte patterns Excel, WPS and Notepad really write.
#include "TextCodec.h"

#include <QStringEncoder>
#include <QtTest>

using namespace xj;

namespace {

const QString kSample = QStringLiteral("名称,类型,网址,主办单位\r\n"
                                       "某某市人民政府,门户网站,https://www.example.gov.cn,某某市人民政府办公室\r\n"
                                       "某某市教育局,部门网站,https://jyj.example.gov.cn,某某市教育局\r\n");

QByteArray encode(const QString &text, const char *codec)
{
    QStringEncoder enc(codec);
    QByteArray out = enc.encode(text);
    Q_ASSERT(!enc.hasError());
    return out;
}

} // namespace

class TstTextCodec : public QObject
{
    Q_OBJECT

private slots:
    void detects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");

        QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << QStringLiteral("a,b\n1,2\n")
                               << QStringLiteral("UTF-8");
        QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("UTF-8");
        QTest::newRow("utf8") << kSample.toUtf8() << kSample << QStringLiteral("UTF-8");
        QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF") + kSample.toUtf8() << kSample
                                  << QStringLiteral("UTF-8 (BOM)");
        QTest::newRow("utf16le bom") << QByteArray("\xFF\xFE") + encode(kSample, "UTF-16LE")
                                     << kSample << QStringLiteral("UTF-16LE");
        QTest::newRow("utf16be bom") << QByteArray("\xFE\xFF") + encode(kSample, "UTF-16BE")
                                     << kSample << QStringLiteral("UTF-16BE");
        QTest::newRow("utf16le no bom")
            << encode(kSample, "UTF-16LE") << kSample << QStringLiteral("UTF-16LE");
        QTest::newRow("utf16be no bom")
            << encode(kSample, "UTF-16BE") << kSample << QStringLiteral("UTF-16BE");
        QTest::newRow("gbk") << encode(kSample, "GB18030") << kSample
                             << QStringLiteral("GB18030");
        const QString shortText = QStringLiteral("单位\n教育局\n");
        QTest::newRow("gbk short") << encode(shortText, "GB18030") << shortText
                                   << QStringLiteral("GB18030");
        // 𠀀 (U+20000) and 䶮 exist only in GB18030's four-byte range, not in GBK.
        const QString rare = QStringLiteral("姓名,单位\n刘䶮,𠀀村委会\n");
        QTest::newRow("gb18030 four-byte") << encode(rare, "GB18030") << rare
                                           << QStringLiteral("GB18030");
        const QString traditional = QStringLiteral(
            "名稱,類型,網址\n某某市人民政府,門戶網站,http://www.example.gov.tw\n");
        QTest::newRow("big5") << encode(traditional, "Big5") << traditional
                              << QStringLiteral("Big5");
    }

    void detects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QString error;
        const auto decoded = TextCodec::decode(bytes, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->encoding, encoding);
    }

    void badBytesNameTheOffset_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("offset");

        // UTF-8 with a BOM: the offset counts the BOM, it is an offset in the file.
        QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF" "ab\xFF" "c") << "UTF-8" << 5;
        // Mostly UTF-8 with one damaged byte: reported, not silently read as GB18030.
        const QByteArray utf8 = kSample.toUtf8();
        QTest::newRow("utf8 damaged") << utf8.left(38) + QByteArray("\xC3\x28") + utf8.mid(38)
                                      << "UTF-8" << 38;
        // GBK text with a lead byte followed by an invalid trail byte: the lead byte's offset.
        const QByteArray gbk = encode(kSample, "GB18030");
        QTest::newRow("gb18030") << gbk.left(31) + QByteArray("\x81\x20") + gbk.mid(31)
                                 << "GB18030" << 31;
        QTest::newRow("gb18030 truncated") << gbk + QByteArray("\xD6") << "GB18030"
                                           << int(gbk.size());
        QTest::newRow("utf16le odd") << QByteArray("\xFF\xFE" "a\0b\0c", 7) << "UTF-16LE" << 6;
    }

    void badBytesNameTheOffset()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(int, offset);
        QString error;
        QVERIFY(!TextCodec::decode(bytes, &error));
        QVERIFY2(error.contains(encoding), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("offset %1").arg(offset)), qPrintable(error));
    }

    void utf8Validator()
    {
        QCOMPARE(TextCodec::firstInvalidUtf8(QByteArray("abc")), -1);
        QCOMPARE(TextCodec::firstInvalidUtf8(QStringLiteral("中文𠀀").toUtf8()), -1);
        QCOMPARE(TextCodec::firstInvalidUtf8(QByteArray("a\xC0\xAF")), 1); // overlong '/'
        QCOMPARE(TextCodec::firstInvalidUtf8(QByteArray("ab\xED\xA0\x80")), 2); // surrogate
        QCOMPARE(TextCodec::firstInvalidUtf8(QByteArray("\xF4\x90\x80\x80")), 0); // > U+10FFFF
        QCOMPARE(TextCodec::firstInvalidUtf8(QByteArray("ab\xE4\xB8")), 2); // truncated
    }

    void decodeWith()
    {
        const QString text = QStringLiteral("政务公开 䶮");
        bool ok = false;
        for (const char *name : {"GB2312", "gbk", "x-gbk", " GB18030 ", "\"gb2312\""}) {
            ok = false;
            QCOMPARE(TextCodec::decodeWith(encode(text, "GB18030"), name, &ok), text);
            QVERIFY2(ok, name);
        }
        QCOMPARE(TextCodec::decodeWith(text.toUtf8(), "UTF-8", &ok), text);
        QVERIFY(ok);
        QCOMPARE(TextCodec::decodeWith(text.toUtf8(), "", &ok), text);
        QVERIFY(ok);
        const QString trad = QStringLiteral("政府網站");
        QCOMPARE(TextCodec::decodeWith(encode(trad, "Big5"), "big5", &ok), trad);
        QVERIFY(ok);
        TextCodec::decodeWith(QByteArray("a\xFF"), "utf-8", &ok);
        QVERIFY(!ok);
        QVERIFY(TextCodec::decodeWith(QByteArray("abc"), "no-such-charset", &ok).isEmpty());
        QVERIFY(!ok);
    }
};

QTEST_APPLESS_MAIN(TstTextCodec)
#include "tst_textcodec.moc"
