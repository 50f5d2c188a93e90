#pragma once
// The import tables of data-formats.md: which headers each has (canonical Chinese and English
// alias), which are required, how a file's header row maps onto them, and which table a file is.
// Two families: the registry (units … status), which export writes back, and what other sources
// report about it (posts … findings), of which catalog and findings belong to a round.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace xj {

enum class TableKind { Units, Sites, Columns, Accounts, Status, Posts, Reminders, Messages, Catalog, Findings };

struct FieldSpec {
    QString key;   // the English alias, also our internal name
    QString zh;    // canonical header
    bool required = false;
};

struct TableSchema {
    TableKind kind;
    QString code; // "sites", as --as takes it
    QList<FieldSpec> fields;
    bool registry = true;    // a registry table: `xunjian export` writes it
    bool needsRound = false; // its rows belong to a round (import --round ID)
    const FieldSpec *field(const QString &key) const;
};

// How one file's header row maps onto a schema.
struct HeaderMap {
    QStringList keyOfColumn;         // per column: a field key, or empty for an extra attribute
    QHash<QString, int> columnOfKey; // field key → zero-based column
    QStringList missingRequired;     // required field keys no column maps to
    QList<int> duplicateColumns;     // columns that map to a field another column already maps to
    int column(const QString &key) const { return columnOfKey.value(key, -1); }
};

class TableSchemas {
public:
    static const QList<TableSchema> &all();
    static const TableSchema &get(TableKind kind);
    // Accepts the code ("sites") or the Chinese table name ("网站", "留言").
    static const TableSchema *byName(const QString &name);
    // A header cell as compared: spaces, full-width forms, bracketed notes and a trailing ＊/* removed.
    static QString normalizeHeader(const QString &header);
    // overrides: header text as in the file → field key (from the GUI's mapping step).
    static HeaderMap map(const TableSchema &schema, const QStringList &headers,
                         const QHash<QString, QString> &overrides = {});
    // The table whose required headers are all present and which matches the most headers.
    // nullopt with *why set when none fits or two fit equally.
    static std::optional<TableKind> detect(const QStringList &headers, QString *why);
    static QString codeOf(TableKind kind) { return get(kind).code; }
};

} // namespace xj
