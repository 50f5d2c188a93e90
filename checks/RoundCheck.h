#pragma once
// One check run of an inspection round: crawls every running site (home page, registered
// columns, a sample of content pages per column), checks every distinct link once, keeps every
// exchange in WARC evidence, and files the link findings (W-D-LINK, W-N-WRONGLINK), W-N-TLS and,
// for sites registered as shut down, W-N-SHUTDOWN. Progress and results go to the store as they
// come: a killed run resumes where it stopped (queued pages and links are fetched, done ones are
// not), and findings are upserted by fingerprint, so nothing is filed twice.
//
// Threading: lives on one thread with its Store (the CLI's main thread, or the GUI's worker);
// needs that thread's event loop. Signals may be connected across threads.

#include "CheckRecords.h"
#include "FetchTypes.h"
#include "HtmlDocument.h"
#include "IndicatorSet.h"
#include "LinkJudge.h"
#include "PageAnalysis.h"

#include <QObject>
#include <QSet>
#include <memory>

namespace xj {

class Fetcher;
class WarcWriter;


struct CheckOptions {
    QString roundId;
    QStringList targets;        // site names; empty = every site
    FetchPolicy policy = checkPolicy();
    int samplePerColumn = 3;    // content pages fetched from each column page
    int maxPagesPerSite = 200;  // home + columns + content pages
    bool resume = true;         // continue an unfinished run of the round
    bool checkLinks = true;     // HEAD/GET every link found (internal and external)
    bool analyse = true;        // page analysis (dates, identifiers, hidden links, wording, maps)
                                // and the site-level rules at the end
    int maxStylesheets = 8;     // linked stylesheets fetched for a home page's hidden-link pass

    // Inspections record certificate errors and still check the page.
    static FetchPolicy checkPolicy();
};

struct SiteProgress {
    qint64 siteId = 0;
    QString name;
    int pagesQueued = 0;
    int pagesDone = 0;
    int linksQueued = 0;
    int linksDone = 0;
    int findings = 0;
};

class RoundCheck : public QObject {
    Q_OBJECT
public:
    RoundCheck(Store &store, const CheckOptions &options, QObject *parent = nullptr);
    ~RoundCheck() override;

    // False with *error when the round or a target does not exist. Work starts on the event loop.
    bool start(QString *error);
    qint64 runId() const { return m_runId; }
    QList<SiteProgress> progress() const;

public slots:
    // Stops fetching; the run stays resumable.
    void cancel();

signals:
    void siteProgress(const xj::SiteProgress &progress);
    void logMessage(const QString &message);
    void finished(bool completed);

public:
    // What a fetched HTML page says (the title is null when the answer was not one).
    struct Parsed {
        QString title;
        QString text;
        QString charset;
        QList<ExtractedLink> links;
        std::shared_ptr<const HtmlDocument> doc; // null when the answer was not an HTML page
    };

private:
    struct Task {
        // Stylesheet and SearchEngineView complete a home page's hidden-link pass (HomeReview).
        enum Kind { Page, Link, NotFoundProbe, HttpsProbe, Stylesheet, SearchEngineView } kind = Page;
        qint64 id = 0; // page or link id
        qint64 siteId = 0;
        QString role;   // of a page
        qint64 columnId = 0;
        int depth = 0;
    };
    struct SiteState {
        Site site;
        bool closed = false; // registered 关停/下线 at the as-of date: only the shutdown check
        QList<SiteColumn> columns;
        int pagesQueued = 0;
        int pagesDone = 0;
        int linksQueued = 0;
        int linksDone = 0;
        int findings = 0;
        QSet<QString> sampled; // content pages already taken
    };
    void startSite(SiteState &site);
    void probeSite(SiteState &site); // soft-404 signature and HTTPS availability
    void queuePage(SiteState &site, const QString &url, const QString &role, qint64 columnId, int depth);
    void proposeColumns(SiteState &site, const QList<ExtractedLink> &links, const QUrl &home);
    void queueLinks(qint64 pageId, const QList<ExtractedLink> &links, qint64 siteId);
    void followLink(qint64 pageId, qint64 linkId, bool isNew, const QUrl &url, const QString &kind, qint64 siteId);
    void fetch(const QUrl &url, const QByteArray &method, const Task &task);
    void onFetched(const xj::FetchResult &result);
    void onPage(const Task &task, const FetchResult &result);
    void onLink(const Task &task, const FetchResult &result);
    void onProbe(const Task &task, const FetchResult &result);
    // Page analysis (RoundCheckAnalysis.cpp).
    bool loadAnalysis(QString *error); // the indicator set and the wording dictionary
    PageAnalysisContext analysisContext(const SiteState &site, qint64 pageId, const QString &url, const QString &role) const;
    void analysePage(SiteState &site, const Task &task, qint64 pageId, const FetchResult &result, const Parsed &parsed);
    void onHomeReviewPart(const Task &task, const FetchResult &result);
    void finishHomeReview(qint64 pageId);
    void evaluateSites();
    LinkRecord linkAnswer(const FetchResult &result, const Parsed &parsed, const WarcRef &warc) const;
    void completeLink(const LinkRecord &link, qint64 siteId);
    void answerLinksToPage(const FetchResult &result, const Parsed &parsed, const WarcRef &warc);
    void linkFindings(qint64 linkId, const LinkRecord &link, const QList<LinkOccurrence> &occurrences);
    void fileFinding(Finding f);
    WarcRef keep(const FetchResult &result);
    void maybeFinish();
    void emitProgress(qint64 siteId);

    Store &m_store;
    CheckRecords m_records;
    CheckOptions m_options;
    Round m_round;
    qint64 m_runId = 0;
    std::unique_ptr<Fetcher> m_fetcher;
    std::unique_ptr<WarcWriter> m_warc;
    LinkJudge m_judge;
    QHash<quint64, Task> m_tasks;      // fetch id → what it is for
    QHash<qint64, SiteState> m_sites;  // by site id
    QHash<QString, qint64> m_siteOfHost;       // host → the website (not channel) it belongs to
    QHash<qint64, LinkRecord> m_doneLinks;     // for occurrences found after the check
    QSet<QString> m_filed;                     // fingerprints filed by this object
    QHash<QString, qint64> m_linkIds;          // link URL → id, so that known links cost no SQL
    QSet<QString> m_queuedPages;               // page URLs of this run, queued or done
    QHash<QString, LinkRecord> m_pageAnswers;  // page URL → its answer, judged as a link
    QMultiHash<QString, QPair<qint64, qint64>> m_linksAwaitingPage; // page URL → (link id, site id)
    // A home page waiting for its stylesheets and its search-engine view before its hidden-link pass.
    struct HomeReview {
        std::shared_ptr<const HtmlDocument> doc;
        PageAnalysisContext context;
        QHash<QUrl, QString> css; // linked stylesheets fetched, by URL
        std::shared_ptr<const HtmlDocument> searchEngineView;
        int waiting = 0;
    };
    IndicatorSet m_set;
    std::shared_ptr<const CompiledDictionary> m_dictionary;
    QSet<QString> m_ownAuthorities;           // every registered site's host[:port]
    QHash<qint64, HomeReview> m_homeReviews;  // by page id
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace xj

Q_DECLARE_METATYPE(xj::SiteProgress)
