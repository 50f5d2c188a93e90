#include "BulletinEditor.h"

#include "BulletinBlockDelegate.h"
#include "BulletinBlocksModel.h"
#include "BulletinDrafting.h"
#include "BulletinFonts.h"
#include "BulletinPublishJob.h"
#include "OptionalDateEdit.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

namespace xj {

BulletinEditor::BulletinEditor(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_heading(new QLabel), m_saved(new QLabel), m_fontBanner(new QLabel),
      m_title(new QLineEdit), m_recipients(new QLineEdit), m_agency(new QLineEdit), m_date(new OptionalDateEdit),
      m_note(new QLineEdit), m_copiesTo(new QLineEdit), m_printedBy(new QLineEdit), m_printedOn(new OptionalDateEdit),
      m_blocks(new BulletinBlocksModel(this)), m_blocksView(new QTableView), m_attachments(new QTabWidget),
      m_figuresNote(new QLabel), m_job(new BulletinPublishJob(store.location(), this))
{
    setObjectName(QStringLiteral("bulletinEditor"));
    m_heading->setObjectName(QStringLiteral("bulletinHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_saved->setObjectName(QStringLiteral("savedLabel"));
    m_fontBanner->setObjectName(QStringLiteral("fontBanner"));
    m_fontBanner->setWordWrap(true);
    m_fontBanner->setStyleSheet(QStringLiteral("QLabel#fontBanner { background: #fff4ce; color: #4d3b00; border: 1px solid #e0c060;"
                                               " border-radius: 3px; padding: 4px 8px; }"));
    m_fontBanner->hide();
    m_figuresNote->setObjectName(QStringLiteral("figuresNote"));
    m_figuresNote->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_saved);

    // The body is what is worked on: it and the attachments share the height below the form.
    auto *parts = new QTabWidget;
    parts->setObjectName(QStringLiteral("bulletinParts"));
    parts->addTab(buildBody(), tr("Body"));
    parts->addTab(m_attachments, tr("Attachments"));
    m_attachments->setDocumentMode(true);

    m_recheck = new QPushButton(tr("Recheck &figures"));
    m_recheck->setToolTip(tr("Compute the round's results again and mark the paragraphs whose figures changed"));
    m_preview = new QPushButton(tr("Print pre&view…"));
    m_print = new QPushButton(tr("&Print…"));
    m_export = new QPushButton(tr("E&xport PDF…"));
    m_export->setToolTip(tr("The unsigned PDF and, if you choose a folder, each attachment as PDF and XLSX"));
    m_finalise = new QPushButton(tr("&Finalise and sign…"));
    m_finalise->setToolTip(tr("Take the next 发文字号, sign the PDF and keep it in the database unchangeable"));
    connect(m_recheck, &QPushButton::clicked, this, [this] { recheckFigures(); });
    connect(m_preview, &QPushButton::clicked, this, &BulletinEditor::openPrintPreview);
    connect(m_print, &QPushButton::clicked, this, &BulletinEditor::print);
    connect(m_export, &QPushButton::clicked, this, &BulletinEditor::exportPdf);
    connect(m_finalise, &QPushButton::clicked, this, [this] { openFinaliseDialog(); });
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_recheck);
    actions->addStretch(1);
    for (QPushButton *b : {m_preview, m_print, m_export, m_finalise})
        actions->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_fontBanner);
    layout->addWidget(m_figuresNote);
    layout->addWidget(buildForm());
    layout->addWidget(parts, 1);
    layout->addLayout(actions);

    connect(m_blocks, &BulletinBlocksModel::edited, this, [this] {
        m_document.body = m_blocks->blocks();
        save();
        m_blocksView->resizeRowsToContents();
        updateBlockButtons();
    });
    connect(m_job, &BulletinPublishJob::finished, this, &BulletinEditor::workFinished);
    close();
}

BulletinEditor::~BulletinEditor() = default;

QWidget *BulletinEditor::buildForm()
{
    auto *box = new QGroupBox(tr("Document"));
    auto *form = new QFormLayout;
    auto *form2 = new QFormLayout;
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_recipients->setObjectName(QStringLiteral("recipientsEdit"));
    m_agency->setObjectName(QStringLiteral("agencyEdit"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Recipients (主送):"), m_recipients);
    form->addRow(tr("&Agency (发文机关):"), m_agency);
    form->addRow(tr("&Date (成文日期):"), m_date);
    form2->addRow(tr("&Note (附注):"), m_note);
    form2->addRow(tr("&Copies to (抄送):"), m_copiesTo);
    form2->addRow(tr("Printed &by (印发机关):"), m_printedBy);
    form2->addRow(tr("Printed &on (印发日期):"), m_printedOn);
    for (QLineEdit *e : {m_title, m_recipients, m_agency, m_note, m_copiesTo, m_printedBy})
        connect(e, &QLineEdit::textEdited, this, &BulletinEditor::formEdited);
    for (OptionalDateEdit *d : {m_date, m_printedOn})
        connect(d, &OptionalDateEdit::dateChanged, this, &BulletinEditor::formEdited);
    auto *columns = new QHBoxLayout(box);
    columns->addLayout(form, 3);
    columns->addLayout(form2, 2);
    return box;
}

QWidget *BulletinEditor::buildBody()
{
    auto *box = new QWidget;
    m_blocksView->setObjectName(QStringLiteral("blocksView"));
    m_blocksView->setModel(m_blocks);
    auto *delegate = new BulletinBlockDelegate(m_blocksView);
    m_blocksView->setItemDelegate(delegate);
    connect(delegate, &BulletinBlockDelegate::regenerateRequested, this, [this](int row) {
        QString error;
        if (!regenerateBlock(row, &error))
            m_figuresNote->setText(error);
    });
    m_blocksView->setWordWrap(true);
    m_blocksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_blocksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_blocksView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_blocksView->horizontalHeader()->setSectionResizeMode(BulletinBlocksModel::KindColumn, QHeaderView::ResizeToContents);
    m_blocksView->horizontalHeader()->setSectionResizeMode(BulletinBlocksModel::TextColumn, QHeaderView::Stretch);
    m_blocksView->horizontalHeader()->setSectionResizeMode(BulletinBlocksModel::FiguresColumn, QHeaderView::ResizeToContents);
    // Wrapped paragraphs take the height their width needs: measured again when the text column
    // changes width (the window resized), not only when a block changes.
    connect(m_blocksView->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == BulletinBlocksModel::TextColumn)
            m_blocksView->resizeRowsToContents();
    });
    connect(m_blocksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BulletinEditor::updateBlockButtons);

    m_add = new QPushButton(tr("&Add paragraph"));
    m_remove = new QPushButton(tr("Re&move"));
    m_up = new QPushButton(tr("Move &up"));
    m_down = new QPushButton(tr("Move do&wn"));
    m_regenerate = new QPushButton(tr("&Regenerate this paragraph"));
    m_regenerate->setToolTip(tr("Replace the marked paragraph with the one a fresh draft writes from the results now"));
    auto current = [this] { return m_blocksView->currentIndex().isValid() ? m_blocksView->currentIndex().row() : -1; };
    connect(m_add, &QPushButton::clicked, this, [this, current] {
        const int row = current() < 0 ? m_blocks->rowCount() : current() + 1;
        m_blocks->insertBlock(row, BulletinBlock{});
        m_blocksView->setCurrentIndex(m_blocks->index(row, BulletinBlocksModel::TextColumn));
        m_blocksView->edit(m_blocksView->currentIndex());
    });
    connect(m_remove, &QPushButton::clicked, this, [this, current] { m_blocks->removeBlock(current()); });
    connect(m_up, &QPushButton::clicked, this, [this, current] {
        const int row = current();
        m_blocks->moveBlock(row, row - 1);
        m_blocksView->setCurrentIndex(m_blocks->index(row - 1, BulletinBlocksModel::TextColumn));
    });
    connect(m_down, &QPushButton::clicked, this, [this, current] {
        const int row = current();
        m_blocks->moveBlock(row, row + 1);
        m_blocksView->setCurrentIndex(m_blocks->index(row + 1, BulletinBlocksModel::TextColumn));
    });
    connect(m_regenerate, &QPushButton::clicked, this, [this, current] {
        QString error;
        if (!regenerateBlock(current(), &error))
            m_figuresNote->setText(error);
    });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_regenerate);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_blocksView, 1);
    layout->addLayout(buttons);
    return box;
}

