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
                                           "%1: not enough probes to judge — %2 days with 20 or more probes (a week is needed), "
                                           "%3 probes in all, %4 failed")
            .arg(siteName).arg(daysMonitored).arg(probes).arg(failures);
    }
    return {};
}

AvailabilityReport Availability::assess(const CheckRecords &records, const Site &site, const Round &round,
                                        const AvailabilityRules &rules)
{
    AvailabilityReport r;
    r.siteId = site.id;
    r.siteName = site.name;
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

} // namespace xj
