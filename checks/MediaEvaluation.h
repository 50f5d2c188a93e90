#pragma once
// Runs MediaRules over the accounts running at a round's as-of date and files what they find with
// CheckRecords (source "check", fingerprint "<code>|<account id>"): a repeated evaluation updates
// the same findings and keeps inspectors' decisions; the undecided findings of these rules that
// are not found again (a post imported since, a name corrected) are removed.
//
// When no running account has a single post on record, the posts were not imported: the rules
// that read posts (M-V2, M-P-DEADLINE, M-P-REMIND) are skipped and the report says so — missing
// data is not turned into 86 vetoes.
//
// The rules judge by an indicator set (the store's active one unless another is given): its M-*
// thresholds, its severities; an indicator it disables files nothing (and its earlier undecided
// findings go). Every finding records the set's id.

#include "MediaRules.h"

#include <QMap>

namespace xj {

struct MediaEvaluationReport {
    int accounts = 0;          // running at the as-of date, evaluated
    int filed = 0;             // findings filed or refreshed
    int removed = 0;           // earlier undecided findings not found again
    bool postsMissing = false; // no post on record for any of them: post rules skipped
    QMap<QString, int> perIndicator;
    QList<qint64> accountIds;  // the accounts evaluated
    qint64 indicatorSetId = 0; // the set judged by (0: the built-in one, not stored)
    QString indicatorSet;      // its label, "国办秘函〔2019〕19号 v1"
};

class MediaEvaluation {
public:
    // Under the store's active indicator set (IndicatorSetStore::active).
    static std::optional<MediaEvaluationReport> run(Store &store, const Round &round, QString *error = nullptr);
    static std::optional<MediaEvaluationReport> run(Store &store, const Round &round, const IndicatorSet &set,
                                                    QString *error = nullptr);
};

} // namespace xj
