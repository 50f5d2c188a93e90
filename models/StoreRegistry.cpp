// Store: units, sites, columns, accounts and their status history.
#include "SqlRows.h"
#include "Store.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace xj {

using sql::all;
using sql::idOrNull;
using sql::one;
using sql::text;

namespace {

QString extraToSql(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject extraFromSql(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString objectTypeCode(ObjectType t)
{
    return t == ObjectType::Site ? QStringLiteral("site") : QStringLiteral("account");
}

const char kUnitColumns[] = "id, name, kind, parent_id, contact, phone, extra";
const char kSiteColumns[] =
    "id, name, kind, url, site_code, icp, police_record, owner_id, parent_id, status, opened, registered, extra";
const char kColumnColumns[] = "id, site_id, name, url, category, extra";
const char kAccountColumns[] =
    "id, name, actual_name, platform, account_id, owner_id, status, opened, registered, extra";

Unit unitFrom(const QSqlQuery &q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.kind = Vocabulary<UnitKind>::fromCode(q.value(2).toString()).value_or(UnitKind::Other);
    u.parentId = q.value(3).toLongLong();
    u.contact = q.value(4).toString();
    u.phone = q.value(5).toString();
    u.extra = extraFromSql(q.value(6));
    return u;
}

Site siteFrom(const QSqlQuery &q)
{
    Site s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.kind = Vocabulary<SiteKind>::fromCode(q.value(2).toString()).value_or(SiteKind::Portal);
    s.url = q.value(3).toString();
    s.siteCode = q.value(4).toString();
    s.icp = q.value(5).toString();
    s.policeRecord = q.value(6).toString();
    s.ownerId = q.value(7).toLongLong();
    s.parentId = q.value(8).toLongLong();
    s.status = Vocabulary<ObjectStatus>::fromCode(q.value(9).toString()).value_or(ObjectStatus::Running);
    s.opened = dateFromSql(q.value(10));
    s.registered = dateFromSql(q.value(11));
    s.extra = extraFromSql(q.value(12));
    return s;
}

SiteColumn columnFrom(const QSqlQuery &q)
{
    SiteColumn c;
    c.id = q.value(0).toLongLong();
    c.siteId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.url = q.value(3).toString();
    c.category = Vocabulary<ColumnCategory>::fromCode(q.value(4).toString()).value_or(ColumnCategory::Other);
    c.extra = extraFromSql(q.value(5));
    return c;
}

Account accountFrom(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.actualName = q.value(2).toString();
    a.platform = Vocabulary<Platform>::fromCode(q.value(3).toString()).value_or(Platform::Other);
    a.accountId = q.value(4).toString();
    a.ownerId = q.value(5).toLongLong();
    a.status = Vocabulary<ObjectStatus>::fromCode(q.value(6).toString()).value_or(ObjectStatus::Running);
    a.opened = dateFromSql(q.value(7));
    a.registered = dateFromSql(q.value(8));
    a.extra = extraFromSql(q.value(9));
    return a;
}

} // namespace

// --- Units

QList<Unit> Store::units() const
{
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM units ORDER BY name").arg(QLatin1String(kUnitColumns)));
    return all<Unit>(*this, q, unitFrom);
}

std::optional<Unit> Store::unit(qint64 id) const
{
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM units WHERE id = ?").arg(QLatin1String(kUnitColumns)));
    q.addBindValue(id);
    return one<Unit>(*this, q, unitFrom);
}

std::optional<Unit> Store::unitByName(const QString &name) const
{
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM units WHERE name = ?").arg(QLatin1String(kUnitColumns)));
    q.addBindValue(name);
    return one<Unit>(*this, q, unitFrom);
}

qint64 Store::insertUnit(const Unit &u)
{
    QSqlQuery &q = query(QStringLiteral("INSERT INTO units (name, kind, parent_id, contact, phone, extra) VALUES (?, ?, ?, ?, ?, ?)") +
                         returning());
    q.addBindValue(text(u.name));
    q.addBindValue(Vocabulary<UnitKind>::code(u.kind));
    q.addBindValue(idOrNull(u.parentId));
    q.addBindValue(text(u.contact));
    q.addBindValue(text(u.phone));
    q.addBindValue(extraToSql(u.extra));
    return insertReturningId(q);
}

bool Store::updateUnit(const Unit &u)
{
    QSqlQuery &q = query(QStringLiteral("UPDATE units SET name = ?, kind = ?, parent_id = ?, contact = ?, phone = ?, extra = ? "
                             "WHERE id = ?"));
    q.addBindValue(text(u.name));
    q.addBindValue(Vocabulary<UnitKind>::code(u.kind));
    q.addBindValue(idOrNull(u.parentId));
    q.addBindValue(text(u.contact));
    q.addBindValue(text(u.phone));
    q.addBindValue(extraToSql(u.extra));
    q.addBindValue(u.id);
    return exec(q);
}

// --- Sites

QList<Site> Store::sites() const
{
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM sites ORDER BY kind, name").arg(QLatin1String(kSiteColumns)));
    return all<Site>(*this, q, siteFrom);
}

std::optional<Site> Store::site(qint64 id) const
{
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM sites WHERE id = ?").arg(QLatin1String(kSiteColumns)));
    q.addBindValue(id);
    return one<Site>(*this, q, siteFrom);
}

std::optional<Site> Store::siteByKey(const QString &name, SiteKind kind) const
{
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM sites WHERE name = ? AND kind = ?").arg(QLatin1String(kSiteColumns)));
    q.addBindValue(name);
    q.addBindValue(Vocabulary<SiteKind>::code(kind));
    return one<Site>(*this, q, siteFrom);
}

QList<Site> Store::sitesByName(const QString &name) const
{
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM sites WHERE name = ? ORDER BY id").arg(QLatin1String(kSiteColumns)));
    q.addBindValue(name);
    return all<Site>(*this, q, siteFrom);
}

std::optional<Site> Store::siteByCode(const QString &siteCode) const
{
    if (siteCode.isEmpty())
        return std::nullopt;
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM sites WHERE site_code = ? ORDER BY id").arg(QLatin1String(kSiteColumns)));
    q.addBindValue(siteCode);
    return one<Site>(*this, q, siteFrom);
}

static void bindSiteFields(QSqlQuery &q, const Site &s)
{
    q.addBindValue(text(s.name));
    q.addBindValue(Vocabulary<SiteKind>::code(s.kind));
    q.addBindValue(text(s.url));
    q.addBindValue(text(s.siteCode));
    q.addBindValue(text(s.icp));
    q.addBindValue(text(s.policeRecord));
    q.addBindValue(s.ownerId);
    q.addBindValue(idOrNull(s.parentId));
    q.addBindValue(dateToSql(s.opened));
    q.addBindValue(dateToSql(s.registered));
    q.addBindValue(extraToSql(s.extra));
}

qint64 Store::insertSite(const Site &s, const QString &source)
{
    QSqlQuery &q = query(QStringLiteral("INSERT INTO sites (name, kind, url, site_code, icp, police_record, owner_id, parent_id, "
                             "opened, registered, extra, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") + returning());
    bindSiteFields(q, s);
    q.addBindValue(Vocabulary<ObjectStatus>::code(s.status));
    const qint64 id = insertReturningId(q);
    if (id && !recordInitialStatus(ObjectType::Site, id, s.status, s.opened, source))
        return 0;
    return id;
}

bool Store::updateSite(const Site &s)
{
    QSqlQuery &q = query(QStringLiteral("UPDATE sites SET name = ?, kind = ?, url = ?, site_code = ?, icp = ?, police_record = ?, "
                             "owner_id = ?, parent_id = ?, opened = ?, registered = ?, extra = ? WHERE id = ?"));
    bindSiteFields(q, s);
    q.addBindValue(s.id);
    return exec(q);
}

// --- Columns

QList<SiteColumn> Store::columns(qint64 siteId) const
{
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM site_columns WHERE site_id = ? ORDER BY id").arg(QLatin1String(kColumnColumns)));
    q.addBindValue(siteId);
    return all<SiteColumn>(*this, q, columnFrom);
}

std::optional<SiteColumn> Store::column(qint64 siteId, const QString &name) const
{
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM site_columns WHERE site_id = ? AND name = ?").arg(QLatin1String(kColumnColumns)));
    q.addBindValue(siteId);
    q.addBindValue(name);
    return one<SiteColumn>(*this, q, columnFrom);
}

qint64 Store::insertColumn(const SiteColumn &c)
{
    QSqlQuery &q = query(QStringLiteral("INSERT INTO site_columns (site_id, name, url, category, extra) VALUES (?, ?, ?, ?, ?)") + returning());
    q.addBindValue(c.siteId);
    q.addBindValue(text(c.name));
    q.addBindValue(text(c.url));
    q.addBindValue(Vocabulary<ColumnCategory>::code(c.category));
    q.addBindValue(extraToSql(c.extra));
    return insertReturningId(q);
}

bool Store::updateColumn(const SiteColumn &c)
{
    QSqlQuery &q = query(QStringLiteral("UPDATE site_columns SET site_id = ?, name = ?, url = ?, category = ?, extra = ? WHERE id = ?"));
    q.addBindValue(c.siteId);
    q.addBindValue(text(c.name));
    q.addBindValue(text(c.url));
    q.addBindValue(Vocabulary<ColumnCategory>::code(c.category));
    q.addBindValue(extraToSql(c.extra));
    q.addBindValue(c.id);
    return exec(q);
}

int Store::columnCount() const
{
    QSqlQuery &q = query(QStringLiteral("SELECT count(*) FROM site_columns"));
    const int n = exec(q) && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

// --- Accounts

QList<Account> Store::accounts() const
{
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM accounts ORDER BY name").arg(QLatin1String(kAccountColumns)));
    return all<Account>(*this, q, accountFrom);
}

std::optional<Account> Store::account(qint64 id) const
{
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(QLatin1String(kAccountColumns)));
    q.addBindValue(id);
    return one<Account>(*this, q, accountFrom);
}

std::optional<Account> Store::accountByKey(const QString &name, Platform platform) const
{
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM accounts WHERE name = ? AND platform = ?").arg(QLatin1String(kAccountColumns)));
    q.addBindValue(name);
    q.addBindValue(Vocabulary<Platform>::code(platform));
    return one<Account>(*this, q, accountFrom);
}

QList<Account> Store::accountsByName(const QString &name) const
{
    QSqlQuery &q = query(QStringLiteral("SELECT %1 FROM accounts WHERE name = ? ORDER BY id").arg(QLatin1String(kAccountColumns)));
    q.addBindValue(name);
    return all<Account>(*this, q, accountFrom);
}

static void bindAccountFields(QSqlQuery &q, const Account &a)
{
    q.addBindValue(text(a.name));
    q.addBindValue(text(a.actualName));
    q.addBindValue(Vocabulary<Platform>::code(a.platform));
    q.addBindValue(text(a.accountId));
    q.addBindValue(a.ownerId);
    q.addBindValue(dateToSql(a.opened));
    q.addBindValue(dateToSql(a.registered));
    q.addBindValue(extraToSql(a.extra));
}

qint64 Store::insertAccount(const Account &a, const QString &source)
{
    QSqlQuery &q = query(QStringLiteral("INSERT INTO accounts (name, actual_name, platform, account_id, owner_id, opened, registered, "
                             "extra, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") + returning());
    bindAccountFields(q, a);
    q.addBindValue(Vocabulary<ObjectStatus>::code(a.status));
    const qint64 id = insertReturningId(q);
    if (id && !recordInitialStatus(ObjectType::Account, id, a.status, a.opened, source))
        return 0;
    return id;
}

bool Store::updateAccount(const Account &a)
{
    QSqlQuery &q = query(QStringLiteral("UPDATE accounts SET name = ?, actual_name = ?, platform = ?, account_id = ?, owner_id = ?, "
                             "opened = ?, registered = ?, extra = ? WHERE id = ?"));
    bindAccountFields(q, a);
    q.addBindValue(a.id);
    return exec(q);
}

// --- Status history

// The first entry of an object whose opening date is unknown, or which arrives already closed, is
// marked "initial:": its date is only when Xunjian learnt of it. A dated entry recorded later
// (from a status table or by hand) with an earlier date replaces it.
static const QString kInitialPrefix = QStringLiteral("initial:");

bool Store::recordInitialStatus(ObjectType type, qint64 id, ObjectStatus status, const QDate &opened,
                                const QString &source)
{
    const bool dated = status == ObjectStatus::Running && opened.isValid();
    QSqlQuery &q = query(QStringLiteral("INSERT INTO status_history (object_type, object_id, event, effective, reason, "
                                        "source, recorded_at) VALUES (?, ?, ?, ?, '', ?, ?)"));
    q.addBindValue(objectTypeCode(type));
    q.addBindValue(id);
    q.addBindValue(Vocabulary<StatusEvent>::code(eventFor(status)));
    q.addBindValue(dateToSql(dated ? opened : QDate::currentDate()));
    q.addBindValue(text(dated ? source : kInitialPrefix + source));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return exec(q);
}

QList<StatusChange> Store::history(ObjectType type, qint64 id) const
{
    QSqlQuery &q = query(QStringLiteral("SELECT id, event, effective, reason, source, recorded_at FROM status_history "
                                        "WHERE object_type = ? AND object_id = ? ORDER BY effective, id"));
    q.addBindValue(objectTypeCode(type));
    q.addBindValue(id);
    return all<StatusChange>(*this, q, [type, id](const QSqlQuery &r) {
        StatusChange c;
        c.id = r.value(0).toLongLong();
        c.objectType = type;
        c.objectId = id;
        c.event = Vocabulary<StatusEvent>::fromCode(r.value(1).toString()).value_or(StatusEvent::Running);
        c.effective = dateFromSql(r.value(2));
        c.reason = r.value(3).toString();
        c.source = r.value(4).toString();
        c.recordedAt = QDateTime::fromString(r.value(5).toString(), Qt::ISODate);
        return c;
    });
}

bool Store::recordStatus(const StatusChange &change, bool *changed)
{
    if (changed)
        *changed = false;
    if (!change.effective.isValid())
        return setError(QCoreApplication::translate("Store", "a status change needs the date it took effect"));
    const QString type = objectTypeCode(change.objectType);
    const QString event = Vocabulary<StatusEvent>::code(change.event);
    const QString table = change.objectType == ObjectType::Site ? QStringLiteral("sites") : QStringLiteral("accounts");
    if (!begin())
        return false;
    auto fail = [this] {
        rollback();
        return false;
    };
    QSqlQuery &exists = query(QStringLiteral("SELECT count(*) FROM status_history WHERE object_type = ? AND object_id = ? "
                                             "AND event = ? AND effective = ?"));
    exists.addBindValue(type);
    exists.addBindValue(change.objectId);
    exists.addBindValue(event);
    exists.addBindValue(dateToSql(change.effective));
    if (!exec(exists) || !exists.next())
        return fail();
    const bool known = exists.value(0).toInt() > 0;
    exists.finish();
    if (!known) {
        // A dated change outranks what an import only saw on the day it ran.
        QSqlQuery &drop = query(QStringLiteral("DELETE FROM status_history WHERE object_type = ? AND object_id = ? "
                                               "AND effective > ? AND source LIKE 'initial:%'"));
        drop.addBindValue(type);
        drop.addBindValue(change.objectId);
        drop.addBindValue(dateToSql(change.effective));
        QSqlQuery &ins = query(QStringLiteral("INSERT INTO status_history (object_type, object_id, event, effective, "
                                              "reason, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        ins.addBindValue(type);
        ins.addBindValue(change.objectId);
        ins.addBindValue(event);
        ins.addBindValue(dateToSql(change.effective));
        ins.addBindValue(text(change.reason));
        ins.addBindValue(text(change.source));
        ins.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!exec(drop) || !exec(ins))
            return fail();
        if (changed)
            *changed = true;
        if (change.event == StatusEvent::RegisteredLate) {
            QSqlQuery &reg = query(QStringLiteral("UPDATE %1 SET registered = ? WHERE id = ?").arg(table));
            reg.addBindValue(dateToSql(change.effective));
            reg.addBindValue(change.objectId);
            if (!exec(reg))
                return fail();
        }
    }
    // The current status is what the latest entry left, whatever order entries arrived in.
    QSqlQuery &latest = query(QStringLiteral("SELECT event FROM status_history WHERE object_type = ? AND object_id = ? "
                                             "ORDER BY effective DESC, id DESC LIMIT 1"));
    latest.addBindValue(type);
    latest.addBindValue(change.objectId);
    if (!exec(latest) || !latest.next())
        return fail();
    const auto last = Vocabulary<StatusEvent>::fromCode(latest.value(0).toString()).value_or(StatusEvent::Running);
    latest.finish();
    QSqlQuery &set = query(QStringLiteral("UPDATE %1 SET status = ? WHERE id = ?").arg(table));
    set.addBindValue(Vocabulary<ObjectStatus>::code(statusAfter(last)));
    set.addBindValue(change.objectId);
    if (!exec(set))
        return fail();
    if (set.numRowsAffected() != 1) {
        setError(QCoreApplication::translate("Store", "no such object (id %1)").arg(change.objectId));
        return fail();
    }
    return commit();
}

std::optional<ObjectStatus> Store::statusAt(ObjectType type, qint64 id, const QDate &date) const
{
    QSqlQuery &q = query(QStringLiteral("SELECT event FROM status_history WHERE object_type = ? AND object_id = ? AND effective <= ? "
                             "ORDER BY effective DESC, id DESC LIMIT 1"));
    q.addBindValue(objectTypeCode(type));
    q.addBindValue(id);
    q.addBindValue(dateToSql(date));
    std::optional<ObjectStatus> out;
    if (exec(q) && q.next())
        out = statusAfter(Vocabulary<StatusEvent>::fromCode(q.value(0).toString()).value_or(StatusEvent::Running));
    q.finish();
    return out;
}

} // namespace xj
