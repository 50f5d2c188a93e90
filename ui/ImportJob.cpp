#include "ImportJob.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace xj {

TableFile readTableFile(const QString &path)
{
    TableFile f;
    f.path = path;
    f.label = QFileInfo(path).fileName();
    f.table = TableReader::read(path, &f.error);
    QFile file(path);
    if (f.table && file.open(QIODevice::ReadOnly)) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&file);
        f.sha256 = h.result();
    }
    return f;
}

ImportJob::ImportJob(const StoreLocation &location, QObject *parent)
    : QObject(parent), m_location(location), m_shared(std::make_shared<Shared>())
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &ImportJob::poll);
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, [this] {
        m_poll.stop();
        poll();
        emit finished(m_watcher.result());
    });
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ImportJob::start(const RawTable &table, const QString &label, const QByteArray &sha256, RegistryImporter::Options options)
{
    if (isRunning())
        return;
    m_shared = std::make_shared<Shared>();
    m_shared->total = int(table.rows.size());
    const std::shared_ptr<Shared> shared = m_shared;
    options.progress = [shared](int done, int total) {
        shared->done = done;
        shared->total = total;
        return !shared->cancelled;
    };
    const StoreLocation location = m_location;
    m_watcher.setFuture(QtConcurrent::run([location, table, label, sha256, options]() {
        QString error;
        std::unique_ptr<Store> store = Store::open(location, &error);
        if (!store) {
            ImportResult r;
            r.problems.append({label, 0, -1, error});
            return r;
        }
        RegistryImporter importer(*store);
        return importer.importTable(table, label, sha256, options);
    }));
    m_poll.start();
    poll();
}

void ImportJob::cancel()
{
    m_shared->cancelled = true;
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportJob::poll()
{
    emit progress(m_shared->done, m_shared->total);
}

} // namespace xj
