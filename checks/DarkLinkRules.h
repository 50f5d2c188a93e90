#pragma once
// W-N-DARKLINK findings from the hidden links of one page (DarkLinkDetector, RenderedDarkLinks).
// A notice that needs a person's review: a confirmed 暗链 to gambling or porn content feeds the
// W-V1 veto (indicators.md). One finding per page and target URL (fingerprint
// "W-N-DARKLINK|<site id>|<page url>|<target url>"), so the same link found again by a later run,
// or by both passes, is one finding; links to the site's own hosts are never filed.

#include "CheckRecords.h"
#include "DarkLinkDetector.h"
#include "Domain.h"
#include "IndicatorSet.h"

#include <QCoreApplication>

namespace xj {

class DarkLinkRules {
    Q_DECLARE_TR_FUNCTIONS(DarkLinkRules)

public:
    static QString code() { return QStringLiteral("W-N-DARKLINK"); }
    // The indicator set's keyword list that marks a hidden link severe (key "severeKeywords").
    static QStringList severeKeywords(const IndicatorSet &set);

    // Nothing when the indicator is disabled in `set`.
    static QList<Finding> findings(const Site &site, qint64 pageId, const QString &pageUrl, const QList<HiddenLink> &links,
                                   const IndicatorSet &set);
};

} // namespace xj
