#pragma once
// Lays a BulletinDocument out to GB/T 9704 (A4, 37/28 mm margins, 156×225 mm type area, 22 lines of
// 28 characters) and paints it with QPainter on a QPdfWriter (PDF 1.4, fonts embedded as subsets
// by Qt) or on a QPrinter — the same code path for both.
//
// Threads: toPdf(), pdf() and attachmentPdf() use only QPdfWriter, QPainter, QFont and QImage,
// which work off the GUI thread, so the GUI may call them from a worker thread (one typesetter
// per thread; a QGuiApplication must exist). print() paints on the device it is given, so a
// QPrinter must be used on the thread that owns it.

#include "BulletinDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace xj {

struct TypesetOptions {
    QImage seal;                    // a transparent seal image pressed over name and date; null: none
                                    // (SealImage::load checks a file, SealImage::sample draws one)
    bool attachmentsInline = true;  // attachments follow the body, each on a new page
    double sealDiameterMm = 42;     // the seal's drawn width
    bool repairTextMapping = true;  // fix Kangxi radicals in the ToUnicode maps (PdfToUnicodeRepair)
    bool duplex = true;             // page numbers alternate sides (GB/T 9704); single-sided: all on
                                    // the right, where an odd page has it. print() takes it from a
                                    // real (native) QPrinter's duplex setting
};

struct LaidOutDocument; // BulletinLayout.h
class BulletinFonts;

class BulletinTypesetter {
    Q_DECLARE_TR_FUNCTIONS(BulletinTypesetter)

public:
    explicit BulletinTypesetter(const TypesetOptions &options = {});
    ~BulletinTypesetter();

    bool toPdf(const BulletinDocument &document, const QString &path, QString *error = nullptr);
    QByteArray pdf(const BulletinDocument &document, QString *error = nullptr);
    // One attachment on its own (index from 0), its pages numbered from 1.
    QByteArray attachmentPdf(const BulletinDocument &document, int index, QString *error = nullptr);
    // Paints the document on a printer or PDF writer; sets it to A4 with no margins.
    void print(const BulletinDocument &document, QPagedPaintDevice *device);

    // Font substitutions of the last layout, translated, one sentence each.
    QStringList fontNotes() const;
    // Pages of the last layout.
    int pageCount() const;
    // ToUnicode entries corrected in the last PDF (Kangxi radicals and the like).
    int repairedMappings() const;

    // Writes bytes to path atomically (QSaveFile); the error names the path.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error = nullptr);

private:
    QByteArray render(const LaidOutDocument &laidOut, const BulletinFonts &fonts, const QString &title, QString *error);

    TypesetOptions m_options;
    QStringList m_fontNotes;
    int m_pageCount = 0;
    int m_repaired = 0;
};

} // namespace xj
