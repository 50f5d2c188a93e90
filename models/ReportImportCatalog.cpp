// Report import: the catalog table (挂接目录数 and 开放数据数 per unit) of a round (--round).
#include "MediaRecords.h"
#include "ReportImport.h"
#include "Vocabulary.h"

namespace xj {

namespace {
struct CatalogPlan {
    QList<CatalogCount> counts;
};
} // namespace

bool validateCatalog(RegistryImporter::Context &ctx)
{
    auto plan = std::make_shared<CatalogPlan>();
    QHash<QString, qint64> unitIds;
    for (const Unit &u : ctx.store.units())
        unitIds.insert(u.name, u.id);
    QHash<qint64, int> rowOfUnit;
    for (const TableRow &row : ctx.table.rows) {
        CatalogCount c;
        c.roundId = ctx.options.round;
        const QString unit = ctx.cell(row, QStringLiteral("unit"));
        // The statistics tables units send end with a sum row; totals are computed, not read.
        static const QStringList sums = {QStringLiteral("合计"), QStringLiteral("总计"), QStringLiteral("小计")};
        if (sums.contains(foldForMatch(unit).remove(QLatin1Char(' '))))
            continue;
        bool ok = true;
        if (unit.isEmpty()) {
            ctx.problem(row.number, QStringLiteral("unit"), ImportTr::tr("单位 is empty"));
            ok = false;
        } else if (!(c.unitId = unitIds.value(unit))) {
            // Not created, unlike a 主办单位: the counts rank units, and a misspelt name would
            // rank a unit that does not exist while the real one shows 0.
            ctx.problem(row.number, QStringLiteral("unit"),
                        ImportTr::tr("no unit \"%1\" in the registry; import it with the units table first").arg(unit));
            ok = false;
        }
        const auto linked = countCell(ctx, row, QStringLiteral("linked"));
        const auto open = countCell(ctx, row, QStringLiteral("open"));
        if (!ok || !linked || !open)
            continue;
        c.linked = *linked;
        c.open = *open;
        if (const int first = rowOfUnit.value(c.unitId)) {
            ctx.problem(row.number, QStringLiteral("unit"), ImportTr::tr("unit \"%1\" already given in row %2").arg(unit).arg(first));
            continue;
        }
        rowOfUnit.insert(c.unitId, row.number);
        plan->counts.append(c);
    }
    ctx.plan = plan;
    return true;
}

bool writeCatalog(RegistryImporter::Context &ctx)
{
    auto &plan = *std::static_pointer_cast<CatalogPlan>(ctx.plan);
    MediaRecords records(ctx.store);
    // A newer file replaces a unit's counts; units it does not list keep theirs (a file may be a
    // correction for a few units). Known units tell an insert from a change.
    QSet<qint64> known;
    for (const CatalogCount &c : records.catalog(ctx.options.round))
        known.insert(c.unitId);
    for (const CatalogCount &c : std::as_const(plan.counts)) {
        bool changed = false;
        if (!records.setCatalogCount(c, &changed))
            return false;
        ++(!known.contains(c.unitId) ? ctx.result.inserted : changed ? ctx.result.updated : ctx.result.unchanged);
    }
    return true;
}

} // namespace xj
