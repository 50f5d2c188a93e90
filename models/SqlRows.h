#pragma once
// Reading rows of a prepared (cached) statement into values; the statement's cursor is released
// afterwards so that SQLite's WAL can checkpoint and the statement can be reused. Internal to models/.

#include "Store.h"

#include <QList>
#include <QSqlQuery>
#include <optional>

namespace xj::sql {

template <typename T, typename F>
QList<T> all(const Store &store, QSqlQuery &q, F from)
{
    QList<T> out;
    if (store.exec(q))
        while (q.next())
            out.append(from(q));
    q.finish();
    return out;
}

template <typename T, typename F>
std::optional<T> one(const Store &store, QSqlQuery &q, F from)
{
    std::optional<T> out;
    if (store.exec(q) && q.next())
        out = from(q);
    q.finish();
    return out;
}

// A null QString binds as SQL NULL; our text columns are NOT NULL with '' for "none".
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace xj::sql
