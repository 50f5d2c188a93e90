// The score arithmetic against cases computed by hand (veto; 100 − capped deductions with several
// indicators over and under their caps; 60 passes and 59.9 fails, with tenths that drift in
// binary; dismissed and disabled findings; pending needs-review findings shown as "if confirmed"
// but never counted; an edited set's cap, flag and severity), the round's set chosen from the
// findings' recorded version, and the card that sorts findings under the indicators they prove.
// The GUI card is tst_scorecardview.
#include "IndicatorSetStore.h"
#include "RoundFixture.h"
#include "ScoreCard.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QtTest>

#include <functional>

using namespace xj;
using namespace xj::test;

namespace {

Finding finding(const char *code, const char *state, double points = 0, qint64 id = 1)
{
    Finding f;
    f.id = id;
    f.indicator = QString::fromLatin1(code);
    f.severity = QStringLiteral("notice"); // the set's severity wins over what a finding says
    f.points = points;
    f.state = QString::fromLatin1(state);
    return f;
}

// n findings of one code, ids from firstId on.
QList<Finding> many(const char *code, const char *state, int n, double points, qint64 firstId)
{
    QList<Finding> out;
    for (int i = 0; i < n; ++i)
        out << finding(code, state, points, firstId + i);
    return out;
}

ObjectVerdict website()
{
    ObjectVerdict v;
    v.scored = true;
    v.name = QStringLiteral("测试网站");
    v.kind = QStringLiteral("部门网站");
    return v;
}

ObjectVerdict account()
{
    ObjectVerdict v;
    v.type = ObjectType::Account;
    return v;
}

IndicatorSet edited(const std::function<void(IndicatorSettings &)> &change, const QString &code)
{
    IndicatorSet set = IndicatorSet::defaults();
    IndicatorSettings s = *set.settings(code);
    change(s);
    set.setSettings(s);
    return set;
}

QList<qint64> ids(const QList<Finding> &list)
{
    QList<qint64> out;
    for (const Finding &f : list)
        out << f.id;
    return out;
}

qint64 fileFinding(CheckRecords &records, const QString &round, qint64 siteId, const char *code, const char *state, double points,
             const QString &what, qint64 setId = 0)
{
    Finding f = finding(code, state, points, 0);
    f.roundId = round;
    f.objectId = siteId;
    f.evidence = what;
    f.url = QStringLiteral("http://example.gov.cn/%1").arg(what);
    f.source = QStringLiteral("check");
    f.fingerprint = QStringLiteral("%1|%2|%3").arg(f.indicator).arg(siteId).arg(what);
    f.indicatorSetId = setId;
    return records.upsertFinding(f);
}

} // namespace

class TestScoreCard : public QObject {
    Q_OBJECT

private slots:
    void vetoFailsWhateverTheScore()
    {
        const ObjectVerdict v = RoundResults::judge(website(), {finding("W-V1", "confirmed", 0, 1), finding("W-D-LINK", "pending", 0.2, 2)});
        QVERIFY(!v.passed);
        QCOMPARE(v.vetoes, QStringList{QStringLiteral("W-V1")});
        QCOMPARE(v.score, 99.8); // still worked out, but the veto decides
        QCOMPARE(v.reasons(), QStringList{QStringLiteral("W-V1")});
        // An account: an objective veto counts while pending; deductions are not judged.
        const ObjectVerdict a = RoundResults::judge(account(), {finding("M-V2", "pending", 0, 3), finding("W-D-NEWS", "confirmed", 5, 4)});
        QVERIFY(!a.passed);
        QCOMPARE(a.findingIds, QList<qint64>{3});
        QVERIFY(a.deductions.isEmpty());
    }

