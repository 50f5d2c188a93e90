#include "Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace xj {

Migrator::Migrator(QSqlDatabase db, StoreLocation::Backend backend, QString migrationsDir)
    : m_db(std::move(db)), m_backend(backend), m_dir(std::move(migrationsDir))
{
}

QList<Migrator::File> Migrator::files() const
{
    static const QRegularExpression re(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    QList<File> out;
    const QStringList names = QDir(m_dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto m = re.match(name);
        if (m.hasMatch())
            out.append({m.captured(1).toInt(), QDir(m_dir).filePath(name)});
    }
    return out;
}

int Migrator::latestVersion() const
{
    const auto f = files();
    return f.isEmpty() ? 0 : f.last().version;
}

bool Migrator::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = q.lastError().text() + QStringLiteral(" — ") + sql.left(200);
        return false;
    }
    return true;
}

int Migrator::currentVersion()
{
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return -1;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
        m_error = q.lastError().text();
        return -1;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList Migrator::statements(const QString &sql, StoreLocation::Backend backend)
{
    QString text = sql;
    text.replace(QLatin1String("@PK@"), backend == StoreLocation::Backend::Sqlite
                                            ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                                            : QLatin1String("BIGSERIAL PRIMARY KEY"));
    text.replace(QLatin1String("@BLOB@"), backend == StoreLocation::Backend::Sqlite ? QLatin1String("BLOB")
                                                                                  : QLatin1String("BYTEA"));
    // Our migrations keep one rule so that this split is safe: a statement ends with ';' at the
    // end of a line, and no string literal contains ";\n".
    // What the dialects cannot say alike (triggers: SQLite's BEGIN … END against PostgreSQL's
    // trigger functions) is written twice, on lines that start with @SQLITE@ or @PG@.
    const QLatin1String mine = backend == StoreLocation::Backend::Sqlite ? QLatin1String("@SQLITE@")
                                                                         : QLatin1String("@PG@");
    const QLatin1String other = backend == StoreLocation::Backend::Sqlite ? QLatin1String("@PG@")
                                                                          : QLatin1String("@SQLITE@");
    QStringList out;
    QString current;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.trimmed().startsWith(other))
            continue;
        if (line.trimmed().startsWith(mine))
            line = line.trimmed().mid(mine.size());
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            out.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

bool Migrator::migrate()
{
    m_error.clear();
    const bool sqlite = m_backend == StoreLocation::Backend::Sqlite;
    // Take the write lock first, so that two programs opening a fresh database do not both migrate.
    if (!exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return false;
    auto fail = [this] {
        const QString e = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = e;
        return false;
    };
    const int current = currentVersion();
    if (current < 0)
        return fail();
    if (!sqlite && !exec(QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE")))
        return fail();
    const int latest = latestVersion();
    if (current > latest) {
        m_error = QCoreApplication::translate("Migrator",
                                              "the database has schema version %1, newer than this Xunjian knows (%2): "
                                              "open it with a newer Xunjian")
                      .arg(current)
                      .arg(latest);
        return fail();
    }
    for (const File &f : files()) {
        if (f.version <= current)
            continue;
        QFile file(f.path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QCoreApplication::translate("Migrator", "cannot read migration %1").arg(f.path);
            return fail();
        }
        const QStringList stmts = statements(QString::fromUtf8(file.readAll()), m_backend);
        for (const QString &s : stmts) {
            if (!exec(s)) {
                m_error = QCoreApplication::translate("Migrator", "migration %1 failed: %2").arg(f.path, m_error);
                return fail();
            }
        }
        if (!exec(QStringLiteral("DELETE FROM schema_version"))
            || !exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(f.version)))
            return fail();
    }
    return exec(QStringLiteral("COMMIT")) || fail();
}

} // namespace xj
