#include "ImportDialog.h"
#include "ui_ImportDialog.h"

#include "DialogSupport.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace xj {

static const int kPreviewRows = 50;
static const QString kExtra = QStringLiteral("-"); // an override no field has: keep as extra attribute

static void colour(QLabel *label, const QString &text, const char *css)
{
    label->setText(text);
    label->setStyleSheet(QString::fromLatin1(css));
    label->setVisible(!text.isEmpty());
}

ImportDialog::ImportDialog(Store &store, QWidget *parent) : QDialog(parent), m_store(store), m_ui(new Ui::ImportDialog)
{
    m_ui->setupUi(this);
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::ApplyRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    for (const TableSchema &s : TableSchemas::all())
        if (!s.needsRound) // the dialog has no round to give; catalog and findings: xunjian import --round
            m_ui->kindCombo->addItem(tableKindLabel(s.kind), int(s.kind));
    m_ui->kindCombo->setPlaceholderText(tr("Choose the table…"));
    m_ui->kindCombo->setCurrentIndex(-1);
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->previewTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->progressBar->setFormat(tr("%v / %m rows"));

    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(&m_reading, &QFutureWatcher<TableFile>::finished, this, &ImportDialog::fileRead);
    connect(m_ui->kindCombo, &QComboBox::activated, this, &ImportDialog::fillMapping);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_ui->resultLabel->setText(tr("Cancelling…"));
    });
    setState(State::Empty);
}

ImportDialog::~ImportDialog()
{
    delete m_job; // cancels and waits: the worker's Store is closed before we go
    m_reading.waitForFinished();
}

void ImportDialog::chooseFile()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("import/lastDir")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a registry table"), dir,
                                                      tr("Tables (*.xlsx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDir"), QFileInfo(path).absolutePath());
    openFile(path);
}

void ImportDialog::openFile(const QString &path)
{
    if (m_state == State::Importing || m_state == State::Reading)
        return;
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
    m_file = TableFile();
    setState(State::Reading);
    m_reading.setFuture(QtConcurrent::run(readTableFile, path));
}

bool ImportDialog::isSettled() const
{
    return m_state != State::Reading;
}

bool ImportDialog::isImporting() const
{
    return m_state == State::Importing;
}

void ImportDialog::fileRead()
{
    m_file = m_reading.result();
    if (!m_file.table) {
        setState(State::Empty);
        colour(m_ui->infoLabel, tr("Cannot read the file: %1").arg(m_file.error), "color: #b3261e;");
        return;
    }
    const RawTable &t = *m_file.table;
    QString why;
    auto kind = TableSchemas::detect(t.headers, &why);
    if (kind && TableSchemas::get(*kind).needsRound) {
        why = tr("a %1 table belongs to a round: import it with xunjian import --round ID").arg(TableSchemas::codeOf(*kind));
        kind.reset();
    }
    m_ui->kindCombo->setCurrentIndex(kind ? m_ui->kindCombo->findData(int(*kind)) : -1);
    const QString format = t.format == QLatin1String("xlsx") ? tr("Excel workbook") : tr("CSV, %1").arg(t.encoding);
    const QString shape = tr("data rows: %1, columns: %2").arg(t.rows.size()).arg(t.headers.size());
    if (kind)
        colour(m_ui->infoLabel, tr("%1 · %2 · recognised from its headers").arg(format, shape), "");
    else
        colour(m_ui->infoLabel, tr("%1 · %2 · %3").arg(format, shape, why), "color: #b3261e;");
    setState(State::Ready);
    fillPreview();
    fillMapping();
}

std::optional<TableKind> ImportDialog::chosenKind() const
{
    if (m_ui->kindCombo->currentIndex() < 0)
        return std::nullopt;
    return TableKind(m_ui->kindCombo->currentData().toInt());
}

void ImportDialog::setChosenKind(TableKind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
    fillMapping();
}

void ImportDialog::fillPreview()
{
    const RawTable &t = *m_file.table;
    QTableWidget *p = m_ui->previewTable;
    const int rows = std::min<int>(kPreviewRows, int(t.rows.size()));
    p->clear();
    p->setColumnCount(int(t.headers.size()));
    p->setRowCount(rows);
    p->setHorizontalHeaderLabels(t.headers);
    QStringList numbers;
    for (int r = 0; r < rows; ++r) {
        numbers << QString::number(t.rows[r].number);
        for (int c = 0; c < t.headers.size(); ++c)
            p->setItem(r, c, new QTableWidgetItem(t.rows[r].cells.value(c)));
    }
    p->setVerticalHeaderLabels(numbers);
    p->resizeColumnsToContents();
    for (int c = 0; c < p->columnCount(); ++c)
        p->setColumnWidth(c, std::min(p->columnWidth(c), 260));
    m_ui->previewGroup->setTitle(t.rows.size() > rows ? tr("Preview: the first %1 of %2 rows").arg(rows).arg(t.rows.size())
                                                      : tr("Preview"));
}

