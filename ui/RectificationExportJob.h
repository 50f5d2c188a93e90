#pragma once
// Writes 整改通知 — one PDF (RectificationNotice typeset by BulletinTypesetter) and one XLSX of its
// list (AttachmentTables::writeXlsx on the notice's attachment) per unit. writeNotice() does one
// unit on the calling thread (the view does a single unit inline: under a second); start() does
// every unit of a round on a QThread of its own with a Store opened on the GUI store's location
// (a Store belongs to the thread that made it), reporting progress and stopping between units
// when cancelled.
//
// Threading: the job lives on the GUI thread; start() and cancel() are called there and progress()
// and finished() arrive there (queued). Deleting the job cancels and waits for a run still going.

#include "RectificationNotice.h"
#include "StoreLocation.h"

#include <QCoreApplication>
#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace xj {

class RectificationExportJob : public QObject {
    Q_OBJECT
public:
    explicit RectificationExportJob(const StoreLocation &location, QObject *parent = nullptr);
    ~RectificationExportJob() override;

    // Every unit with open findings in `roundId`, into `folder` (made when missing):
    // 整改通知-<unit>.pdf and .xlsx. finished() follows.
    void start(const QString &roundId, const QString &folder, const QString &agency, const QDate &date, const QDate &today);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }

    // One notice to pdfPath and xlsxPath (either may be empty: not written). Error names the file.
    static bool writeNotice(const RectificationNoticeInput &notice, const QString &pdfPath, const QString &xlsxPath,
                            QString *error);
    // "整改通知-<unit>" with characters file systems refuse replaced.
    static QString fileBaseName(const QString &unit);

signals:
    void progress(int done, int total, const QString &unit);
    // written: the PDF files written; error empty on success (also when cancelled).
    void finished(const QStringList &written, bool cancelled, const QString &error);

private:
    StoreLocation m_location;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace xj
