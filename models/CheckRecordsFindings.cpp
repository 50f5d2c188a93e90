// CheckRecords: findings not filed by a crawl — re-evaluated rules replacing their own earlier
// findings, and inspectors' decisions. Kept apart from CheckRecords.cpp, which holds the rows the
// crawl writes.
#include "CheckRecords.h"

#include <QSqlQuery>

namespace xj {

int CheckRecords::removeStaleFindings(const QString &roundId, const QString &source, const QStringList &indicators,
                                      const QSet<QString> &keepFingerprints)
{
    if (indicators.isEmpty())
        return 0;
    // Few rows per round and indicator: read them, then delete the stale ones by id (a NOT IN list
    // of fingerprints could be long and is spelt differently per driver).
    QStringList marks;
    for (int i = 0; i < indicators.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, fingerprint FROM findings WHERE round_id = ? AND source = ? AND state = 'pending' AND version = 1 "
                             "AND indicator IN (%1)").arg(marks.join(QLatin1Char(','))));
    q.addBindValue(roundId);
    q.addBindValue(source);
    for (const QString &code : indicators)
        q.addBindValue(code);
    if (!m_store.exec(q))
        return 0;
    QList<qint64> stale;
    while (q.next())
        if (!keepFingerprints.contains(q.value(1).toString()))
            stale.append(q.value(0).toLongLong());
    q.finish();
    int removed = 0;
    for (qint64 id : std::as_const(stale)) {
        QSqlQuery &del = m_store.query(QStringLiteral("DELETE FROM findings WHERE id = ?"));
        del.addBindValue(id);
        if (!m_store.exec(del))
            return removed;
        removed += del.numRowsAffected() > 0 ? 1 : 0;
    }
    return removed;
}

bool CheckRecords::setFindingState(qint64 findingId, const QString &state)
{
    QSqlQuery &q = m_store.query(QStringLiteral("UPDATE findings SET state = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(findingId);
    return m_store.exec(q) && q.numRowsAffected() == 1;
}

} // namespace xj
