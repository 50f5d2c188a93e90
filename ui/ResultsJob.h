#pragma once
// Computes a round's results off the GUI thread. RoundResults::compute() asks the store about
// every object's history, which takes seconds on a large registry, so start() runs it on a
// QThread of its own with a Store opened on the GUI store's location (a Store belongs to the
// thread that made it). The worker also reads what the dashboard draws beside the results: the
// units' names and every unit's catalog counts.
//
// Threading: ResultsJob lives on the GUI thread; start() is called there and finished() arrives
// there (queued). A newer start() supersedes a computation still going: its result is dropped.
// Deleting the job waits for a computation still going (it cannot be interrupted; it only reads).

#include "RoundResults.h"
#include "StoreLocation.h"

#include <QHash>
#include <QObject>

class QThread;

namespace xj {

// Everything the dashboard shows for one round.
struct DashboardData {
    RoundResults results;
    QHash<qint64, QString> unitNames;
    QList<CatalogCount> catalog; // every unit's counts for the round, in registry order of units
};

class ResultsJob : public QObject {
    Q_OBJECT
public:
    explicit ResultsJob(const StoreLocation &location, QObject *parent = nullptr);
    ~ResultsJob() override;

    // Starts computing the round's results; finished() follows (unless another start() comes first).
    void start(const QString &roundId);
    bool isRunning() const { return m_running; }

    // The computation itself, on the calling thread's store (the worker calls it; tests may too).
    static std::optional<DashboardData> compute(Store &store, const QString &roundId, QString *error);

signals:
    // data is empty when the round could not be computed (error says why).
    void finished(const QString &roundId, const std::optional<xj::DashboardData> &data, const QString &error);

private:
    void reap();

    StoreLocation m_location;
    QList<QThread *> m_threads; // started, not yet waited for
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace xj
