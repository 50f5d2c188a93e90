#pragma once
// The review workspace's findings list filtered and sorted: by indicator, severity, state, the
// responsible unit (assigned on the finding, else the target's owner), and a text search over target, page, link and evidence. An empty
// criterion lets everything through. Sorting uses FindingsModel::SortRole (points as numbers).
//
// Threading: all members are called from the GUI thread.

#include <QHash>
#include <QSortFilterProxyModel>

namespace xj {

class FindingsModel;

class ReviewFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ReviewFilterModel(FindingsModel *source, QObject *parent = nullptr);

    void setIndicator(const QString &code);
    void setSeverity(const QString &code);
    void setState(const QString &code);
    void setUnit(qint64 unitId);
    // The responsible units inspectors assigned, by finding id: they count for the unit filter
    // instead of the target's registered owner.
    void setAssignedUnits(const QHash<qint64, qint64> &units);
    void setAssignedUnit(qint64 findingId, qint64 unitId);
    void setSearch(const QString &text);

    QString indicator() const { return m_indicator; }
    QString severity() const { return m_severity; }
    QString state() const { return m_state; }
    qint64 unit() const { return m_unit; }
    QString search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    FindingsModel *m_findings;
    QString m_indicator;
    QString m_severity;
    QString m_state;
    qint64 m_unit = 0;
    QString m_search;
    QHash<qint64, qint64> m_assigned;
};

} // namespace xj
