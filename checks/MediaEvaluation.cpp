#include "MediaEvaluation.h"

#include "IndicatorSetStore.h"
#include "RoundScope.h"

#include <QCoreApplication>

namespace xj {

std::optional<MediaEvaluationReport> MediaEvaluation::run(Store &store, const Round &round, QString *error)
{
    return run(store, round, IndicatorSetStore(store).active(), error);
}

std::optional<MediaEvaluationReport> MediaEvaluation::run(Store &store, const Round &round, const IndicatorSet &set,
                                                          QString *error)
{
    const MediaThresholds t = MediaThresholds::fromSet(set);
    auto fail = [&](const QString &why) -> std::optional<MediaEvaluationReport> {
        if (error)
            *error = why;
        store.rollback();
        return std::nullopt;
    };
    MediaRecords media(store);
    CheckRecords records(store);
    const QDate asOf = round.asOf.isValid() ? round.asOf : round.windowTo;
    MediaEvaluationReport report;
    report.indicatorSetId = set.id;
    report.indicatorSet = set.label();
    QList<MediaInput> inputs;
    bool anyPost = false;
    for (const Account &a : store.accounts()) {
        if (!RoundScope::runningAt(store, a, asOf))
            continue;
        MediaInput in{a, media.posts(a.id), media.reminders(a.id), media.messages(ObjectType::Account, a.id)};
        anyPost = anyPost || !in.posts.isEmpty();
        inputs.append(in);
        report.accountIds.append(a.id);
    }
    report.accounts = int(inputs.size());
    report.postsMissing = !inputs.isEmpty() && !anyPost;
    static const QStringList postRules = {QStringLiteral("M-V2"), QStringLiteral("M-P-DEADLINE"), QStringLiteral("M-P-REMIND")};
    QStringList evaluated = MediaRules::codes();
    if (report.postsMissing)
        for (const QString &c : postRules)
            evaluated.removeAll(c);

    if (!store.begin())
        return fail(store.lastError());
    QSet<QString> filed;
    for (const MediaInput &in : std::as_const(inputs)) {
        for (Finding f : MediaRules::evaluate(in, round, t)) {
            if (!evaluated.contains(f.indicator) || !set.enabled(f.indicator))
                continue;
            f.severity = set.severity(f.indicator);
            f.indicatorSetId = set.id;
            if (!records.upsertFinding(f))
                return fail(store.lastError());
            filed.insert(f.fingerprint);
            ++report.perIndicator[f.indicator];
        }
    }
    report.filed = int(filed.size());
    report.removed = records.removeStaleFindings(round.id, QStringLiteral("check"), evaluated, filed);
    if (!store.commit())
        return fail(store.lastError());
    return report;
}

} // namespace xj
