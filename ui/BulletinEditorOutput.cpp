// BulletinEditor's output: print preview and print, Export PDF, Finalise and sign (the work on
// BulletinPublishJob's thread, a progress dialog meanwhile, the outcome in a message).
#include "BulletinEditor.h"

#include "BulletinPublishJob.h"
#include "BulletinTypesetter.h"
#include "FinaliseDialog.h"
#include "OptionalDateEdit.h"
#include "StoreSettings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>

namespace xj {

void BulletinEditor::printTo(QPagedPaintDevice *device)
{
    BulletinTypesetter typesetter;
    typesetter.print(m_document, device);
    showFontNotes(typesetter.fontNotes());
}

void BulletinEditor::openPrintPreview()
{
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    auto *preview = new QPrintPreviewDialog(m_printer.get(), this);
    preview->setObjectName(QStringLiteral("bulletinPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print preview — %1").arg(m_document.title));
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *printer) { printTo(printer); });
    preview->resize(900, 1000);
    preview->open();
}

void BulletinEditor::print()
{
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    // Qt's dialog offers duplex where the printer has it; the typesetter alternates the page
    // numbers by the printer's duplex setting.
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print %1").arg(m_document.title));
    if (dialog.exec() == QDialog::Accepted)
        printTo(m_printer.get());
}

bool BulletinEditor::isBusy() const
{
    return m_job->isRunning();
}

void BulletinEditor::exportPdf()
{
    const QString suggested = QFileInfo(m_document.title.isEmpty() ? tr("bulletin") : m_document.title).fileName() + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the bulletin as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Folder for the attachments as PDF and XLSX (cancel: none)"), QFileInfo(path).absolutePath());
    startExport(path, dir);
}

bool BulletinEditor::startExport(const QString &pdfPath, const QString &attachmentsDir)
{
    if (m_record.id == 0 || m_job->isRunning())
        return false;
    PublishRequest request;
    request.roundId = m_record.roundId;
    request.document = m_document;
    request.options.attachmentsDir = attachmentsDir;
    request.pdfPath = pdfPath;
    if (m_record.state != BulletinRecord::Draft) {
        // What was issued is the stored signed file: exported byte for byte, its SHA-256 unchanged.
        const auto stored = BulletinRecords(m_store).bulletin(m_record.id);
        if (!stored || stored->pdf.isEmpty()) {
            m_lastError = tr("The issued PDF of bulletin %1 cannot be read: %2").arg(m_record.id).arg(m_store.lastError());
            return false;
        }
        request.issuedPdf = stored->pdf;
    }
    m_finalising = false;
    m_result.reset();
    m_lastError.clear();
    if (!m_job->start(request))
        return false;
    // Typesetting cannot be interrupted; it takes under a second for 168 pages (bench/bulletin).
    showProgress(tr("Exporting the bulletin…"));
    setReadOnly(m_readOnly); // disables Finalise while the work runs
    return true;
}

void BulletinEditor::showProgress(const QString &label)
{
    m_progress = new QProgressDialog(label, QString(), 0, 100, this);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setCancelButton(nullptr);
    m_progress->setMinimumDuration(0);
    m_progress->setWindowModality(Qt::WindowModal);
    connect(m_job, &BulletinPublishJob::progress, m_progress, [p = m_progress](int percent, const QString &step) {
        p->setValue(percent);
        p->setLabelText(step);
    });
    m_progress->show();
}

FinaliseDialog *BulletinEditor::openFinaliseDialog()
{
    if (m_readOnly || m_record.id == 0 || m_job->isRunning())
        return nullptr;
    const QString numberTemplate = StoreSettings(m_store).value(setting::kNumberTemplate);
    auto *dialog = new FinaliseDialog(m_document.agency, numberTemplate, m_document.date, this);
    dialog->setObjectName(QStringLiteral("finaliseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startFinalise(dialog); });
    dialog->open();
    return dialog;
}

void BulletinEditor::startFinalise(FinaliseDialog *dialog)
{
    if (m_readOnly || m_record.id == 0 || m_job->isRunning())
        return;
    // The date chosen is the document's 成文日期; the draft row keeps it like any other edit.
    m_document.date = dialog->date();
    m_loading = true;
    m_date->setDate(m_document.date);
    m_loading = false;
    save();
    PublishRequest request;
    request.draftId = m_record.id;
    request.roundId = m_record.roundId;
    request.document = m_document;
    request.options = dialog->options();
    request.pdfPath = dialog->pdfCopy();
    m_finalising = true;
    m_result.reset();
    m_lastError.clear();
    if (!m_job->start(request))
        return;
    // One transaction: it keeps everything or nothing, so there is nothing to cancel halfway.
    showProgress(tr("Finalising and signing the bulletin…"));
    // No edits while the row is being finalised: they would be refused, or lost, once it is final.
    setReadOnly(true);
}

void BulletinEditor::workFinished(const std::optional<PublishResult> &result, const QString &error)
{
    if (m_progress)
        m_progress->close();
    m_progress = nullptr;
    m_result = result;
    m_lastError = error;
    const bool finalised = m_finalising && result && result->bulletinId > 0;
    if (finalised) {
        // The row is final now: shown again, read-only, and the list says 已签发.
        QString why;
        open(m_record.id, &why);
        emit bulletinChanged(m_record.id);
    } else {
        setReadOnly(m_record.state != BulletinRecord::Draft);
    }
    if (result)
        showFontNotes(result->fontNotes);

    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("publishResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!result) {
        box->setIcon(QMessageBox::Warning);
        box->setWindowTitle(m_finalising ? tr("Not finalised") : tr("Not exported"));
        box->setText(m_finalising ? tr("The bulletin was not finalised; it is still a draft and no number was taken.")
                                  : tr("The bulletin was not exported."));
        // A failure after the finalising transaction (the attachments folder) leaves it final.
        if (m_finalising && BulletinRecords(m_store).bulletin(m_record.id).value_or(BulletinRecord{}).state != BulletinRecord::Draft) {
            box->setText(tr("The bulletin was finalised, but writing the attachments failed."));
            QString why;
            open(m_record.id, &why);
            emit bulletinChanged(m_record.id);
        }
        box->setInformativeText(error);
    } else {
        box->setIcon(QMessageBox::Information);
        box->setWindowTitle(finalised ? tr("Bulletin finalised") : tr("Bulletin exported"));
        QStringList lines;
        if (finalised)
            lines << tr("Number: %1").arg(result->documentNumber.isEmpty() ? tr("(none)") : result->documentNumber);
        lines << tr("Pages: %1").arg(result->pages) << tr("SHA-256: %1").arg(result->sha256);
        for (const QString &f : result->attachmentFiles)
            lines << tr("Attachment: %1").arg(f);
        box->setText(finalised                                ? tr("The bulletin is signed and kept in the database; it can no longer be changed.")
                         : m_record.state != BulletinRecord::Draft ? tr("The issued PDF was written as it is kept, signed.")
                                                                   : tr("The unsigned PDF was written."));
        box->setInformativeText(lines.join(QLatin1Char('\n')));
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    box->open();
}

} // namespace xj
