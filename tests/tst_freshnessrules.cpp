// FreshnessRules W-V3 首页不更新 and W-V4 栏目不更新 at and around every threshold, W-V4's three
// branches each reaching and missing their counts, disabled indicators, edited sets changing
// verdicts, and evaluate() as a whole. The W-D rules are in tst_freshnesscolumns.
#include "FreshnessTestInputs.h"

#include <QtTest>

using namespace xj;
using namespace xj::test::freshness;

class TstFreshnessRules : public QObject
{
    Q_OBJECT

private slots:
    // ---- W-V3 ----
    void homeAtFourteenDaysIsInTime()
    {
        const auto f = FreshnessRules::homeNotUpdated(input({}, listed({kNewsInTime})), round2022Q2(), IndicatorSet::defaults());
        QVERIFY(!f);
    }
    void homeAtFifteenDaysIsNotUpdated()
    {
        const auto f = FreshnessRules::homeNotUpdated(input({}, listed({kNewsLate, QDate(2022, 5, 1)})), round2022Q2(),
                                                      IndicatorSet::defaults());
        QVERIFY(f);
        QCOMPARE(f->indicator, QStringLiteral("W-V3"));
        QCOMPARE(f->severity, QStringLiteral("veto"));
        QCOMPARE(f->objectType, ObjectType::Site);
        QCOMPARE(f->objectId, qint64(42));
        QCOMPARE(f->fingerprint, QStringLiteral("W-V3|42"));
        QCOMPARE(f->details.value(QStringLiteral("newest")).toString(), QStringLiteral("2022-06-15"));
        QVERIFY2(f->evidence.contains(QStringLiteral("2022-06-15")) && f->evidence.contains(QStringLiteral("15"))
                     && f->evidence.contains(QStringLiteral("2022-06-30")),
                 qPrintable(f->evidence));
    }
    void homeItemsAfterTheAsOfDateProveNothing()
    {
        const auto f = FreshnessRules::homeNotUpdated(input({}, listed({QDate(2022, 7, 2), QDate(2022, 6, 1)})), round2022Q2(),
                                                      IndicatorSet::defaults());
        QVERIFY(f);
        QCOMPARE(f->details.value(QStringLiteral("newest")).toString(), QStringLiteral("2022-06-01"));
    }
    void homeWithoutAnyDateIsNotUpdated()
    {
        PageDates home;
        home.articleChars = 300;
        const auto f = FreshnessRules::homeNotUpdated(input({}, home), round2022Q2(), IndicatorSet::defaults());
        QVERIFY(f);
        QVERIFY(!f->details.contains(QStringLiteral("newest")));
    }
    void homeNotFetchedIsNotJudged()
    {
        SiteFreshnessInput in = input({}, PageDates());
        in.homeFetched = false;
        QVERIFY(!FreshnessRules::homeNotUpdated(in, round2022Q2(), IndicatorSet::defaults()));
    }
    void navigationHomeIsJudgedOnItsSecondLevelPages()
    {
        PageDates nav;
        nav.navigationOnly = true;
        SiteFreshnessInput in = input({}, nav);
        QVERIFY(!FreshnessRules::homeNotUpdated(in, round2022Q2(), IndicatorSet::defaults())); // none examined: no judgment
        in.secondLevel = {listed({QDate(2022, 5, 1)}), listed({kNewsInTime}), PageDates()};
        QVERIFY(!FreshnessRules::homeNotUpdated(in, round2022Q2(), IndicatorSet::defaults())); // one updated is enough
        in.secondLevel = {listed({QDate(2022, 5, 1)}), listed({kNewsLate}), PageDates()};
        const auto f = FreshnessRules::homeNotUpdated(in, round2022Q2(), IndicatorSet::defaults());
        QVERIFY(f);
        QVERIFY(f->details.value(QStringLiteral("navigation_only")).toBool());
        QCOMPARE(f->details.value(QStringLiteral("second_level_pages")).toInt(), 3);
        QCOMPARE(f->details.value(QStringLiteral("newest")).toString(), QStringLiteral("2022-06-15"));
    }
    void youngSiteIsNotJudgedOnTheHomePage()
    {
        SiteFreshnessInput in = input({}, PageDates());
        in.site.opened = QDate(2022, 6, 17);
        QVERIFY(!FreshnessRules::homeNotUpdated(in, round2022Q2(), IndicatorSet::defaults()));
        in.site.opened = kNewsInTime;
        QVERIFY(FreshnessRules::homeNotUpdated(in, round2022Q2(), IndicatorSet::defaults()));
    }
    void homeThresholdFromTheSet()
    {
        const SiteFreshnessInput in = input({}, listed({kNewsLate}));
        QVERIFY(!FreshnessRules::homeNotUpdated(in, round2022Q2(), withParam("W-V3", "days", 15)));
        QVERIFY(FreshnessRules::homeNotUpdated(in, round2022Q2(), withParam("W-V3", "days", 14)));
        QVERIFY(!FreshnessRules::homeNotUpdated(in, round2022Q2(), disabled("W-V3")));
    }
    void roundWithoutAsOfIsJudgedAtItsWindowEnd()
    {
        Round r = round2022Q2();
        r.asOf = QDate();
        QVERIFY(!FreshnessRules::homeNotUpdated(input({}, listed({kNewsInTime})), r, IndicatorSet::defaults()));
        QVERIFY(FreshnessRules::homeNotUpdated(input({}, listed({kNewsLate})), r, IndicatorSet::defaults()));
    }

