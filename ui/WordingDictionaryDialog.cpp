#include "WordingDictionaryDialog.h"

#include "DialogSupport.h"
#include "WordingEntriesModel.h"
#include "ui_WordingDictionaryDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace xj {

WordingDictionaryDialog::WordingDictionaryDialog(WordingDictionary &dictionary, QWidget *parent)
    : QDialog(parent), m_dictionary(dictionary), m_ui(std::make_unique<Ui::WordingDictionaryDialog>())
{
    m_ui->setupUi(this);
    if (!m_dictionary.ensureStarter())
        QMessageBox::warning(this, windowTitle(), tr("The starter list could not be loaded: %1").arg(m_dictionary.lastError()));

    m_ui->kindFilter->addItem(tr("All kinds"));
    for (WordingKind k : WordingDictionary::kinds())
        m_ui->kindFilter->addItem(WordingDictionary::kindLabel(k), WordingDictionary::kindCode(k));

    m_model = new WordingEntriesModel(m_dictionary, this);
    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->setWordWrap(false);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->setColumnWidth(WordingEntriesModel::KindColumn, 160);
    m_ui->table->setColumnWidth(WordingEntriesModel::TermColumn, 170);
    m_ui->table->setColumnWidth(WordingEntriesModel::CorrectColumn, 170);
    m_ui->table->setColumnWidth(WordingEntriesModel::LevelColumn, 70);
    m_ui->table->setColumnWidth(WordingEntriesModel::NoteColumn, 180);

    // Searching a large dictionary on every key press would stutter: wait for a pause.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &WordingDictionaryDialog::applyFilter);
    connect(m_ui->search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->kindFilter, &QComboBox::currentIndexChanged, this, &WordingDictionaryDialog::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WordingDictionaryDialog::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WordingDictionaryDialog::updateButtons);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WordingDictionaryDialog::updateButtons);
    connect(m_ui->table, &QAbstractItemView::doubleClicked, this, &WordingDictionaryDialog::editSelected);
    connect(m_ui->addButton, &QPushButton::clicked, this, &WordingDictionaryDialog::addEntry);
    connect(m_ui->editButton, &QPushButton::clicked, this, &WordingDictionaryDialog::editSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &WordingDictionaryDialog::removeSelected);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import into the wording dictionary"), {},
                                                          tr("Word lists and tables (*.txt *.csv *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the wording dictionary"), tr("wording-dictionary.csv"),
                                                          tr("CSV (*.csv);;Excel (*.xlsx)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &WordingDictionaryDialog::reject);
    m_model->reload();
}

WordingDictionaryDialog::~WordingDictionaryDialog() = default;

void WordingDictionaryDialog::applyFilter()
{
    const QString code = m_ui->kindFilter->currentData().toString();
    m_model->setFilter(code.isEmpty() ? std::nullopt : WordingDictionary::parseKind(code), m_ui->search->text());
}

void WordingDictionaryDialog::updateCount()
{
    m_ui->countLabel->setText(tr("%n entries", nullptr, m_model->totalCount()));
}

void WordingDictionaryDialog::updateButtons()
{
    const int selected = int(m_ui->table->selectionModel()->selectedRows().size());
    m_ui->editButton->setEnabled(selected == 1);
    m_ui->removeButton->setEnabled(selected > 0);
}

QList<WordingEntry> WordingDictionaryDialog::selectedEntries() const
{
    QList<WordingEntry> out;
    for (const QModelIndex &index : m_ui->table->selectionModel()->selectedRows())
        if (const WordingEntry *e = m_model->entryAt(index.row()))
            out.append(*e);
    return out;
}

bool WordingDictionaryDialog::editEntry(QWidget *parent, const QString &title, WordingEntry &entry)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    auto *kind = new QComboBox(&dialog);
    for (WordingKind k : WordingDictionary::kinds())
        kind->addItem(WordingDictionary::kindLabel(k), WordingDictionary::kindCode(k));
    kind->setCurrentIndex(kind->findData(WordingDictionary::kindCode(entry.kind)));
    auto *term = new QLineEdit(entry.term, &dialog);
    auto *correct = new QLineEdit(entry.correct, &dialog);
    auto *level = new QComboBox(&dialog);
    level->addItem(tr("—"), QString());
    for (const QString &code : WordingDictionary::levelCodes())
        level->addItem(WordingDictionary::levelLabel(code), code);
    level->setCurrentIndex(std::max(0, level->findData(entry.level)));
    auto *note = new QLineEdit(entry.note, &dialog);
    auto *validation = new QLabel(&dialog);
    validation->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Term:"), term);
    form->addRow(tr("&Correct form:"), correct);
    form->addRow(tr("&Level:"), level);
    form->addRow(tr("&Note:"), note);
    form->addRow(validation);
    form->addRow(buttons);
    auto current = [&] {
        WordingEntry e = entry;
        e.kind = WordingDictionary::parseKind(kind->currentData().toString()).value_or(WordingKind::Typo);
        e.term = term->text().trimmed();
        e.correct = correct->text().trimmed();
        e.level = level->currentData().toString();
        e.note = note->text().trimmed();
        return e;
    };
    auto validate = [&] {
        const WordingEntry e = current();
        // An empty new entry is not an error yet: OK just stays off.
        showValidation(validation, buttons, e.term.isEmpty() ? QString() : WordingDictionary::problem(e));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!e.term.isEmpty() && WordingDictionary::problem(e).isEmpty());
    };
    for (QLineEdit *edit : {term, correct, note})
        connect(edit, &QLineEdit::textChanged, &dialog, validate);
    connect(kind, &QComboBox::currentIndexChanged, &dialog, validate);
    connect(level, &QComboBox::currentIndexChanged, &dialog, validate);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    entry = current();
    return true;
}

