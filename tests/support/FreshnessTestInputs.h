#pragma once
// Inputs of the freshness rule tests (tst_freshnessrules, tst_freshnesscolumns), hand-computed
// against the as-of date 2022-06-30: 14 days back is 2022-06-16 (in time) / 2022-06-15 (late);
// 6 calendar months back is 2021-12-30 / 2021-12-29; 12 months back is 2021-06-30 / 2021-06-29.

#include "FreshnessRules.h"

#include <QJsonArray>

#include <algorithm>

namespace xj::test::freshness {

inline const QDate kAsOf(2022, 6, 30);
inline const QDate kNewsInTime(2022, 6, 16), kNewsLate(2022, 6, 15);
inline const QDate kHalfYearInTime(2021, 12, 30), kHalfYearLate(2021, 12, 29);
inline const QDate kYearInTime(2021, 6, 30), kYearLate(2021, 6, 29);

inline Round round2022Q2()
{
    Round r;
    r.id = QStringLiteral("2022Q2");
    r.windowFrom = QDate(2022, 4, 1);
    r.windowTo = kAsOf;
    r.asOf = kAsOf;
    return r;
}

inline Site site()
{
    Site s;
    s.id = 42;
    s.name = QStringLiteral("某某县人民政府");
    s.url = QStringLiteral("http://www.example.gov.cn/");
    s.opened = QDate(2010, 1, 1);
    return s;
}

inline PageDates listed(const QList<QDate> &dates, int undated = 0)
{
    PageDates p;
    p.itemDates = dates;
    std::sort(p.itemDates.begin(), p.itemDates.end(), std::greater<QDate>());
    p.listItems = int(dates.size()) + undated;
    return p;
}

inline PageDates blankPage() { return PageDates(); }

inline PageDates undatedPage() { return listed({}, 8); }

inline ColumnFreshness column(qint64 id, ColumnCategory category, const PageDates &dates, bool fetched = true)
{
    ColumnFreshness c;
    c.column.id = id;
    c.column.siteId = 42;
    c.column.name = QStringLiteral("栏目%1").arg(id);
    c.column.url = QStringLiteral("http://www.example.gov.cn/col%1/").arg(id);
    c.column.category = category;
    c.fetched = fetched;
    c.dates = dates;
    return c;
}

inline ColumnFreshness dated(qint64 id, ColumnCategory category, const QDate &newest)
{
    return column(id, category, listed({newest, newest.addDays(-20)}));
}

inline SiteFreshnessInput input(const QList<ColumnFreshness> &columns = {}, const PageDates &home = listed({QDate(2022, 6, 29)}))
{
    SiteFreshnessInput in;
    in.site = site();
    in.homeFetched = true;
    in.home = home;
    in.columns = columns;
    return in;
}

inline QList<Finding> ofCode(const QList<Finding> &all, const QString &code)
{
    QList<Finding> out;
    for (const Finding &f : all)
        if (f.indicator == code)
            out.append(f);
    return out;
}

inline QStringList branchesOf(const Finding &f)
{
    QStringList out;
    for (const QJsonValue &v : f.details.value(QStringLiteral("branches")).toArray())
        out << v.toString();
    return out;
}

inline IndicatorSet withParam(const QString &code, const QString &key, double value)
{
    IndicatorSet set = IndicatorSet::defaults();
    set.setParam(code, key, value);
    return set;
}

inline IndicatorSet disabled(const QString &code)
{
    IndicatorSet set = IndicatorSet::defaults();
    IndicatorSettings s = *set.settings(code);
    s.enabled = false;
    set.setSettings(s);
    return set;
}


} // namespace xj::test::freshness
