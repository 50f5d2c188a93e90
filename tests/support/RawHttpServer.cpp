#include "RawHttpServer.h"

#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTimer>

#include <sys/socket.h>
#include <zlib.h>

namespace xj::test {

namespace {
    constexpr int kMaxRequestHead = 64 * 1024;
    constexpr int kMaxDripBytes = 10000;
} // namespace

// One accepted connection: reads the request head, then plays the scripted reply.
class RawConnection : public QObject {
public:
    RawConnection(RawHttpServer *server, QTcpSocket *socket, qint64 acceptedMs)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_acceptedMs(acceptedMs)
    {
        socket->setParent(this);
        connect(socket, &QIODevice::readyRead, this, &RawConnection::onReadyRead);
        connect(socket, &QAbstractSocket::disconnected, this, &RawConnection::done);
        connect(socket, &QAbstractSocket::errorOccurred, this, &RawConnection::done);
    }

private:
    void onReadyRead()
    {
        if (m_replying)
            return; // the client's bytes after the head are not needed
        m_head += m_socket->readAll();
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > kMaxRequestHead)
                done();
            return;
        }
        m_head.truncate(end + 4);
        m_replying = true;
        const QList<QByteArray> line = m_head.left(m_head.indexOf("\r\n")).split(' ');
        SeenRequest seen {m_acceptedMs, m_head, line.value(0), line.value(1)};
        m_server->requestSeen(seen);
        m_reply = m_server->replyFor(seen.target);
        playNext();
    }

    void playNext()
    {
        if (m_closed)
            return;
        if (m_next < m_reply.pieces.size()) {
            const RawReply::Piece piece = m_reply.pieces[m_next++];
            QTimer::singleShot(piece.delayMs, this, [this, piece] {
                if (m_closed)
                    return;
                m_socket->write(piece.bytes);
                playNext();
            });
            return;
        }
        switch (m_reply.end) {
        case RawReply::End::Close:
            m_socket->disconnectFromHost(); // flushes what is pending, then FIN
            finishCounting();
            break;
        case RawReply::End::Reset: {
            m_socket->flush();
            // SO_LINGER 0 makes close() send RST instead of FIN: a real reset, not a close.
            const linger hard {1, 0};
            ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            m_socket->abort();
            done();
            break;
        }
        case RawReply::End::Hang:
            QTimer::singleShot(m_reply.hangMs, this, [this] {
                if (!m_closed)
                    m_socket->abort();
                done();
            });
            break;
        }
    }

    void finishCounting()
    {
        if (!m_counted) {
            m_counted = true;
            m_server->connectionClosed();
        }
    }

    void done()
    {
        finishCounting();
        if (m_closed)
            return;
        m_closed = true;
        m_socket->disconnect(this);
        deleteLater();
    }

    RawHttpServer *m_server;
    QTcpSocket *m_socket;
    qint64 m_acceptedMs;
    QByteArray m_head;
    RawReply m_reply;
    int m_next = 0;
    bool m_replying = false;
    bool m_closed = false;
    bool m_counted = false;
};

RawReply RawReply::whole(const QByteArray &raw, End end)
{
    RawReply r;
    r.pieces.append({raw, 0});
    r.end = end;
    return r;
}

RawReply RawReply::delayed(const QByteArray &raw, int delayMs)
{
    RawReply r;
    r.pieces.append({raw, delayMs});
    return r;
}

RawReply RawReply::drip(const QByteArray &head, const QByteArray &body, int intervalMs, int maxBytes)
{
    RawReply r;
    r.pieces.append({head, 0});
    const int n = qMin<int>(qMin(maxBytes, kMaxDripBytes), int(body.size()));
    for (int i = 0; i < n; ++i)
        r.pieces.append({body.mid(i, 1), intervalMs});
    return r;
}

RawHttpServer::RawHttpServer(QObject *parent)
    : QTcpServer(parent)
{
    m_clock.start();
}

RawHttpServer::~RawHttpServer() = default;

bool RawHttpServer::start()
{
    return listen(QHostAddress(QHostAddress::LocalHost), 0);
}

bool RawHttpServer::startTls(const QSslCertificate &cert, const QSslKey &key)
{
    m_tls = true;
    m_cert = cert;
    m_key = key;
    return listen(QHostAddress(QHostAddress::LocalHost), 0);
}

QUrl RawHttpServer::url(const QString &target) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(serverPort())
                    .arg(target));
}

void RawHttpServer::setReply(const QString &target, const RawReply &reply)
{
    setReplies(target, {reply});
}

void RawHttpServer::setReplies(const QString &target, const QList<RawReply> &replies)
{
    m_scripts[target] = Script {replies, 0};
}

int RawHttpServer::hits(const QString &target) const
{
    int n = 0;
    for (const SeenRequest &r : m_requests)
        n += r.target == target.toUtf8() ? 1 : 0;
    return n;
}

