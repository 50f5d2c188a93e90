#include "StoreSettings.h"

#include "SqlRows.h"

#include <QDateTime>

namespace xj {

QString StoreSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT value FROM store_settings WHERE key = ?"));
    q.addBindValue(key);
    const auto v = sql::one<QString>(m_store, q, [](QSqlQuery &r) { return r.value(0).toString(); });
    return v ? *v : fallback;
}

bool StoreSettings::setValue(const QString &key, const QString &value)
{
    // One statement both dialects know: delete and insert in a transaction.
    if (!m_store.begin())
        return false;
    QSqlQuery &del = m_store.query(QStringLiteral("DELETE FROM store_settings WHERE key = ?"));
    del.addBindValue(key);
    if (!m_store.exec(del)) {
        m_store.rollback();
        return false;
    }
    del.finish();
    QSqlQuery &ins = m_store.query(QStringLiteral("INSERT INTO store_settings (key, value, updated_at) VALUES (?, ?, ?)"));
    ins.addBindValue(key);
    ins.addBindValue(sql::text(value));
    ins.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!m_store.exec(ins)) {
        m_store.rollback();
        return false;
    }
    ins.finish();
    return m_store.commit();
}

bool StoreSettings::remove(const QString &key)
{
    QSqlQuery &q = m_store.query(QStringLiteral("DELETE FROM store_settings WHERE key = ?"));
    q.addBindValue(key);
    const bool ok = m_store.exec(q);
    q.finish();
    return ok;
}

QMap<QString, QString> StoreSettings::all() const
{
    QMap<QString, QString> out;
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT key, value FROM store_settings ORDER BY key"));
    if (m_store.exec(q))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    q.finish();
    return out;
}

QStringList StoreSettings::knownKeys()
{
    return {setting::kAgency, setting::kAgencyMark, setting::kCity, setting::kNumberTemplate, setting::kRecipients};
}

} // namespace xj
