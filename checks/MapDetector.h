#pragma once
// W-N-MAP 问题地图: images on a page that look like maps, queued for a person to check (missing
// 南海诸岛, 钓鱼岛 or 赤尾屿, wrong borders). Nothing here judges the map itself; it finds the
// images to look at. An <img> is a candidate when a map keyword (the set's W-N-MAP keywords:
// 地图, 示意图, 区位图, 行政区划图, map …) appears in, by strength: its alt, its title, the caption
// of its <figure>, its file name (Latin keywords as whole words: ditu-map.png, not sitemap.png),
// or the text right next to it (the siblings just before and after it in its parent block). A
// 审图号 (GS(2019)1822号, 粤S(2018)071号) next to an image marks an approved 标准地图: still
// queued — the number is named in the evidence so the reviewer can compare it.
//
// 网站地图 / 站点地图 / sitemap is the site's page index, not a map: those words are ignored, and
// an image inside a link to a sitemap is never a candidate.
//
// Pure: no store, no network; walks the page's DomTree.

#include "CheckRecords.h"
#include "HtmlDocument.h"
#include "IndicatorSet.h"

#include <QCoreApplication>

namespace xj {

struct MapCandidate {
    QString imageUrl;  // resolved (lazy-loading data-src / data-original preferred over a placeholder src)
    QString why;       // alt, title, figcaption, src, nearby, approval
    QString matched;   // the text the keyword was found in (shortened)
    QString keyword;   // the keyword found
    QString approval;  // the 审图号 near the image, e.g. "GS(2019)1822号"; empty when none
    QString path;      // DomTree::path of the <img>
    int node = -1;
};

class MapDetector {
    Q_DECLARE_TR_FUNCTIONS(MapDetector)

public:
    // One candidate per image URL, in document order.
    static QList<MapCandidate> detect(const HtmlDocument &doc, const QStringList &keywords);
    // W-N-MAP findings (notice, needs review), fingerprint "W-N-MAP|<site>|<page url>|<image url>";
    // none when the indicator is disabled.
    static QList<Finding> findings(const Site &site, qint64 pageId, const QString &pageUrl,
                                   const QList<MapCandidate> &candidates, const IndicatorSet &set,
                                   const QString &roundId = {});
    // The keywords of the set (W-N-MAP "keywords"), with the defaults when the list is empty.
    static QStringList keywords(const IndicatorSet &set);
};

} // namespace xj
