// The rules read their numbers from the indicator set: MediaThresholds and AvailabilityRules equal
// their built-in defaults under the built-in set and follow every edited parameter (an M-V2
// verdict changes with staleDays 7); MediaEvaluation judges by the active set, stamps findings
// with its id, applies its severities and files nothing for an indicator it disables; a finding
// without a set stores NULL. Both backends where the store is involved.
#include "Availability.h"
#include "IndicatorSetStore.h"
#include "MediaEvaluation.h"
#include "RoundFixture.h"
#include "RoundResults.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

Round round2022Q2()
{
    Round r;
    r.id = QStringLiteral("2022Q2");
    r.windowFrom = QDate(2022, 4, 1);
    r.windowTo = QDate(2022, 6, 30);
    r.asOf = r.windowTo;
    return r;
}

} // namespace

class TestIndicatorSetRules : public QObject {
    Q_OBJECT

private slots:
    void mediaThresholdsFromSet()
    {
        const MediaThresholds builtIn;
        const MediaThresholds fromDefaults = MediaThresholds::fromSet(IndicatorSet::defaults());
        QCOMPARE(fromDefaults.staleDays, builtIn.staleDays);
        QCOMPARE(fromDefaults.replyMonths, builtIn.replyMonths);
        QCOMPARE(fromDefaults.replyLookbackMonths, builtIn.replyLookbackMonths);
        QCOMPARE(fromDefaults.replyGraceDays, builtIn.replyGraceDays);
        QCOMPARE(fromDefaults.deadlineMinGap, builtIn.deadlineMinGap);
        QCOMPARE(fromDefaults.deadlineMaxGap, builtIn.deadlineMaxGap);
        QCOMPARE(fromDefaults.deadlineMinCount, builtIn.deadlineMinCount);
        QCOMPARE(fromDefaults.deadlineWindowDays, builtIn.deadlineWindowDays);
        QCOMPARE(fromDefaults.remindMinReminders, builtIn.remindMinReminders);
        QCOMPARE(fromDefaults.remindMaxGapDays, builtIn.remindMaxGapDays);
        QCOMPARE(fromDefaults.registerMaxDays, builtIn.registerMaxDays);
        QCOMPARE(fromDefaults.lateOnlyInWindow, builtIn.lateOnlyInWindow);

        IndicatorSet set = IndicatorSet::defaults();
        const QList<std::pair<QString, QString>> keys = {
            {QStringLiteral("M-V3"), QStringLiteral("replyMonths")},       {QStringLiteral("M-V3"), QStringLiteral("replyLookbackMonths")},
            {QStringLiteral("M-V3"), QStringLiteral("replyGraceDays")},    {QStringLiteral("M-P-DEADLINE"), QStringLiteral("minGap")},
            {QStringLiteral("M-P-DEADLINE"), QStringLiteral("maxGap")},    {QStringLiteral("M-P-DEADLINE"), QStringLiteral("minCount")},
            {QStringLiteral("M-P-DEADLINE"), QStringLiteral("windowDays")}, {QStringLiteral("M-P-REMIND"), QStringLiteral("minReminders")},
            {QStringLiteral("M-P-REMIND"), QStringLiteral("maxGapDays")},  {QStringLiteral("M-P-REGISTER"), QStringLiteral("maxDays")}};
        int value = 101;
        for (const auto &[code, key] : keys)
            set.setParam(code, key, value++);
        set.setParam(QStringLiteral("M-V2"), QStringLiteral("staleDays"), 7);
        set.setParam(QStringLiteral("M-P-REGISTER"), QStringLiteral("lateOnlyInWindow"), false);
        const MediaThresholds t = MediaThresholds::fromSet(set);
        QCOMPARE(t.staleDays, 7);
        QCOMPARE((QList<int>{t.replyMonths, t.replyLookbackMonths, t.replyGraceDays, t.deadlineMinGap, t.deadlineMaxGap, t.deadlineMinCount,
                             t.deadlineWindowDays, t.remindMinReminders, t.remindMaxGapDays, t.registerMaxDays}),
                 (QList<int>{101, 102, 103, 104, 105, 106, 107, 108, 109, 110}));
        QVERIFY(!t.lateOnlyInWindow);

        // The verdict follows: a last post 10 days before the as-of date is fine under 14, stale under 7.
        Account a;
        a.id = 7;
        a.name = QStringLiteral("普宁市生态环境");
        a.opened = QDate(2020, 3, 1);
        Post p;
        p.published = QDateTime(QDate(2022, 6, 20), QTime(10, 0));
        QVERIFY(!MediaRules::stale(a, {p}, round2022Q2(), fromDefaults));
        const auto f = MediaRules::stale(a, {p}, round2022Q2(), t);
        QVERIFY(f);
        QVERIFY2(f->evidence.contains(QStringLiteral("2022-06-20")), qPrintable(f->evidence));
    }

