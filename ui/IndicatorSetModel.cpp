#include "IndicatorSetModel.h"

#include "FindingsModel.h"

#include <QBrush>
#include <QPalette>

namespace xj {

IndicatorSetModel::IndicatorSetModel(QObject *parent) : QAbstractTableModel(parent)
{
    for (const IndicatorInfo &info : IndicatorCatalog::all())
        m_codes.append(info.code);
}

void IndicatorSetModel::setSet(const IndicatorSet &set)
{
    beginResetModel();
    m_set = set;
    m_original = set;
    endResetModel();
    if (m_modified) {
        m_modified = false;
        emit modifiedChanged(false);
    }
}

QString IndicatorSetModel::codeAt(int row) const
{
    return m_codes.value(row);
}

int IndicatorSetModel::rowOf(const QString &code) const
{
    return int(m_codes.indexOf(code));
}

QStringList IndicatorSetModel::severities()
{
    return {QStringLiteral("veto"), QStringLiteral("deduct"), QStringLiteral("notice")};
}

void IndicatorSetModel::edited(const IndicatorSettings &s)
{
    m_set.setSettings(s);
    const int row = rowOf(s.code);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    // Compared with what was loaded, so that an edit undone by hand is no change.
    const bool modified = !m_set.sameIndicators(m_original);
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

void IndicatorSetModel::setParam(const QString &code, const QString &key, const QJsonValue &value)
{
    const IndicatorSettings *s = m_set.settings(code);
    if (!s || s->params.value(key) == value)
        return;
    IndicatorSettings changed = *s;
    changed.params.insert(key, value);
    edited(changed);
}

int IndicatorSetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_codes.size());
}

int IndicatorSetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorSetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const IndicatorSettings *s = m_set.settings(codeAt(index.row()));
    const IndicatorInfo *info = IndicatorCatalog::byCode(codeAt(index.row()));
    if (!s || !info)
        return {};
    const bool deduct = s->severity == QLatin1String("deduct");
    if (role == Qt::ForegroundRole && !s->enabled)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    switch (index.column()) {
    case CodeColumn:
        if (role == Qt::DisplayRole)
            return s->code;
        if (role == Qt::ToolTipRole && !info->feeds.isEmpty())
            return tr("A confirmed finding leads to %1.").arg(info->feeds);
        break;
    case NameColumn:
        if (role == Qt::DisplayRole)
            return info->zh;
        break;
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return FindingsModel::severityLabel(s->severity);
        if (role == Qt::EditRole)
            return s->severity;
        break;
    case ObjectiveColumn:
        if (role == Qt::CheckStateRole)
            return s->objective ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return s->objective ? tr("Objective: its findings count unless an inspector dismisses them.")
                                : tr("Needs review: its findings count only once an inspector confirms them.");
        break;
    case CapColumn:
        // Only deductions have a cap; a veto or a notice shows none.
        if (role == Qt::DisplayRole && deduct)
            return QString::number(s->maxPoints);
        if (role == Qt::EditRole)
            return s->maxPoints;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EnabledColumn:
        if (role == Qt::CheckStateRole)
            return s->enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("A disabled indicator files no findings and counts nothing.");
        break;
    default:
        break;
    }
    return {};
}

bool IndicatorSetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const IndicatorSettings *current = index.isValid() ? m_set.settings(codeAt(index.row())) : nullptr;
    if (!current)
        return false;
    IndicatorSettings s = *current;
    if (index.column() == SeverityColumn && role == Qt::EditRole && severities().contains(value.toString()))
        s.severity = value.toString();
    else if (index.column() == CapColumn && role == Qt::EditRole && value.toDouble() >= 0)
        s.maxPoints = value.toDouble();
    else if (index.column() == ObjectiveColumn && role == Qt::CheckStateRole)
        s.objective = value.toInt() == Qt::Checked;
    else if (index.column() == EnabledColumn && role == Qt::CheckStateRole)
        s.enabled = value.toInt() == Qt::Checked;
    else
        return false;
    edited(s);
    return true;
}

Qt::ItemFlags IndicatorSetModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const IndicatorSettings *s = index.isValid() ? m_set.settings(codeAt(index.row())) : nullptr;
    if (!s)
        return f;
    switch (index.column()) {
    case SeverityColumn:
        return f | Qt::ItemIsEditable;
    case CapColumn:
        return s->severity == QLatin1String("deduct") ? f | Qt::ItemIsEditable : f;
    case ObjectiveColumn:
    case EnabledColumn:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

QVariant IndicatorSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case SeverityColumn:
        return tr("Severity");
    case ObjectiveColumn:
        return tr("Objective");
    case CapColumn:
        return tr("Cap (points)");
    case EnabledColumn:
        return tr("Enabled");
    default:
        return {};
    }
}

} // namespace xj
