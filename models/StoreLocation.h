#pragma once
// Where a store lives: a SQLite file (default) or a PostgreSQL database for teams,
// written as a path or as postgresql://user[:password]@host[:port]/database.

#include <QString>
#include <optional>

namespace xj {

struct StoreLocation {
    enum class Backend { Sqlite, Postgres };
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static std::optional<StoreLocation> parse(const QString &text, QString *error);
    static StoreLocation sqlite(const QString &path);
    // A form fit for logs and titles: never shows the password.
    QString display() const;
    // The folder that holds a store's evidence (WARC files, screenshots): beside a SQLite file,
    // as "<file>.evidence/"; for PostgreSQL the configured shared folder ($XUNJIAN_EVIDENCE_DIR).
    QString evidenceDir() const;
};

} // namespace xj
