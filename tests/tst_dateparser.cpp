// DateParser: every form units type dates in, and what must be refused.
#include "DateParser.h"

#include <QtTest>

using namespace xj;

class TstDateParser : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        const QDate d(2022, 6, 30);
        QTest::newRow("iso") << "2022-06-30" << d;
        QTest::newRow("iso short") << "2022-6-30" << d;
        QTest::newRow("slash") << "2022/6/30" << d;
        QTest::newRow("slash padded") << "2022/06/30" << d;
        QTest::newRow("chinese") << "2022年6月30日" << d;
        QTest::newRow("chinese padded") << "2022年06月30日" << d;
        QTest::newRow("chinese spaced") << "2022 年 6 月 30 日" << d;
        QTest::newRow("dots") << "2022.06.30" << d;
        QTest::newRow("dots short") << "2022.6.3" << QDate(2022, 6, 3);
        QTest::newRow("compact") << "20220630" << d;
        QTest::newRow("full-width digits") << "２０２２－０６－３０" << d;
        QTest::newRow("full-width chinese") << "２０２２年６月３０日" << d;
        QTest::newRow("full-width slash") << "２０２２／６／３０" << d;
        QTest::newRow("spaces") << "  2022-06-30 \t" << d;
        QTest::newRow("ideographic space") << "\u30002022/6/30\u3000" << d;
        QTest::newRow("leap day") << "2020-02-29" << QDate(2020, 2, 29);
        QTest::newRow("serial") << "44742" << d;
        QTest::newRow("serial with time") << "44742.75" << d;
        QTest::newRow("datetime ignored") << "2022-06-30 14:05" << d;
        QTest::newRow("datetime T") << "2022-06-30T14:05:09" << d;
        QTest::newRow("chinese datetime") << "2022年6月30日 8:05" << d;
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const auto parsed = DateParser::parseDate(text);
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(*parsed, date);
    }

    void datetimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDate d(2022, 6, 30);
        QTest::newRow("date only → midnight") << "2022-06-30" << QDateTime(d, QTime(0, 0));
        QTest::newRow("hh:mm") << "2022-06-30 14:05" << QDateTime(d, QTime(14, 5));
        QTest::newRow("hh:mm:ss") << "2022/6/30 14:05:09" << QDateTime(d, QTime(14, 5, 9));
        QTest::newRow("T") << "2022-06-30T14:05:09" << QDateTime(d, QTime(14, 5, 9));
        QTest::newRow("one-digit hour") << "2022.06.30 8:05" << QDateTime(d, QTime(8, 5));
        QTest::newRow("chinese") << "2022年6月30日 14:05" << QDateTime(d, QTime(14, 5));
        QTest::newRow("chinese no space") << "2022年6月30日14:05" << QDateTime(d, QTime(14, 5));
        QTest::newRow("compact") << "20220630 23:59:59" << QDateTime(d, QTime(23, 59, 59));
        QTest::newRow("full-width") << "２０２２－０６－３０　１４：０５"
                                    << QDateTime(d, QTime(14, 5));
        QTest::newRow("milliseconds") << "2022-06-30 14:05:09.5"
                                      << QDateTime(d, QTime(14, 5, 9, 500));
        QTest::newRow("serial") << "44742" << QDateTime(d, QTime(0, 0));
        QTest::newRow("serial fraction") << "44742.5" << QDateTime(d, QTime(12, 0));
        // 14:05 is 0.586805555…; Excel stores it rounded, the reader rounds to the second.
        QTest::newRow("serial 14:05") << "44742.5868055556" << QDateTime(d, QTime(14, 5));
    }

    void datetimes()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = DateParser::parseDateTime(text);
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(*parsed, expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        const char *const bad[] = {
            "", "   ", "2022-02-30", "2021-02-29", "2022-13-01", "2022-00-10", "2022-06-00",
            "2022/06-30", "22-06-30", "2022-06", "2022年6月", "2022年13月1日", "20220230",
            "202206301", "30/06/2022", "06/30/2022", "2022-06-30 24:00",
            "2022-06-30 14:60", "2022-06-30 14:05:60", "2022-06-30 14", "2022-06-30T",
            "2022-06-30 14:05 +08:00", "0", "60", "61", "2022", "2958465", "2958466", "-1", "44742.", "1e4", "abc",
            "明天", "2022-06-30x", "44742 14:05",
        };
        for (const char *text : bad)
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY2(!DateParser::parseDate(text), qPrintable(text));
        QVERIFY2(!DateParser::parseDateTime(text), qPrintable(text));
    }

    void excelSerial()
    {
        QCOMPARE(DateParser::fromExcelSerial(44742)->date(), QDate(2022, 6, 30));
        QVERIFY(!DateParser::fromExcelSerial(60)); // 1900-02-29 never existed
        QCOMPARE(DateParser::fromExcelSerial(61)->date(), QDate(1900, 3, 1));
        QCOMPARE(DateParser::fromExcelSerial(0.5)->time(), QTime(12, 0));
        // Just before midnight rounds into the next day, not to 24:00:00.
        QCOMPARE(*DateParser::fromExcelSerial(44742.999999999),
                 QDateTime(QDate(2022, 7, 1), QTime(0, 0)));
        // The 1904 system (old Mac workbooks): serial 0 is 1904-01-01.
        QCOMPARE(DateParser::fromExcelSerial(0, true)->date(), QDate(1904, 1, 1));
        QCOMPARE(DateParser::fromExcelSerial(43280, true)->date(), QDate(2022, 6, 30));
        QVERIFY(!DateParser::fromExcelSerial(-1));
        QVERIFY(!DateParser::fromExcelSerial(qQNaN()));
    }

    void acceptedFormatsNamesTheForms()
    {
        const QString text = DateParser::acceptedFormats();
        for (const char *form : {"2022-06-30", "2022/6/30", "2022年6月30日", "2022.06.30"})
            QVERIFY2(text.contains(QString::fromUtf8(form)), form);
        QVERIFY(text.contains(QLatin1String("HH:MM")));
    }
};

QTEST_APPLESS_MAIN(TstDateParser)
#include "tst_dateparser.moc"
