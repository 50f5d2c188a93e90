#include "ProbeRunner.h"

#include "Fetcher.h"

#include <QCoreApplication>

namespace xj {

ProbeRunner::ProbeRunner(Store &store, QObject *parent) : QObject(parent), m_records(store)
{
    qRegisterMetaType<xj::Probe>();
}

ProbeRunner::~ProbeRunner() = default;

bool ProbeRunner::start(const QStringList &targets, QString *error)
{
    QList<Site> sites;
    const QList<Site> all = m_records.store().sites();
    for (const QString &t : targets) {
        if (std::none_of(all.begin(), all.end(), [&t](const Site &s) { return s.name == t; })) {
            *error = QCoreApplication::translate("ProbeRunner", "no site named %1 in the registry").arg(t);
            return false;
        }
    }
    for (const Site &s : all)
        if (s.kind != SiteKind::Channel && s.status == ObjectStatus::Running && (targets.isEmpty() || targets.contains(s.name)))
            sites.append(s);
    if (sites.isEmpty()) {
        *error = QCoreApplication::translate("ProbeRunner", "no running website to probe");
        return false;
    }
    // A probe is one visitor's visit: no robots.txt, no retry, the indicator's time limit.
    FetchPolicy policy;
    policy.obeyRobots = false;
    policy.maxRetries = 0;
    policy.timeoutMs = m_timeoutMs;
    policy.stallTimeoutMs = m_timeoutMs;
    policy.tlsErrorsAllowed = true;
    policy.hostIntervalMs = 0;
    policy.maxConcurrent = 16;
    m_fetcher = std::make_unique<Fetcher>(policy);
    connect(m_fetcher.get(), &Fetcher::finished, this, &ProbeRunner::onFetched);
    for (const Site &s : std::as_const(sites))
        m_pending.insert(m_fetcher->enqueue(FetchRequest{QUrl(s.url), "GET", 0, {}}), s);
    return true;
}

void ProbeRunner::onFetched(const FetchResult &result)
{
    const Site site = m_pending.take(result.id);
    if (!site.id)
        return;
    const HttpExchange *last = result.last();
    Probe p;
    p.siteId = site.id;
    p.at = last && last->startedAt.isValid() ? last->startedAt : QDateTime::currentDateTimeUtc();
    p.httpStatus = last ? last->statusCode : 0;
    p.elapsedMs = last ? int(last->elapsedMs) : 0;
    p.ok = result.ok() && p.httpStatus >= 200 && p.httpStatus < 400;
    p.error = result.ok() ? (p.ok ? QString() : QStringLiteral("http-%1").arg(p.httpStatus)) : fetchErrorCode(result.error);
    m_records.addProbe(p);
    ++m_done;
    if (!p.ok)
        ++m_failures;
    emit probed(p, site.name);
    if (m_pending.isEmpty())
        emit finished(m_done, m_failures);
}

} // namespace xj
