#include "IndicatorSetDialog.h"
#include "ui_IndicatorSetDialog.h"

#include "IndicatorParamsEditor.h"
#include "IndicatorSetDelegate.h"
#include "IndicatorSetModel.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>

namespace xj {

IndicatorSetDialog::IndicatorSetDialog(IndicatorSetStore &sets, QWidget *parent)
    : QDialog(parent), m_sets(sets), m_ui(std::make_unique<Ui::IndicatorSetDialog>())
{
    m_ui->setupUi(this);
    m_model = new IndicatorSetModel(this);
    QTableView *table = m_ui->indicatorTable;
    table->setModel(m_model);
    table->setItemDelegate(new IndicatorSetDelegate(table));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(IndicatorSetModel::NameColumn, QHeaderView::Stretch);
    m_params = new IndicatorParamsEditor;
    m_ui->paramsArea->setWidget(m_params);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->status->hide();

    connect(m_ui->versionCombo, &QComboBox::currentIndexChanged, this, &IndicatorSetDialog::versionChosen);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IndicatorSetDialog::indicatorSelected);
    connect(m_params, &IndicatorParamsEditor::paramChanged, m_model, &IndicatorSetModel::setParam);
    connect(m_model, &IndicatorSetModel::modifiedChanged, this, &IndicatorSetDialog::updateState);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &IndicatorSetDialog::updateState);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &IndicatorSetDialog::askAndSave);
    connect(m_ui->activateButton, &QPushButton::clicked, this, &IndicatorSetDialog::activateShown);
    connect(m_ui->importButton, &QPushButton::clicked, this, &IndicatorSetDialog::askAndImport);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &IndicatorSetDialog::askAndExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reloadVersions(m_sets.active().id);
}

IndicatorSetDialog::~IndicatorSetDialog() = default;

QTableView *IndicatorSetDialog::indicatorTable() const
{
    return m_ui->indicatorTable;
}

void IndicatorSetDialog::reloadVersions(qint64 select)
{
    m_reloading = true;
    m_ui->versionCombo->clear();
    QString active = tr("none (the built-in set applies, unstored)");
    for (const IndicatorSet &v : m_sets.versions()) {
        m_ui->versionCombo->addItem(v.active ? tr("%1 (active)").arg(v.label()) : v.label(), v.id);
        if (v.active)
            active = v.label();
    }
    m_ui->activeLabel->setText(active);
    m_reloading = false;
    if (showVersion(select))
        return;
    if (m_ui->versionCombo->count() > 0 && showVersion(m_ui->versionCombo->itemData(0).toLongLong()))
        return;
    // Nothing stored could be read (a database error): the built-in set, to look at or save.
    m_shown.reset();
    m_model->setSet(IndicatorSet::defaults());
    m_ui->nameEdit->setText(IndicatorSet::defaults().name);
    m_ui->versionNote->setText(m_sets.lastError());
    indicatorSelected();
    updateState();
}

bool IndicatorSetDialog::showVersion(qint64 id)
{
    const auto set = id > 0 ? m_sets.byId(id) : std::nullopt;
    if (!set)
        return false;
    m_shown = set;
    const int row = std::max(0, m_ui->indicatorTable->currentIndex().row());
    m_model->setSet(*set);
    m_ui->nameEdit->setText(set->name);
    m_ui->versionNote->setText(set->note.isEmpty()
                                   ? tr("Version %1, stored %2.").arg(set->version).arg(QLocale().toString(set->createdAt.toLocalTime(), QLocale::ShortFormat))
                                   : tr("Version %1, stored %2: %3")
                                         .arg(set->version)
                                         .arg(QLocale().toString(set->createdAt.toLocalTime(), QLocale::ShortFormat), set->note));
    {
        const QSignalBlocker quiet(m_ui->versionCombo);
        m_ui->versionCombo->setCurrentIndex(m_ui->versionCombo->findData(id));
    }
    m_ui->indicatorTable->setCurrentIndex(m_model->index(row, IndicatorSetModel::CodeColumn));
    indicatorSelected();
    updateState();
    return true;
}