void ImportDialog::fillMapping()
{
    QTableWidget *m = m_ui->mappingTable;
    m->setRowCount(0);
    const auto kind = chosenKind();
    if (!m_file.table || !kind) {
        mappingChanged();
        return;
    }
    const RawTable &t = *m_file.table;
    const TableSchema &schema = TableSchemas::get(*kind);
    const HeaderMap map = TableSchemas::map(schema, t.headers);
    m->setRowCount(int(t.headers.size()));
    for (int c = 0; c < t.headers.size(); ++c) {
        m->setItem(c, 0, new QTableWidgetItem(t.headers[c]));
        auto *combo = new QComboBox(m);
        combo->addItem(tr("Keep as extra attribute"), kExtra);
        for (const FieldSpec &f : schema.fields)
            combo->addItem(f.zh + QStringLiteral(" (") + f.key + QLatin1Char(')'), f.key);
        const QString key = map.keyOfColumn.value(c);
        combo->setCurrentIndex(key.isEmpty() ? 0 : combo->findData(key));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingChanged);
        m->setCellWidget(c, 1, combo);
        QString sample;
        for (const TableRow &row : t.rows) {
            if (!(sample = row.cells.value(c)).isEmpty())
                break;
        }
        auto *item = new QTableWidgetItem(sample);
        item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m->setItem(c, 2, item);
    }
    mappingChanged();
}

QHash<QString, QString> ImportDialog::headerOverrides() const
{
    QHash<QString, QString> out;
    for (int r = 0; r < m_ui->mappingTable->rowCount(); ++r)
        if (auto *combo = qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(r, 1)))
            out.insert(m_ui->mappingTable->item(r, 0)->text(), combo->currentData().toString());
    return out;
}

void ImportDialog::mappingChanged()
{
    m_mappingValid = false;
    const auto kind = chosenKind();
    if (!m_file.table || !kind) {
        colour(m_ui->missingLabel, m_file.table ? tr("Choose which table this file is.") : QString(), "color: #b3261e;");
        setState(m_state);
        return;
    }
    const TableSchema &schema = TableSchemas::get(*kind);
    const HeaderMap map = TableSchemas::map(schema, m_file.table->headers, headerOverrides());
    QStringList missing;
    for (const QString &key : map.missingRequired)
        missing << schema.field(key)->zh + QStringLiteral(" (") + key + QLatin1Char(')');
    QStringList twice;
    for (int c : map.duplicateColumns)
        twice << m_file.table->headers.value(c);
    if (!missing.isEmpty())
        colour(m_ui->missingLabel, tr("Missing required fields: %1").arg(missing.join(QStringLiteral(", "))),
               "color: #b3261e; font-weight: 600;");
    else if (!twice.isEmpty())
        colour(m_ui->missingLabel, tr("More than one column imports as the same field: %1").arg(twice.join(QStringLiteral(", "))),
               "color: #b3261e; font-weight: 600;");
    else
        colour(m_ui->missingLabel, tr("All required fields are present. Columns kept as extra attributes: %1.")
                                       .arg(map.keyOfColumn.count(QString())),
               "");
    m_mappingValid = missing.isEmpty() && twice.isEmpty();
    setState(m_state);
}

bool ImportDialog::startImport()
{
    if (m_state != State::Ready || !m_mappingValid || !m_file.table)
        return false;
    RegistryImporter::Options options;
    options.kind = chosenKind();
    options.headerOverrides = headerOverrides();
    delete m_job;
    m_job = new ImportJob(m_store.location(), this);
    connect(m_job, &ImportJob::progress, this, [this](int done, int total) {
        m_ui->progressBar->setMaximum(std::max(total, 1));
        m_ui->progressBar->setValue(std::min(done, total));
    });
    connect(m_job, &ImportJob::finished, this, &ImportDialog::importFinished);
    m_ui->problemsList->clear();
    m_ui->resultLabel->setText(tr("Checking every row, then writing…"));
    m_ui->resultLabel->setStyleSheet(QString());
    setState(State::Importing);
    m_job->start(*m_file.table, m_file.label, m_file.sha256, options);
    return true;
}

void ImportDialog::importFinished(const ImportResult &r)
{
    if (r.ok) {
        colour(m_ui->resultLabel,
               tr("Imported %1 (%2): %3 new, %4 changed, %5 unchanged, %6 status changes.")
                   .arg(m_file.label, tableKindLabel(r.kind))
                   .arg(r.inserted)
                   .arg(r.updated)
                   .arg(r.unchanged)
                   .arg(r.statusChanges),
               "color: #1b6e2d; font-weight: 600;");
        setState(State::Done);
        emit imported(r);
    } else if (r.cancelled) {
        colour(m_ui->resultLabel, tr("Import cancelled: nothing was written."), "");
        setState(State::Ready);
    } else {
        for (const ImportProblem &p : r.problems)
            m_ui->problemsList->addItem(p.toString());
        colour(m_ui->resultLabel,
               tr("Problems found: %1. Nothing was written; correct the file (or the mapping) and import again.")
                   .arg(r.problems.size()),
               "color: #b3261e; font-weight: 600;");
        setState(State::Ready);
    }
    if (m_closeWhenDone)
        QDialog::reject();
}

void ImportDialog::setState(State state)
{
    m_state = state;
    const bool importing = state == State::Importing;
    m_ui->chooseButton->setEnabled(!importing && state != State::Reading);
    m_ui->kindCombo->setEnabled(state == State::Ready);
    m_ui->mappingTable->setEnabled(state == State::Ready);
    m_importButton->setEnabled(state == State::Ready && m_mappingValid);
    m_ui->progressBar->setVisible(importing);
    m_ui->cancelImportButton->setVisible(importing);
    m_ui->problemsList->setVisible(m_ui->problemsList->count() > 0);
    if (state == State::Reading) {
        m_ui->problemsList->clear();
        m_ui->problemsList->hide();
        colour(m_ui->infoLabel, tr("Reading…"), "");
        colour(m_ui->resultLabel, QString(), "");
    }
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setEnabled(!importing);
}

void ImportDialog::reject()
{
    if (m_state == State::Importing) {
        // Closing while importing cancels; nothing is written, and the dialog closes when the worker stops.
        m_closeWhenDone = true;
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace xj
