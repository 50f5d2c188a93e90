#pragma once
// The freshness indicators of indicators.md as pure functions over what the crawler saw of one
// site (PageDates of its home page, second-level pages and registered columns) and the round:
// W-V3 首页不更新, W-V4 栏目不更新, W-D-NEWS 动态要闻, W-D-POLICY 政策文件, W-D-COLUMN 其他栏目.
// Every date is measured against the round's as-of date (dates after it prove nothing); every
// threshold and point comes from the IndicatorSet. Like MediaRules: no store, no network.
//
// How a column is judged:
// - not fetched: "unreachable", no judgment (the broken link is W-D-LINK's);
// - its date is the newest list item on its page, or the newest sampled content page, whichever
//   is newer; a list page without any date counts as not updated (指标: 无发布时间的视为未更新);
// - blank: nothing at all (PageDates::blank); a page whose list is loaded by script is "unknown";
// - cadence by category: 动态要闻 N days, 通知公告/政策文件 N months, 人事/规划计划 N months
//   (calendar months, QDate::addMonths); "not updated within 14 days" means the newest date is
//   more than 14 days before the as-of date (exactly 14 days is in time). Other columns have no
//   cadence (judged blank only); 互动/办事 columns are not judged.
// - 通知公告/政策文件 count as first-level unless the column's registry extra says otherwise
//   (level / 层级 / 级别 = 2, 二级 …).
// A site opened less than a cadence before the as-of date is not judged on that cadence.
//
// W-D-NEWS / W-D-POLICY judge the site's freshest 动态要闻 (first-level 政策文件) column; its other
// columns of that category are judged one by one under W-D-COLUMN, so no column is deducted
// twice. No such column among the site's registered columns is "missing" (a site without any
// registered column is not judged: its registry is incomplete, not the site).

#include "CheckRecords.h"
#include "DateExtractor.h"
#include "IndicatorSet.h"

#include <optional>

namespace xj {

struct ColumnFreshness {
    SiteColumn column;
    bool fetched = false;                // false: not reachable, say so, no judgment
    PageDates dates;                     // of the column page
    std::optional<QDate> newestContent;  // from sampled content pages' labelled/meta dates
};

struct SiteFreshnessInput {
    Site site;
    bool homeFetched = false;
    PageDates home;
    QList<PageDates> secondLevel;        // for navigation-only homes: the pages its links lead to
    QList<ColumnFreshness> columns;
};

class FreshnessRules {
public:
    // Every rule below, in the order of indicators.md; nothing for disabled indicators.
    static QList<Finding> evaluate(const SiteFreshnessInput &in, const Round &round, const IndicatorSet &set);
    static QStringList codes(); // W-V3, W-V4, W-D-NEWS, W-D-POLICY, W-D-COLUMN

    static std::optional<Finding> homeNotUpdated(const SiteFreshnessInput &in, const Round &round, const IndicatorSet &set);
    static std::optional<Finding> columnsNotUpdated(const SiteFreshnessInput &in, const Round &round, const IndicatorSet &set);
    static std::optional<Finding> news(const SiteFreshnessInput &in, const Round &round, const IndicatorSet &set);
    static std::optional<Finding> policy(const SiteFreshnessInput &in, const Round &round, const IndicatorSet &set);
    static QList<Finding> otherColumns(const SiteFreshnessInput &in, const Round &round, const IndicatorSet &set);

    // The date a content (article) page shows: its 发布时间 label, else its PubDate meta.
    static std::optional<QDate> contentDate(const PageDates &page);
    // The newest content date of sampled pages, up to the as-of date: ColumnFreshness::newestContent.
    static std::optional<QDate> newestContent(const QList<PageDates> &contentPages, const QDate &asOf);
    // A column's date: its newest item or newest content page up to `asOf`, whichever is newer.
    static std::optional<QDate> columnDate(const ColumnFreshness &c, const QDate &asOf);
    static bool isFirstLevel(const SiteColumn &c);
};

} // namespace xj
