#include "FetchTypes.h"

#include <QCoreApplication>

namespace xj {

namespace {
    struct ErrorName {
        FetchError error;
        const char *code;
    };
    // The stored vocabulary. Order is irrelevant; spelling is forever.
    constexpr ErrorName kErrorNames[] = {
        {FetchError::Ok, "ok"},
        {FetchError::Dns, "dns"},
        {FetchError::Refused, "refused"},
        {FetchError::Reset, "reset"},
        {FetchError::Timeout, "timeout"},
        {FetchError::Stall, "stall"},
        {FetchError::Tls, "tls"},
        {FetchError::TooLarge, "too-large"},
        {FetchError::BadChunking, "bad-chunking"},
        {FetchError::BadResponse, "bad-response"},
        {FetchError::DecompressionBomb, "decompression-bomb"},
        {FetchError::RedirectLoop, "redirect-loop"},
        {FetchError::TooManyRedirects, "too-many-redirects"},
        {FetchError::RobotsDisallowed, "robots-disallowed"},
        {FetchError::Cancelled, "cancelled"},
        {FetchError::BadUrl, "bad-url"},
        {FetchError::Network, "network"},
    };
} // namespace

QString fetchErrorCode(FetchError error)
{
    for (const ErrorName &n : kErrorNames)
        if (n.error == error)
            return QString::fromLatin1(n.code);
    return QStringLiteral("network");
}

FetchError fetchErrorFromCode(const QString &code, bool *ok)
{
    for (const ErrorName &n : kErrorNames) {
        if (code == QLatin1String(n.code)) {
            if (ok)
                *ok = true;
            return n.error;
        }
    }
    if (ok)
        *ok = false;
    return FetchError::Network;
}

QString fetchErrorText(FetchError error)
{
    switch (error) {
    case FetchError::Ok: return QCoreApplication::translate("Fetcher", "fetched");
    case FetchError::Dns: return QCoreApplication::translate("Fetcher", "host name not found");
    case FetchError::Refused: return QCoreApplication::translate("Fetcher", "connection refused");
    case FetchError::Reset:
        return QCoreApplication::translate("Fetcher", "connection closed before the response was complete");
    case FetchError::Timeout: return QCoreApplication::translate("Fetcher", "timed out");
    case FetchError::Stall: return QCoreApplication::translate("Fetcher", "server stopped sending (stalled)");
    case FetchError::Tls: return QCoreApplication::translate("Fetcher", "secure connection (TLS) failed");
    case FetchError::TooLarge: return QCoreApplication::translate("Fetcher", "response too large");
    case FetchError::BadChunking: return QCoreApplication::translate("Fetcher", "malformed chunked response");
    case FetchError::BadResponse: return QCoreApplication::translate("Fetcher", "malformed HTTP response");
    case FetchError::DecompressionBomb:
        return QCoreApplication::translate("Fetcher", "compressed response expands beyond the size limit");
    case FetchError::RedirectLoop: return QCoreApplication::translate("Fetcher", "redirect loop");
    case FetchError::TooManyRedirects: return QCoreApplication::translate("Fetcher", "too many redirects");
    case FetchError::RobotsDisallowed: return QCoreApplication::translate("Fetcher", "disallowed by robots.txt");
    case FetchError::Cancelled: return QCoreApplication::translate("Fetcher", "cancelled");
    case FetchError::BadUrl: return QCoreApplication::translate("Fetcher", "not a web address that can be fetched");
    case FetchError::Network: return QCoreApplication::translate("Fetcher", "network error");
    }
    return QString();
}

QByteArray FetchPolicy::defaultUserAgent()
{
    // Browser-like prefix because some government WAFs reject bare tool names; the product token
    // stays visible so site operators can identify (and robots.txt can address) us.
    const QString version = QCoreApplication::applicationVersion();
    return "Mozilla/5.0 (compatible; Xunjian/" + (version.isEmpty() ? QByteArray("0.1") : version.toLatin1())
         + "; website inspection)";
}

FetchPolicy FetchPolicy::benchmark()
{
    FetchPolicy p;
    p.maxConcurrent = 32;
    p.maxPerHost = 32;
    p.hostIntervalMs = 0;
    return p;
}

QByteArray HttpExchange::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

QList<QByteArray> HttpExchange::headerValues(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            out.append(h.second);
    return out;
}

QByteArray HttpExchange::mimeType() const
{
    QByteArray type = header("Content-Type");
    const int semi = type.indexOf(';');
    if (semi >= 0)
        type.truncate(semi);
    return type.trimmed().toLower();
}

bool HttpExchange::isHtml() const
{
    const QByteArray type = mimeType();
    return type == "text/html" || type == "application/xhtml+xml";
}

bool HttpExchange::isRedirect() const
{
    return (statusCode == 301 || statusCode == 302 || statusCode == 303 || statusCode == 307 || statusCode == 308)
        && !header("Location").isEmpty();
}

} // namespace xj
