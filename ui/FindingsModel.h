#pragma once
// The findings of a round as a table: target (site or account name), indicator, severity, points,
// page URL, link, evidence and the inspector's state. Rows are the Finding values CheckRecords
// reads, held in memory (10,000 findings are a few megabytes; the view asks only for the rows it
// shows); target names are looked up once per object and cached. A reload that finds the old list
// extended (a run filing more) keeps the rows shown and appends the new ones, so selection and
// scroll position survive the periodic refresh during a run.
//
// Threading: GUI thread only (the thread that owns the Store).

#include "CheckRecords.h"

#include <QAbstractTableModel>
#include <QHash>

namespace xj {

class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Target, Indicator, Severity, Points, Url, Link, Evidence, State, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2; // numbers as numbers
    // For filters (ReviewFilterModel): the stored code of the column (indicator, severity, state),
    // and the unit owning the finding's target.
    static constexpr int CodeRole = Qt::UserRole + 3;
    static constexpr int UnitRole = Qt::UserRole + 4;

    explicit FindingsModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the round's findings (one indicator's only, when given).
    void load(const QString &roundId, const QString &indicator = {});
    void clear();
    // Target names are read again at the next load (the registry was edited).
    void forgetNames()
    {
        m_names.clear();
        m_units.clear();
    }

    const Finding &finding(int row) const { return m_rows.at(row); }
    // The row of a finding, -1 when not shown; a finding changed elsewhere (a decision) put back.
    int rowOf(qint64 findingId) const;
    void replace(const Finding &finding);
    // The unit that owns a finding's target (0 when unknown).
    qint64 unitOf(const Finding &finding) const { return m_units.value(keyOf(finding)); }
    QString roundId() const { return m_roundId; }
    QString indicator() const { return m_indicator; }

    static QString severityLabel(const QString &severity);
    static QString stateLabel(const QString &state);

private:
    using ObjectKey = QPair<int, qint64>; // object type, id
    static ObjectKey keyOf(const Finding &f) { return {int(f.objectType), f.objectId}; }
    void resolveNames(const QList<Finding> &rows); // fills m_names for objects not named yet

    Store &m_store;
    QString m_roundId;
    QString m_indicator;
    QList<Finding> m_rows;
    QHash<ObjectKey, QString> m_names;
    QHash<ObjectKey, qint64> m_units; // owner unit of each target, read with its name
};

} // namespace xj
