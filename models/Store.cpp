#include "Store.h"

#include "Migrator.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace xj {

QVariant dateToSql(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFromSql(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

std::unique_ptr<Store> Store::open(const StoreLocation &location, QString *error)
{
    auto fail = [error](const QString &e) {
        if (error)
            *error = e;
        return std::unique_ptr<Store>();
    };
    std::unique_ptr<Store> s(new Store);
    s->m_location = location;
    s->m_connection = QStringLiteral("xj-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool sqlite = location.backend == StoreLocation::Backend::Sqlite;
    if (sqlite) {
        const QFileInfo fi(location.path);
        if (!QDir().mkpath(fi.absolutePath()))
            return fail(QCoreApplication::translate("Store", "%1: cannot create the folder").arg(fi.absolutePath()));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
                                                s->m_connection);
    if (!db.isValid())
        return fail(QCoreApplication::translate("Store", "the Qt SQL driver for %1 is not installed")
                        .arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")));
    if (sqlite) {
        db.setDatabaseName(location.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password.isEmpty() ? qEnvironmentVariable("PGPASSWORD") : location.password);
        db.setDatabaseName(location.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=xunjian"));
    }
    if (!db.open())
        return fail(QCoreApplication::translate("Store", "%1: cannot open the database: %2")
                        .arg(location.display(), db.lastError().text()));
    QSqlQuery q(db);
    if (sqlite) {
        // WAL lets the GUI read while a worker thread imports or checks; foreign keys are off by
        // default in SQLite and must be turned on per connection.
        // wal_autocheckpoint: at SQLite's default of 1,000 pages a crawl checkpointed every ~20
        // answers (two fdatasync and a copy of every frame each time); at 8,000 the same hot index
        // pages are copied once per checkpoint, the WAL stays under ~32 MB, and a crawl of 20,000
        // pages spends ~8% less CPU. (A bigger cache_size was measured too: it cost more user time
        // than the pread calls it saved.)
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
                                   "PRAGMA wal_autocheckpoint=8000"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                return fail(QCoreApplication::translate("Store", "%1: %2").arg(location.display(), q.lastError().text()));
        }
        // A file that is not a database fails here, not at the first query.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return fail(QCoreApplication::translate("Store", "%1: not a Xunjian database: %2")
                            .arg(location.display(), q.lastError().text()));
    } else {
        q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    }
    Migrator m(db, location.backend);
    if (!m.migrate())
        return fail(QCoreApplication::translate("Store", "%1: %2").arg(location.display(), m.error()));
    s->m_schemaVersion = m.currentVersion();
    return s;
}

Store::~Store()
{
    m_queries.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool Store::setError(const QString &e) const
{
    m_lastError = e;
    return false;
}

QSqlQuery &Store::query(const QString &sql) const
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(database());
        if (!q.prepare(sql))
            m_lastError = q.lastError().text();
        it = m_queries.insert(sql, q);
    }
    return it.value();
}

bool Store::exec(QSqlQuery &q) const
{
    if (q.exec())
        return true;
    return setError(q.lastError().text());
}

QString Store::returning() const
{
    return backend() == StoreLocation::Backend::Postgres ? QStringLiteral(" RETURNING id") : QString();
}

qint64 Store::insertReturningId(QSqlQuery &q) const
{
    if (!exec(q))
        return 0;
    const qint64 id = backend() == StoreLocation::Backend::Postgres ? (q.next() ? q.value(0).toLongLong() : 0)
                                                                    : q.lastInsertId().toLongLong();
    q.finish();
    if (!id)
        setError(QStringLiteral("INSERT returned no id"));
    return id;
}

bool Store::begin()
{
    if (m_txDepth++ > 0)
        return true;
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_txDepth = 0;
        return setError(db.lastError().text());
    }
    return true;
}

bool Store::commit()
{
    if (m_txDepth == 0)
        return setError(QStringLiteral("commit without a transaction"));
    if (--m_txDepth > 0)
        return true;
    QSqlDatabase db = database();
    if (!db.commit())
        return setError(db.lastError().text());
    return true;
}

void Store::rollback()
{
    if (m_txDepth == 0)
        return;
    m_txDepth = 0;
    database().rollback();
}

QString Store::caseInsensitiveLike() const
{
    return backend() == StoreLocation::Backend::Postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

// --- Rounds

static Round roundFromQuery(const QSqlQuery &q)
{
    Round r;
    r.id = q.value(0).toString();
    r.windowFrom = dateFromSql(q.value(1));
    r.windowTo = dateFromSql(q.value(2));
    r.asOf = dateFromSql(q.value(3));
    r.state = Vocabulary<RoundState>::fromCode(q.value(4).toString()).value_or(RoundState::Planned);
    r.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    return r;
}

static const char kRoundColumns[] = "id, window_from, window_to, as_of, state, created_at";

bool Store::insertRound(const Round &r)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO rounds (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(QLatin1String(kRoundColumns)));
    q.addBindValue(r.id);
    q.addBindValue(dateToSql(r.windowFrom));
    q.addBindValue(dateToSql(r.windowTo));
    q.addBindValue(dateToSql(r.asOf.isValid() ? r.asOf : r.windowTo));
    q.addBindValue(Vocabulary<RoundState>::code(r.state));
    q.addBindValue((r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate));
    return exec(q);
}

bool Store::updateRound(const Round &r)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE rounds SET window_from = ?, window_to = ?, as_of = ?, state = ? WHERE id = ?"));
    q.addBindValue(dateToSql(r.windowFrom));
    q.addBindValue(dateToSql(r.windowTo));
    q.addBindValue(dateToSql(r.asOf.isValid() ? r.asOf : r.windowTo));
    q.addBindValue(Vocabulary<RoundState>::code(r.state));
    q.addBindValue(r.id);
    if (!exec(q))
        return false;
    return q.numRowsAffected() == 1 || setError(QCoreApplication::translate("Store", "no round %1").arg(r.id));
}

