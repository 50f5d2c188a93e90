#pragma once
// The site-level website rules of a check run, judged from what page analysis kept (pages.facts)
// and from the registry and imported records: freshness (W-V3, W-V4, W-D-NEWS, W-D-POLICY,
// W-D-COLUMN), identity (W-D-IDENT, W-D-DOMAIN, W-D-TAGS, W-D-FIXIT) and messages (W-V5,
// W-D-MSG). Because it reads stored facts, a run can be judged again under an edited indicator
// set without fetching anything (`xunjian evaluate`).
//
// Threading: on the thread that owns the Store.

#include "CheckRecords.h"
#include "IndicatorSet.h"

#include <optional>

namespace xj {

struct WebsiteEvaluationReport {
    qint64 runId = 0; // the newest finished run (each site is judged from the newest run that crawled it)
    int sites = 0;
    int filed = 0;   // findings filed or refreshed
    int removed = 0; // site-level findings of the run no longer found
    QMap<QString, int> perIndicator;
    QStringList notes; // what could not be judged, translated
};

class WebsiteEvaluation {
public:
    // The indicators judged here, in the order of indicators.md.
    static QStringList codes();
    // The findings of the given sites in run `runId` (not filed).
    static std::optional<QList<Finding>> evaluate(Store &store, qint64 runId, const Round &round, const IndicatorSet &set,
                                                  const QList<qint64> &siteIds, QString *error = nullptr,
                                                  QStringList *notes = nullptr);
    // Judges every site again from the newest finished run that crawled it, and files the result:
    // findings of codes() no longer found are removed (pending ones only: an inspector's decision
    // is never thrown away).
    static std::optional<WebsiteEvaluationReport> rejudge(Store &store, const Round &round, const IndicatorSet &set,
                                                          QString *error = nullptr);
};

} // namespace xj