    void cappedDeductions()
    {
        // By hand: W-D-LINK 7 × 0.2 = 1.4 → cap 1; W-D-IDENT 3 × 0.5 = 1.5 (cap 3); W-D-NEWS 5 + 5
        // = 10 → cap 5; W-D-SEARCH 2 × 1 = 2 (cap 4). 100 − (1 + 1.5 + 5 + 2) = 90.5.
        QList<Finding> all = many("W-D-LINK", "pending", 7, 0.2, 1) + many("W-D-IDENT", "confirmed", 3, 0.5, 20)
                           + many("W-D-NEWS", "pending", 2, 5, 30) + many("W-D-SEARCH", "pending", 2, 1, 40);
        const ObjectVerdict v = RoundResults::judge(website(), all);
        QCOMPARE(v.score, 90.5);
        QVERIFY(v.passed);
        QCOMPARE(v.deductions.value(QStringLiteral("W-D-LINK")), 1.0);
        QCOMPARE(v.rawDeductions.value(QStringLiteral("W-D-LINK")), 1.4);
        QCOMPARE(v.deductions.value(QStringLiteral("W-D-IDENT")), 1.5);
        QCOMPARE(v.rawDeductions.value(QStringLiteral("W-D-IDENT")), 1.5);
        QCOMPARE(v.deductions.value(QStringLiteral("W-D-NEWS")), 5.0);
        QCOMPARE(v.rawDeductions.value(QStringLiteral("W-D-NEWS")), 10.0);
        QCOMPARE(v.deductions.value(QStringLiteral("W-D-SEARCH")), 2.0);
        QCOMPARE(v.deductions.size(), 4);
        QCOMPARE(v.findingIds.size(), all.size());
        QVERIFY(v.pendingFindingIds.isEmpty()); // all objective: pending ones count already
        QCOMPARE(v.scoreIfConfirmed, 90.5);
        QVERIFY(!v.wouldFailIfConfirmed);
    }

    void sixtyPassesFiftyNineNineFails()
    {
        // 5 + 5 + 13 + 4 + 4 + 3 + 6 × 0.5 + 5 × 0.2 + 10 × 0.1 + 7 × 0.1 + 3 × 0.1 = 40: score 60, passes
        // although the tenths do not add up exactly in binary.
        QList<Finding> all{finding("W-D-NEWS", "confirmed", 5, 1), finding("W-D-POLICY", "confirmed", 5, 2),
                           finding("W-D-MSG", "confirmed", 13, 3), finding("W-D-SEARCH", "confirmed", 4, 4),
                           finding("W-D-COLUMN", "confirmed", 4, 5), finding("W-D-DOMAIN", "confirmed", 3, 6)};
        all += many("W-D-IDENT", "pending", 6, 0.5, 10) + many("W-D-FIXIT", "pending", 5, 0.2, 20) + many("W-D-LINK", "pending", 10, 0.1, 30)
             + many("W-D-TAGS", "pending", 7, 0.1, 50) + many("W-D-IPV6", "pending", 3, 0.1, 60);
        ObjectVerdict v = RoundResults::judge(website(), all);
        QCOMPARE(v.score, 60.0);
        QVERIFY(v.score >= 60.0); // exactly, not 59.99999…
        QVERIFY(v.passed);
        all << finding("W-D-TAGS", "pending", 0.1, 70);
        v = RoundResults::judge(website(), all);
        QCOMPARE(v.score, 59.9);
        QVERIFY(!v.passed);
        // A needs-review finding awaiting review on an indicator at its cap: confirming adds nothing.
        all.removeLast();
        all << finding("W-D-DOMAIN", "pending", 0.1, 80);
        v = RoundResults::judge(website(), all);
        QCOMPARE(v.score, 60.0);
        QCOMPARE(v.pendingFindingIds, QList<qint64>{80});
        QCOMPARE(v.pendingDeductions.value(QStringLiteral("W-D-DOMAIN"), -1), 0.0);
        QCOMPARE(v.scoreIfConfirmed, 60.0);
        QVERIFY(!v.wouldFailIfConfirmed);
    }

    void dismissedNotCounted()
    {
        const ObjectVerdict v = RoundResults::judge(website(), {finding("W-V2", "dismissed", 0, 1), finding("W-D-LINK", "dismissed", 0.2, 2),
                                                                finding("W-D-NEWS", "dismissed", 5, 3)});
        QVERIFY(v.passed);
        QCOMPARE(v.score, 100.0);
        QVERIFY(v.findingIds.isEmpty());
        QVERIFY(v.pendingFindingIds.isEmpty());
        QVERIFY(!v.wouldFailIfConfirmed);
    }

