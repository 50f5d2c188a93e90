#include "HttpResponseParser.h"

#include <QCoreApplication>

namespace xj {

namespace {
    constexpr int kMaxChunkSizeLine = 4096;  // size + extensions; real ones are a few bytes
    constexpr int kMaxLeadingEmptyLines = 8; // some servers emit stray CRLFs before the status line

    bool isDigits(const QByteArray &s)
    {
        if (s.isEmpty())
            return false;
        for (char c : s)
            if (c < '0' || c > '9')
                return false;
        return true;
    }

    bool isTokenChar(char c)
    {
        // RFC 9110 tchar; anything else in a field name means the line is not a header.
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
    }
} // namespace

HttpResponseParser::HttpResponseParser(int maxHeaderBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
{
}

void HttpResponseParser::fail(FetchError error, const QString &detail)
{
    m_state = State::Error;
    m_error = error;
    m_errorDetail = detail;
    m_buf.clear();
    m_pos = 0;
}

// Takes one line (without its CR LF or bare LF) off the buffer. False when no full line is
// there yet; fails the parse when the pending partial line is already too long.
bool HttpResponseParser::takeLine(QByteArray *line, int maxLength, bool countAsHeader)
{
    const qsizetype nl = m_buf.indexOf('\n', m_pos);
    const qsizetype lineBytes = nl < 0 ? m_buf.size() - m_pos : nl - m_pos + 1;
    const bool tooLong = countAsHeader ? m_headerBytes + lineBytes > m_maxHeaderBytes : lineBytes > maxLength;
    if (tooLong) {
        if (countAsHeader)
            fail(FetchError::BadResponse,
                 QCoreApplication::translate("HttpResponseParser", "header section larger than %1 bytes")
                     .arg(m_maxHeaderBytes));
        else
            fail(FetchError::BadChunking,
                 QCoreApplication::translate("HttpResponseParser", "chunk size line too long"));
        return false;
    }
    if (nl < 0)
        return false;
    *line = m_buf.mid(m_pos, nl - m_pos);
    if (line->endsWith('\r'))
        line->chop(1);
    m_pos = nl + 1;
    if (countAsHeader)
        m_headerBytes += lineBytes;
    return true;
}

void HttpResponseParser::feed(const QByteArray &bytes)
{
    if (m_state == State::Done || m_state == State::Error)
        return; // bytes after the end of the response are evidence only (kept raw by the client)
    m_buf.append(bytes);
    // Each pass consumes a line or body bytes, or returns; bound it anyway against surprises.
    for (qsizetype guard = m_buf.size() + 16; guard > 0; --guard) {
        const qsizetype before = m_pos;
        const State stateBefore = m_state;
        QByteArray line;
        if (m_state == State::StatusLine) {
            if (!takeLine(&line, 0, true))
                break;
            parseStatusLine(line);
        } else if (m_state == State::Headers) {
            if (!takeLine(&line, 0, true))
                break;
            if (line.isEmpty())
                beginBody();
            else
                parseHeaderLine(line, &m_headers);
        } else if (m_state == State::Body) {
            parseBody();
        }
        if (m_state == State::Done || m_state == State::Error)
            break;
        if (m_pos == before && m_state == stateBefore)
            break; // waiting for more input
    }
    if (m_state != State::Error) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
}

void HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    if (line.isEmpty()) {
        if (++m_emptyLinesSkipped > kMaxLeadingEmptyLines)
            fail(FetchError::BadResponse, QCoreApplication::translate("HttpResponseParser", "no status line"));
        return;
    }
    // "HTTP/1.1 200 OK"; the reason phrase may be missing or empty.
    const QList<QByteArray> parts = line.split(' ');
    const QByteArray version = parts.value(0);
    const QByteArray code = parts.value(1);
    const bool versionOk = version.size() == 8 && version.startsWith("HTTP/") && version[5] >= '0' && version[5] <= '9'
                        && version[6] == '.' && version[7] >= '0' && version[7] <= '9';
    if (!versionOk || code.size() != 3 || !isDigits(code) || code[0] == '0') {
        fail(FetchError::BadResponse, QCoreApplication::translate("HttpResponseParser", "malformed status line: %1")
                                          .arg(QString::fromLatin1(line.left(80).toPercentEncoding(" /:"))));
        return;
    }
    m_version = version;
    m_status = code.toInt();
    const qsizetype reasonStart = version.size() + 1 + code.size() + 1;
    m_reason = line.size() > reasonStart ? line.mid(reasonStart).trimmed() : QByteArray();
    m_state = State::Headers;
}

void HttpResponseParser::parseHeaderLine(const QByteArray &line, HttpHeaders *into)
{
    if (line[0] == ' ' || line[0] == '\t') {
        // Obsolete line folding: a continuation of the previous field's value.
        if (into->isEmpty()) {
            fail(FetchError::BadResponse,
                 QCoreApplication::translate("HttpResponseParser", "header continuation line without a header"));
            return;
        }
        QByteArray &value = into->last().second;
        const QByteArray more = line.trimmed();
        if (!more.isEmpty())
            value += (value.isEmpty() ? "" : " ") + more;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
    bool nameOk = !name.isEmpty();
    for (char c : name)
        nameOk = nameOk && isTokenChar(c);
    if (!nameOk) {
        fail(FetchError::BadResponse, QCoreApplication::translate("HttpResponseParser", "malformed header line: %1")
                                          .arg(QString::fromLatin1(line.left(80).toPercentEncoding(" /:"))));
        return;
    }
    into->append({name, line.mid(colon + 1).trimmed()});
}

void HttpResponseParser::beginBody()
{
    if (m_status >= 100 && m_status < 200 && m_status != 101) {
        // Interim (100 Continue, 103 Early Hints): the real response follows on the same stream.
        ++m_interim;
        m_headers.clear();
        m_state = State::StatusLine;
        return;
    }
    m_headersDone = true;
    if (m_head || m_status == 204 || m_status == 304 || m_status < 200) {
        m_mode = BodyMode::None;
        m_state = State::Done;
        return;
    }
    QList<QByteArray> lengths;
    QByteArray transferEncoding;
    for (const auto &h : std::as_const(m_headers)) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            for (const QByteArray &v : h.second.split(','))
                lengths.append(v.trimmed());
        else if (h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + h.second;
    }
    if (!transferEncoding.isEmpty()) {
        // Transfer-Encoding overrides Content-Length. Only chunked is understood; with any other
        // final coding the body runs to the close of the connection (RFC 9112 6.3).
        const QByteArray last = transferEncoding.split(',').constLast().trimmed().toLower();
        m_mode = last == "chunked" ? BodyMode::Chunked : BodyMode::UntilClose;
        m_state = State::Body;
        return;
    }
    if (!lengths.isEmpty()) {
        for (const QByteArray &l : std::as_const(lengths)) {
            if (!isDigits(l) || l.size() > 18 || l != lengths.constFirst()) {
                // Conflicting lengths are how response-splitting works: refuse to guess.
                fail(FetchError::BadResponse,
                     QCoreApplication::translate("HttpResponseParser", "invalid Content-Length"));
                return;
            }
        }
        m_contentLength = lengths.constFirst().toLongLong();
        m_mode = BodyMode::Length;
        m_state = m_contentLength == 0 ? State::Done : State::Body;
        return;
    }
    m_mode = BodyMode::UntilClose;
    m_state = State::Body;
}

void HttpResponseParser::parseBody()
{
    const qsizetype available = m_buf.size() - m_pos;
    switch (m_mode) {
    case BodyMode::Length: {
        const qint64 take = qMin<qint64>(available, m_contentLength - m_body.size());
        m_body.append(m_buf.constData() + m_pos, take);
        m_pos += take;
        if (m_body.size() >= m_contentLength)
            m_state = State::Done;
        break;
    }
    case BodyMode::UntilClose:
        m_body.append(m_buf.constData() + m_pos, available);
        m_pos += available;
        break;
    case BodyMode::Chunked: parseChunked(); break;
    case BodyMode::None: m_state = State::Done; break;
    }
}

void HttpResponseParser::parseChunked()
{
    QByteArray line;
    switch (m_chunkState) {
    case ChunkState::Size: {
        if (!takeLine(&line, kMaxChunkSizeLine, false))
            return;
        QByteArray size = line;
        const qsizetype semi = size.indexOf(';'); // chunk extensions: ignored, kept raw
        if (semi >= 0)
            size.truncate(semi);
        size = size.trimmed();
        bool ok = !size.isEmpty() && size.size() <= 15; // 15 hex digits: no overflow, > any cap
        for (char c : size)
            ok = ok && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
        if (!ok) {
            fail(FetchError::BadChunking, QCoreApplication::translate("HttpResponseParser", "invalid chunk size: %1")
                                              .arg(QString::fromLatin1(line.left(40).toPercentEncoding(" "))));
            return;
        }
        m_chunkRemaining = size.toLongLong(nullptr, 16);
        m_chunkState = m_chunkRemaining == 0 ? ChunkState::Trailers : ChunkState::Data;
        return;
    }
    case ChunkState::Data: {
        const qint64 take = qMin<qint64>(m_buf.size() - m_pos, m_chunkRemaining);
        m_body.append(m_buf.constData() + m_pos, take);
        m_pos += take;
        m_chunkRemaining -= take;
        if (m_chunkRemaining == 0)
            m_chunkState = ChunkState::DataEnd;
        return;
    }
    case ChunkState::DataEnd: {
        // Exactly CRLF (or a bare LF) after the data; anything else means the size lied.
        const qsizetype available = m_buf.size() - m_pos;
        if (available < 1)
            return;
        const char c = m_buf[m_pos];
        if (c == '\n') {
            m_pos += 1;
        } else if (c == '\r') {
            if (available < 2)
                return;
            if (m_buf[m_pos + 1] != '\n') {
                fail(FetchError::BadChunking,
                     QCoreApplication::translate("HttpResponseParser", "chunk data longer than its declared size"));
                return;
            }
            m_pos += 2;
        } else {
            fail(FetchError::BadChunking,
                 QCoreApplication::translate("HttpResponseParser", "chunk data longer than its declared size"));
            return;
        }
        m_chunkState = ChunkState::Size;
        return;
    }
    case ChunkState::Trailers:
        if (!takeLine(&line, 0, true))
            return;
        if (line.isEmpty())
            m_state = State::Done;
        else
            parseHeaderLine(line, &m_trailers);
        return;
    }
}

void HttpResponseParser::finishOnEof()
{
    if (m_state == State::Done || m_state == State::Error)
        return;
    if (m_state == State::Body && m_mode == BodyMode::UntilClose) {
        m_state = State::Done;
        return;
    }
    QString detail;
    if (m_state == State::StatusLine && m_headerBytes == 0 && m_buf.size() == m_pos)
        detail = QCoreApplication::translate("HttpResponseParser", "connection closed without a response");
    else if (m_state != State::Body)
        detail = QCoreApplication::translate("HttpResponseParser", "connection closed inside the response headers");
    else if (m_mode == BodyMode::Length)
        detail = QCoreApplication::translate("HttpResponseParser", "connection closed after %1 of %2 body bytes")
                     .arg(m_body.size())
                     .arg(m_contentLength);
    else
        detail = QCoreApplication::translate("HttpResponseParser",
                                             "connection closed before the last chunk (%1 body bytes received)")
                     .arg(m_body.size());
    fail(FetchError::Reset, detail);
}

} // namespace xj
