#include "CheckRecords.h"
#include "SqlRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace xj {

using sql::idOrNull;
using sql::text;

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QVariant timeTo(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

const char kRunColumns[] = "id, round_id, started_at, finished_at, state, settings";
const char kPageColumns[] = "id, run_id, site_id, url, role, column_id, depth, state, final_url, http_status, error, "
                            "content_type, charset, title, bytes, elapsed_ms, fetched_at, warc_file, warc_offset, warc_length";
const char kLinkColumns[] = "id, run_id, url, state, method, http_status, error, final_url, checked_at, warc_file, "
                            "warc_offset, warc_length, verdict, evidence";
const char kFindingColumns[] = "id, round_id, run_id, object_type, object_id, indicator, severity, points, url, link, "
                               "evidence, state, source, page_id, details, fingerprint, created_at, updated_at, indicator_set_id";

CheckRun runFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), timeFrom(q.value(2)), timeFrom(q.value(3)),
            q.value(4).toString(), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()};
}

PageRecord pageFrom(const QSqlQuery &q)
{
    PageRecord p;
    p.id = q.value(0).toLongLong();
    p.runId = q.value(1).toLongLong();
    p.siteId = q.value(2).toLongLong();
    p.url = q.value(3).toString();
    p.role = q.value(4).toString();
    p.columnId = q.value(5).toLongLong();
    p.depth = q.value(6).toInt();
    p.state = q.value(7).toString();
    p.finalUrl = q.value(8).toString();
    p.httpStatus = q.value(9).toInt();
    p.error = q.value(10).toString();
    p.contentType = q.value(11).toString();
    p.charset = q.value(12).toString();
    p.title = q.value(13).toString();
    p.bytes = q.value(14).toLongLong();
    p.elapsedMs = q.value(15).toInt();
    p.fetchedAt = timeFrom(q.value(16));
    p.warc = {q.value(17).toString(), q.value(18).toLongLong(), q.value(19).toLongLong()};
    return p;
}

LinkRecord linkFrom(const QSqlQuery &q)
{
    LinkRecord l;
    l.id = q.value(0).toLongLong();
    l.runId = q.value(1).toLongLong();
    l.url = q.value(2).toString();
    l.state = q.value(3).toString();
    l.method = q.value(4).toString();
    l.httpStatus = q.value(5).toInt();
    l.error = q.value(6).toString();
    l.finalUrl = q.value(7).toString();
    l.checkedAt = timeFrom(q.value(8));
    l.warc = {q.value(9).toString(), q.value(10).toLongLong(), q.value(11).toLongLong()};
    l.verdict = q.value(12).toString();
    l.evidence = q.value(13).toString();
    return l;
}

Finding findingFrom(const QSqlQuery &q)
{
    Finding f;
    f.id = q.value(0).toLongLong();
    f.roundId = q.value(1).toString();
    f.runId = q.value(2).toLongLong();
    f.objectType = q.value(3).toString() == QLatin1String("account") ? ObjectType::Account : ObjectType::Site;
    f.objectId = q.value(4).toLongLong();
    f.indicator = q.value(5).toString();
    f.severity = q.value(6).toString();
    f.points = q.value(7).toDouble();
    f.url = q.value(8).toString();
    f.link = q.value(9).isNull() ? QString() : q.value(9).toString();
    f.evidence = q.value(10).toString();
    f.state = q.value(11).toString();
    f.source = q.value(12).toString();
    f.pageId = q.value(13).toLongLong();
    f.details = QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object();
    f.fingerprint = q.value(15).toString();
    f.createdAt = timeFrom(q.value(16));
    f.updatedAt = timeFrom(q.value(17));
    f.indicatorSetId = q.value(18).toLongLong();
    return f;
}

} // namespace

// --- Runs

