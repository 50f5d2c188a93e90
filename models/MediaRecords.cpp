#include "MediaRecords.h"
#include "SqlRows.h"

#include <QSqlQuery>

namespace xj {

using sql::text;

namespace {

// Times are stored as UTC ISO text with milliseconds, as the checks' tables store them, so that
// text order is time order on both backends; they are handed back in local time, the time the
// files and feeds were written in (a post at 07:00 in Beijing is on that day, not the day before).
QVariant timeTo(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toLocalTime();
}

QString objectCode(ObjectType t)
{
    return t == ObjectType::Site ? QStringLiteral("site") : QStringLiteral("account");
}

QVariant intOrNull(std::optional<int> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> intFrom(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

} // namespace

// --- Posts

bool MediaRecords::addPost(const Post &p, bool *isNew)
{
    QSqlQuery &q = m_store.query(QStringLiteral("INSERT INTO posts (account_id, published, title, link, source) VALUES (?, ?, ?, ?, ?) "
                                                "ON CONFLICT (account_id, published, title) DO NOTHING"));
    q.addBindValue(p.accountId);
    q.addBindValue(timeTo(p.published));
    q.addBindValue(text(p.title));
    q.addBindValue(text(p.link));
    q.addBindValue(text(p.source));
    if (!m_store.exec(q))
        return false;
    if (isNew)
        *isNew = q.numRowsAffected() > 0;
    return true;
}

QList<Post> MediaRecords::posts(qint64 accountId, const QDateTime &from, const QDateTime &to) const
{
    // [from, to), as probes are read; an invalid bound is no bound. The statement is chosen by
    // which bounds are given, so that each variant stays one cached prepared statement.
    QString sql = QStringLiteral("SELECT id, account_id, published, title, link, source FROM posts WHERE account_id = ?");
    if (from.isValid())
        sql += QStringLiteral(" AND published >= ?");
    if (to.isValid())
        sql += QStringLiteral(" AND published < ?");
    sql += QStringLiteral(" ORDER BY published, id");
    QSqlQuery &q = m_store.query(sql);
    q.addBindValue(accountId);
    if (from.isValid())
        q.addBindValue(timeTo(from));
    if (to.isValid())
        q.addBindValue(timeTo(to));
    return sql::all<Post>(m_store, q, [](const QSqlQuery &r) {
        return Post{r.value(0).toLongLong(), r.value(1).toLongLong(), timeFrom(r.value(2)), r.value(3).toString(),
                    r.value(4).toString(), r.value(5).toString()};
    });
}

// --- Reminders

bool MediaRecords::addReminder(const Reminder &r, bool *isNew)
{
    QSqlQuery &q = m_store.query(QStringLiteral("INSERT INTO reminders (account_id, reminded, channel) VALUES (?, ?, ?) "
                                                "ON CONFLICT (account_id, reminded, channel) DO NOTHING"));
    q.addBindValue(r.accountId);
    q.addBindValue(timeTo(r.reminded));
    q.addBindValue(text(r.channel));
    if (!m_store.exec(q))
        return false;
    if (isNew)
        *isNew = q.numRowsAffected() > 0;
    return true;
}

QList<Reminder> MediaRecords::reminders(qint64 accountId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT id, account_id, reminded, channel FROM reminders WHERE account_id = ? "
                                                "ORDER BY reminded, id"));
    q.addBindValue(accountId);
    return sql::all<Reminder>(m_store, q, [](const QSqlQuery &r) {
        return Reminder{r.value(0).toLongLong(), r.value(1).toLongLong(), timeFrom(r.value(2)), r.value(3).toString()};
    });
}

// --- Messages

bool MediaRecords::addMessage(const Message &m, bool *isNew)
{
    QSqlQuery &q = m_store.query(QStringLiteral("INSERT INTO messages (object_type, object_id, received, replied, title) "
                                                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (object_type, object_id, received, title) DO NOTHING"));
    q.addBindValue(objectCode(m.objectType));
    q.addBindValue(m.objectId);
    q.addBindValue(timeTo(m.received));
    q.addBindValue(timeTo(m.replied));
    q.addBindValue(text(m.title));
    if (!m_store.exec(q))
        return false;
    const bool inserted = q.numRowsAffected() > 0;
    if (isNew)
        *isNew = inserted;
    if (inserted || !m.replied.isValid())
        return true;
    // The same message again, now answered (a later export of the same 留言 list): the reply is
    // news, not a new message. A message without a reply never erases a known reply.
    QSqlQuery &u = m_store.query(QStringLiteral("UPDATE messages SET replied = ? WHERE object_type = ? AND object_id = ? "
                                                "AND received = ? AND title = ? AND (replied IS NULL OR replied <> ?)"));
    u.addBindValue(timeTo(m.replied));
    u.addBindValue(objectCode(m.objectType));
    u.addBindValue(m.objectId);
    u.addBindValue(timeTo(m.received));
    u.addBindValue(text(m.title));
    u.addBindValue(timeTo(m.replied));
    return m_store.exec(u);
}

QList<Message> MediaRecords::messages(ObjectType type, qint64 objectId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT id, object_type, object_id, received, replied, title FROM messages "
                                                "WHERE object_type = ? AND object_id = ? ORDER BY received, id"));
    q.addBindValue(objectCode(type));
    q.addBindValue(objectId);
    return sql::all<Message>(m_store, q, [](const QSqlQuery &r) {
        return Message{r.value(0).toLongLong(),
                       r.value(1).toString() == QLatin1String("account") ? ObjectType::Account : ObjectType::Site,
                       r.value(2).toLongLong(), timeFrom(r.value(3)), timeFrom(r.value(4)), r.value(5).toString()};
    });
}

// --- Data catalog

bool MediaRecords::setCatalogCount(const CatalogCount &c, bool *changed)
{
    // The WHERE makes an identical row a no-op, so that the affected-row count tells a change.
    QSqlQuery &q = m_store.query(QStringLiteral(
        "INSERT INTO catalog_counts (round_id, unit_id, linked_count, open_count) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (round_id, unit_id) DO UPDATE SET linked_count = excluded.linked_count, open_count = excluded.open_count "
        "WHERE catalog_counts.linked_count <> excluded.linked_count OR catalog_counts.open_count <> excluded.open_count"));
    q.addBindValue(c.roundId);
    q.addBindValue(c.unitId);
    q.addBindValue(c.linked);
    q.addBindValue(c.open);
    if (!m_store.exec(q))
        return false;
    if (changed)
        *changed = q.numRowsAffected() > 0;
    return true;
}

QList<CatalogCount> MediaRecords::catalog(const QString &roundId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT round_id, unit_id, linked_count, open_count FROM catalog_counts "
                                                "WHERE round_id = ? ORDER BY unit_id"));
    q.addBindValue(roundId);
    return sql::all<CatalogCount>(m_store, q, [](const QSqlQuery &r) {
        return CatalogCount{r.value(0).toString(), r.value(1).toLongLong(), r.value(2).toInt(), r.value(3).toInt()};
    });
}

