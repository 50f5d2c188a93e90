#include "ResultsJob.h"

#include "Store.h"

#include <QThread>

#include <algorithm>

namespace xj {

ResultsJob::ResultsJob(const StoreLocation &location, QObject *parent) : QObject(parent), m_location(location) {}

ResultsJob::~ResultsJob()
{
    ++m_generation; // nothing still on its way is delivered
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

std::optional<DashboardData> ResultsJob::compute(Store &store, const QString &roundId, QString *error)
{
    auto results = RoundResults::compute(store, roundId, {}, error);
    if (!results)
        return std::nullopt;
    DashboardData d;
    d.results = std::move(*results);
    QList<Unit> units = store.units();
    std::sort(units.begin(), units.end(), [](const Unit &a, const Unit &b) { return a.id < b.id; });
    QHash<qint64, int> order;
    for (const Unit &u : std::as_const(units)) {
        d.unitNames.insert(u.id, u.name);
        order.insert(u.id, int(order.size()));
    }
    d.catalog = MediaRecords(store).catalog(roundId);
    std::stable_sort(d.catalog.begin(), d.catalog.end(), [&order](const CatalogCount &a, const CatalogCount &b) {
        return order.value(a.unitId, INT_MAX) < order.value(b.unitId, INT_MAX);
    });
    return d;
}

void ResultsJob::start(const QString &roundId)
{
    reap();
    const quint64 generation = ++m_generation;
    m_running = true;
    const StoreLocation location = m_location;
    // The destructor waits for the thread, so `this` outlives it; a call queued to a job that is
    // deleted meanwhile is dropped with it.
    QThread *thread = QThread::create([this, location, roundId, generation] {
        QString error;
        std::optional<DashboardData> data;
        if (auto store = Store::open(location, &error))
            data = compute(*store, roundId, &error); // the store closes here, on its thread
        QMetaObject::invokeMethod(this, [this, roundId, generation, data, error] {
            if (generation != m_generation)
                return; // superseded by a newer start()
            m_running = false;
            emit finished(roundId, data, error);
        }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("xj-results"));
    m_threads.append(thread);
    thread->start();
}

void ResultsJob::reap()
{
    for (auto it = m_threads.begin(); it != m_threads.end();) {
        if ((*it)->isFinished()) {
            (*it)->wait();
            delete *it;
            it = m_threads.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace xj
