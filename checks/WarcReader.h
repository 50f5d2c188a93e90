#pragma once
// Reads WARC records back: one at a WarcLocation (seek, inflate that gzip member only) for the review
// workspace, which serves captured pages from the files, or every record of a file in order. Block
// and payload digests are verified on every read, so altered evidence shows as such.
//
// Only gzip-compressed files with one record per member (.warc.gz as WarcWriter and every major
// crawler writes them) are read; WARC/1.0 records are accepted as well as WARC/1.1.
//
// Thread contract: the static functions are reentrant; a WarcReader object (the file iterator) is
// used by one thread at a time.

#include "Warc.h"

#include <QFile>
#include <memory>

namespace xj {

struct WarcRecord {
    QByteArray version; // "WARC/1.1"
    WarcHeaders headers;
    QByteArray block;
    WarcLocation location;
    warc::DigestCheck blockDigest = warc::DigestCheck::Absent;
    warc::DigestCheck payloadDigest = warc::DigestCheck::Absent; // request/response records only

    QByteArray header(const QByteArray &name) const { return warc::headerValue(headers, name); }
    QByteArray type() const { return header("WARC-Type"); }
    QString recordId() const { return QString::fromLatin1(header("WARC-Record-ID")); }
    QString targetUri() const { return QString::fromUtf8(header("WARC-Target-URI")); }
    // No digest present counts as intact; a digest we cannot check (unknown algorithm) too.
    bool digestsOk() const
    {
        return blockDigest != warc::DigestCheck::Invalid && payloadDigest != warc::DigestCheck::Invalid;
    }
};

// The HTTP message inside a request or response record.
struct HttpMessage {
    QByteArray firstLine;  // "HTTP/1.1 200 OK" or "GET /path HTTP/1.1"
    int statusCode = 0;    // responses; 0 for requests
    QByteArray reason;     // responses
    WarcHeaders headers;
    QByteArray body;       // transfer coding removed (de-chunked); content coding left as sent
    bool wasChunked = false;

    QByteArray header(const QByteArray &name) const { return warc::headerValue(headers, name); }
};

class WarcReader {
public:
    // Records inflate to at most this many bytes unless the caller says otherwise.
    static constexpr qint64 kDefaultMaxRecordSize = qint64(512) << 20;

    // The record at `location`. Fails when the member is not where the location says, is corrupt, or
    // its record id differs from location.recordId (when that is set).
    static std::optional<WarcRecord> read(const WarcLocation &location, QString *error = nullptr,
                                          qint64 maxRecordSize = kDefaultMaxRecordSize);

    // Parses the block of a request/response record (application/http). De-chunks a chunked body;
    // fails on a head that does not end or chunk framing that is broken.
    static std::optional<HttpMessage> parseHttp(const QByteArray &block, QString *error = nullptr);

    // The body with its Content-Encoding undone (gzip, x-gzip, deflate; identity), for showing the
    // page. Fails on other codings (br, zstd) and when the result would exceed `maxSize`.
    static std::optional<QByteArray> decodedBody(const HttpMessage &message, qint64 maxSize,
                                                 QString *error = nullptr);

    // Iterating a whole file: open(), then next() until it returns nullopt; atEnd() tells the end of
    // the file from an error (errorString()).
    explicit WarcReader(const QString &fileName, qint64 maxRecordSize = kDefaultMaxRecordSize);
    bool open();
    std::optional<WarcRecord> next();
    bool atEnd() const;
    QString errorString() const { return m_error; }

private:
    QFile m_file;
    qint64 m_offset = 0;
    qint64 m_maxRecordSize;
    QString m_error;
};

} // namespace xj
