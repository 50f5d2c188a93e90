#pragma once
// The dashboard's charts (Qt Charts), built from a round's results: pass rate by kind (websites,
// service platforms, channels, accounts), pass rate of the units with the most failed objects,
// and each unit's catalog counts (linked and open, two series). Each function returns a new
// QChart for a QChartView (the view takes it; the previous chart is the caller's to delete).
//
// Threading: GUI thread (QChart is a graphics item).

#include "ResultsJob.h"

#include <QCoreApplication>

class QChart;

namespace xj {

class ResultsCharts {
    Q_DECLARE_TR_FUNCTIONS(xj::ResultsCharts)
public:
    static constexpr int kUnits = 8;          // units shown in the pass-rate-by-unit chart
    static constexpr int kCatalogUnits = 20;  // units shown in the catalog chart (most linked first)

    static QChart *passRateByKind(const RoundResults &r);
    static QChart *passRateByUnit(const DashboardData &d, int topN = kUnits);
    static QChart *catalogPerUnit(const DashboardData &d, int topN = kCatalogUnits);

    // The units of passRateByUnit(), worst first: those with at least one failed object, by the
    // number failed (descending), then the pass rate (ascending), then the name.
    struct UnitRate {
        qint64 unitId = 0;
        QString unit;
        int checked = 0;
        int failed = 0;
        double passRate = 0;
    };
    static QList<UnitRate> failingUnits(const DashboardData &d, int topN = kUnits);
};

} // namespace xj
