#include "RoundCheck.h"

#include "Availability.h"
#include "Fetcher.h"
#include "HtmlDocument.h"
#include "IndicatorSetStore.h"
#include "PageDecoder.h"
#include "WordingCheck.h"
#include "WordingDictionary.h"
#include "UrlNormalizer.h"
#include "Vocabulary.h"
#include "WarcWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>

namespace xj {

FetchPolicy CheckOptions::checkPolicy()
{
    FetchPolicy p;
    p.tlsErrorsAllowed = true;
    return p;
}

RoundCheck::RoundCheck(Store &store, const CheckOptions &options, QObject *parent)
    : QObject(parent), m_store(store), m_records(store), m_options(options)
{
    qRegisterMetaType<xj::SiteProgress>();
    qRegisterMetaType<xj::FetchResult>();
}

RoundCheck::~RoundCheck() = default;

bool RoundCheck::start(QString *error)
{
    const auto round = m_store.round(m_options.roundId);
    if (!round) {
        *error = tr("no round %1; create it with: xunjian round create").arg(m_options.roundId);
        return false;
    }
    m_round = *round;
    QList<Site> sites = m_store.sites();
    QSet<QString> wanted(m_options.targets.begin(), m_options.targets.end());
    for (const QString &t : std::as_const(m_options.targets)) {
        if (std::none_of(sites.begin(), sites.end(), [&t](const Site &s) { return s.name == t; })) {
            *error = tr("no site named %1 in the registry").arg(t);
            return false;
        }
    }
    QSet<QString> closedHosts;
    for (const Site &s : std::as_const(sites)) {
        const ObjectStatus st = m_store.statusAt(ObjectType::Site, s.id, m_round.asOf).value_or(s.status);
        const bool closed = st == ObjectStatus::Closed || st == ObjectStatus::Offline || st == ObjectStatus::Cancelled;
        const QString host = QUrl(s.url).host().toLower();
        if (closed && s.kind != SiteKind::Channel)
            closedHosts.insert(LinkJudge::authority(QUrl(s.url)));
        if (s.kind != SiteKind::Channel && !closed)
            m_siteOfHost.insert(host, s.id);
        if (!wanted.isEmpty() && !wanted.contains(s.name))
            continue;
        if (st != ObjectStatus::Running && !closed)
            continue; // 待核查: not checked until someone decides
        SiteState state;
        state.site = s;
        state.closed = closed;
        state.columns = m_store.columns(s.id);
        m_sites.insert(s.id, state);
    }
    m_judge.setClosedHosts(closedHosts);
    for (const Site &s : std::as_const(sites))
        m_ownAuthorities.insert(LinkJudge::authority(QUrl(s.url)));
    if (!loadAnalysis(error))
        return false;

    QString warcError;
    WarcWriterOptions wo;
    wo.directory = m_store.location().evidenceDir();
    wo.roundId = m_round.id;
    m_warc = std::make_unique<WarcWriter>(wo);

    const auto unfinished = m_options.resume ? m_records.unfinishedRun(m_round.id) : std::nullopt;
    if (unfinished) {
        m_runId = unfinished->id;
        emit logMessage(tr("resuming run %1 of round %2").arg(m_runId).arg(m_round.id));
    } else {
        QJsonObject settings{{QStringLiteral("samplePerColumn"), m_options.samplePerColumn},
                             {QStringLiteral("maxPagesPerSite"), m_options.maxPagesPerSite},
                             {QStringLiteral("obeyRobots"), m_options.policy.obeyRobots},
                             {QStringLiteral("maxConcurrent"), m_options.policy.maxConcurrent},
                             {QStringLiteral("targets"), QJsonValue::fromVariant(m_options.targets)}};
        m_runId = m_records.startRun(m_round.id, settings);
        if (!m_runId) {
            *error = m_store.lastError();
            return false;
        }
    }

    m_fetcher = std::make_unique<Fetcher>(m_options.policy);
    connect(m_fetcher.get(), &Fetcher::finished, this, &RoundCheck::onFetched);

    if (unfinished) {
        // Whatever was queued when the run stopped is fetched again; done work stays done.
        for (const PageRecord &p : m_records.pages(m_runId)) {
            if (!m_sites.contains(p.siteId))
                continue;
            SiteState &site = m_sites[p.siteId];
            ++site.pagesQueued;
            site.sampled.insert(p.url);
            if (p.state == QLatin1String("done")) {
                ++site.pagesDone;
                continue;
            }
            fetch(QUrl(p.url), "GET", Task{Task::Page, p.id, p.siteId, p.role, p.columnId, p.depth});
        }
        for (const LinkRecord &l : m_records.links(m_runId)) {
            if (l.state == QLatin1String("done"))
                m_doneLinks.insert(l.id, l);
            else
                fetch(QUrl(l.url), "HEAD", Task{Task::Link, l.id, 0, {}, 0, 0});
        }
    }
    for (SiteState &site : m_sites) {
        if (!unfinished || site.pagesQueued == 0)
            startSite(site);
        else if (!site.closed)
            probeSite(site); // their answers are not kept between runs
    }
    QMetaObject::invokeMethod(this, &RoundCheck::maybeFinish, Qt::QueuedConnection);
    return true;
}

bool RoundCheck::loadAnalysis(QString *error)
{
    // The set judging this run is the one active when it starts; every finding records it.
    m_set = IndicatorSetStore(m_store).active();
    if (!m_options.analyse)
        return true;
    WordingDictionary dictionary(m_store);
    if (!dictionary.ensureStarter()) {
        *error = dictionary.lastError();
        return false;
    }
    m_dictionary = std::make_shared<const CompiledDictionary>(dictionary.entries());
    emit logMessage(tr("judged by %1; wording dictionary of %n entries", nullptr, m_dictionary->entryCount())
                        .arg(m_set.label()));
    return true;
}

void RoundCheck::startSite(SiteState &site)
{
    const QUrl home = UrlNormalizer::normalize(QUrl(site.site.url));
    queuePage(site, home.toString(), QStringLiteral("home"), 0, 0);
    if (site.closed)
        return;
    probeSite(site);
    for (const SiteColumn &c : std::as_const(site.columns))
        queuePage(site, UrlNormalizer::normalize(QUrl(c.url)).toString(), QStringLiteral("column"), c.id, 1);
}

void RoundCheck::probeSite(SiteState &site)
{
    const QUrl home = UrlNormalizer::normalize(QUrl(site.site.url));
    // The site's own "not found" page, to tell a soft 404 from a real page.
    QUrl probe = home;
    probe.setPath(QStringLiteral("/xunjian-not-found-%1.html").arg(QRandomGenerator::global()->generate64(), 0, 16));
    probe.setQuery(QString());
    fetch(probe, "GET", Task{Task::NotFoundProbe, 0, site.site.id, {}, 0, 0});
    if (home.scheme() == QLatin1String("http") && site.site.kind != SiteKind::Channel) {
        QUrl https = home;
        https.setScheme(QStringLiteral("https"));
        https.setPort(-1);
        fetch(https, "HEAD", Task{Task::HttpsProbe, 0, site.site.id, {}, 0, 0});
    }
}

void RoundCheck::queuePage(SiteState &site, const QString &url, const QString &role, qint64 columnId, int depth)
{
    if (site.pagesQueued >= m_options.maxPagesPerSite || site.sampled.contains(url))
        return;
    PageRecord p;
    p.runId = m_runId;
    p.siteId = site.site.id;
    p.url = url;
    p.role = role;
    p.columnId = columnId;
    p.depth = depth;
    bool isNew = false;
    p.id = m_records.queuePage(p, &isNew);
    site.sampled.insert(url);
    m_queuedPages.insert(url);
    if (!p.id || !isNew)
        return;
    ++site.pagesQueued;
    fetch(QUrl(url), "GET", Task{Task::Page, p.id, site.site.id, role, columnId, depth});
}

void RoundCheck::fetch(const QUrl &url, const QByteArray &method, const Task &task)
{
    if (m_cancelled)
        return;
    FetchRequest request{url, method, 0, {}};
    if (task.kind == Task::SearchEngineView)
        request.userAgent = PageAnalyzer::searchEngineUserAgent();
    const quint64 id = m_fetcher->enqueue(request);
    m_tasks.insert(id, task);
}

WarcRef RoundCheck::keep(const FetchResult &result)
{
    WarcRef ref;
    auto write = [this, &ref](const HttpExchange &ex) {
        if (ex.rawRequest.isEmpty())
            return;
        WarcExchange w;
        w.targetUri = ex.url;
        w.date = ex.startedAt;
        w.ipAddress = ex.peerAddress;
        w.request = ex.rawRequest;
        w.response = ex.rawResponse;
        w.truncated = ex.rawTruncated;
        QString error;
        if (const auto loc = m_warc->writeExchange(w, &error))
            ref = {QFileInfo(loc->response.file).fileName(), loc->response.offset, loc->response.length};
        else
            emit logMessage(error);
    };
    for (const HttpExchange &ex : result.retried)
        write(ex);
    for (const HttpExchange &ex : result.chain)
        write(ex);
    return ref;
}

void RoundCheck::onFetched(const FetchResult &result)
{
    const auto it = m_tasks.find(result.id);
    if (it == m_tasks.end())
        return;
    const Task task = *it;
    m_tasks.erase(it);
    if (result.error == FetchError::Cancelled)
        return;
    // One transaction per answer: a page brings hundreds of rows (links, occurrences, findings),
    // and a process killed half-way leaves the page queued, to be fetched again on resume.
    const bool tx = m_store.begin();
    switch (task.kind) {
    case Task::Page:
        onPage(task, result);
        break;
    case Task::Link:
        onLink(task, result);
        break;
    case Task::NotFoundProbe:
    case Task::HttpsProbe:
        onProbe(task, result);
        break;
    case Task::Stylesheet:
    case Task::SearchEngineView:
        onHomeReviewPart(task, result);
        break;
    }
    if (tx && !m_store.commit())
        emit logMessage(m_store.lastError());
    maybeFinish();
}

void RoundCheck::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    if (m_fetcher)
        m_fetcher->cancelAll();
    m_tasks.clear();
    m_records.finishRun(m_runId, QStringLiteral("cancelled")); // resumable, like a killed run
    m_finished = true;
    emit finished(false);
}

