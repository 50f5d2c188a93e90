// The calendar's files and rows: reading a calendar table (the shipped CSV, or a file an
// inspector imports for a newer year) and the calendar_days table that overrides the shipped days.
#include "HolidayCalendar.h"

#include "DateParser.h"
#include "SqlRows.h"
#include "Store.h"
#include "TableReader.h"
#include "TableSchema.h"
#include "TextCodec.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlQuery>

namespace xj {

namespace {

// Comment lines (# …) become empty lines: TableReader skips empty rows but keeps counting them, so
// row numbers in messages stay those an editor shows. Done on decoded text, so that a GBK or
// UTF-16 file is handled like a UTF-8 one.
QByteArray withoutComments(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (line.trimmed().startsWith(QLatin1Char('#')))
            line.clear();
    return lines.join(QLatin1Char('\n')).toUtf8();
}

enum class Column { Date, Kind, Name };

std::optional<Column> columnOf(const QString &header)
{
    const QString h = TableSchemas::normalizeHeader(header).toLower();
    if (h == QLatin1String("date") || h == QLatin1String("day") || h == QStringLiteral("日期"))
        return Column::Date;
    if (h == QLatin1String("kind") || h == QLatin1String("type") || h == QStringLiteral("类型"))
        return Column::Kind;
    if (h == QLatin1String("name") || h == QStringLiteral("名称") || h == QStringLiteral("节日") || h == QStringLiteral("节假日"))
        return Column::Name;
    return std::nullopt;
}

// holiday / workday as inspectors write them; nullopt when neither.
std::optional<bool> parseWorkday(const QString &cell)
{
    const QString k = cell.trimmed().toLower();
    static const QStringList holiday = {QStringLiteral("holiday"), QStringLiteral("放假"), QStringLiteral("休"),
                                        QStringLiteral("假"), QStringLiteral("休息")};
    static const QStringList workday = {QStringLiteral("workday"), QStringLiteral("上班"), QStringLiteral("班"),
                                        QStringLiteral("补班"), QStringLiteral("调休上班")};
    if (holiday.contains(k))
        return false;
    if (workday.contains(k))
        return true;
    return std::nullopt;
}

std::optional<QList<CalendarDay>> parseTable(const RawTable &table, const QString &label, QList<ImportProblem> *problems)
{
    QList<ImportProblem> found;
    QMap<Column, int> columns;
    for (int c = 0; c < table.headers.size(); ++c) {
        const auto column = columnOf(table.headers[c]);
        if (!column)
            continue; // other columns (notes, weekday) are the file's business
        if (columns.contains(*column))
            found.append({label, 1, c, HolidayCalendar::tr("a second column for %1").arg(table.headers[c])});
        else
            columns.insert(*column, c);
    }
    if (!columns.contains(Column::Date))
        found.append({label, 1, -1, HolidayCalendar::tr("no date column (expected a header 日期 or date)")});
    if (!columns.contains(Column::Kind))
        found.append({label, 1, -1, HolidayCalendar::tr("no kind column (expected a header 类型 or kind)")});
    QList<CalendarDay> days;
    if (found.isEmpty()) {
        QHash<QDate, int> rowOfDay;
        const int dateColumn = columns.value(Column::Date), kindColumn = columns.value(Column::Kind);
        const int nameColumn = columns.value(Column::Name, -1);
        for (const TableRow &row : table.rows) {
            CalendarDay d;
            bool ok = true;
            const QString dateText = row.cells.value(dateColumn);
            if (const auto date = DateParser::parseDate(dateText)) {
                d.day = *date;
            } else {
                found.append({label, row.number, dateColumn,
                              dateText.isEmpty() ? HolidayCalendar::tr("the date is empty")
                                                 : HolidayCalendar::tr("\"%1\" is not a date; expected one of: %2")
                                                       .arg(dateText, DateParser::acceptedFormats())});
                ok = false;
            }
            const QString kindText = row.cells.value(kindColumn);
            if (const auto workday = parseWorkday(kindText)) {
                d.workday = *workday;
            } else {
                found.append({label, row.number, kindColumn,
                              HolidayCalendar::tr("\"%1\" is not a kind; expected holiday (放假) or workday (上班)").arg(kindText)});
                ok = false;
            }
            if (nameColumn >= 0)
                d.name = row.cells.value(nameColumn);
            if (!ok)
                continue;
            // The same day twice is a contradiction or a copy-paste slip: the file must settle it.
            if (const auto it = rowOfDay.constFind(d.day); it != rowOfDay.constEnd()) {
                found.append({label, row.number, dateColumn,
                              HolidayCalendar::tr("%1 is already in row %2").arg(d.day.toString(Qt::ISODate)).arg(*it)});
                continue;
            }
            rowOfDay.insert(d.day, row.number);
            days.append(d);
        }
    }
    if (!found.isEmpty()) {
        if (problems)
            problems->append(found);
        return std::nullopt;
    }
    return days;
}

} // namespace

std::optional<QList<CalendarDay>> HolidayCalendar::parseCsv(const QByteArray &bytes, const QString &label,
                                                             QList<ImportProblem> *problems, QString *encoding)
{
    QString error;
    const auto decoded = TextCodec::decode(bytes, &error);
    if (!decoded) {
        if (problems)
            problems->append({label, 0, -1, error});
        return std::nullopt;
    }
    if (encoding)
        *encoding = decoded->encoding;
    const auto table = TableReader::readCsv(withoutComments(decoded->text), label, &error);
    if (!table) {
        if (problems)
            problems->append({label, 0, -1, error});
        return std::nullopt;
    }
    return parseTable(*table, label, problems);
}

std::optional<QList<CalendarDay>> HolidayCalendar::parseFile(const QString &path, const QString &label,
                                                              QList<ImportProblem> *problems, QString *encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append({label, 0, -1, tr("cannot open: %1").arg(file.errorString())});
        return std::nullopt;
    }
    const QByteArray head = file.peek(4);
    if (!head.startsWith("PK\x03\x04")) {
        if (file.size() > TableReader::maxPartBytes) {
            if (problems)
                problems->append({label, 0, -1, tr("the file is too large for a calendar")});
            return std::nullopt;
        }
        return parseCsv(file.readAll(), label, problems, encoding);
    }
    // A workbook: TableReader reads it (spreadsheets have no comment lines).
    file.close();
    QString error;
    const auto table = TableReader::readXlsx(path, &error);
    if (!table) {
        if (problems)
            problems->append({label, 0, -1, error});
        return std::nullopt;
    }
    if (encoding)
        encoding->clear();
    return parseTable(*table, label, problems);
}

