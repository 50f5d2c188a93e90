#include "Availability.h"

#include <QCoreApplication>
#include <QMap>

namespace xj {

QString AvailabilityReport::verdictCode(Verdict v)
{
    switch (v) {
    case Pass:
        return QStringLiteral("pass");
    case Veto:
        return QStringLiteral("veto");
    case InsufficientCoverage:
        return QStringLiteral("insufficient-coverage");
    }
    return {};
}

QString AvailabilityReport::text() const
{
    const QString ratio = QString::number(failureRatio * 100.0, 'f', 1);
    switch (verdict) {
    case Veto:
        return QCoreApplication::translate("Availability", "%1: %2 of %3 probes failed (%4%) over %5 monitored days: not reachable")
            .arg(siteName).arg(failures).arg(probes).arg(ratio).arg(daysMonitored);
    case Pass:
        return QCoreApplication::translate("Availability", "%1: %2 of %3 probes failed (%4%) over %5 monitored days")
            .arg(siteName).arg(failures).arg(probes).arg(ratio).arg(daysMonitored);
    case InsufficientCoverage:
        return QCoreApplication::translate("Availability",
                                           "%1: not enough probes to judge — %2 days with %3 or more probes (%4 days are needed), "
                                           "%5 probes in all, %6 failed")
            .arg(siteName).arg(daysMonitored).arg(minProbesPerDay).arg(minDays).arg(probes).arg(failures);
    }
    return {};
}

AvailabilityRules AvailabilityRules::fromSet(const IndicatorSet &set)
{
    const AvailabilityRules d;
    AvailabilityRules r;
    const QString code = QStringLiteral("W-V2");
    r.minDays = set.integer(code, QStringLiteral("minDays"), d.minDays);
    r.minProbesPerDay = set.integer(code, QStringLiteral("probesPerDay"), d.minProbesPerDay);
    r.maxFailureRatio = set.number(code, QStringLiteral("failPercent"), d.maxFailureRatio * 100.0) / 100.0;
    return r;
}

AvailabilityReport Availability::assess(const CheckRecords &records, const Site &site, const Round &round,
                                        const AvailabilityRules &rules)
{
    AvailabilityReport r;
    r.siteId = site.id;
    r.siteName = site.name;
    r.minDays = rules.minDays;
    r.minProbesPerDay = rules.minProbesPerDay;
    const QDateTime from(round.windowFrom, QTime(0, 0));
    const QDateTime to(round.windowTo.addDays(1), QTime(0, 0));
    QMap<QDate, int> perDay;
    for (const Probe &p : records.probes(site.id, from.toUTC(), to.toUTC())) {
        ++r.probes;
        if (!p.ok)
            ++r.failures;
        ++perDay[p.at.toLocalTime().date()];
    }
    r.daysWithProbes = int(perDay.size());
    for (int n : std::as_const(perDay))
        if (n >= rules.minProbesPerDay)
            ++r.daysMonitored;
    r.failureRatio = r.probes > 0 ? double(r.failures) / r.probes : 0.0;
    if (r.daysMonitored < rules.minDays)
        r.verdict = AvailabilityReport::InsufficientCoverage;
    else
        r.verdict = r.failures * 1.0 >= rules.maxFailureRatio * r.probes - 1e-9 && r.failures > 0 ? AvailabilityReport::Veto
                                                                                                  : AvailabilityReport::Pass;
    return r;
}

std::optional<Finding> Availability::finding(const AvailabilityReport &report, const Site &site, const Round &round)
{
    if (report.verdict != AvailabilityReport::Veto)
        return std::nullopt;
    Finding f;
    f.roundId = round.id;
    f.objectType = ObjectType::Site;
    f.objectId = site.id;
    f.indicator = QStringLiteral("W-V2");
    f.severity = QStringLiteral("veto");
    f.url = site.url;
    f.evidence = report.text();
    f.details = {{QStringLiteral("probes"), report.probes},
                 {QStringLiteral("failures"), report.failures},
                 {QStringLiteral("days_monitored"), report.daysMonitored},
                 {QStringLiteral("failure_ratio"), report.failureRatio}};
    f.fingerprint = QStringLiteral("W-V2|") + QString::number(site.id);
    return f;
}

std::optional<Finding> Availability::finding(const AvailabilityReport &report, const Site &site, const Round &round,
                                             const IndicatorSet &set)
{
    const QString code = QStringLiteral("W-V2");
    if (!set.enabled(code))
        return std::nullopt;
    std::optional<Finding> f = finding(report, site, round);
    if (f) {
        f->severity = set.severity(code);
        f->indicatorSetId = set.id;
    }
    return f;
}

} // namespace xj
