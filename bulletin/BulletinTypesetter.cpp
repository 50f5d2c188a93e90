#include "BulletinTypesetter.h"

#include "BulletinLayout.h"
#include "PdfToUnicodeRepair.h"

#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace xj {

namespace {

constexpr int kPdfResolution = 1200; // dots per inch of QPdfWriter's device space

// Paints laid-out pages on any paged device whose page is A4 without margins. `onPage` starts a
// new device page (QPagedPaintDevice::newPage) between pages.
void paint(const LaidOutDocument &laidOut, const BulletinFonts &fonts, QPagedPaintDevice *device, QPainter &painter)
{
    const double dotsPerMm = device->logicalDpiX() / 25.4;
    const auto px = [dotsPerMm](double mm) { return mm * dotsPerMm; };
    // Group the items by page once: the painter walks the pages in order.
    QList<QList<const LaidOutText *>> texts(laidOut.pages);
    for (const LaidOutText &t : laidOut.texts)
        if (t.page >= 0 && t.page < laidOut.pages)
            texts[t.page] << &t;
    for (int p = 0; p < laidOut.pages; ++p) {
        if (p > 0)
            device->newPage();
        painter.setRenderHint(QPainter::Antialiasing);
        for (const LaidOutRule &rule : laidOut.rules) {
            if (rule.page != p)
                continue;
            QPen pen(rule.color);
            pen.setWidthF(px(rule.widthMm));
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            painter.drawLine(QPointF(px(rule.lineMm.x1()), px(rule.lineMm.y1())), QPointF(px(rule.lineMm.x2()), px(rule.lineMm.y2())));
        }
        FontRole currentRole = FontRole::Body;
        double currentSize = -1;
        for (const LaidOutText *t : std::as_const(texts.at(p))) {
            if (t->role != currentRole || t->sizePt != currentSize) {
                painter.setFont(fonts.font(t->role, t->sizePt / 72.0 * device->logicalDpiY()));
                currentRole = t->role;
                currentSize = t->sizePt;
            }
            painter.setPen(t->color);
            // Character by character: drawn as one run, a Latin word is shaped, and Qt maps some
            // shaped glyphs (the digits of "2026Q4", "W-V1", "IPv6") to no character in the PDF's
            // ToUnicode table, so readers drop them. Kerning is off, so the advances are the same.
            const QFontMetricsF metrics(painter.font(), device);
            QPointF at(px(t->baselineMm.x()), px(t->baselineMm.y()));
            for (qsizetype i = 0; i < t->text.size();) {
                const qsizetype len = t->text.at(i).isHighSurrogate() && i + 1 < t->text.size() ? 2 : 1;
                const QString ch = t->text.mid(i, len);
                painter.drawText(at, ch);
                at.rx() += metrics.horizontalAdvance(ch);
                i += len;
            }
        }
        // The seal is pressed over the name and date: painted on top of them.
        for (const LaidOutImage &image : laidOut.images)
            if (image.page == p)
                painter.drawImage(QRectF(px(image.rectMm.x()), px(image.rectMm.y()), px(image.rectMm.width()),
                                         px(image.rectMm.height())),
                                  image.image);
    }
}

} // namespace

BulletinTypesetter::BulletinTypesetter(const TypesetOptions &options)
    : m_options(options)
{
}

BulletinTypesetter::~BulletinTypesetter() = default;

QByteArray BulletinTypesetter::pdf(const BulletinDocument &document, QString *error)
{
    const BulletinFonts fonts;
    m_fontNotes = fonts.notes();
    BulletinLayout layout(fonts, m_options);
    const LaidOutDocument laidOut = layout.layoutDocument(document);
    m_pageCount = laidOut.pages;
    return render(laidOut, fonts, document.title, error);
}

QByteArray BulletinTypesetter::attachmentPdf(const BulletinDocument &document, int index, QString *error)
{
    if (index < 0 || index >= document.attachments.size()) {
        if (error)
            *error = tr("The bulletin has no attachment %1.").arg(index + 1);
        return {};
    }
    const BulletinFonts fonts;
    m_fontNotes = fonts.notes();
    BulletinLayout layout(fonts, m_options);
    const LaidOutDocument laidOut = layout.layoutAttachment(document, index);
    m_pageCount = laidOut.pages;
    return render(laidOut, fonts, document.attachments.at(index).title, error);
}

bool BulletinTypesetter::toPdf(const BulletinDocument &document, const QString &path, QString *error)
{
    const QByteArray bytes = pdf(document, error);
    if (bytes.isEmpty())
        return false;
    return writeFile(path, bytes, error);
}

bool BulletinTypesetter::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    // Written whole or not at all: a PDF half written by a killed process is not a bulletin.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void BulletinTypesetter::print(const BulletinDocument &document, QPagedPaintDevice *device)
{
    // "Print to PDF" gets the PDF of pdf(), whose text extracts as typeset; painting on Qt's PDF
    // printer would leave the Kangxi-radical ToUnicode entries (文 → ⽂) in the file.
    if (auto *printer = dynamic_cast<QPrinter *>(device);
        printer && printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()) {
        const QByteArray bytes = pdf(document);
        if (!bytes.isEmpty())
            writeFile(printer->outputFileName(), bytes);
        return;
    }
    const BulletinFonts fonts;
    m_fontNotes = fonts.notes();
    TypesetOptions options = m_options;
    // Printed on one side only, every page is a right-hand page: its number goes right. A real
    // printer says how it prints; a PDF "printer" keeps no duplex setting (Qt drops it), so the
    // options decide there.
    if (const auto *printer = dynamic_cast<const QPrinter *>(device); printer && printer->outputFormat() == QPrinter::NativeFormat)
        options.duplex = printer->duplex() != QPrinter::DuplexNone;
    BulletinLayout layout(fonts, options);
    const LaidOutDocument laidOut = layout.layoutDocument(document);
    m_pageCount = laidOut.pages;
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    QPainter painter(device);
    if (!painter.isActive())
        return;
    paint(laidOut, fonts, device, painter);
}

QByteArray BulletinTypesetter::render(const LaidOutDocument &laidOut, const BulletinFonts &fonts, const QString &title,
                                      QString *error)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Xunjian"));
        QPainter painter(&writer);
        if (!painter.isActive()) {
            if (error)
                *error = tr("Cannot start the PDF writer.");
            return {};
        }
        paint(laidOut, fonts, &writer, painter);
        painter.end();
    }
    m_repaired = 0;
    if (m_options.repairTextMapping) {
        QString typeset;
        for (const LaidOutText &t : laidOut.texts)
            typeset += t.text;
        QList<QRawFont> raw;
        for (FontRole role : {FontRole::Title, FontRole::Body, FontRole::Heading1, FontRole::Heading2, FontRole::PageNumber})
            raw << fonts.rawFont(role);
        bytes = PdfToUnicodeRepair(typeset, raw).repair(bytes, &m_repaired);
    }
    return bytes;
}

QStringList BulletinTypesetter::fontNotes() const
{
    return m_fontNotes;
}

int BulletinTypesetter::pageCount() const
{
    return m_pageCount;
}

int BulletinTypesetter::repairedMappings() const
{
    return m_repaired;
}

} // namespace xj
