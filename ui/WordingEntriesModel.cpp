#include "WordingEntriesModel.h"

#include <QCoreApplication>

namespace xj {

namespace {
// Column titles in translation context "WordingEntriesModel".
struct ModelTr {
    Q_DECLARE_TR_FUNCTIONS(WordingEntriesModel)
};
} // namespace

WordingEntriesModel::WordingEntriesModel(WordingDictionary &dictionary, QObject *parent)
    : QAbstractTableModel(parent), m_dictionary(dictionary)
{
    reload();
}

void WordingEntriesModel::setFilter(std::optional<WordingKind> kind, const QString &search)
{
    m_kind = kind;
    m_search = search.trimmed();
    reload();
}

void WordingEntriesModel::reload()
{
    beginResetModel();
    m_total = m_dictionary.count(m_kind, m_search);
    m_rows = m_dictionary.entries(m_kind, m_search, kPageSize, 0);
    endResetModel();
}

const WordingEntry *WordingEntriesModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WordingEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WordingEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WordingEntriesModel::data(const QModelIndex &index, int role) const
{
    const WordingEntry *e = entryAt(index.row());
    if (!e || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case KindColumn:
        return WordingDictionary::kindLabel(e->kind);
    case TermColumn:
        return e->term;
    case CorrectColumn:
        return e->correct;
    case LevelColumn:
        return WordingDictionary::levelLabel(e->level);
    case NoteColumn:
        return e->note;
    case SourceColumn:
        return e->source;
    default:
        return {};
    }
}

QVariant WordingEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return ModelTr::tr("Kind");
    case TermColumn:
        return ModelTr::tr("Term");
    case CorrectColumn:
        return ModelTr::tr("Correct form");
    case LevelColumn:
        return ModelTr::tr("Level");
    case NoteColumn:
        return ModelTr::tr("Note");
    case SourceColumn:
        return ModelTr::tr("Source");
    default:
        return {};
    }
}

bool WordingEntriesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void WordingEntriesModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<WordingEntry> more = m_dictionary.entries(m_kind, m_search, kPageSize, int(m_rows.size()));
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // the table shrank meanwhile: stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows += more;
    endInsertRows();
}

} // namespace xj
