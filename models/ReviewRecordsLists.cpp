// ReviewRecords: screenshots and the rectification list.
#include "ReviewRecords.h"
#include "ReviewRecordsInternal.h"
#include "SqlRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace xj {

using namespace review;

namespace {

QString regionJson(const QRect &r)
{
    if (r.isNull())
        return {};
    return json({{QStringLiteral("x"), r.x()}, {QStringLiteral("y"), r.y()}, {QStringLiteral("width"), r.width()},
                 {QStringLiteral("height"), r.height()}});
}

QRect regionFrom(const QString &text)
{
    const QJsonObject o = jsonObject(text);
    if (o.isEmpty())
        return {};
    return QRect(o.value(QStringLiteral("x")).toInt(), o.value(QStringLiteral("y")).toInt(),
                 o.value(QStringLiteral("width")).toInt(), o.value(QStringLiteral("height")).toInt());
}

const char kShotColumns[] = "id, finding_id, region, page_url, pane, warc_file, warc_offset, warc_length, warc_record_id, "
                            "created_at, actor";

FindingScreenshot shotFrom(const QSqlQuery &q)
{
    FindingScreenshot s;
    s.id = q.value(0).toLongLong();
    s.findingId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    s.region = regionFrom(q.value(2).toString());
    s.pageUrl = q.value(3).toString();
    s.pane = q.value(4).toString();
    s.warc = {q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toLongLong()};
    s.warcRecordId = q.value(8).toString();
    s.createdAt = timeFrom(q.value(9));
    s.actor = q.value(10).toString();
    return s;
}

} // namespace

// --- Screenshots

qint64 ReviewRecords::addScreenshot(qint64 findingId, const QByteArray &png, const QRect &region, const QString &url,
                                    const QString &pane, const QString &actor, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return qint64(0);
    };
    if (png.isEmpty())
        return fail(tr("finding %1: the screenshot is empty").arg(findingId));
    if (pane != QLatin1String("captured") && pane != QLatin1String("live") && pane != QLatin1String("previous"))
        return fail(tr("finding %1: unknown pane “%2” (captured, live or previous)").arg(findingId).arg(pane));
    std::optional<FindingReview> current;
    if (findingId > 0 && !(current = review(findingId)))
        return fail(tr("finding %1 does not exist").arg(findingId));
    if (!m_store.begin())
        return fail(m_store.lastError());
    QSqlQuery &q = m_store.query(QStringLiteral("INSERT INTO finding_screenshots (finding_id, png, region, page_url, pane, "
                                                "created_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?)")
                                 + m_store.returning());
    q.addBindValue(sql::idOrNull(findingId));
    q.addBindValue(png);
    q.addBindValue(sql::text(regionJson(region)));
    q.addBindValue(sql::text(url));
    q.addBindValue(pane);
    q.addBindValue(now());
    q.addBindValue(sql::text(actor));
    qint64 id = 0;
    if (m_store.exec(q))
        id = m_store.backend() == StoreLocation::Backend::Postgres ? (q.next() ? q.value(0).toLongLong() : 0)
                                                                   : q.lastInsertId().toLongLong();
    q.finish();
    if (id > 0 && current) {
        // Listed in the finding's history (not a change: undo passes over it, the version stays).
        HistoryEntry h;
        h.findingId = findingId;
        h.actor = actor;
        h.action = QStringLiteral("screenshot");
        h.after = {{QStringLiteral("screenshot"), id}, {QStringLiteral("pane"), pane}};
        h.version = current->version;
        if (appendHistory(h) == 0)
            id = 0;
    }
    if (id == 0) {
        const QString why = m_store.lastError();
        m_store.rollback();
        return fail(tr("finding %1: keeping the screenshot failed: %2").arg(findingId).arg(why));
    }
    if (!m_store.commit())
        return fail(tr("finding %1: keeping the screenshot failed: %2").arg(findingId).arg(m_store.lastError()));
    return id;
}