    void pendingReviewShownNotCounted()
    {
        // W-D-DOMAIN (needs review): 1 confirmed counts, 1.5 pending does not; W-D-LINK (objective)
        // 0.2 pending counts. 100 − 1.2 = 98.8; if confirmed 100 − 2.7 = 97.3.
        QList<Finding> all{finding("W-D-DOMAIN", "confirmed", 1, 1), finding("W-D-DOMAIN", "pending", 1.5, 2),
                           finding("W-D-LINK", "pending", 0.2, 3)};
        ObjectVerdict v = RoundResults::judge(website(), all);
        QCOMPARE(v.score, 98.8);
        QVERIFY(v.passed);
        QCOMPARE(v.pendingFindingIds, QList<qint64>{2});
        QCOMPARE(v.pendingDeductions.value(QStringLiteral("W-D-DOMAIN")), 1.5);
        QCOMPARE(v.scoreIfConfirmed, 97.3);
        QVERIFY(!v.wouldFailIfConfirmed);
        QVERIFY(v.pendingVetoes.isEmpty());
        // Over the cap when confirmed: 1 + 1.5 + 2 = 4.5 → 3, so confirming adds 2, not 3.5.
        all << finding("W-D-DOMAIN", "pending", 2, 4);
        v = RoundResults::judge(website(), all);
        QCOMPARE(v.pendingDeductions.value(QStringLiteral("W-D-DOMAIN")), 2.0);
        QCOMPARE(v.scoreIfConfirmed, 96.8);
        QCOMPARE(v.score, 98.8);
        // A pending veto: passes now, would fail if confirmed.
        all << finding("W-V1", "pending", 0, 5) << finding("W-N-MAP", "pending", 0, 6);
        v = RoundResults::judge(website(), all);
        QVERIFY(v.passed);
        QCOMPARE(v.pendingVetoes, QStringList{QStringLiteral("W-V1")});
        QVERIFY(v.wouldFailIfConfirmed);
        QCOMPARE(v.pendingFindingIds, (QList<qint64>{2, 4, 5})); // a pending notice fails nothing
        // Near the boundary: 39.5 counted, 1 pending → 60.5 now, 59.5 if confirmed.
        QList<Finding> edge{finding("W-D-NEWS", "confirmed", 5, 1), finding("W-D-POLICY", "confirmed", 5, 2),
                            finding("W-D-MSG", "confirmed", 13, 3), finding("W-D-SEARCH", "confirmed", 4, 4),
                            finding("W-D-COLUMN", "confirmed", 4, 5), finding("W-D-IDENT", "confirmed", 3, 6),
                            finding("W-D-FIXIT", "confirmed", 1, 7), finding("W-D-LINK", "confirmed", 1, 8),
                            finding("W-D-TAGS", "confirmed", 1, 9), finding("W-D-DOMAIN", "confirmed", 2.5, 10),
                            finding("W-D-DOMAIN", "pending", 1, 11)};
        v = RoundResults::judge(website(), edge);
        QCOMPARE(v.score, 60.5);
        QVERIFY(v.passed);
        QCOMPARE(v.scoreIfConfirmed, 60.0); // capped at 3: 0.5 more, still passes
        QVERIFY(!v.wouldFailIfConfirmed);
        // One point moved from W-D-DOMAIN to W-D-IPV6, so that the pending point is under the cap:
        // 5 + 5 + 13 + 4 + 4 + 3 + 1 + 1 + 1 + 1.5 + 1 = 39.5 → 60.5; pending DOMAIN 1 → 2.5 → 59.5.
        edge << finding("W-D-IPV6", "confirmed", 1, 12);
        edge.replace(9, finding("W-D-DOMAIN", "confirmed", 1.5, 10));
        v = RoundResults::judge(website(), edge);
        QCOMPARE(v.score, 60.5);
        QVERIFY(v.passed);
        QCOMPARE(v.scoreIfConfirmed, 59.5);
        QVERIFY(v.wouldFailIfConfirmed);
        // Accounts: a pending M-V1 (needs review) is what would fail it.
        const ObjectVerdict a = RoundResults::judge(account(), {finding("M-V1", "pending", 0, 7)});
        QVERIFY(a.passed);
        QVERIFY(a.wouldFailIfConfirmed);
        QCOMPARE(a.pendingVetoes, QStringList{QStringLiteral("M-V1")});
    }

