#pragma once
// Publish dates as Chinese government sites print them, for the freshness indicators (W-V3 首页不更新,
// W-V4 栏目不更新, W-D-NEWS, W-D-POLICY, W-D-COLUMN). Two levels:
//
// - text: every date in a string — 2022-06-30, 2022年6月30日, 2022/06/30, 2022.06.30, 22-06-30,
//   [06-30], (06-30), 06-30, 6月30日 (year inferred), full-width digits, dates followed by a time.
//   Never a date out of a phone number (0663-8221234), a document number (〔2022〕12号), a 网站标识码
//   or a URL path, and never an impossible one (2022-02-30). A "today" widget (今天是2022年6月30日
//   星期四) is a clock, not the date of anything: it is left out.
// - page: the dated items of a page's lists (li / tr / dd / dt / p / div rows and <br>-separated
//   links, walked on the rendered DomTree), the article's labelled date (发布时间：…) and its
//   PubDate meta. Header, footer and navigation regions are skipped, so copyright years, clocks
//   and 最后更新 widgets never pass for content.
//
// A year left out (06-30, 6月30日) is the newest year that does not put the date after the
// as-of date + kFutureToleranceDays, or, when the list itself prints its year (most of its
// items with full dates, or a lone "2021年" heading), at most that year: as of 2023-01-05 the
// item [12-28] is 2022-12-28, on a 2021 archive list [06-30] is 2021-06-30.

#include "HtmlDocument.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace xj {

// What one page says about its dates: stored as pages.facts["dates"] (toJson) so that the rules
// can be evaluated again without fetching anything.
struct PageDates {
    QList<QDate> itemDates;             // one per dated list item, newest first
    int listItems = 0;                  // items of the main list(s), dated or not
    std::optional<QDate> metaDate;      // PubDate / publishdate / article:published_time meta
    std::optional<QDate> labelledDate;  // 发布时间：… on an article
    bool navigationOnly = false;        // a home page that is only navigation: no list, no dates, mostly links
    int articleChars = 0;               // non-link text outside header, footer and sidebars (a single-page column's body)
    bool scriptedList = false;          // no list found, but the page's scripts load data: blankness unknown

    // The newest date the page shows as its content: its newest list item; without list items,
    // the labelled date, else the meta date.
    std::optional<QDate> newest() const;
    // The same, but only dates on or before `asOf` (later ones cannot prove an update before it).
    std::optional<QDate> newestUpTo(const QDate &asOf) const;
    // No content at all: no list item, no article date, no article text, nothing loaded by script.
    bool blank() const;

    // Compact: {"items":["2022-06-30",…],"n":20,"meta":…,"label":…,"nav":true,"chars":…,"script":true};
    // absent keys are defaults. At most kMaxStoredItems item dates are kept (the newest).
    QJsonObject toJson() const;
    static PageDates fromJson(const QJsonObject &json);

    static constexpr int kMaxStoredItems = 60;
    static constexpr int kBlankMaxArticleChars = 100; // less body text than this is no body
};

class DateExtractor {
public:
    // How far past the as-of date a year-less date may lie (the crawl may run a few days later).
    static constexpr int kFutureToleranceDays = 7;

    struct Match {
        QDate date;
        qsizetype position = 0; // in the text given
        qsizetype length = 0;
        bool yearInferred = false; // 06-30, 6月30日 (and 22-06-30)
        int labelRank = 0;         // 1 发布时间/发布日期…, 2 更新时间…, 3 日期/时间 just before it; 0 none
    };

    // Every date in `text`, in text order. `hintYear` (0: none) caps inferred years (see above).
    // With an invalid `asOf` year-less dates are left out: their year cannot be known.
    static QList<Match> matches(const QString &text, const QDate &asOf, int hintYear = 0);
    static QList<QDate> datesInText(const QString &text, const QDate &asOf);
    // The best labelled date of a text (lowest label rank, first of its rank); nullopt if none.
    static std::optional<QDate> labelledDate(const QString &text, const QDate &asOf);

    static PageDates extract(const HtmlDocument &doc, const QDate &asOf);
};

} // namespace xj