bool BulletinEditor::open(qint64 id, QString *error)
{
    const auto record = BulletinRecords(m_store).bulletin(id);
    QString why;
    std::optional<BulletinDocument> document;
    if (!record) {
        why = tr("Bulletin %1 cannot be read: %2").arg(id).arg(m_store.lastError());
    } else {
        QJsonParseError parse;
        const QJsonDocument json = QJsonDocument::fromJson(record->document.toUtf8(), &parse);
        if (!json.isObject())
            why = tr("Bulletin %1: its content is not a JSON object (%2)").arg(id).arg(parse.errorString());
        else
            document = BulletinDocument::fromJson(json.object(), &why);
    }
    if (!document) {
        if (error)
            *error = why;
        return false;
    }
    m_record = *record;
    m_record.pdf.clear(); // the stored PDF is read again when it is needed, not kept in memory
    m_document = *document;
    if (m_document.documentNumber.isEmpty())
        m_document.documentNumber = m_record.documentNumber; // finalisation typesets it; the stored JSON predates it
    fillFromDocument();
    setReadOnly(m_record.state != BulletinRecord::Draft);
    showFontNotes(BulletinFonts().notes());
    setEnabled(true);
    const QString state = m_record.state == BulletinRecord::Draft   ? tr("Draft")
        : m_record.state == BulletinRecord::Final                   ? tr("Issued %1").arg(m_record.documentNumber)
                                                                    : tr("Retracted %1").arg(m_record.documentNumber);
    m_heading->setText(tr("%1 — version %2").arg(state).arg(m_record.version));
    m_saved->setText(m_readOnly ? tr("Read-only: finalised bulletins cannot be changed") : tr("All changes saved"));
    m_saved->setStyleSheet(QString());
    m_figuresNote->clear();
    if (!m_readOnly && !m_record.roundId.isEmpty()) {
        QString figuresError;
        if (!recheckFigures(&figuresError))
            m_figuresNote->setText(tr("The figures could not be checked: %1").arg(figuresError));
    }
    return true;
}

