#include "DateParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace xj {

namespace {

// Full-width forms (０-９, ／, －, ．, ：, Ｔ) are what Chinese input methods produce in full-width
// mode; fold them, and the ideographic space, before matching.
QString normalize(const QString &text)
{
    QString s = text;
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return s.trimmed();
}

struct Parts {
    int year = 0, month = 0, day = 0;
    int hour = 0, minute = 0, second = 0, msec = 0;
};

// Time: HH:MM or HH:MM:SS, optionally with milliseconds as some exports write them.
#define XJ_TIME_RE "([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]{1,3}))?)?"

std::optional<Parts> splitText(const QString &s)
{
    // Each pattern: year, month, day, then the four optional time groups.
    static const QRegularExpression patterns[] = {
        // 2022-06-30, 2022/6/30, 2022.06.30 — one separator used consistently (\2)
        QRegularExpression(QStringLiteral("^([0-9]{4})([-/.])([0-9]{1,2})\\2([0-9]{1,2})"
                                          "(?:(?:\\s+|T)" XJ_TIME_RE ")?$")),
        // 2022年6月30日
        QRegularExpression(QStringLiteral("^([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*"
                                          "([0-9]{1,2})\\s*日(?:\\s*" XJ_TIME_RE ")?$")),
        // 20220630
        QRegularExpression(QStringLiteral("^([0-9]{4})([0-9]{2})([0-9]{2})"
                                          "(?:(?:\\s+|T)" XJ_TIME_RE ")?$")),
    };
    for (int i = 0; i < 3; ++i) {
        const QRegularExpressionMatch m = patterns[i].match(s);
        if (!m.hasMatch())
            continue;
        const int shift = i == 0 ? 1 : 0; // the separator group of the first pattern
        Parts p;
        p.year = m.captured(1).toInt();
        p.month = m.captured(2 + shift).toInt();
        p.day = m.captured(3 + shift).toInt();
        p.hour = m.captured(4 + shift).toInt();
        p.minute = m.captured(5 + shift).toInt();
        p.second = m.captured(6 + shift).toInt();
        const QString ms = m.captured(7 + shift);
        p.msec = ms.isEmpty() ? 0 : ms.leftJustified(3, QLatin1Char('0')).toInt();
        return p;
    }
    return std::nullopt;
}

#undef XJ_TIME_RE

// A cell that held an Excel date but was exported as its number ("44742", "44742.5").
std::optional<QDateTime> fromSerialText(const QString &s)
{
    static const QRegularExpression serial(QStringLiteral("^[0-9]{1,7}(?:\\.[0-9]+)?$"));
    if (!serial.match(s).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = s.toDouble(&ok);
    // Only plausible dates (1970-01-01 … 2099-12-31): a bare "2022" or "61" typed into a date
    // cell is a mistake to report, not day 2022 of Excel's calendar.
    if (!ok || v < 25569 || v >= 73051)
        return std::nullopt;
    return DateParser::fromExcelSerial(v, false);
}

} // namespace

std::optional<QDateTime> DateParser::fromExcelSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return std::nullopt;
    qint64 day = qint64(std::floor(serial));
    qint64 secs = qRound64((serial - double(day)) * 86400.0);
    if (secs >= 86400) { // 23:59:59.7 rounds up into the next day
        ++day;
        secs -= 86400;
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(day);
    } else if (day == 60) {
        return std::nullopt; // Lotus 1-2-3's 1900-02-29, kept by Excel; no such day exists
    } else {
        // Serial 1 = 1900-01-01. Excel counts the fictitious 1900-02-29, so from serial 61 on
        // the epoch is one day earlier.
        date = day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
    }
    if (!date.isValid() || date.year() > 9999)
        return std::nullopt;
    return QDateTime(date, QTime(0, 0).addSecs(int(secs)));
}

std::optional<QDateTime> DateParser::parseDateTime(const QString &text)
{
    const QString s = normalize(text);
    if (s.isEmpty())
        return std::nullopt;
    if (const auto p = splitText(s)) {
        const QDate date(p->year, p->month, p->day); // invalid for 2022-02-30
        const QTime time(p->hour, p->minute, p->second, p->msec);
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        return QDateTime(date, time);
    }
    return fromSerialText(s);
}

std::optional<QDate> DateParser::parseDate(const QString &text)
{
    const auto dt = parseDateTime(text);
    if (!dt)
        return std::nullopt;
    return dt->date();
}

QString DateParser::acceptedFormats()
{
    return QCoreApplication::translate("DateParser",
                                       "2022-06-30, 2022/6/30, 2022年6月30日, 2022.06.30, "
                                       "20220630 or an Excel date number; a time HH:MM or "
                                       "HH:MM:SS may follow");
}

} // namespace xj
