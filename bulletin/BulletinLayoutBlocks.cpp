// The parts of a 公文 in GB/T 9704 order: header, title, 主送, body, 附件说明, signature, 附注,
// attachments, 版记, page numbers.
#include "BulletinLayout.h"

namespace xj {

using namespace gbt;

namespace {
const QColor kRed(230, 0, 18); // close to CMYK 0/80/80/0 on screen and on office printers
}

LaidOutDocument BulletinLayout::layoutDocument(const BulletinDocument &document)
{
    m_doc = {};
    m_page = -1;
    newPage();
    header(document);
    body(document);
    attachmentNote(document);
    signature(document);
    if (m_options.attachmentsInline) {
        for (int i = 0; i < document.attachments.size(); ++i)
            attachmentPages(document, i, document.attachments.size() > 1);
    }
    imprint(document);
    pageNumbers(1);
    return m_doc;
}

LaidOutDocument BulletinLayout::layoutAttachment(const BulletinDocument &document, int index)
{
    m_doc = {};
    m_page = -1;
    if (index >= 0 && index < document.attachments.size())
        attachmentPages(document, index, document.attachments.size() > 1);
    pageNumbers(1);
    return m_doc;
}

void BulletinLayout::header(const BulletinDocument &document)
{
    if (!document.agencyMark.isEmpty()) {
        // The red agency mark: its top 35 mm below the type area's top, as wide as fits.
        const QString mark = document.agencyMark;
        const double em = qMin(18.0, (kAreaWidthMm - 4) / qMax<qsizetype>(1, mark.size()));
        const double sizePt = em * 72 / 25.4;
        const double top = kTopMm + 35;
        const double width = m_fonts.advanceEm(FontRole::Title, mark) * em;
        m_doc.texts << LaidOutText{m_page, QPointF(kLeftMm + (kAreaWidthMm - width) / 2, top + 0.88 * em), mark, FontRole::Title,
                                   sizePt, kRed};
        // Document number centred two blank lines below the mark, the red rule 4 mm under it.
        int line = 0;
        while (lineTop(line) < top + em + 2 * kPitchMm && line < kLinesPerPage - 4)
            ++line;
        m_line = line;
        if (!document.documentNumber.isEmpty()) {
            const double w = m_fonts.advanceEm(FontRole::Body, document.documentNumber) * ptToMm(kBodyPt);
            placeText(m_line, kLeftMm + (kAreaWidthMm - w) / 2, document.documentNumber, FontRole::Body, kBodyPt);
        }
        const double ruleY = baseline(m_line, kBodyPt) + 4;
        m_doc.rules << LaidOutRule{m_page, QLineF(kLeftMm, ruleY, kLeftMm + kAreaWidthMm, ruleY), 0.5, kRed};
        m_line += 3;
    } else if (!document.documentNumber.isEmpty()) {
        // A 函 without a red header: the number alone at the top right, the title two lines down.
        const double w = m_fonts.advanceEm(FontRole::Body, document.documentNumber) * ptToMm(kBodyPt);
        placeText(0, kLeftMm + kAreaWidthMm - w, document.documentNumber, FontRole::Body, kBodyPt);
        m_line = 2;
    }
    centredTitle(document.title);
    if (!document.recipients.isEmpty()) {
        ++m_line; // one blank line below the title
        flow({{document.recipients + QStringLiteral("："), FontRole::Body}}, 0, 0, false);
    }
}

int BulletinLayout::tailLines(const BulletinDocument &document) const
{
    int lines = 0;
    if (!document.attachments.isEmpty()) {
        lines += 1; // the blank line above the note
        const double label = units({{tr("附件："), FontRole::Body}}, kBodyPt, kCellMm).size() * kCellMm;
        for (const BulletinAttachment &a : document.attachments) {
            const double nameX = 2 * kCellMm + label + 2 * kCellMm; // "1." and a margin for the number
            const QList<TextUnit> us = units({{QString(a.title).remove(QLatin1Char('\n')), FontRole::Body}}, kBodyPt, kCellMm);
            lines += int(breakLines(us, kAreaWidthMm - nameX, kAreaWidthMm - nameX).size());
        }
    }
    lines += (m_options.seal.isNull() ? 1 : 3) + 2; // blank lines (room for the seal), name, date
    if (!document.note.isEmpty())
        lines += 1;
    return lines;
}

void BulletinLayout::body(const BulletinDocument &document)
{
    const double indent = 2 * kCellMm;
    const int tail = tailLines(document);
    for (qsizetype b = 0; b < document.body.size(); ++b) {
        const BulletinBlock &block = document.body.at(b);
        FontRole headRole = FontRole::Body;
        if (block.kind == BulletinBlock::Heading1)
            headRole = FontRole::Heading1;
        else if (block.kind == BulletinBlock::Heading2)
            headRole = FontRole::Heading2;
        QList<QPair<QString, FontRole>> runs;
        const qsizetype stop = block.text.indexOf(QChar(0x3002)); // 。 ends the heading, running text follows
        if (block.kind != BulletinBlock::Paragraph && stop >= 0 && stop + 1 < block.text.size()) {
            runs << qMakePair(block.text.left(stop + 1), headRole) << qMakePair(block.text.mid(stop + 1), FontRole::Body);
        } else {
            runs << qMakePair(block.text, block.kind == BulletinBlock::Paragraph ? FontRole::Body : headRole);
            // A heading alone is kept with the first line of what follows.
            if (block.kind != BulletinBlock::Paragraph && m_line + 2 > kLinesPerPage)
                newPage();
        }
        flow(runs, indent, 0, true, b + 1 == document.body.size() ? tail : 0);
    }
}

void BulletinLayout::attachmentNote(const BulletinDocument &document)
{
    if (document.attachments.isEmpty())
        return;
    ++m_line; // one blank line below the body
    const double emMm = ptToMm(kBodyPt);
    const QString label = tr("附件：");
    const double labelWidth = units({{label, FontRole::Body}}, kBodyPt, kCellMm).size() * kCellMm;
    const bool numbered = document.attachments.size() > 1;
    // The note is kept on one page: a page break inside the list of attachments reads as its end.
    int noteLines = 0;
    for (const BulletinAttachment &a : document.attachments) {
        const QString number = numbered ? QStringLiteral("%1.").arg(document.attachments.size()) : QString();
        const double nameX = 2 * kCellMm + labelWidth + m_fonts.advanceEm(FontRole::Body, number) * emMm;
        const QList<TextUnit> us = units({{QString(a.title).remove(QLatin1Char('\n')), FontRole::Body}}, kBodyPt, kCellMm);
        noteLines += int(breakLines(us, kAreaWidthMm - nameX, kAreaWidthMm - nameX).size());
    }
    if (noteLines <= kLinesPerPage)
        ensureLines(noteLines);
    for (int i = 0; i < document.attachments.size(); ++i) {
        // "附件：1.名称" then "2.名称" aligned under "1."; wrapped lines hang under the name.
        const QString number = numbered ? QStringLiteral("%1.").arg(i + 1) : QString();
        const double numberWidth = m_fonts.advanceEm(FontRole::Body, number) * emMm;
        const double nameX = 2 * kCellMm + labelWidth + numberWidth;
        const QString title = QString(document.attachments.at(i).title).replace(QLatin1Char('\n'), QString());
        const QList<TextUnit> us = units({{title, FontRole::Body}}, kBodyPt, kCellMm);
        const auto lines = breakLines(us, kAreaWidthMm - nameX, kAreaWidthMm - nameX);
        for (int l = 0; l < lines.size(); ++l) {
            ensureLines(1);
            if (l == 0) {
                if (i == 0)
                    placeLine(units({{label, FontRole::Body}}, kBodyPt, kCellMm), 0, int(label.size()), kLeftMm + 2 * kCellMm,
                              labelWidth, false, kBodyPt);
                if (numbered)
                    placeText(m_line, kLeftMm + 2 * kCellMm + labelWidth, number, FontRole::Body, kBodyPt);
            }
            placeLine(us, lines.at(l).first, lines.at(l).second, kLeftMm + nameX, kAreaWidthMm - nameX, l + 1 < lines.size(), kBodyPt);
            ++m_line;
        }
    }
}

void BulletinLayout::signature(const BulletinDocument &document)
{
    const double emMm = ptToMm(kBodyPt);
    const QString date = BulletinDocument::chineseDate(document.date);
    const QString note = document.note.isEmpty() ? QString() : tr("（%1）").arg(document.note);
    const double agencyWidth = units({{document.agency, FontRole::Body}}, kBodyPt, kCellMm).size() ? [&] {
        double w = 0;
        for (const auto &u : units({{document.agency, FontRole::Body}}, kBodyPt, kCellMm))
            w += u.widthMm;
        return w;
    }() : 0.0;
    double dateWidth = 0;
    for (const auto &u : units({{date, FontRole::Body}}, kBodyPt, kCellMm))
        dateWidth += u.widthMm;
    const double right = kLeftMm + kAreaWidthMm;
    const QImage &seal = m_options.seal;
    const int blank = seal.isNull() ? 1 : 3; // room for the seal's upper half
    ensureLines(blank + 2 + (note.isEmpty() ? 0 : 1));
    m_line += blank;
    if (m_line + 2 > kLinesPerPage)
        newPage();
    const int agencyLine = m_line;
    double agencyX, dateX;
    if (!seal.isNull()) {
        // Date four characters in from the right, the name centred over it, the seal centred
        // over both, its centre just above the name so that name and date sit below the centre.
        dateX = right - 4 * kCellMm - dateWidth;
        agencyX = dateX + (dateWidth - agencyWidth) / 2;
        if (agencyX + agencyWidth > right)
            agencyX = right - agencyWidth;
        const double d = m_options.sealDiameterMm;
        const double h = d * seal.height() / qMax(1, seal.width());
        const QPointF centre(dateX + dateWidth / 2, lineTop(agencyLine) + 0.2 * kPitchMm);
        m_doc.images << LaidOutImage{m_page, QRectF(centre.x() - d / 2, centre.y() - h / 2, d, h), seal};
    } else {
        // Name two characters in from the right; the date below starts two characters further right,
        // unless it is the longer one, then the date keeps two characters from the right.
        agencyX = right - 2 * kCellMm - agencyWidth;
        dateX = agencyX + 2 * kCellMm;
        if (dateX + dateWidth > right - 2 * kCellMm) {
            dateX = right - 2 * kCellMm - dateWidth;
            agencyX = dateX - 2 * kCellMm;
        }
    }
    placeLine(units({{document.agency, FontRole::Body}}, kBodyPt, kCellMm), 0, int(document.agency.size()), agencyX, agencyWidth,
              false, kBodyPt);
    ++m_line;
    const QList<TextUnit> dateUnits = units({{date, FontRole::Body}}, kBodyPt, kCellMm);
    placeLine(dateUnits, 0, int(dateUnits.size()), dateX, dateWidth, false, kBodyPt);
    ++m_line;
    if (!note.isEmpty())
        flow({{note, FontRole::Body}}, 2 * kCellMm, 0);
    Q_UNUSED(emMm)
}

void BulletinLayout::attachmentPages(const BulletinDocument &document, int index, bool numbered)
{
    const BulletinAttachment &a = document.attachments.at(index);
    newPage();
    const QString label = numbered ? tr("附件%1").arg(index + 1) : tr("附件");
    const QList<TextUnit> us = units({{label, FontRole::Heading1}}, kBodyPt, kCellMm);
    placeLine(us, 0, int(us.size()), kLeftMm, kAreaWidthMm, false, kBodyPt);
    m_line = 2;
    centredTitle(a.title);
    if (!a.notesBefore.isEmpty() || !a.table.header.isEmpty())
        ++m_line;
    for (const QString &n : a.notesBefore)
        flow({{n, FontRole::Body}}, 2 * kCellMm, 0);
    if (!a.table.header.isEmpty())
        table(a.table);
    for (const QString &n : a.notesAfter)
        flow({{n, FontRole::Body}}, 2 * kCellMm, 0);
}

void BulletinLayout::imprint(const BulletinDocument &document)
{
    if (document.copiesTo.isEmpty() && document.printedBy.isEmpty())
        return;
    // 版记 on the last two lines of the last page, between full-width rules.
    if (m_line > kLinesPerPage - 2)
        newPage();
    const int first = kLinesPerPage - 2;
    const double left = kLeftMm, right = kLeftMm + kAreaWidthMm, cell = ptToMm(kSmallPt);
    const auto rule = [&](double y, double w) { m_doc.rules << LaidOutRule{m_page, QLineF(left, y, right, y), w, Qt::black}; };
    rule(lineTop(first), 0.35);
    rule(lineTop(first + 1), 0.25);
    rule(lineTop(first + 2), 0.35);
    const auto put = [&](int line, double x, const QString &text) {
        const QList<TextUnit> us = units({{text, FontRole::Body}}, kSmallPt, cell);
        m_line = line;
        double w = 0;
        for (const auto &u : us)
            w += u.widthMm;
        placeLine(us, 0, int(us.size()), x < 0 ? right - cell - w : x, w, false, kSmallPt);
    };
    if (!document.copiesTo.isEmpty())
        put(first, left + cell, tr("抄送：%1。").arg(document.copiesTo));
    if (!document.printedBy.isEmpty()) {
        put(first + 1, left + cell, document.printedBy);
        if (document.printedOn.isValid())
            put(first + 1, -1, tr("%1印发").arg(BulletinDocument::chineseDate(document.printedOn)));
    }
    m_line = kLinesPerPage;
}

void BulletinLayout::pageNumbers(int firstNumber)
{
    // "— N —" in 4号 宋体, 7 mm below the type area; odd pages right, even pages left, one
    // character in from the edge of the type area.
    const double em = ptToMm(kSmallPt);
    const double y = kTopMm + kAreaHeightMm + kPageNumberGapMm + 0.88 * em;
    for (int p = 0; p < m_doc.pages; ++p) {
        const int number = firstNumber + p;
        const QString text = QStringLiteral("— %1 —").arg(number);
        const double w = m_fonts.advanceEm(FontRole::PageNumber, text) * em;
        const bool right = number % 2 || !m_options.duplex;
        const double x = right ? kLeftMm + kAreaWidthMm - em - w : kLeftMm + em;
        m_doc.texts << LaidOutText{p, QPointF(x, y), text, FontRole::PageNumber, kSmallPt, Qt::black};
    }
}

} // namespace xj

