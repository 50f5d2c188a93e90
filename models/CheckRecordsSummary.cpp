// CheckRecords: the summaries the Checks view shows (counts per indicator, per site of a run).
// Kept apart from CheckRecords.cpp, which holds the rows the engine writes.
#include "CheckRecords.h"

#include <QMap>

namespace xj {

QMap<QString, int> CheckRecords::findingCounts(const QString &roundId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT indicator, COUNT(*) FROM findings WHERE round_id = ? GROUP BY indicator"));
    q.addBindValue(roundId);
    QMap<QString, int> out;
    if (m_store.exec(q))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toInt());
    q.finish();
    return out;
}

QList<RunSiteCounts> CheckRecords::siteCounts(qint64 runId) const
{
    QMap<qint64, RunSiteCounts> sites;
    auto at = [&sites](qint64 siteId) -> RunSiteCounts & {
        RunSiteCounts &c = sites[siteId];
        c.siteId = siteId;
        return c;
    };
    QSqlQuery &pages = m_store.query(QStringLiteral(
        "SELECT site_id, COUNT(*), SUM(CASE WHEN state = 'done' THEN 1 ELSE 0 END) FROM pages WHERE run_id = ? GROUP BY site_id"));
    pages.addBindValue(runId);
    if (m_store.exec(pages))
        while (pages.next()) {
            RunSiteCounts &c = at(pages.value(0).toLongLong());
            c.pagesQueued = pages.value(1).toInt();
            c.pagesDone = pages.value(2).toInt();
        }
    pages.finish();
    QSqlQuery &links = m_store.query(QStringLiteral(
        "SELECT p.site_id, COUNT(*), SUM(CASE WHEN l.state = 'done' THEN 1 ELSE 0 END) FROM links l "
        "JOIN pages p ON p.id = (SELECT MIN(pl.page_id) FROM page_links pl WHERE pl.link_id = l.id) "
        "WHERE l.run_id = ? GROUP BY p.site_id"));
    links.addBindValue(runId);
    if (m_store.exec(links))
        while (links.next()) {
            RunSiteCounts &c = at(links.value(0).toLongLong());
            c.linksQueued = links.value(1).toInt();
            c.linksDone = links.value(2).toInt();
        }
    links.finish();
    QSqlQuery &findings = m_store.query(QStringLiteral(
        "SELECT object_id, COUNT(*) FROM findings WHERE run_id = ? AND object_type = 'site' GROUP BY object_id"));
    findings.addBindValue(runId);
    if (m_store.exec(findings))
        while (findings.next()) {
            const qint64 site = findings.value(0).toLongLong();
            if (sites.contains(site)) // a site this run visited
                sites[site].findings = findings.value(1).toInt();
        }
    findings.finish();
    return sites.values();
}

} // namespace xj
