#pragma once
// Mainland China working days: weekends off, public holidays (放假) off, and the weekend days
// worked instead (调休上班) on. W-D-MSG's "reply within 5 working days" is counted with it, so
// a reply across 国庆 is not late and a reply over an adjusted Sunday workday is not early.
//
// The shipped calendar (resources/calendar/cn-holidays.csv, the State Council's yearly notices) is
// the base; rows of calendar_days (imported with `xunjian calendar import`) override it day by
// day, for years after the shipped ones or to correct it. A year with no notice data is judged by
// weekends only: covers() tells, and rules that count working days must say so in their findings.
//
// A plain value: cheap to copy, safe to hand across threads once loaded.

#include "RegistryImporter.h" // ImportProblem

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace xj {

class Store;

struct CalendarDay {
    QDate day;
    bool workday = false; // true: 调休上班 (a worked weekend day); false: a day of a holiday break
    QString name;         // 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节 (may be empty)
    bool imported = false; // from calendar_days rather than the shipped file

    QString kindCode() const { return workday ? QStringLiteral("workday") : QStringLiteral("holiday"); }
};

struct CalendarImportResult {
    bool ok = false;
    QString encoding;
    int rows = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ImportProblem> problems; // FILE:ROW:COLUMN, as RegistryImporter reports them
};

class HolidayCalendar {
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)

public:
    // No data at all: weekends off, every other day a working day, no year covered.
    HolidayCalendar() = default;
    // The calendar shipped in the binary (read once).
    static const HolidayCalendar &shipped();

    // Resets to the shipped calendar and applies the calendar_days rows of the store over it.
    // False (with *error) when the rows cannot be read; the shipped calendar is kept then.
    bool load(Store &store, QString *error = nullptr);

    // One day set by hand (tests, previews); wins over what was there.
    void set(const CalendarDay &day);
    std::optional<CalendarDay> day(const QDate &date) const;
    QList<CalendarDay> days(int year) const; // rows dated in the year, in date order

    bool isWorkingDay(const QDate &date) const;
    // Working days after `from` up to and including `to`: the days a reply took. A message
    // received on a Friday and answered the next Monday took 1; answered the same day, 0; received
    // on a Saturday and answered on Monday, 1. Negative when `to` is before `from`.
    int workingDaysBetween(const QDate &from, const QDate &to) const;
    // The n-th working day after `from` (before it for negative n); `from` itself for 0. A reply
    // on or before addWorkingDays(received, 5) is within 5 working days.
    QDate addWorkingDays(const QDate &from, int n) const;

    // Whether the calendar knows the holidays of the year: it holds at least kMinHolidaysCovered
    // holiday days dated in it (every notice has 11 statutory days and more with the breaks; the
    // 元旦 break spilling into the December before, or a correction or two, stay far below).
    bool covers(int year) const;
    QList<int> coveredYears() const;
    static constexpr int kMinHolidaysCovered = 10;

    // --- Files and the store
    // A table with the headers date/日期, kind/类型 (holiday · workday, or 放假/休 · 上班/班/调休上班),
    // name/名称 (optional). Lines starting with # are comments. All rows are checked; any problem
    // means nullopt and every problem in *problems.
    static std::optional<QList<CalendarDay>> parseFile(const QString &path, const QString &label,
                                                        QList<ImportProblem> *problems, QString *encoding = nullptr);
    static std::optional<QList<CalendarDay>> parseCsv(const QByteArray &bytes, const QString &label,
                                                       QList<ImportProblem> *problems, QString *encoding = nullptr);
    // Imports a file into calendar_days: all or nothing, rows matched on their date.
    static CalendarImportResult importFile(Store &store, const QString &path);
    // The calendar_days rows, in date order; nullopt (with *error) when they cannot be read.
    static std::optional<QList<CalendarDay>> storedDays(Store &store, QString *error = nullptr);

private:
    QHash<QDate, CalendarDay> m_days;
    QHash<int, int> m_holidaysPerYear; // holiday rows per year, for covers()
};

} // namespace xj