std::optional<QList<CalendarDay>> HolidayCalendar::storedDays(Store &store, QString *error)
{
    QSqlQuery &q = store.query(QStringLiteral("SELECT day, kind, name FROM calendar_days ORDER BY day"));
    if (!store.exec(q)) {
        if (error)
            *error = store.lastError();
        return std::nullopt;
    }
    QList<CalendarDay> days;
    while (q.next()) {
        CalendarDay d;
        d.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        d.workday = q.value(1).toString() == QLatin1String("workday");
        d.name = q.value(2).toString();
        d.imported = true;
        if (d.day.isValid())
            days.append(d);
    }
    q.finish();
    return days;
}

CalendarImportResult HolidayCalendar::importFile(Store &store, const QString &path)
{
    CalendarImportResult result;
    const QString label = QFileInfo(path).fileName();
    const auto days = parseFile(path, label, &result.problems, &result.encoding);
    if (!days)
        return result;
    result.rows = int(days->size());
    QString error;
    const auto stored = storedDays(store, &error);
    if (!stored) {
        result.problems.append({label, 0, -1, error});
        return result;
    }
    QHash<QDate, CalendarDay> before;
    for (const CalendarDay &d : *stored)
        before.insert(d.day, d);

    if (!store.begin()) {
        result.problems.append({label, 0, -1, store.lastError()});
        return result;
    }
    QSqlQuery &q = store.query(QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES (?, ?, ?) "
                                              "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name"));
    for (const CalendarDay &d : *days) {
        const auto old = before.constFind(d.day);
        if (old != before.constEnd() && old->workday == d.workday && old->name == d.name) {
            ++result.unchanged;
            continue;
        }
        q.addBindValue(d.day.toString(Qt::ISODate));
        q.addBindValue(d.kindCode());
        q.addBindValue(sql::text(d.name));
        if (!store.exec(q)) {
            store.rollback();
            result.problems.append({label, 0, -1, store.lastError()});
            result.inserted = result.updated = result.unchanged = 0;
            return result;
        }
        ++(old == before.constEnd() ? result.inserted : result.updated);
    }
    if (!store.commit()) {
        store.rollback();
        result.problems.append({label, 0, -1, store.lastError()});
        result.inserted = result.updated = result.unchanged = 0;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace xj
