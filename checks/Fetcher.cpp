#include "Fetcher.h"

#include "HttpClient.h"
#include "UrlNormalizer.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <vector>

namespace xj {

namespace {
    constexpr int kRobotsMaxRedirects = 5; // RFC 9309 2.3.1.2: follow at least five

    FetchPolicy sanitized(FetchPolicy p)
    {
        // Zero or negative limits would leave requests queued forever.
        p.maxConcurrent = qMax(1, p.maxConcurrent);
        p.maxPerHost = qMax(1, p.maxPerHost);
        p.hostIntervalMs = qMax(0, p.hostIntervalMs);
        p.maxRedirects = qMax(0, p.maxRedirects);
        p.maxRetries = qMax(0, p.maxRetries);
        return p;
    }
} // namespace

Fetcher::Fetcher(const FetchPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_policy(sanitized(policy))
    , m_wake(this) // parented so that moveToThread() takes it along
{
    qRegisterMetaType<FetchRequest>();
    qRegisterMetaType<FetchResult>();
    m_clock.start();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &Fetcher::schedule);
}

Fetcher::~Fetcher()
{
    // Clients are children and go with us; make sure none reports into a half-destroyed object.
    for (auto &entry : m_active)
        entry.first->disconnect(this);
}

void Fetcher::setPolicy(const FetchPolicy &policy)
{
    m_policy = sanitized(policy);
    m_wake.start(0);
}

QString Fetcher::hostKey(const QUrl &url)
{
    return url.host().toLower();
}

QString Fetcher::originKey(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':')
         + QString::number(url.port(scheme == QLatin1String("https") ? 443 : 80));
}

quint64 Fetcher::enqueue(const FetchRequest &request)
{
    auto job = std::make_unique<Job>();
    job->request = request;
    if (job->request.id == 0)
        job->request.id = m_nextId++;
    job->method = request.method.isEmpty() ? QByteArray("GET") : request.method.toUpper();
    job->result.id = job->request.id;
    job->result.requestedUrl = request.url;
    job->result.method = job->method;
    job->url = UrlNormalizer::normalize(request.url);
    job->seq = m_nextSeq++;
    const QString scheme = job->url.scheme();
    const bool fetchable = job->url.isValid() && !job->url.host().isEmpty()
                        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
                        && (job->method == "GET" || job->method == "HEAD");
    const quint64 id = job->request.id;
    if (!fetchable) {
        // Reported from the event loop, like every other result, never from inside enqueue().
        m_rejected.push_back(std::move(job));
        if (m_rejected.size() == 1)
            QMetaObject::invokeMethod(this, &Fetcher::flushRejected, Qt::QueuedConnection);
        return id;
    }
    job->seen << job->url.toString(QUrl::FullyEncoded);
    queueJob(std::move(job), false);
    emitProgress();
    m_wake.start(0); // schedule on the next turn: enqueue() never emits `finished`
    return id;
}

void Fetcher::queueJob(std::unique_ptr<Job> job, bool front)
{
    if (job->robotsOrigin.isEmpty())
        ++m_queued;
    Host &host = m_hosts[hostKey(job->url)];
    if (front)
        host.queue.push_front(std::move(job));
    else
        host.queue.push_back(std::move(job));
}

void Fetcher::schedule()
{
    m_wake.stop();
    qint64 wakeAt = -1;
    // Each round starts or settles one job; the bound only guards against a logic error.
    for (int round = 0; round < 1000000; ++round)
        if (!startNext(m_clock.elapsed(), &wakeAt))
            break;
    if (wakeAt >= 0)
        m_wake.start(int(qMax<qint64>(1, wakeAt - m_clock.elapsed())));
    emitProgress();
}

