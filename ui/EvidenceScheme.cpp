#include "EvidenceScheme.h"

#include "WarcReader.h"

#include <QBuffer>
#include <QDir>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace xj {

namespace {

constexpr int kLabelSize = 60;               // DNS labels hold at most 63 characters
constexpr qint64 kMaxBody = qint64(64) << 20; // a page or subresource shown in the pane

// "scheme://authority" → hex, split into DNS labels; the run id leads the first label.
QString hostFor(qint64 runId, const QUrl &original)
{
    const QByteArray origin = original.scheme().toLower().toLatin1() + "://" + original.authority(QUrl::FullyEncoded).toLatin1();
    const QString hex = QStringLiteral("r%1-").arg(runId) + QString::fromLatin1(origin.toHex());
    QStringList labels;
    for (int i = 0; i < hex.size(); i += kLabelSize)
        labels << hex.mid(i, kLabelSize);
    return labels.join(QLatin1Char('.'));
}

QByteArray contentTypeOf(const HttpMessage &m, const QUrl &original)
{
    QByteArray type = m.header("Content-Type").trimmed();
    if (!type.isEmpty())
        return type;
    // Without a type QtWebEngine would offer a download: guess from the name as a server would.
    const QString path = original.path().toLower();
    if (path.endsWith(QLatin1String(".css")))
        return "text/css";
    if (path.endsWith(QLatin1String(".js")))
        return "text/javascript";
    if (path.endsWith(QLatin1String(".png")))
        return "image/png";
    if (path.endsWith(QLatin1String(".jpg")) || path.endsWith(QLatin1String(".jpeg")))
        return "image/jpeg";
    if (path.endsWith(QLatin1String(".gif")))
        return "image/gif";
    if (path.endsWith(QLatin1String(".svg")))
        return "image/svg+xml";
    return "text/html";
}

} // namespace

const QByteArray &EvidenceUrl::scheme()
{
    static const QByteArray name("xj-evidence");
    return name;
}

void EvidenceUrl::registerScheme()
{
    QWebEngineUrlScheme s(scheme());
    // Host syntax: each captured origin stays an origin of its own, as on the live web.
    s.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Not a LocalScheme: local documents may not load other local URLs when the profile denies file
    // access (LocalContentCanAccessFileUrls off), which would keep a capture from its own stylesheets.
    // The network stays out through EvidenceRequestGuard. No SecureScheme: a captured page gets no
    // more rights than an http page.
    s.setFlags(QWebEngineUrlScheme::ViewSourceAllowed);
    QWebEngineUrlScheme::registerScheme(s);
}

