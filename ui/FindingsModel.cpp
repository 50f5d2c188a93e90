#include "FindingsModel.h"

#include <QLocale>

namespace xj {

FindingsModel::FindingsModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store) {}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Finding &f = m_rows.at(index.row());
    if (role == IdRole)
        return f.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Points ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == SortRole && index.column() == Points)
        return f.points;
    if (role == UnitRole)
        return m_units.value(keyOf(f));
    if (role == CodeRole) {
        switch (index.column()) {
        case Indicator:
            return f.indicator;
        case Severity:
            return f.severity;
        case State:
            return f.state;
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Url:
            return f.url;
        case Link:
            return f.link;
        case Evidence:
            return f.evidence;
        case Severity:
            return f.severity;
        case State:
            return f.state;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Target:
        return m_names.value(keyOf(f), QStringLiteral("#%1").arg(f.objectId));
    case Indicator:
        return f.indicator;
    case Severity:
        return severityLabel(f.severity);
    case Points:
        return f.points == 0 ? QString() : QLocale().toString(f.points, 'g', 3);
    case Url:
        return f.url;
    case Link:
        return f.link;
    case Evidence:
        return f.evidence;
    case State:
        return stateLabel(f.state);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Target:
        return tr("Target");
    case Indicator:
        return tr("Indicator");
    case Severity:
        return tr("Severity");
    case Points:
        return tr("Points");
    case Url:
        return tr("Page");
    case Link:
        return tr("Link");
    case Evidence:
        return tr("Evidence");
    case State:
        return tr("State");
    }
    return {};
}

void FindingsModel::load(const QString &roundId, const QString &indicator)
{
    QList<Finding> rows = roundId.isEmpty() ? QList<Finding>() : CheckRecords(m_store).findings(roundId, indicator);
    resolveNames(rows);
    // Findings are read in id order: a list that only grew keeps its rows in place.
    bool extends = roundId == m_roundId && indicator == m_indicator && rows.size() >= m_rows.size();
    for (qsizetype i = 0; extends && i < m_rows.size(); ++i)
        extends = rows[i].id == m_rows[i].id;
    m_roundId = roundId;
    m_indicator = indicator;
    if (!extends) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    const int old = int(m_rows.size());
    const int added = int(rows.size()) - old;
    // The rows shown may have been refreshed (a resumed run measures again): replace them quietly.
    for (int i = 0; i < old; ++i)
        m_rows[i] = std::move(rows[i]);
    if (old > 0)
        emit dataChanged(index(0, 0), index(old - 1, ColumnCount - 1));
    if (added > 0) {
        beginInsertRows({}, old, old + added - 1);
        for (int i = old; i < rows.size(); ++i)
            m_rows.append(std::move(rows[i]));
        endInsertRows();
    }
}

int FindingsModel::rowOf(qint64 findingId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == findingId)
            return i;
    return -1;
}

void FindingsModel::replace(const Finding &finding)
{
    const int row = rowOf(finding.id);
    if (row < 0)
        return;
    m_rows[row] = finding;
    resolveNames({finding});
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FindingsModel::clear()
{
    load({});
}

void FindingsModel::resolveNames(const QList<Finding> &rows)
{
    for (const Finding &f : rows) {
        const ObjectKey key = keyOf(f);
        if (m_names.contains(key))
            continue;
        QString name;
        if (f.objectType == ObjectType::Site) {
            if (const auto s = m_store.site(f.objectId)) {
                name = s->name;
                m_units.insert(key, s->ownerId);
            }
        } else if (const auto a = m_store.account(f.objectId)) {
            name = a->name;
            m_units.insert(key, a->ownerId);
        }
        m_names.insert(key, name.isEmpty() ? QStringLiteral("#%1").arg(f.objectId) : name);
    }
}

QString FindingsModel::severityLabel(const QString &severity)
{
    if (severity == QLatin1String("veto"))
        return tr("veto");
    if (severity == QLatin1String("deduct"))
        return tr("deduction");
    if (severity == QLatin1String("notice"))
        return tr("notice");
    if (severity == QLatin1String("manual"))
        return tr("manual check");
    return severity;
}

QString FindingsModel::stateLabel(const QString &state)
{
    if (state == QLatin1String("pending"))
        return tr("pending");
    if (state == QLatin1String("confirmed"))
        return tr("confirmed");
    if (state == QLatin1String("dismissed"))
        return tr("dismissed");
    return state;
}

} // namespace xj
