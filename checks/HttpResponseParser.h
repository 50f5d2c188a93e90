#pragma once
// Incremental HTTP/1.x response parser. Fed the bytes exactly as they come off the socket, in
// pieces of any size; never reads past what it was given and never buffers more than one header
// line or chunk-size line beyond the body, so a hostile server cannot make it grow without bound
// (the client caps the total separately).
//
// Lenient where real servers are sloppy (bare LF line ends, missing reason phrase, 1xx interim
// responses, chunk extensions, trailers); strict where a wrong guess would corrupt the evidence
// (conflicting Content-Length, bad chunk sizes, header lines without a colon).

#include "FetchTypes.h"

#include <QByteArray>
#include <QString>

namespace xj {

class HttpResponseParser {
public:
    enum class State { StatusLine, Headers, Body, Done, Error };

    explicit HttpResponseParser(int maxHeaderBytes = 64 << 10);

    // A response to HEAD has no body whatever its headers say. Set before feeding.
    void setHeadRequest(bool head) { m_head = head; }

    void feed(const QByteArray &bytes);
    // The peer closed the connection: a body delimited by close is now complete; anything else
    // still expected means the response was cut short (Reset).
    void finishOnEof();

    State state() const { return m_state; }
    bool isDone() const { return m_state == State::Done; }
    bool hasError() const { return m_state == State::Error; }
    bool headersComplete() const { return m_state == State::Body || m_state == State::Done || m_headersDone; }
    FetchError error() const { return m_error; }
    QString errorDetail() const { return m_errorDetail; }

    QByteArray httpVersion() const { return m_version; }
    int statusCode() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    const HttpHeaders &headers() const { return m_headers; }
    const HttpHeaders &trailers() const { return m_trailers; }
    const QByteArray &body() const { return m_body; } // de-chunked, still content-encoded
    bool isChunked() const { return m_mode == BodyMode::Chunked; }
    qint64 contentLength() const { return m_contentLength; } // -1 when not declared
    int interimResponses() const { return m_interim; }       // 1xx responses skipped

private:
    enum class BodyMode { None, Length, Chunked, UntilClose };
    enum class ChunkState { Size, Data, DataEnd, Trailers };

    bool takeLine(QByteArray *line, int maxLength, bool countAsHeader);
    void parseStatusLine(const QByteArray &line);
    void parseHeaderLine(const QByteArray &line, HttpHeaders *into);
    void beginBody();
    void parseBody();
    void parseChunked();
    void fail(FetchError error, const QString &detail);

    int m_maxHeaderBytes;
    bool m_head = false;
    State m_state = State::StatusLine;
    FetchError m_error = FetchError::Ok;
    QString m_errorDetail;

    QByteArray m_buf;         // unconsumed input
    qsizetype m_pos = 0;      // read position in m_buf
    qint64 m_headerBytes = 0; // status line + header (+ trailer) bytes so far
    int m_emptyLinesSkipped = 0;
    bool m_headersDone = false;

    QByteArray m_version;
    int m_status = 0;
    QByteArray m_reason;
    HttpHeaders m_headers;
    HttpHeaders m_trailers;
    int m_interim = 0;

    BodyMode m_mode = BodyMode::None;
    qint64 m_contentLength = -1;
    ChunkState m_chunkState = ChunkState::Size;
    qint64 m_chunkRemaining = 0;
    QByteArray m_body;
};

} // namespace xj
