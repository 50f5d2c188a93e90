#include "BulletinBlocksModel.h"

#include <QBrush>
#include <QColor>

namespace xj {

BulletinBlocksModel::BulletinBlocksModel(QObject *parent) : QAbstractTableModel(parent) {}

void BulletinBlocksModel::setBlocks(const QList<BulletinBlock> &blocks)
{
    beginResetModel();
    m_blocks = blocks;
    m_stale.clear();
    endResetModel();
}

void BulletinBlocksModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_blocks.isEmpty()) // the Regenerate buttons come and go with it
        emit dataChanged(index(0, FiguresColumn), index(int(m_blocks.size()) - 1, FiguresColumn));
}

void BulletinBlocksModel::setStale(const QMap<int, QString> &why)
{
    m_stale = why;
    if (!m_blocks.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_blocks.size()) - 1, ColumnCount - 1));
}

void BulletinBlocksModel::insertBlock(int row, const BulletinBlock &block)
{
    row = std::clamp(row, 0, int(m_blocks.size()));
    beginInsertRows({}, row, row);
    m_blocks.insert(row, block);
    // Marks follow their blocks.
    QMap<int, QString> moved;
    for (auto it = m_stale.cbegin(); it != m_stale.cend(); ++it)
        moved.insert(it.key() >= row ? it.key() + 1 : it.key(), it.value());
    m_stale = moved;
    endInsertRows();
    emit edited();
}

void BulletinBlocksModel::removeBlock(int row)
{
    if (row < 0 || row >= m_blocks.size())
        return;
    beginRemoveRows({}, row, row);
    m_blocks.removeAt(row);
    QMap<int, QString> moved;
    for (auto it = m_stale.cbegin(); it != m_stale.cend(); ++it)
        if (it.key() != row)
            moved.insert(it.key() > row ? it.key() - 1 : it.key(), it.value());
    m_stale = moved;
    endRemoveRows();
    emit edited();
}

void BulletinBlocksModel::moveBlock(int from, int to)
{
    if (from < 0 || from >= m_blocks.size() || to < 0 || to >= m_blocks.size() || from == to)
        return;
    // beginMoveRows takes the destination as "insert before", one past the target when moving down.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_blocks.move(from, to);
    QMap<int, QString> moved;
    for (auto it = m_stale.cbegin(); it != m_stale.cend(); ++it) {
        int r = it.key();
        if (r == from)
            r = to;
        else if (from < to && r > from && r <= to)
            --r;
        else if (to < from && r >= to && r < from)
            ++r;
        moved.insert(r, it.value());
    }
    m_stale = moved;
    endMoveRows();
    emit edited();
}

void BulletinBlocksModel::replaceBlock(int row, const BulletinBlock &block)
{
    if (row < 0 || row >= m_blocks.size())
        return;
    m_blocks[row] = block;
    m_stale.remove(row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit edited();
}

QString BulletinBlocksModel::kindLabel(BulletinBlock::Kind kind)
{
    switch (kind) {
    case BulletinBlock::Paragraph:
        return tr("Paragraph");
    case BulletinBlock::Heading1:
        return tr("Heading 1 (一、)");
    case BulletinBlock::Heading2:
        return tr("Heading 2 (（一）)");
    case BulletinBlock::Heading3:
        return tr("Heading 3 (1.)");
    case BulletinBlock::Heading4:
        return tr("Heading 4 (（1）)");
    }
    return {};
}

QList<BulletinBlock::Kind> BulletinBlocksModel::kinds()
{
    return {BulletinBlock::Paragraph, BulletinBlock::Heading1, BulletinBlock::Heading2, BulletinBlock::Heading3,
            BulletinBlock::Heading4};
}

int BulletinBlocksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

int BulletinBlocksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulletinBlocksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_blocks.size())
        return {};
    const BulletinBlock &b = m_blocks.at(index.row());
    const bool stale = m_stale.contains(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FiguresColumn)
            return stale && !m_readOnly ? tr("Regenerate") : QVariant();
        return index.column() == KindColumn ? kindLabel(b.kind) : b.text;
    case Qt::EditRole:
        return index.column() == KindColumn ? QVariant(int(b.kind)) : QVariant(b.text);
    case Qt::BackgroundRole:
        return stale ? QBrush(QColor(255, 226, 160)) : QVariant();
    case Qt::ForegroundRole:
        return stale ? QBrush(Qt::black) : QVariant(); // readable on the marking colour in dark themes
    case Qt::ToolTipRole:
        return stale ? m_stale.value(index.row()) : QVariant();
    default:
        return {};
    }
}

QVariant BulletinBlocksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == KindColumn ? tr("Kind") : section == TextColumn ? tr("Text") : tr("Figures");
}

Qt::ItemFlags BulletinBlocksModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && index.column() != FiguresColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool BulletinBlocksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || role != Qt::EditRole || !index.isValid() || index.row() >= m_blocks.size()
        || index.column() == FiguresColumn)
        return false;
    BulletinBlock &b = m_blocks[index.row()];
    if (index.column() == KindColumn) {
        const int k = value.toInt();
        if (k < BulletinBlock::Paragraph || k > BulletinBlock::Heading4 || k == int(b.kind))
            return false;
        b.kind = BulletinBlock::Kind(k);
    } else {
        if (value.toString() == b.text)
            return false;
        b.text = value.toString();
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

} // namespace xj
