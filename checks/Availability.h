#pragma once
// W-V2 站点无法访问, from the probes kept in the store: monitored at least a week inside the
// round's window, at least 20 spaced probes a day, failures ≥ 5 % → veto (indicators.md). Where
// the probes do not cover that much, the report says so — a shortfall is shown, never hidden, and
// no veto is inferred from too few probes.

#include "CheckRecords.h"
#include "IndicatorSet.h"

namespace xj {

struct AvailabilityRules {
    int minDays = 7;              // monitored for at least a week
    int minProbesPerDay = 20;     // a day counts as monitored with this many probes
    double maxFailureRatio = 0.05; // failures ≥ this share of probes → veto

    // The W-V2 parameters of a set: minDays, probesPerDay, failPercent (5 = 5 %).
    static AvailabilityRules fromSet(const IndicatorSet &set);
};

struct AvailabilityReport {
    qint64 siteId = 0;
    QString siteName;
    int probes = 0;
    int failures = 0;
    int daysWithProbes = 0;
    int daysMonitored = 0; // days with at least minProbesPerDay probes
    double failureRatio = 0;
    int minDays = 7;           // the rules judged by, for text()
    int minProbesPerDay = 20;
    enum Verdict { Pass, Veto, InsufficientCoverage } verdict = InsufficientCoverage;
    QString text() const;  // one line for people, translated
    static QString verdictCode(Verdict v); // pass, veto, insufficient-coverage
};

class Availability {
public:
    // Probes from the window's first day 00:00 to the day after its last, local time.
    static AvailabilityReport assess(const CheckRecords &records, const Site &site, const Round &round,
                                     const AvailabilityRules &rules = {});
    // The W-V2 finding for a veto (fingerprint "W-V2|<site id>"), else nullopt.
    static std::optional<Finding> finding(const AvailabilityReport &report, const Site &site, const Round &round);
    // The same under a set: nothing when it disables W-V2; its severity; stamped with its id.
    static std::optional<Finding> finding(const AvailabilityReport &report, const Site &site, const Round &round,
                                          const IndicatorSet &set);
};

} // namespace xj