void BulletinEditor::close()
{
    m_record = {};
    m_document = {};
    m_loading = true;
    m_blocks->setBlocks({});
    for (QLineEdit *e : {m_title, m_recipients, m_agency, m_note, m_copiesTo, m_printedBy})
        e->clear();
    m_date->setDate({});
    m_printedOn->setDate({});
    m_attachments->clear();
    m_attachmentTitles.clear();
    m_loading = false;
    m_heading->setText(tr("No bulletin open: draft one from the round's results, or open one from the list."));
    m_saved->clear();
    m_figuresNote->clear();
    m_fontBanner->hide();
    setReadOnly(true);
    for (QPushButton *b : {m_recheck, m_preview, m_print, m_export})
        b->setEnabled(false);
}

void BulletinEditor::fillFromDocument()
{
    m_loading = true;
    m_title->setText(m_document.title);
    m_recipients->setText(m_document.recipients);
    m_agency->setText(m_document.agency);
    m_date->setDate(m_document.date);
    m_note->setText(m_document.note);
    m_copiesTo->setText(m_document.copiesTo);
    m_printedBy->setText(m_document.printedBy);
    m_printedOn->setDate(m_document.printedOn);
    m_blocks->setBlocks(m_document.body);
    m_blocksView->resizeRowsToContents();
    fillAttachments();
    m_loading = false;
}

