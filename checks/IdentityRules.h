#pragma once
// The identity indicators of indicators.md as pure functions over a site's pages' IdentityFacts:
// W-D-IDENT 网站标识, W-D-DOMAIN 域名名称, W-D-TAGS 页面标签, W-D-FIXIT 我为政府网站找错.
// Points, severity and parameters come from the IndicatorSet passed in; a disabled indicator files
// nothing. The caps (W-D-IDENT 3, W-D-DOMAIN 3, W-D-TAGS 1, W-D-FIXIT 1) are the scoring's: each
// finding here carries its own points.
//
// Fingerprints ("<code>|<site id>|…") name the page by URL, not by page id, so that the same
// problem found by the next run of the round updates the same finding.
//
// Pages whose facts are not parsed (the fetch failed, the parser gave up) are skipped: a page that
// could not be read is W-D-LINK's business, not a page missing every identifier.
//
// Channels (部门频道, SiteKind::Channel) are judged like any other site: indicators.md judges "a
// website — channels included", and the identifiers, tags and 找错 entry are required on every
// government web page. The channel's front page is its home page here. Its domain is normally the
// hosting portal's and passes the domain rule on that account.

#include "CheckRecords.h"
#include "IdentityCheck.h"
#include "IndicatorSet.h"

namespace xj {

struct PageIdentity {
    qint64 pageId = 0;
    QString url;
    QString role; // home, column, content (PageRecord::role)
    IdentityFacts facts;
};

class IdentityRules {
public:
    // Every rule below, in the order of indicators.md.
    static QList<Finding> evaluate(const Site &site, const QString &unitName, const QList<PageIdentity> &pages,
                                   const IndicatorSet &set);
    // The codes evaluate() can file: what a re-evaluation replaces.
    static QStringList codes();

    // W-D-IDENT: one finding per page missing any footer item, pointsEach × the items missing;
    // one finding per site when a 网站标识码 shown differs from the registry's (pointsEach).
    static QList<Finding> ident(const Site &site, const QList<PageIdentity> &pages, const IndicatorSet &set);
    // W-D-DOMAIN: the domain, the registered name, the name in the home page header; one finding
    // (pointsEach) per failing item.
    static QList<Finding> domain(const Site &site, const QString &unitName, const QList<PageIdentity> &pages,
                                 const IndicatorSet &set);
    // W-D-TAGS: the first contentSample content and columnSample column pages; one finding
    // (pointsEach) per sampled page missing a required tag.
    static QList<Finding> tags(const Site &site, const QList<PageIdentity> &pages, const IndicatorSet &set);
    // W-D-FIXIT: homePoints for the home page, otherPoints for each other page without the entry.
    static QList<Finding> fixit(const Site &site, const QList<PageIdentity> &pages, const IndicatorSet &set);

    // The W-D-IDENT items a page misses, as codes: badge, siteCode, icp, police, sponsor, contact.
    static QStringList missingItems(const IdentityFacts &facts);
    static QString itemName(const QString &item); // 党政机关网站标识 … (the official names)

    // The domain rule's parts.
    static QString hostOf(const QString &siteUrl);             // lower-case, no port, no trailing dot
    static bool isIpAddress(const QString &host);
    static bool hostUnder(const QString &host, const QStringList &suffixes); // IDN-aware (".政务")
    // Whether a registered site name names its unit's region and department (see the .cpp).
    static bool nameNamesUnit(const QString &siteName, const QString &unitName, SiteKind kind);
    // The regions of a unit name, outermost first, and the department after them:
    // 揭阳市榕城区教育局 → {揭阳市, 榕城区}, 教育局.
    static QStringList regionsOf(const QString &unitName, QString *department = nullptr);
    // Whether the home page's header (title, logo alt, h1) shows the site's or the unit's name.
    static bool headerShowsName(const IdentityFacts &home, const QString &siteName, const QString &unitName);
    // Width-folded, lower-cased, without spaces and punctuation ("中国·揭阳" → "中国揭阳").
    static QString foldName(const QString &name);
};

} // namespace xj
