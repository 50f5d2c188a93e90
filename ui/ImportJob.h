#pragma once
// The slow halves of an import, off the GUI thread. readTableFile() reads and fingerprints a file
// (any thread; touches no Store and no widget). ImportJob runs RegistryImporter::importTable on a
// pool thread with a Store of its own, opened on the GUI store's location (a Store belongs to the
// thread that opened it), reports progress and can be cancelled — nothing is written then.
//
// Threading: ImportJob's members are called from the GUI thread; its signals arrive there too.
// The worker shares only atomics with it, so deleting the job (which cancels and waits) is safe.

#include "RegistryImporter.h"
#include "StoreLocation.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

namespace xj {

struct TableFile {
    QString path;
    QString label; // the file name, as import messages quote it
    std::optional<RawTable> table;
    QString error; // when table is empty
    QByteArray sha256;
};

// Reads the table and hashes the file's bytes; safe on any thread.
TableFile readTableFile(const QString &path);

class ImportJob : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(const StoreLocation &location, QObject *parent = nullptr);
    ~ImportJob() override; // cancels a running import and waits for it

    // Starts the import; options.progress is set by the job.
    void start(const RawTable &table, const QString &label, const QByteArray &sha256, RegistryImporter::Options options);
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    void finished(const xj::ImportResult &result);

private:
    struct Shared {
        std::atomic<int> done{0};
        std::atomic<int> total{0};
        std::atomic<bool> cancelled{false};
    };
    void poll();

    StoreLocation m_location;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<ImportResult> m_watcher;
    QTimer m_poll;
};

} // namespace xj
