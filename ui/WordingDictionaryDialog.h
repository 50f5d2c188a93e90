#pragma once
// The wording dictionary (W-N-WORDING) for inspectors: the entries in a table read a page at a
// time, filtered by kind and searched; add, edit and remove; import a word list (.txt, with the
// kind asked for) or a table (.csv/.xlsx), export. Every change is saved at once through the
// WordingDictionary it is given (no SQL here). Opening it the first time loads the starter list
// into an empty dictionary (WordingDictionary::ensureStarter).
//
// Threading: all members are called from the GUI thread (the thread of the dictionary's Store).

#include "WordingDictionary.h"

#include <QDialog>
#include <memory>

class QTimer;

namespace xj {

namespace Ui {
class WordingDictionaryDialog;
}

class WordingEntriesModel;

class WordingDictionaryDialog : public QDialog {
    Q_OBJECT
public:
    explicit WordingDictionaryDialog(WordingDictionary &dictionary, QWidget *parent = nullptr);
    ~WordingDictionaryDialog() override;

    WordingEntriesModel *model() const { return m_model; }
    // The entry editor: false when cancelled. The dialog refuses what WordingDictionary::problem refuses.
    static bool editEntry(QWidget *parent, const QString &title, WordingEntry &entry);

    void addEntry();
    void editSelected();
    void removeSelected();
    void importFile(const QString &path);
    void exportFile(const QString &path);

signals:
    void dictionaryChanged(); // entries were added, changed or removed

private:
    void applyFilter();
    void updateCount();
    void updateButtons();
    QList<WordingEntry> selectedEntries() const;

    WordingDictionary &m_dictionary;
    std::unique_ptr<Ui::WordingDictionaryDialog> m_ui;
    WordingEntriesModel *m_model = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace xj
