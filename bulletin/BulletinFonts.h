#pragma once
// The four GB/T 9704 font roles (plus 宋体 for page numbers) resolved to installed fonts. Official
// names come first so a government PC prints with its own fonts; a Linux machine falls back to free
// fonts, and every substitution is reported so the user knows the printout is not the official face.

#include <QCoreApplication>
#include <QFont>
#include <QRawFont>
#include <QString>
#include <QStringList>

namespace xj {

enum class FontRole { Title, Body, Heading1, Heading2, PageNumber };

struct ResolvedFont {
    FontRole role = FontRole::Body;
    QString family;        // installed family used; empty: none found (Qt's default is used)
    QString officialName;  // what GB/T 9704 asks for: 方正小标宋简体, 仿宋_GB2312…
    bool substituted = false;
};

class BulletinFonts {
    Q_DECLARE_TR_FUNCTIONS(BulletinFonts)

public:
    // Resolves every role against QFontDatabase (needs a QGuiApplication).
    BulletinFonts();

    const ResolvedFont &resolved(FontRole role) const;
    // A font of the role at a pixel size (device units); hinting off so widths scale linearly.
    QFont font(FontRole role, double pixelSize) const;
    // The font as glyph tables, for the PDF ToUnicode repair and width measurement.
    QRawFont rawFont(FontRole role) const;
    // Advance of text in em of the role's font (text measured at 1000 px).
    double advanceEm(FontRole role, const QString &text) const;
    // One translated sentence per substituted role ("正文（仿宋_GB2312）使用 Noto Serif CJK SC 代替").
    QStringList notes() const;

    // The candidate families of a role, official first.
    static QStringList candidates(FontRole role);
    static QString officialName(FontRole role);
    static QString roleName(FontRole role);

private:
    QList<ResolvedFont> m_fonts;
};

} // namespace xj
