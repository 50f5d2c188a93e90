#pragma once
// The registry's tables as the UI shows them: websites, channels, accounts, units. Built for
// 100,000 rows: filtering and sorting run in SQL and keep only the matching ids; rows are read
// in pages of 200 when the view asks for them, and at most a few pages are kept.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "Store.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QVector>

namespace xj {

enum class RegistryTab { Websites, Channels, Accounts, Units };

struct RegistryFilter {
    QString text;       // searched in names, URLs, codes, account ids and unit names
    QString kind;       // site kind or platform code; empty = all
    QString status;     // status code; empty = all
    qint64 unitId = 0;  // 主办单位 (or the unit itself on the units tab); 0 = all
    bool operator==(const RegistryFilter &o) const
    {
        return text == o.text && kind == o.kind && status == o.status && unitId == o.unitId;
    }
};

class RegistryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, KindRole };

    RegistryTableModel(Store &store, RegistryTab tab, QObject *parent = nullptr);

    RegistryTab tab() const { return m_tab; }
    void setFilter(const RegistryFilter &filter);
    const RegistryFilter &filter() const { return m_filter; }
    // Re-reads ids and rows, e.g. after an edit or an import.
    void reload();
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    // The number of rows before filtering (for "12 of 80").
    int totalCount() const { return m_total; }
    // The column holding the status, -1 when none (units).
    int statusColumn() const { return m_statusColumn; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct ColumnDef {
        const char *header; // translated in context RegistryTableModel
        QString select;     // SQL expression
        enum Kind { Text, SiteKindCode, PlatformCode, StatusCode, UnitKindCode, Date } kind;
    };
    QList<ColumnDef> columns() const;
    QString fromClause() const;
    QString whereClause(QVariantList *binds) const;
    const QVector<QVariantList> *page(int pageNo) const;

    Store &m_store;
    RegistryTab m_tab;
    RegistryFilter m_filter;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<ColumnDef> m_columns;
    int m_statusColumn = -1;
    QVector<qint64> m_ids;
    int m_total = 0;
    mutable QCache<int, QVector<QVariantList>> m_pages{16};
};

} // namespace xj
