#pragma once
// Private to the registry importer: the state of one import while it is checked and written.

#include "RegistryImporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace xj {

struct RegistryImporter::Context {
    Context(Store &s, const RawTable &t, const QString &f, const Options &o, ImportResult &r)
        : store(s), table(t), file(f), options(o), result(r)
    {
    }

    Store &store;
    const RawTable &table;
    QString file;
    const Options &options;
    ImportResult &result;
    const TableSchema *schema = nullptr;
    HeaderMap map;
    QString source; // recorded with history entries: "import:FILE"

    // Per-kind plans, filled by validate and consumed by write. Each kind's file keeps its own.
    std::shared_ptr<void> plan;

    bool has(const QString &key) const { return map.column(key) >= 0; }
    QString cell(const TableRow &row, const QString &key) const
    {
        const int c = map.column(key);
        return c >= 0 && c < row.cells.size() ? row.cells[c].trimmed() : QString();
    }
    void problem(int row, const QString &key, const QString &message)
    {
        result.problems.append({file, row, map.column(key), message});
    }
    // A date cell: an empty cell gives an invalid date; an unreadable one is a problem.
    QDate date(const TableRow &row, const QString &key, bool *ok);
    // A datetime cell, in local time (a date alone is midnight); empty gives an invalid datetime.
    QDateTime dateTime(const TableRow &row, const QString &key, bool *ok);
    // Unknown columns, kept as extra attributes.
    QJsonObject extras(const TableRow &row) const;
    // "网站标识码 (site_code)": how a message names a field.
    QString fieldName(const QString &key) const;
    bool progress(int done, int total) const { return !options.progress || options.progress(done, total); }

};

// Messages of the importer, in translation context "RegistryImporter".
struct ImportTr {
    Q_DECLARE_TR_FUNCTIONS(RegistryImporter)
};

// One function pair per table, in RegistryImportRows*.cpp.
bool validateUnits(RegistryImporter::Context &ctx);
bool writeUnits(RegistryImporter::Context &ctx);
bool validateSites(RegistryImporter::Context &ctx);
bool writeSites(RegistryImporter::Context &ctx);
bool validateColumns(RegistryImporter::Context &ctx);
bool writeColumns(RegistryImporter::Context &ctx);
bool validateAccounts(RegistryImporter::Context &ctx);
bool writeAccounts(RegistryImporter::Context &ctx);
bool validateStatus(RegistryImporter::Context &ctx);
bool writeStatus(RegistryImporter::Context &ctx);

// Shared by sites and accounts: the unit named as 主办单位, created (as 其他) when new.
qint64 ensureUnit(Store &store, QHash<QString, qint64> &unitIds, const QString &name);
// A registry row whose 状态 differs from the registry's: the change is appended to the object's
// history, dated the day of the import. False on a database error.
bool recordImportedStatus(RegistryImporter::Context &ctx, ObjectType type, qint64 id, ObjectStatus status);
// Merges new extra attributes over old ones; true when anything changed.
bool mergeExtras(QJsonObject &into, const QJsonObject &from);
// A URL cell: absolute http(s), or a bare host (http:// is assumed). Empty QString when not usable.
QString normalizeUrlCell(const QString &text, const QString &base = {});

} // namespace xj