void RoundCheck::maybeFinish()
{
    if (m_finished || m_cancelled || !m_tasks.isEmpty())
        return;
    m_finished = true;
    if (m_options.analyse)
        evaluateSites();
    // W-V2 comes from the probes the monitor kept inside the window, not from this crawl.
    for (const SiteState &site : std::as_const(m_sites)) {
        if (site.closed)
            continue;
        const AvailabilityReport report = Availability::assess(m_records, site.site, m_round, AvailabilityRules::fromSet(m_set));
        if (report.verdict == AvailabilityReport::InsufficientCoverage)
            emit logMessage(report.text());
        if (const auto f = Availability::finding(report, site.site, m_round, m_set))
            fileFinding(*f);
    }
    // Only the sites this run covered: a run limited to some targets says nothing about the rest.
    QList<qint64> covered;
    if (!m_options.targets.isEmpty())
        for (const SiteState &site : std::as_const(m_sites))
            covered << site.site.id;
    const int pruned = m_records.pruneAutoFindings(m_round.id, m_runId, covered);
    if (pruned > 0)
        emit logMessage(tr("%n finding(s) of earlier runs not found again were removed", nullptr, pruned));
    m_records.finishRun(m_runId, QStringLiteral("done"));
    emit finished(true);
}

QList<SiteProgress> RoundCheck::progress() const
{
    QList<SiteProgress> out;
    for (const SiteState &s : m_sites)
        out.append({s.site.id, s.site.name, s.pagesQueued, s.pagesDone, s.linksQueued, s.linksDone, s.findings});
    return out;
}

void RoundCheck::emitProgress(qint64 siteId)
{
    const auto it = m_sites.constFind(siteId);
    if (it != m_sites.constEnd())
        emit siteProgress({it->site.id, it->site.name, it->pagesQueued, it->pagesDone, it->linksQueued, it->linksDone, it->findings});
}

void RoundCheck::fileFinding(Finding f)
{
    f.roundId = m_round.id;
    f.runId = m_runId;
    f.source = QStringLiteral("check");
    if (!m_set.enabled(f.indicator))
        return;
    f.severity = m_set.severity(f.indicator);
    f.indicatorSetId = m_set.id;
    if (!m_records.upsertFinding(f)) {
        emit logMessage(m_store.lastError());
        return;
    }
    // Counted once however often it is filed again (a link found on more pages of one site).
    if (m_sites.contains(f.objectId) && !m_filed.contains(f.fingerprint)) {
        m_filed.insert(f.fingerprint);
        ++m_sites[f.objectId].findings;
    }
}

} // namespace xj
