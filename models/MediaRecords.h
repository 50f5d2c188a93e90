#pragma once
// What other sources report about the registry's objects (migration 003): posts of new-media
// accounts, update reminders, 留言 on sites and accounts, and per-round data catalog counts with
// the round's province ranks. The importers write them; the round's results read them.
//
// Threading: the thread of the Store it wraps.

#include "Store.h"

#include <optional>

namespace xj {

struct Post {
    qint64 id = 0;
    qint64 accountId = 0;
    QDateTime published;
    QString title;
    QString link;
    QString source; // "import:FILE", "feed"
};

struct Reminder {
    qint64 id = 0;
    qint64 accountId = 0;
    QDateTime reminded;
    QString channel; // 短信 · 电话 · 通知 …
};

struct Message {
    qint64 id = 0;
    ObjectType objectType = ObjectType::Site;
    qint64 objectId = 0;
    QDateTime received;
    QDateTime replied; // invalid = unanswered
    QString title;
};

struct CatalogCount {
    QString roundId;
    qint64 unitId = 0;
    int linked = 0;
    int open = 0;
};

class MediaRecords {
public:
    explicit MediaRecords(Store &store) : m_store(store) {}

    // Each add* is idempotent on the table's natural key; *isNew tells whether a row was added.
    bool addPost(const Post &p, bool *isNew = nullptr);
    QList<Post> posts(qint64 accountId, const QDateTime &from = {}, const QDateTime &to = {}) const;
    bool addReminder(const Reminder &r, bool *isNew = nullptr);
    QList<Reminder> reminders(qint64 accountId) const;
    bool addMessage(const Message &m, bool *isNew = nullptr);
    QList<Message> messages(ObjectType type, qint64 objectId) const;

    // Replaces the unit's counts for the round (a newer file wins); *changed when they differ.
    bool setCatalogCount(const CatalogCount &c, bool *changed = nullptr);
    QList<CatalogCount> catalog(const QString &roundId) const;
    bool setRanks(const QString &roundId, std::optional<int> linkedRank, std::optional<int> openRank);
    std::pair<std::optional<int>, std::optional<int>> ranks(const QString &roundId) const; // linked, open

    bool setFeedUrl(qint64 accountId, const QString &url);
    QString feedUrl(qint64 accountId) const;

private:
    Store &m_store;
};

} // namespace xj
