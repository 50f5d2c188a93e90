#include "RectificationView.h"

#include "RectificationDelegate.h"
#include "RectificationExportJob.h"
#include "RectificationModel.h"
#include "ReviewConflictDialog.h"
#include "StoreSettings.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace xj {

namespace {

// Rows of one unit (0: all) and, when asked, only the overdue ones.
class RectificationFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(qint64 unitId, bool overdueOnly)
    {
        m_unit = unitId;
        m_overdueOnly = overdueOnly;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (m_unit && i.data(RectificationModel::UnitIdRole).toLongLong() != m_unit)
            return false;
        return !m_overdueOnly || i.data(RectificationModel::OverdueRole).toBool();
    }

private:
    qint64 m_unit = 0;
    bool m_overdueOnly = false;
};

ReviewConflictDialog::Fields fieldsOf(const FindingReview &r)
{
    return {{ReviewRecords::fieldLabel(QStringLiteral("rectification")), ReviewRecords::rectificationLabel(r.rectification)},
            {ReviewRecords::fieldLabel(QStringLiteral("deadline")), r.deadline.toString(Qt::ISODate)},
            {ReviewRecords::fieldLabel(QStringLiteral("state")), r.state},
            {ReviewRecords::fieldLabel(QStringLiteral("note")), r.note}};
}

} // namespace

