#include "CheckProgressModel.h"

namespace xj {

CheckProgressModel::CheckProgressModel(QObject *parent) : QAbstractTableModel(parent) {}

int CheckProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CheckProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SiteProgress &p = m_rows.at(index.row());
    if (role == SiteIdRole)
        return p.siteId;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Site ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && index.column() == Site)
        return p.name;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Site:
        return p.name;
    case Pages:
        return tr("%1 / %2").arg(p.pagesDone).arg(p.pagesQueued);
    case Links:
        return tr("%1 / %2").arg(p.linksDone).arg(p.linksQueued);
    case Findings:
        return p.findings;
    case State:
        return isDone(p) ? tr("done") : tr("checking");
    }
    return {};
}

QVariant CheckProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Site:
        return tr("Site");
    case Pages:
        return tr("Pages done / queued");
    case Links:
        return tr("Links done / queued");
    case Findings:
        return tr("Findings");
    case State:
        return tr("State");
    }
    return {};
}

void CheckProgressModel::update(const SiteProgress &progress)
{
    const int row = rowOf(progress.siteId);
    if (row >= 0) {
        m_rows[row] = progress;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(progress);
    m_rowOf.insert(progress.siteId, at);
    endInsertRows();
}

void CheckProgressModel::setAll(const QList<SiteProgress> &sites)
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    for (const SiteProgress &p : sites) {
        m_rowOf.insert(p.siteId, int(m_rows.size()));
        m_rows.append(p);
    }
    endResetModel();
}

void CheckProgressModel::clear()
{
    setAll({});
}

SiteProgress CheckProgressModel::totals() const
{
    SiteProgress t;
    for (const SiteProgress &p : m_rows) {
        t.pagesQueued += p.pagesQueued;
        t.pagesDone += p.pagesDone;
        t.linksQueued += p.linksQueued;
        t.linksDone += p.linksDone;
        t.findings += p.findings;
    }
    return t;
}

int CheckProgressModel::sitesDone() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), isDone));
}

} // namespace xj
