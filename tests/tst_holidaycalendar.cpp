// The working-day calendar against the State Council's notices: 2020's extended 春节, 2024's 春节
// with its two Sunday workdays, 2025's new rules, 国庆 breaks, the counting convention (Friday →
// Monday is one working day), years without data, and imported rows overriding the shipped ones
// on both backends — through the library and through `xunjian calendar`.
#include "HolidayCalendar.h"
#include "TestSupport.h"

#include <QtTest>

using namespace xj;

namespace {

const HolidayCalendar &cal()
{
    return HolidayCalendar::shipped();
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    test::writeFile(path, bytes);
    return path;
}

} // namespace

class TestHolidayCalendar : public QObject {
    Q_OBJECT

private slots:
    void shippedFileIsCompleteAndCovered()
    {
        // The resource is the file in the source tree, parsed without a single problem.
        QList<ImportProblem> problems;
        const auto days = HolidayCalendar::parseFile(QStringLiteral(XJ_SOURCE_DIR "/resources/calendar/cn-holidays.csv"),
                                                     QStringLiteral("cn-holidays.csv"), &problems);
        QVERIFY2(days, qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
        int shippedRows = 0;
        for (int y = 2018; y <= 2027; ++y)
            shippedRows += int(cal().days(y).size());
        QCOMPARE(shippedRows, int(days->size()));
        QCOMPARE(cal().coveredYears(), (QList<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}));
        // Every workday row is a weekend day (a weekday "workday" would mean a wrong date), and
        // every year has its seven festivals.
        for (const CalendarDay &d : *days) {
            if (d.workday)
                QVERIFY2(d.day.dayOfWeek() >= 6, qPrintable(d.day.toString(Qt::ISODate)));
        }
        for (int y = 2019; y <= 2026; ++y) {
            QSet<QString> names;
            for (const CalendarDay &d : cal().days(y))
                if (!d.workday)
                    names.insert(d.name);
            for (const char *festival : {"春节", "清明节", "劳动节", "端午节", "国庆节"})
                QVERIFY2(names.contains(QString::fromUtf8(festival)), qPrintable(QStringLiteral("%1 %2").arg(y).arg(QString::fromUtf8(festival))));
        }
    }

