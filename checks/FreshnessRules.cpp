// W-V3 首页不更新 and W-V4 栏目不更新, the shared column views, and evaluate(). The W-D rules are in
// FreshnessColumnRules.cpp.
#include "FreshnessInternal.h"

#include "Vocabulary.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace xj {

namespace freshness {

QString Cadence::text() const
{
    return months > 0 ? Tr::tr("%n month(s)", nullptr, months) : Tr::tr("%n day(s)", nullptr, days);
}

QJsonObject Cadence::toJson() const
{
    return months > 0 ? QJsonObject{{QStringLiteral("months"), months}} : QJsonObject{{QStringLiteral("days"), days}};
}

bool ColumnView::staleOn(const Cadence &c, const Site &site, const QDate &asOf) const
{
    if (!c.valid() || !judgeable())
        return false;
    const QDate limit = c.limit(asOf);
    if (site.opened.isValid() && site.opened > limit)
        return false;
    return state != ColumnState::Dated || *date < limit;
}

QString ColumnView::describe() const
{
    const QString name = QStringLiteral("«%1»").arg(column->column.name);
    switch (state) {
    case ColumnState::Dated: return name + QLatin1Char(' ') + iso(*date);
    case ColumnState::Blank: return Tr::tr("%1 blank").arg(name);
    case ColumnState::Undated: return Tr::tr("%1 shows no date").arg(name);
    case ColumnState::Unreachable: return Tr::tr("%1 not reachable").arg(name);
    case ColumnState::Unknown: return Tr::tr("%1 list loaded by script").arg(name);
    }
    return name;
}

QString ColumnView::stateCode() const
{
    switch (state) {
    case ColumnState::Dated: return QStringLiteral("dated");
    case ColumnState::Blank: return QStringLiteral("blank");
    case ColumnState::Undated: return QStringLiteral("undated");
    case ColumnState::Unreachable: return QStringLiteral("unreachable");
    case ColumnState::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QJsonObject ColumnView::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), column->column.id},
                  {QStringLiteral("name"), column->column.name},
                  {QStringLiteral("category"), Vocabulary<ColumnCategory>::code(column->column.category)},
                  {QStringLiteral("url"), column->column.url},
                  {QStringLiteral("state"), stateCode()}};
    if (date)
        o.insert(QStringLiteral("newest"), iso(*date));
    return o;
}

ColumnView viewOf(const ColumnFreshness &c, const QDate &asOf)
{
    ColumnView v;
    v.column = &c;
    if (!c.fetched) {
        v.state = ColumnState::Unreachable;
        return v;
    }
    v.date = FreshnessRules::columnDate(c, asOf);
    if (v.date)
        v.state = ColumnState::Dated;
    else if (c.dates.blank() && !c.newestContent)
        v.state = ColumnState::Blank;
    else if (c.dates.scriptedList && c.dates.listItems == 0 && !c.newestContent)
        v.state = ColumnState::Unknown;
    else
        v.state = ColumnState::Undated;
    return v;
}

QList<ColumnView> viewsOf(const QList<ColumnFreshness> &columns, const QDate &asOf)
{
    QList<ColumnView> out;
    for (const ColumnFreshness &c : columns)
        out.append(viewOf(c, asOf));
    return out;
}

Finding siteFinding(const Site &site, const Round &round, const IndicatorSet &set, const QString &code, const QString &what)
{
    Finding f;
    f.roundId = round.id;
    f.objectType = ObjectType::Site;
    f.objectId = site.id;
    f.indicator = code;
    f.severity = set.severity(code);
    f.source = QStringLiteral("check");
    f.state = QStringLiteral("pending");
    f.indicatorSetId = set.id;
    f.url = site.url;
    f.fingerprint = code + QLatin1Char('|') + QString::number(site.id);
    if (!what.isEmpty())
        f.fingerprint += QLatin1Char('|') + what;
    // A veto turned into a deduction by an edited set costs its cap.
    if (f.severity == QLatin1String("deduct"))
        f.points = set.maxPoints(code);
    return f;
}

double pointsOf(const IndicatorSet &set, const QString &code, const QString &key)
{
    const double cap = set.maxPoints(code);
    const double points = set.number(code, key);
    return cap > 0 ? std::min(points, cap) : points;
}

QString listed(const QList<ColumnView> &views, int max)
{
    QStringList parts;
    for (int i = 0; i < views.size() && i < max; ++i)
        parts << views[i].describe();
    if (views.size() > max)
        parts << QStringLiteral("…");
    return parts.join(QStringLiteral("、"));
}

} // namespace freshness