qint64 CheckRecords::startRun(const QString &roundId, const QJsonObject &settings)
{
    QSqlQuery &q = m_store.query(QStringLiteral("INSERT INTO check_runs (round_id, started_at, state, settings) "
                                                "VALUES (?, ?, 'running', ?)") + m_store.returning());
    q.addBindValue(roundId);
    q.addBindValue(now());
    q.addBindValue(json(settings));
    if (!m_store.exec(q))
        return 0;
    const qint64 id = m_store.backend() == StoreLocation::Backend::Postgres ? (q.next() ? q.value(0).toLongLong() : 0)
                                                                            : q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

bool CheckRecords::finishRun(qint64 runId, const QString &state)
{
    QSqlQuery &q = m_store.query(QStringLiteral("UPDATE check_runs SET state = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(now());
    q.addBindValue(runId);
    return m_store.exec(q);
}

std::optional<CheckRun> CheckRecords::run(qint64 runId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM check_runs WHERE id = ?").arg(QLatin1String(kRunColumns)));
    q.addBindValue(runId);
    return sql::one<CheckRun>(m_store, q, runFrom);
}

std::optional<CheckRun> CheckRecords::unfinishedRun(const QString &roundId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM check_runs WHERE round_id = ? ORDER BY id DESC LIMIT 1")
                                     .arg(QLatin1String(kRunColumns)));
    q.addBindValue(roundId);
    // Only the newest run can be resumed: a newer run supersedes an older stopped one.
    const auto newest = sql::one<CheckRun>(m_store, q, runFrom);
    if (newest && (newest->state == QLatin1String("running") || newest->state == QLatin1String("cancelled")))
        return newest;
    return std::nullopt;
}

QList<CheckRun> CheckRecords::runs(const QString &roundId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM check_runs WHERE round_id = ? ORDER BY id").arg(QLatin1String(kRunColumns)));
    q.addBindValue(roundId);
    return sql::all<CheckRun>(m_store, q, runFrom);
}

// --- Pages

qint64 CheckRecords::queuePage(const PageRecord &page, bool *isNew)
{
    QSqlQuery &ins = m_store.query(QStringLiteral("INSERT INTO pages (run_id, site_id, url, role, column_id, depth) "
                                                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, url) DO NOTHING"));
    ins.addBindValue(page.runId);
    ins.addBindValue(page.siteId);
    ins.addBindValue(page.url);
    ins.addBindValue(page.role);
    ins.addBindValue(idOrNull(page.columnId));
    ins.addBindValue(page.depth);
    if (!m_store.exec(ins))
        return 0;
    if (isNew)
        *isNew = ins.numRowsAffected() > 0;
    QSqlQuery &sel = m_store.query(QStringLiteral("SELECT id FROM pages WHERE run_id = ? AND url = ?"));
    sel.addBindValue(page.runId);
    sel.addBindValue(page.url);
    const qint64 id = m_store.exec(sel) && sel.next() ? sel.value(0).toLongLong() : 0;
    sel.finish();
    return id;
}

bool CheckRecords::savePage(const PageRecord &p)
{
    QSqlQuery &q = m_store.query(QStringLiteral(
        "UPDATE pages SET state = ?, final_url = ?, http_status = ?, error = ?, content_type = ?, charset = ?, title = ?, "
        "bytes = ?, elapsed_ms = ?, fetched_at = ?, warc_file = ?, warc_offset = ?, warc_length = ? WHERE id = ?"));
    q.addBindValue(text(p.state));
    q.addBindValue(text(p.finalUrl));
    q.addBindValue(p.httpStatus);
    q.addBindValue(text(p.error));
    q.addBindValue(text(p.contentType));
    q.addBindValue(text(p.charset));
    q.addBindValue(text(p.title));
    q.addBindValue(p.bytes);
    q.addBindValue(p.elapsedMs);
    q.addBindValue(timeTo(p.fetchedAt));
    q.addBindValue(text(p.warc.file));
    q.addBindValue(p.warc.offset);
    q.addBindValue(p.warc.length);
    q.addBindValue(p.id);
    return m_store.exec(q);
}

QList<PageRecord> CheckRecords::pages(qint64 runId, const QString &state) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM pages WHERE run_id = ?%2 ORDER BY id")
                                     .arg(QLatin1String(kPageColumns), state.isEmpty() ? QString() : QStringLiteral(" AND state = ?")));
    q.addBindValue(runId);
    if (!state.isEmpty())
        q.addBindValue(state);
    return sql::all<PageRecord>(m_store, q, pageFrom);
}

std::optional<PageRecord> CheckRecords::page(qint64 pageId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM pages WHERE id = ?").arg(QLatin1String(kPageColumns)));
    q.addBindValue(pageId);
    return sql::one<PageRecord>(m_store, q, pageFrom);
}

// --- Links

qint64 CheckRecords::linkId(qint64 runId, const QString &url, bool *isNew)
{
    QSqlQuery &ins = m_store.query(QStringLiteral("INSERT INTO links (run_id, url) VALUES (?, ?) ON CONFLICT (run_id, url) DO NOTHING"));
    ins.addBindValue(runId);
    ins.addBindValue(url);
    if (!m_store.exec(ins))
        return 0;
    if (isNew)
        *isNew = ins.numRowsAffected() > 0;
    QSqlQuery &sel = m_store.query(QStringLiteral("SELECT id FROM links WHERE run_id = ? AND url = ?"));
    sel.addBindValue(runId);
    sel.addBindValue(url);
    const qint64 id = m_store.exec(sel) && sel.next() ? sel.value(0).toLongLong() : 0;
    sel.finish();
    return id;
}

bool CheckRecords::addOccurrence(qint64 pageId, qint64 linkId, const QString &kind, const QString &linkText)
{
    QSqlQuery &q = m_store.query(QStringLiteral("INSERT INTO page_links (page_id, link_id, kind, text) VALUES (?, ?, ?, ?) "
                                                "ON CONFLICT (page_id, link_id) DO NOTHING"));
    q.addBindValue(pageId);
    q.addBindValue(linkId);
    q.addBindValue(text(kind));
    q.addBindValue(text(linkText.left(500)));
    return m_store.exec(q);
}

bool CheckRecords::addOccurrences(qint64 pageId, const QList<NewOccurrence> &occurrences)
{
    // One prepared single-row statement per occurrence. Multi-row INSERTs (64/16/4/1 rows) were
    // measured slower on the crawl benchmark (1.78–1.98 against 1.57–1.61 ms CPU a page, the
    // difference in system time): a multi-row statement that may hit ON CONFLICT makes SQLite keep
    // a statement journal.
    for (const NewOccurrence &o : occurrences)
        if (!addOccurrence(pageId, o.linkId, o.kind, o.text))
            return false;
    return true;
}

bool CheckRecords::saveLink(const LinkRecord &l)
{
    QSqlQuery &q = m_store.query(QStringLiteral("UPDATE links SET state = ?, method = ?, http_status = ?, error = ?, final_url = ?, "
                                                "checked_at = ?, warc_file = ?, warc_offset = ?, warc_length = ?, verdict = ?, "
                                                "evidence = ? WHERE id = ?"));
    q.addBindValue(text(l.state));
    q.addBindValue(text(l.method));
    q.addBindValue(l.httpStatus);
    q.addBindValue(text(l.error));
    q.addBindValue(text(l.finalUrl));
    q.addBindValue(timeTo(l.checkedAt));
    q.addBindValue(text(l.warc.file));
    q.addBindValue(l.warc.offset);
    q.addBindValue(l.warc.length);
    q.addBindValue(text(l.verdict));
    q.addBindValue(text(l.evidence));
    q.addBindValue(l.id);
    return m_store.exec(q);
}

QList<LinkRecord> CheckRecords::links(qint64 runId, const QString &state) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM links WHERE run_id = ?%2 ORDER BY id")
                                     .arg(QLatin1String(kLinkColumns), state.isEmpty() ? QString() : QStringLiteral(" AND state = ?")));
    q.addBindValue(runId);
    if (!state.isEmpty())
        q.addBindValue(state);
    return sql::all<LinkRecord>(m_store, q, linkFrom);
}