    void evaluationStampsSet_data() { XJ_BACKEND_DATA(); }
    void evaluationStampsSet()
    {
        XJ_OPEN_STORE(store);
        RoundFixture fx;
        QVERIFY2(buildSeedRound(*store, &fx), qPrintable(store->lastError()));
        const Round round = *store->round(fx.roundId);
        IndicatorSetStore sets(*store);
        QString error;
        const auto first = MediaEvaluation::run(*store, round, &error);
        QVERIFY2(first, qPrintable(error));
        const qint64 v1 = sets.active().id;
        QCOMPARE(first->indicatorSetId, v1);
        QCOMPARE(first->perIndicator.value(QStringLiteral("M-V2")), 1);
        CheckRecords records(*store);
        // The evaluation's findings (the fixture also has findings recorded by hand, with no set).
        auto evaluated = [&records, &fx] {
            QList<Finding> out;
            for (const Finding &f : records.findings(fx.roundId))
                if (f.source == QLatin1String("check") && f.objectType == ObjectType::Account)
                    out.append(f);
            return out;
        };
        const QList<Finding> before = evaluated();
        QVERIFY(!before.isEmpty());
        for (const Finding &f : before)
            QCOMPARE(f.indicatorSetId, v1);

        // A lenient set, active: the stale account is no longer stale; M-P-REMIND becomes a veto
        // under it; the findings filed again carry the new version.
        IndicatorSet lenient = sets.active();
        lenient.setParam(QStringLiteral("M-V2"), QStringLiteral("staleDays"), 365);
        IndicatorSettings remind = *lenient.settings(QStringLiteral("M-P-REMIND"));
        remind.severity = QStringLiteral("veto");
        lenient.setSettings(remind);
        const auto v2 = sets.save(lenient, QStringLiteral("lenient"), &error);
        QVERIFY2(v2, qPrintable(error));
        QVERIFY(sets.activate(v2->id));
        const auto second = MediaEvaluation::run(*store, round, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->indicatorSetId, v2->id);
        QCOMPARE(second->perIndicator.value(QStringLiteral("M-V2")), 0);
        QCOMPARE(second->perIndicator.value(QStringLiteral("M-P-REMIND")), 1);
        const QList<Finding> after = evaluated();
        QVERIFY(!after.isEmpty());
        for (const Finding &f : after) {
            QVERIFY2(f.indicator != QLatin1String("M-V2"), qPrintable(f.evidence));
            QCOMPARE(f.indicatorSetId, v2->id);
            if (f.indicator == QLatin1String("M-P-REMIND"))
                QCOMPARE(f.severity, QStringLiteral("veto"));
        }

        // A disabled indicator files nothing; a finding without a set stores NULL.
        IndicatorSet quiet = *v2;
        IndicatorSettings name = *quiet.settings(QStringLiteral("M-P-REMIND"));
        name.enabled = false;
        quiet.setSettings(name);
        const auto third = MediaEvaluation::run(*store, round, quiet, &error);
        QVERIFY2(third, qPrintable(error));
        QCOMPARE(third->perIndicator.value(QStringLiteral("M-P-REMIND")), 0);
        QVERIFY(records.findings(fx.roundId, QStringLiteral("M-P-REMIND")).isEmpty());

        Finding manual;
        manual.roundId = fx.roundId;
        manual.objectType = ObjectType::Account;
        manual.objectId = fx.accounts.cbegin().value();
        manual.indicator = QStringLiteral("M-V1");
        manual.source = QStringLiteral("manual");
        manual.fingerprint = QStringLiteral("manual|test");
        const qint64 id = records.upsertFinding(manual);
        QVERIFY2(id, qPrintable(store->lastError()));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT indicator_set_id FROM findings WHERE id = %1").arg(id)) && q.next());
        QVERIFY(q.value(0).isNull());
        QCOMPARE(records.findings(fx.roundId, QStringLiteral("M-V1")).value(0).indicatorSetId, qint64(0));
    }

