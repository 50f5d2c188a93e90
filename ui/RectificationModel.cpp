#include "RectificationModel.h"

#include "IndicatorCatalog.h"

#include <QBrush>
#include <QColor>

namespace xj {

RectificationModel::RectificationModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_records(store), m_actor(ReviewRecords::defaultActor())
{
}

void RectificationModel::load(const QString &roundId, const QDate &today)
{
    beginResetModel();
    m_roundId = roundId;
    m_today = today;
    m_rows = roundId.isEmpty() ? QList<RectificationRow>() : m_records.rectificationList(roundId, std::nullopt, today);
    m_versions.clear();
    if (!roundId.isEmpty()) {
        const QHash<qint64, FindingReview> reviews = m_records.reviews(roundId);
        for (const RectificationRow &r : std::as_const(m_rows))
            m_versions.insert(r.finding.id, reviews.value(r.finding.id).version);
    }
    endResetModel();
}

int RectificationModel::versionOf(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_versions.value(m_rows[row].finding.id) : 0;
}

int RectificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RectificationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RectificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn: return tr("Unit");
    case ObjectColumn: return tr("Object");
    case IndicatorColumn: return tr("Indicator");
    case ProblemColumn: return tr("Problem");
    case PageColumn: return tr("Page");
    case DeadlineColumn: return tr("Deadline");
    case StatusColumn: return tr("Status");
    }
    return {};
}

QVariant RectificationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RectificationRow &r = m_rows[index.row()];
    switch (role) {
    case FindingIdRole: return r.finding.id;
    case OverdueRole: return r.overdue;
    case StatusCodeRole: return r.status;
    case UnitIdRole: return r.unitId;
    case Qt::ForegroundRole:
        return r.overdue ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == DeadlineColumn && r.overdue)
            return tr("Overdue: the deadline %1 has passed").arg(r.deadline.toString(Qt::ISODate));
        if (index.column() == UnitColumn && r.unitFromRegistry)
            return tr("The object's registered owner (no unit was assigned to the finding)");
        return index.column() == ProblemColumn ? QVariant(r.finding.evidence) : QVariant();
    case Qt::EditRole:
        if (index.column() == DeadlineColumn)
            return r.deadline;
        if (index.column() == StatusColumn)
            return r.status;
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case UnitColumn: return r.unitName.isEmpty() ? tr("(no unit)") : r.unitName;
    case ObjectColumn: return r.objectName;
    case IndicatorColumn: {
        const IndicatorInfo *info = IndicatorCatalog::byCode(r.finding.indicator);
        return info ? QStringLiteral("%1 %2").arg(r.finding.indicator, info->zh) : r.finding.indicator;
    }
    case ProblemColumn: return r.finding.evidence;
    case PageColumn: return r.finding.url;
    case DeadlineColumn:
        return r.deadline.isValid() ? (r.overdue ? tr("%1 (overdue)").arg(r.deadline.toString(Qt::ISODate))
                                                 : r.deadline.toString(Qt::ISODate))
                                    : QString();
    case StatusColumn: return ReviewRecords::rectificationLabel(r.status);
    }
    return {};
}

Qt::ItemFlags RectificationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == StatusColumn || index.column() == DeadlineColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RectificationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    FindingChange change;
    if (index.column() == StatusColumn)
        change.rectification = value.toString();
    else if (index.column() == DeadlineColumn)
        change.deadline = value.toDate();
    else
        return false;
    ReviewConflict conflict;
    const auto outcome = apply(index.row(), change, -1, &conflict, &m_error);
    if (outcome == ReviewRecords::Outcome::Conflict)
        emit conflicted(index.row(), change, conflict);
    else if (outcome != ReviewRecords::Outcome::Saved && outcome != ReviewRecords::Outcome::Unchanged)
        emit saveFailed(m_error);
    return outcome == ReviewRecords::Outcome::Saved;
}

ReviewRecords::Outcome RectificationModel::apply(int row, const FindingChange &change, int expectedVersion,
                                                 ReviewConflict *conflict, QString *error)
{
    if (row < 0 || row >= m_rows.size())
        return ReviewRecords::Outcome::Refused;
    const qint64 id = m_rows[row].finding.id;
    const int version = expectedVersion >= 0 ? expectedVersion : m_versions.value(id);
    const auto outcome = m_records.change(id, version, change, m_actor, conflict, error);
    if (outcome == ReviewRecords::Outcome::Saved) {
        // The row shows the saved values at once; the list is read again once the editor that
        // made the change is closed (a verified finding leaves it, another unit may now own it).
        if (const auto review = m_records.review(id)) {
            RectificationRow &r = m_rows[row];
            m_versions.insert(id, review->version);
            r.status = review->rectification;
            r.deadline = review->deadline;
            r.overdue = r.deadline.isValid() && r.deadline < m_today
                && (r.status == QLatin1String("open") || r.status == QLatin1String("notified"));
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        QMetaObject::invokeMethod(this, &RectificationModel::reload, Qt::QueuedConnection);
    }
    return outcome;
}

} // namespace xj
