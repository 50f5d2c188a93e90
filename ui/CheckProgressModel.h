#pragma once
// The per-site progress of a check run, one row per site: pages and links done of those queued,
// and the findings filed so far. Fed by RoundCheck's SiteProgress while a run goes (through
// CheckJob), or set from the counts the store keeps for a run that is over.
//
// Threading: GUI thread only.

#include "RoundCheck.h"

#include <QAbstractTableModel>
#include <QHash>

namespace xj {

class CheckProgressModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Site, Pages, Links, Findings, State, ColumnCount };
    static constexpr int SiteIdRole = Qt::UserRole + 1;

    explicit CheckProgressModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds the site's row or updates it in place.
    void update(const SiteProgress &progress);
    void setAll(const QList<SiteProgress> &sites);
    void clear();

    const SiteProgress &site(int row) const { return m_rows.at(row); }
    int rowOf(qint64 siteId) const { return m_rowOf.value(siteId, -1); }
    // All rows added up (siteId 0, no name).
    SiteProgress totals() const;
    // Sites with nothing left queued.
    int sitesDone() const;

    static bool isDone(const SiteProgress &p) { return p.pagesDone >= p.pagesQueued && p.linksDone >= p.linksQueued; }

private:
    QList<SiteProgress> m_rows;
    QHash<qint64, int> m_rowOf;
};

} // namespace xj