void IndicatorSetDialog::versionChosen(int index)
{
    if (m_reloading || index < 0)
        return;
    const qint64 id = m_ui->versionCombo->itemData(index).toLongLong();
    if (m_shown && id == m_shown->id)
        return;
    if (isModified()
        && QMessageBox::question(this, windowTitle(), tr("Discard the changes not saved as a new version?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard) {
        const QSignalBlocker quiet(m_ui->versionCombo);
        m_ui->versionCombo->setCurrentIndex(m_shown ? m_ui->versionCombo->findData(m_shown->id) : -1);
        return;
    }
    showVersion(id);
}

void IndicatorSetDialog::indicatorSelected()
{
    const QString code = m_model->codeAt(m_ui->indicatorTable->currentIndex().row());
    const IndicatorSettings *s = m_model->set().settings(code.isEmpty() ? m_model->codeAt(0) : code);
    if (s)
        m_params->showIndicator(*s);
}

IndicatorSet IndicatorSetDialog::shownSet() const
{
    IndicatorSet set = m_model->set();
    set.name = m_ui->nameEdit->text().trimmed();
    return set;
}

qint64 IndicatorSetDialog::shownId() const
{
    return m_shown ? m_shown->id : 0;
}

bool IndicatorSetDialog::isModified() const
{
    return m_model->isModified() || !m_shown || m_ui->nameEdit->text().trimmed() != m_shown->name;
}

void IndicatorSetDialog::updateState()
{
    const bool modified = isModified();
    const bool named = !m_ui->nameEdit->text().trimmed().isEmpty();
    m_ui->saveButton->setEnabled(modified && named);
    m_ui->activateButton->setEnabled(m_shown && !m_shown->active && !modified);
    m_ui->activateButton->setToolTip(modified ? tr("Save the changes as a new version first.") : QString());
    setWindowTitle(modified ? tr("Indicator sets — %1 (changed)").arg(shownSet().name) : tr("Indicator sets"));
}

void IndicatorSetDialog::setStatus(const QString &text, bool error)
{
    m_ui->status->setText(text);
    m_ui->status->setVisible(!text.isEmpty());
    m_ui->status->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: 600;") : QString());
}

QString IndicatorSetDialog::statusText() const
{
    return m_ui->status->text();
}

std::optional<IndicatorSet> IndicatorSetDialog::saveAsNewVersion(const QString &note)
{
    QString error;
    const auto saved = m_sets.save(shownSet(), note, &error);
    if (!saved) {
        setStatus(tr("Not saved: %1").arg(error), true);
        return std::nullopt;
    }
    reloadVersions(saved->id);
    setStatus(tr("Saved as %1. It is not active yet: Activate makes new checks judge by it.").arg(saved->label()));
    emit setsChanged();
    return saved;
}

bool IndicatorSetDialog::activateShown()
{
    if (!m_shown || isModified()) {
        setStatus(tr("Save the changes as a new version first: only a stored version can be active."), true);
        return false;
    }
    const IndicatorSet shown = *m_shown;
    if (!m_sets.activate(shown.id)) {
        setStatus(tr("Not activated: %1").arg(m_sets.lastError()), true);
        return false;
    }
    reloadVersions(shown.id);
    setStatus(tr("%1 is active: new checks and evaluations judge by it; findings already filed keep their version.")
                  .arg(shown.label()));
    emit setsChanged();
    return true;
}

bool IndicatorSetDialog::importFrom(const QString &path)
{
    QString error;
    bool stored = false;
    const auto set = m_sets.importFile(path, &error, &stored);
    if (!set) {
        setStatus(tr("Not imported: %1").arg(error), true);
        return false;
    }
    reloadVersions(set->id);
    setStatus(stored ? tr("Imported as %1 (not active yet).").arg(set->label())
                     : tr("%1 already has these indicators: nothing new was stored.").arg(set->label()));
    if (stored)
        emit setsChanged();
    return true;
}

bool IndicatorSetDialog::exportTo(const QString &path)
{
    QString error;
    if (!IndicatorSetStore::exportFile(shownSet(), path, &error)) {
        setStatus(tr("Not exported: %1").arg(error), true);
        return false;
    }
    setStatus(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void IndicatorSetDialog::askAndSave()
{
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Save as new version"),
                                               tr("What changed? The note is kept with the version:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (ok)
        saveAsNewVersion(note.trimmed());
}

void IndicatorSetDialog::askAndImport()
{
    // The imported version is shown next: edits not saved would be lost.
    if (isModified() && m_shown
        && QMessageBox::question(this, windowTitle(), tr("Discard the changes not saved as a new version?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import an indicator set"), QString(),
                                                      tr("Indicator sets (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void IndicatorSetDialog::askAndExport()
{
    const IndicatorSet set = shownSet();
    QString suggested = QStringLiteral("%1-v%2.json").arg(set.name).arg(set.version);
    suggested.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the indicator set"), suggested,
                                                      tr("Indicator sets (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace xj