// Picks the job to run next: among hosts under their limits and past their interval, the one
// whose head job was enqueued first (so one busy host cannot starve the rest).
bool Fetcher::startNext(qint64 now, qint64 *wakeAtMs)
{
    if (int(m_active.size()) >= m_policy.maxConcurrent)
        return false;
    QString bestKey;
    QString disallowedKey;
    quint64 bestSeq = std::numeric_limits<quint64>::max();
    for (const auto &entry : m_hosts) {
        const Host &host = entry.second;
        if (host.queue.empty() || host.active >= m_policy.maxPerHost)
            continue;
        const Job &head = *host.queue.front();
        if (m_policy.obeyRobots && head.robotsOrigin.isEmpty()) {
            const auto robots = m_robots.constFind(originKey(head.url));
            if (robots != m_robots.cend() && robots->state == RobotsState::Fetching)
                continue;
            if (robots != m_robots.cend() && robots->state == RobotsState::Ready
                && !robots->rules.isAllowed(head.url)) {
                disallowedKey = entry.first; // settled without a connection, so no interval applies
                break;
            }
        }
        const qint64 readyAt = host.lastStartMs < 0 ? 0 : host.lastStartMs + m_policy.hostIntervalMs;
        if (now < readyAt) {
            *wakeAtMs = *wakeAtMs < 0 ? readyAt : qMin(*wakeAtMs, readyAt);
            continue;
        }
        if (head.seq < bestSeq) {
            bestSeq = head.seq;
            bestKey = entry.first;
        }
    }
    const QString key = disallowedKey.isEmpty() ? bestKey : disallowedKey;
    if (key.isEmpty())
        return false;
    Host &host = m_hosts[key];
    std::unique_ptr<Job> job = std::move(host.queue.front());
    host.queue.pop_front();
    if (job->robotsOrigin.isEmpty())
        --m_queued;
    if (!disallowedKey.isEmpty()) {
        const QString detail
            = QCoreApplication::translate("Fetcher", "robots.txt disallows %1").arg(job->url.toDisplayString());
        complete(std::move(job), FetchError::RobotsDisallowed, detail);
        return true;
    }
    const QString origin = originKey(job->url);
    if (m_policy.obeyRobots && job->robotsOrigin.isEmpty() && m_robots[origin].state == RobotsState::Unknown) {
        // robots.txt first, once per origin; the job waits at the head of its host's queue.
        m_robots[origin].state = RobotsState::Fetching;
        auto robots = std::make_unique<Job>();
        robots->robotsOrigin = origin;
        robots->url = job->url.resolved(QUrl(QStringLiteral("/robots.txt")));
        robots->method = "GET";
        robots->seq = job->seq;
        robots->seen << robots->url.toString(QUrl::FullyEncoded);
        robots->result.requestedUrl = robots->url;
        robots->result.method = robots->method;
        queueJob(std::move(job), true);
        startJob(std::move(robots), now);
    } else {
        startJob(std::move(job), now);
    }
    return true;
}

void Fetcher::startJob(std::unique_ptr<Job> job, qint64 now)
{
    Host &host = m_hosts[hostKey(job->url)];
    ++host.active;
    host.lastStartMs = now;
    FetchPolicy policy = m_policy;
    if (!job->request.userAgent.isEmpty())
        policy.userAgent = job->request.userAgent;
    auto *client = new HttpClient(policy, this);
    connect(client, &HttpClient::finished, this, [this, client] { onClientFinished(client); });
    const QUrl url = job->url;
    const QByteArray method = job->method;
    m_active[client] = std::move(job);
    client->start(url, method);
}

