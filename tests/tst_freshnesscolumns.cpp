// FreshnessRules W-D-NEWS 动态要闻, W-D-POLICY 政策文件 and W-D-COLUMN 其他栏目: missing columns,
// cadences at and around their limits, points and caps from the set, the freshest column judged by
// the site-level rule and the others one by one, columns that cannot be judged.
#include "FreshnessTestInputs.h"

#include <QtTest>

using namespace xj;
using namespace xj::test::freshness;

class TstFreshnessColumns : public QObject
{
    Q_OBJECT

private slots:
    // ---- W-D-NEWS, W-D-POLICY ----
    void newsMissing()
    {
        const auto f = FreshnessRules::news(input({dated(1, ColumnCategory::Notice, kAsOf)}), round2022Q2(), IndicatorSet::defaults());
        QVERIFY(f);
        QCOMPARE(f->points, 5.0);
        QCOMPARE(f->severity, QStringLiteral("deduct"));
        QCOMPARE(f->fingerprint, QStringLiteral("W-D-NEWS|42"));
        QVERIFY(f->details.value(QStringLiteral("missing")).toBool());
        QVERIFY2(f->evidence.contains(QStringLiteral("动态要闻")), qPrintable(f->evidence));
        // A site without any registered column: the registry is incomplete, nothing is judged.
        QVERIFY(!FreshnessRules::news(input({}), round2022Q2(), IndicatorSet::defaults()));
    }
    void newsJudgedOnTheFreshestColumn()
    {
        QVERIFY(!FreshnessRules::news(input({dated(1, ColumnCategory::News, kNewsInTime)}), round2022Q2(), IndicatorSet::defaults()));
        const auto f = FreshnessRules::news(input({dated(1, ColumnCategory::News, kNewsLate), dated(2, ColumnCategory::News, QDate(2022, 5, 1))}),
                                            round2022Q2(), IndicatorSet::defaults());
        QVERIFY(f);
        QCOMPARE(f->points, 5.0);
        QCOMPARE(f->url, QStringLiteral("http://www.example.gov.cn/col1/"));
        QVERIFY2(f->evidence.contains(QStringLiteral("2022-06-15")), qPrintable(f->evidence));
        // A fresh one and a stale one: the site has news; the stale one is W-D-COLUMN's.
        const auto in = input({dated(1, ColumnCategory::News, QDate(2022, 5, 1)), dated(2, ColumnCategory::News, QDate(2022, 6, 20))});
        QVERIFY(!FreshnessRules::news(in, round2022Q2(), IndicatorSet::defaults()));
        const auto others = FreshnessRules::otherColumns(in, round2022Q2(), IndicatorSet::defaults());
        QCOMPARE(others.size(), 1);
        QCOMPARE(others[0].fingerprint, QStringLiteral("W-D-COLUMN|42|1"));
        QCOMPARE(others[0].points, 1.0);
    }
    void newsBlankOrUndated()
    {
        const auto blank = FreshnessRules::news(input({column(1, ColumnCategory::News, blankPage())}), round2022Q2(), IndicatorSet::defaults());
        QVERIFY(blank);
        QVERIFY2(blank->evidence.contains(QStringLiteral("blank")), qPrintable(blank->evidence));
        QVERIFY(FreshnessRules::news(input({column(1, ColumnCategory::News, undatedPage())}), round2022Q2(), IndicatorSet::defaults()));
        // Content pages sampled from an undated list give it its date.
        ColumnFreshness c = column(1, ColumnCategory::News, undatedPage());
        c.newestContent = QDate(2022, 6, 25);
        QVERIFY(!FreshnessRules::news(input({c}), round2022Q2(), IndicatorSet::defaults()));
        // Not reachable, or loaded by script: no judgment.
        PageDates scripted;
        scripted.scriptedList = true;
        QVERIFY(!FreshnessRules::news(input({column(1, ColumnCategory::News, blankPage(), false)}), round2022Q2(), IndicatorSet::defaults()));
        QVERIFY(!FreshnessRules::news(input({column(1, ColumnCategory::News, scripted)}), round2022Q2(), IndicatorSet::defaults()));
    }
    void newsPointsCapAndThresholdFromTheSet()
    {
        const auto in = input({dated(1, ColumnCategory::News, kNewsLate)});
        QCOMPARE(FreshnessRules::news(in, round2022Q2(), withParam("W-D-NEWS", "stalePoints", 3))->points, 3.0);
        QCOMPARE(FreshnessRules::news(in, round2022Q2(), withParam("W-D-NEWS", "stalePoints", 8))->points, 5.0); // cap 5
        QVERIFY(!FreshnessRules::news(in, round2022Q2(), withParam("W-D-NEWS", "days", 15)));
        QVERIFY(!FreshnessRules::news(in, round2022Q2(), disabled("W-D-NEWS")));
        QCOMPARE(FreshnessRules::news(input({dated(1, ColumnCategory::Notice, kAsOf)}), round2022Q2(),
                                      withParam("W-D-NEWS", "missingPoints", 2))->points, 2.0);
    }
    void policyAtSixMonths()
    {
        QVERIFY(!FreshnessRules::policy(input({dated(1, ColumnCategory::Policy, kHalfYearInTime)}), round2022Q2(), IndicatorSet::defaults()));
        const auto f = FreshnessRules::policy(input({dated(1, ColumnCategory::Policy, kHalfYearLate)}), round2022Q2(), IndicatorSet::defaults());
        QVERIFY(f);
        QCOMPARE(f->points, 5.0);
        QCOMPARE(f->fingerprint, QStringLiteral("W-D-POLICY|42"));
        QVERIFY2(f->evidence.contains(QStringLiteral("2021-12-29")), qPrintable(f->evidence));
        QVERIFY(!FreshnessRules::policy(input({dated(1, ColumnCategory::Policy, kHalfYearLate)}), round2022Q2(),
                                        withParam("W-D-POLICY", "months", 7)));
        const auto missing = FreshnessRules::policy(input({dated(1, ColumnCategory::News, kAsOf)}), round2022Q2(), IndicatorSet::defaults());
        QVERIFY(missing);
        QVERIFY(missing->details.value(QStringLiteral("missing")).toBool());
    }
    void policyJudgesFirstLevelColumnsOnly()
    {
        ColumnFreshness second = dated(1, ColumnCategory::Policy, kHalfYearLate);
        second.column.extra.insert(QStringLiteral("level"), 2);
        const auto in = input({second});
        QVERIFY(!FreshnessRules::policy(in, round2022Q2(), IndicatorSet::defaults())); // present, but not first-level
        const auto others = FreshnessRules::otherColumns(in, round2022Q2(), IndicatorSet::defaults());
        QCOMPARE(others.size(), 1); // judged on its own cadence instead
        QCOMPARE(others[0].points, 1.0);
    }

