#pragma once
// What one page shows of the site's identity (网站标识, indicators.md W-D-IDENT, W-D-DOMAIN,
// W-D-TAGS, W-D-FIXIT): the identifiers of its footer, the name in its header and its page meta
// tags. analyze() reads a parsed page once, at crawl time; the result is kept as JSON in
// pages.facts["identity"] so that IdentityRules can judge the site again under another indicator
// set without fetching anything.
//
// The footer region: the last outermost footer-like element (<footer>, or an id/class with
// "foot", "bottom", "copyright") — the rule of HtmlDocument::footerText —, going back over short
// ones such as a "返回顶部" button placed after the real footer, and everything after it in the
// document (a badge script or a 找错 entry often sits just after the footer div). Old table
// layouts have no such element: there the region is the largest subtree holding no more text
// than HtmlDocument::footerText (the page's last lines), and everything after it, so that the
// badge in the cell next to the 主办单位 text is found too. Items are searched in the region's
// text and in its images, links and scripts only: a 标识码 quoted in an article is not the
// footer's.
//
// Every string kept is what the page shows, with full-width ASCII folded to half-width (the
// 标识码 "４４５２０００００１" is kept as "4452000001"), cut to a short length.

#include "HtmlDocument.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace xj {

struct IdentityFacts {
    // False when the page could not be read (not parsed, parser abandoned): nothing below is
    // known, and the rules skip the page rather than report everything missing.
    bool parsed = false;
    bool footerElement = false; // the region came from a footer-like element (else: last lines)

    // Each item: what showed it, empty when the footer does not show it.
    QString badge;         // 党政机关网站标识: "link bszs.conac.cn/…", "img alt=党政机关", "script dcs.conac.cn/…"
    QString conacId;       // the id of a conac.cn verification link, when there is one
    QString siteCode;      // 网站标识码 as shown, full-width folded ("4452000001")
    QString icp;           // ICP备案编号: "粤ICP备12345678号-1"
    QString policeRecord;  // 公安机关备案: "粤公网安备44520202000123号", or "beian.gov.cn 44520202000123"
    QString sponsor;       // 主办单位: the text after 主办/主办单位 (or before a trailing 主办)
    QString contact;       // 联系方式: the label, number, address or link text that showed it
    QString fixit;         // 我为政府网站找错: the link, image or text that showed it

    // The page header, for W-D-DOMAIN (the site's name in the header).
    QString title;   // <title>
    QString logoAlt; // alt/title of the logo image
    QString h1;      // the first <h1>'s text (or its image's alt)

    // Page meta tags with a non-empty content, and those present but empty. Names known to
    // indicators.md are spelt its way ("siteidcode" → "SiteIDCode"), others as written.
    QStringList metaTags;
    QStringList emptyMetaTags;

    bool hasMeta(const QString &name) const;       // case-insensitive, non-empty content
    bool hasEmptyMeta(const QString &name) const;  // present with an empty content

    // Compact: empty values are left out. fromJson accepts what toJson wrote (and {} as unparsed).
    QJsonObject toJson() const;
    static IdentityFacts fromJson(const QJsonObject &json);
};

class IdentityCheck {
public:
    // Reads one page. Never fails: an unparsed document gives parsed = false.
    static IdentityFacts analyze(const HtmlDocument &doc);

    // The key of pages.facts this analysis is stored under.
    static QString factsKey() { return QStringLiteral("identity"); }

    // The page meta tags named in indicators.md, spelt its way.
    static const QStringList &knownMetaTags();

    // Text-level recognisers, exposed for tests and for pages read without a footer element.
    // Each returns what it found in `text` (full-width folded), or an empty string.
    static QString findSiteCode(const QString &text);
    static QString findIcp(const QString &text);
    static QString findPoliceRecord(const QString &text);
    static QString findSponsor(const QString &text);
    static QString findContact(const QString &text);
    static QString findFixitText(const QString &text);

    // Full-width ASCII → half-width, U+3000 and &nbsp; → space; case kept (ICP stays upper case).
    static QString foldWidth(const QString &text);
};

} // namespace xj
