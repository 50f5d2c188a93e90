#pragma once
// Typesets, and when finalising signs and stores, a bulletin off the GUI thread: typesetting a
// bulletin with its attachments and signing it takes seconds. start() runs on a QThread of its own
// with a Store opened on the GUI store's location (a Store belongs to the thread that made it).
//
// Two kinds of work:
//  - export (draftId 0): the unsigned PDF (BulletinPublisher::publish without a signer) written to
//    pdfPath, plus the attachments folder; nothing is stored. A finalised bulletin exports its
//    stored signed PDF byte for byte (issuedPdf);
//  - finalise (draftId > 0): the draft row itself is finalised (BulletinRecords::finalize: the
//    number taken, typeset into the document, the PDF signed and stored immutable) — unlike
//    BulletinPublisher::publish, which finalises a new row, so that the draft being edited keeps
//    its version and what it supersedes. Then the attachments, and a copy of the signed PDF at
//    pdfPath when one is given.
// The work cannot be interrupted: finalising is one transaction that either keeps everything or
// nothing, so there is no cancel.
//
// Threading: the job lives on the GUI thread; start() is called there, progress() and finished()
// arrive there (queued). Deleting the job waits for work still going.

#include "BulletinPublisher.h"
#include "StoreLocation.h"

#include <QObject>
#include <optional>

class QThread;

namespace xj {

struct PublishRequest {
    qint64 draftId = 0; // 0: export an unsigned PDF; else the draft to finalise (options.signer needed)
    QString roundId;
    BulletinDocument document;
    PublishOptions options; // progress is set by the job
    QString pdfPath;        // where the PDF goes (export: required; finalise: optional copy)
    QByteArray issuedPdf;   // export of a finalised bulletin: these stored, signed bytes are written
                            // as they are (never typeset again); the attachments are still made
};

class BulletinPublishJob : public QObject {
    Q_OBJECT
public:
    explicit BulletinPublishJob(const StoreLocation &location, QObject *parent = nullptr);
    ~BulletinPublishJob() override;

    // False when work is already going.
    bool start(const PublishRequest &request);
    bool isRunning() const { return m_running; }

    // The work itself on the calling thread's store (the worker calls it; store may be null for
    // an export).
    static std::optional<PublishResult> run(Store *store, const PublishRequest &request, QString *error);

signals:
    void progress(int percent, const QString &step);
    // result is empty when the work failed (error says why); nothing was stored then.
    void finished(const std::optional<xj::PublishResult> &result, const QString &error);

private:
    void reap();

    StoreLocation m_location;
    QThread *m_thread = nullptr;
    bool m_running = false;
};

} // namespace xj