    // ---- W-D-COLUMN ----
    void columnCadences_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("state"); // 0 dated, 1 blank, 2 undated, 3 unreachable
        QTest::addColumn<QDate>("newest");
        QTest::addColumn<double>("points"); // 0: no finding
        QTest::newRow("notice at 6 months") << int(ColumnCategory::Notice) << 0 << kHalfYearInTime << 0.0;
        QTest::newRow("notice a day older") << int(ColumnCategory::Notice) << 0 << kHalfYearLate << 1.0;
        QTest::newRow("personnel at 12 months") << int(ColumnCategory::Personnel) << 0 << kYearInTime << 0.0;
        QTest::newRow("personnel a day older") << int(ColumnCategory::Personnel) << 0 << kYearLate << 1.0;
        QTest::newRow("planning a day older") << int(ColumnCategory::Planning) << 0 << kYearLate << 1.0;
        QTest::newRow("other, years old: no cadence") << int(ColumnCategory::Other) << 0 << QDate(2018, 1, 1) << 0.0;
        QTest::newRow("other blank") << int(ColumnCategory::Other) << 1 << QDate() << 2.0;
        QTest::newRow("planning blank") << int(ColumnCategory::Planning) << 1 << QDate() << 2.0;
        QTest::newRow("notice undated") << int(ColumnCategory::Notice) << 2 << QDate() << 1.0;
        QTest::newRow("other undated") << int(ColumnCategory::Other) << 2 << QDate() << 0.0;
        QTest::newRow("interaction blank: not judged") << int(ColumnCategory::Interaction) << 1 << QDate() << 0.0;
        QTest::newRow("service blank: not judged") << int(ColumnCategory::Service) << 1 << QDate() << 0.0;
        QTest::newRow("notice unreachable") << int(ColumnCategory::Notice) << 3 << QDate() << 0.0;
    }
    void columnCadences()
    {
        QFETCH(int, category);
        QFETCH(int, state);
        QFETCH(QDate, newest);
        QFETCH(double, points);
        const auto cat = ColumnCategory(category);
        const ColumnFreshness c = state == 0 ? dated(7, cat, newest)
                                  : state == 1 ? column(7, cat, blankPage())
                                  : state == 2 ? column(7, cat, undatedPage())
                                               : column(7, cat, blankPage(), false);
        // A fresh news and policy column so that column 7 is never theirs.
        const auto in = input({dated(1, ColumnCategory::News, kAsOf), dated(2, ColumnCategory::Policy, kAsOf), c});
        const QList<Finding> found = FreshnessRules::otherColumns(in, round2022Q2(), IndicatorSet::defaults());
        if (points == 0) {
            QCOMPARE(found.size(), 0);
            return;
        }
        QCOMPARE(found.size(), 1);
        const Finding &f = found.first();
        QCOMPARE(f.indicator, QStringLiteral("W-D-COLUMN"));
        QCOMPARE(f.points, points);
        QCOMPARE(f.fingerprint, QStringLiteral("W-D-COLUMN|42|7"));
        QCOMPARE(f.url, QStringLiteral("http://www.example.gov.cn/col7/"));
        if (newest.isValid())
            QVERIFY2(f.evidence.contains(newest.toString(Qt::ISODate)), qPrintable(f.evidence));
    }
    void columnNewestContentBeatsAStaleList()
    {
        ColumnFreshness c = dated(7, ColumnCategory::Notice, QDate(2021, 1, 1));
        c.newestContent = QDate(2022, 6, 1);
        QVERIFY(FreshnessRules::otherColumns(input({c}), round2022Q2(), IndicatorSet::defaults()).isEmpty());
        c.newestContent = QDate(2022, 7, 1); // after the as-of date: proves nothing
        QCOMPARE(FreshnessRules::otherColumns(input({c}), round2022Q2(), IndicatorSet::defaults()).size(), 1);
    }
    void columnSetsChangeVerdictsAndPoints()
    {
        const auto in = input({dated(7, ColumnCategory::Notice, kHalfYearLate), column(8, ColumnCategory::Other, blankPage())});
        QCOMPARE(FreshnessRules::otherColumns(in, round2022Q2(), IndicatorSet::defaults()).size(), 2);
        QCOMPARE(FreshnessRules::otherColumns(in, round2022Q2(), withParam("W-D-COLUMN", "noticeMonths", 7)).size(), 1);
        const auto capped = FreshnessRules::otherColumns(in, round2022Q2(), withParam("W-D-COLUMN", "blankPoints", 6));
        QCOMPARE(ofCode(capped, QStringLiteral("W-D-COLUMN")).last().points, 4.0); // cap 4
        QVERIFY(FreshnessRules::otherColumns(in, round2022Q2(), disabled("W-D-COLUMN")).isEmpty());
    }
    void youngSiteIsJudgedBlankButNotStale()
    {
        SiteFreshnessInput in = input({column(7, ColumnCategory::Notice, undatedPage()), column(8, ColumnCategory::Other, blankPage())});
        in.site.opened = QDate(2022, 3, 1);
        const auto found = FreshnessRules::otherColumns(in, round2022Q2(), IndicatorSet::defaults());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].fingerprint, QStringLiteral("W-D-COLUMN|42|8"));
    }
};

QTEST_GUILESS_MAIN(TstFreshnessColumns)
#include "tst_freshnesscolumns.moc"