using namespace freshness;

namespace {
const QString kHome = QStringLiteral("W-V3");
const QString kColumns = QStringLiteral("W-V4");
} // namespace

std::optional<QDate> FreshnessRules::contentDate(const PageDates &page)
{
    return page.labelledDate ? page.labelledDate : page.metaDate;
}

std::optional<QDate> FreshnessRules::newestContent(const QList<PageDates> &contentPages, const QDate &asOf)
{
    std::optional<QDate> best;
    for (const PageDates &p : contentPages) {
        const auto d = contentDate(p);
        if (d && *d <= asOf && (!best || *d > *best))
            best = d;
    }
    return best;
}

std::optional<QDate> FreshnessRules::columnDate(const ColumnFreshness &c, const QDate &asOf)
{
    std::optional<QDate> best = c.dates.newestUpTo(asOf);
    if (c.newestContent && *c.newestContent <= asOf && (!best || *c.newestContent > *best))
        best = c.newestContent;
    return best;
}

bool FreshnessRules::isFirstLevel(const SiteColumn &c)
{
    for (const char *key : {"level", "层级", "栏目级别", "栏目层级", "级别"}) {
        const QJsonValue v = c.extra.value(QString::fromUtf8(key));
        if (v.isUndefined() || v.isNull())
            continue;
        const QString s = v.isDouble() ? QString::number(v.toInt()) : v.toString().trimmed();
        if (s.isEmpty())
            continue;
        return s == QLatin1String("1") || s.startsWith(QStringLiteral("一")) || s.contains(QStringLiteral("一级"));
    }
    return true;
}

QStringList FreshnessRules::codes()
{
    return {kHome, kColumns, QStringLiteral("W-D-NEWS"), QStringLiteral("W-D-POLICY"), QStringLiteral("W-D-COLUMN")};
}

QList<Finding> FreshnessRules::evaluate(const SiteFreshnessInput &in, const Round &round, const IndicatorSet &set)
{
    QList<Finding> out;
    for (const auto &rule : {homeNotUpdated, columnsNotUpdated, news, policy})
        if (auto f = rule(in, round, set))
            out.append(*f);
    out += otherColumns(in, round, set);
    return out;
}

std::optional<Finding> FreshnessRules::homeNotUpdated(const SiteFreshnessInput &in, const Round &round, const IndicatorSet &set)
{
    if (!set.enabled(kHome) || !in.homeFetched)
        return std::nullopt; // an unreachable home page is W-V2's
    const QDate asOf = asOfOf(round);
    const Cadence cadence{set.integer(kHome, QStringLiteral("days"), 14), 0};
    const QDate limit = cadence.limit(asOf);
    if (in.site.opened.isValid() && in.site.opened > limit)
        return std::nullopt;
    const bool navigation = in.home.navigationOnly;
    if (navigation && in.secondLevel.isEmpty())
        return std::nullopt; // judged on its second-level pages, and none was examined
    std::optional<QDate> newest;
    for (const PageDates &p : navigation ? in.secondLevel : QList<PageDates>{in.home}) {
        const auto d = p.newestUpTo(asOf);
        if (d && (!newest || *d > *newest))
            newest = d;
    }
    if (newest && *newest >= limit)
        return std::nullopt;

    Finding f = siteFinding(in.site, round, set, kHome);
    f.details = {{QStringLiteral("as_of"), iso(asOf)},
                 {QStringLiteral("limit_days"), cadence.days},
                 {QStringLiteral("navigation_only"), navigation},
                 {QStringLiteral("home"), in.home.toJson()}};
    if (newest)
        f.details.insert(QStringLiteral("newest"), iso(*newest));
    if (navigation) {
        f.details.insert(QStringLiteral("second_level_pages"), int(in.secondLevel.size()));
        f.evidence = newest ? Tr::tr("navigation-only home page: none of its %n second-level page(s) has an item within %1 "
                                     "days before the as-of date %2; the newest is %3",
                                     nullptr, int(in.secondLevel.size()))
                                  .arg(cadence.days).arg(iso(asOf), iso(*newest))
                            : Tr::tr("navigation-only home page: none of its %n second-level page(s) shows a publish date "
                                     "up to the as-of date %1",
                                     nullptr, int(in.secondLevel.size()))
                                  .arg(iso(asOf));
    } else {
        f.evidence = newest ? Tr::tr("the home page's newest item is dated %1, %2 days before the as-of date %3 (limit %4 days)")
                                  .arg(iso(*newest)).arg(newest->daysTo(asOf)).arg(iso(asOf)).arg(cadence.days)
                            : Tr::tr("the home page shows no publish date up to the as-of date %1 (a page without dates "
                                     "counts as not updated)")
                                  .arg(iso(asOf));
    }
    return f;
}