    void availabilityFromSet()
    {
        const AvailabilityRules builtIn;
        const AvailabilityRules fromDefaults = AvailabilityRules::fromSet(IndicatorSet::defaults());
        QCOMPARE(fromDefaults.minDays, builtIn.minDays);
        QCOMPARE(fromDefaults.minProbesPerDay, builtIn.minProbesPerDay);
        QCOMPARE(fromDefaults.maxFailureRatio, builtIn.maxFailureRatio);
        IndicatorSet set = IndicatorSet::defaults();
        set.setParam(QStringLiteral("W-V2"), QStringLiteral("minDays"), 3);
        set.setParam(QStringLiteral("W-V2"), QStringLiteral("probesPerDay"), 12);
        set.setParam(QStringLiteral("W-V2"), QStringLiteral("failPercent"), 10);
        const AvailabilityRules r = AvailabilityRules::fromSet(set);
        QCOMPARE(r.minDays, 3);
        QCOMPARE(r.minProbesPerDay, 12);
        QCOMPARE(r.maxFailureRatio, 0.1);

        // The finding under a set: its severity and id; none when it disables W-V2.
        AvailabilityReport veto;
        veto.verdict = AvailabilityReport::Veto;
        veto.probes = 200;
        veto.failures = 20;
        Site site;
        site.id = 3;
        set.id = 42;
        IndicatorSettings w = *set.settings(QStringLiteral("W-V2"));
        w.severity = QStringLiteral("notice");
        set.setSettings(w);
        const auto f = Availability::finding(veto, site, round2022Q2(), set);
        QVERIFY(f);
        QCOMPARE(f->severity, QStringLiteral("notice"));
        QCOMPARE(f->indicatorSetId, qint64(42));
        w.enabled = false;
        set.setSettings(w);
        QVERIFY(!Availability::finding(veto, site, round2022Q2(), set));
    }

    // D-OPEN-LOW's threshold is the round's set's, unless the caller names one (summary --open-low).
    void catalogThresholdFromSet()
    {
        QTemporaryDir dir;
        auto store = test::sqliteStore(dir);
        QVERIFY(store);
        RoundFixture fx;
        QVERIFY(buildSeedRound(*store, &fx));
        const auto byDefault = RoundResults::compute(*store, fx.roundId);
        QVERIFY(byDefault);
        QCOMPARE(byDefault->rules.openLowThreshold, 10);
        QVERIFY(!byDefault->catalog.openLow.isEmpty());

        IndicatorSetStore sets(*store);
        IndicatorSet edited = sets.active();
        edited.setParam(QStringLiteral("D-OPEN-LOW"), QStringLiteral("threshold"), 0);
        QString error;
        const auto saved = sets.save(edited, QStringLiteral("no D-OPEN-LOW"), &error);
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(sets.activate(saved->id));
        const auto bySet = RoundResults::compute(*store, fx.roundId);
        QVERIFY(bySet);
        QCOMPARE(bySet->rules.openLowThreshold, 0);
        QVERIFY(bySet->catalog.openLow.isEmpty()); // nothing is fewer than 0

        ResultRules given;
        given.openLowThreshold = 10;
        given.openLowGiven = true;
        const auto byCaller = RoundResults::compute(*store, fx.roundId, given);
        QVERIFY(byCaller);
        QCOMPARE(byCaller->catalog.openLow.size(), byDefault->catalog.openLow.size());
    }
};

QTEST_GUILESS_MAIN(TestIndicatorSetRules)
#include "tst_indicatorsetrules.moc"
