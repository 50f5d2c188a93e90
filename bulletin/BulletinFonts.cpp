#include "BulletinFonts.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QMutex>

namespace xj {

namespace {
constexpr FontRole kRoles[] = {FontRole::Title, FontRole::Body, FontRole::Heading1, FontRole::Heading2, FontRole::PageNumber};
}

QStringList BulletinFonts::candidates(FontRole role)
{
    // Official names (and their common Windows/macOS aliases) first, then free fonts that cover
    // simplified Chinese well. cwTeX is absent on purpose: it covers traditional characters only.
    switch (role) {
    case FontRole::Title:
        return {QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("方正小标宋_GBK"),
                QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"), QStringLiteral("FandolSong")};
    case FontRole::Body:
        return {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"), QStringLiteral("FangSong"),
                QStringLiteral("STFangsong"), QStringLiteral("FandolFang"), QStringLiteral("Noto Serif CJK SC"),
                QStringLiteral("Source Han Serif SC")};
    case FontRole::Heading1:
        return {QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("STHeiti"), QStringLiteral("Noto Sans CJK SC"),
                QStringLiteral("Source Han Sans SC"), QStringLiteral("FandolHei")};
    case FontRole::Heading2:
        return {QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312"), QStringLiteral("楷体"), QStringLiteral("KaiTi"),
                QStringLiteral("STKaiti"), QStringLiteral("LXGW WenKai"), QStringLiteral("AR PL UKai CN"), QStringLiteral("FandolKai"),
                QStringLiteral("Noto Serif CJK SC")};
    case FontRole::PageNumber:
        return {QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("STSong"), QStringLiteral("Noto Serif CJK SC"),
                QStringLiteral("Source Han Serif SC"), QStringLiteral("FandolSong")};
    }
    return {};
}

QString BulletinFonts::officialName(FontRole role)
{
    return candidates(role).value(0);
}

QString BulletinFonts::roleName(FontRole role)
{
    switch (role) {
    case FontRole::Title: return tr("title");
    case FontRole::Body: return tr("body text");
    case FontRole::Heading1: return tr("level-1 headings");
    case FontRole::Heading2: return tr("level-2 headings");
    case FontRole::PageNumber: return tr("page numbers");
    }
    return {};
}

BulletinFonts::BulletinFonts()
{
    const QStringList installed = QFontDatabase::families();
    for (FontRole role : kRoles) {
        ResolvedFont r;
        r.role = role;
        r.officialName = officialName(role);
        const QStringList names = candidates(role);
        // The first entries up to the first free font are the official name and its aliases.
        int officialCount = 0;
        for (const QString &n : names) {
            if (n.startsWith(QLatin1String("Noto")) || n.startsWith(QLatin1String("Source")) || n.startsWith(QLatin1String("Fandol"))
                || n.startsWith(QLatin1String("LXGW")) || n.startsWith(QLatin1String("AR PL")))
                break;
            ++officialCount;
        }
        for (int i = 0; i < names.size() && r.family.isEmpty(); ++i) {
            if (installed.contains(names.at(i), Qt::CaseInsensitive)) {
                r.family = names.at(i);
                r.substituted = i >= officialCount;
            }
        }
        if (r.family.isEmpty())
            r.substituted = true;
        m_fonts << r;
    }
}

const ResolvedFont &BulletinFonts::resolved(FontRole role) const
{
    for (const auto &r : m_fonts)
        if (r.role == role)
            return r;
    return m_fonts.first();
}

QFont BulletinFonts::font(FontRole role, double pixelSize) const
{
    QFont f;
    const QString family = resolved(role).family;
    if (!family.isEmpty())
        f.setFamilies({family, QStringLiteral("Noto Serif CJK SC")});
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    return f;
}

QRawFont BulletinFonts::rawFont(FontRole role) const
{
    return QRawFont::fromFont(font(role, 1000));
}

double BulletinFonts::advanceEm(FontRole role, const QString &text) const
{
    // Measured once per (role, text): the layout asks for the same characters again and again.
    static QMutex mutex;
    static QHash<QString, double> cache;
    const QString key = resolved(role).family + QChar(0x1f) + text;
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(key);
        if (it != cache.constEnd())
            return *it;
    }
    const double em = QFontMetricsF(font(role, 1000)).horizontalAdvance(text) / 1000.0;
    QMutexLocker lock(&mutex);
    cache.insert(key, em);
    return em;
}

QStringList BulletinFonts::notes() const
{
    QStringList out;
    for (const auto &r : m_fonts) {
        if (!r.substituted)
            continue;
        if (r.family.isEmpty())
            out << tr("%1 (%2): no suitable font installed, the system default is used").arg(roleName(r.role), r.officialName);
        else
            out << tr("%1 (%2) is not installed; %3 is used instead").arg(roleName(r.role), r.officialName, r.family);
    }
    return out;
}

} // namespace xj