std::optional<Finding> FreshnessRules::columnsNotUpdated(const SiteFreshnessInput &in, const Round &round, const IndicatorSet &set)
{
    if (!set.enabled(kColumns))
        return std::nullopt;
    const QDate asOf = asOfOf(round);
    const Cadence news{set.integer(kColumns, QStringLiteral("newsDays"), 14), 0};
    const Cadence notice{0, set.integer(kColumns, QStringLiteral("policyMonths"), 6)};
    // The "should update" cadence of 人事/规划计划 is W-D-COLUMN's: W-V4 names none of its own.
    const Cadence yearly{0, set.integer(QStringLiteral("W-D-COLUMN"), QStringLiteral("personnelMonths"), 12)};
    const int minStale = set.integer(kColumns, QStringLiteral("minStale"), 5);
    const int minShouldUpdate = set.integer(kColumns, QStringLiteral("minShouldUpdate"), 10);
    const int minBlank = set.integer(kColumns, QStringLiteral("minBlank"), 5);

    const QList<ColumnView> views = viewsOf(in.columns, asOf);
    QList<ColumnView> a, b, c;
    for (const ColumnView &v : views) {
        const ColumnCategory cat = v.column->column.category;
        Cadence cadence;
        if (cat == ColumnCategory::News)
            cadence = news;
        else if (cat == ColumnCategory::Notice || cat == ColumnCategory::Policy)
            cadence = notice;
        else if (cat == ColumnCategory::Personnel || cat == ColumnCategory::Planning)
            cadence = yearly;
        const bool stale = v.staleOn(cadence, in.site, asOf);
        const bool firstLevel = cat == ColumnCategory::News || isFirstLevel(v.column->column);
        if (stale && firstLevel && (cat == ColumnCategory::News || cat == ColumnCategory::Notice || cat == ColumnCategory::Policy))
            a.append(v);
        if (stale)
            b.append(v);
        if (v.state == ColumnState::Blank && cat != ColumnCategory::Interaction && cat != ColumnCategory::Service)
            c.append(v);
    }
    const bool reachedA = a.size() >= minStale, reachedB = b.size() >= minShouldUpdate, reachedC = c.size() >= minBlank;
    if (!reachedA && !reachedB && !reachedC)
        return std::nullopt;

    Finding f = siteFinding(in.site, round, set, kColumns);
    QStringList parts;
    QJsonArray branches;
    auto branch = [&](const QString &code, const QList<ColumnView> &list, int min, bool reached) {
        QJsonArray ids;
        for (const ColumnView &v : list)
            ids.append(v.column->column.id);
        f.details.insert(code, QJsonObject{{QStringLiteral("count"), int(list.size())}, {QStringLiteral("min"), min},
                                           {QStringLiteral("reached"), reached}, {QStringLiteral("columns"), ids}});
        if (reached)
            branches.append(code);
    };
    branch(QStringLiteral("a"), a, minStale, reachedA);
    branch(QStringLiteral("b"), b, minShouldUpdate, reachedB);
    branch(QStringLiteral("c"), c, minBlank, reachedC);
    if (reachedA)
        parts << Tr::tr("(a) %1 news columns not updated within %2 or notice/policy columns not updated within %3 "
                        "(at least %4): %5")
                     .arg(a.size()).arg(news.text(), notice.text()).arg(minStale).arg(listed(a));
    if (reachedB)
        parts << Tr::tr("(b) %1 columns not updated on their cadence (at least %2): %3").arg(b.size()).arg(minShouldUpdate).arg(listed(b));
    if (reachedC)
        parts << Tr::tr("(c) %1 blank columns (at least %2): %3").arg(c.size()).arg(minBlank).arg(listed(c));
    f.evidence = Tr::tr("as of %1: %2").arg(iso(asOf), parts.join(QStringLiteral("; ")));
    QJsonArray columns;
    for (const ColumnView &v : views)
        columns.append(v.toJson());
    f.details.insert(QStringLiteral("as_of"), iso(asOf));
    f.details.insert(QStringLiteral("branches"), branches);
    f.details.insert(QStringLiteral("cadence"), QJsonObject{{QStringLiteral("news"), news.toJson()},
                                                            {QStringLiteral("notice_policy"), notice.toJson()},
                                                            {QStringLiteral("personnel_planning"), yearly.toJson()}});
    f.details.insert(QStringLiteral("columns"), columns);
    return f;
}

} // namespace xj
