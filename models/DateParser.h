#pragma once
// Dates and datetimes as they appear in the spreadsheets units fill in by hand: 2022-06-30,
// 2022/6/30, 2022年6月30日, 2022.06.30, 20220630, full-width digits, Excel serial numbers, with an
// optional time. One parser for every importer, so every table accepts the same forms.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace xj {

class DateParser
{
public:
    // A date; a time part, if present, must be valid but is ignored.
    static std::optional<QDate> parseDate(const QString &text);
    // A datetime in local time; a date without time means midnight.
    static std::optional<QDateTime> parseDateTime(const QString &text);
    // Excel's serial day number (fraction = time of day, rounded to the second). The 1900 system
    // keeps Excel's fictitious 1900-02-29 (serial 60): it has no date and gives nullopt; serial 0
    // is 1899-12-31 so that time-only values (0.5 = 12:00) convert. date1904: serial 0 = 1904-01-01.
    static std::optional<QDateTime> fromExcelSerial(double serial, bool date1904 = false);
    // The accepted forms, for error messages ("expected one of: …"), translated.
    static QString acceptedFormats();
};

} // namespace xj
