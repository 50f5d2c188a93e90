#pragma once
// A check run off the GUI thread. start() makes a QThread of its own and runs a RoundCheck there
// with a Store opened on the GUI store's location (a Store and a RoundCheck belong to the thread
// that made them, and RoundCheck needs that thread's event loop). The check's progress, log lines
// and end arrive on the GUI thread as queued signals; cancel() asks the worker to stop the check,
// which leaves the run resumable. When the run ends the worker drops its RoundCheck and Store on
// its own thread and the thread ends.
//
// Threading: CheckJob lives on the GUI thread; its members are called there and its signals
// arrive there. Deleting the job while a run is going (the window closing) stops the run and
// waits for the thread to end.

#include "RoundCheck.h"
#include "StoreLocation.h"

#include <QObject>

class QThread;

namespace xj {

class CheckWorker;

class CheckJob : public QObject {
    Q_OBJECT
public:
    explicit CheckJob(const StoreLocation &location, QObject *parent = nullptr);
    ~CheckJob() override; // stops a running check and waits for its thread

    // Starts a run with these options (resume or a fresh run: options.resume). False when a run
    // is already going; a run that cannot start ends with finished(false, error).
    bool start(const CheckOptions &options);
    // Asks the running check to stop; finished(false, {}) follows. Nothing when none runs.
    void cancel();
    // From start() until finished() was emitted.
    bool isRunning() const { return m_running; }
    // The run being checked (or checked last), once started() said so; 0 before.
    qint64 runId() const { return m_runId; }

signals:
    // The check started; every site it checks follows with a siteProgress().
    void started(qint64 runId);
    void siteProgress(const xj::SiteProgress &progress);
    void logMessage(const QString &message);
    // completed: the run went to its end. False when it was stopped or could not start (error).
    void finished(bool completed, const QString &error);

private:
    friend class CheckWorker;
    void workerStarted(qint64 runId, const QList<xj::SiteProgress> &sites);
    void workerFinished(bool completed, const QString &error);
    void reap(); // waits for an ended thread and deletes it with its worker

    StoreLocation m_location;
    QThread *m_thread = nullptr;
    CheckWorker *m_worker = nullptr; // lives on m_thread; used here only as a target for invokeMethod
    bool m_running = false;
    qint64 m_runId = 0;
};

} // namespace xj
