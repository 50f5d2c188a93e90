#pragma once
// Reads the feeds of a round's new-media accounts into posts: every account running at the round's
// as-of date (its status history, else its current status) that has a feed URL (accounts.feed_url)
// is fetched through the crawler's Fetcher — same politeness, size and time limits, robots.txt
// honoured unless the policy says otherwise — parsed with FeedReader and each dated item added with
// MediaRecords::addPost (source "feed"; idempotent, so a second run adds nothing). Items without a
// date are skipped and counted: a post without a time says nothing about update frequency.
// `xunjian fetch-posts ROUND` runs it.
//
// Threading: lives on the thread of its Store; needs that thread's event loop.

#include "FetchTypes.h"
#include "MediaRecords.h"

#include <QObject>
#include <memory>

namespace xj {

class Fetcher;
struct FeedItem;

struct FeedOutcome {
    qint64 accountId = 0;
    QString accountName;
    Platform platform = Platform::WeChat;
    QString feedUrl;
    int items = 0;    // items read from the feed
    int newPosts = 0; // added to the store
    int known = 0;    // already there
    int undated = 0;  // skipped: no readable date
    bool truncated = false;
    QString error;       // empty, "http-404", a fetch error code, "feed" (unreadable), "database"
    QString errorDetail; // translated, for people
    bool ok() const { return error.isEmpty(); }
};

class FeedPostFetcher : public QObject {
    Q_OBJECT
public:
    explicit FeedPostFetcher(Store &store, QObject *parent = nullptr);
    ~FeedPostFetcher() override;

    // Before start(). Default: FetchPolicy::polite().
    void setPolicy(const FetchPolicy &policy) { m_policy = policy; }

    // Fetches the feeds of the round's accounts, or of the accounts named in `targets` (账号名称).
    // False with *error when a name is unknown. With no feed to read, true and `finished(0, 0, 0)`
    // on the next event-loop turn.
    bool start(const Round &round, const QStringList &targets, QString *error);
    int accountCount() const { return m_total; }

signals:
    void accountDone(const xj::FeedOutcome &outcome);
    void finished(int accounts, int newPosts, int failures);

private:
    void onFetched(const xj::FetchResult &result);
    void addPosts(FeedOutcome &o, const QList<FeedItem> &items);

    Store &m_store;
    MediaRecords m_media;
    FetchPolicy m_policy;
    std::unique_ptr<Fetcher> m_fetcher;
    QHash<quint64, FeedOutcome> m_pending;
    int m_total = 0;
    int m_done = 0;
    int m_newPosts = 0;
    int m_failures = 0;
};

} // namespace xj

Q_DECLARE_METATYPE(xj::FeedOutcome)
