#pragma once
// One HTTP/1.1 exchange on its own TCP (or TLS) connection, recorded byte for byte.
//
// Why not QNetworkAccessManager: it removes chunking and compression and hides the bytes on the
// wire, and WARC evidence needs them exactly. Why one connection per request ("Connection:
// close") rather than a keep-alive pool: every exchange is then a self-contained byte stream, a
// broken or hostile server cannot desynchronise later requests, and at polite rates (2 per host,
// 1 s apart) the extra handshakes cost nothing that matters.
//
// Threading: an HttpClient lives in the thread that created it and must be used only there; it
// needs that thread's event loop. `finished` is always emitted from the event loop (never from
// inside start() or cancel()), exactly once.

#include "FetchTypes.h"
#include "HttpResponseParser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;
class QSslError;

namespace xj {

class HttpClient : public QObject {
    Q_OBJECT

public:
    explicit HttpClient(const FetchPolicy &policy, QObject *parent = nullptr);
    ~HttpClient() override;

    // GET or HEAD `url` (http or https). Call once.
    void start(const QUrl &url, const QByteArray &method = QByteArrayLiteral("GET"));
    // Stops now; the exchange ends with Cancelled (bytes received so far are kept).
    void cancel();

    bool isFinished() const { return m_finished; }
    const HttpExchange &exchange() const { return m_ex; }

    // The exact request bytes start() sends; public so tests and evidence tools can reproduce it.
    static QByteArray buildRequest(const QUrl &url, const QByteArray &method, const QByteArray &userAgent);
    // Stable code for a certificate problem ("expired", "hostname-mismatch", "self-signed", …).
    static QString tlsErrorCode(const QSslError &error);

signals:
    void finished();

private:
    void onTcpConnected();
    void onReady();
    void onReadyRead();
    void onClosed();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onTick();
    void finish(FetchError error, const QString &detail);
    void finishFromParser();

    FetchPolicy m_policy;
    HttpExchange m_ex;
    HttpResponseParser m_parser;
    QPointer<QTcpSocket> m_socket;
    QTimer m_watchdog;
    QElapsedTimer m_clock;
    bool m_started = false;
    bool m_ready = false; // connected (and TLS handshake done), request written
    bool m_finished = false;
    qint64 m_lastActivityMs = 0; // request sent or last byte received
    qint64 m_firstByteMs = -1;
    qint64 m_bytesReceived = 0; // all bytes read, including any over the raw cap
};

} // namespace xj