void RawHttpServer::resetStats()
{
    m_requests.clear();
    m_acceptTimes.clear();
    m_maxOpen = m_open;
}

RawReply RawHttpServer::replyFor(const QByteArray &target)
{
    auto it = m_scripts.find(QString::fromUtf8(target));
    if (it == m_scripts.end() || it->replies.isEmpty())
        return RawReply::whole(response(404, "text/html", "<html><body>not found</body></html>"));
    const RawReply reply = it->replies.value(qMin(it->next, int(it->replies.size()) - 1));
    ++it->next;
    return reply;
}

void RawHttpServer::connectionOpened(qint64 acceptedMs)
{
    m_acceptTimes.append(acceptedMs);
    m_maxOpen = qMax(m_maxOpen, ++m_open);
}

void RawHttpServer::requestSeen(const SeenRequest &request)
{
    m_requests.append(request);
}

void RawHttpServer::connectionClosed()
{
    --m_open;
}

void RawHttpServer::incomingConnection(qintptr descriptor)
{
    const qint64 now = m_clock.elapsed();
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket;
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setLocalCertificate(m_cert);
        ssl->setPrivateKey(m_key);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    connectionOpened(now);
    new RawConnection(this, socket, now);
}

QByteArray RawHttpServer::response(int status, const QByteArray &contentType, const QByteArray &body,
                                   const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Type: " + contentType
         + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

QByteArray RawHttpServer::chunkedResponse(const QList<QByteArray> &chunks, const QByteArray &extraHeaders)
{
    QByteArray out
        = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n" + extraHeaders + "\r\n";
    for (const QByteArray &c : chunks)
        out += QByteArray::number(c.size(), 16) + "\r\n" + c + "\r\n";
    return out + "0\r\n\r\n";
}

namespace {
    QByteArray deflateWith(const QByteArray &data, int windowBits)
    {
        z_stream zs {};
        deflateInit2(&zs, 9, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
        QByteArray out(int(deflateBound(&zs, uLong(data.size()))), Qt::Uninitialized);
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        zs.avail_in = uInt(data.size());
        zs.next_out = reinterpret_cast<Bytef *>(out.data());
        zs.avail_out = uInt(out.size());
        deflate(&zs, Z_FINISH);
        out.truncate(qsizetype(zs.total_out));
        deflateEnd(&zs);
        return out;
    }
} // namespace

QByteArray gzipBytes(const QByteArray &data)
{
    return deflateWith(data, 15 + 16);
}
QByteArray zlibBytes(const QByteArray &data)
{
    return deflateWith(data, 15);
}
QByteArray rawDeflateBytes(const QByteArray &data)
{
    return deflateWith(data, -15);
}

QByteArray gzipOfZeros(qint64 size)
{
    z_stream zs {};
    deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out;
    char buffer[64 * 1024];
    for (qint64 fed = 0; fed < size;) { // one MiB of input per round, size/1MiB rounds
        const qint64 n = qMin<qint64>(zeros.size(), size - fed);
        fed += n;
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        zs.avail_in = uInt(n);
        const int flush = fed < size ? Z_NO_FLUSH : Z_FINISH;
        for (int round = 0; round < 1000; ++round) {
            zs.next_out = reinterpret_cast<Bytef *>(buffer);
            zs.avail_out = sizeof buffer;
            deflate(&zs, flush);
            out.append(buffer, qsizetype(sizeof buffer - zs.avail_out));
            if (zs.avail_out != 0)
                break;
        }
    }
    deflateEnd(&zs);
    return out;
}

bool makeSelfSignedCertificate(const QString &dir, const QStringList &names, QSslCertificate *cert, QSslKey *key,
                               QString *why)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *why = QStringLiteral("openssl not installed (scripts/packages.txt lists it)");
        return false;
    }
    QStringList san;
    for (const QString &n : names)
        san << (n.front().isDigit() ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + n;
    const QString certPath = dir + QStringLiteral("/cert.pem");
    const QString keyPath = dir + QStringLiteral("/key.pem");
    QProcess p;
    p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                      QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=") + names.value(0), QStringLiteral("-addext"),
                      QStringLiteral("subjectAltName=") + san.join(QLatin1Char(',')), QStringLiteral("-keyout"),
                      keyPath, QStringLiteral("-out"), certPath});
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        *why = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
        p.kill();
        return false;
    }
    QFile c(certPath), k(keyPath);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("openssl wrote no certificate");
        return false;
    }
    *cert = QSslCertificate(c.readAll(), QSsl::Pem);
    *key = QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem);
    if (cert->isNull() || key->isNull()) {
        *why = QStringLiteral("cannot read the generated certificate or key");
        return false;
    }
    return true;
}

} // namespace xj::test
