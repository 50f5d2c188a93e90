#include "SiteCode.h"

#include "Vocabulary.h"

#include <QRegularExpression>

namespace xj {

QString SiteCode::normalize(const QString &text)
{
    QString t = foldForMatch(text); // also lower-cases
    t.remove(QLatin1Char(' '));
    return t;
}

bool SiteCode::isWellFormed(const QString &normalized)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{10}|bm\\d{8})$"));
    return re.match(normalized).hasMatch();
}

} // namespace xj