void BulletinEditor::fillAttachments()
{
    m_attachments->clear();
    m_attachmentTitles.clear();
    for (int i = 0; i < m_document.attachments.size(); ++i) {
        const BulletinAttachment &a = m_document.attachments.at(i);
        auto *page = new QWidget;
        auto *title = new QLineEdit(a.title);
        title->setObjectName(QStringLiteral("attachmentTitle%1").arg(i + 1));
        connect(title, &QLineEdit::textEdited, this, [this, i](const QString &text) {
            if (m_loading || m_readOnly || i >= m_document.attachments.size())
                return;
            m_document.attachments[i].title = text;
            save();
        });
        m_attachmentTitles << title;
        // The tables are the round's results; they are regenerated, not edited by hand.
        auto *table = new QTableWidget(int(a.table.rows.size()) + (a.table.totalRow.isEmpty() ? 0 : 1),
                                       int(a.table.header.size()));
        table->setHorizontalHeaderLabels(a.table.header);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        QList<QStringList> rows = a.table.rows;
        if (!a.table.totalRow.isEmpty())
            rows << a.table.totalRow;
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows.at(r).size() && c < a.table.header.size(); ++c)
                table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
        table->resizeColumnsToContents();
        auto *form = new QFormLayout;
        form->addRow(tr("Title:"), title);
        auto *layout = new QVBoxLayout(page);
        layout->addLayout(form);
        const QStringList notes = a.notesBefore + a.notesAfter;
        if (!notes.isEmpty()) {
            auto *notesLabel = new QLabel(notes.join(QLatin1Char('\n')));
            notesLabel->setWordWrap(true);
            layout->addWidget(notesLabel);
        }
        layout->addWidget(table, 1);
        m_attachments->addTab(page, tr("Attachment %1").arg(i + 1));
    }
}

void BulletinEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_blocks->setReadOnly(readOnly);
    for (QLineEdit *e : {m_title, m_recipients, m_agency, m_note, m_copiesTo, m_printedBy})
        e->setReadOnly(readOnly);
    for (QLineEdit *e : std::as_const(m_attachmentTitles))
        e->setReadOnly(readOnly);
    for (OptionalDateEdit *d : {m_date, m_printedOn})
        d->setEnabled(!readOnly);
    m_add->setEnabled(!readOnly);
    m_finalise->setEnabled(!readOnly && !m_job->isRunning());
    for (QPushButton *b : {m_recheck, m_preview, m_print, m_export})
        b->setEnabled(m_record.id > 0);
    m_recheck->setEnabled(m_record.id > 0 && !m_record.roundId.isEmpty());
    updateBlockButtons();
}

void BulletinEditor::updateBlockButtons()
{
    const int row = m_blocksView->currentIndex().isValid() ? m_blocksView->currentIndex().row() : -1;
    const bool editable = !m_readOnly && row >= 0;
    m_remove->setEnabled(editable);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row + 1 < m_blocks->rowCount());
    m_regenerate->setEnabled(editable && m_blocks->stale().contains(row));
}

void BulletinEditor::formEdited()
{
    if (m_loading || m_readOnly)
        return;
    m_document.title = m_title->text();
    m_document.recipients = m_recipients->text();
    m_document.agency = m_agency->text();
    m_document.date = m_date->date();
    m_document.note = m_note->text();
    m_document.copiesTo = m_copiesTo->text();
    m_document.printedBy = m_printedBy->text();
    m_document.printedOn = m_printedOn->date();
    save();
}

void BulletinEditor::save()
{
    if (m_readOnly || m_record.id == 0)
        return;
    m_record.title = m_document.title;
    m_record.document = QString::fromUtf8(QJsonDocument(m_document.toJson()).toJson(QJsonDocument::Compact));
    BulletinRecords records(m_store);
    if (records.saveDraft(m_record) == 0) {
        m_saved->setText(tr("Not saved: %1").arg(records.lastError()));
        m_saved->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
        return;
    }
    m_saved->setText(tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    m_saved->setStyleSheet(QString());
    emit bulletinChanged(m_record.id);
}

void BulletinEditor::showFontNotes(const QStringList &notes)
{
    m_fontBanner->setText(tr("The printout is not in the official faces: %1.").arg(notes.join(tr("; "))));
    m_fontBanner->setToolTip(notes.join(QLatin1Char('\n')));
    m_fontBanner->setVisible(!notes.isEmpty());
}

} // namespace xj
