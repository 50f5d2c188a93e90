// CheckRecords: the facts page analysis keeps per page, read back by the site-level rules
// (freshness, identity, messages), which can so judge a run again without fetching it again.
#include "CheckRecords.h"

#include "SqlRows.h"

#include <QJsonDocument>

namespace xj {

bool CheckRecords::setPageFacts(qint64 pageId, const QJsonObject &facts)
{
    QSqlQuery &q = m_store.query(QStringLiteral("UPDATE pages SET facts = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Compact)));
    q.addBindValue(pageId);
    return m_store.exec(q);
}

QList<QPair<PageRecord, QJsonObject>> CheckRecords::pagesWithFacts(qint64 runId, qint64 siteId) const
{
    QList<QPair<PageRecord, QJsonObject>> out;
    QSqlQuery &q = m_store.query(QStringLiteral(
        "SELECT id, url, role, column_id, depth, final_url, http_status, error, title, facts FROM pages "
        "WHERE run_id = ? AND site_id = ? AND state = 'done' ORDER BY id"));
    q.addBindValue(runId);
    q.addBindValue(siteId);
    if (!m_store.exec(q))
        return out;
    while (q.next()) {
        PageRecord p;
        p.id = q.value(0).toLongLong();
        p.runId = runId;
        p.siteId = siteId;
        p.url = q.value(1).toString();
        p.role = q.value(2).toString();
        p.columnId = q.value(3).toLongLong();
        p.depth = q.value(4).toInt();
        p.state = QStringLiteral("done");
        p.finalUrl = q.value(5).toString();
        p.httpStatus = q.value(6).toInt();
        p.error = q.value(7).toString();
        p.title = q.value(8).toString();
        out.append({p, QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object()});
    }
    return out;
}

} // namespace xj
