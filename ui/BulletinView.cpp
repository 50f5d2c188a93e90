#include "BulletinView.h"

#include "AgencyDialog.h"
#include "BulletinDrafting.h"
#include "BulletinEditor.h"
#include "BulletinListModel.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

BulletinView::BulletinView(Store &store, QWidget *parent)
    : AreaPage(parent), m_store(store), m_rounds(new QComboBox), m_list(new QTableView),
      m_model(new BulletinListModel(this)), m_editor(new BulletinEditor(store)), m_status(new QLabel)
{
    setObjectName(QStringLiteral("bulletinView"));
    m_rounds->setObjectName(QStringLiteral("roundBox"));
    m_rounds->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *roundLabel = new QLabel(tr("&Round:"));
    roundLabel->setBuddy(m_rounds);
    auto *agency = new QPushButton(tr("A&gency…"));
    agency->setToolTip(tr("The issuing agency, city, 发文字号 template and recipients new drafts take"));
    connect(agency, &QPushButton::clicked, this, [this] {
        auto *dialog = new AgencyDialog(m_store, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(roundLabel);
    top->addWidget(m_rounds);
    top->addWidget(m_status, 1);
    top->addWidget(agency);

    m_list->setObjectName(QStringLiteral("bulletinList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    // A round has a few bulletins (a draft, the issued one, a correction): the editor needs the room.
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 9);
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(BulletinListModel::TitleColumn, QHeaderView::Stretch);

    m_new = new QPushButton(tr("&New draft from results"));
    m_new->setToolTip(tr("Evaluate the new-media rules and draft the round's bulletin from its results"));
    m_open = new QPushButton(tr("&Open"));
    m_delete = new QPushButton(tr("&Delete draft"));
    m_retract = new QPushButton(tr("Re&tract…"));
    m_version = new QPushButton(tr("New &version"));
    m_version->setToolTip(tr("A new draft with the same content that supersedes the finalised bulletin once issued"));
    connect(m_new, &QPushButton::clicked, this, [this] {
        QString error;
        if (!newDraft(&error))
            complain(tr("No draft made"), error);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        QString error;
        if (!openBulletin(selectedId(), &error))
            complain(tr("Cannot open the bulletin"), error);
    });
    connect(m_list, &QTableView::doubleClicked, m_open, &QPushButton::click);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (QMessageBox::question(this, tr("Delete draft"), tr("Delete this draft? Its text is lost.")) != QMessageBox::Yes)
            return;
        QString error;
        if (!deleteDraft(id, &error))
            complain(tr("Draft not deleted"), error);
    });
    connect(m_retract, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Retract bulletin"),
                                                     tr("Why is the bulletin retracted? The reason is kept with it."),
                                                     QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        QString error;
        if (!retract(id, reason, &error))
            complain(tr("Not retracted"), error);
    });
    connect(m_version, &QPushButton::clicked, this, [this] {
        QString error;
        if (!newVersion(selectedId(), &error))
            complain(tr("No new version made"), error);
    });
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_open, m_delete, m_retract, m_version})
        actions->addWidget(b);
    actions->addStretch(1);

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(actions);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(listPane);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_rounds, &QComboBox::currentIndexChanged, this, [this] {
        m_editor->close();
        reloadList();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BulletinView::updateActions);
    connect(m_editor, &BulletinEditor::bulletinChanged, this, [this] { reloadList(); });
    reload();
}

void BulletinView::reload()
{
    const QString keep = roundId();
    {
        const QSignalBlocker block(m_rounds);
        m_rounds->clear();
        for (const Round &r : m_store.rounds()) // newest first
            m_rounds->addItem(tr("%1 (%2 – %3)").arg(r.id, r.windowFrom.toString(Qt::ISODate), r.windowTo.toString(Qt::ISODate)), r.id);
        const int i = m_rounds->findData(keep);
        m_rounds->setCurrentIndex(i >= 0 ? i : 0);
    }
    if (roundId() != keep)
        m_editor->close();
    reloadList();
}

