#pragma once
// One fetched page, parsed the way a browser parses it (gumbo, the HTML5 tree construction
// algorithm — never regular expressions: government CMS output is tag soup, and only the real
// algorithm agrees with what visitors see). Everything the checks need is extracted once at parse
// time into plain Qt values, so a document is cheap to copy and safe to hand across threads.
//
// Hostile or broken pages must not take the crawler down, so parsing has hard limits (Options):
// the input is cut at 16 MiB; elements nested deeper than 512 have their start tags ignored (as
// Chromium caps its tree depth), because gumbo's tree construction slows quadratically with depth;
// and the parser's memory and CPU time are budgeted — over budget, it is abandoned and the document
// is empty. Each of these is reported in warnings() and by the accessors below, never silently.

#include "DomTree.h"

#include <QHash>
#include <QSharedPointer>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace xj {

struct ExtractedLink {
    // The codes (HtmlDocument::kindCode) are stored with findings: never rename.
    enum Kind {
        Anchor,      // a[href]
        Attachment,  // a[href] / area[href] to a document file (pdf, doc, xls, wps, ofd…)
        Area,        // area[href] (image maps)
        Image,       // img[src], img[srcset] (each candidate), input[type=image], video[poster], [background]
        Iframe,      // iframe[src]
        Frame,       // frame[src]
        Script,      // script[src]
        Stylesheet,  // link[rel~=stylesheet][href]
        Icon,        // link[rel~=icon / apple-touch-icon][href]
        OtherLink,   // any other link[href] (canonical, alternate, preload…; not dns-prefetch/preconnect)
        Media,       // video[src], audio[src], track[src]
        Source,      // source[src], source[srcset] (each candidate)
        Embed,       // embed[src]
        Object,      // object[data]
        Form,        // form[action]
        MetaRefresh, // meta[http-equiv=refresh] url=…
    };

    QUrl url;          // resolved against <base href> or the page URL, then UrlNormalizer-normalised
    QString rawHref;   // the attribute value as written (entities decoded); one srcset candidate
    QString text;      // what the link shows: anchor text, else an image's alt, else title
    Kind kind = Anchor;
    QString tag;       // "a", "img", "link"…
    QString attribute; // "href", "src", "srcset", "action", "content"…
    int line = 0;      // 1-based source position of the element's start tag (0: parser-inserted)
    int column = 0;
    int node = -1;     // the element in HtmlDocument::dom()
};

class HtmlDocument {
public:
    struct Options {
        qsizetype maxInputBytes = 16 * 1024 * 1024; // UTF-8 bytes parsed; the rest is cut
        int maxDepth = 512;                         // deeper start tags are ignored
        qsizetype maxParserMemory = 0;              // 0: 256 MiB + 32 × input, at most 1 GiB
        int maxParseMs = 20000;                     // CPU time of the parsing thread
        // DecodedPage::charset. Browsers percent-encode a link's non-ASCII query characters in
        // the page's charset (a GBK page's "?name=张三" is sent as %D5%C5%C8%FD): so do we.
        QString documentCharset;
    };

    HtmlDocument() = default;
    static HtmlDocument parse(const QString &html, const QUrl &pageUrl);
    static HtmlDocument parse(const QString &html, const QUrl &pageUrl, const Options &options);

    QUrl pageUrl() const { return m_pageUrl; }
    QUrl baseUrl() const { return m_baseUrl; } // first <base href>, else the page URL
    QString title() const { return m_title; }  // first <title>, whitespace collapsed
    // Every link in document order, nothing deduplicated; javascript:, mailto:, tel:, data: and
    // empty hrefs are left out (UrlNormalizer::resolve cannot fetch them). Template contents and
    // elements the parser cloned (reconstructed formatting) are skipped: one source tag, one link.
    QList<ExtractedLink> links() const { return m_links; }
    // The text a visitor reads: no head, script, style, noscript, template, iframe fallback,
    // [hidden] or inline display:none/visibility:hidden; one line per block; whitespace
    // (including &nbsp; and U+3000) collapsed; blank lines dropped.
    QString visibleText() const { return m_visibleText; }
    // <meta name|property=… content=…> as written (first occurrence wins): SiteName, SiteDomain,
    // SiteIDCode, ColumnName, ColumnType, ArticleTitle, PubDate, ContentSource, Keywords…
    QHash<QString, QString> metaTags() const { return m_metaTags; }
    QString metaTag(const QString &name) const; // case-insensitive lookup; empty when absent
    // Text of the last footer-like region: the last outermost <footer> or element whose id or
    // class contains "foot", "bottom" or "copyright" and shows text; else the last ~15% of
    // visibleText(), cut at a line boundary (old sites lay footers out in bare tables).
    QString footerText() const { return m_footerText; }
    bool footerFromElement() const { return m_footerFromElement; }
    int footerNode() const { return m_footerNode; } // the footer element in dom(); -1 for the fallback
    QList<QUrl> stylesheetUrls() const { return m_stylesheets; }
    QStringList inlineStyles() const { return m_inlineStyles; } // <style> contents, in order
    // The whole tree (DomTree), for the analyses that need more than the values above. Empty
    // when the parser was abandoned.
    const DomTree &dom() const;

    // Limits (see Options). parsed() is false only when the parser was abandoned.
    bool parsed() const { return m_parsed; }
    bool inputTruncated() const { return m_truncated; }
    int flattenedTags() const { return m_flattened; } // start tags ignored for depth
    QStringList warnings() const { return m_warnings; } // translated, for evidence and the UI

    static QString kindCode(ExtractedLink::Kind kind); // "anchor", "attachment", "meta-refresh"…
    // A document file by its path's extension, or by a query value naming one (download.jsp?file=a.pdf).
    static bool isAttachmentUrl(const QUrl &url);
    // The URLs of a srcset value (HTML "parse a srcset attribute", descriptors dropped).
    static QStringList srcsetUrls(const QString &srcset);
    // The URL of a refresh value ("5; url='/new/'"; also the HTTP Refresh header); empty if none.
    static QString refreshUrl(const QString &content);

private:
    QUrl m_pageUrl, m_baseUrl;
    QString m_title, m_visibleText, m_footerText;
    QList<ExtractedLink> m_links;
    QHash<QString, QString> m_metaTags;
    QList<QUrl> m_stylesheets;
    QStringList m_inlineStyles;
    QStringList m_warnings;
    QSharedPointer<const DomTree> m_dom;
    bool m_footerFromElement = false;
    int m_footerNode = -1;
    bool m_parsed = false;
    bool m_truncated = false;
    int m_flattened = 0;
};

} // namespace xj