    void disabledIndicatorCountsNothing()
    {
        IndicatorSet set = edited([](IndicatorSettings &s) { s.enabled = false; }, QStringLiteral("W-V2"));
        IndicatorSettings link = *set.settings(QStringLiteral("W-D-LINK"));
        link.enabled = false;
        set.setSettings(link);
        IndicatorSettings domain = *set.settings(QStringLiteral("W-D-DOMAIN"));
        domain.enabled = false;
        set.setSettings(domain);
        const QList<Finding> all{finding("W-V2", "pending", 0, 1), finding("W-D-LINK", "confirmed", 0.5, 2),
                                 finding("W-D-DOMAIN", "pending", 3, 3), finding("W-D-NEWS", "pending", 5, 4)};
        const ObjectVerdict off = RoundResults::judge(website(), all, {}, set);
        QVERIFY(off.passed);
        QCOMPARE(off.score, 95.0);
        QCOMPARE(off.deductions.keys(), QStringList{QStringLiteral("W-D-NEWS")});
        QVERIFY(off.pendingFindingIds.isEmpty());
        QCOMPARE(off.findingIds, QList<qint64>{4});
        // The same findings by the default set: the veto counts.
        const ObjectVerdict on = RoundResults::judge(website(), all);
        QVERIFY(!on.passed);
        QCOMPARE(on.score, 94.5);
        QCOMPARE(on.pendingFindingIds, QList<qint64>{3});
        // The card keeps a disabled indicator's findings, as not counted.
        const ScoreCard card = ScoreCard::build(off, all, set);
        QVERIFY(card.indicator(QStringLiteral("W-V2")));
        QVERIFY(!card.indicator(QStringLiteral("W-V2"))->enabled);
        QCOMPARE(ids(card.indicator(QStringLiteral("W-V2"))->notCounted), QList<qint64>{1});
        QVERIFY(card.indicator(QStringLiteral("W-D-LINK"))->counted.isEmpty());
    }

    void editedSetChangesTheScore()
    {
        const QList<Finding> links = many("W-D-LINK", "pending", 10, 0.2, 1); // 2 points
        QCOMPARE(RoundResults::judge(website(), links).score, 99.0);             // cap 1
        const IndicatorSet cap2 = edited([](IndicatorSettings &s) { s.maxPoints = 2; }, QStringLiteral("W-D-LINK"));
        QCOMPARE(RoundResults::judge(website(), links, {}, cap2).score, 98.0);
        const IndicatorSet cap05 = edited([](IndicatorSettings &s) { s.maxPoints = 0.5; }, QStringLiteral("W-D-LINK"));
        const ObjectVerdict v = RoundResults::judge(website(), links, {}, cap05);
        QCOMPARE(v.score, 99.5);
        QCOMPARE(v.rawDeductions.value(QStringLiteral("W-D-LINK")), 2.0);
        // W-D-DOMAIN made objective: its pending finding counts at once.
        const QList<Finding> domain{finding("W-D-DOMAIN", "pending", 1, 1)};
        QCOMPARE(RoundResults::judge(website(), domain).score, 100.0);
        const IndicatorSet objective = edited([](IndicatorSettings &s) { s.objective = true; }, QStringLiteral("W-D-DOMAIN"));
        QCOMPARE(RoundResults::judge(website(), domain, {}, objective).score, 99.0);
        // W-N-MAP made a veto: a confirmed one fails the site.
        const QList<Finding> map{finding("W-N-MAP", "confirmed", 0, 1)};
        QVERIFY(RoundResults::judge(website(), map).passed);
        const IndicatorSet veto = edited([](IndicatorSettings &s) { s.severity = QStringLiteral("veto"); }, QStringLiteral("W-N-MAP"));
        QVERIFY(!RoundResults::judge(website(), map, {}, veto).passed);
    }

