#pragma once
// One bulletin open for editing (or, once finalised or retracted, for reading): the document's
// fields in a form (title, recipients, agency, 成文日期, 附注, 抄送/印发 of the 版记), the body blocks
// in a table (kind and text, edited in place, added, removed, moved), the attachments' titles
// (their tables shown read-only), and a banner naming the font substitutions the typesetter
// will make. Every edit of a draft is saved to its row at once (BulletinRecords::saveDraft); the
// label beside the title says when it was saved, or why it was not.
//
// Figures (BulletinEditorFigures.cpp): on opening a draft and on Recheck figures, the round's
// results are computed (on the GUI thread, like a new draft) and every block whose stated figures
// the results no longer give is marked (BulletinBlocksModel::setStale), never rewritten;
// Regenerate this paragraph replaces a marked block from a fresh draft when asked.
//
// Output (BulletinEditorOutput.cpp): print preview and print paint with BulletinTypesetter::print;
// Export PDF writes a draft unsigned and an issued bulletin as its stored signed file (plus the
// attachments); Finalise and sign opens FinaliseDialog and runs BulletinPublishJob off the GUI
// thread with a progress dialog, then shows the number, the SHA-256 and the files.
//
// Threading: GUI thread only (the thread that owns the Store).

#include "BulletinDocument.h"
#include "BulletinPublisher.h"
#include "BulletinRecords.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPagedPaintDevice;
class QPrinter;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QTabWidget;
class QTableView;

namespace xj {

class BulletinBlocksModel;
class BulletinPublishJob;
class FinaliseDialog;
class OptionalDateEdit;

class BulletinEditor : public QWidget {
    Q_OBJECT
public:
    explicit BulletinEditor(Store &store, QWidget *parent = nullptr);
    ~BulletinEditor() override;

    // Opens bulletin `id` (a draft editable, anything else read-only); false with *error when it
    // cannot be read. A draft's figures are rechecked on opening.
    bool open(qint64 id, QString *error = nullptr);
    void close();
    qint64 bulletinId() const { return m_record.id; }
    bool isReadOnly() const { return m_readOnly; }
    const BulletinDocument &document() const { return m_document; }
    const BulletinRecord &record() const { return m_record; }

    // Computes the round's results and marks the blocks stating figures that changed; returns
    // the stale keys (BulletinDraft::staleFigures), nullopt with *error when the results cannot
    // be computed.
    std::optional<QStringList> recheckFigures(QString *error = nullptr);
    // Replaces block `row` with the block of a fresh draft stating the same figures; false with
    // *error when the fresh draft has none.
    bool regenerateBlock(int row, QString *error = nullptr);

    // Paints the document as the preview and the printer get it.
    void printTo(QPagedPaintDevice *device);
    void openPrintPreview();
    void print();
    // Export PDF…: asks for the file; startExport does the work (tests call it directly).
    void exportPdf();
    bool startExport(const QString &pdfPath, const QString &attachmentsDir = {});
    // Finalise and sign…: opens the dialog (non-blocking); its acceptance starts the work.
    FinaliseDialog *openFinaliseDialog();
    bool isBusy() const;
    // The last work's outcome, for the result message and the tests.
    const std::optional<PublishResult> &lastResult() const { return m_result; }
    QString lastError() const { return m_lastError; }

    BulletinBlocksModel *blocksModel() const { return m_blocks; }
    QTableView *blocksView() const { return m_blocksView; }
    QLineEdit *titleEdit() const { return m_title; }
    QLabel *savedLabel() const { return m_saved; }
    QLabel *fontBanner() const { return m_fontBanner; }
    QTabWidget *attachmentTabs() const { return m_attachments; }

signals:
    // The draft was saved (its title may have changed) or finalised: the list should be re-read.
    void bulletinChanged(qint64 id);

private:
    QWidget *buildForm();
    QWidget *buildBody();
    void fillFromDocument();
    void fillAttachments();
    void setReadOnly(bool readOnly);
    void formEdited();
    void save();
    void updateBlockButtons();
    void startFinalise(FinaliseDialog *dialog);
    // The modal progress of the publish job (m_progress), without a cancel button.
    void showProgress(const QString &label);
    void workFinished(const std::optional<PublishResult> &result, const QString &error);
    void showFontNotes(const QStringList &notes);

    Store &m_store;
    BulletinRecord m_record;
    BulletinDocument m_document;
    bool m_readOnly = true;
    bool m_loading = false;

    QLabel *m_heading;
    QLabel *m_saved;
    QLabel *m_fontBanner;
    QLineEdit *m_title;
    QLineEdit *m_recipients;
    QLineEdit *m_agency;
    OptionalDateEdit *m_date;
    QLineEdit *m_note;
    QLineEdit *m_copiesTo;
    QLineEdit *m_printedBy;
    OptionalDateEdit *m_printedOn;
    BulletinBlocksModel *m_blocks;
    QTableView *m_blocksView;
    QTabWidget *m_attachments;
    QList<QLineEdit *> m_attachmentTitles;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_regenerate;
    QPushButton *m_recheck;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_export;
    QPushButton *m_finalise;
    QLabel *m_figuresNote;

    BulletinPublishJob *m_job;
    bool m_finalising = false;
    std::unique_ptr<QPrinter> m_printer; // kept: the print dialog remembers its settings between uses
    QProgressDialog *m_progress = nullptr;
    std::optional<PublishResult> m_result;
    QString m_lastError;
};

} // namespace xj
