#pragma once
// Pieces of the WARC 1.1 format shared by WarcWriter and WarcReader: where a record lives, the
// digest form ("sha1:" + RFC 4648 base32), HTTP message framing and chunked transfer coding, and
// one gzip member per record. Kept in one place so that what the writer digests is exactly what the
// reader verifies.
//
// Spec: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

class QIODevice;

namespace xj {

// One record on disk: the gzip member that holds it, so the store can index records and the review
// workspace can fetch one without scanning the file. offset/length count compressed bytes.
struct WarcLocation {
    QString file;     // absolute path of the .warc.gz
    qint64 offset = -1;
    qint64 length = 0;
    QString recordId; // "<urn:uuid:…>", as in the WARC-Record-ID header

    bool isValid() const { return !file.isEmpty() && offset >= 0 && length > 0; }
};

// Header lines in file order. Names compare case-insensitively (WARC and HTTP both say so); a list
// rather than a map because HTTP repeats names (Set-Cookie) and order is part of the evidence.
using WarcHeaders = QList<QPair<QByteArray, QByteArray>>;

namespace warc {

// The first value of `name`, or a null QByteArray.
QByteArray headerValue(const WarcHeaders &headers, const QByteArray &name);

QByteArray base32(const QByteArray &bytes); // RFC 4648 alphabet, upper case, '=' padded
std::optional<QByteArray> fromBase32(const QByteArray &text);

// "sha1:<BASE32>" over `data`: the form Heritrix, wget, warcio and pywb all write and expect.
QByteArray sha1Digest(const QByteArray &data);

enum class DigestCheck { Absent, Valid, Invalid, Unsupported };
// Checks a "label:value" digest header against `data`. Accepts sha1, sha256, sha512 and md5, the
// value in base32 or hex, because other crawlers write all of these.
DigestCheck checkDigest(const QByteArray &header, const QByteArray &data);

// An HTTP/1.x message split at the end of its head. The head is kept byte for byte; lines may end
// in CRLF or (seen on broken servers) bare LF.
struct HttpParts {
    QByteArray firstLine; // request line or status line, without its line end
    WarcHeaders headers;  // folded continuation lines joined with a space
    qsizetype bodyOffset = 0;
};
std::optional<HttpParts> splitHttp(const QByteArray &message);

// True when the last transfer coding is "chunked" (RFC 9112 §6.1: then chunked framing ends the body).
bool isChunked(const WarcHeaders &headers);
// True when transfer codings other than chunked/identity are present (practically never seen);
// then the payload cannot be recovered by de-chunking alone.
bool hasOtherTransferCoding(const WarcHeaders &headers);

// Removes chunked framing; drops chunk extensions and trailers. nullopt when the framing is broken
// or truncated (a dropped connection), so callers never mistake a partial body for the payload.
std::optional<QByteArray> dechunk(const QByteArray &body);

// The payload an HTTP record's WARC-Payload-Digest covers: the body after removing transfer
// coding (de-chunked) but with content coding (gzip, br …) left as sent. nullopt when that cannot
// be determined (not HTTP, broken chunking, an unknown transfer coding).
std::optional<QByteArray> httpPayload(const QByteArray &message);

// One complete gzip member (RFC 1952) holding `data`.
QByteArray gzipMember(const QByteArray &data);

// Inflates the gzip member starting at `offset` in `device`. Reads only as far as the member's end;
// *consumed gets its compressed length. Fails (with *error) when the member is corrupt or truncated,
// or inflates to more than `maxSize` bytes (a damaged or hostile file must not eat the memory).
std::optional<QByteArray> inflateMember(QIODevice *device, qint64 offset, qint64 maxSize,
                                        qint64 *consumed, QString *error);

// Inflates a whole gzip/zlib/raw-deflate buffer (HTTP Content-Encoding), capped at `maxSize`.
enum class Deflate { Gzip, Zlib, Raw };
std::optional<QByteArray> inflateBuffer(const QByteArray &data, Deflate kind, qint64 maxSize, QString *error);

} // namespace warc
} // namespace xj
