#pragma once
// Reads RSS 2.0 (and RSS 1.0/RDF) items and Atom entries from a feed body: title, link and the
// time of publication. Used by FeedPostFetcher to turn an account's feed into posts.
//
// Charset: the bytes go to QXmlStreamReader as they are (it honours a BOM and the XML
// declaration's UTF-8/UTF-16 encodings itself) unless the declaration — or, without one, the
// Content-Type charset — names another encoding (GBK, gb2312, Big5 …): those are decoded here with
// the page decoder's label table, since QXmlStreamReader knows only the Unicode encodings.
//
// Robustness: never throws or blocks; malformed XML ends the reading with the items read so far
// and `error` set; at most `maxItems` items are kept (`truncated` then); entity expansion is
// bounded by QXmlStreamReader and external entities are never fetched.
//
// Threading: stateless, any thread.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace xj {

struct FeedItem {
    QString title;
    QString link;        // absolute when the feed's URL was given
    QDateTime published; // invalid when the item had no readable date
};

struct ParsedFeed {
    enum class Kind { Unknown, Rss, Atom };
    Kind kind = Kind::Unknown;
    QString title;       // the channel's or feed's own title
    QString charset;     // how the body was read: "UTF-8", "GB18030", …
    QList<FeedItem> items;
    bool truncated = false; // more than maxItems items were on offer
    QString error;          // translated; empty when the whole document was read
};

class FeedReader {
public:
    static constexpr int kMaxItems = 5000;

    // `contentType`: the raw Content-Type header value; `base`: the feed's URL, for relative links.
    static ParsedFeed parse(const QByteArray &body, const QByteArray &contentType = {}, const QUrl &base = {},
                            int maxItems = kMaxItems);

    // RFC 822/1123 as RSS writes it: "Tue, 10 Jun 2026 08:30:00 +0800", "… GMT", "… EST", with or
    // without weekday and seconds, two-digit years. Invalid when unreadable.
    static QDateTime parseRfc822(const QString &text);
    // ISO 8601 / RFC 3339 as Atom and dc:date write it: "2026-06-10T08:30:00+08:00", "…Z",
    // fractions of a second, a date alone. Without an offset the time is local.
    static QDateTime parseIso8601(const QString &text);
    // Either of the above.
    static QDateTime parseAnyDate(const QString &text);
};

} // namespace xj
