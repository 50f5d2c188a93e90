#include "ExportDialog.h"
#include "ui_ExportDialog.h"

#include "DialogSupport.h"
#include "RegistryExporter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace xj {

ExportDialog::ExportDialog(Store &store, QWidget *parent) : QDialog(parent), m_store(store), m_ui(new Ui::ExportDialog)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    for (const TableSchema &s : TableSchemas::all())
        if (s.registry) // the reported tables are not written back
            m_ui->kindCombo->addItem(tableKindLabel(s.kind), int(s.kind));
    m_ui->progressBar->hide();
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::kindChanged);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(&m_writing, &QFutureWatcher<QString>::finished, this, &ExportDialog::written);
    setKind(TableKind::Sites);
    kindChanged();
}

ExportDialog::~ExportDialog()
{
    m_writing.waitForFinished();
}

void ExportDialog::setKind(TableKind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
}

void ExportDialog::setPath(const QString &path)
{
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::kindChanged()
{
    // A path still holding the proposed name follows the table; one the user typed stays.
    const QString code = TableSchemas::codeOf(TableKind(m_ui->kindCombo->currentData().toInt()));
    const QString current = QDir::fromNativeSeparators(m_ui->pathEdit->text());
    if (current.isEmpty() || QFileInfo(current).fileName() == m_defaultName) {
        QString dir = current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                        : QFileInfo(current).absolutePath();
        if (!QFileInfo(dir).isDir())
            dir = QDir::homePath();
        m_defaultName = code + QStringLiteral(".xlsx");
        setPath(QDir(dir).filePath(m_defaultName));
    }
    validate();
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), QDir::fromNativeSeparators(m_ui->pathEdit->text()),
                                                      tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (!path.isEmpty())
        setPath(path);
}

QString ExportDialog::validationError() const
{
    const QFileInfo file(QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed()));
    const QString suffix = file.suffix().toLower();
    if (file.fileName().isEmpty())
        return tr("Choose the file to write.");
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return tr("The file must end in .xlsx or .csv.");
    if (!file.absoluteDir().exists())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(file.absolutePath()));
    return {};
}

void ExportDialog::validate()
{
    const QFileInfo file(QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed()));
    const QString note = file.exists() ? tr("%1 exists and will be replaced.").arg(file.fileName()) : QString();
    showValidation(m_ui->messageLabel, m_ui->buttonBox, validationError(), note);
}

void ExportDialog::accept()
{
    if (!validationError().isEmpty() || m_writing.isRunning())
        return;
    const TableKind kind = TableKind(m_ui->kindCombo->currentData().toInt());
    const QString path = QFileInfo(QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed())).absoluteFilePath();
    const StoreLocation location = m_store.location();
    m_ui->progressBar->show();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->kindCombo), static_cast<QWidget *>(m_ui->pathEdit),
                       static_cast<QWidget *>(m_ui->browseButton), static_cast<QWidget *>(m_ui->buttonBox)})
        w->setEnabled(false);
    showValidation(m_ui->messageLabel, m_ui->buttonBox, {}, tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_writing.setFuture(QtConcurrent::run([location, kind, path]() {
        QString error;
        const std::unique_ptr<Store> store = Store::open(location, &error);
        if (store && RegistryExporter::write(*store, kind, path, &error))
            return QString();
        return error.isEmpty() ? tr("cannot write %1").arg(path) : error;
    }));
}

void ExportDialog::written()
{
    const QString error = m_writing.result();
    m_ui->progressBar->hide();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->kindCombo), static_cast<QWidget *>(m_ui->pathEdit),
                       static_cast<QWidget *>(m_ui->browseButton), static_cast<QWidget *>(m_ui->buttonBox)})
        w->setEnabled(true);
    if (!error.isEmpty()) {
        showValidation(m_ui->messageLabel, m_ui->buttonBox, tr("Not exported: %1").arg(error));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        return;
    }
    QDialog::accept();
}

void ExportDialog::reject()
{
    if (m_writing.isRunning())
        return; // the exporter cannot stop halfway; the dialog closes when the file is written
    QDialog::reject();
}

} // namespace xj
