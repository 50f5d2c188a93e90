#pragma once
// 网站标识码: 10 characters — digits for local sites (region code first, e.g. 4452000001), or
// "bm" and 8 digits for central departments. Only the shape is checked (indicators.md).

#include <QString>

namespace xj {

class SiteCode {
public:
    // Trims, folds full-width digits and letters, lower-cases "BM".
    static QString normalize(const QString &text);
    static bool isWellFormed(const QString &normalized);
};

} // namespace xj
