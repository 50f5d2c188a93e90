#pragma once
// Reads one table — a header row and data rows of text cells — from the CSV and XLSX files
// inspectors receive. Every importer sits on top of this, so it owns the file-level concerns:
// encoding detection, CSV quoting, XLSX shared strings, number and date formatting, and the row
// numbers error messages must quote ("FILE:ROW:COLUMN", ROW as the spreadsheet shows it).

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QByteArray;

namespace xj {

struct TableRow {
    int number = 0; // row number as the spreadsheet shows it (header = 1)
    QStringList cells;
};

// Cells are trimmed of surrounding whitespace (including U+3000). The header is the first
// non-empty row; trailing empty header cells are dropped. Completely empty rows are skipped.
// Data rows shorter than the header are padded with empty cells; longer rows keep their extras.
struct RawTable {
    QString sourceName; // the path (or name) given by the caller, used in messages
    QString format;     // "csv" | "xlsx"
    QString encoding;   // CSV: as TextCodec reports it; XLSX: empty
    QStringList headers;
    QList<TableRow> rows;
};

class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)

public:
    // Chosen by content, not extension: a zip (PK\x03\x04) is read as XLSX, anything else as
    // CSV. sheetName applies to XLSX only (empty = first worksheet).
    static std::optional<RawTable> read(const QString &path, QString *error,
                                        const QString &sheetName = {});
    static std::optional<RawTable> readCsv(const QByteArray &bytes, const QString &sourceName,
                                           QString *error);
    static std::optional<RawTable> readXlsx(const QString &path, QString *error,
                                            const QString &sheetName = {});
    static QString columnLetter(int zeroBasedIndex); // 0→"A", 25→"Z", 26→"AA"

    // Limits against hostile or broken files: the largest file or uncompressed XLSX part read
    // into memory, and the most cells a table may hold.
    static constexpr qint64 maxPartBytes = qint64(512) << 20;
    static constexpr qint64 maxCells = 2'000'000;

private:
    // Turns raw records (numbered, untrimmed) into headers + rows as described above.
    static RawTable assemble(const QString &sourceName, const QString &format,
                             const QList<TableRow> &records);
};

} // namespace xj
