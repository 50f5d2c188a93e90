#include "BulletinLayout.h"

#include <cmath>
#include <limits>

namespace xj {

using namespace gbt;

namespace {
// Closing punctuation may not begin a line, opening punctuation may not end one (避头尾).
const QString kNoStart = QStringLiteral("，。、；：？！）」』》〉】〕〗”’…—·%‰,.;:?!)]}％");
const QString kNoEnd = QStringLiteral("（「『《〈【〔〖“‘([{");

bool isHalfWidthWordChar(QChar c)
{
    return c.unicode() > 0x20 && c.unicode() < 0x7f;
}
} // namespace

BulletinLayout::BulletinLayout(const BulletinFonts &fonts, const TypesetOptions &options)
    : m_fonts(fonts)
    , m_options(options)
{
}

bool BulletinLayout::noLineStart(const QString &unit)
{
    return !unit.isEmpty() && kNoStart.contains(unit.front());
}

bool BulletinLayout::noLineEnd(const QString &unit)
{
    return !unit.isEmpty() && kNoEnd.contains(unit.back());
}

QList<TextUnit> BulletinLayout::units(const QList<QPair<QString, FontRole>> &runs, double sizePt, double cjkCellMm) const
{
    QList<TextUnit> out;
    const double emMm = ptToMm(sizePt);
    for (const auto &[text, role] : runs) {
        for (qsizetype i = 0; i < text.size();) {
            TextUnit u;
            u.role = role;
            const QChar c = text.at(i);
            if (c == QLatin1Char(' ')) {
                u.text = QStringLiteral(" ");
                u.space = true;
                u.widthMm = m_fonts.advanceEm(role, u.text) * emMm;
                ++i;
            } else if (isHalfWidthWordChar(c)) {
                qsizetype j = i;
                while (j < text.size() && isHalfWidthWordChar(text.at(j)))
                    ++j;
                u.text = text.mid(i, j - i);
                u.widthMm = m_fonts.advanceEm(role, u.text) * emMm;
                i = j;
            } else {
                const qsizetype len = (c.isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
                u.text = text.mid(i, len);
                const double em = m_fonts.advanceEm(role, u.text);
                // Full-width characters sit on the grid cell; narrow ones keep their own width.
                u.widthMm = em >= 0.8 ? cjkCellMm : em * emMm;
                i += len;
            }
            out << u;
        }
    }
    return out;
}

QList<TextUnit> BulletinLayout::splitWide(const QList<TextUnit> &us, double maxWidthMm, double sizePt) const
{
    QList<TextUnit> out;
    out.reserve(us.size());
    const double emMm = ptToMm(sizePt);
    for (const TextUnit &u : us) {
        if (u.widthMm <= maxWidthMm || u.text.size() < 2) {
            out << u;
            continue;
        }
        for (QChar c : u.text)
            out << TextUnit{QString(c), u.role, m_fonts.advanceEm(u.role, QString(c)) * emMm, false};
    }
    return out;
}

QList<QPair<int, int>> BulletinLayout::breakLines(const QList<TextUnit> &input, double firstWidthMm, double restWidthMm)
{
    // Half-width words longer than a line are cut into characters first.
    QList<QPair<int, int>> lines;
    const int n = int(input.size());
    int i = 0;
    constexpr double eps = 0.01;
    while (i < n) {
        const double avail = lines.isEmpty() ? firstWidthMm : restWidthMm;
        if (!lines.isEmpty())
            while (i < n && input.at(i).space)
                ++i;
        if (i >= n)
            break;
        int j = i;
        double w = 0;
        while (j < n && w + input.at(j).widthMm <= avail + eps)
            w += input.at(j++).widthMm;
        if (j == i)
            j = i + 1; // a unit wider than the line stands alone
        // Closing punctuation that would start the next line is pulled back into this one when
        // squeezing the line by less than half of those marks' width makes room (标点挤压), rather
        // than pushing a character down and spreading the line.
        if (j < n && j > i && noLineStart(input.at(j).text)) {
            int m = j;
            double extra = 0;
            while (m < n && m - j < 2 && noLineStart(input.at(m).text))
                extra += input.at(m++).widthMm;
            if (w + extra <= avail + 0.4 * extra + eps && (m >= n || !noLineStart(input.at(m).text)))
                j = m;
        }
        int k = j;
        if (j < n) {
            while (k > i + 1 && (noLineStart(input.at(k).text) || noLineEnd(input.at(k - 1).text)))
                --k;
            if (k == i + 1 && (noLineStart(input.at(k).text) || noLineEnd(input.at(k - 1).text)))
                k = j;
        }
        lines << qMakePair(i, k);
        i = k;
    }
    return lines;
}

QList<QList<TextUnit>> BulletinLayout::titleLines(const QString &title, double sizePt, double maxWidthMm) const
{
    QList<QList<TextUnit>> out;
    const double cell = ptToMm(sizePt);
    for (const QString &part : title.split(QLatin1Char('\n'))) {
        const QList<TextUnit> us = units({{part, FontRole::Title}}, sizePt, cell);
        const int n = int(us.size());
        double total = 0;
        QList<double> prefix{0};
        for (const auto &u : us)
            prefix << (total += u.widthMm);
        if (total <= maxWidthMm) {
            out << us;
            continue;
        }
        // Break penalties: after 的/和/与/关于/punctuation is natural; between other Chinese
        // characters may split a word; inside a half-width word or 《…》 is not allowed.
        // Without a dictionary any other split may cut a word (网|站): allowed only when much better balanced.
        QList<double> penalty(n + 1, 30.0);
        int depth = 0;
        for (int k = 1; k < n; ++k) {
            const QString prev = us.at(k - 1).text, next = us.at(k).text;
            if (prev == QLatin1String("《") || prev == QLatin1String("（"))
                ++depth;
            if (prev == QLatin1String("》") || prev == QLatin1String("）"))
                --depth;
            if (noLineStart(next) || noLineEnd(prev) || depth > 0 || next == QLatin1String("的")
                || (prev.front().isDigit() && next == QLatin1String("年")))
                penalty[k] = 1e6;
            else if (QStringLiteral("的和与及、，：").contains(prev.back()) || (k >= 2 && us.at(k - 2).text + prev == QLatin1String("关于")))
                penalty[k] = 0;
            else if (QStringLiteral("年度市县区局").contains(prev.back()) || next == QLatin1String("关"))
                penalty[k] = 3;
        }
        const int lineCount = int(std::ceil(total / maxWidthMm));
        bool done = false;
        for (int lc = lineCount; lc <= lineCount + 2; ++lc) {
            const double target = total / lc;
            // cost[l][k]: best cost of lines 0..l-1 ending at unit k.
            const double inf = std::numeric_limits<double>::infinity();
            QList<QList<double>> cost(lc + 1, QList<double>(n + 1, inf));
            QList<QList<int>> from(lc + 1, QList<int>(n + 1, -1));
            cost[0][0] = 0;
            for (int l = 1; l <= lc; ++l)
                for (int k = 1; k <= n; ++k)
                    for (int s = 0; s < k; ++s) {
                        if (cost[l - 1][s] == inf)
                            continue;
                        const double w = prefix[k] - prefix[s];
                        if (w > maxWidthMm + 0.01)
                            continue;
                        const double dev = (w - target) / cell;
                        const double c = cost[l - 1][s] + dev * dev + (k < n ? penalty[k] : 0);
                        if (c < cost[l][k]) {
                            cost[l][k] = c;
                            from[l][k] = s;
                        }
                    }
            if (cost[lc][n] == inf || cost[lc][n] >= 1e6)
                continue;
            QList<int> cuts;
            for (int l = lc, k = n; l > 0; k = from[l][k], --l)
                cuts.prepend(k);
            int s = 0;
            for (int k : cuts) {
                out << us.mid(s, k - s);
                s = k;
            }
            done = true;
            break;
        }
        if (!done) // no balanced solution: break greedily by the Chinese rules
            for (const auto &[b, e] : breakLines(us, maxWidthMm, maxWidthMm))
                out << us.mid(b, e - b);
    }
    return out;
}

void BulletinLayout::newPage()
{
    ++m_page;
    m_line = 0;
    m_doc.pages = m_page + 1;
}

void BulletinLayout::ensureLines(int n)
{
    if (m_page < 0 || m_line + n > kLinesPerPage)
        newPage();
}

double BulletinLayout::lineTop(int line) const
{
    return kTopMm + line * kPitchMm;
}

double BulletinLayout::baseline(int line, double sizePt) const
{
    // The em box centred in the line box: a CJK em's centre lies 0.38 em above the baseline.
    return lineTop(line) + kPitchMm / 2 + 0.38 * ptToMm(sizePt);
}

void BulletinLayout::placeText(int line, double x, const QString &text, FontRole role, double sizePt, const QColor &color)
{
    m_doc.texts << LaidOutText{m_page, QPointF(x, baseline(line, sizePt)), text, role, sizePt, color};
}

void BulletinLayout::placeLine(const QList<TextUnit> &us, int from, int to, double x, double widthMm, bool justify, double sizePt,
                               const QColor &color)
{
    placeLineAt(us, from, to, x, baseline(m_line, sizePt), widthMm, justify, sizePt, color);
}

void BulletinLayout::placeLineAt(const QList<TextUnit> &us, int from, int to, double x, double baselineMm, double widthMm,
                                 bool justify, double sizePt, const QColor &color)
{
    while (to > from && us.at(to - 1).space)
        --to;
    double used = 0;
    for (int i = from; i < to; ++i)
        used += us.at(i).widthMm;
    // Justified lines spread what is left over the gaps, so the right edge is flush; a line that
    // took in closing punctuation is squeezed the same way, justified or not.
    double gap = 0;
    if (to - from > 1 && ((justify && widthMm > used) || used > widthMm + 0.01))
        gap = (widthMm - used) / (to - from - 1);
    for (int i = from; i < to; ++i) {
        if (!us.at(i).space)
            m_doc.texts << LaidOutText{m_page, QPointF(x, baselineMm), us.at(i).text, us.at(i).role, sizePt, color};
        x += us.at(i).widthMm + gap;
    }
}

void BulletinLayout::flow(const QList<QPair<QString, FontRole>> &runs, double firstIndentMm, double indentMm, bool justify,
                          int keepWithNext)
{
    const QList<TextUnit> us = splitWide(units(runs, kBodyPt, kCellMm), kAreaWidthMm - qMax(firstIndentMm, indentMm), kBodyPt);
    const auto lines = breakLines(us, kAreaWidthMm - firstIndentMm, kAreaWidthMm - indentMm);
    const int n = int(lines.size());
    for (int l = 0; l < n; ++l) {
        ensureLines(1);
        // The last lines carry what must follow them onto the next page when it cannot follow here.
        const int rest = n - l;
        if (keepWithNext > 0 && rest <= 2 && (rest == 2 || n == 1) && m_line > 0 && m_line + rest + keepWithNext > kLinesPerPage
            && rest + keepWithNext <= kLinesPerPage)
            newPage();
        const double indent = l == 0 ? firstIndentMm : indentMm;
        const bool last = l + 1 == lines.size();
        placeLine(us, lines.at(l).first, lines.at(l).second, kLeftMm + indent, kAreaWidthMm - indent, justify && !last, kBodyPt);
        ++m_line;
    }
}

void BulletinLayout::centredTitle(const QString &title)
{
    for (const auto &line : titleLines(title, kTitlePt, kAreaWidthMm)) {
        ensureLines(1);
        double width = 0;
        for (const auto &u : line)
            width += u.widthMm;
        placeLine(line, 0, int(line.size()), kLeftMm + (kAreaWidthMm - width) / 2, width, false, kTitlePt);
        ++m_line;
    }
}

} // namespace xj
