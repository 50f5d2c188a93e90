// RoundCheck: page analysis while a page is in memory, the home page's hidden-link pass once its
// stylesheets and search-engine view are in, and the site-level rules when the crawl is over.
#include "RoundCheck.h"

#include "DarkLinkDetector.h"
#include "Fetcher.h"
#include "PageDecoder.h"
#include "WebsiteEvaluation.h"

#include <QCoreApplication>

namespace xj {

PageAnalysisContext RoundCheck::analysisContext(const SiteState &site, qint64 pageId, const QString &url,
                                                const QString &role) const
{
    PageAnalysisContext ctx;
    ctx.site = site.site;
    ctx.pageId = pageId;
    ctx.url = url;
    ctx.role = role;
    ctx.round = m_round;
    ctx.set = &m_set;
    ctx.ownAuthorities = m_ownAuthorities;
    ctx.dictionary = m_dictionary;
    return ctx;
}

void RoundCheck::analysePage(SiteState &site, const Task &task, qint64 pageId, const FetchResult &result,
                             const Parsed &parsed)
{
    const QString url = result.finalUrl.toString();
    const PageAnalysisContext ctx = analysisContext(site, pageId, url, task.role);
    const PageAnalysis analysis = PageAnalyzer::analyze(*parsed.doc, ctx);
    if (!m_records.setPageFacts(pageId, analysis.facts))
        emit logMessage(m_store.lastError());
    for (const Finding &f : analysis.findings)
        fileFinding(f);

    // Hidden links are injected into home pages: there the pass also reads the linked
    // stylesheets and compares what a search engine is served. Elsewhere the page's own CSS
    // (analyze above) is what is checked.
    if (task.role != QLatin1String("home") || m_cancelled)
        return;
    HomeReview review;
    review.doc = parsed.doc;
    review.context = ctx;
    const qint64 key = pageId;
    QList<QUrl> sheets;
    for (const QUrl &css : parsed.doc->stylesheetUrls()) {
        if (sheets.size() >= m_options.maxStylesheets)
            break;
        if (!sheets.contains(css))
            sheets.append(css);
    }
    review.waiting = int(sheets.size()) + 1;
    m_homeReviews.insert(key, review);
    for (const QUrl &css : std::as_const(sheets))
        fetch(css, "GET", Task{Task::Stylesheet, key, site.site.id, {}, 0, 0});
    fetch(result.finalUrl, "GET", Task{Task::SearchEngineView, key, site.site.id, {}, 0, 0});
}

void RoundCheck::onHomeReviewPart(const Task &task, const FetchResult &result)
{
    const auto it = m_homeReviews.find(task.id);
    if (it == m_homeReviews.end())
        return;
    keep(result); // evidence, like every other exchange
    const HttpExchange *last = result.last();
    const bool ok = result.ok() && last && last->statusCode >= 200 && last->statusCode < 300;
    if (task.kind == Task::Stylesheet) {
        if (ok) {
            // CSS is decoded like a page: BOM, then the header's charset, then detection.
            const DecodedPage css = PageDecoder::decode(last->body, last->header("content-type"));
            it->css.insert(result.requestedUrl, css.text);
        }
    } else if (ok && last->isHtml()) {
        const DecodedPage page = PageDecoder::decode(last->body, last->header("content-type"));
        HtmlDocument::Options options;
        options.documentCharset = page.charset;
        it->searchEngineView = std::make_shared<const HtmlDocument>(HtmlDocument::parse(page.text, result.finalUrl, options));
    }
    if (--it->waiting <= 0)
        finishHomeReview(task.id);
}

void RoundCheck::finishHomeReview(qint64 pageId)
{
    const HomeReview review = m_homeReviews.take(pageId);
    if (!review.doc)
        return;
    // In the page's order, a sheet that could not be fetched as empty: the cascade depends on it.
    const QList<Finding> findings = PageAnalyzer::hiddenLinks(*review.doc, review.context,
                                                              DarkLinkDetector::linkedCssFor(*review.doc, review.css),
                                                              review.searchEngineView.get());
    for (const Finding &f : findings)
        fileFinding(f);
    emitProgress(review.context.site.id);
}

void RoundCheck::evaluateSites()
{
    QList<qint64> siteIds;
    for (const SiteState &site : std::as_const(m_sites))
        if (!site.closed)
            siteIds.append(site.site.id);
    QString error;
    const auto findings = WebsiteEvaluation::evaluate(m_store, m_runId, m_round, m_set, siteIds, &error);
    if (!findings) {
        emit logMessage(error);
        return;
    }
    for (const Finding &f : *findings)
        fileFinding(f);
}

} // namespace xj
