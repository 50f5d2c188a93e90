#include "HttpClient.h"

#include "ContentDecoder.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>

namespace xj {

namespace {
    constexpr int kTickMs = 100; // watchdog resolution; all deadlines are coarser than this
    constexpr qint64 kReadPiece = 64 * 1024;

    // The host as it goes on the wire: punycode for Chinese domain names, brackets for IPv6.
    QByteArray wireHost(const QUrl &url, bool forHeader)
    {
        const QString host = url.host();
        QHostAddress address;
        if (address.setAddress(host))
            return (forHeader && address.protocol() == QAbstractSocket::IPv6Protocol) ? "[" + host.toLatin1() + "]"
                                                                                      : host.toLatin1();
        return QUrl::toAce(host);
    }
} // namespace

HttpClient::HttpClient(const FetchPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_parser(policy.maxHeaderBytes)
    , m_watchdog(this) // parented so that moveToThread() takes it along
{
    m_watchdog.setInterval(kTickMs);
    connect(&m_watchdog, &QTimer::timeout, this, &HttpClient::onTick);
}

HttpClient::~HttpClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QByteArray HttpClient::buildRequest(const QUrl &url, const QByteArray &method, const QByteArray &userAgent)
{
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray host = wireHost(url, true);
    const bool tls = url.scheme() == QLatin1String("https");
    if (url.port() != -1 && url.port() != (tls ? 443 : 80))
        host += ':' + QByteArray::number(url.port());
    QByteArray agent = userAgent;
    agent.replace('\r', ' ').replace('\n', ' '); // a policy string must not inject headers
    return method + ' ' + target + " HTTP/1.1\r\n" + "Host: " + host + "\r\n" + "User-Agent: " + agent + "\r\n"
         + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
         + "Accept-Language: zh-CN,zh;q=0.9\r\n" + "Accept-Encoding: gzip, deflate\r\n" + "Connection: close\r\n\r\n";
}

QString HttpClient::tlsErrorCode(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::CertificateExpired: return QStringLiteral("expired");
    case QSslError::CertificateNotYetValid: return QStringLiteral("not-yet-valid");
    case QSslError::HostNameMismatch: return QStringLiteral("hostname-mismatch");
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain: return QStringLiteral("self-signed");
    case QSslError::CertificateRevoked: return QStringLiteral("revoked");
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted: return QStringLiteral("untrusted");
    default: return QStringLiteral("other");
    }
}

void HttpClient::start(const QUrl &url, const QByteArray &method)
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_ex.url = url;
    m_ex.method = method;
    m_ex.startedAt = QDateTime::currentDateTimeUtc();
    m_parser.setHeadRequest(method == "HEAD");
    const QString scheme = url.scheme();
    const bool tls = scheme == QLatin1String("https");
    if (!url.isValid() || url.host().isEmpty() || (!tls && scheme != QLatin1String("http"))) {
        finish(
            FetchError::BadUrl,
            QCoreApplication::translate("HttpClient", "not an http or https address: %1").arg(url.toDisplayString()));
        return;
    }
    m_ex.rawRequest = buildRequest(url, method, m_policy.userAgent);

    QTcpSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket = socket;
    socket->setProxy(QNetworkProxy::NoProxy); // evidence must be what the site itself sent
    connect(socket, &QAbstractSocket::connected, this, &HttpClient::onTcpConnected);
    connect(socket, &QIODevice::readyRead, this, &HttpClient::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &HttpClient::onClosed);
    connect(socket, &QAbstractSocket::errorOccurred, this, &HttpClient::onSocketError);
    m_watchdog.start();
    const QString host = QString::fromLatin1(wireHost(url, false));
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        connect(ssl, &QSslSocket::encrypted, this, &HttpClient::onReady);
        connect(ssl, &QSslSocket::sslErrors, this, &HttpClient::onSslErrors);
        ssl->connectToHostEncrypted(host, quint16(url.port(443)));
    } else {
        socket->connectToHost(host, quint16(url.port(80)));
    }
}

void HttpClient::cancel()
{
    if (!m_started) {
        m_started = true;
        m_clock.start();
    }
    finish(FetchError::Cancelled, QCoreApplication::translate("HttpClient", "cancelled"));
}

void HttpClient::onTcpConnected()
{
    m_ex.peerAddress = m_socket->peerAddress().toString();
    m_ex.peerPort = m_socket->peerPort();
    if (!qobject_cast<QSslSocket *>(m_socket))
        onReady();
}

void HttpClient::onReady()
{
    if (m_finished || m_ready)
        return;
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket); ssl && m_ex.peerCertificateChainPem.isEmpty())
        for (const QSslCertificate &c : ssl->peerCertificateChain())
            m_ex.peerCertificateChainPem += c.toPem();
    m_ready = true;
    m_socket->write(m_ex.rawRequest);
    m_lastActivityMs = m_clock.elapsed();
}

void HttpClient::onReadyRead()
{
    if (m_finished || !m_socket)
        return;
    // Bounded: every round reads at least one byte of what is already buffered, or stops.
    for (int round = 0; round < 4096 && m_socket->bytesAvailable() > 0; ++round) {
        const qint64 room = m_policy.maxRawBytes - m_ex.rawResponse.size();
        if (room <= 0) {
            // More bytes on offer than we keep: stop reading rather than buffer them.
            m_ex.rawTruncated = true;
            if (m_policy.failOnTooLarge)
                finish(FetchError::TooLarge, QCoreApplication::translate("HttpClient", "response larger than %1 bytes")
                                                 .arg(m_policy.maxRawBytes));
            else
                finish(FetchError::Ok, QCoreApplication::translate("HttpClient", "response truncated at %1 bytes")
                                           .arg(m_policy.maxRawBytes));
            return;
        }
        const QByteArray piece = m_socket->read(qMin(room, kReadPiece));
        if (piece.isEmpty())
            break;
        const qint64 now = m_clock.elapsed();
        if (m_firstByteMs < 0)
            m_firstByteMs = now;
        m_lastActivityMs = now;
        m_bytesReceived += piece.size();
        m_ex.rawResponse += piece;
        m_parser.feed(piece);
        if (m_parser.isDone() || m_parser.hasError()) {
            finishFromParser();
            return;
        }
    }
}

