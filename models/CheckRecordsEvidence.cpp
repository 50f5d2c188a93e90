// CheckRecords: where the evidence of a run's pages and links is kept, so that the review
// workspace can serve a captured page and its subresources from the WARC files.
#include "CheckRecords.h"

#include "SqlRows.h"

namespace xj {

namespace {

WarcRef refFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

} // namespace

std::optional<WarcRef> CheckRecords::capturedResponse(qint64 runId, const QString &url) const
{
    // The page at its own URL first; a page that ended at `url` after redirects next.
    QSqlQuery &page = m_store.query(QStringLiteral(
        "SELECT warc_file, warc_offset, warc_length FROM pages WHERE run_id = ? AND (url = ? OR final_url = ?) "
        "AND warc_length > 0 ORDER BY CASE WHEN url = ? THEN 0 ELSE 1 END, id LIMIT 1"));
    page.addBindValue(runId);
    page.addBindValue(url);
    page.addBindValue(url);
    page.addBindValue(url);
    if (auto ref = sql::one<WarcRef>(m_store, page, refFrom))
        return ref;
    // A link checked with HEAD kept no body: not a capture of the resource.
    QSqlQuery &link = m_store.query(QStringLiteral(
        "SELECT warc_file, warc_offset, warc_length FROM links WHERE run_id = ? AND (url = ? OR final_url = ?) "
        "AND warc_length > 0 AND method = 'GET' ORDER BY CASE WHEN url = ? THEN 0 ELSE 1 END, id LIMIT 1"));
    link.addBindValue(runId);
    link.addBindValue(url);
    link.addBindValue(url);
    link.addBindValue(url);
    return sql::one<WarcRef>(m_store, link, refFrom);
}

QStringList CheckRecords::evidenceFiles(qint64 runId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral(
        "SELECT warc_file FROM pages WHERE run_id = ? AND warc_file <> '' "
        "UNION SELECT warc_file FROM links WHERE run_id = ? AND warc_file <> '' ORDER BY 1"));
    q.addBindValue(runId);
    q.addBindValue(runId);
    return sql::all<QString>(m_store, q, [](const QSqlQuery &r) { return r.value(0).toString(); });
}

qint64 CheckRecords::previousCaptureRun(qint64 runId, const QString &url) const
{
    QSqlQuery &q = m_store.query(QStringLiteral(
        "SELECT p.run_id FROM pages p JOIN check_runs r ON r.id = p.run_id "
        "WHERE p.run_id < ? AND r.round_id <> (SELECT round_id FROM check_runs WHERE id = ?) "
        "AND (p.url = ? OR p.final_url = ?) AND p.warc_length > 0 ORDER BY p.run_id DESC LIMIT 1"));
    q.addBindValue(runId);
    q.addBindValue(runId);
    q.addBindValue(url);
    q.addBindValue(url);
    return sql::one<qint64>(m_store, q, [](const QSqlQuery &r) { return r.value(0).toLongLong(); }).value_or(0);
}

} // namespace xj