    void spring2020Extended()
    {
        // Notice of 2020-01-27: the break ran to 2-2 (Sunday) and the 2-1 (Saturday) workday fell away.
        for (QDate d(2020, 1, 24); d <= QDate(2020, 2, 2); d = d.addDays(1))
            QVERIFY2(!cal().isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
        QVERIFY(cal().isWorkingDay(QDate(2020, 1, 19))); // Sunday worked before the break
        QVERIFY(cal().isWorkingDay(QDate(2020, 2, 3)));
        QCOMPARE(cal().workingDaysBetween(QDate(2020, 1, 23), QDate(2020, 2, 3)), 1);
        QCOMPARE(cal().addWorkingDays(QDate(2020, 1, 23), 1), QDate(2020, 2, 3));
    }

    void spring2024WithSundayWorkdays()
    {
        QVERIFY(cal().isWorkingDay(QDate(2024, 2, 4)));  // Sunday
        QVERIFY(cal().isWorkingDay(QDate(2024, 2, 18))); // Sunday
        QVERIFY(cal().isWorkingDay(QDate(2024, 2, 9)));  // 除夕 was only "encouraged" off in 2024
        for (QDate d(2024, 2, 10); d <= QDate(2024, 2, 17); d = d.addDays(1))
            QVERIFY2(!cal().isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
        // Thu 2-8 → Mon 2-19: Fri 2-9, Sun 2-18, Mon 2-19.
        QCOMPARE(cal().workingDaysBetween(QDate(2024, 2, 8), QDate(2024, 2, 19)), 3);
        QCOMPARE(cal().day(QDate(2024, 2, 4))->name, QStringLiteral("春节"));
    }

    void labourDay2024()
    {
        for (QDate d(2024, 5, 1); d <= QDate(2024, 5, 5); d = d.addDays(1))
            QVERIFY(!cal().isWorkingDay(d));
        QVERIFY(cal().isWorkingDay(QDate(2024, 4, 28)));  // Sunday
        QVERIFY(cal().isWorkingDay(QDate(2024, 5, 11)));  // Saturday
        QVERIFY(!cal().isWorkingDay(QDate(2024, 4, 27))); // the Saturday before is an ordinary weekend day
    }

    void rules2025()
    {
        QVERIFY(!cal().isWorkingDay(QDate(2025, 1, 28))); // 除夕, a statutory day since 2025
        QVERIFY(!cal().isWorkingDay(QDate(2025, 2, 4)));
        QVERIFY(cal().isWorkingDay(QDate(2025, 1, 26)));
        QVERIFY(cal().isWorkingDay(QDate(2025, 2, 8)));
        QVERIFY(!cal().isWorkingDay(QDate(2025, 5, 2)));  // the added 劳动节 day
        QVERIFY(!cal().isWorkingDay(QDate(2025, 5, 5)));
        QVERIFY(cal().isWorkingDay(QDate(2025, 4, 27)));
        QVERIFY(!cal().isWorkingDay(QDate(2025, 10, 8)));
        QVERIFY(cal().isWorkingDay(QDate(2025, 10, 11)));
    }

    void countingConvention()
    {
        // Friday → Monday: 1 working day; same day: 0; Saturday → Monday: 1; reversed: negative.
        QCOMPARE(cal().workingDaysBetween(QDate(2024, 3, 8), QDate(2024, 3, 11)), 1);
        QCOMPARE(cal().workingDaysBetween(QDate(2024, 3, 8), QDate(2024, 3, 8)), 0);
        QCOMPARE(cal().workingDaysBetween(QDate(2024, 3, 9), QDate(2024, 3, 11)), 1);
        QCOMPARE(cal().workingDaysBetween(QDate(2024, 3, 11), QDate(2024, 3, 8)), -1);
        // An ordinary weekend does not count, an adjusted Sunday workday does.
        QCOMPARE(cal().workingDaysBetween(QDate(2024, 3, 8), QDate(2024, 3, 10)), 0);
        QCOMPARE(cal().workingDaysBetween(QDate(2024, 4, 26), QDate(2024, 4, 28)), 1);
        QCOMPARE(cal().workingDaysBetween(QDate(2024, 4, 26), QDate(2024, 4, 29)), 2);
    }

    void addWorkingDaysAcrossNationalDay()
    {
        // Fri 2024-09-27 + 5: Sun 9-29 (worked), Mon 9-30, then 10-1…7 off, Tue 10-8, Wed 10-9, Thu 10-10.
        QCOMPARE(cal().addWorkingDays(QDate(2024, 9, 27), 5), QDate(2024, 10, 10));
        QCOMPARE(cal().addWorkingDays(QDate(2024, 10, 10), -5), QDate(2024, 9, 27));
        // 2025: 8 days off (国庆 and 中秋 together), Sunday 9-28 worked.
        QCOMPARE(cal().addWorkingDays(QDate(2025, 9, 26), 5), QDate(2025, 10, 10));
        QCOMPARE(cal().addWorkingDays(QDate(2025, 9, 26), 0), QDate(2025, 9, 26));
        // The two functions agree on every day of the shipped years.
        for (QDate d(2019, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(3)) {
            const QDate five = cal().addWorkingDays(d, 5);
            QCOMPARE(cal().workingDaysBetween(d, five), 5);
            QVERIFY(cal().isWorkingDay(five));
        }
    }

    void yearWithoutDataUsesWeekends()
    {
        QVERIFY(!cal().covers(2018)); // only the 2019 元旦 break reaches into it
        QVERIFY(!cal().covers(2031));
        QVERIFY(cal().covers(2024));
        QVERIFY(cal().isWorkingDay(QDate(2031, 10, 1)));  // a Wednesday: no notice known
        QVERIFY(!cal().isWorkingDay(QDate(2031, 10, 4))); // Saturday
        QVERIFY(HolidayCalendar().isWorkingDay(QDate(2024, 10, 1)) && !HolidayCalendar().covers(2024));
    }

    void parseProblemsNameRowAndColumn()
    {
        // A comment line keeps the line numbering; every problem is reported, nothing returned.
        const QByteArray csv = "# comment, with a comma\n"
                               "date,kind,name\n"
                               "2030-10-01,holiday,国庆节\n"
                               "2030-13-01,holiday,国庆节\n"
                               "2030-10-08,rest,国庆节\n"
                               "2030-10-01,workday,国庆节\n";
        QList<ImportProblem> problems;
        QVERIFY(!HolidayCalendar::parseCsv(csv, QStringLiteral("bad.csv"), &problems));
        QStringList shown;
        for (const ImportProblem &p : problems)
            shown << p.toString();
        QCOMPARE(shown.size(), 3);
        QVERIFY2(shown[0].startsWith(QStringLiteral("bad.csv:4:A: ")), qPrintable(shown[0]));
        QVERIFY2(shown[1].startsWith(QStringLiteral("bad.csv:5:B: ")), qPrintable(shown[1]));
        QVERIFY2(shown[2].startsWith(QStringLiteral("bad.csv:6:A: ")) && shown[2].contains(QStringLiteral("row 3")),
                 qPrintable(shown[2]));
        problems.clear();
        QVERIFY(!HolidayCalendar::parseCsv("day,名称\n2030-10-01,国庆节\n", QStringLiteral("nokind.csv"), &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().toString().startsWith(QStringLiteral("nokind.csv:1: ")));
    }

    void importedRowsOverride_data() { XJ_BACKEND_DATA(); }
    void importedRowsOverride()
    {
        XJ_OPEN_STORE(store);
        QTemporaryDir files;
        // GBK with Chinese headers and kinds, as a unit would send it: a correction of a shipped
        // day (2024-05-02 worked) and a whole break of a year not shipped.
        QString text = QStringLiteral("日期,类型,名称\n2024年5月2日,上班,劳动节更正\n");
        for (int day = 1; day <= 12; ++day)
            text += QStringLiteral("2031-10-%1,放假,国庆节\n").arg(day, 2, 10, QLatin1Char('0'));
        text += QStringLiteral("2031-10-18,上班,国庆节\n");
        const QString path = writeTemp(files, QStringLiteral("2031.csv"), test::encode(text, QStringLiteral("gbk")));

        HolidayCalendar before;
        QVERIFY(before.load(*store));
        QVERIFY(!before.isWorkingDay(QDate(2024, 5, 2)));
        QVERIFY(!before.covers(2031));

        CalendarImportResult r = HolidayCalendar::importFile(*store, path);
        QVERIFY2(r.ok, qPrintable(r.problems.isEmpty() ? QString() : r.problems.first().toString()));
        QCOMPARE(r.encoding, QStringLiteral("GB18030"));
        QCOMPARE(r.rows, 14);
        QCOMPARE(r.inserted, 14);

        HolidayCalendar after;
        QVERIFY(after.load(*store));
        QVERIFY(after.isWorkingDay(QDate(2024, 5, 2)));
        QVERIFY(after.day(QDate(2024, 5, 2))->imported);
        QVERIFY(!after.isWorkingDay(QDate(2024, 5, 3))); // shipped days around it stay
        QVERIFY(after.covers(2031));
        QVERIFY(!after.isWorkingDay(QDate(2031, 10, 1)));
        QVERIFY(after.isWorkingDay(QDate(2031, 10, 18))); // a Saturday worked
        QCOMPARE(after.workingDaysBetween(QDate(2031, 9, 30), QDate(2031, 10, 13)), 1);

        // Again: nothing changes. A file with one bad row: nothing written.
        r = HolidayCalendar::importFile(*store, path);
        QVERIFY(r.ok);
        QCOMPARE(r.unchanged, 14);
        QCOMPARE(r.inserted + r.updated, 0);
        const QString bad = writeTemp(files, QStringLiteral("bad.csv"),
                                      "date,kind,name\n2024-05-02,holiday,劳动节\n2032-02-30,holiday,春节\n");
        r = HolidayCalendar::importFile(*store, bad);
        QVERIFY(!r.ok);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().toString().startsWith(QStringLiteral("bad.csv:3:A: ")), qPrintable(r.problems.first().toString()));
        HolidayCalendar still;
        QVERIFY(still.load(*store));
        QVERIFY(still.isWorkingDay(QDate(2024, 5, 2)));
    }

    void cliImportAndShow()
    {
        if (qEnvironmentVariableIsEmpty("XUNJIAN_BIN"))
            QSKIP("XUNJIAN_BIN is not set (run through ctest, or set it to build/app/xunjian)");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        QString text = QStringLiteral("date,kind,name\n");
        for (int day = 1; day <= 10; ++day)
            text += QStringLiteral("2032-10-%1,holiday,国庆节\n").arg(day, 2, 10, QLatin1Char('0'));
        const QString path = writeTemp(dir, QStringLiteral("2032.csv"), text.toUtf8());
        qputenv("XUNJIAN_LANG", "en"); // the words are checked, in English
        test::RunResult r = test::runXunjian({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2032"),
                                              QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2032")) && r.out.contains(QStringLiteral("weekends only")), qPrintable(r.out));
        r = test::runXunjian({QStringLiteral("calendar"), QStringLiteral("import"), path, QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("10 new")), qPrintable(r.out));
        r = test::runXunjian({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2032"), QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.rawOut).object();
        QCOMPARE(shown.value(QStringLiteral("covered")).toBool(), true);
        QCOMPARE(shown.value(QStringLiteral("days")).toArray().size(), 10);
        QCOMPARE(shown.value(QStringLiteral("days")).toArray().first().toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("imported"));
        const QString bad = writeTemp(dir, QStringLiteral("bad.csv"), "date,kind\n2032-10-01,maybe\n");
        r = test::runXunjian({QStringLiteral("calendar"), QStringLiteral("import"), bad, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad.csv:2:B: ")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestHolidayCalendar)
#include "tst_holidaycalendar.moc"
