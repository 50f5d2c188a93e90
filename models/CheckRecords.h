#pragma once
// What the checks engine writes and reads: check runs of a round, the pages fetched and the links
// checked (each with its place in the WARC evidence), findings, and availability probes.
// The tables come from migration 002_checks.sql.
//
// Threading: like the Store it wraps — called on the thread that opened that Store.

#include "Store.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace xj {

struct WarcRef {
    QString file; // relative to the store's evidence folder
    qint64 offset = 0;
    qint64 length = 0;
    bool isValid() const { return !file.isEmpty() && length > 0; }
};

struct CheckRun {
    qint64 id = 0;
    QString roundId;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString state; // running, done, cancelled, failed
    QJsonObject settings;
};

struct PageRecord {
    qint64 id = 0;
    qint64 runId = 0;
    qint64 siteId = 0;
    QString url;
    QString role; // home, column, content
    qint64 columnId = 0;
    int depth = 0;
    QString state = QStringLiteral("queued");
    QString finalUrl;
    int httpStatus = 0;
    QString error; // fetch error code, empty when fine
    QString contentType;
    QString charset;
    QString title;
    qint64 bytes = 0;
    int elapsedMs = 0;
    QDateTime fetchedAt;
    WarcRef warc;
};

struct LinkRecord {
    qint64 id = 0;
    qint64 runId = 0;
    QString url;
    QString state = QStringLiteral("queued");
    QString method;
    int httpStatus = 0;
    QString error;
    QString finalUrl;
    QString verdict;  // "", broken, soft-not-found, parked, unrelated-redirect, closed-site
    QString evidence;
    QDateTime checkedAt;
    WarcRef warc;
};

struct LinkOccurrence {
    qint64 pageId = 0;
    QString pageUrl;
    QString pageRole;
    qint64 siteId = 0;
    QString kind;
    QString text;
};

struct Finding {
    qint64 id = 0;
    QString roundId;
    qint64 runId = 0;
    ObjectType objectType = ObjectType::Site;
    qint64 objectId = 0;
    QString indicator;                     // code from indicators.md, e.g. W-D-LINK
    QString severity = QStringLiteral("notice"); // veto, deduct, notice, manual
    double points = 0;
    QString url;
    QString link;                          // null QString = no link
    QString evidence;
    QString state = QStringLiteral("pending"); // pending, confirmed, dismissed
    QString source = QStringLiteral("check");  // check, import, manual
    qint64 pageId = 0;
    QJsonObject details;
    QString fingerprint;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 indicatorSetId = 0;             // the indicator set version that judged it; 0 = none recorded
};

// Where a run stands for one site, counted from the store: what RoundCheck reports while it runs,
// for a run that is over. Links count for the site of the first page they were found on.
struct RunSiteCounts {
    qint64 siteId = 0;
    int pagesQueued = 0; // every page of the run, done or not
    int pagesDone = 0;
    int linksQueued = 0;
    int linksDone = 0;
    int findings = 0; // findings on the site last filed or refreshed by this run
};

struct Probe {
    qint64 siteId = 0;
    QDateTime at;
    bool ok = false;
    int httpStatus = 0;
    int elapsedMs = 0;
    QString error;
};

class CheckRecords {
public:
    explicit CheckRecords(Store &store) : m_store(store) {}

    // --- Runs
    qint64 startRun(const QString &roundId, const QJsonObject &settings);
    bool finishRun(qint64 runId, const QString &state);
    std::optional<CheckRun> run(qint64 runId) const;
    // The round's newest run, when it did not finish: cancelled, or killed (left "running").
    std::optional<CheckRun> unfinishedRun(const QString &roundId) const;
    QList<CheckRun> runs(const QString &roundId) const;

    // --- Pages: queued once per run and URL; the id of the existing row when already queued.
    qint64 queuePage(const PageRecord &page, bool *isNew = nullptr);
    bool savePage(const PageRecord &page);
    // What page analysis found (pages.facts; CheckRecordsFacts.cpp): dates, identifiers, meta tags…
    bool setPageFacts(qint64 pageId, const QJsonObject &facts);
    // The done pages of one site in a run with their facts, in id order (fetch order).
    QList<QPair<PageRecord, QJsonObject>> pagesWithFacts(qint64 runId, qint64 siteId) const;
    QList<PageRecord> pages(qint64 runId, const QString &state = {}) const;
    std::optional<PageRecord> page(qint64 pageId) const;

    // --- Links: one row per run and target URL.
    qint64 linkId(qint64 runId, const QString &url, bool *isNew = nullptr);
    bool addOccurrence(qint64 pageId, qint64 linkId, const QString &kind, const QString &text);
    // A page's links at once, in one call before any of them is followed (RoundCheck::queueLinks).
    struct NewOccurrence {
        qint64 linkId = 0;
        QString kind;
        QString text;
    };
    bool addOccurrences(qint64 pageId, const QList<NewOccurrence> &occurrences);
    bool saveLink(const LinkRecord &link);
    QList<LinkRecord> links(qint64 runId, const QString &state = {}) const;
    QList<LinkOccurrence> occurrences(qint64 linkId) const;

    // --- Findings. Upsert by (round, source, fingerprint): a repeated finding keeps its id and
    // the inspector's decision (state); the measured fields are refreshed.
    qint64 upsertFinding(const Finding &f);
    // After a complete run: automatic findings on the round's sites not found again by this run
    // and not decided by an inspector are removed. Returns how many. Account findings are filed by
    // MediaEvaluation, not by a crawl, and are left alone. With siteIds, only those sites' findings
    // (a run limited to some targets says nothing about the others).
    int pruneAutoFindings(const QString &roundId, qint64 runId, const QList<qint64> &siteIds = {});
    QList<Finding> findings(const QString &roundId, const QString &indicator = {}) const;
    std::optional<Finding> finding(qint64 findingId) const;
    // Rules evaluated from records rather than by a crawl (MediaEvaluation): after re-evaluating a
    // round, the undecided findings of those indicators and that source that were not filed again
    // are removed. Returns how many (CheckRecordsFindings.cpp, like setFindingState).
    int removeStaleFindings(const QString &roundId, const QString &source, const QStringList &indicators,
                            const QSet<QString> &keepFingerprints);
    // An inspector's decision: pending, confirmed or dismissed.
    bool setFindingState(qint64 findingId, const QString &state);
    // How many findings the round has, per indicator code (CheckRecordsSummary.cpp, like siteCounts).
    QMap<QString, int> findingCounts(const QString &roundId) const;
    // Per site: pages and links of the run, queued and done, and its findings; ordered by site id.
    QList<RunSiteCounts> siteCounts(qint64 runId) const;

    // --- Evidence (CheckRecordsEvidence.cpp), for the review workspace's captured pages.
    // The WARC response kept for `url` in the run: a page fetched at that URL (or redirected to
    // it), else a link checked with GET. nullopt when the run kept nothing for it.
    std::optional<WarcRef> capturedResponse(qint64 runId, const QString &url) const;
    // The WARC files (relative to the evidence folder) the run's pages and links are kept in;
    // subresources fetched without a row of their own (stylesheets) are in these files too.
    QStringList evidenceFiles(qint64 runId) const;
    // The newest run of another round, older than `runId`, that captured the page `url`; 0 if none.
    qint64 previousCaptureRun(qint64 runId, const QString &url) const;

    // --- Availability probes
    bool addProbe(const Probe &p);
    QList<Probe> probes(qint64 siteId, const QDateTime &from, const QDateTime &to) const;

    Store &store() { return m_store; }

private:
    Store &m_store;
};

} // namespace xj