RectificationView::RectificationView(Store &store, QWidget *parent)
    : AreaPage(parent), m_store(store), m_today(QDate::currentDate()), m_model(new RectificationModel(store, this)),
      m_filter(new RectificationFilter(this)), m_rounds(new QComboBox), m_units(new QComboBox),
      m_overdue(new QCheckBox(tr("Overdue only"))), m_table(new QTableView), m_counts(new QListWidget),
      m_export(new QPushButton(tr("Export 整改通知…"))), m_message(new QLabel),
      m_job(std::make_unique<RectificationExportJob>(store.location()))
{
    setObjectName(QStringLiteral("rectificationView"));
    m_rounds->setObjectName(QStringLiteral("rectificationRoundBox"));
    m_units->setObjectName(QStringLiteral("rectificationUnitBox"));
    // Long unit names must not widen the window.
    m_units->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_units->setMinimumContentsLength(14);
    m_counts->setMinimumWidth(160);
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("rectificationTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new RectificationDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(RectificationModel::ProblemColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_counts->setObjectName(QStringLiteral("rectificationUnitCounts"));
    m_counts->setToolTip(tr("Open and overdue findings per unit; click one to list only its findings"));
    m_export->setToolTip(tr("The selected unit's 整改通知 as PDF and XLSX; with all units, one of each per unit into a folder"));
    m_message->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Round")));
    bar->addWidget(m_rounds);
    bar->addWidget(new QLabel(tr("Unit")));
    bar->addWidget(m_units, 1);
    bar->addWidget(m_overdue);
    bar->addStretch();
    bar->addWidget(m_export);
    auto *split = new QSplitter;
    split->addWidget(m_table);
    split->addWidget(m_counts);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    connect(m_rounds, &QComboBox::activated, this, [this] {
        m_model->load(roundId(), m_today);
    });
    connect(m_units, &QComboBox::activated, this, &RectificationView::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &RectificationView::applyFilter);
    connect(m_counts, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { selectUnit(item->data(Qt::UserRole).toLongLong()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RectificationView::fillUnits);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RectificationView::fillUnits);
    // Asked once the editor that made the change has closed: the answer reloads the list.
    connect(m_model, &RectificationModel::conflicted, this,
            [this](int row, const FindingChange &change, const ReviewConflict &conflict) {
                QMetaObject::invokeMethod(this, [this, row, change, conflict] { onConflict(row, change, conflict); },
                                          Qt::QueuedConnection);
            });
    connect(m_model, &RectificationModel::saveFailed, m_message, &QLabel::setText);
    connect(m_export, &QPushButton::clicked, this, &RectificationView::exportClicked);
    connect(m_job.get(), &RectificationExportJob::progress, this, [this](int done, int total, const QString &unit) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setLabelText(tr("Writing the notice to %1…").arg(unit));
    });
    connect(m_job.get(), &RectificationExportJob::finished, this,
            [this](const QStringList &written, bool cancelled, const QString &error) {
                if (m_progress) {
                    m_progress->deleteLater();
                    m_progress = nullptr;
                }
                if (!error.isEmpty())
                    m_message->setText(error);
                else if (cancelled)
                    m_message->setText(tr("Cancelled after %n notice(s).", nullptr, int(written.size())));
                else
                    m_message->setText(tr("%n notice(s) written.", nullptr, int(written.size())));
                emit exportFinished(written, cancelled, error);
            });
    reload();
}

RectificationView::~RectificationView() = default;

void RectificationView::reload()
{
    fillRounds();
    m_model->load(roundId(), m_today);
}

bool RectificationView::isSettled() const
{
    return !m_job->isRunning();
}

void RectificationView::setToday(const QDate &today)
{
    m_today = today;
    m_model->load(roundId(), m_today);
}

void RectificationView::fillRounds()
{
    const QString keep = roundId();
    m_rounds->clear();
    QList<Round> rounds = m_store.rounds();
    std::sort(rounds.begin(), rounds.end(), [](const Round &a, const Round &b) { return a.id > b.id; }); // newest first
    for (const Round &r : std::as_const(rounds))
        m_rounds->addItem(r.id, r.id);
    const int i = m_rounds->findData(keep);
    m_rounds->setCurrentIndex(i >= 0 ? i : 0);
}

QString RectificationView::roundId() const
{
    return m_rounds->currentData().toString();
}

bool RectificationView::selectRound(const QString &id)
{
    const int i = m_rounds->findData(id);
    if (i < 0)
        return false;
    m_rounds->setCurrentIndex(i);
    m_model->load(id, m_today);
    return true;
}

qint64 RectificationView::unitId() const
{
    return m_units->currentData().toLongLong();
}

bool RectificationView::selectUnit(qint64 unitId)
{
    const int i = m_units->findData(unitId);
    if (i < 0)
        return false;
    m_units->setCurrentIndex(i);
    applyFilter();
    return true;
}

void RectificationView::setOverdueOnly(bool on)
{
    m_overdue->setChecked(on);
    applyFilter();
}

void RectificationView::applyFilter()
{
    static_cast<RectificationFilter *>(m_filter)->set(unitId(), m_overdue->isChecked());
}

void RectificationView::fillUnits()
{
    struct Count {
        QString name;
        int open = 0;
        int overdue = 0;
    };
    QMap<qint64, Count> counts;
    for (const RectificationRow &r : m_model->rows()) {
        Count &c = counts[r.unitId];
        c.name = r.unitName.isEmpty() ? tr("(no unit)") : r.unitName;
        ++c.open;
        c.overdue += r.overdue ? 1 : 0;
    }
    const qint64 keep = unitId();
    m_units->clear();
    m_units->addItem(tr("All units"), qint64(0));
    m_counts->clear();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key())
            m_units->addItem(it->name, it.key());
        auto *item = new QListWidgetItem(tr("%1 — %2 open, %3 overdue").arg(it->name).arg(it->open).arg(it->overdue));
        item->setData(Qt::UserRole, it.key());
        if (it->overdue)
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        m_counts->addItem(item);
    }
    const int i = m_units->findData(keep);
    m_units->setCurrentIndex(i >= 0 ? i : 0);
    applyFilter();
    m_export->setEnabled(!m_model->rows().isEmpty());
}