bool BulletinView::showSection(const QString &section)
{
    if (section.isEmpty())
        return true;
    if (section != QLatin1String("draft"))
        return false;
    // The section is known even when nothing can be drafted (no round, no agency): the area
    // shows, and its status line says why the editor is empty.
    QString error;
    const auto &all = m_model->bulletins();
    const bool shown = roundId().isEmpty() ? false : !all.isEmpty() ? openBulletin(all.last().id, &error) : newDraft(&error) > 0;
    if (!shown && !error.isEmpty())
        m_status->setText(error);
    return true;
}

bool BulletinView::isSettled() const
{
    return !m_editor->isBusy();
}

QString BulletinView::roundId() const
{
    return m_rounds->currentData().toString();
}

bool BulletinView::selectRound(const QString &id)
{
    const int i = m_rounds->findData(id);
    if (i < 0)
        return false;
    m_rounds->setCurrentIndex(i);
    return true;
}

void BulletinView::reloadList()
{
    const qint64 keep = selectedId() ? selectedId() : m_editor->bulletinId();
    m_model->setBulletins(roundId().isEmpty() ? QList<BulletinRecord>() : BulletinRecords(m_store).bulletins(roundId()));
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_list->selectRow(row);
    m_status->setText(m_rounds->count() == 0 ? tr("No inspection round yet: open one in Inspection rounds.")
                                             : tr("%n bulletin(s) for this round", nullptr, m_model->rowCount()));
    updateActions();
}

qint64 BulletinView::selectedId() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    return current.isValid() ? current.data(BulletinListModel::IdRole).toLongLong() : 0;
}

void BulletinView::updateActions()
{
    const qint64 id = selectedId();
    const int row = m_model->rowOf(id);
    const auto state = row >= 0 ? m_model->bulletins().at(row).state : BulletinRecord::Draft;
    m_new->setEnabled(!roundId().isEmpty());
    m_open->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0 && state == BulletinRecord::Draft);
    m_retract->setEnabled(row >= 0 && state == BulletinRecord::Final);
    m_version->setEnabled(row >= 0 && state != BulletinRecord::Draft);
}

void BulletinView::complain(const QString &what, const QString &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, what, error, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

qint64 BulletinView::newDraft(QString *error)
{
    if (roundId().isEmpty()) {
        if (error)
            *error = tr("Choose a round first.");
        return 0;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto document = BulletinDrafting::draft(m_store, roundId(), true, error);
    QApplication::restoreOverrideCursor();
    if (!document)
        return 0;
    BulletinRecord draft;
    draft.roundId = roundId();
    draft.title = document->title;
    draft.document = QString::fromUtf8(QJsonDocument(document->toJson()).toJson(QJsonDocument::Compact));
    BulletinRecords records(m_store);
    const qint64 id = records.saveDraft(draft);
    if (id == 0) {
        if (error)
            *error = records.lastError();
        return 0;
    }
    reloadList();
    return openBulletin(id, error) ? id : 0;
}

bool BulletinView::openBulletin(qint64 id, QString *error)
{
    if (id == 0) {
        if (error)
            *error = tr("Choose a bulletin in the list.");
        return false;
    }
    if (!m_editor->open(id, error))
        return false;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->selectRow(row);
    updateActions();
    return true;
}

bool BulletinView::deleteDraft(qint64 id, QString *error)
{
    BulletinRecords records(m_store);
    if (!records.deleteDraft(id)) {
        if (error)
            *error = records.lastError();
        return false;
    }
    if (m_editor->bulletinId() == id)
        m_editor->close();
    m_list->selectionModel()->clearCurrentIndex();
    reloadList();
    return true;
}

bool BulletinView::retract(qint64 id, const QString &reason, QString *error)
{
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("Give the reason for retracting the bulletin.");
        return false;
    }
    BulletinRecords records(m_store);
    if (!records.retract(id, reason.trimmed())) {
        if (error)
            *error = records.lastError();
        return false;
    }
    reloadList();
    if (m_editor->bulletinId() == id)
        m_editor->open(id);
    return true;
}

qint64 BulletinView::newVersion(qint64 id, QString *error)
{
    BulletinRecords records(m_store);
    const qint64 newId = records.newVersion(id);
    if (newId == 0) {
        if (error)
            *error = records.lastError();
        return 0;
    }
    reloadList();
    return openBulletin(newId, error) ? newId : 0;
}

} // namespace xj