QUrl EvidenceUrl::encode(qint64 runId, const QUrl &original)
{
    const QString sch = original.scheme().toLower();
    if (runId <= 0 || (sch != QLatin1String("http") && sch != QLatin1String("https")) || original.host().isEmpty())
        return {};
    QUrl url;
    url.setScheme(QString::fromLatin1(scheme()));
    url.setHost(hostFor(runId, original));
    url.setPath(original.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/") : original.path(QUrl::FullyEncoded),
                QUrl::TolerantMode);
    if (original.hasQuery())
        url.setQuery(original.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (original.hasFragment())
        url.setFragment(original.fragment(QUrl::FullyEncoded), QUrl::TolerantMode);
    return url;
}

bool EvidenceUrl::decode(const QUrl &url, qint64 *runId, QUrl *original)
{
    if (!isEvidence(url))
        return false;
    QString host = url.host().remove(QLatin1Char('.'));
    const int dash = host.indexOf(QLatin1Char('-'));
    if (!host.startsWith(QLatin1Char('r')) || dash < 2)
        return false;
    bool ok = false;
    const qint64 run = host.mid(1, dash - 1).toLongLong(&ok);
    const QByteArray hex = host.mid(dash + 1).toLatin1();
    if (!ok || run <= 0 || hex.isEmpty() || hex.size() % 2 != 0)
        return false;
    const QUrl origin(QString::fromLatin1(QByteArray::fromHex(hex)), QUrl::StrictMode);
    if (!origin.isValid() || origin.host().isEmpty()
        || (origin.scheme() != QLatin1String("http") && origin.scheme() != QLatin1String("https")))
        return false;
    QUrl out = origin;
    out.setPath(url.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (url.hasQuery())
        out.setQuery(url.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (url.hasFragment())
        out.setFragment(url.fragment(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (runId)
        *runId = run;
    if (original)
        *original = out;
    return true;
}

// --- EvidenceSchemeHandler

EvidenceSchemeHandler::EvidenceSchemeHandler(Store &store, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_store(store)
{
}

void EvidenceSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    qint64 runId = 0;
    QUrl original;
    if (!EvidenceUrl::decode(job->requestUrl(), &runId, &original)) {
        emit failed(job->requestUrl(), tr("not an evidence URL"));
        job->fail(QWebEngineUrlRequestJob::UrlInvalid);
        return;
    }
    const QString initiator = job->initiator().scheme();
    if (initiator == QLatin1String("http") || initiator == QLatin1String("https")) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied); // a live page probing the evidence
        return;
    }
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied); // a capture answers reads only
        return;
    }
    original.setFragment(QString());
    const auto location = locate(runId, original);
    if (!location) {
        m_notFound.append(original);
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    QString error;
    const auto record = WarcReader::read(*location, &error);
    const auto message = record ? WarcReader::parseHttp(record->block, &error) : std::nullopt;
    if (!message) {
        emit failed(original, tr("%1: %2").arg(location->file, error));
        job->fail(QWebEngineUrlRequestJob::RequestFailed);
        return;
    }
    // A captured redirect is followed inside the capture.
    const QByteArray location3xx = message->header("Location");
    if (message->statusCode >= 300 && message->statusCode < 400 && !location3xx.isEmpty()) {
        const QUrl target = original.resolved(QUrl::fromEncoded(location3xx.trimmed()));
        const QUrl next = EvidenceUrl::encode(runId, target);
        if (next.isValid() && target.adjusted(QUrl::RemoveFragment) != original) {
            job->redirect(next);
            return;
        }
    }
    const auto body = WarcReader::decodedBody(*message, kMaxBody, &error);
    if (!body) {
        emit failed(original, error);
        job->fail(QWebEngineUrlRequestJob::RequestFailed);
        return;
    }
    auto *buffer = new QBuffer(job); // lives as long as the job reads it
    buffer->setData(*body);
    ++m_served;
    job->reply(contentTypeOf(*message, original), buffer);
}

std::optional<WarcLocation> EvidenceSchemeHandler::locate(qint64 runId, const QUrl &original)
{
    const QString url = original.toString(QUrl::FullyEncoded);
    CheckRecords records(m_store);
    const QString dir = m_store.location().evidenceDir();
    if (const auto ref = records.capturedResponse(runId, url))
        return WarcLocation{QDir(dir).filePath(ref->file), ref->offset, ref->length, {}};
    const auto &index = indexOf(runId);
    const auto it = index.constFind(url);
    if (it != index.constEnd())
        return *it;
    return std::nullopt;
}

const QHash<QString, WarcLocation> &EvidenceSchemeHandler::indexOf(qint64 runId)
{
    auto it = m_fileIndex.find(runId);
    if (it != m_fileIndex.end())
        return *it;
    QHash<QString, WarcLocation> index;
    const QDir dir(m_store.location().evidenceDir());
    const QStringList files = CheckRecords(m_store).evidenceFiles(runId);
    for (const QString &file : files) {
        WarcReader reader(dir.filePath(file));
        if (!reader.open()) {
            emit failed(QUrl::fromLocalFile(dir.filePath(file)), reader.errorString());
            continue;
        }
        while (const auto record = reader.next()) {
            if (record->type() != "response")
                continue;
            // The last response for a URI wins: a retry after a failure is the better capture.
            WarcLocation loc = record->location;
            loc.recordId.clear();
            index.insert(QUrl(record->targetUri()).toString(QUrl::FullyEncoded), loc);
        }
    }
    return *m_fileIndex.insert(runId, index);
}

// --- EvidenceRequestGuard

void EvidenceRequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString sch = url.scheme();
    const QUrl firstParty = info.firstPartyUrl();
    if (EvidenceUrl::isEvidence(url)) {
        // A live page has no business reading the evidence (it could probe what was captured).
        if (firstParty.isEmpty() || EvidenceUrl::isEvidence(firstParty))
            return;
        ++m_blocked;
        m_blockedUrls.append(url);
        info.block(true);
        return;
    }
    if (sch == QLatin1String("data") || sch == QLatin1String("blob"))
        return;
    const bool web = sch == QLatin1String("http") || sch == QLatin1String("https");
    qint64 runId = 0;
    if (EvidenceUrl::decode(firstParty, &runId, nullptr)) {
        const QUrl captured = web ? EvidenceUrl::encode(runId, url) : QUrl();
        if (captured.isValid()) {
            ++m_redirected;
            info.redirect(captured);
            return;
        }
    } else if (web) {
        return; // a live page
    }
    ++m_blocked;
    m_blockedUrls.append(url);
    info.block(true);
}

} // namespace xj
