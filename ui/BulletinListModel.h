#pragma once
// A round's bulletins as BulletinRecords lists them (oldest first): state (draft, issued,
// retracted), version, 发文字号, title and the date that matters for the state (created,
// finalised, retracted).
//
// Threading: GUI thread only.

#include "BulletinRecords.h"

#include <QAbstractTableModel>

namespace xj {

class BulletinListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StateColumn, VersionColumn, NumberColumn, TitleColumn, DateColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit BulletinListModel(QObject *parent = nullptr);

    void setBulletins(const QList<BulletinRecord> &bulletins);
    const QList<BulletinRecord> &bulletins() const { return m_bulletins; }
    // The row of bulletin `id`, -1 when not listed.
    int rowOf(qint64 id) const;

    static QString stateLabel(BulletinRecord::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BulletinRecord> m_bulletins;
};

} // namespace xj
