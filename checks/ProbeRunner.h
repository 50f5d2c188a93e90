#pragma once
// One availability probe per site: the home page must load within the indicator's 15 s
// (W-V2). Each probe is written to the store as it completes. `xunjian probe` runs one pass;
// `xunjian monitor` runs a pass every interval.
//
// Threading: lives on the thread of its Store; needs that thread's event loop.

#include "CheckRecords.h"

#include <QObject>
#include <memory>

namespace xj {

class Fetcher;
struct FetchResult;

class ProbeRunner : public QObject {
    Q_OBJECT
public:
    explicit ProbeRunner(Store &store, QObject *parent = nullptr);
    ~ProbeRunner() override;

    // Probes every site (not channels: they live on their host's site) running today, or the
    // named ones. False with *error when a name is unknown or nothing is to be probed.
    bool start(const QStringList &targets, QString *error);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

signals:
    void probed(const xj::Probe &probe, const QString &siteName);
    void finished(int probes, int failures);

private:
    void onFetched(const xj::FetchResult &result);

    CheckRecords m_records;
    std::unique_ptr<Fetcher> m_fetcher;
    QHash<quint64, Site> m_pending;
    int m_timeoutMs = 15000;
    int m_done = 0;
    int m_failures = 0;
};

} // namespace xj

Q_DECLARE_METATYPE(xj::Probe)
