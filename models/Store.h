#pragma once
// The store: every record Xunjian keeps, behind one interface, in SQLite (one file, WAL, foreign
// keys on) or PostgreSQL (team mode). The schema comes from numbered migrations (Migrator).
//
// Threading: a Store and everything it returns belong to the thread that opened it (one database
// connection each). Work on another thread opens its own Store on the same location().
// Errors never pop up dialogs: a failing call returns false / 0 / nullopt and sets lastError().

#include "Domain.h"
#include "StoreLocation.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace xj {

class Store {
public:
    // Opens the store, creating a SQLite file if it does not exist, and upgrades its schema.
    static std::unique_ptr<Store> open(const StoreLocation &location, QString *error);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const StoreLocation &location() const { return m_location; }
    StoreLocation::Backend backend() const { return m_location.backend; }
    QSqlDatabase database() const;
    int schemaVersion() const { return m_schemaVersion; }
    QString lastError() const { return m_lastError; }

    // A transaction; nested calls are counted and only the outermost commits.
    bool begin();
    bool commit();
    void rollback();

    // SQL the dialects spell differently.
    QString caseInsensitiveLike() const; // LIKE / ILIKE
    // " RETURNING id" on PostgreSQL; nothing on SQLite, where RETURNING builds a temporary table
    // per row (measured: a third of a 100,000-row import) and lastInsertId() is free.
    QString returning() const;

    // --- Units
    QList<Unit> units() const;
    std::optional<Unit> unit(qint64 id) const;
    std::optional<Unit> unitByName(const QString &name) const;
    qint64 insertUnit(const Unit &u);
    bool updateUnit(const Unit &u);

    // --- Sites (websites, service platforms, department channels)
    QList<Site> sites() const;
    std::optional<Site> site(qint64 id) const;
    std::optional<Site> siteByKey(const QString &name, SiteKind kind) const;
    // Sites with this name, of any kind (a status row may name a site without its kind).
    QList<Site> sitesByName(const QString &name) const;
    std::optional<Site> siteByCode(const QString &siteCode) const;
    // Inserts with the given status and records it as the first history entry (effective = opened,
    // or today when unknown).
    qint64 insertSite(const Site &s, const QString &source);
    // Updates everything but the status, which changes only through recordStatus().
    bool updateSite(const Site &s);

    // --- Columns of a site
    QList<SiteColumn> columns(qint64 siteId) const;
    std::optional<SiteColumn> column(qint64 siteId, const QString &name) const;
    qint64 insertColumn(const SiteColumn &c);
    bool updateColumn(const SiteColumn &c);
    int columnCount() const;

    // --- Accounts (政务新媒体)
    QList<Account> accounts() const;
    std::optional<Account> account(qint64 id) const;
    std::optional<Account> accountByKey(const QString &name, Platform platform) const;
    QList<Account> accountsByName(const QString &name) const;
    qint64 insertAccount(const Account &a, const QString &source);
    bool updateAccount(const Account &a);

    // --- Status history
    QList<StatusChange> history(ObjectType type, qint64 id) const;
    // Appends an entry (an identical one — same object, event and date — is not repeated) and sets
    // the object's current status from its latest entry. *changed tells whether anything was written.
    bool recordStatus(const StatusChange &change, bool *changed = nullptr);
    // The status the object had at the end of `date`, from its history (for rounds).
    std::optional<ObjectStatus> statusAt(ObjectType type, qint64 id, const QDate &date) const;

    // --- Inspection rounds
    bool insertRound(const Round &r);
    bool updateRound(const Round &r);
    QList<Round> rounds() const;
    std::optional<Round> round(const QString &id) const;

    // --- Import log: what was imported when (the registry's history of files)
    bool logImport(const QString &file, const QString &kind, const QByteArray &sha256, int rows, int inserted,
                   int updated);

    RegistryCounts counts() const;
    // How many sites (channels included) or accounts a unit owns, whatever their status.
    int ownedCount(ObjectType type, qint64 unitId) const;

    // Runs a query; on failure records the error and returns false.
    bool exec(QSqlQuery &q) const;
    // A prepared statement, prepared once per connection and reused: imports run the same few
    // statements a hundred thousand times. Bind with addBindValue(); call finish() after reading.
    QSqlQuery &query(const QString &sql) const;

private:
    Store() = default;
    bool setError(const QString &e) const;
    qint64 insertReturningId(QSqlQuery &q) const;
    bool recordInitialStatus(ObjectType type, qint64 id, ObjectStatus status, const QDate &opened,
                             const QString &source);

    StoreLocation m_location;
    QString m_connection;
    int m_schemaVersion = 0;
    int m_txDepth = 0;
    mutable QString m_lastError;
    mutable QHash<QString, QSqlQuery> m_queries;
};

// Date columns: ISO text or NULL.
QVariant dateToSql(const QDate &d);
QDate dateFromSql(const QVariant &v);

} // namespace xj