    void cardTracesEveryPoint()
    {
        QList<Finding> all = many("W-D-LINK", "pending", 3, 0.5, 1);
        all << finding("W-D-DOMAIN", "pending", 1, 10) << finding("W-D-DOMAIN", "dismissed", 1, 11) << finding("W-N-WORDING", "pending", 0, 12)
            << finding("W-V3", "pending", 0, 13);
        const ObjectVerdict v = RoundResults::judge(website(), all);
        const ScoreCard card = ScoreCard::build(v, all, IndicatorSet::defaults());
        QCOMPARE(card.kindCode, QStringLiteral("website"));
        QStringList order;
        for (const IndicatorScore &s : card.indicators)
            order << s.code;
        QCOMPARE(order, (QStringList{QStringLiteral("W-V3"), QStringLiteral("W-D-DOMAIN"), QStringLiteral("W-D-LINK"), QStringLiteral("W-N-WORDING")}));
        const IndicatorScore *link = card.indicator(QStringLiteral("W-D-LINK"));
        QCOMPARE(link->name, QStringLiteral("可用性"));
        QCOMPARE(link->capped, 1.0);
        QCOMPARE(link->raw, 1.5);
        QCOMPARE(link->maxPoints, 1.0);
        QCOMPARE(ids(link->counted), (QList<qint64>{1, 2, 3}));
        const IndicatorScore *domain = card.indicator(QStringLiteral("W-D-DOMAIN"));
        QCOMPARE(ids(domain->pending), QList<qint64>{10});
        QCOMPARE(ids(domain->notCounted), QList<qint64>{11});
        QCOMPARE(domain->pendingPoints, 1.0);
        QCOMPARE(ids(card.indicator(QStringLiteral("W-N-WORDING"))->notCounted), QList<qint64>{12});
        QCOMPARE(card.pendingCount(), 1);
        // Every counted id is on the card, under the indicator it proves.
        QList<qint64> counted;
        for (const IndicatorScore &s : card.indicators)
            counted += ids(s.counted);
        std::sort(counted.begin(), counted.end());
        QCOMPARE(counted, v.findingIds);

        const QJsonObject j = card.toJson();
        QCOMPARE(j.value(QStringLiteral("score")).toDouble(), 99.0);
        QVERIFY(!j.value(QStringLiteral("passed")).toBool()); // W-V3 is objective
        QCOMPARE(j.value(QStringLiteral("vetoes")).toArray(), QJsonArray{QStringLiteral("W-V3")});
        QCOMPARE(j.value(QStringLiteral("deductions")).toObject().value(QStringLiteral("W-D-LINK")).toDouble(), 1.0);
        QCOMPARE(j.value(QStringLiteral("deductions_before_cap")).toObject().value(QStringLiteral("W-D-LINK")).toDouble(), 1.5);
        const QJsonObject pending = j.value(QStringLiteral("pending")).toObject();
        QCOMPARE(pending.value(QStringLiteral("score_if_confirmed")).toDouble(), 98.0);
        QVERIFY(pending.value(QStringLiteral("would_fail_if_confirmed")).toBool());
        QCOMPARE(pending.value(QStringLiteral("findings")).toArray(), QJsonArray{10});
        const QJsonArray findings = j.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), all.size());
        QCOMPARE(findings[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("counted"));
        QCOMPARE(findings[3].toObject().value(QStringLiteral("id")).toInt(), 10);
        QCOMPARE(findings[3].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("if-confirmed"));
        QCOMPARE(findings[4].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("not-counted"));
        // An account's card has no score.
        const QJsonObject acc = ScoreCard::build(RoundResults::judge(account(), {}), {}, IndicatorSet::defaults()).toJson();
        QVERIFY(acc.value(QStringLiteral("score")).isNull());
        QCOMPARE(acc.value(QStringLiteral("kind")).toString(), QStringLiteral("account"));
    }

    void roundIsJudgedByItsFindingsSet_data() { XJ_BACKEND_DATA(); }
    void roundIsJudgedByItsFindingsSet()
    {
        XJ_OPEN_STORE(store);
        RoundFixture fx;
        QVERIFY2(buildSeedRound(*store, &fx), qPrintable(store->lastError()));
        IndicatorSetStore sets(*store);
        const IndicatorSet active = sets.active();
        IndicatorSet cap2 = active;
        IndicatorSettings link = *cap2.settings(QStringLiteral("W-D-LINK"));
        link.maxPoints = 2;
        cap2.setSettings(link);
        QString error;
        const auto saved = sets.save(cap2, QStringLiteral("W-D-LINK cap 2"), &error);
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(!saved->active);

        const qint64 site = fx.sites.value(QStringLiteral("揭阳市发展和改革局网站"));
        CheckRecords records(*store);
        for (int i = 0; i < 10; ++i)
            QVERIFY(fileFinding(records, fx.roundId, site, "W-D-LINK", "pending", 0.2, QStringLiteral("link%1").arg(i)));
        // No finding records a set: the active one (cap 1).
        auto results = RoundResults::compute(*store, fx.roundId);
        QVERIFY(results);
        QCOMPARE(results->indicatorSet.id, active.id);
        auto card = ScoreCard::load(*store, fx.roundId, ObjectType::Site, site, &error);
        QVERIFY2(card, qPrintable(error));
        QCOMPARE(card->verdict.score, 99.0);
        QCOMPARE(card->setId, active.id);
        QVERIFY(card->checked);
        QCOMPARE(card->unit, QStringLiteral("揭阳市人民政府办公室"));

        // The findings were judged by the edited version: the round is, whatever is active.
        for (int i = 0; i < 10; ++i)
            QVERIFY(fileFinding(records, fx.roundId, site, "W-D-LINK", "pending", 0.2, QStringLiteral("link%1").arg(i), saved->id));
        results = RoundResults::compute(*store, fx.roundId);
        QCOMPARE(results->indicatorSet.id, saved->id);
        card = ScoreCard::load(*store, fx.roundId, ObjectType::Site, site, &error);
        QCOMPARE(card->verdict.score, 98.0);
        QCOMPARE(card->setLabel, saved->label());
        const auto sheet = RoundScoreCards::compute(*store, fx.roundId, &error);
        QVERIFY2(sheet, qPrintable(error));
        QCOMPARE(sheet->cards.size(), 10 + 3 + 86);
        for (const ScoreCard &c : sheet->cards)
            if (c.verdict.id == site && c.kindCode == QLatin1String("website"))
                QCOMPARE(c.verdict.score, 98.0);
        QCOMPARE(sheet->toJson().value(QStringLiteral("indicator_set")).toObject().value(QStringLiteral("id")).toInteger(), saved->id);

        // The fixture's verdicts: a confirmed W-V1; an objective W-D-IDENT pending (counts).
        card = ScoreCard::load(*store, fx.roundId, ObjectType::Site, fx.sites.value(QStringLiteral("揭东区人民政府门户网站")), &error);
        QVERIFY(!card->verdict.passed);
        QCOMPARE(card->verdict.vetoes, QStringList{QStringLiteral("W-V1")});
        card = ScoreCard::load(*store, fx.roundId, ObjectType::Site, fx.sites.value(QStringLiteral("信用揭阳网")), &error);
        QCOMPARE(card->verdict.score, 99.5);
        // Taken offline in the window: a card, but not one of the round's checked objects.
        card = ScoreCard::load(*store, fx.roundId, ObjectType::Site, fx.sites.value(QStringLiteral("空港经济区管委会门户网站")), &error);
        QVERIFY(card);
        QVERIFY(!card->checked);
        QVERIFY(!ScoreCard::load(*store, QStringLiteral("2099Q1"), ObjectType::Site, site, &error));
        QVERIFY(!ScoreCard::load(*store, fx.roundId, ObjectType::Site, 999999, &error));
    }
};

QTEST_GUILESS_MAIN(TestScoreCard)
#include "tst_scorecard.moc"
