#include "ResultsCharts.h"

#include "DocumentNumber.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QColor>
#include <QValueAxis>

#include <algorithm>

namespace xj {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// A percentage axis 0–100 on one side, categories on the other.
void percentAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, bool horizontal)
{
    auto *cats = new QBarCategoryAxis;
    cats->append(categories);
    cats->setTruncateLabels(horizontal); // long unit names elided; the four kinds whole
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(QStringLiteral("%d%"));
    values->setTickCount(6);
    chart->addAxis(cats, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(cats);
    series->attachAxis(values);
}

} // namespace

QChart *ResultsCharts::passRateByKind(const RoundResults &r)
{
    QChart *chart = newChart(tr("Pass rate by kind"));
    int platformsPassed = 0;
    for (const ObjectVerdict &v : r.websites.objects)
        if (v.passed && r.servicePlatformIds.contains(v.id))
            ++platformsPassed;
    auto *set = new QBarSet(tr("Pass rate"));
    *set << r.websites.passRate << passRate(platformsPassed, r.servicePlatforms) << r.channels.passRate << r.accounts.passRate;
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    percentAxes(chart, series,
                {tr("Websites"), tr("Platforms"), tr("Channels"), tr("Accounts")},
                false);
    chart->legend()->hide();
    return chart;
}

QList<ResultsCharts::UnitRate> ResultsCharts::failingUnits(const DashboardData &d, int topN)
{
    QHash<qint64, UnitRate> byUnit;
    for (const KindResult *k : {&d.results.websites, &d.results.channels, &d.results.accounts}) {
        for (const ObjectVerdict &v : k->objects) {
            UnitRate &u = byUnit[v.ownerId];
            u.unitId = v.ownerId;
            ++u.checked;
            if (!v.passed)
                ++u.failed;
        }
    }
    QList<UnitRate> out;
    for (UnitRate u : std::as_const(byUnit)) {
        if (u.failed == 0)
            continue;
        u.unit = u.unitId ? d.unitNames.value(u.unitId) : tr("(no owner unit)");
        u.passRate = passRate(u.checked - u.failed, u.checked);
        out.append(u);
    }
    std::sort(out.begin(), out.end(), [](const UnitRate &a, const UnitRate &b) {
        if (a.failed != b.failed)
            return a.failed > b.failed;
        if (a.passRate != b.passRate)
            return a.passRate < b.passRate;
        return a.unit < b.unit;
    });
    return out.mid(0, topN);
}

QChart *ResultsCharts::passRateByUnit(const DashboardData &d, int topN)
{
    const QList<UnitRate> units = failingUnits(d, topN);
    QChart *chart = newChart(units.isEmpty() ? tr("Pass rate by unit: no unit has a failed object")
                                             : tr("Units failing most: pass rate (failed/checked)"));
    auto *set = new QBarSet(tr("Pass rate"));
    QStringList categories;
    // Horizontal bars fill from the bottom: the worst unit goes last to stand on top.
    for (auto it = units.crbegin(); it != units.crend(); ++it) {
        *set << it->passRate;
        categories << tr("%1 (%2/%3)").arg(it->unit).arg(it->failed).arg(it->checked);
    }
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(units.size() < 3 ? 0.4 : 0.7);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    chart->addSeries(series);
    percentAxes(chart, series, categories, true);
    chart->legend()->hide();
    return chart;
}

QChart *ResultsCharts::catalogPerUnit(const DashboardData &d, int topN)
{
    QList<CatalogCount> counts = d.catalog;
    const bool cut = counts.size() > topN;
    if (cut) {
        std::stable_sort(counts.begin(), counts.end(), [](const CatalogCount &a, const CatalogCount &b) {
            return a.linked + a.open > b.linked + b.open;
        });
        counts = counts.mid(0, topN);
    }
    QChart *chart = newChart(cut ? tr("Catalog items per unit (the %1 units with the most)").arg(topN) : tr("Catalog items per unit"));
    auto *linked = new QBarSet(tr("Linked"));
    auto *open = new QBarSet(tr("Open"));
    QStringList categories;
    int most = 0;
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) { // the first unit on top
        *linked << it->linked;
        *open << it->open;
        most = std::max({most, it->linked, it->open});
        categories << d.unitNames.value(it->unitId);
    }
    for (QBarSet *set : {linked, open})
        set->setLabelColor(QColor(40, 40, 40)); // outside the bar: dark on the chart's light background
    auto *series = new QHorizontalBarSeries;
    series->append(linked);
    series->append(open);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *cats = new QBarCategoryAxis;
    cats->append(categories);
    cats->setTruncateLabels(false); // names are what the chart is about
    auto *values = new QValueAxis;
    values->setRange(0, std::max(10, int(most * 1.15)));
    values->setLabelFormat(QStringLiteral("%d"));
    values->applyNiceNumbers();
    chart->addAxis(cats, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(cats);
    series->attachAxis(values);
    return chart;
}

} // namespace xj
