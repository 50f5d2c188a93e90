#pragma once
// Settings kept in the store (migration 007) because they belong to the team, not to one user's
// machine: the issuing agency of bulletins, its city, the 发文字号 template and the recipients.
// Keys are dotted names (docs/formats.md, "Store settings"); values are text.
//
// Threading: the thread of the Store it wraps.

#include "Store.h"

#include <QMap>

namespace xj {

namespace setting {
inline const QString kAgency = QStringLiteral("bulletin.agency");                 // 揭阳市政务服务数据管理局
inline const QString kCity = QStringLiteral("bulletin.city");                     // 揭阳市
inline const QString kNumberTemplate = QStringLiteral("bulletin.number_template"); // 揭政数局函〔{year}〕{n}号
inline const QString kRecipients = QStringLiteral("bulletin.recipients");         // overrides the template's
inline const QString kAgencyMark = QStringLiteral("bulletin.agency_mark");         // red header; empty: none (a 函)
} // namespace setting

class StoreSettings {
public:
    explicit StoreSettings(Store &store) : m_store(store) {}

    // The value, or `fallback` when the key is not set.
    QString value(const QString &key, const QString &fallback = {}) const;
    // Sets (an empty value is kept as empty, not removed); false with store.lastError() on failure.
    bool setValue(const QString &key, const QString &value);
    bool remove(const QString &key);
    QMap<QString, QString> all() const;
    // The keys this program reads, for `xunjian settings` to refuse typing mistakes.
    static QStringList knownKeys();

private:
    Store &m_store;
};

} // namespace xj
