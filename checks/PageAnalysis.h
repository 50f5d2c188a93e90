#pragma once
// Everything the checks read from one fetched HTML page besides its links, done once while the
// parsed page is in memory: the facts the site-level rules judge later (dates of list items,
// footer identifiers and meta tags, a 留言 list) kept as JSON in pages.facts, and the findings
// that belong to the page itself (hidden links from its own CSS, wording hits, map images).
//
// Pure: no store, no network. The crawler (RoundCheck) calls it for every page; the home page's
// hidden-link pass is done again by the crawler once its linked stylesheets and the search-engine
// view have been fetched (PageAnalysis::hiddenLinks with those).

#include "CheckRecords.h"
#include "HtmlDocument.h"
#include "IndicatorSet.h"

#include <QSet>
#include <memory>

namespace xj {

class CompiledDictionary;
struct HiddenLink;

struct PageAnalysisContext {
    Site site;
    qint64 pageId = 0;
    QString url;    // the page's final URL
    QString role;   // home, column, content
    Round round;
    const IndicatorSet *set = nullptr;
    QSet<QString> ownAuthorities; // the site's and every registered site's host[:port]
    std::shared_ptr<const CompiledDictionary> dictionary; // null: no wording check
};

struct PageAnalysis {
    QJsonObject facts;
    QList<Finding> findings;
};

class PageAnalyzer {
public:
    static PageAnalysis analyze(const HtmlDocument &doc, const PageAnalysisContext &ctx);
    // W-N-DARKLINK findings of a page with its linked stylesheets (in order) and, when the page
    // was fetched a second time as a search engine, that answer (cloaking).
    static QList<Finding> hiddenLinks(const HtmlDocument &doc, const PageAnalysisContext &ctx,
                                      const QStringList &linkedCss, const HtmlDocument *asSearchEngine);
    static QByteArray searchEngineUserAgent();
};

} // namespace xj
