// Registry import: the units table (单位, 单位类型, 上级单位, 联系人, 联系电话).
#include "RegistryImportContext.h"
#include "Vocabulary.h"

namespace xj {

namespace {
struct UnitRow {
    int row;
    Unit unit;
    QString parent;
};
struct UnitPlan {
    QList<UnitRow> rows;
};
} // namespace

bool validateUnits(RegistryImporter::Context &ctx)
{
    auto plan = std::make_shared<UnitPlan>();
    QHash<QString, int> firstRow;
    const auto existing = ctx.store.units();
    QSet<QString> known;
    for (const Unit &u : existing)
        known.insert(u.name);
    const int total = int(ctx.table.rows.size());
    int done = 0;
    for (const TableRow &row : ctx.table.rows) {
        if (++done % 500 == 0 && !ctx.progress(done, 2 * total))
            return ctx.result.cancelled = true, false;
        UnitRow r{row.number, {}, ctx.cell(row, QStringLiteral("parent_unit"))};
        r.unit.name = ctx.cell(row, QStringLiteral("unit"));
        if (r.unit.name.isEmpty()) {
            ctx.problem(row.number, QStringLiteral("unit"), ImportTr::tr("单位 is empty"));
            continue;
        }
        if (const int first = firstRow.value(r.unit.name)) {
            ctx.problem(row.number, QStringLiteral("unit"),
                        ImportTr::tr("unit \"%1\" already given in row %2").arg(r.unit.name).arg(first));
            continue;
        }
        firstRow.insert(r.unit.name, row.number);
        const QString kind = ctx.cell(row, QStringLiteral("unit_kind"));
        if (!kind.isEmpty()) {
            const auto k = Vocabulary<UnitKind>::parse(kind);
            if (!k)
                ctx.problem(row.number, QStringLiteral("unit_kind"),
                            ImportTr::tr("unknown unit kind \"%1\"; expected %2").arg(kind, Vocabulary<UnitKind>::acceptedList()));
            else
                r.unit.kind = *k;
        }
        r.unit.contact = ctx.cell(row, QStringLiteral("contact"));
        r.unit.phone = ctx.cell(row, QStringLiteral("phone"));
        r.unit.extra = ctx.extras(row);
        plan->rows.append(r);
    }
    // Parents may come later in the same file.
    for (const UnitRow &r : std::as_const(plan->rows)) {
        if (r.parent.isEmpty())
            continue;
        if (r.parent == r.unit.name)
            ctx.problem(r.row, QStringLiteral("parent_unit"), ImportTr::tr("a unit cannot be its own 上级单位"));
        else if (!known.contains(r.parent) && !firstRow.contains(r.parent))
            ctx.problem(r.row, QStringLiteral("parent_unit"),
                        ImportTr::tr("上级单位 \"%1\" is neither in this file nor in the registry").arg(r.parent));
    }
    ctx.plan = plan;
    return true;
}

bool writeUnits(RegistryImporter::Context &ctx)
{
    auto &plan = *std::static_pointer_cast<UnitPlan>(ctx.plan);
    QHash<QString, Unit> byName;
    for (const Unit &u : ctx.store.units())
        byName.insert(u.name, u);
    enum Outcome { Unchanged, Updated, Inserted };
    QList<Outcome> outcome(plan.rows.size(), Unchanged);
    const int total = int(plan.rows.size());
    for (int i = 0; i < total; ++i) {
        if ((i + 1) % 500 == 0 && !ctx.progress(total + i + 1, 2 * total))
            return ctx.result.cancelled = true, false;
        const UnitRow &r = plan.rows[i];
        auto it = byName.find(r.unit.name);
        if (it == byName.end()) {
            Unit u = r.unit;
            u.parentId = 0; // set below, once every unit of the file exists
            u.id = ctx.store.insertUnit(u);
            if (!u.id)
                return false;
            byName.insert(u.name, u);
            outcome[i] = Inserted;
            continue;
        }
        Unit u = *it;
        bool changed = false;
        auto set = [&changed](auto &field, const auto &value) {
            if (field != value) {
                field = value;
                changed = true;
            }
        };
        // Only the columns the file has are compared: a file without 联系人 keeps the contacts.
        if (ctx.has(QStringLiteral("unit_kind")))
            set(u.kind, r.unit.kind);
        if (ctx.has(QStringLiteral("contact")))
            set(u.contact, r.unit.contact);
        if (ctx.has(QStringLiteral("phone")))
            set(u.phone, r.unit.phone);
        changed |= mergeExtras(u.extra, r.unit.extra);
        if (changed && !ctx.store.updateUnit(u))
            return false;
        *it = u;
        outcome[i] = changed ? Updated : Unchanged;
    }
    if (ctx.has(QStringLiteral("parent_unit"))) {
        for (int i = 0; i < total; ++i) {
            const UnitRow &r = plan.rows[i];
            Unit &u = byName[r.unit.name];
            const qint64 parentId = r.parent.isEmpty() ? 0 : byName.value(r.parent).id;
            if (u.parentId == parentId)
                continue;
            u.parentId = parentId;
            if (!ctx.store.updateUnit(u))
                return false;
            if (outcome[i] == Unchanged)
                outcome[i] = Updated;
        }
    }
    for (Outcome o : outcome)
        ++(o == Inserted ? ctx.result.inserted : o == Updated ? ctx.result.updated : ctx.result.unchanged);
    return true;
}

} // namespace xj
