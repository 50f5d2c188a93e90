#include "BulletinListModel.h"

#include <QLocale>

namespace xj {

BulletinListModel::BulletinListModel(QObject *parent) : QAbstractTableModel(parent) {}

void BulletinListModel::setBulletins(const QList<BulletinRecord> &bulletins)
{
    beginResetModel();
    m_bulletins = bulletins;
    endResetModel();
}

int BulletinListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_bulletins.size(); ++i)
        if (m_bulletins.at(i).id == id)
            return i;
    return -1;
}

QString BulletinListModel::stateLabel(BulletinRecord::State state)
{
    switch (state) {
    case BulletinRecord::Draft:
        return tr("Draft");
    case BulletinRecord::Final:
        return tr("Issued");
    case BulletinRecord::Retracted:
        return tr("Retracted");
    }
    return {};
}

int BulletinListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bulletins.size());
}

int BulletinListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulletinListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_bulletins.size())
        return {};
    const BulletinRecord &b = m_bulletins.at(index.row());
    if (role == IdRole)
        return b.id;
    if (role == Qt::ToolTipRole && b.state == BulletinRecord::Retracted)
        return tr("Retracted: %1").arg(b.retractReason);
    if (role == Qt::ToolTipRole && b.state == BulletinRecord::Final)
        return tr("SHA-256 %1, signed by %2").arg(b.sha256, b.signer);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StateColumn:
        return stateLabel(b.state);
    case VersionColumn:
        return b.version;
    case NumberColumn:
        return b.documentNumber;
    case TitleColumn:
        return b.title;
    case DateColumn: {
        const QDateTime t = b.state == BulletinRecord::Retracted ? b.retractedAt
            : b.state == BulletinRecord::Final                 ? b.finalizedAt
                                                               : b.createdAt;
        return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

QVariant BulletinListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case VersionColumn:
        return tr("Version");
    case NumberColumn:
        return tr("Number");
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    default:
        return {};
    }
}

} // namespace xj
