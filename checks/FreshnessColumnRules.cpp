// W-D-NEWS 动态要闻, W-D-POLICY 政策文件 and W-D-COLUMN 其他栏目.
#include "FreshnessInternal.h"

#include "Vocabulary.h"

#include <QJsonArray>

namespace xj {

using namespace freshness;

namespace {

const QString kNews = QStringLiteral("W-D-NEWS");
const QString kPolicy = QStringLiteral("W-D-POLICY");
const QString kColumn = QStringLiteral("W-D-COLUMN");

// The column a site-level indicator judges among those of its category: the freshest one that
// can be judged (a dated one beats a blank or undated one); nullptr when none can.
const ColumnView *primaryOf(const QList<ColumnView> &views, ColumnCategory category, bool firstLevelOnly)
{
    const ColumnView *best = nullptr;
    for (const ColumnView &v : views) {
        if (v.column->column.category != category || !v.judgeable())
            continue;
        if (firstLevelOnly && !FreshnessRules::isFirstLevel(v.column->column))
            continue;
        if (!best || (v.date && (!best->date || *v.date > *best->date)))
            best = &v;
    }
    return best;
}

// W-D-NEWS and W-D-POLICY: no column of the category → missing; its freshest column not updated
// within the cadence → stale.
std::optional<Finding> categoryRule(const SiteFreshnessInput &in, const Round &round, const IndicatorSet &set,
                                    const QString &code, ColumnCategory category, const Cadence &cadence)
{
    if (!set.enabled(code) || in.columns.isEmpty())
        return std::nullopt;
    const QDate asOf = asOfOf(round);
    const QList<ColumnView> views = viewsOf(in.columns, asOf);
    const QString categoryName = Vocabulary<ColumnCategory>::zh(category);
    QList<ColumnView> ofCategory;
    for (const ColumnView &v : views)
        if (v.column->column.category == category)
            ofCategory.append(v);

    Finding f = siteFinding(in.site, round, set, code);
    f.details = {{QStringLiteral("as_of"), iso(asOf)}, {QStringLiteral("category"), Vocabulary<ColumnCategory>::code(category)}};
    if (ofCategory.isEmpty()) {
        f.points = pointsOf(set, code, QStringLiteral("missingPoints"));
        f.evidence = Tr::tr("none of the site's %n registered column(s) is a %1 column", nullptr, int(in.columns.size()))
                         .arg(categoryName);
        f.details.insert(QStringLiteral("missing"), true);
        f.details.insert(QStringLiteral("registered_columns"), int(in.columns.size()));
        return f;
    }
    const ColumnView *primary = primaryOf(views, category, category == ColumnCategory::Policy);
    if (!primary || !primary->staleOn(cadence, in.site, asOf))
        return std::nullopt;
    f.points = pointsOf(set, code, QStringLiteral("stalePoints"));
    f.url = primary->column->column.url;
    f.details.insert(QStringLiteral("column"), primary->toJson());
    f.details.insert(QStringLiteral("limit"), cadence.toJson());
    QJsonArray notJudged;
    for (const ColumnView &v : ofCategory)
        if (!v.judgeable())
            notJudged.append(v.toJson());
    if (!notJudged.isEmpty())
        f.details.insert(QStringLiteral("not_judged"), notJudged);
    const QString name = primary->column->column.name;
    switch (primary->state) {
    case ColumnState::Dated:
        f.evidence = Tr::tr("the freshest %1 column «%2» was last updated %3, before the as-of date %4 by more than %5")
                         .arg(categoryName, name, iso(*primary->date), iso(asOf), cadence.text());
        break;
    case ColumnState::Blank:
        f.evidence = Tr::tr("the %1 column «%2» is blank (as of %3)").arg(categoryName, name, iso(asOf));
        break;
    default:
        f.evidence = Tr::tr("the %1 column «%2» shows no publish date up to the as-of date %3 (a page without dates counts "
                            "as not updated)")
                         .arg(categoryName, name, iso(asOf));
        break;
    }
    return f;
}

} // namespace

std::optional<Finding> FreshnessRules::news(const SiteFreshnessInput &in, const Round &round, const IndicatorSet &set)
{
    return categoryRule(in, round, set, kNews, ColumnCategory::News, Cadence{set.integer(kNews, QStringLiteral("days"), 14), 0});
}

std::optional<Finding> FreshnessRules::policy(const SiteFreshnessInput &in, const Round &round, const IndicatorSet &set)
{
    return categoryRule(in, round, set, kPolicy, ColumnCategory::Policy,
                        Cadence{0, set.integer(kPolicy, QStringLiteral("months"), 6)});
}

QList<Finding> FreshnessRules::otherColumns(const SiteFreshnessInput &in, const Round &round, const IndicatorSet &set)
{
    QList<Finding> out;
    if (!set.enabled(kColumn))
        return out;
    const QDate asOf = asOfOf(round);
    const QList<ColumnView> views = viewsOf(in.columns, asOf);
    // The columns W-D-NEWS and W-D-POLICY judge are theirs: none is deducted twice.
    const ColumnView *newsPrimary = primaryOf(views, ColumnCategory::News, false);
    const ColumnView *policyPrimary = primaryOf(views, ColumnCategory::Policy, true);
    const Cadence news{set.integer(kColumn, QStringLiteral("newsDays"), 14), 0};
    const Cadence notice{0, set.integer(kColumn, QStringLiteral("noticeMonths"), 6)};
    const Cadence yearly{0, set.integer(kColumn, QStringLiteral("personnelMonths"), 12)};
    for (const ColumnView &v : views) {
        const SiteColumn &col = v.column->column;
        if (&v == newsPrimary || &v == policyPrimary || !v.judgeable() || col.category == ColumnCategory::Interaction
            || col.category == ColumnCategory::Service)
            continue;
        Cadence cadence; // Other: none, judged blank only
        if (col.category == ColumnCategory::News)
            cadence = news;
        else if (col.category == ColumnCategory::Notice || col.category == ColumnCategory::Policy)
            cadence = notice;
        else if (col.category == ColumnCategory::Personnel || col.category == ColumnCategory::Planning)
            cadence = yearly;
        const bool blank = v.state == ColumnState::Blank;
        if (!blank && !v.staleOn(cadence, in.site, asOf))
            continue;
        Finding f = siteFinding(in.site, round, set, kColumn, col.id > 0 ? QString::number(col.id) : col.url);
        f.url = col.url;
        f.details = {{QStringLiteral("as_of"), iso(asOf)}, {QStringLiteral("column"), v.toJson()}};
        if (blank) {
            f.points = pointsOf(set, kColumn, QStringLiteral("blankPoints"));
            f.evidence = Tr::tr("column «%1» is blank: its page lists nothing (as of %2)").arg(col.name, iso(asOf));
            f.details.insert(QStringLiteral("blank"), true);
        } else {
            f.points = pointsOf(set, kColumn, QStringLiteral("stalePoints"));
            f.details.insert(QStringLiteral("limit"), cadence.toJson());
            f.evidence = v.date ? Tr::tr("column «%1» (%2) was last updated %3, before the as-of date %4 by more than %5")
                                      .arg(col.name, Vocabulary<ColumnCategory>::zh(col.category), iso(*v.date), iso(asOf),
                                           cadence.text())
                                : Tr::tr("column «%1» (%2) shows no publish date up to the as-of date %3")
                                      .arg(col.name, Vocabulary<ColumnCategory>::zh(col.category), iso(asOf));
        }
        out.append(f);
    }
    return out;
}

} // namespace xj
