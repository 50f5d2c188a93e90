#include "FeedPostFetcher.h"

#include "FeedReader.h"
#include "Fetcher.h"

#include <QCoreApplication>

namespace xj {

FeedPostFetcher::FeedPostFetcher(Store &store, QObject *parent) : QObject(parent), m_store(store), m_media(store)
{
    qRegisterMetaType<xj::FeedOutcome>();
}

FeedPostFetcher::~FeedPostFetcher() = default;

bool FeedPostFetcher::start(const Round &round, const QStringList &targets, QString *error)
{
    const QList<Account> all = m_store.accounts();
    for (const QString &t : targets) {
        if (std::none_of(all.begin(), all.end(), [&t](const Account &a) { return a.name == t; })) {
            *error = QCoreApplication::translate("FeedPostFetcher", "no account named %1 in the registry").arg(t);
            return false;
        }
    }
    QList<FeedOutcome> todo;
    for (const Account &a : all) {
        if (!targets.isEmpty() && !targets.contains(a.name))
            continue;
        if (m_store.statusAt(ObjectType::Account, a.id, round.asOf).value_or(a.status) != ObjectStatus::Running)
            continue;
        FeedOutcome o;
        o.feedUrl = m_media.feedUrl(a.id);
        if (o.feedUrl.isEmpty())
            continue;
        o.accountId = a.id;
        o.accountName = a.name;
        o.platform = a.platform;
        todo.append(o);
    }
    m_total = int(todo.size());
    if (todo.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] { emit finished(0, 0, 0); }, Qt::QueuedConnection);
        return true;
    }
    m_fetcher = std::make_unique<Fetcher>(m_policy);
    connect(m_fetcher.get(), &Fetcher::finished, this, &FeedPostFetcher::onFetched);
    for (const FeedOutcome &o : std::as_const(todo))
        m_pending.insert(m_fetcher->enqueue(FetchRequest{QUrl(o.feedUrl), "GET", 0, {}}), o);
    return true;
}

void FeedPostFetcher::onFetched(const FetchResult &result)
{
    auto it = m_pending.find(result.id);
    if (it == m_pending.end())
        return;
    FeedOutcome o = it.value();
    m_pending.erase(it);
    const HttpExchange *last = result.last();
    if (!result.ok()) {
        o.error = fetchErrorCode(result.error);
        o.errorDetail = result.errorDetail.isEmpty() ? fetchErrorText(result.error) : result.errorDetail;
    } else if (!last || last->statusCode < 200 || last->statusCode >= 300) {
        const int status = last ? last->statusCode : 0;
        o.error = QStringLiteral("http-%1").arg(status);
        o.errorDetail = QCoreApplication::translate("FeedPostFetcher", "the server answered HTTP %1").arg(status);
    } else {
        const ParsedFeed feed = FeedReader::parse(last->body, last->header("Content-Type"), result.finalUrl);
        o.items = int(feed.items.size());
        o.truncated = feed.truncated;
        addPosts(o, feed.items);
        // A feed cut short still gives the items before the fault; the fault is reported all the same.
        if (o.error.isEmpty() && !feed.error.isEmpty()) {
            o.error = QStringLiteral("feed");
            o.errorDetail = feed.error;
        }
    }
    ++m_done;
    m_newPosts += o.newPosts;
    if (!o.ok())
        ++m_failures;
    emit accountDone(o);
    if (m_pending.isEmpty())
        emit finished(m_done, m_newPosts, m_failures);
}

void FeedPostFetcher::addPosts(FeedOutcome &o, const QList<FeedItem> &items)
{
    if (items.isEmpty())
        return;
    const bool transaction = m_store.begin();
    int added = 0, known = 0;
    for (const FeedItem &item : items) {
        if (!item.published.isValid()) {
            ++o.undated;
            continue;
        }
        Post p;
        p.accountId = o.accountId;
        p.published = item.published;
        p.title = item.title;
        p.link = item.link;
        p.source = QStringLiteral("feed");
        bool isNew = false;
        if (!m_media.addPost(p, &isNew)) {
            if (transaction)
                m_store.rollback();
            o.error = QStringLiteral("database");
            o.errorDetail = QCoreApplication::translate("FeedPostFetcher", "the posts could not be written to the database");
            return;
        }
        ++(isNew ? added : known);
    }
    if (transaction && !m_store.commit()) {
        o.error = QStringLiteral("database");
        o.errorDetail = QCoreApplication::translate("FeedPostFetcher", "the posts could not be written to the database");
        return;
    }
    o.newPosts = added;
    o.known = known;
}

} // namespace xj
