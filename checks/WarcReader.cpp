#include "WarcReader.h"

#include <QCoreApplication>

namespace xj {

namespace {


bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Splits one inflated member into version, headers and block; fills in the digest checks.
bool parseRecord(const QByteArray &data, WarcRecord &record, QString *error)
{
    qsizetype pos = 0;
    auto line = [&]() -> std::optional<QByteArray> {
        const qsizetype lf = data.indexOf('\n', pos);
        if (lf < 0)
            return std::nullopt;
        QByteArray l = data.mid(pos, lf - pos);
        if (l.endsWith('\r'))
            l.chop(1);
        pos = lf + 1;
        return l;
    };
    const auto version = line();
    if (!version || !version->startsWith("WARC/"))
        return fail(error, QCoreApplication::translate("WarcReader", "not a WARC record (no WARC/ version line)"));
    record.version = *version;
    for (;;) {
        const auto l = line();
        if (!l)
            return fail(error, QCoreApplication::translate("WarcReader", "WARC record headers do not end"));
        if (l->isEmpty())
            break;
        if ((l->startsWith(' ') || l->startsWith('\t')) && !record.headers.isEmpty()) {
            record.headers.last().second += ' ' + l->trimmed();
            continue;
        }
        const qsizetype colon = l->indexOf(':');
        if (colon <= 0)
            return fail(error, QCoreApplication::translate("WarcReader", "malformed WARC header line: %1")
                .arg(QString::fromUtf8(*l)));
        record.headers.append({l->left(colon).trimmed(), l->mid(colon + 1).trimmed()});
    }
    bool ok = false;
    const qint64 length = record.header("Content-Length").toLongLong(&ok);
    if (!ok || length < 0)
        return fail(error, QCoreApplication::translate("WarcReader", "WARC record has no valid Content-Length"));
    if (length > data.size() - pos)
        return fail(error, QCoreApplication::translate("WarcReader", "WARC record block is truncated (%1 of %2 bytes)")
            .arg(data.size() - pos).arg(length));
    record.block = data.mid(pos, length);

    record.blockDigest = warc::checkDigest(record.header("WARC-Block-Digest"), record.block);
    const QByteArray payloadHeader = record.header("WARC-Payload-Digest");
    if (!payloadHeader.isEmpty()) {
        // For HTTP records the payload is the de-chunked entity body (what WarcWriter digests); for
        // resource and other records it is the whole block.
        if (record.header("Content-Type").startsWith("application/http")) {
            const auto payload = warc::httpPayload(record.block);
            record.payloadDigest =
                payload ? warc::checkDigest(payloadHeader, *payload) : warc::DigestCheck::Unsupported;
        } else {
            record.payloadDigest = warc::checkDigest(payloadHeader, record.block);
        }
    }
    return true;
}

} // namespace

std::optional<WarcRecord> WarcReader::read(const WarcLocation &location, QString *error, qint64 maxRecordSize)
{
    QFile file(location.file);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QCoreApplication::translate("WarcReader", "cannot open %1: %2")
            .arg(location.file, file.errorString()));
        return std::nullopt;
    }
    qint64 consumed = 0;
    const auto data = warc::inflateMember(&file, location.offset, maxRecordSize, &consumed, error);
    if (!data)
        return std::nullopt;
    if (location.length > 0 && consumed != location.length) {
        fail(error, QCoreApplication::translate("WarcReader", "the record at offset %1 is %2 bytes long, not %3")
            .arg(location.offset).arg(consumed).arg(location.length));
        return std::nullopt;
    }
    WarcRecord record;
    if (!parseRecord(*data, record, error))
        return std::nullopt;
    record.location = {location.file, location.offset, consumed, record.recordId()};
    if (!location.recordId.isEmpty() && location.recordId != record.location.recordId) {
        fail(error, QCoreApplication::translate("WarcReader", "the record at offset %1 is %2, not %3")
            .arg(location.offset).arg(record.location.recordId, location.recordId));
        return std::nullopt;
    }
    return record;
}

