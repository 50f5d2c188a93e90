#include "BulletinPublishJob.h"

#include "BulletinRecords.h"
#include "DocumentNumber.h"
#include "Store.h"

#include <QCryptographicHash>
#include <QThread>

namespace xj {

namespace {

struct PublishJobTr {
    Q_DECLARE_TR_FUNCTIONS(xj::BulletinPublishJob)
};

void report(const PublishOptions &o, int percent, const QString &step)
{
    if (o.progress)
        o.progress(percent, step);
}

// Finalises the draft row in place; the same steps as BulletinPublisher::publish with a signer.
std::optional<PublishResult> finaliseDraft(Store &store, const PublishRequest &request, QString *error)
{
    // The draft row itself is finalised, so its version and what it supersedes are kept.
    return BulletinPublisher::finalizeDraft(store, request.draftId, request.document, request.options, error);
}

} // namespace

BulletinPublishJob::BulletinPublishJob(const StoreLocation &location, QObject *parent) : QObject(parent), m_location(location)
{
    qRegisterMetaType<std::optional<xj::PublishResult>>();
}

BulletinPublishJob::~BulletinPublishJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

std::optional<PublishResult> BulletinPublishJob::run(Store *store, const PublishRequest &request, QString *error)
{
    std::optional<PublishResult> result;
    if (request.draftId > 0) {
        if (!store || !request.options.signer) {
            if (error)
                *error = PublishJobTr::tr("Finalising needs a store and a signing certificate.");
            return std::nullopt;
        }
        result = finaliseDraft(*store, request, error);
    } else {
        if (request.pdfPath.isEmpty()) {
            if (error)
                *error = PublishJobTr::tr("No PDF file was chosen to export to.");
            return std::nullopt;
        }
        PublishOptions unsigned_ = request.options;
        unsigned_.signer.reset(); // an export never takes a number or stores anything
        if (request.issuedPdf.isEmpty()) {
            result = BulletinPublisher::publish(nullptr, request.roundId, request.document, unsigned_, error);
        } else {
            PublishResult issued;
            issued.pdf = request.issuedPdf;
            issued.documentNumber = request.document.documentNumber;
            issued.sha256 = QString::fromLatin1(QCryptographicHash::hash(issued.pdf, QCryptographicHash::Sha256).toHex());
            if (!unsigned_.attachmentsDir.isEmpty()) {
                report(unsigned_, 50, PublishJobTr::tr("Writing the attachments"));
                const auto files = BulletinPublisher::writeAttachments(request.document, unsigned_.attachmentsDir,
                                                                       unsigned_.typeset, error);
                if (!files)
                    return std::nullopt;
                issued.attachmentFiles = *files;
            }
            result = issued;
        }
    }
    if (!result)
        return std::nullopt;
    if (!request.pdfPath.isEmpty() && !BulletinTypesetter::writeFile(request.pdfPath, result->pdf, error))
        return std::nullopt;
    report(request.options, 100, PublishJobTr::tr("Done"));
    return result;
}

bool BulletinPublishJob::start(const PublishRequest &request)
{
    if (m_running)
        return false;
    reap();
    m_running = true;
    const StoreLocation location = m_location;
    // The destructor waits for the thread, so `this` outlives it.
    m_thread = QThread::create([this, location, given = request] {
        PublishRequest request = given;
        request.options.progress = [this](int percent, const QString &step) {
            QMetaObject::invokeMethod(this, [this, percent, step] { emit progress(percent, step); }, Qt::QueuedConnection);
        };
        QString error;
        std::optional<PublishResult> result;
        std::unique_ptr<Store> store;
        if (request.draftId > 0)
            store = Store::open(location, &error);
        if (request.draftId == 0 || store)
            result = run(store.get(), request, &error);
        store.reset(); // closed here, on its thread
        QMetaObject::invokeMethod(this, [this, result, error] {
            m_running = false;
            emit finished(result, error);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("xj-publish"));
    m_thread->start();
    return true;
}

void BulletinPublishJob::reap()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace xj
