// The calendar itself: which days are worked, and counting them. Files and the store:
// HolidayCalendarImport.cpp.
#include "HolidayCalendar.h"

#include <QFile>

#include <algorithm>

namespace xj {

namespace {

HolidayCalendar readShipped()
{
    HolidayCalendar calendar;
    QFile f(QStringLiteral(":/calendar/cn-holidays.csv"));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("HolidayCalendar: the shipped calendar is missing from the resources");
        return calendar;
    }
    QList<ImportProblem> problems;
    const auto days = HolidayCalendar::parseCsv(f.readAll(), QStringLiteral("cn-holidays.csv"), &problems);
    if (!days) {
        // A broken shipped file is a build mistake; tst_holidaycalendar fails on it.
        for (const ImportProblem &p : std::as_const(problems))
            qWarning("HolidayCalendar: %s", qPrintable(p.toString()));
        return calendar;
    }
    for (const CalendarDay &d : *days)
        calendar.set(d);
    return calendar;
}

} // namespace

const HolidayCalendar &HolidayCalendar::shipped()
{
    static const HolidayCalendar calendar = readShipped();
    return calendar;
}

void HolidayCalendar::set(const CalendarDay &day)
{
    if (!day.day.isValid())
        return;
    const auto old = m_days.constFind(day.day);
    if (old != m_days.constEnd() && !old->workday)
        --m_holidaysPerYear[day.day.year()];
    if (!day.workday)
        ++m_holidaysPerYear[day.day.year()];
    m_days.insert(day.day, day);
}

std::optional<CalendarDay> HolidayCalendar::day(const QDate &date) const
{
    const auto it = m_days.constFind(date);
    if (it == m_days.constEnd())
        return std::nullopt;
    return *it;
}

QList<CalendarDay> HolidayCalendar::days(int year) const
{
    QList<CalendarDay> out;
    for (const CalendarDay &d : std::as_const(m_days))
        if (d.day.year() == year)
            out.append(d);
    std::sort(out.begin(), out.end(), [](const CalendarDay &a, const CalendarDay &b) { return a.day < b.day; });
    return out;
}

bool HolidayCalendar::isWorkingDay(const QDate &date) const
{
    if (!date.isValid())
        return false;
    const auto it = m_days.constFind(date);
    if (it != m_days.constEnd())
        return it->workday;
    return date.dayOfWeek() <= 5; // Qt: Monday = 1 … Sunday = 7
}

int HolidayCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        count += isWorkingDay(d) ? 1 : 0;
    return count;
}

QDate HolidayCalendar::addWorkingDays(const QDate &from, int n) const
{
    if (!from.isValid())
        return {};
    const int step = n < 0 ? -1 : 1;
    QDate d = from;
    for (int left = std::abs(n); left > 0;) {
        d = d.addDays(step);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

bool HolidayCalendar::covers(int year) const
{
    return m_holidaysPerYear.value(year) >= kMinHolidaysCovered;
}

QList<int> HolidayCalendar::coveredYears() const
{
    QList<int> years;
    for (auto it = m_holidaysPerYear.constBegin(); it != m_holidaysPerYear.constEnd(); ++it)
        if (it.value() >= kMinHolidaysCovered)
            years.append(it.key());
    std::sort(years.begin(), years.end());
    return years;
}

bool HolidayCalendar::load(Store &store, QString *error)
{
    *this = shipped();
    const auto stored = storedDays(store, error);
    if (!stored)
        return false;
    for (const CalendarDay &d : *stored)
        set(d);
    return true;
}

} // namespace xj