    // ---- W-V4 ----
    void branchAReached()
    {
        const auto in = input({dated(1, ColumnCategory::News, kNewsLate), dated(2, ColumnCategory::News, kNewsLate),
                               column(3, ColumnCategory::News, blankPage()), dated(4, ColumnCategory::Notice, kHalfYearLate),
                               column(5, ColumnCategory::Policy, undatedPage()), dated(6, ColumnCategory::News, kNewsInTime)});
        const auto f = FreshnessRules::columnsNotUpdated(in, round2022Q2(), IndicatorSet::defaults());
        QVERIFY(f);
        QCOMPARE(f->fingerprint, QStringLiteral("W-V4|42"));
        QCOMPARE(f->severity, QStringLiteral("veto"));
        QCOMPARE(branchesOf(*f), QStringList{QStringLiteral("a")});
        QCOMPARE(f->details.value(QStringLiteral("a")).toObject().value(QStringLiteral("count")).toInt(), 5);
        QVERIFY2(f->evidence.contains(QStringLiteral("(a)")) && f->evidence.contains(QStringLiteral("«栏目1» 2022-06-15"))
                     && f->evidence.contains(QStringLiteral("«栏目4» 2021-12-29")) && !f->evidence.contains(QStringLiteral("«栏目6»")),
                 qPrintable(f->evidence));
        QCOMPARE(f->details.value(QStringLiteral("columns")).toArray().size(), 6); // every column with its newest date
    }
    void branchAMissedByOne()
    {
        // The notice column exactly 6 months old is in time; a second-level policy column is not (a)'s.
        ColumnFreshness second = dated(5, ColumnCategory::Policy, kHalfYearLate);
        second.column.extra.insert(QStringLiteral("层级"), QStringLiteral("二级"));
        const auto in = input({dated(1, ColumnCategory::News, kNewsLate), dated(2, ColumnCategory::News, kNewsLate),
                               dated(3, ColumnCategory::News, kNewsLate), dated(4, ColumnCategory::Notice, kHalfYearInTime),
                               second, dated(6, ColumnCategory::Notice, kHalfYearLate)});
        QVERIFY(!FreshnessRules::columnsNotUpdated(in, round2022Q2(), IndicatorSet::defaults()));
        // …until the set asks for 4.
        const auto f = FreshnessRules::columnsNotUpdated(in, round2022Q2(), withParam("W-V4", "minStale", 4));
        QVERIFY(f);
        QCOMPARE(branchesOf(*f), QStringList{QStringLiteral("a")});
    }
    void branchBReached()
    {
        QList<ColumnFreshness> cols;
        for (int i = 1; i <= 4; ++i)
            cols << dated(i, ColumnCategory::News, kNewsLate);
        for (int i = 5; i <= 9; ++i)
            cols << dated(i, i % 2 ? ColumnCategory::Personnel : ColumnCategory::Planning, kYearLate);
        cols << column(10, ColumnCategory::Planning, undatedPage());
        const auto f = FreshnessRules::columnsNotUpdated(input(cols), round2022Q2(), IndicatorSet::defaults());
        QVERIFY(f);
        QCOMPARE(branchesOf(*f), QStringList{QStringLiteral("b")}); // (a) has 4
        QCOMPARE(f->details.value(QStringLiteral("b")).toObject().value(QStringLiteral("count")).toInt(), 10);
        QVERIFY2(f->evidence.contains(QStringLiteral("(b)")) && f->evidence.contains(QStringLiteral("2021-06-29")), qPrintable(f->evidence));
    }
    void branchBMissedByOne()
    {
        QList<ColumnFreshness> cols;
        for (int i = 1; i <= 4; ++i)
            cols << dated(i, ColumnCategory::News, kNewsLate);
        for (int i = 5; i <= 9; ++i)
            cols << dated(i, ColumnCategory::Personnel, kYearLate);
        cols << dated(10, ColumnCategory::Personnel, kYearInTime) // exactly a year: in time
             << dated(11, ColumnCategory::Other, QDate(2019, 1, 1)) // no cadence
             << column(12, ColumnCategory::Interaction, undatedPage())
             << column(13, ColumnCategory::Personnel, blankPage(), false); // not reachable: no judgment
        QVERIFY(!FreshnessRules::columnsNotUpdated(input(cols), round2022Q2(), IndicatorSet::defaults()));
        // W-D-COLUMN's yearly cadence is (b)'s: at 11 months column 10 is late too, and (b) has its 10.
        QVERIFY(FreshnessRules::columnsNotUpdated(input(cols), round2022Q2(), withParam("W-D-COLUMN", "personnelMonths", 11)));
    }
    void branchCReached()
    {
        QList<ColumnFreshness> cols;
        for (int i = 1; i <= 5; ++i)
            cols << column(i, ColumnCategory::Other, blankPage());
        const auto f = FreshnessRules::columnsNotUpdated(input(cols), round2022Q2(), IndicatorSet::defaults());
        QVERIFY(f);
        QCOMPARE(branchesOf(*f), QStringList{QStringLiteral("c")});
        QVERIFY2(f->evidence.contains(QStringLiteral("(c)")) && f->evidence.contains(QStringLiteral("«栏目5» blank")), qPrintable(f->evidence));
    }
    void branchCMissed()
    {
        PageDates scripted;
        scripted.scriptedList = true;
        PageDates singlePage;
        singlePage.articleChars = 400;
        QList<ColumnFreshness> cols;
        for (int i = 1; i <= 4; ++i)
            cols << column(i, ColumnCategory::Other, blankPage());
        cols << column(5, ColumnCategory::Interaction, blankPage()) << column(6, ColumnCategory::Service, blankPage())
             << column(7, ColumnCategory::Other, blankPage(), false) << column(8, ColumnCategory::Other, scripted)
             << column(9, ColumnCategory::Other, singlePage);
        QVERIFY(!FreshnessRules::columnsNotUpdated(input(cols), round2022Q2(), IndicatorSet::defaults()));
        QVERIFY(FreshnessRules::columnsNotUpdated(input(cols), round2022Q2(), withParam("W-V4", "minBlank", 4)));
        QVERIFY(!FreshnessRules::columnsNotUpdated(input(cols), round2022Q2(), [] {
            IndicatorSet s = withParam("W-V4", "minBlank", 4);
            IndicatorSettings v = *s.settings(QStringLiteral("W-V4"));
            v.enabled = false;
            s.setSettings(v);
            return s;
        }()));
    }
    void severalBranchesAtOnce()
    {
        QList<ColumnFreshness> cols;
        for (int i = 1; i <= 5; ++i)
            cols << column(i, ColumnCategory::News, blankPage());
        const auto f = FreshnessRules::columnsNotUpdated(input(cols), round2022Q2(), IndicatorSet::defaults());
        QVERIFY(f);
        QCOMPARE(branchesOf(*f), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    }

    // ---- all together ----
    void evaluateFilesEachCodeAndStableFingerprints()
    {
        QList<ColumnFreshness> cols;
        for (int i = 1; i <= 5; ++i)
            cols << column(i, ColumnCategory::Other, blankPage());
        cols << dated(6, ColumnCategory::Notice, kHalfYearLate);
        const auto in = input(cols, listed({kNewsLate}));
        const QList<Finding> first = FreshnessRules::evaluate(in, round2022Q2(), IndicatorSet::defaults());
        QStringList codes, prints;
        for (const Finding &f : first) {
            codes << f.indicator;
            prints << f.fingerprint;
            QCOMPARE(f.roundId, QStringLiteral("2022Q2"));
            QVERIFY(!f.evidence.isEmpty());
        }
        QCOMPARE(codes, (QStringList{"W-V3", "W-V4", "W-D-NEWS", "W-D-POLICY", "W-D-COLUMN", "W-D-COLUMN", "W-D-COLUMN",
                                     "W-D-COLUMN", "W-D-COLUMN", "W-D-COLUMN"}));
        QCOMPARE(QSet<QString>(prints.begin(), prints.end()).size(), prints.size());
        QStringList again;
        for (const Finding &f : FreshnessRules::evaluate(in, round2022Q2(), IndicatorSet::defaults()))
            again << f.fingerprint;
        QCOMPARE(again, prints);

        IndicatorSet none = IndicatorSet::defaults();
        for (const QString &code : FreshnessRules::codes()) {
            IndicatorSettings s = *none.settings(code);
            s.enabled = false;
            none.setSettings(s);
        }
        QVERIFY(FreshnessRules::evaluate(in, round2022Q2(), none).isEmpty());
    }
    void severityComesFromTheSet()
    {
        IndicatorSet set = IndicatorSet::defaults();
        IndicatorSettings s = *set.settings(QStringLiteral("W-V3"));
        s.severity = QStringLiteral("deduct");
        s.maxPoints = 3;
        set.setSettings(s);
        const auto f = FreshnessRules::homeNotUpdated(input({}, listed({kNewsLate})), round2022Q2(), set);
        QVERIFY(f);
        QCOMPARE(f->severity, QStringLiteral("deduct"));
        QCOMPARE(f->points, 3.0);
    }
};

QTEST_GUILESS_MAIN(TstFreshnessRules)
#include "tst_freshnessrules.moc"
