// RoundCheck: what is done with each answer — pages are kept and parsed, links judged, findings filed.
#include "RoundCheck.h"

#include "ColumnDiscovery.h"
#include "ColumnSuggestions.h"
#include "Fetcher.h"
#include "UrlNormalizer.h"
#include "HtmlDocument.h"
#include "PageDecoder.h"

#include <QCoreApplication>

namespace xj {

namespace {
using Parsed = RoundCheck::Parsed;

Parsed parse(const FetchResult &result)
{
    Parsed p;
    const HttpExchange *last = result.last();
    if (!last || !last->isHtml() || last->body.isEmpty() || last->statusCode < 200 || last->statusCode >= 300)
        return p;
    const DecodedPage page = PageDecoder::decode(last->body, last->header("content-type"));
    // Query strings of a GBK page's links are sent in GBK by browsers, so the URLs must be too.
    HtmlDocument::Options options;
    options.documentCharset = page.charset;
    auto doc = std::make_shared<const HtmlDocument>(HtmlDocument::parse(page.text, result.finalUrl, options));
    p.title = doc->title().isNull() ? QStringLiteral("") : doc->title();
    p.text = doc->visibleText();
    p.charset = page.charset;
    p.links = doc->links();
    p.doc = std::move(doc);
    return p;
}

// Content pages are sampled from a column page: same host, an ordinary page (not a file).
bool isContentCandidate(const ExtractedLink &l, const QUrl &page)
{
    return l.kind == ExtractedLink::Anchor && l.url.host() == page.host() && l.url != page
           && l.url.path() != QLatin1String("/") && !l.url.path().isEmpty();
}
} // namespace

void RoundCheck::onPage(const Task &task, const FetchResult &result)
{
    SiteState &site = m_sites[task.siteId];
    const HttpExchange *last = result.last();
    PageRecord p;
    p.id = task.id;
    p.state = QStringLiteral("done");
    p.finalUrl = result.finalUrl.toString();
    p.httpStatus = last ? last->statusCode : 0;
    p.error = result.ok() ? QString() : fetchErrorCode(result.error);
    p.contentType = last ? QString::fromLatin1(last->mimeType()) : QString();
    p.bytes = last ? last->body.size() : 0;
    p.elapsedMs = last ? int(last->elapsedMs) : 0;
    p.fetchedAt = QDateTime::currentDateTimeUtc();
    p.warc = keep(result);
    const Parsed parsed = parse(result);
    p.title = parsed.title;
    p.charset = parsed.charset;
    ++site.pagesDone;

    if (task.role == QLatin1String("home")) {
        // Certificate problems are the site's, once, from its home page.
        for (const HttpExchange &ex : result.chain) {
            if (ex.tlsErrors.isEmpty())
                continue;
            Finding f;
            f.objectId = site.site.id;
            f.indicator = QStringLiteral("W-N-TLS");
            f.url = ex.url.toString();
            f.evidence = tr("certificate problem: %1").arg(ex.tlsErrorMessages.join(QStringLiteral("; ")));
            f.details = {{QStringLiteral("tls_errors"), QJsonValue::fromVariant(ex.tlsErrors)}};
            f.fingerprint = QStringLiteral("W-N-TLS|cert|") + ex.url.host();
            f.pageId = p.id;
            fileFinding(f);
            break;
        }
        if (site.closed) {
            if (LinkJudge::servesContent(p.httpStatus, parsed.title, parsed.text)) {
                Finding f;
                f.objectId = site.site.id;
                f.indicator = QStringLiteral("W-N-SHUTDOWN");
                f.url = p.finalUrl;
                f.evidence = tr("registered as shut down but answers HTTP %1 with content: %2")
                                 .arg(p.httpStatus)
                                 .arg(parsed.title.isEmpty() ? parsed.text.left(60) : parsed.title.left(60));
                f.fingerprint = QStringLiteral("W-N-SHUTDOWN|") + site.site.url;
                f.pageId = p.id;
                fileFinding(f);
            }
            m_records.savePage(p);
            emitProgress(site.site.id);
            return;
        }
    }
    answerLinksToPage(result, parsed, p.warc);
    if (!result.ok() || p.httpStatus >= 400)
        emit logMessage(tr("%1: %2 %3").arg(site.site.name, result.requestedUrl.toString(), result.ok() ? QStringLiteral("HTTP %1").arg(p.httpStatus) : result.errorDetail));
    m_records.savePage(p);
    if (parsed.doc && m_options.analyse)
        analysePage(site, task, p.id, result, parsed);

    if (!parsed.title.isNull() && task.role == QLatin1String("home"))
        proposeColumns(site, parsed.links, result.finalUrl);
    if (!parsed.title.isNull()) {
        int sampled = 0;
        // A sample of content pages from each column page (and from a home page without columns),
        // queued before the links so that a link to a sampled page is answered by its fetch.
        const bool samples = task.role == QLatin1String("column") || (task.role == QLatin1String("home") && site.columns.isEmpty());
        for (const ExtractedLink &l : parsed.links) {
            if (!samples || sampled >= m_options.samplePerColumn)
                break;
            if (l.url.isValid() && isContentCandidate(l, result.finalUrl) && !site.sampled.contains(l.url.toString())) {
                queuePage(site, l.url.toString(), QStringLiteral("content"), task.columnId, task.depth + 1);
                ++sampled;
            }
        }
        if (m_options.checkLinks)
            queueLinks(p.id, parsed.links, site.site.id);
    }
    emitProgress(site.site.id);
}

void RoundCheck::proposeColumns(SiteState &site, const QList<ExtractedLink> &links, const QUrl &home)
{
    QSet<QString> known;
    for (const SiteColumn &c : std::as_const(site.columns))
        known.insert(UrlNormalizer::normalize(QUrl(c.url)).toString());
    ColumnSuggestions suggestions(m_store);
    int proposed = 0;
    for (const ColumnProposal &c : ColumnDiscovery::propose(links, home, known)) {
        bool isNew = false;
        suggestions.propose({0, site.site.id, m_runId, c.name, c.url.toString(), c.category, {}}, &isNew);
        proposed += isNew ? 1 : 0;
    }
    if (proposed > 0)
        emit logMessage(tr("%1: %n column(s) found on the home page that the registry does not list", nullptr, proposed)
                            .arg(site.site.name));
}

void RoundCheck::queueLinks(qint64 pageId, const QList<ExtractedLink> &links, qint64 siteId)
{
    // The page's occurrences are filed in one go before any link is followed: following one may
    // judge it at once (a link this run already answered), and its findings read the occurrences.
    struct Follow {
        qint64 linkId;
        bool isNew;
        QUrl url;
        QString kind;
    };
    QList<Follow> follow;
    QList<CheckRecords::NewOccurrence> occurrences;
    follow.reserve(links.size());
    occurrences.reserve(links.size());
    for (const ExtractedLink &l : links) {
        if (!l.url.isValid())
            continue;
        const QString key = l.url.toString();
        bool isNew = false;
        qint64 linkId = m_linkIds.value(key);
        if (!linkId) {
            linkId = m_records.linkId(m_runId, key, &isNew);
            if (!linkId)
                continue;
            m_linkIds.insert(key, linkId);
        }
        const QString kind = HtmlDocument::kindCode(l.kind);
        occurrences.append({linkId, kind, l.text});
        follow.append({linkId, isNew, l.url, kind});
    }
    m_records.addOccurrences(pageId, occurrences);
    for (const Follow &f : std::as_const(follow))
        followLink(pageId, f.linkId, f.isNew, f.url, f.kind, siteId);
}

void RoundCheck::followLink(qint64 pageId, qint64 linkId, bool isNew, const QUrl &url, const QString &kind, qint64 siteId)
{
    const QString key = url.toString();
    if (isNew) {
        ++m_sites[siteId].linksQueued;
        // A page of this run answers for itself: no second request for the same URL.
        if (m_pageAnswers.contains(key)) {
            LinkRecord l = m_pageAnswers.value(key);
            l.id = linkId;
            completeLink(l, siteId);
            return;
        }
        if (m_queuedPages.contains(key)) {
            m_linksAwaitingPage.insert(key, {linkId, siteId});
            return;
        }
        // Pages are fetched whole (a soft 404 shows only in the body); images, scripts and files by HEAD.
        const bool page = kind == QLatin1String("anchor") || kind == QLatin1String("area") || kind == QLatin1String("iframe")
                          || kind == QLatin1String("frame");
        fetch(url, page ? "GET" : "HEAD", Task{Task::Link, linkId, siteId, kind, 0, 0});
        return;
    }
    // Found again on another page after it was judged: that page gets its finding too.
    const auto done = m_doneLinks.constFind(linkId);
    if (done != m_doneLinks.constEnd() && !done->verdict.isEmpty()) {
        const auto all = m_records.occurrences(linkId);
        QList<LinkOccurrence> here;
        for (const LinkOccurrence &o : all)
            if (o.pageId == pageId)
                here.append(o);
        linkFindings(linkId, *done, here);
    }
}

void RoundCheck::onLink(const Task &task, const FetchResult &result)
{
    const HttpExchange *last = result.last();
    const int status = last ? last->statusCode : 0;
    // Servers that refuse HEAD (or answer it wrongly) get a GET before the link is called broken.
    if (result.method == "HEAD" && (status == 400 || status == 403 || status == 404 || status == 405 || status == 501
                                    || result.error == FetchError::BadResponse || result.error == FetchError::Reset)) {
        fetch(result.requestedUrl, "GET", task);
        return;
    }
    LinkRecord l = linkAnswer(result, parse(result), keep(result));
    l.id = task.id;
    completeLink(l, task.siteId);
}

LinkRecord RoundCheck::linkAnswer(const FetchResult &result, const Parsed &parsed, const WarcRef &warc) const
{
    const HttpExchange *last = result.last();
    LinkRecord l;
    l.runId = m_runId;
    l.url = result.requestedUrl.toString();
    l.state = QStringLiteral("done");
    l.method = QString::fromLatin1(result.method);
    l.httpStatus = last ? last->statusCode : 0;
    l.error = result.ok() ? QString() : fetchErrorCode(result.error);
    l.finalUrl = result.finalUrl.toString();
    l.checkedAt = QDateTime::currentDateTimeUtc();
    l.warc = warc;
    if (result.error != FetchError::RobotsDisallowed) {
        const LinkVerdict v = m_judge.judge(result.requestedUrl, result.finalUrl, l.httpStatus, l.error, parsed.title, parsed.text);
        static const char *codes[] = {"", "broken", "soft-not-found", "parked", "unrelated-redirect", "closed-site"};
        l.verdict = QString::fromLatin1(codes[v.kind]);
        l.evidence = v.evidence;
    }
    return l;
}

void RoundCheck::completeLink(const LinkRecord &l, qint64 siteId)
{
    m_records.saveLink(l);
    m_doneLinks.insert(l.id, l);
    if (m_sites.contains(siteId)) {
        ++m_sites[siteId].linksDone;
        emitProgress(siteId);
    }
    if (!l.verdict.isEmpty())
        linkFindings(l.id, l, m_records.occurrences(l.id));
}

void RoundCheck::answerLinksToPage(const FetchResult &result, const Parsed &parsed, const WarcRef &warc)
{
    const QString key = result.requestedUrl.toString();
    const LinkRecord answer = linkAnswer(result, parsed, warc);
    m_pageAnswers.insert(key, answer);
    const auto waiting = m_linksAwaitingPage.values(key);
    m_linksAwaitingPage.remove(key);
    for (const auto &[linkId, siteId] : waiting) {
        LinkRecord l = answer;
        l.id = linkId;
        completeLink(l, siteId);
    }
}

void RoundCheck::linkFindings(qint64 linkId, const LinkRecord &link, const QList<LinkOccurrence> &occurrences)
{
    Q_UNUSED(linkId)
    const bool broken = link.verdict == QLatin1String("broken");
    for (const LinkOccurrence &o : occurrences) {
        if (!m_sites.contains(o.siteId))
            continue;
        Finding f;
        f.objectId = o.siteId;
        f.indicator = broken ? QStringLiteral("W-D-LINK") : QStringLiteral("W-N-WRONGLINK");
        f.severity = broken ? QStringLiteral("deduct") : QStringLiteral("notice");
        // indicators.md: −0.2 on the home page, −0.1 elsewhere; the cap is applied when scoring.
        f.points = broken ? (o.pageRole == QLatin1String("home") ? m_set.number(QStringLiteral("W-D-LINK"), QStringLiteral("homePoints"), 0.2)
                                                                  : m_set.number(QStringLiteral("W-D-LINK"), QStringLiteral("otherPoints"), 0.1))
                          : 0.0;
        f.url = o.pageUrl;
        f.link = link.url;
        f.pageId = o.pageId;
        const QString shown = o.text.trimmed().isEmpty() ? link.url : o.text.trimmed().left(60);
        f.evidence = QStringLiteral("«%1» → %2").arg(shown, link.evidence);
        f.details = {{QStringLiteral("link_text"), o.text}, {QStringLiteral("link_kind"), o.kind},
                     {QStringLiteral("http_status"), link.httpStatus}, {QStringLiteral("error"), link.error},
                     {QStringLiteral("verdict"), link.verdict}, {QStringLiteral("page_role"), o.pageRole}};
        f.fingerprint = f.indicator + QLatin1Char('|') + o.pageUrl + QLatin1Char('|') + link.url;
        fileFinding(f);
    }
}

void RoundCheck::onProbe(const Task &task, const FetchResult &result)
{
    if (!m_sites.contains(task.siteId))
        return;
    SiteState &site = m_sites[task.siteId];
    const HttpExchange *last = result.last();
    if (task.kind == Task::NotFoundProbe) {
        const Parsed parsed = parse(result);
        if (last && last->statusCode >= 200 && last->statusCode < 300 && !parsed.title.isNull())
            m_judge.setNotFoundSignature(result.finalUrl.host(), {parsed.title, int(parsed.text.size())});
        return;
    }
    // HttpsProbe: the site is registered with http://; is it served over HTTPS at all?
    if (result.ok() && last && last->tlsErrors.isEmpty())
        return;
    Finding f;
    f.objectId = site.site.id;
    f.indicator = QStringLiteral("W-N-TLS");
    f.url = result.requestedUrl.toString();
    f.evidence = last && !last->tlsErrors.isEmpty()
                     ? tr("HTTPS answers with a certificate problem: %1").arg(last->tlsErrorMessages.join(QStringLiteral("; ")))
                     : tr("HTTPS missing: %1 (%2)").arg(result.requestedUrl.toString(), fetchErrorCode(result.error));
    f.fingerprint = QStringLiteral("W-N-TLS|https|") + result.requestedUrl.host();
    fileFinding(f);
    emitProgress(site.site.id);
}

} // namespace xj
