// Dispatch by content, the CSV reader and the parts shared with the XLSX reader
// (TableReaderXlsx.cpp).
#include "TableReader.h"

#include "TextCodec.h"

#include <QCoreApplication>
#include <QFile>

namespace xj {

namespace {

std::optional<RawTable> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// Excel writes the separator of the user's locale: comma, semicolon in many European locales,
// and "Unicode text" exports use tabs. The header line decides; ties go to the comma.
QChar detectSeparator(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (inQuotes)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (comma + semicolon + tab > 0)
                break; // end of the header line; blank lines before it do not count
        }
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

bool onlySpaces(const QString &s)
{
    for (const QChar c : s) {
        if (c != QLatin1Char(' ') && c != QChar(0x3000))
            return false;
    }
    return true;
}

} // namespace

std::optional<RawTable> TableReader::read(const QString &path, QString *error,
                                          const QString &sheetName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(error, QCoreApplication::translate("TableReader", "%1: cannot open: %2")
                               .arg(path, file.errorString()));
    }
    const QByteArray head = file.peek(8);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        file.close();
        return readXlsx(path, error, sheetName);
    }
    // OLE2 compound file: a legacy .xls, or an .xlsx saved with a password (Office encrypts it
    // into a compound file). Neither can be read; say so instead of showing garbage as CSV.
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return fail(error, QCoreApplication::translate(
                               "TableReader",
                               "%1: this is an old .xls workbook or a password-protected one; "
                               "open it in Excel or WPS and save it as .xlsx or CSV")
                               .arg(path));
    }
    if (file.size() > maxPartBytes) {
        return fail(error, QCoreApplication::translate("TableReader",
                                                       "%1: the file is larger than %2 MiB")
                               .arg(path)
                               .arg(maxPartBytes >> 20));
    }
    return readCsv(file.readAll(), path, error);
}

std::optional<RawTable> TableReader::readCsv(const QByteArray &bytes, const QString &sourceName,
                                             QString *error)
{
    QString decodeError;
    const auto decoded = TextCodec::decode(bytes, &decodeError);
    if (!decoded)
        return fail(error, QStringLiteral("%1: %2").arg(sourceName, decodeError));
    const QString &text = decoded->text;
    const QChar sep = detectSeparator(text);

    // One pass over the text. A record ends at a line end outside quotes; records are numbered
    // as spreadsheet rows (a newline inside quotes stays inside the cell, it is not a new row).
    QList<TableRow> records;
    QStringList cells;
    QString field;
    int recordNo = 1;
    int quoteRow = 0;        // row where the open quoted field started
    bool inQuotes = false;
    bool fieldQuoted = false; // this field already had its quoted part
    qint64 cellCount = 0;
    const qsizetype n = text.size();

    auto endRecord = [&]() {
        cells << field;
        cellCount += cells.size();
        records << TableRow{recordNo, cells};
        cells.clear();
        field.clear();
        fieldQuoted = false;
        ++recordNo;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c; // "" is an escaped quote
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\r')) {
                field += QLatin1Char('\n'); // cells hold LF line breaks, as in Excel
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldQuoted && onlySpaces(field)) {
            // A quote opens a quoted field only at its start; elsewhere it is a character, as
            // Excel reads it ( 5" pipe ).
            field.clear();
            inQuotes = true;
            fieldQuoted = true;
            quoteRow = recordNo;
        } else if (c == sep) {
            cells << field;
            field.clear();
            fieldQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            if (cellCount > maxCells) {
                return fail(error, QCoreApplication::translate("TableReader",
                                                               "%1: more than %2 cells")
                                       .arg(sourceName)
                                       .arg(maxCells));
            }
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        return fail(error, QCoreApplication::translate("TableReader",
                                                       "%1:%2: unterminated quoted field")
                               .arg(sourceName)
                               .arg(quoteRow));
    }
    if (!field.isEmpty() || !cells.isEmpty() || fieldQuoted)
        endRecord(); // last line without a line end

    RawTable table = assemble(sourceName, QStringLiteral("csv"), records);
    table.encoding = decoded->encoding;
    return table;
}

RawTable TableReader::assemble(const QString &sourceName, const QString &format,
                               const QList<TableRow> &records)
{
    RawTable table;
    table.sourceName = sourceName;
    table.format = format;
    bool haveHeader = false;
    for (const TableRow &record : records) {
        QStringList cells;
        cells.reserve(record.cells.size());
        bool empty = true;
        for (const QString &cell : record.cells) {
            cells << cell.trimmed(); // QChar::isSpace covers U+3000 and U+00A0
            if (!cells.constLast().isEmpty())
                empty = false;
        }
        if (empty)
            continue; // blank line or ",,,": Excel's empty row; its number stays counted
        if (!haveHeader) {
            while (!cells.isEmpty() && cells.constLast().isEmpty())
                cells.removeLast();
            table.headers = cells;
            haveHeader = true;
            continue;
        }
        while (cells.size() < table.headers.size())
            cells << QString();
        table.rows << TableRow{record.number, cells};
    }
    return table;
}

QString TableReader::columnLetter(int zeroBasedIndex)
{
    if (zeroBasedIndex < 0)
        return {};
    // Bijective base 26: there is no zero digit, hence the -1 at each step.
    QString letters;
    int n = zeroBasedIndex + 1;
    while (n > 0) {
        const int rem = (n - 1) % 26;
        letters.prepend(QLatin1Char(char('A' + rem)));
        n = (n - 1) / 26;
    }
    return letters;
}

} // namespace xj