std::optional<HttpMessage> WarcReader::parseHttp(const QByteArray &block, QString *error)
{
    const auto parts = warc::splitHttp(block);
    if (!parts) {
        fail(error, QCoreApplication::translate("WarcReader", "not a complete HTTP message"));
        return std::nullopt;
    }
    HttpMessage m;
    m.firstLine = parts->firstLine;
    m.headers = parts->headers;
    if (m.firstLine.startsWith("HTTP/")) {
        const QList<QByteArray> words = m.firstLine.split(' ');
        m.statusCode = words.value(1).toInt();
        const qsizetype reasonAt = m.firstLine.indexOf(' ', words.value(0).size() + 1);
        m.reason = reasonAt > 0 ? m.firstLine.mid(reasonAt + 1) : QByteArray();
    }
    m.body = block.mid(parts->bodyOffset);
    m.wasChunked = warc::isChunked(m.headers);
    if (m.wasChunked && !m.body.isEmpty()) { // HEAD and 304 answers say chunked but carry nothing
        const auto plain = warc::dechunk(m.body);
        if (!plain) {
            fail(error, QCoreApplication::translate("WarcReader", "the chunked HTTP body is broken or truncated"));
            return std::nullopt;
        }
        m.body = *plain;
    }
    return m;
}

std::optional<QByteArray> WarcReader::decodedBody(const HttpMessage &message, qint64 maxSize, QString *error)
{
    QList<QByteArray> codings;
    for (const auto &h : message.headers)
        if (h.first.compare("Content-Encoding", Qt::CaseInsensitive) == 0)
            for (const QByteArray &part : h.second.split(','))
                if (const QByteArray c = part.trimmed().toLower(); !c.isEmpty() && c != "identity")
                    codings.append(c);
    QByteArray body = message.body;
    // Codings are listed in the order applied, so they come off last first.
    for (auto it = codings.crbegin(); it != codings.crend(); ++it) {
        std::optional<QByteArray> next;
        if (*it == "gzip" || *it == "x-gzip") {
            next = warc::inflateBuffer(body, warc::Deflate::Gzip, maxSize, error);
        } else if (*it == "deflate") {
            // "deflate" means zlib-wrapped (RFC 9110), but many servers send raw deflate.
            next = warc::inflateBuffer(body, warc::Deflate::Zlib, maxSize, nullptr);
            if (!next)
                next = warc::inflateBuffer(body, warc::Deflate::Raw, maxSize, error);
        } else {
            fail(error, QCoreApplication::translate("WarcReader", "unsupported content encoding: %1")
                .arg(QString::fromLatin1(*it)));
            return std::nullopt;
        }
        if (!next)
            return std::nullopt;
        body = *next;
    }
    if (body.size() > maxSize) {
        fail(error, QCoreApplication::translate("WarcReader", "the body exceeds the limit of %1 bytes").arg(maxSize));
        return std::nullopt;
    }
    return body;
}

WarcReader::WarcReader(const QString &fileName, qint64 maxRecordSize)
    : m_file(fileName)
    , m_maxRecordSize(maxRecordSize)
{
}

bool WarcReader::open()
{
    m_offset = 0;
    m_error.clear();
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(&m_error, QCoreApplication::translate("WarcReader", "cannot open %1: %2")
            .arg(m_file.fileName(), m_file.errorString()));
    return true;
}

bool WarcReader::atEnd() const { return m_error.isEmpty() && m_file.isOpen() && m_offset >= m_file.size(); }

std::optional<WarcRecord> WarcReader::next()
{
    if (!m_error.isEmpty() || !m_file.isOpen() || m_offset >= m_file.size())
        return std::nullopt;
    qint64 consumed = 0;
    QString why;
    const auto data = warc::inflateMember(&m_file, m_offset, m_maxRecordSize, &consumed, &why);
    WarcRecord record;
    if (!data || !parseRecord(*data, record, &why)) {
        m_error = QCoreApplication::translate("WarcReader", "%1 at offset %2: %3")
            .arg(m_file.fileName()).arg(m_offset).arg(why);
        return std::nullopt;
    }
    record.location = {m_file.fileName(), m_offset, consumed, record.recordId()};
    m_offset += consumed;
    return record;
}

} // namespace xj
