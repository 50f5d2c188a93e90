#pragma once
// 发文字号 and the figures a bulletin prints, in GB/T 9704 spelling.

#include <QString>

namespace xj {

class DocumentNumber {
public:
    // Fills a per-agency template such as "揭政数局函〔{year}〕{n}号": full year, number without
    // leading zeros and without 第. Unknown placeholders are left as they are.
    static QString format(const QString &pattern, int year, int sequence);
};

// A pass rate as the bulletin prints it: one decimal, a trailing ".0" dropped (80%, 98.8%).
QString formatRate(double percent);
// The rate as data-formats.md stores it: passed / checked as a percentage with one decimal.
double passRate(int passed, int checked);

} // namespace xj