bool MediaRecords::setRanks(const QString &roundId, std::optional<int> linkedRank, std::optional<int> openRank)
{
    QSqlQuery &q = m_store.query(QStringLiteral("UPDATE rounds SET linked_rank = ?, open_rank = ? WHERE id = ?"));
    q.addBindValue(intOrNull(linkedRank));
    q.addBindValue(intOrNull(openRank));
    q.addBindValue(roundId);
    // False without a lastError() when there is no such round: callers name the round themselves.
    return m_store.exec(q) && q.numRowsAffected() == 1;
}

std::pair<std::optional<int>, std::optional<int>> MediaRecords::ranks(const QString &roundId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT linked_rank, open_rank FROM rounds WHERE id = ?"));
    q.addBindValue(roundId);
    std::pair<std::optional<int>, std::optional<int>> out;
    if (m_store.exec(q) && q.next())
        out = {intFrom(q.value(0)), intFrom(q.value(1))};
    q.finish();
    return out;
}

// --- Feeds

bool MediaRecords::setFeedUrl(qint64 accountId, const QString &url)
{
    QSqlQuery &q = m_store.query(QStringLiteral("UPDATE accounts SET feed_url = ? WHERE id = ?"));
    q.addBindValue(text(url));
    q.addBindValue(accountId);
    return m_store.exec(q) && q.numRowsAffected() == 1;
}

QString MediaRecords::feedUrl(qint64 accountId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT feed_url FROM accounts WHERE id = ?"));
    q.addBindValue(accountId);
    const QString url = m_store.exec(q) && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return url;
}

} // namespace xj