QList<LinkOccurrence> CheckRecords::occurrences(qint64 linkId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT p.id, p.url, p.role, p.site_id, pl.kind, pl.text FROM page_links pl "
                                                "JOIN pages p ON p.id = pl.page_id WHERE pl.link_id = ? ORDER BY p.id"));
    q.addBindValue(linkId);
    return sql::all<LinkOccurrence>(m_store, q, [](const QSqlQuery &r) {
        return LinkOccurrence{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                              r.value(3).toLongLong(), r.value(4).toString(), r.value(5).toString()};
    });
}

// --- Findings

qint64 CheckRecords::upsertFinding(const Finding &f)
{
    // The decision (state) of an existing finding is the inspector's: it is not overwritten, nor
    // are severity and points once an inspector has reviewed it (version > 1, migration 006).
    QSqlQuery &q = m_store.query(QStringLiteral(
        "INSERT INTO findings (round_id, run_id, object_type, object_id, indicator, severity, points, url, link, evidence, "
        "state, source, page_id, details, fingerprint, created_at, updated_at, indicator_set_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (round_id, source, fingerprint) DO UPDATE SET run_id = excluded.run_id, "
        "severity = CASE WHEN findings.version > 1 THEN findings.severity ELSE excluded.severity END, "
        "points = CASE WHEN findings.version > 1 THEN findings.points ELSE excluded.points END, url = excluded.url, link = excluded.link, evidence = excluded.evidence, "
        "page_id = excluded.page_id, details = excluded.details, updated_at = excluded.updated_at, "
        "indicator_set_id = excluded.indicator_set_id"));
    const QString stamp = now();
    q.addBindValue(f.roundId);
    q.addBindValue(idOrNull(f.runId));
    q.addBindValue(f.objectType == ObjectType::Site ? QStringLiteral("site") : QStringLiteral("account"));
    q.addBindValue(f.objectId);
    q.addBindValue(f.indicator);
    q.addBindValue(f.severity);
    q.addBindValue(f.points);
    q.addBindValue(text(f.url));
    q.addBindValue(f.link.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(f.link));
    q.addBindValue(text(f.evidence));
    q.addBindValue(text(f.state));
    q.addBindValue(f.source);
    q.addBindValue(idOrNull(f.pageId));
    q.addBindValue(json(f.details));
    q.addBindValue(f.fingerprint);
    q.addBindValue(stamp);
    q.addBindValue(stamp);
    q.addBindValue(idOrNull(f.indicatorSetId));
    if (!m_store.exec(q))
        return 0;
    QSqlQuery &sel = m_store.query(QStringLiteral("SELECT id FROM findings WHERE round_id = ? AND source = ? AND fingerprint = ?"));
    sel.addBindValue(f.roundId);
    sel.addBindValue(f.source);
    sel.addBindValue(f.fingerprint);
    const qint64 id = m_store.exec(sel) && sel.next() ? sel.value(0).toLongLong() : 0;
    sel.finish();
    return id;
}