void HttpClient::onClosed()
{
    if (m_finished)
        return;
    onReadyRead(); // bytes that arrived with the FIN
    if (m_finished)
        return;
    m_parser.finishOnEof();
    finishFromParser();
}

void HttpClient::onSocketError()
{
    if (m_finished || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString message = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        // Qt reports a TCP reset while reading the same way as an orderly close; the parser
        // decides whether the response was complete.
        onClosed();
        return;
    case QAbstractSocket::HostNotFoundError: finish(FetchError::Dns, message); return;
    case QAbstractSocket::ConnectionRefusedError: finish(FetchError::Refused, message); return;
    case QAbstractSocket::SocketTimeoutError: finish(FetchError::Timeout, message); return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        finish(FetchError::Tls,
               m_ex.tlsErrorMessages.isEmpty() ? message : m_ex.tlsErrorMessages.join(QStringLiteral("; ")));
        return;
    default:
        onReadyRead();
        if (!m_finished)
            finish(m_ready ? FetchError::Reset : FetchError::Network, message);
        return;
    }
}

void HttpClient::onSslErrors(const QList<QSslError> &errors)
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    if (!ssl || m_finished)
        return;
    for (const QSslError &e : errors) {
        const QString code = tlsErrorCode(e);
        if (!m_ex.tlsErrors.contains(code))
            m_ex.tlsErrors << code;
        m_ex.tlsErrorMessages << e.errorString();
    }
    for (const QSslCertificate &c : ssl->peerCertificateChain())
        m_ex.peerCertificateChainPem += c.toPem();
    // Many government sites run with expired or mismatched certificates; the inspector may still
    // need the page checked. The errors stay on the record either way.
    if (m_policy.tlsErrorsAllowed)
        ssl->ignoreSslErrors();
}

void HttpClient::onTick()
{
    if (m_finished)
        return;
    const qint64 now = m_clock.elapsed();
    if (now >= m_policy.timeoutMs) {
        finish(FetchError::Timeout,
               QCoreApplication::translate("HttpClient", "no complete response within %1 ms").arg(m_policy.timeoutMs));
    } else if (!m_ready && now >= m_policy.connectTimeoutMs) {
        finish(
            FetchError::Timeout,
            QCoreApplication::translate("HttpClient", "could not connect within %1 ms").arg(m_policy.connectTimeoutMs));
    } else if (m_ready && now - m_lastActivityMs >= m_policy.stallTimeoutMs) {
        finish(FetchError::Stall,
               QCoreApplication::translate("HttpClient", "no data received for %1 ms").arg(now - m_lastActivityMs));
    } else if (m_policy.minRateBytesPerSec > 0 && m_firstByteMs >= 0
               && now - m_firstByteMs >= m_policy.minRateWindowMs) {
        // Slow drip: a server feeding a byte now and then defeats the silence rule.
        const qint64 rate = m_bytesReceived * 1000 / qMax<qint64>(1, now - m_firstByteMs);
        if (rate < m_policy.minRateBytesPerSec)
            finish(FetchError::Stall, QCoreApplication::translate("HttpClient", "only %1 bytes per second").arg(rate));
    }
}

void HttpClient::finishFromParser()
{
    if (m_parser.isDone())
        finish(FetchError::Ok, QString());
    else
        finish(m_parser.error(), m_parser.errorDetail());
}

void HttpClient::finish(FetchError error, const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    m_watchdog.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_ex.elapsedMs = m_clock.elapsed();
    m_ex.httpVersion = m_parser.httpVersion();
    m_ex.statusCode = m_parser.statusCode();
    m_ex.reasonPhrase = m_parser.reasonPhrase();
    m_ex.headers = m_parser.headers();
    m_ex.trailers = m_parser.trailers();
    m_ex.bodyComplete = m_parser.isDone();
    m_ex.body = m_parser.body();
    QString decodeNote;
    const QByteArray encoding = m_ex.header("Content-Encoding");
    if (!encoding.isEmpty() && !m_ex.body.isEmpty()) {
        DecodedContent decoded = ContentDecoder::decode(encoding, m_ex.body, m_policy.maxDecodedBytes);
        m_ex.body = decoded.data;
        m_ex.bodyDecoded = decoded.decoded;
        decodeNote = decoded.detail;
        if (decoded.error != FetchError::Ok && error == FetchError::Ok) {
            error = decoded.error;
            m_ex.errorDetail = decoded.detail;
        }
    }
    m_ex.error = error;
    if (m_ex.errorDetail.isEmpty())
        m_ex.errorDetail = detail;
    if (m_ex.errorDetail.isEmpty() && !decodeNote.isEmpty())
        m_ex.errorDetail = decodeNote; // e.g. an unsupported coding: the page is kept as sent
    // Queued, so that no caller ever sees `finished` from inside its own call into us.
    QMetaObject::invokeMethod(this, &HttpClient::finished, Qt::QueuedConnection);
}

} // namespace xj