bool ReviewRecords::setScreenshotWarc(qint64 screenshotId, const WarcRef &warc, const QString &recordId)
{
    QSqlQuery &q = m_store.query(QStringLiteral(
        "UPDATE finding_screenshots SET warc_file = ?, warc_offset = ?, warc_length = ?, warc_record_id = ? WHERE id = ?"));
    q.addBindValue(sql::text(warc.file));
    q.addBindValue(warc.offset);
    q.addBindValue(warc.length);
    q.addBindValue(sql::text(recordId));
    q.addBindValue(screenshotId);
    const bool ok = m_store.exec(q) && q.numRowsAffected() == 1;
    q.finish();
    return ok;
}

QList<FindingScreenshot> ReviewRecords::screenshots(qint64 findingId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM finding_screenshots WHERE finding_id = ? ORDER BY id")
                                     .arg(QLatin1String(kShotColumns)));
    q.addBindValue(findingId);
    return sql::all<FindingScreenshot>(m_store, q, shotFrom);
}

std::optional<FindingScreenshot> ReviewRecords::screenshot(qint64 screenshotId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1, png FROM finding_screenshots WHERE id = ?")
                                     .arg(QLatin1String(kShotColumns)));
    q.addBindValue(screenshotId);
    return sql::one<FindingScreenshot>(m_store, q, [](const QSqlQuery &r) {
        FindingScreenshot s = shotFrom(r);
        s.png = r.value(11).toByteArray();
        return s;
    });
}

// --- Rectification

QList<RectificationRow> ReviewRecords::rectificationList(const QString &roundId, std::optional<qint64> unitId,
                                                         const QDate &today) const
{
    // The finding's own unit, else the registry's owner of the site or account.
    QSqlQuery &q = m_store.query(QStringLiteral(
        "SELECT f.id, f.unit_id, f.deadline, f.rectification, COALESCE(s.name, a.name, ''), "
        "COALESCE(s.owner_id, a.owner_id) FROM findings f "
        "LEFT JOIN sites s ON f.object_type = 'site' AND s.id = f.object_id "
        "LEFT JOIN accounts a ON f.object_type = 'account' AND a.id = f.object_id "
        "WHERE f.round_id = ? AND f.state = 'confirmed' AND f.rectification <> 'verified' ORDER BY f.id"));
    q.addBindValue(roundId);
    struct Raw {
        qint64 id, unitId, ownerId;
        QDate deadline;
        QString status, objectName;
    };
    const QList<Raw> raws = sql::all<Raw>(m_store, q, [](const QSqlQuery &r) {
        return Raw{r.value(0).toLongLong(),
                   r.value(1).isNull() ? 0 : r.value(1).toLongLong(),
                   r.value(5).isNull() ? 0 : r.value(5).toLongLong(),
                   r.value(2).isNull() ? QDate() : QDate::fromString(r.value(2).toString(), Qt::ISODate),
                   r.value(3).toString(),
                   r.value(4).toString()};
    });
    if (raws.isEmpty())
        return {};
    QHash<qint64, Finding> findings;
    for (const Finding &f : CheckRecords(m_store).findings(roundId))
        findings.insert(f.id, f);
    QHash<qint64, QString> unitNames;
    for (const Unit &u : m_store.units())
        unitNames.insert(u.id, u.name);

    QList<RectificationRow> out;
    for (const Raw &raw : raws) {
        RectificationRow row;
        row.finding = findings.value(raw.id);
        row.objectName = raw.objectName;
        row.unitFromRegistry = raw.unitId == 0 && raw.ownerId > 0;
        row.unitId = raw.unitId > 0 ? raw.unitId : raw.ownerId;
        if (unitId && *unitId != row.unitId)
            continue;
        row.unitName = unitNames.value(row.unitId);
        row.deadline = raw.deadline;
        row.status = raw.status;
        row.overdue = raw.deadline.isValid() && raw.deadline < today
            && (raw.status == QLatin1String("open") || raw.status == QLatin1String("notified"));
        out.append(row);
    }
    std::stable_sort(out.begin(), out.end(), [](const RectificationRow &a, const RectificationRow &b) {
        if (a.unitName != b.unitName)
            return a.unitName < b.unitName;
        return a.objectName < b.objectName;
    });
    return out;
}

} // namespace xj