std::optional<Finding> CheckRecords::finding(qint64 findingId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM findings WHERE id = ?").arg(QLatin1String(kFindingColumns)));
    q.addBindValue(findingId);
    return sql::one<Finding>(m_store, q, findingFrom);
}

int CheckRecords::pruneAutoFindings(const QString &roundId, qint64 runId, const QList<qint64> &siteIds)
{
    const QString sql = QStringLiteral("DELETE FROM findings WHERE round_id = ? AND source = 'check' AND state = 'pending' "
                                       "AND version = 1 AND object_type = 'site' AND (run_id IS NULL OR run_id <> ?)");
    if (siteIds.isEmpty()) {
        QSqlQuery &q = m_store.query(sql);
        q.addBindValue(roundId);
        q.addBindValue(runId);
        return m_store.exec(q) ? q.numRowsAffected() : 0;
    }
    int removed = 0;
    QSqlQuery &q = m_store.query(sql + QStringLiteral(" AND object_id = ?"));
    for (qint64 site : siteIds) {
        q.addBindValue(roundId);
        q.addBindValue(runId);
        q.addBindValue(site);
        if (!m_store.exec(q))
            return removed;
        removed += q.numRowsAffected();
    }
    return removed;
}

QList<Finding> CheckRecords::findings(const QString &roundId, const QString &indicator) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM findings WHERE round_id = ?%2 ORDER BY id")
                                     .arg(QLatin1String(kFindingColumns), indicator.isEmpty() ? QString() : QStringLiteral(" AND indicator = ?")));
    q.addBindValue(roundId);
    if (!indicator.isEmpty())
        q.addBindValue(indicator);
    return sql::all<Finding>(m_store, q, findingFrom);
}

// --- Probes

bool CheckRecords::addProbe(const Probe &p)
{
    QSqlQuery &q = m_store.query(QStringLiteral("INSERT INTO probes (site_id, probed_at, ok, http_status, elapsed_ms, error) "
                                                "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.siteId);
    q.addBindValue(timeTo(p.at.isValid() ? p.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(p.ok ? 1 : 0);
    q.addBindValue(p.httpStatus);
    q.addBindValue(p.elapsedMs);
    q.addBindValue(text(p.error));
    return m_store.exec(q);
}

QList<Probe> CheckRecords::probes(qint64 siteId, const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT site_id, probed_at, ok, http_status, elapsed_ms, error FROM probes "
                                                "WHERE site_id = ? AND probed_at >= ? AND probed_at < ? ORDER BY probed_at"));
    q.addBindValue(siteId);
    q.addBindValue(timeTo(from));
    q.addBindValue(timeTo(to));
    return sql::all<Probe>(m_store, q, [](const QSqlQuery &r) {
        return Probe{r.value(0).toLongLong(), timeFrom(r.value(1)), r.value(2).toInt() != 0, r.value(3).toInt(),
                     r.value(4).toInt(), r.value(5).toString()};
    });
}

} // namespace xj
