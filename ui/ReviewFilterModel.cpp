#include "ReviewFilterModel.h"

#include "FindingsModel.h"

namespace xj {

ReviewFilterModel::ReviewFilterModel(FindingsModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_findings(source)
{
    setSourceModel(source);
    setSortRole(FindingsModel::SortRole);
    setSortLocaleAware(true);
}

void ReviewFilterModel::refilter()
{
    // Qt 6.4 has no beginFilterChange(): invalidateFilter() is the way to say the criteria changed.
    invalidateFilter();
}

void ReviewFilterModel::setIndicator(const QString &code)
{
    m_indicator = code;
    refilter();
}

void ReviewFilterModel::setSeverity(const QString &code)
{
    m_severity = code;
    refilter();
}

void ReviewFilterModel::setState(const QString &code)
{
    m_state = code;
    refilter();
}

void ReviewFilterModel::setUnit(qint64 unitId)
{
    m_unit = unitId;
    refilter();
}

void ReviewFilterModel::setAssignedUnits(const QHash<qint64, qint64> &units)
{
    m_assigned = units;
    refilter();
}

void ReviewFilterModel::setAssignedUnit(qint64 findingId, qint64 unitId)
{
    if (unitId > 0)
        m_assigned.insert(findingId, unitId);
    else
        m_assigned.remove(findingId);
    if (m_unit > 0)
        refilter();
}

void ReviewFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    refilter();
}

bool ReviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow >= m_findings->rowCount())
        return false;
    const Finding &f = m_findings->finding(sourceRow);
    if (!m_indicator.isEmpty() && f.indicator != m_indicator)
        return false;
    if (!m_severity.isEmpty() && f.severity != m_severity)
        return false;
    if (!m_state.isEmpty() && f.state != m_state)
        return false;
    if (m_unit > 0 && m_assigned.value(f.id, m_findings->unitOf(f)) != m_unit)
        return false;
    if (m_search.isEmpty())
        return true;
    const QString target = m_findings->index(sourceRow, FindingsModel::Target).data().toString();
    for (const QString &text : {target, f.url, f.link, f.evidence, f.indicator})
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace xj
