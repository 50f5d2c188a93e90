#pragma once
// Captured pages served from the WARC evidence through the custom URL scheme "xj-evidence", so
// the review workspace shows what the crawler saw, with nothing fetched from the network.
//
// URL form: xj-evidence://r<run id>-<hex of "scheme://authority">/<original path>?<original query>
// The original origin is carried in the host (split into DNS labels of at most 60 characters) and
// the path and query are kept as they were, so a captured page's relative and root-relative
// references resolve to the same capture by themselves — the HTML is served byte for byte as it
// was captured. Absolute http(s) references are turned into this form by EvidenceRequestGuard.
//
// EvidenceSchemeHandler looks the URL up in the run's records (CheckRecords::capturedResponse),
// then in an index of the run's WARC files (stylesheets have no row of their own), reads the record
// with WarcReader and replies with the captured body (content coding undone) and the captured
// Content-Type, charset included, so a GBK page renders as GBK. A captured redirect is followed
// inside the capture; anything not captured fails as "not found".
//
// registerScheme() must run before the QApplication is constructed (app/main.cpp, test mains).
// Threading: all members are called from the GUI thread (QtWebEngine calls handlers there too).

#include "CheckRecords.h"
#include "Warc.h"

#include <QHash>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlSchemeHandler>

namespace xj {

struct EvidenceUrl {
    static const QByteArray &scheme(); // "xj-evidence"
    // Registers the scheme with QtWebEngine; call once, before the QApplication exists.
    static void registerScheme();
    // The evidence URL of `original` (http or https) in run `runId`; an empty QUrl for other schemes.
    static QUrl encode(qint64 runId, const QUrl &original);
    // The run and the original URL an evidence URL stands for; false when `url` is not one.
    static bool decode(const QUrl &url, qint64 *runId, QUrl *original);
    static bool isEvidence(const QUrl &url) { return url.scheme().toLatin1() == scheme(); }
};

class EvidenceSchemeHandler : public QWebEngineUrlSchemeHandler {
    Q_OBJECT
public:
    explicit EvidenceSchemeHandler(Store &store, QObject *parent = nullptr);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // Whether the run kept a response for `original` (a page, a link checked with GET, a stylesheet).
    bool isCaptured(qint64 runId, const QUrl &original) { return locate(runId, original).has_value(); }

    // What was asked and answered, for the status line and the tests.
    int served() const { return m_served; }
    QList<QUrl> notFound() const { return m_notFound; }
    // Forgets the indexes of WARC files (new evidence was written).
    void clearIndex() { m_fileIndex.clear(); }

signals:
    void failed(const QUrl &url, const QString &why);

private:
    std::optional<WarcLocation> locate(qint64 runId, const QUrl &original);
    const QHash<QString, WarcLocation> &indexOf(qint64 runId);

    Store &m_store;
    QHash<qint64, QHash<QString, WarcLocation>> m_fileIndex; // per run: target URI → response record
    int m_served = 0;
    QList<QUrl> m_notFound;
};

// Keeps a captured page inside its capture: for requests of a page shown from the evidence, http(s)
// URLs are redirected to the same run's evidence URL and other schemes are blocked; for live pages
// only http(s), data: and blob: go through — not the evidence scheme, which a hostile page could
// otherwise probe (the handler refuses requests initiated by http(s) origins too). Installed per
// page (ReviewPage).
class EvidenceRequestGuard : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    int redirected() const { return m_redirected; }
    int blocked() const { return m_blocked; }
    QList<QUrl> blockedUrls() const { return m_blockedUrls; }

private:
    int m_redirected = 0;
    int m_blocked = 0;
    QList<QUrl> m_blockedUrls;
};

} // namespace xj
