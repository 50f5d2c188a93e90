#pragma once
// The canonical form of a URL, so that one page is fetched and counted once however sites spell
// links to it: lower-case scheme and host, no default port, no fragment, "." and ".." resolved,
// session ids (jsessionid, PHPSESSID, sid …) dropped — they make infinite link spaces.

#include <QUrl>

namespace xj {

class UrlNormalizer {
public:
    static QUrl normalize(const QUrl &url);
    // Resolves a link as written on a page against the page's URL (or its <base href>), then normalises.
    // Returns an invalid QUrl for links that are not fetchable (javascript:, mailto:, tel:, data:).
    static QUrl resolve(const QUrl &base, const QString &href);
};

} // namespace xj