void Fetcher::onClientFinished(HttpClient *client)
{
    const auto it = m_active.find(client);
    if (it == m_active.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_active.erase(it);
    const HttpExchange ex = client->exchange();
    client->deleteLater();
    Host &host = m_hosts[hostKey(job->url)];
    host.active = qMax(0, host.active - 1);

    if (!job->robotsOrigin.isEmpty()) {
        handleRobotsResult(std::move(job), ex);
    } else if ((ex.error == FetchError::Timeout || ex.error == FetchError::Reset) && job->method == "GET"
               && job->attempt < m_policy.maxRetries) {
        // Transient failures get a bounded second chance; the failed attempt stays on record.
        job->result.retried.append(ex);
        ++job->attempt;
        queueJob(std::move(job), true);
    } else {
        job->result.chain.append(ex);
        followOrFinish(std::move(job));
    }
    schedule();
}

void Fetcher::followOrFinish(std::unique_ptr<Job> job)
{
    const HttpExchange &ex = job->result.chain.constLast();
    if (ex.error != FetchError::Ok || !ex.isRedirect()) {
        const FetchError error = ex.error;
        const QString detail = ex.errorDetail;
        complete(std::move(job), error, detail);
        return;
    }
    const QUrl next = UrlNormalizer::resolve(job->url, QString::fromUtf8(ex.header("Location")));
    if (!next.isValid()) {
        complete(std::move(job), FetchError::Ok, QString()); // redirect to mailto: etc.: the 3xx is the answer
        return;
    }
    if (job->result.chain.size() - 1 >= m_policy.maxRedirects) {
        const QString detail
            = QCoreApplication::translate("Fetcher", "more than %1 redirects").arg(m_policy.maxRedirects);
        complete(std::move(job), FetchError::TooManyRedirects, detail);
        return;
    }
    const QString key = next.toString(QUrl::FullyEncoded);
    if (job->seen.contains(key)) {
        complete(std::move(job), FetchError::RedirectLoop,
                 QCoreApplication::translate("Fetcher", "redirected back to %1").arg(next.toDisplayString()));
        return;
    }
    job->seen << key;
    job->url = next;
    job->attempt = 0;
    queueJob(std::move(job), true); // keeps its place: the next hop goes before later requests
}

void Fetcher::handleRobotsResult(std::unique_ptr<Job> job, const HttpExchange &ex)
{
    job->result.chain.append(ex);
    if (ex.error == FetchError::Ok && ex.isRedirect() && job->result.chain.size() <= kRobotsMaxRedirects) {
        const QUrl next = UrlNormalizer::resolve(job->url, QString::fromUtf8(ex.header("Location")));
        const QString key = next.toString(QUrl::FullyEncoded);
        if (next.isValid() && !job->seen.contains(key)) {
            job->seen << key;
            job->url = next;
            queueJob(std::move(job), true);
            return;
        }
    }
    const QString origin = job->robotsOrigin;
    job->result.finalUrl = job->url;
    job->result.error = ex.error;
    job->result.errorDetail = ex.errorDetail;
    Robots &robots = m_robots[origin];
    if (ex.error != FetchError::Ok)
        robots.rules = RobotsTxt::allowAll(
            QCoreApplication::translate("Fetcher", "robots.txt could not be fetched (%1); everything allowed")
                .arg(fetchErrorCode(ex.error)));
    else if (ex.statusCode >= 200 && ex.statusCode < 300)
        robots.rules = RobotsTxt::parse(ex.body, m_policy.robotsAgent);
    else if (ex.statusCode >= 500)
        robots.rules = RobotsTxt::allowAll(
            QCoreApplication::translate("Fetcher", "robots.txt unavailable (HTTP %1); everything allowed")
                .arg(ex.statusCode));
    else
        robots.rules = RobotsTxt::allowAll(); // 4xx (or a redirect going nowhere): no rules
    robots.state = RobotsState::Ready;
    job->result.robotsNote = robots.rules.note();
    emit robotsFetched(origin, job->result);
}

void Fetcher::complete(std::unique_ptr<Job> job, FetchError error, const QString &detail)
{
    FetchResult result = std::move(job->result);
    result.error = error;
    result.errorDetail = detail;
    result.finalUrl = job->url;
    if (m_policy.obeyRobots)
        result.robotsNote = m_robots.value(originKey(job->url)).rules.note();
    ++m_finished;
    emit finished(result);
}

void Fetcher::flushRejected()
{
    while (!m_rejected.empty()) {
        std::unique_ptr<Job> job = std::move(m_rejected.front());
        m_rejected.pop_front();
        const QString detail = QCoreApplication::translate("Fetcher", "cannot fetch %1: only http(s) GET and HEAD")
                                   .arg(job->request.url.toDisplayString());
        complete(std::move(job), FetchError::BadUrl, detail);
    }
    emitProgress();
}

void Fetcher::cancelAll()
{
    m_wake.stop();
    std::vector<std::unique_ptr<Job>> cancelled;
    for (auto &entry : m_hosts) {
        Host &host = entry.second;
        for (auto &job : host.queue) {
            if (job->robotsOrigin.isEmpty())
                cancelled.push_back(std::move(job));
            else
                m_robots[job->robotsOrigin].state = RobotsState::Unknown; // a redirected robots.txt fetch
        }
        host.queue.clear();
        host.active = 0;
    }
    m_queued = 0;
    // Take the running ones out first: cancel() reports later, through a connection we cut.
    auto active = std::move(m_active);
    m_active.clear();
    for (auto &entry : active) {
        HttpClient *client = entry.first;
        client->disconnect(this);
        client->cancel();
        std::unique_ptr<Job> job = std::move(entry.second);
        if (!job->robotsOrigin.isEmpty()) {
            m_robots[job->robotsOrigin].state = RobotsState::Unknown; // fetch again next time
        } else {
            job->result.chain.append(client->exchange());
            cancelled.push_back(std::move(job));
        }
        client->deleteLater();
    }
    std::sort(cancelled.begin(), cancelled.end(), [](const auto &a, const auto &b) { return a->seq < b->seq; });
    for (auto &job : cancelled)
        complete(std::move(job), FetchError::Cancelled, QCoreApplication::translate("Fetcher", "cancelled"));
    emitProgress();
}

void Fetcher::emitProgress()
{
    emit progress(m_queued, int(m_active.size()), m_finished);
    const bool idleNow = isIdle();
    if (idleNow && !m_wasIdle)
        emit idle();
    m_wasIdle = idleNow;
}

} // namespace xj
