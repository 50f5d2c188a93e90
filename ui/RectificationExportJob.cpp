#include "RectificationExportJob.h"

#include "AttachmentTables.h"
#include "BulletinTypesetter.h"
#include "Store.h"

#include <QDir>
#include <QRegularExpression>
#include <QThread>

namespace xj {

namespace {
struct ExportTr {
    Q_DECLARE_TR_FUNCTIONS(xj::RectificationExportJob)
};
} // namespace

RectificationExportJob::RectificationExportJob(const StoreLocation &location, QObject *parent)
    : QObject(parent), m_location(location)
{
}

RectificationExportJob::~RectificationExportJob()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString RectificationExportJob::fileBaseName(const QString &unit)
{
    QString name = QStringLiteral("整改通知-") + unit;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
    return name;
}

bool RectificationExportJob::writeNotice(const RectificationNoticeInput &notice, const QString &pdfPath,
                                         const QString &xlsxPath, QString *error)
{
    const BulletinDocument doc = RectificationNotice::document(notice);
    if (!pdfPath.isEmpty()) {
        BulletinTypesetter typesetter; // one per thread
        const QByteArray pdf = typesetter.pdf(doc, error);
        if (pdf.isEmpty() || !BulletinTypesetter::writeFile(pdfPath, pdf, error))
            return false;
    }
    if (!xlsxPath.isEmpty()) {
        if (doc.attachments.isEmpty()) {
            if (error)
                *error = ExportTr::tr("The notice to %1 has no list to write to %2").arg(notice.unit, xlsxPath);
            return false;
        }
        if (!AttachmentTables::writeXlsx(doc.attachments.constFirst(), xlsxPath, error))
            return false;
    }
    return true;
}

void RectificationExportJob::start(const QString &roundId, const QString &folder, const QString &agency, const QDate &date,
                                   const QDate &today)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel = false;
    const StoreLocation location = m_location;
    // The destructor waits for the thread, so `this` outlives it.
    m_thread = QThread::create([this, location, roundId, folder, agency, date, today] {
        QString error;
        QStringList written;
        auto finish = [&] {
            const bool cancelled = m_cancel;
            QMetaObject::invokeMethod(this, [this, written, cancelled, error] {
                if (m_thread) {
                    m_thread->wait();
                    delete m_thread;
                    m_thread = nullptr;
                }
                emit finished(written, cancelled, error);
            }, Qt::QueuedConnection);
        };
        auto store = Store::open(location, &error);
        const auto round = store ? store->round(roundId) : std::nullopt;
        if (store && !round)
            error = ExportTr::tr("No round “%1”").arg(roundId);
        if (!round) {
            finish();
            return;
        }
        if (!QDir().mkpath(folder)) {
            error = ExportTr::tr("Cannot create the folder %1").arg(folder);
            finish();
            return;
        }
        const auto notices = RectificationNotice::fromRows(ReviewRecords(*store).rectificationList(roundId, std::nullopt, today),
                                                           *round, agency, date);
        for (int i = 0; i < notices.size() && !m_cancel; ++i) {
            const QString base = QDir(folder).filePath(fileBaseName(notices[i].unit));
            QMetaObject::invokeMethod(this, [this, i, n = int(notices.size()), unit = notices[i].unit] {
                emit progress(i, n, unit);
            }, Qt::QueuedConnection);
            if (!writeNotice(notices[i], base + QStringLiteral(".pdf"), base + QStringLiteral(".xlsx"), &error))
                break;
            written << base + QStringLiteral(".pdf");
        }
        if (notices.isEmpty())
            error = ExportTr::tr("Nothing open in round %1 to write a notice about").arg(roundId);
        finish();
    });
    m_thread->setObjectName(QStringLiteral("xj-rectification-export"));
    m_thread->start();
}

} // namespace xj
