#include "Warc.h"

#include <QCoreApplication>
#include <QIODevice>
#include <cstring>
#include <zlib.h>

namespace xj::warc {

namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";


bool sameName(const QByteArray &a, const QByteArray &b) { return a.compare(b, Qt::CaseInsensitive) == 0; }

// Transfer codings, lower case, in the order applied.
QList<QByteArray> transferCodings(const WarcHeaders &headers)
{
    QList<QByteArray> out;
    for (const auto &h : headers) {
        if (!sameName(h.first, "Transfer-Encoding"))
            continue;
        for (const QByteArray &part : h.second.split(',')) {
            const QByteArray coding = part.split(';').first().trimmed().toLower();
            if (!coding.isEmpty())
                out.append(coding);
        }
    }
    return out;
}

// Next line of `data` from `pos` without its CRLF/LF; pos moves past the line end. nullopt when no
// line end follows (the caller decides whether that is truncation).
std::optional<QByteArray> takeLine(const QByteArray &data, qsizetype &pos)
{
    const qsizetype lf = data.indexOf('\n', pos);
    if (lf < 0)
        return std::nullopt;
    qsizetype end = lf;
    if (end > pos && data.at(end - 1) == '\r')
        --end;
    QByteArray line = data.mid(pos, end - pos);
    pos = lf + 1;
    return line;
}

} // namespace

QByteArray headerValue(const WarcHeaders &headers, const QByteArray &name)
{
    for (const auto &h : headers)
        if (sameName(h.first, name))
            return h.second;
    return {};
}

