#pragma once
// Value types shared by the HTTP client and the fetcher: the stable error vocabulary, the policy
// (every limit in one place, so an inspection run can be reproduced from its settings), and the
// raw exchange kept as WARC evidence. Plain values: cheap to copy across threads.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace xj {

// Why a fetch ended. The codes (fetchErrorCode) are stored and exported: never renumber or rename.
enum class FetchError {
    Ok,
    Dns,               // host name did not resolve
    Refused,           // connection refused
    Reset,             // connection reset or closed before the response was complete
    Timeout,           // total or connect deadline passed
    Stall,             // no byte for too long, or a slow drip under the minimum rate
    Tls,               // TLS handshake failed, or certificate errors not allowed by the policy
    TooLarge,          // response over the raw cap and the policy says fail rather than truncate
    BadChunking,       // malformed chunked transfer coding (what arrived is kept)
    BadResponse,       // malformed status line or headers, header section too large, corrupt encoding
    DecompressionBomb, // decoded body over the decompressed-size cap (raw bytes kept)
    RedirectLoop,      // a URL seen twice in one redirect chain
    TooManyRedirects,
    RobotsDisallowed,
    Cancelled,
    BadUrl,  // not an http(s) URL with a host
    Network, // any other socket failure (network unreachable, …)
};

QString fetchErrorCode(FetchError error); // "ok", "dns", "bad-chunking", …
FetchError fetchErrorFromCode(const QString &code, bool *ok = nullptr);
QString fetchErrorText(FetchError error); // translated, for people

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>; // wire order, duplicates kept

struct FetchPolicy {
    QByteArray userAgent = defaultUserAgent();
    QByteArray robotsAgent = "Xunjian"; // product token matched against robots.txt User-agent lines
    int maxConcurrent = 8;              // requests in flight, all hosts together
    int maxPerHost = 2;                 // requests in flight to one host name
    int hostIntervalMs = 1000;          // minimum time between two request starts on one host
    int timeoutMs = 15000;              // whole request, connect to last byte
    int connectTimeoutMs = 10000;       // DNS + TCP + TLS handshake
    int stallTimeoutMs = 10000;         // no byte received for this long
    int minRateBytesPerSec = 1024;      // slow-drip rule; 0 turns it off
    int minRateWindowMs = 5000;         // … applied once the response has been arriving this long
    int maxRedirects = 10;
    int maxRetries = 1;                // extra attempts, only for timeout/reset on GET
    bool obeyRobots = true;            // inspections may switch this off
    bool tlsErrorsAllowed = false;     // record certificate errors and still fetch the page
    qint64 maxRawBytes = 8 << 20;      // raw response bytes kept; the rest is not read
    bool failOnTooLarge = false;       // over maxRawBytes: fail (too-large) instead of truncating
    qint64 maxDecodedBytes = 32 << 20; // gzip/deflate output cap (decompression-bomb)
    int maxHeaderBytes = 64 << 10;     // status line + headers (and trailers)

    static QByteArray defaultUserAgent();
    static FetchPolicy polite() { return {}; }
    // Local benchmark servers: no politeness, wide concurrency. Never for real government sites.
    static FetchPolicy benchmark();
};

// One request and its response as they crossed the wire (after TLS), plus what was parsed from it.
struct HttpExchange {
    QUrl url;
    QByteArray method;
    QDateTime startedAt; // UTC, when the connection was opened
    qint64 elapsedMs = 0;
    QString peerAddress; // empty when no connection was made
    quint16 peerPort = 0;

    QByteArray rawRequest;
    QByteArray rawResponse;    // first policy.maxRawBytes bytes as received
    bool rawTruncated = false; // more bytes were on offer and were not read

    QByteArray httpVersion; // "HTTP/1.1"
    int statusCode = 0;     // 0 when no status line was parsed
    QByteArray reasonPhrase;
    HttpHeaders headers;
    HttpHeaders trailers;
    QByteArray body;           // de-chunked and decoded entity (charset untouched)
    bool bodyComplete = false; // the whole body arrived as framed
    bool bodyDecoded = false;  // a Content-Encoding was removed

    QStringList tlsErrors;        // stable codes: expired, hostname-mismatch, self-signed, …
    QStringList tlsErrorMessages; // Qt's wording of the same errors
    QByteArray peerCertificateChainPem;

    FetchError error = FetchError::Ok;
    QString errorDetail; // translated, for people

    QByteArray header(const QByteArray &name) const; // first value, case-insensitive
    QList<QByteArray> headerValues(const QByteArray &name) const;
    QByteArray mimeType() const; // "text/html", lower case, no parameters
    bool isHtml() const;
    bool isRedirect() const;
};

struct FetchRequest {
    QUrl url;
    QByteArray method = "GET"; // GET or HEAD
    quint64 id = 0;            // 0: the fetcher assigns one
    QByteArray userAgent;      // empty: the policy's (a second fetch as a search engine sees the page)
};

struct FetchResult {
    quint64 id = 0;
    QUrl requestedUrl;
    QUrl finalUrl; // URL of the last exchange
    QByteArray method;
    QList<HttpExchange> chain;   // one per redirect hop, in order
    QList<HttpExchange> retried; // attempts that failed and were retried (still evidence)
    FetchError error = FetchError::Ok;
    QString errorDetail;
    QString robotsNote; // e.g. robots.txt unreachable, so everything was allowed

    bool ok() const { return error == FetchError::Ok; }
    const HttpExchange *last() const { return chain.isEmpty() ? nullptr : &chain.constLast(); }
};

} // namespace xj

Q_DECLARE_METATYPE(xj::FetchRequest)
Q_DECLARE_METATYPE(xj::FetchResult)
Q_DECLARE_METATYPE(xj::HttpExchange)
