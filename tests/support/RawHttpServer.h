#pragma once
// A scripted raw HTTP server for tests: for each request target it writes exactly the bytes it is
// told to, with delays, then closes, resets (RST) or keeps the connection hanging. That is how
// broken and hostile servers are imitated — no HTTP library would send malformed framing on
// purpose. Listens on 127.0.0.1 only; plain TCP or TLS (QSslSocket) with a given certificate.
// Everything is bounded: request heads are read up to 64 KiB, drips and hangs have a maximum.
//
// Lives on the test thread and needs its event loop (QTRY_* / QSignalSpy::wait keep it running).

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

namespace xj::test {

struct RawReply {
    enum class End { Close, Reset, Hang };
    struct Piece {
        QByteArray bytes;
        int delayMs = 0; // waited before writing this piece
    };
    QList<Piece> pieces;
    End end = End::Close;
    int hangMs = 10000; // a hanging connection is closed by the server after this anyway

    static RawReply whole(const QByteArray &raw, End end = End::Close);
    // `raw` written after `delayMs`: lets several requests overlap for concurrency checks.
    static RawReply delayed(const QByteArray &raw, int delayMs);
    // The head at once, then the body one byte every `intervalMs`, at most `maxBytes` of it.
    static RawReply drip(const QByteArray &head, const QByteArray &body, int intervalMs, int maxBytes);
};

struct SeenRequest {
    qint64 acceptedMs = 0; // TCP accept, on the server's clock (ms since the server was made)
    QByteArray head;       // request line and headers as received
    QByteArray method;
    QByteArray target;
};

class RawHttpServer : public QTcpServer {
    Q_OBJECT

public:
    explicit RawHttpServer(QObject *parent = nullptr);
    ~RawHttpServer() override;

    bool start();                                                   // plain HTTP, random port
    bool startTls(const QSslCertificate &cert, const QSslKey &key); // HTTPS, random port
    QUrl url(const QString &target) const;                          // http(s)://127.0.0.1:port + target

    void setReply(const QString &target, const RawReply &reply);
    // Each connection for `target` takes the next reply; the last one repeats.
    void setReplies(const QString &target, const QList<RawReply> &replies);

    QList<SeenRequest> requests() const { return m_requests; }
    int hits(const QString &target) const;
    QList<qint64> acceptTimes() const { return m_acceptTimes; }
    int openConnections() const { return m_open; }
    int maxOpenConnections() const { return m_maxOpen; }
    void resetStats();

    // Building blocks for raw responses.
    static QByteArray response(int status, const QByteArray &contentType, const QByteArray &body,
                               const QByteArray &extraHeaders = QByteArray());
    static QByteArray chunkedResponse(const QList<QByteArray> &chunks, const QByteArray &extraHeaders = QByteArray());

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class RawConnection;
    RawReply replyFor(const QByteArray &target);
    void connectionOpened(qint64 acceptedMs);
    void requestSeen(const SeenRequest &request);
    void connectionClosed();

    struct Script {
        QList<RawReply> replies;
        int next = 0;
    };
    QHash<QString, Script> m_scripts;
    QList<SeenRequest> m_requests;
    QList<qint64> m_acceptTimes;
    QElapsedTimer m_clock;
    bool m_tls = false;
    QSslCertificate m_cert;
    QSslKey m_key;
    int m_open = 0;
    int m_maxOpen = 0;
};

// zlib helpers for building encoded bodies.
QByteArray gzipBytes(const QByteArray &data);
QByteArray zlibBytes(const QByteArray &data);       // "deflate" as the RFC means it
QByteArray rawDeflateBytes(const QByteArray &data); // "deflate" as some servers send it
QByteArray gzipOfZeros(qint64 size);                // a decompression bomb, built in pieces

// A throwaway self-signed certificate from the openssl CLI, for `names` (DNS names or IPs).
// Returns false with *why when openssl is missing or fails.
bool makeSelfSignedCertificate(const QString &dir, const QStringList &names, QSslCertificate *cert, QSslKey *key,
                               QString *why);

} // namespace xj::test

Q_DECLARE_METATYPE(xj::test::RawReply)
