// probe | monitor --interval 72m | availability ROUND
#include "CliCommands.h"
#include "IndicatorSetStore.h"

#include "Availability.h"
#include "ProbeRunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace xj::cli {

namespace {
std::atomic_bool g_stop{false};
void onStop(int)
{
    g_stop = true;
}

// One pass over the sites; returns an exit status.
int probeOnce(Store &store, const QStringList &targets, bool quiet)
{
    ProbeRunner runner(store);
    int status = kOk;
    QObject::connect(&runner, &ProbeRunner::probed, &runner, [quiet](const Probe &p, const QString &name) {
        if (!quiet)
            out() << (p.ok ? "ok  " : "FAIL") << '\t' << p.httpStatus << '\t' << p.elapsedMs << " ms\t" << name
                  << (p.error.isEmpty() ? QString() : QStringLiteral("\t") + p.error) << Qt::endl;
    });
    QObject::connect(&runner, &ProbeRunner::finished, &runner, [](int, int) { QCoreApplication::exit(0); });
    QString error;
    if (!runner.start(targets, &error)) {
        err() << "xunjian probe: " << error << Qt::endl;
        return kBadInput;
    }
    QCoreApplication::exec();
    return status;
}
} // namespace

int probeCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("target"), CliTr::tr("Probe only this site (repeatable)."), QStringLiteral("NAME")});
    if (!parse(p, QStringLiteral("probe"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    return probeOnce(*store, p.values(QStringLiteral("target")), false);
}

int monitorCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("interval"), CliTr::tr("Time between passes: 72m, 30s, 1h (default 72m: 20 probes a day)."),
                 QStringLiteral("TIME"), QStringLiteral("72m")});
    p.addOption({QStringLiteral("passes"), CliTr::tr("Stop after this many passes (default: run until stopped)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("target"), CliTr::tr("Probe only this site (repeatable)."), QStringLiteral("NAME")});
    if (!parse(p, QStringLiteral("monitor"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    static const QRegularExpression shape(QStringLiteral("^(\\d+)(s|m|h)$"));
    const auto m = shape.match(p.value(QStringLiteral("interval")));
    const qint64 unit = m.captured(2) == QLatin1String("h") ? 3600000 : m.captured(2) == QLatin1String("m") ? 60000 : 1000;
    const qint64 intervalMs = m.hasMatch() ? m.captured(1).toLongLong() * unit : 0;
    if (intervalMs < 1000) {
        err() << CliTr::tr("xunjian monitor: --interval takes a time like 72m, 30s or 1h") << Qt::endl;
        return kBadInput;
    }
    const int passes = p.value(QStringLiteral("passes")).toInt();
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    std::signal(SIGINT, onStop);
    std::signal(SIGTERM, onStop);
    // A service: one line per pass, and a clean stop on SIGTERM between passes.
    for (int pass = 1; !g_stop && (passes <= 0 || pass <= passes); ++pass) {
        const QDateTime started = QDateTime::currentDateTime();
        if (const int s = probeOnce(*store, p.values(QStringLiteral("target")), true))
            return s;
        out() << CliTr::tr("pass %1 done at %2").arg(pass).arg(QDateTime::currentDateTime().toString(Qt::ISODate)) << Qt::endl;
        if (passes > 0 && pass >= passes)
            break;
        qint64 wait = std::max<qint64>(0, intervalMs - started.msecsTo(QDateTime::currentDateTime()));
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&wait, &tick] {
            wait -= 200;
            if (g_stop || wait <= 0)
                QCoreApplication::exit(0);
        });
        tick.start(200);
        QCoreApplication::exec();
    }
    return kOk;
}

int availabilityCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ROUND"), CliTr::tr("The round."));
    p.addOption({QStringLiteral("format"), CliTr::tr("text or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parse(p, QStringLiteral("availability"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    const auto round = p.positionalArguments().size() == 1 ? store->round(p.positionalArguments().first()) : std::nullopt;
    if (!round) {
        err() << CliTr::tr("xunjian availability: name an existing round") << Qt::endl;
        return kBadInput;
    }
    CheckRecords records(*store);
    const AvailabilityRules rules = AvailabilityRules::fromSet(IndicatorSetStore(*store).active());
    QJsonArray all;
    for (const Site &s : store->sites()) {
        if (s.kind == SiteKind::Channel || store->statusAt(ObjectType::Site, s.id, round->asOf).value_or(s.status) != ObjectStatus::Running)
            continue;
        const AvailabilityReport r = Availability::assess(records, s, *round, rules);
        if (p.value(QStringLiteral("format")) == QLatin1String("json"))
            all.append(QJsonObject{{QStringLiteral("site"), s.name},
                                   {QStringLiteral("probes"), r.probes},
                                   {QStringLiteral("failures"), r.failures},
                                   {QStringLiteral("days_with_probes"), r.daysWithProbes},
                                   {QStringLiteral("days_monitored"), r.daysMonitored},
                                   {QStringLiteral("failure_rate"), qRound(r.failureRatio * 1000) / 10.0},
                                   {QStringLiteral("verdict"), AvailabilityReport::verdictCode(r.verdict)}});
        else
            out() << r.text() << '\n';
    }
    if (p.value(QStringLiteral("format")) == QLatin1String("json"))
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
    out().flush();
    return kOk;
}

} // namespace xj::cli
