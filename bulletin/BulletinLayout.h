#pragma once
// Internal to the typesetter: the document laid out as positioned items (millimetres from the
// page's top-left corner), ready to paint on any paged device.

#include "BulletinDocument.h"
#include "BulletinFonts.h"
#include "BulletinTypesetter.h"

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace xj {

struct LaidOutText {
    int page = 0;
    QPointF baselineMm;
    QString text;
    FontRole role = FontRole::Body;
    double sizePt = 16;
    QColor color = Qt::black;
};

struct LaidOutRule {
    int page = 0;
    QLineF lineMm;
    double widthMm = 0.25;
    QColor color = Qt::black;
};

struct LaidOutImage {
    int page = 0;
    QRectF rectMm;
    QImage image;
};

struct LaidOutDocument {
    int pages = 0;
    QList<LaidOutText> texts;
    QList<LaidOutRule> rules;
    QList<LaidOutImage> images;
};

// GB/T 9704 geometry.
namespace gbt {
constexpr double kPageWidthMm = 210, kPageHeightMm = 297;
constexpr double kTopMm = 37, kLeftMm = 28, kAreaWidthMm = 156, kAreaHeightMm = 225;
constexpr int kLinesPerPage = 22, kCharsPerLine = 28;
constexpr double kCellMm = kAreaWidthMm / kCharsPerLine;   // ≈ 5.57 mm
constexpr double kPitchMm = kAreaHeightMm / kLinesPerPage; // ≈ 10.23 mm
constexpr double kBodyPt = 16, kTitlePt = 22, kSmallPt = 14, kTablePt = 12;
constexpr double kPageNumberGapMm = 7;
inline double ptToMm(double pt) { return pt * 25.4 / 72.0; }
} // namespace gbt

// One unbreakable piece of a line: a CJK character, a half-width word or a space.
struct TextUnit {
    QString text;
    FontRole role = FontRole::Body;
    double widthMm = 0;
    bool space = false;
};

class BulletinLayout {
    Q_DECLARE_TR_FUNCTIONS(BulletinLayout)

public:
    BulletinLayout(const BulletinFonts &fonts, const TypesetOptions &options);

    LaidOutDocument layoutDocument(const BulletinDocument &document);
    LaidOutDocument layoutAttachment(const BulletinDocument &document, int index);

    // Splits runs of (text, role) into units; cjkCellMm: the advance of a full-width character.
    QList<TextUnit> units(const QList<QPair<QString, FontRole>> &runs, double sizePt, double cjkCellMm) const;
    // Half-width words wider than maxWidthMm (long URLs in a table cell) cut into their characters,
    // so that no unit overflows its line or cell.
    QList<TextUnit> splitWide(const QList<TextUnit> &units, double maxWidthMm, double sizePt) const;
    // Greedy line breaking by Chinese rules (避头尾): no line starts with closing punctuation or
    // ends with opening punctuation. Returns [begin, end) index pairs.
    static QList<QPair<int, int>> breakLines(const QList<TextUnit> &units, double firstWidthMm, double restWidthMm);
    // Balanced title lines (explicit \n kept), never splitting a half-width word or a 《…》.
    QList<QList<TextUnit>> titleLines(const QString &title, double sizePt, double maxWidthMm) const;

    static bool noLineStart(const QString &unit);
    static bool noLineEnd(const QString &unit);

private:
    // Flow on the 22-line grid.
    void newPage();
    void ensureLines(int n);
    double lineTop(int line) const;
    double baseline(int line, double sizePt) const;
    void placeLine(const QList<TextUnit> &units, int from, int to, double x, double widthMm, bool justify, double sizePt,
                   const QColor &color = Qt::black);
    // The same at a baseline given in millimetres (tables, which do not keep to the grid).
    void placeLineAt(const QList<TextUnit> &units, int from, int to, double x, double baselineMm, double widthMm, bool justify,
                     double sizePt, const QColor &color = Qt::black);
    void placeText(int line, double x, const QString &text, FontRole role, double sizePt, const QColor &color = Qt::black);
    // A block of text flowed over grid lines: first line starts at firstIndent, the rest at indent.
    // keepWithNext: lines that must follow on the same page as the block's last lines (the
    // attachment note and signature after the last paragraph): when they would not fit, the
    // block's last two lines go to the next page with them, so that no page holds a signature alone.
    void flow(const QList<QPair<QString, FontRole>> &runs, double firstIndentMm, double indentMm, bool justify = true,
              int keepWithNext = 0);
    // Lines the attachment note and the signature block take after the body (BulletinLayoutBlocks.cpp).
    int tailLines(const BulletinDocument &document) const;
    void centredTitle(const QString &title);

    // BulletinLayoutBlocks.cpp: the parts of a 公文.
    void header(const BulletinDocument &document);
    void body(const BulletinDocument &document);
    void attachmentNote(const BulletinDocument &document);
    void signature(const BulletinDocument &document);
    void attachmentPages(const BulletinDocument &document, int index, bool numbered);
    // BulletinLayoutTable.cpp: a ruled table, rows wrapped, split across pages with the header
    // repeated; continues on the grid line below it.
    void table(const BulletinTable &table);
    void imprint(const BulletinDocument &document);
    void pageNumbers(int firstNumber);

    const BulletinFonts &m_fonts;
    TypesetOptions m_options;
    LaidOutDocument m_doc;
    int m_page = -1;
    int m_line = 0;
};

} // namespace xj
