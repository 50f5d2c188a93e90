#pragma once
// Re-checking one finding without a new crawl: after a unit says it fixed a broken link or removed
// a hidden one, the inspector re-checks just that link or page. The answer is fetched now, kept in
// the evidence folder as WARC (`recheck-…warc.gz`), and judged by the same rules as the crawl:
//   W-D-LINK, W-N-WRONGLINK  the link target (Finding::link) through LinkJudge;
//   W-N-SHUTDOWN             the closed site's page: does it still serve content;
//   W-N-DARKLINK             the page with its linked stylesheets (PageAnalyzer::hiddenLinks);
//   W-N-WORDING, W-N-MAP     the page through PageAnalyzer::analyze;
// each "still present" when the same finding (same fingerprint) comes out again. Other indicators
// are judged on a site's pages together: for them the page is fetched and its answer reported,
// the verdict left to the inspector (Verdict::NotJudged).
//
// Threading: a FindingRecheck lives in the thread that created it (it needs that thread's event
// loop and must be used only there), with the Store of that thread.

#include "CheckRecords.h"
#include "FetchTypes.h"

#include <QCoreApplication>
#include <QObject>
#include <memory>

namespace xj {

class Fetcher;
class WarcWriter;

struct RecheckResult {
    enum Verdict { Resolved, StillPresent, NotJudged, Unreachable };
    Verdict verdict = NotJudged;
    qint64 findingId = 0;
    QUrl url;           // what was fetched
    int httpStatus = 0; // of the final answer; 0 when none
    QString evidence;   // one translated sentence: what was seen
    QDateTime at;       // UTC
    WarcRef warc;       // the answer kept as evidence; empty when it could not be written

    static QString verdictCode(Verdict v); // resolved, still-present, not-judged, unreachable
};

class FindingRecheck : public QObject {
    Q_OBJECT

public:
    explicit FindingRecheck(Store &store, QObject *parent = nullptr);
    ~FindingRecheck() override;

    // Polite, robots.txt not consulted (one URL an inspector asks for), certificate errors recorded.
    static FetchPolicy defaultPolicy();
    void setPolicy(const FetchPolicy &policy); // default: defaultPolicy()
    static bool judges(const QString &indicator);
    // Starts; `finished` follows from the event loop (also for a finding that cannot be re-checked).
    void start(const Finding &finding);
    void cancel();
    // Runs start() and waits for the answer in a local event loop (for the command line).
    static RecheckResult run(Store &store, const Finding &finding, const FetchPolicy &policy);

signals:
    void finished(const xj::RecheckResult &result);

private:
    void onFetched(const FetchResult &result);
    void judgePage(const FetchResult &result);
    void finish(RecheckResult::Verdict verdict, const QString &evidence);
    WarcRef keep(const FetchResult &result);

    Store &m_store;
    FetchPolicy m_policy;
    std::unique_ptr<Fetcher> m_fetcher;
    std::unique_ptr<WarcWriter> m_warc;
    Finding m_finding;
    RecheckResult m_result;
    quint64 m_pageRequest = 0;
    QList<quint64> m_cssRequests;
    FetchResult m_page;
    QStringList m_css;
    bool m_busy = false;
};

} // namespace xj

Q_DECLARE_METATYPE(xj::RecheckResult)