QList<Round> Store::rounds() const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM rounds ORDER BY window_from DESC, id DESC").arg(QLatin1String(kRoundColumns)));
    QList<Round> out;
    if (exec(q))
        while (q.next())
            out.append(roundFromQuery(q));
    return out;
}

std::optional<Round> Store::round(const QString &id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM rounds WHERE id = ?").arg(QLatin1String(kRoundColumns)));
    q.addBindValue(id);
    if (exec(q) && q.next())
        return roundFromQuery(q);
    return std::nullopt;
}

bool Store::logImport(const QString &file, const QString &kind, const QByteArray &sha256, int rows, int inserted,
                      int updated)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO imports (file, kind, sha256, row_count, inserted, updated, imported_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(file);
    q.addBindValue(kind);
    q.addBindValue(sha256.isEmpty() ? QStringLiteral("") : QString::fromLatin1(sha256.toHex()));
    q.addBindValue(rows);
    q.addBindValue(inserted);
    q.addBindValue(updated);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return exec(q);
}

RegistryCounts Store::counts() const
{
    RegistryCounts c;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT "
        " (SELECT count(*) FROM sites WHERE status = 'running' AND kind <> 'channel'),"
        " (SELECT count(*) FROM sites WHERE status = 'running' AND kind = 'platform'),"
        " (SELECT count(*) FROM sites WHERE status = 'running' AND kind = 'channel'),"
        " (SELECT count(*) FROM accounts WHERE status = 'running'),"
        " (SELECT count(*) FROM units),"
        " (SELECT count(*) FROM sites WHERE status <> 'running') + (SELECT count(*) FROM accounts WHERE status <> 'running')"));
    if (exec(q) && q.next()) {
        c.websites = q.value(0).toInt();
        c.servicePlatforms = q.value(1).toInt();
        c.channels = q.value(2).toInt();
        c.accounts = q.value(3).toInt();
        c.units = q.value(4).toInt();
        c.closedOrPending = q.value(5).toInt();
    }
    return c;
}

int Store::ownedCount(ObjectType type, qint64 unitId) const
{
    QSqlQuery &q = query(type == ObjectType::Site ? QStringLiteral("SELECT count(*) FROM sites WHERE owner_id = ?")
                                                  : QStringLiteral("SELECT count(*) FROM accounts WHERE owner_id = ?"));
    q.addBindValue(unitId);
    const int n = exec(q) && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

} // namespace xj
