#pragma once
// The fetch queue: politeness limits, redirects, retries and robots.txt around HttpClient.
//
// Threading contract. A Fetcher is meant to live on a worker thread so that slow and hostile
// servers never touch the GUI thread:
//   auto *fetcher = new Fetcher(policy);  fetcher->moveToThread(workerThread);
//   connect(workerThread, &QThread::finished, fetcher, &QObject::deleteLater);
// After the move, call its methods only from that thread: from other threads go through queued
// calls (QMetaObject::invokeMethod(fetcher, "enqueue", Qt::QueuedConnection, Q_ARG(xj::FetchRequest, r)),
// or a signal connected to the slot). Its signals are emitted on the worker thread; connect to them
// normally and Qt queues them to the receiver's thread (FetchResult is a registered metatype).
// Used without a worker thread (tests, the CLI) it behaves the same on the thread that made it.
//
// Guarantees: every enqueued request gets exactly one `finished` (cancelled ones included; none
// once the Fetcher is destroyed), never from inside enqueue(); nothing a server does can block the
// thread (every network step has a deadline). robots.txt exchanges are reported through
// `robotsFetched`, since they are evidence too.

#include "FetchTypes.h"
#include "RobotsTxt.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <unordered_map>

namespace xj {

class HttpClient;

class Fetcher : public QObject {
    Q_OBJECT

public:
    explicit Fetcher(const FetchPolicy &policy = FetchPolicy(), QObject *parent = nullptr);
    ~Fetcher() override;

    FetchPolicy policy() const { return m_policy; }
    // Applies to requests started from now on; running ones keep their limits.
    void setPolicy(const FetchPolicy &policy);

    int queuedCount() const { return m_queued; }
    int activeCount() const { return int(m_active.size()); }
    int finishedCount() const { return m_finished; }
    bool isIdle() const { return m_queued == 0 && m_active.empty() && m_rejected.empty(); }

public slots:
    // Returns the request's id (request.id, or a fresh one when that is 0).
    quint64 enqueue(const xj::FetchRequest &request);
    quint64 enqueueUrl(const QUrl &url) { return enqueue(FetchRequest {url, QByteArrayLiteral("GET"), 0, {}}); }
    // Cancels everything queued and running: each gets `finished` with Cancelled, synchronously.
    void cancelAll();

signals:
    void finished(const xj::FetchResult &result);
    void robotsFetched(const QString &origin, const xj::FetchResult &result);
    // queued: waiting requests; active: connections open (robots.txt included); finished: results so far.
    void progress(int queued, int active, int finished);
    void idle(); // nothing queued, nothing running

private:
    struct Job {
        FetchRequest request;
        FetchResult result;
        QUrl url;          // current hop
        QByteArray method; // current hop's method
        QStringList seen;  // normalised URLs of the chain, for loop detection
        int attempt = 0;
        quint64 seq = 0;      // global FIFO order across hosts
        QString robotsOrigin; // non-empty: this job fetches that origin's robots.txt
    };
    struct Host {
        std::deque<std::unique_ptr<Job>> queue;
        int active = 0;
        qint64 lastStartMs = -1;
    };
    enum class RobotsState { Unknown, Fetching, Ready };
    struct Robots {
        RobotsState state = RobotsState::Unknown;
        RobotsTxt rules;
    };

    static QString hostKey(const QUrl &url);
    static QString originKey(const QUrl &url);
    void queueJob(std::unique_ptr<Job> job, bool front);
    void schedule();
    bool startNext(qint64 now, qint64 *wakeAtMs);
    void startJob(std::unique_ptr<Job> job, qint64 now);
    void onClientFinished(HttpClient *client);
    void handleRobotsResult(std::unique_ptr<Job> job, const HttpExchange &ex);
    void followOrFinish(std::unique_ptr<Job> job);
    void complete(std::unique_ptr<Job> job, FetchError error, const QString &detail);
    void flushRejected();
    void emitProgress();

    FetchPolicy m_policy;
    std::unordered_map<QString, Host> m_hosts; // node-based: references survive insertions
    QHash<QString, Robots> m_robots;
    std::unordered_map<HttpClient *, std::unique_ptr<Job>> m_active;
    std::deque<std::unique_ptr<Job>> m_rejected; // bad URLs, finished on the next event-loop turn
    QTimer m_wake;                               // next host-interval expiry (child of this)
    QElapsedTimer m_clock;
    quint64 m_nextId = 1;
    quint64 m_nextSeq = 1;
    int m_queued = 0;
    int m_finished = 0;
    bool m_wasIdle = true;
};

} // namespace xj
