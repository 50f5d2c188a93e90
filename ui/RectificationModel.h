#pragma once
// The rectification list of a round as a table (ReviewRecords::rectificationList): unit, object,
// indicator, problem, page, deadline, status — overdue rows in red. Status (待整改 → 已通知 →
// 已整改 → 已复核) and deadline are editable (RectificationDelegate); setData saves at once through
// ReviewRecords on the finding's version as read with the list. When another inspector changed the
// finding meanwhile nothing is saved and conflicted() says what they saved; the view asks and may
// call apply() again on their version.
//
// "Today" (what overdue is judged on) is given, never read from the clock here.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "ReviewRecords.h"

#include <QAbstractTableModel>

namespace xj {

class RectificationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UnitColumn, ObjectColumn, IndicatorColumn, ProblemColumn, PageColumn, DeadlineColumn, StatusColumn, ColumnCount };
    enum Role { FindingIdRole = Qt::UserRole, OverdueRole, StatusCodeRole, UnitIdRole };

    RectificationModel(Store &store, QObject *parent = nullptr);

    // Reads the round's list again (every unit; the view filters).
    void load(const QString &roundId, const QDate &today);
    void reload() { load(m_roundId, m_today); }
    QString roundId() const { return m_roundId; }
    QDate today() const { return m_today; }
    const QList<RectificationRow> &rows() const { return m_rows; }
    int versionOf(int row) const;

    // Saves `change` on the row's finding at expectedVersion (-1: the version read with the list).
    ReviewRecords::Outcome apply(int row, const FindingChange &change, int expectedVersion, ReviewConflict *conflict,
                                 QString *error);
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // StatusColumn takes a code (open, notified, fixed, verified), DeadlineColumn a QDate (invalid clears).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A change could not be saved because the finding changed meanwhile.
    void conflicted(int row, const xj::FindingChange &change, const xj::ReviewConflict &conflict);
    void saveFailed(const QString &error);

private:
    Store &m_store;
    ReviewRecords m_records;
    QString m_roundId;
    QDate m_today;
    QString m_actor;
    QString m_error;
    QList<RectificationRow> m_rows;
    QHash<qint64, int> m_versions; // finding id → version read with the list
};

} // namespace xj