void WordingDictionaryDialog::addEntry()
{
    WordingEntry e;
    if (const auto kind = WordingDictionary::parseKind(m_ui->kindFilter->currentData().toString()))
        e.kind = *kind; // new entries of the kind being looked at
    e.source = QStringLiteral("manual");
    if (!editEntry(this, tr("Add a dictionary entry"), e))
        return;
    if (m_dictionary.find(e.kind, e.term)
        && QMessageBox::question(this, windowTitle(), tr("“%1” is in the dictionary already. Replace its correct form, level and note?").arg(e.term))
               != QMessageBox::Yes)
        return;
    if (!m_dictionary.add(e)) {
        QMessageBox::warning(this, windowTitle(), tr("The entry could not be saved: %1").arg(m_dictionary.lastError()));
        return;
    }
    m_model->reload();
    emit dictionaryChanged();
}

void WordingDictionaryDialog::editSelected()
{
    const QList<WordingEntry> selected = selectedEntries();
    if (selected.size() != 1)
        return;
    WordingEntry e = selected.first();
    e.source = QStringLiteral("manual");
    if (!editEntry(this, tr("Edit a dictionary entry"), e))
        return;
    if (!m_dictionary.update(e)) {
        QMessageBox::warning(this, windowTitle(), tr("The entry could not be saved: %1").arg(m_dictionary.lastError()));
        return;
    }
    m_model->reload();
    emit dictionaryChanged();
}

void WordingDictionaryDialog::removeSelected()
{
    const QList<WordingEntry> selected = selectedEntries();
    if (selected.isEmpty())
        return;
    const QString what = selected.size() == 1 ? tr("“%1”").arg(selected.first().term) : tr("%n entries", nullptr, int(selected.size()));
    if (QMessageBox::question(this, windowTitle(), tr("Remove %1 from the wording dictionary?").arg(what)) != QMessageBox::Yes)
        return;
    for (const WordingEntry &e : selected)
        if (!m_dictionary.remove(e.id)) {
            QMessageBox::warning(this, windowTitle(), tr("“%1” could not be removed: %2").arg(e.term, m_dictionary.lastError()));
            break;
        }
    m_model->reload();
    emit dictionaryChanged();
}

void WordingDictionaryDialog::importFile(const QString &path)
{
    std::optional<WordingKind> kind;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        // A word list says nothing of its kind: ask.
        QStringList labels;
        for (WordingKind k : WordingDictionary::kinds())
            labels << WordingDictionary::kindLabel(k);
        bool ok = false;
        const QString label = QInputDialog::getItem(this, tr("Import a word list"), tr("The entries of %1 are:").arg(QFileInfo(path).fileName()),
                                                    labels, 1, false, &ok);
        if (!ok)
            return;
        kind = WordingDictionary::kinds().value(labels.indexOf(label));
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const WordingImportResult r = m_dictionary.importFile(path, kind);
    QGuiApplication::restoreOverrideCursor();
    if (!r.ok) {
        QStringList lines;
        for (const ImportProblem &p : r.problems.mid(0, 20))
            lines << p.toString();
        if (r.problems.size() > 20)
            lines << tr("… and %n more", nullptr, int(r.problems.size() - 20));
        QMessageBox box(QMessageBox::Warning, windowTitle(), tr("Nothing was imported: the file has problems."), QMessageBox::Ok, this);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setInformativeText(lines.value(0));
        box.exec();
        return;
    }
    m_model->reload();
    emit dictionaryChanged();
    QMessageBox::information(this, windowTitle(),
                             tr("%1 entries read: %2 added, %3 updated, %4 unchanged.").arg(r.rows).arg(r.inserted).arg(r.updated).arg(r.unchanged));
}

void WordingDictionaryDialog::exportFile(const QString &path)
{
    QString error;
    if (!m_dictionary.exportFile(path, &error))
        QMessageBox::warning(this, windowTitle(), error);
}

} // namespace xj
