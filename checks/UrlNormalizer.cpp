#include "UrlNormalizer.h"

#include <QUrlQuery>

namespace xj {

static bool isSessionKey(const QString &key)
{
    const QString k = key.toLower();
    return k == QLatin1String("jsessionid") || k == QLatin1String("phpsessid") || k == QLatin1String("sid")
           || k == QLatin1String("sessionid") || k == QLatin1String("aspsessionid");
}

QUrl UrlNormalizer::normalize(const QUrl &input)
{
    QUrl url = input.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    if (!url.isValid())
        return url;
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if ((url.scheme() == QLatin1String("http") && url.port() == 80)
        || (url.scheme() == QLatin1String("https") && url.port() == 443))
        url.setPort(-1);
    // ";jsessionid=…" is a path parameter, not a query item.
    QString path = url.path(QUrl::FullyEncoded);
    const int semi = path.indexOf(QLatin1Char(';'));
    if (semi >= 0 && isSessionKey(path.mid(semi + 1).section(QLatin1Char('='), 0, 0)))
        path.truncate(semi);
    if (path.isEmpty() && !url.host().isEmpty())
        path = QStringLiteral("/");
    url.setPath(path, QUrl::TolerantMode);
    if (url.hasQuery()) {
        QUrlQuery query(url);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery kept;
        for (const auto &item : items)
            if (!isSessionKey(item.first))
                kept.addQueryItem(item.first, item.second);
        url.setQuery(kept.isEmpty() ? QString() : kept.query(QUrl::FullyEncoded), QUrl::TolerantMode);
        if (kept.isEmpty())
            url.setQuery(QString());
    }
    return url;
}

QUrl UrlNormalizer::resolve(const QUrl &base, const QString &href)
{
    const QString h = href.trimmed();
    const QString lower = h.left(11).toLower();
    if (h.isEmpty() || lower.startsWith(QLatin1String("javascript:")) || lower.startsWith(QLatin1String("mailto:"))
        || lower.startsWith(QLatin1String("tel:")) || lower.startsWith(QLatin1String("data:")))
        return {};
    const QUrl resolved = base.resolved(QUrl(h, QUrl::TolerantMode));
    const QString scheme = resolved.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    return normalize(resolved);
}

} // namespace xj