void RectificationView::onConflict(int row, const FindingChange &change, const ReviewConflict &conflict)
{
    // Mine: the row as the list showed it, with my change; the fields the list does not show are theirs.
    FindingReview mine = conflict.theirs;
    if (row >= 0 && row < m_model->rowCount() && m_model->rows()[row].finding.id == conflict.theirs.findingId) {
        mine.rectification = m_model->rows()[row].status;
        mine.deadline = m_model->rows()[row].deadline;
    }
    if (change.rectification)
        mine.rectification = *change.rectification;
    if (change.deadline)
        mine.deadline = *change.deadline;
    ReviewConflictDialog dialog(fieldsOf(mine), fieldsOf(conflict.theirs), conflict.theirActor, this);
    dialog.exec();
    QString error;
    if (dialog.choice() == ReviewConflictDialog::ReapplyMine) {
        ReviewConflict again;
        // The list may have been read again since: the row of the same finding.
        row = -1;
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->rows()[r].finding.id == conflict.theirs.findingId)
                row = r;
        const auto outcome = m_model->apply(row, change, conflict.theirs.version, &again, &error);
        if (outcome == ReviewRecords::Outcome::Conflict)
            error = tr("The finding changed again meanwhile; nothing was saved.");
        else if (row < 0)
            error = tr("The finding is no longer on the list (verified meanwhile); nothing was saved.");
    } else {
        error = tr("Kept %1's change.").arg(conflict.theirActor);
    }
    m_message->setText(error);
    m_model->reload();
}

QString RectificationView::agency()
{
    StoreSettings settings(m_store);
    QString agency = settings.value(setting::kAgency);
    if (!agency.isEmpty())
        return agency;
    agency = QInputDialog::getText(this, tr("Issuing agency"),
                                   tr("The agency that issues the 整改通知 (kept as the store's bulletin.agency):"))
                 .trimmed();
    if (!agency.isEmpty())
        settings.setValue(setting::kAgency, agency);
    return agency;
}

bool RectificationView::exportUnit(qint64 unitId, const QString &pdfPath, const QString &xlsxPath, QString *error)
{
    const auto round = m_store.round(roundId());
    if (!round) {
        *error = tr("Choose a round first.");
        return false;
    }
    const QString issuer = agency();
    if (issuer.isEmpty()) {
        *error = tr("No issuing agency: nothing was written.");
        return false;
    }
    const QList<RectificationRow> rows = ReviewRecords(m_store).rectificationList(round->id, unitId, m_today);
    const QList<RectificationNoticeInput> notices = RectificationNotice::fromRows(rows, *round, issuer, m_today);
    if (notices.isEmpty()) {
        *error = tr("Nothing open for this unit in round %1.").arg(round->id);
        return false;
    }
    return RectificationExportJob::writeNotice(notices.constFirst(), pdfPath, xlsxPath, error);
}

bool RectificationView::exportAll(const QString &folder, QString *error)
{
    if (roundId().isEmpty()) {
        *error = tr("Choose a round first.");
        return false;
    }
    if (m_job->isRunning()) {
        *error = tr("An export is still running.");
        return false;
    }
    const QString issuer = agency();
    if (issuer.isEmpty()) {
        *error = tr("No issuing agency: nothing was written.");
        return false;
    }
    m_job->start(roundId(), folder, issuer, m_today, m_today);
    return true;
}

void RectificationView::exportClicked()
{
    QString error;
    const qint64 unit = unitId();
    if (unit) {
        const QString base = RectificationExportJob::fileBaseName(m_units->currentText());
        const QString pdf = QFileDialog::getSaveFileName(this, tr("Export 整改通知"), base + QStringLiteral(".pdf"),
                                                         tr("PDF (*.pdf)"));
        if (pdf.isEmpty())
            return;
        const QFileInfo info(pdf);
        const QString xlsx = info.dir().filePath(info.completeBaseName() + QStringLiteral(".xlsx"));
        if (exportUnit(unit, pdf, xlsx, &error))
            m_message->setText(tr("Written: %1 and %2").arg(pdf, xlsx));
        else
            m_message->setText(error);
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for every unit's 整改通知"));
    if (folder.isEmpty())
        return;
    if (!exportAll(folder, &error)) {
        m_message->setText(error);
        return;
    }
    m_progress = new QProgressDialog(tr("Writing the notices…"), tr("Cancel"), 0, 0, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, m_job.get(), &RectificationExportJob::cancel);
}

} // namespace xj
