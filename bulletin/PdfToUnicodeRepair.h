#pragma once
// Repairs the ToUnicode CMaps of a PDF written by QPdfWriter so that the text a reader extracts is
// the text that was typeset.
//
// Why: Qt builds a font subset's ToUnicode map by reverse lookup in the font's cmap, taking the
// lowest code point that maps to each glyph. Noto CJK (and other CJK fonts) map a Kangxi radical
// and its unified ideograph to the same glyph (U+2F42 ⽂ and U+6587 文), so the radical wins and
// pdftotext / copy-paste / search yield ⽂. We know which characters we typeset and in which fonts,
// so every CMap entry whose code point was not typeset is replaced by the typeset character that
// has the same glyph in one of those fonts (else by its NFKC form when that was typeset).
//
// The rewrite: each ToUnicode stream is inflated, parsed (bfchar and bfrange), fixed and written
// back as a new Flate stream; the file is reserialised object by object with a new xref table.
// Only classic xref tables (what Qt writes) are handled; anything else is returned unchanged.

#include <QByteArray>
#include <QList>
#include <QRawFont>
#include <QSet>
#include <QString>

namespace xj {

class PdfToUnicodeRepair {
public:
    // typeset: every character drawn; fonts: the fonts they were drawn with.
    PdfToUnicodeRepair(const QString &typeset, const QList<QRawFont> &fonts);

    // The repaired PDF; pdf itself when nothing needed repair or the file is not one we can parse.
    QByteArray repair(const QByteArray &pdf, int *entriesFixed = nullptr) const;

    // The code point to write for a CMap destination (the same when it was typeset or unknown).
    char32_t corrected(char32_t codePoint) const;

private:
    QByteArray repairCMap(const QByteArray &cmap, int *fixed) const;

    QSet<char32_t> m_typeset;
    QList<QRawFont> m_fonts;
    QList<QHash<quint32, char32_t>> m_glyphToTypeset; // per font: glyph → the typeset character
};

} // namespace xj
