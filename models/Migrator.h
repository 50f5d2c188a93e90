#pragma once
// Creates and upgrades a store's schema from the numbered SQL files in :/migrations
// (001_registry.sql, 002_….sql). Each file runs once, in order, all pending files in one
// transaction: a database is either at the old version or at the new one, never between.
// A database whose version is newer than the newest file is refused, untouched.

#include "StoreLocation.h"

#include <QSqlDatabase>
#include <QString>

namespace xj {

class Migrator {
public:
    Migrator(QSqlDatabase db, StoreLocation::Backend backend, QString migrationsDir = QStringLiteral(":/migrations"));

    // The highest migration number shipped with this build.
    int latestVersion() const;
    // The version recorded in the database (0 for an empty one), or -1 on error.
    int currentVersion();
    // Brings the database to latestVersion(). False with error() set on failure; nothing changed then.
    bool migrate();
    QString error() const { return m_error; }

    // Rewrites a migration's portable SQL for the backend (the @PK@ and @BLOB@ placeholders, lines
    // for one dialect only marked @SQLITE@ / @PG@) and splits it into statements. Public for tests.
    static QStringList statements(const QString &sql, StoreLocation::Backend backend);

private:
    struct File {
        int version;
        QString path;
    };
    QList<File> files() const;
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    StoreLocation::Backend m_backend;
    QString m_dir;
    QString m_error;
};

} // namespace xj
