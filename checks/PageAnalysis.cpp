#include "PageAnalysis.h"

#include "DarkLinkDetector.h"
#include "DarkLinkRules.h"
#include "DateExtractor.h"
#include "IdentityCheck.h"
#include "MapDetector.h"
#include "MessageListExtractor.h"
#include "WordingCheck.h"

namespace xj {

QByteArray PageAnalyzer::searchEngineUserAgent()
{
    return DarkLinkDetector::crawlerUserAgent();
}

PageAnalysis PageAnalyzer::analyze(const HtmlDocument &doc, const PageAnalysisContext &ctx)
{
    PageAnalysis out;
    if (!doc.parsed() || !ctx.set)
        return out;
    const IndicatorSet &set = *ctx.set;

    // Facts, judged per site when the crawl is over (WebsiteEvaluation).
    // A round without an as-of date is judged at the end of its window (never the wall clock).
    const QDate asOf = ctx.round.asOf.isValid() ? ctx.round.asOf : ctx.round.windowTo;
    out.facts.insert(QStringLiteral("dates"), DateExtractor::extract(doc, asOf).toJson());
    out.facts.insert(IdentityCheck::factsKey(), IdentityCheck::analyze(doc).toJson());
    const MessageList messages = MessageListExtractor::extract(doc, asOf);
    if (messages.isMessageList)
        out.facts.insert(QStringLiteral("messages"), messages.toJson());
    if (MessageListExtractor::looksLikeMessageForm(doc))
        out.facts.insert(QStringLiteral("message_form"), true);

    // Findings of the page itself. A home page's hidden links wait for its stylesheets and its
    // search-engine view (hiddenLinks()); other pages are judged on their own CSS.
    if (ctx.role != QLatin1String("home") && set.enabled(DarkLinkRules::code())) {
        const QList<HiddenLink> hidden = DarkLinkDetector::detect(doc, {}, ctx.ownAuthorities,
                                                                  DarkLinkRules::severeKeywords(set));
        out.findings += DarkLinkRules::findings(ctx.site, ctx.pageId, ctx.url, hidden, set);
    }
    if (ctx.dictionary && !ctx.dictionary->isEmpty() && set.enabled(QStringLiteral("W-N-WORDING"))) {
        const QList<WordingHit> hits = WordingCheck::scan(doc.visibleText(), *ctx.dictionary);
        out.findings += WordingCheck::findings(ctx.site, ctx.pageId, ctx.url, hits, set);
    }
    if (set.enabled(QStringLiteral("W-N-MAP"))) {
        const QList<MapCandidate> maps = MapDetector::detect(doc, MapDetector::keywords(set));
        out.findings += MapDetector::findings(ctx.site, ctx.pageId, ctx.url, maps, set, ctx.round.id);
    }
    return out;
}

QList<Finding> PageAnalyzer::hiddenLinks(const HtmlDocument &doc, const PageAnalysisContext &ctx,
                                         const QStringList &linkedCss, const HtmlDocument *asSearchEngine)
{
    if (!doc.parsed() || !ctx.set || !ctx.set->enabled(DarkLinkRules::code()))
        return {};
    const QStringList keywords = DarkLinkRules::severeKeywords(*ctx.set);
    QList<HiddenLink> hidden = DarkLinkDetector::detect(doc, linkedCss, ctx.ownAuthorities, keywords);
    if (asSearchEngine && asSearchEngine->parsed())
        hidden += DarkLinkDetector::cloaked(doc, *asSearchEngine, ctx.ownAuthorities, keywords);
    return DarkLinkRules::findings(ctx.site, ctx.pageId, ctx.url, hidden, *ctx.set);
}

} // namespace xj
