#include "DocumentNumber.h"

#include <cmath>

namespace xj {

QString DocumentNumber::format(const QString &pattern, int year, int sequence)
{
    QString out = pattern;
    out.replace(QLatin1String("{year}"), QString::number(year));
    out.replace(QLatin1String("{n}"), QString::number(sequence));
    return out;
}

double passRate(int passed, int checked)
{
    if (checked <= 0)
        return 0.0;
    // Round half up on the exact ratio in tenths of a percent, avoiding binary drift (e.g. 85/86).
    const long long tenths = (static_cast<long long>(passed) * 2000 + checked) / (2 * checked);
    return tenths / 10.0;
}

QString formatRate(double percent)
{
    const long long tenths = std::llround(percent * 10.0);
    if (tenths % 10 == 0)
        return QString::number(tenths / 10) + QLatin1Char('%');
    return QString::number(tenths / 10) + QLatin1Char('.') + QString::number(std::llabs(tenths % 10)) + QLatin1Char('%');
}

} // namespace xj
