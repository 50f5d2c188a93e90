// Attachment tables: ruled, cells wrapped by the same Chinese line-breaking rules as the body,
// split between rows across pages with the header row repeated, the 合计 row never left alone.
#include "BulletinLayout.h"

#include <cmath>

namespace xj {

using namespace gbt;

namespace {

constexpr double kPadMm = 1.2;        // inside each cell, all sides
constexpr double kLeadingEm = 1.35;   // line pitch inside a cell, in ems of the table font
constexpr double kRuleMm = 0.25;
constexpr int kShortCellUnits = 6;    // columns whose cells are all this short are centred

struct TableRow {
    QList<QList<TextUnit>> cells;
    QList<QList<QPair<int, int>>> lines; // per cell: its wrapped lines
    int lineCount = 1;
    bool header = false;
};

} // namespace

void BulletinLayout::table(const BulletinTable &t)
{
    const int columns = int(t.header.size());
    if (columns == 0)
        return;
    const double sizePt = kTablePt;
    const double em = ptToMm(sizePt);
    const double leading = kLeadingEm * em;

    // Column widths: the weights given, else each column's natural width, scaled to the type area.
    QList<double> weights;
    for (int c = 0; c < columns; ++c) {
        double w = c < t.columnWeights.size() ? t.columnWeights.at(c) : 0;
        if (w <= 0) {
            w = m_fonts.advanceEm(FontRole::Body, t.header.at(c));
            for (const QStringList &row : t.rows)
                w = qMax(w, qMin(12.0, m_fonts.advanceEm(FontRole::Body, row.value(c))));
            w = qMax(w, 1.0);
        }
        weights << w;
    }
    // No column narrower than its header on one line, or than its cells when they are all short
    // (序号, 类型, 结论): such a column gets that width, the others share the rest by weight.
    QList<double> minimum;
    for (int c = 0; c < columns; ++c) {
        double m = m_fonts.advanceEm(FontRole::Heading1, t.header.at(c).simplified()) * em;
        bool allShort = true;
        double widest = 0;
        for (const QStringList &row : t.rows) {
            const QString cell = row.value(c).simplified();
            allShort = allShort && cell.size() <= kShortCellUnits;
            widest = qMax(widest, m_fonts.advanceEm(FontRole::Body, cell) * em);
        }
        minimum << (allShort ? qMax(m, widest) : m) + 2 * kPadMm + 0.5;
    }
    QList<double> widths(columns, 0);
    QList<bool> fixed(columns, false);
    for (int round = 0; round < columns; ++round) {
        double free = kAreaWidthMm, weightSum = 0;
        for (int c = 0; c < columns; ++c)
            fixed.at(c) ? free -= widths.at(c) : weightSum += weights.at(c);
        bool changed = false;
        for (int c = 0; c < columns; ++c) {
            if (fixed.at(c))
                continue;
            widths[c] = weightSum > 0 ? free * weights.at(c) / weightSum : 0;
            if (widths.at(c) < minimum.at(c)) {
                widths[c] = minimum.at(c);
                fixed[c] = true;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    QList<double> xs{kLeftMm};
    for (double w : widths)
        xs << xs.last() + w;
    // Rounding and over-wide minimums: the table ends at the type area's right edge exactly.
    const double scale = kAreaWidthMm / (xs.last() - kLeftMm);
    for (double &x : xs)
        x = kLeftMm + (x - kLeftMm) * scale;

    const auto makeRow = [&](const QStringList &cells, bool header) {
        TableRow r;
        r.header = header;
        r.lineCount = 1;
        for (int c = 0; c < columns; ++c) {
            const QString text = cells.value(c).simplified();
            const double inner = xs.at(c + 1) - xs.at(c) - 2 * kPadMm;
            const QList<TextUnit> us = splitWide(units({{text, header ? FontRole::Heading1 : FontRole::Body}}, sizePt, em), inner, sizePt);
            const auto lines = breakLines(us, inner, inner);
            r.cells << us;
            r.lines << lines;
            r.lineCount = qMax(r.lineCount, int(lines.size()));
        }
        return r;
    };

    const TableRow headerRow = makeRow(t.header, true);
    QList<TableRow> rows;
    for (const QStringList &cells : t.rows)
        rows << makeRow(cells, false);
    const bool hasTotal = !t.totalRow.isEmpty();
    if (hasTotal)
        rows << makeRow(t.totalRow, false);

    // Short columns (序号, 类型, counts, 结论) are centred, text columns flush left.
    QList<bool> centred(columns, true);
    for (const TableRow &r : std::as_const(rows))
        for (int c = 0; c < columns; ++c)
            if (r.lines.at(c).size() > 1 || r.cells.at(c).size() > kShortCellUnits)
                centred[c] = false;

    const double bottom = kTopMm + kAreaHeightMm;
    const auto height = [&](int lines) { return lines * leading + 2 * kPadMm; };

    double segmentTop = 0;
    QList<double> boundaries; // horizontal rules of the current page's part of the table
    double y = 0;

    const auto drawLines = [&](const TableRow &r, int fromLine, int toLine, double top) {
        for (int c = 0; c < columns; ++c) {
            const double inner = xs.at(c + 1) - xs.at(c) - 2 * kPadMm;
            const auto &lines = r.lines.at(c);
            // A cell with fewer lines than its row is centred vertically (when the row is whole).
            const int shown = qMin(toLine, int(lines.size())) - fromLine;
            const bool whole = fromLine == 0 && toLine == r.lineCount;
            const double offset = whole ? (r.lineCount - int(lines.size())) * leading / 2 : 0;
            for (int l = fromLine; l < fromLine + shown; ++l) {
                const auto [b, e] = lines.at(l);
                double w = 0;
                for (int i = b; i < e; ++i)
                    w += r.cells.at(c).at(i).widthMm;
                const bool centre = r.header || centred.at(c);
                const double x = xs.at(c) + kPadMm + (centre ? (inner - w) / 2 : 0);
                const double base = top + kPadMm + offset + (l - fromLine) * leading + leading / 2 + 0.38 * em;
                placeLineAt(r.cells.at(c), b, e, x, base, centre ? w : inner, false, sizePt);
            }
        }
    };
    const auto closeSegment = [&]() {
        if (boundaries.isEmpty())
            return;
        for (double by : std::as_const(boundaries))
            m_doc.rules << LaidOutRule{m_page, QLineF(xs.first(), by, xs.last(), by), kRuleMm, Qt::black};
        for (double x : std::as_const(xs))
            m_doc.rules << LaidOutRule{m_page, QLineF(x, segmentTop, x, boundaries.last()), kRuleMm, Qt::black};
        boundaries.clear();
    };
    const auto openSegment = [&](double top) {
        segmentTop = top;
        boundaries = {top};
        drawLines(headerRow, 0, headerRow.lineCount, top);
        y = top + height(headerRow.lineCount);
        boundaries << y;
    };
    const auto nextPage = [&]() {
        closeSegment();
        newPage();
        openSegment(kTopMm);
    };

    if (m_page < 0 || m_line >= kLinesPerPage)
        newPage();
    // The header with at least one row must fit, or the table starts on the next page.
    const double first = rows.isEmpty() ? 0 : height(rows.first().lineCount);
    if (lineTop(m_line) + height(headerRow.lineCount) + qMin(first, height(2)) > bottom)
        newPage();
    openSegment(lineTop(m_line));

    for (int i = 0; i < rows.size(); ++i) {
        const TableRow &r = rows.at(i);
        double needed = height(r.lineCount);
        // The last data row goes with the 合计 row, so a total never stands alone on a page.
        if (hasTotal && i == rows.size() - 2)
            needed += height(rows.last().lineCount);
        const bool pageHasRows = boundaries.size() > 2;
        if (y + needed > bottom + 0.01 && pageHasRows && needed <= bottom - kTopMm - height(headerRow.lineCount))
            nextPage();
        // A row taller than what is left is split between its lines.
        int from = 0;
        while (from < r.lineCount) {
            const int fit = qMax(1, int(std::floor((bottom - y - 2 * kPadMm) / leading + 1e-6)));
            const int to = qMin(r.lineCount, from + fit);
            drawLines(r, from, to, y);
            y += height(to - from);
            boundaries << y;
            from = to;
            if (from < r.lineCount)
                nextPage();
        }
    }
    closeSegment();
    // Text after the table continues on the first whole grid line below it.
    m_line = qMin(kLinesPerPage, int(std::ceil((y - kTopMm) / kPitchMm - 1e-6)));
}

} // namespace xj