QByteArray base32(const QByteArray &bytes)
{
    QByteArray out;
    quint64 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out.append(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(kAlphabet[(buffer << (5 - bits)) & 31]);
    while (out.size() % 8)
        out.append('=');
    return out;
}

std::optional<QByteArray> fromBase32(const QByteArray &text)
{
    QByteArray out;
    quint64 buffer = 0;
    int bits = 0;
    for (const char c : text) {
        if (c == '=')
            break;
        const char upper = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
        const char *hit = upper ? std::strchr(kAlphabet, upper) : nullptr;
        if (!hit)
            return std::nullopt;
        buffer = (buffer << 5) | quint64(hit - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QByteArray sha1Digest(const QByteArray &data)
{
    return "sha1:" + base32(QCryptographicHash::hash(data, QCryptographicHash::Sha1));
}

DigestCheck checkDigest(const QByteArray &header, const QByteArray &data)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return DigestCheck::Absent;
    const qsizetype colon = value.indexOf(':');
    if (colon < 0)
        return DigestCheck::Unsupported;
    const QByteArray label = value.left(colon).toLower().replace("-", "");
    const QByteArray encoded = value.mid(colon + 1);
    QCryptographicHash::Algorithm algorithm;
    if (label == "sha1")
        algorithm = QCryptographicHash::Sha1;
    else if (label == "sha256")
        algorithm = QCryptographicHash::Sha256;
    else if (label == "sha512")
        algorithm = QCryptographicHash::Sha512;
    else if (label == "md5")
        algorithm = QCryptographicHash::Md5;
    else
        return DigestCheck::Unsupported;
    const QByteArray expected = QCryptographicHash::hash(data, algorithm);
    // Hex is twice the raw length; base32 never is for these sizes, so the length tells them apart.
    if (encoded.size() == expected.size() * 2)
        return QByteArray::fromHex(encoded) == expected ? DigestCheck::Valid : DigestCheck::Invalid;
    const auto decoded = fromBase32(encoded);
    return decoded && *decoded == expected ? DigestCheck::Valid : DigestCheck::Invalid;
}

std::optional<HttpParts> splitHttp(const QByteArray &message)
{
    HttpParts parts;
    qsizetype pos = 0;
    auto first = takeLine(message, pos);
    if (!first || !(first->startsWith("HTTP/") || first->contains(" HTTP/")))
        return std::nullopt;
    parts.firstLine = *first;
    for (;;) {
        auto line = takeLine(message, pos);
        if (!line)
            return std::nullopt; // head never ended: not a complete HTTP message
        if (line->isEmpty())
            break;
        if ((line->startsWith(' ') || line->startsWith('\t')) && !parts.headers.isEmpty()) {
            parts.headers.last().second += ' ' + line->trimmed(); // obsolete folding
            continue;
        }
        const qsizetype colon = line->indexOf(':');
        if (colon <= 0)
            continue; // junk line: keep parsing, the raw bytes stay in the record anyway
        parts.headers.append({line->left(colon).trimmed(), line->mid(colon + 1).trimmed()});
    }
    parts.bodyOffset = pos;
    return parts;
}

bool isChunked(const WarcHeaders &headers)
{
    const auto codings = transferCodings(headers);
    return !codings.isEmpty() && codings.last() == "chunked";
}

bool hasOtherTransferCoding(const WarcHeaders &headers)
{
    const auto codings = transferCodings(headers);
    for (const QByteArray &c : codings)
        if (c != "chunked" && c != "identity")
            return true;
    return false;
}

std::optional<QByteArray> dechunk(const QByteArray &body)
{
    QByteArray out;
    qsizetype pos = 0;
    for (;;) {
        auto sizeLine = takeLine(body, pos);
        if (!sizeLine)
            return std::nullopt;
        bool ok = false;
        const qint64 size = sizeLine->split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > body.size() - pos)
            return std::nullopt;
        if (size == 0)
            break;
        out.append(body.constData() + pos, size);
        pos += size;
        auto rest = takeLine(body, pos); // the CRLF after the chunk data
        if (!rest || !rest->isEmpty())
            return std::nullopt;
    }
    // Trailer fields, then the empty line; a missing final line end is tolerated (last bytes lost).
    while (pos < body.size()) {
        auto trailer = takeLine(body, pos);
        if (!trailer || trailer->isEmpty())
            break;
    }
    return out;
}

std::optional<QByteArray> httpPayload(const QByteArray &message)
{
    const auto parts = splitHttp(message);
    if (!parts || hasOtherTransferCoding(parts->headers))
        return std::nullopt;
    const QByteArray body = message.mid(parts->bodyOffset);
    return isChunked(parts->headers) ? dechunk(body) : std::optional<QByteArray>(body);
}

QByteArray gzipMember(const QByteArray &data)
{
    // One deflate state per thread, reset per member: deflateInit2 allocates ~256 KB and frees it
    // again, which for every WARC record showed up in the crawl's profile as malloc/free time.
    // The level stays the default: Z_BEST_SPEED was measured on bench/crawl and saved ~13 µs a
    // page (within the run-to-run noise of the crawl) for 3.6% more evidence on disk.
    struct Deflater {
        z_stream s{};
        bool ok = false;
        Deflater()
        {
            // windowBits 15 + 16: zlib writes a gzip header and trailer instead of a zlib wrapper.
            ok = deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
        }
        ~Deflater()
        {
            if (ok)
                deflateEnd(&s);
        }
    };
    thread_local Deflater deflater;
    if (!deflater.ok || deflateReset(&deflater.s) != Z_OK)
        return {};
    z_stream &s = deflater.s;
    QByteArray out(qsizetype(deflateBound(&s, uLong(data.size()))) + 64, Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    const int rc = deflate(&s, Z_FINISH);
    const qsizetype written = qsizetype(s.total_out);
    s.next_in = nullptr; // the caller's buffer must not outlive this call in the state
    s.next_out = nullptr;
    if (rc != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

namespace {

// Shared inflate loop. `feed` refills the input; returns false at end of input.
template<typename Feed>
std::optional<QByteArray> inflateLoop(z_stream &s, qint64 maxSize, bool multiMember, QString *error, Feed feed)
{
    QByteArray out;
    char buf[64 * 1024];
    int rc = Z_OK;
    bool outputFull = false; // inflate may hold more output even with no input left
    for (;;) {
        if (s.avail_in == 0 && !outputFull && !feed())
            break;
        s.next_out = reinterpret_cast<Bytef *>(buf);
        s.avail_out = sizeof buf;
        rc = inflate(&s, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
            break;
        outputFull = s.avail_out == 0;
        out.append(buf, qsizetype(sizeof buf - s.avail_out));
        if (out.size() > maxSize) {
            if (error)
                *error = QCoreApplication::translate("Warc", "decompressed data exceeds the limit of %1 bytes")
                    .arg(maxSize);
            return std::nullopt;
        }
        if (rc == Z_STREAM_END) {
            // Concatenated gzip members are valid gzip (RFC 1952 §2.2); continue when more follow.
            if (multiMember && s.avail_in >= 2 && s.next_in[0] == 0x1f && s.next_in[1] == 0x8b) {
                inflateReset(&s);
                continue;
            }
            return out;
        }
    }
    if (!error)
        return std::nullopt;
    if (rc == Z_OK || rc == Z_BUF_ERROR)
        *error = QCoreApplication::translate("Warc", "compressed data is truncated");
    else
        *error = QCoreApplication::translate("Warc", "compressed data is corrupt (%1)")
                     .arg(QString::fromLatin1(s.msg ? s.msg : ""));
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> inflateMember(QIODevice *device, qint64 offset, qint64 maxSize, qint64 *consumed,
                                        QString *error)
{
    if (!device->seek(offset)) {
        if (error)
            *error = QCoreApplication::translate("Warc", "cannot seek to offset %1").arg(offset);
        return std::nullopt;
    }
    z_stream s{};
    if (inflateInit2(&s, 15 + 16) != Z_OK)
        return std::nullopt;
    QByteArray in;
    auto result = inflateLoop(s, maxSize, false, error, [&] {
        in = device->read(64 * 1024);
        s.next_in = reinterpret_cast<Bytef *>(in.data());
        s.avail_in = uInt(in.size());
        return !in.isEmpty();
    });
    if (consumed)
        *consumed = qint64(s.total_in);
    inflateEnd(&s);
    return result;
}

std::optional<QByteArray> inflateBuffer(const QByteArray &data, Deflate kind, qint64 maxSize, QString *error)
{
    z_stream s{};
    const int bits = kind == Deflate::Gzip ? 15 + 16 : kind == Deflate::Zlib ? 15 : -15;
    if (inflateInit2(&s, bits) != Z_OK)
        return std::nullopt;
    bool fed = false;
    auto result = inflateLoop(s, maxSize, kind == Deflate::Gzip, error, [&] {
        if (fed)
            return false;
        fed = true;
        s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        s.avail_in = uInt(data.size());
        return true;
    });
    inflateEnd(&s);
    return result;
}

} // namespace xj::warc
