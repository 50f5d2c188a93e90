#pragma once
// The wording dictionary as a table for WordingDictionaryDialog: kind, term, correct form, level,
// note, source. Rows are read from WordingDictionary a page at a time as the view scrolls
// (canFetchMore/fetchMore), so a dictionary of 100,000 entries opens at once.
//
// Threading: all members are called from the GUI thread (the thread of the Store).

#include "WordingDictionary.h"

#include <QAbstractTableModel>
#include <optional>

namespace xj {

class WordingEntriesModel : public QAbstractTableModel {
public:
    enum Column { KindColumn, TermColumn, CorrectColumn, LevelColumn, NoteColumn, SourceColumn, ColumnCount };

    explicit WordingEntriesModel(WordingDictionary &dictionary, QObject *parent = nullptr);

    // Which entries are shown; reads the first page again.
    void setFilter(std::optional<WordingKind> kind, const QString &search);
    void reload();
    int totalCount() const { return m_total; } // entries matching the filter, read or not yet
    const WordingEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kPageSize = 500;

private:
    WordingDictionary &m_dictionary;
    std::optional<WordingKind> m_kind;
    QString m_search;
    QList<WordingEntry> m_rows;
    int m_total = 0;
};

} // namespace xj
