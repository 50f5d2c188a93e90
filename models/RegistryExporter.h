#pragma once
// Writes a registry table in the import format of data-formats.md, so that an exported file
// imports back unchanged: CSV as UTF-8 with a BOM and CRLF line ends (opens right in Excel and
// WPS), or XLSX (by the file's extension).

#include "Store.h"
#include "TableSchema.h"

namespace xj {

class RegistryExporter {
public:
    // The rows of a table as exported: header (canonical Chinese) first.
    static QList<QStringList> rows(const Store &store, TableKind kind);
    // Returns false with *error set when the file cannot be written.
    static bool write(const Store &store, TableKind kind, const QString &path, QString *error);
    static bool writeCsv(const QList<QStringList> &rows, const QString &path, QString *error);
    static bool writeXlsx(const QList<QStringList> &rows, const QString &path, const QString &sheetName, QString *error);
};

} // namespace xj
