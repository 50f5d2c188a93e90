#include "CheckJob.h"

#include "Store.h"

#include <QThread>

namespace xj {

// The worker's side: made on the GUI thread, then moved to the job's thread, where all of its
// members run (run() on the thread's start, stop() and done() from its event loop). It reaches
// the job only by queued calls and queued signal connections; the job outlives the thread.
class CheckWorker : public QObject {
public:
    CheckWorker(CheckJob *job, const StoreLocation &location, const CheckOptions &options)
        : m_job(job), m_location(location), m_options(options)
    {
    }

    void run()
    {
        QString error;
        m_store = Store::open(m_location, &error);
        if (!m_store)
            return done(false, error);
        m_check = std::make_unique<RoundCheck>(*m_store, m_options);
        connect(m_check.get(), &RoundCheck::siteProgress, m_job, &CheckJob::siteProgress);
        connect(m_check.get(), &RoundCheck::logMessage, m_job, &CheckJob::logMessage);
        // Queued: the check is deleted only after it has returned from emitting finished().
        connect(m_check.get(), &RoundCheck::finished, this, [this](bool completed) { done(completed, {}); }, Qt::QueuedConnection);
        if (!m_check->start(&error))
            return done(false, error);
        CheckJob *job = m_job;
        const qint64 runId = m_check->runId();
        const QList<SiteProgress> sites = m_check->progress();
        QMetaObject::invokeMethod(m_job, [job, runId, sites] { job->workerStarted(runId, sites); }, Qt::QueuedConnection);
    }

    void stop()
    {
        if (m_check)
            m_check->cancel(); // finished(false) follows, then done()
    }

private:
    // Drops the check and the store here, on their thread, tells the job, and ends the thread.
    void done(bool completed, const QString &error)
    {
        if (m_done)
            return;
        m_done = true;
        m_check.reset();
        m_store.reset();
        CheckJob *job = m_job;
        QMetaObject::invokeMethod(m_job, [job, completed, error] { job->workerFinished(completed, error); }, Qt::QueuedConnection);
        thread()->quit();
    }

    CheckJob *m_job;
    StoreLocation m_location;
    CheckOptions m_options;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<RoundCheck> m_check; // uses m_store: reset first
    bool m_done = false;
};

CheckJob::CheckJob(const StoreLocation &location, QObject *parent) : QObject(parent), m_location(location)
{
    qRegisterMetaType<xj::SiteProgress>();
}

CheckJob::~CheckJob()
{
    if (m_running && m_worker) {
        CheckWorker *worker = m_worker;
        QMetaObject::invokeMethod(m_worker, [worker] { worker->stop(); }, Qt::QueuedConnection);
    }
    reap();
}

bool CheckJob::start(const CheckOptions &options)
{
    if (m_running)
        return false;
    reap(); // the previous run's thread, ended or about to
    m_running = true;
    m_runId = 0;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("xj-check"));
    m_worker = new CheckWorker(this, m_location, options);
    m_worker->moveToThread(m_thread);
    CheckWorker *worker = m_worker;
    // QThread::started is emitted on the new thread before its event loop: run() comes first.
    connect(m_thread, &QThread::started, m_worker, [worker] { worker->run(); }, Qt::DirectConnection);
    m_thread->start();
    return true;
}

void CheckJob::cancel()
{
    if (!m_running || !m_worker)
        return;
    CheckWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->stop(); }, Qt::QueuedConnection);
}

void CheckJob::workerStarted(qint64 runId, const QList<SiteProgress> &sites)
{
    m_runId = runId;
    emit started(runId);
    for (const SiteProgress &p : sites)
        emit siteProgress(p);
}

void CheckJob::workerFinished(bool completed, const QString &error)
{
    m_running = false;
    emit finished(completed, error);
}

void CheckJob::reap()
{
    if (!m_thread)
        return;
    m_thread->wait(); // the worker has quit its loop, or is about to (done() or stop())
    delete m_worker;  // its thread has ended: nothing of it runs any more
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

} // namespace xj
