#pragma once
// Imports the tables of data-formats.md from the CSV or XLSX files units and monitoring platforms
// send: the registry (units, sites, columns, accounts, status) and what is reported about it
// (posts, reminders, messages, catalog, findings; ReportImport*.cpp). All or nothing: every row is checked first, and one bad row
// means nothing is written; every problem is reported as FILE:ROW:COLUMN: message. Rows are
// matched on their natural key, so importing the same file twice changes nothing; a changed
// 状态 is recorded in the object's status history.
//
// Threading: runs on the thread that owns the Store it is given (the GUI runs it on a worker
// thread with a Store of its own). The progress callback is called on that thread.

#include "Store.h"
#include "TableReader.h"
#include "TableSchema.h"

#include <functional>

namespace xj {

struct ImportProblem {
    QString file;
    int row = 0;     // as the spreadsheet shows it; header = 1; 0 = the file as a whole
    int column = -1; // zero-based; -1 = the row as a whole
    QString message;
    // "sites.csv:7:C: message" — COLUMN is the spreadsheet's column letter.
    QString toString() const;
};

struct ImportResult {
    bool ok = false;
    bool cancelled = false;
    TableKind kind = TableKind::Sites;
    QString encoding;
    int rows = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int statusChanges = 0;
    QList<ImportProblem> problems;
};

class RegistryImporter {
public:
    struct Options {
        std::optional<TableKind> kind;               // forced table (--as); detected when empty
        QHash<QString, QString> headerOverrides;     // header text → field key, from the GUI's mapping
        QString sheet;                               // XLSX sheet; the first when empty
        QString round;                               // the round catalog and findings rows belong to (--round)
        // Called every few hundred rows; return false to cancel (nothing is written then).
        std::function<bool(int done, int total)> progress;
    };

    explicit RegistryImporter(Store &store);

    ImportResult importFile(const QString &path, const Options &options);
    // For the GUI, which has read and previewed the table already. `fileLabel` names it in messages.
    ImportResult importTable(const RawTable &table, const QString &fileLabel, const QByteArray &sha256,
                             const Options &options);

    // The state of one import; defined in RegistryImportContext.h, used by the per-table code.
    struct Context;

private:
    bool validate(Context &ctx);
    bool write(Context &ctx);

    Store &m_store;
};

} // namespace xj
