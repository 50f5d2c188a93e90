#pragma once
// Writes the evidence of a check round as WARC 1.1 files (.warc.gz), the format web archives and
// courts' e-evidence platforms read, so that what a site showed can be shown again later, byte for
// byte, with digests that prove it was not altered.
//
// Layout:
//  * Files are `<prefix>-<UTC yyyyMMddHHmmsszzz>-<serial>.warc.gz` in `directory`, each starting with
//    a `warcinfo` record (software, format, hostname, operator, round id). A file is rotated before a
//    write that would take it past maxFileSize (a soft limit: a record larger than the limit gets a
//    file of its own). Existing files are never overwritten.
//  * Every record is one gzip member, compressed in memory first and then written with one write()
//    and flushed, so a crash leaves at most a torn last member and every earlier record readable.
//    (Flush hands the bytes to the OS; it does not fsync, so a power cut can still lose the tail.)
//  * Each write returns the WarcLocation (file, offset and length of the gzip member) to index.
//
// Digests (sha1, base32, the form every WARC tool writes):
//  * WARC-Block-Digest over the whole record block.
//  * WARC-Payload-Digest for request/response records: over the HTTP entity body after removing
//    transfer coding only. When the server sent `Transfer-Encoding: chunked`, the record stores the
//    response exactly as received — chunk framing included — and the payload digest is computed over
//    the de-chunked body. Content-Encoding (gzip, br …) is NOT decoded: the payload is the entity as
//    sent. When the payload cannot be determined (not HTTP, chunk framing broken or truncated, a
//    transfer coding other than chunked) the header is omitted rather than guessed.
//
// The caller supplies the request and response bytes as they went over the wire. A fetcher that only
// has a decoded body (QNetworkAccessManager de-chunks and inflates) must rebuild the head to match
// what it stores (drop Transfer-Encoding / Content-Encoding), or the record contradicts itself.
//
// Thread contract: one WarcWriter may be shared by any number of threads; every public method takes
// an internal mutex, so records (and a request/response pair) are never interleaved. Compression
// happens under that mutex; crawlers that need parallel compression use one writer per thread, each
// with its own prefix.

#include "Warc.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QUrl>
#include <memory>

namespace xj {

struct WarcWriterOptions {
    QString directory;
    QString prefix = QStringLiteral("xunjian");
    qint64 maxFileSize = qint64(1) << 30; // 1 GiB: the size Heritrix and most archives use
    QString softwareVersion;              // empty: QCoreApplication::applicationVersion()
    QString hostname;                     // the machine that crawled
    QString operatorName;                 // who ran the check
    QString roundId;                      // the inspection round these files belong to
};

// One HTTP exchange as it went over the wire.
struct WarcExchange {
    QUrl targetUri;
    QDateTime date;     // when the request was sent; invalid: now
    QString ipAddress;  // the server's address; empty when not known
    QByteArray request; // request line, headers and body as sent; empty: no request record
    QByteArray response; // status line, headers and body as received
    bool truncated = false; // the fetcher stopped reading at its size cap: WARC-Truncated: length
};

struct WarcExchangeLocations {
    WarcLocation request; // invalid when the exchange had no request bytes
    WarcLocation response;
};

class WarcWriter {
public:
    explicit WarcWriter(WarcWriterOptions options);
    ~WarcWriter();
    WarcWriter(const WarcWriter &) = delete;
    WarcWriter &operator=(const WarcWriter &) = delete;

    // A `request` and a `response` record, in that order and in the same file, linked both ways by
    // WARC-Concurrent-To. nullopt (and *error) when the file cannot be written.
    std::optional<WarcExchangeLocations> writeExchange(const WarcExchange &exchange, QString *error = nullptr);

    // A `resource` record: content produced by the crawler itself, such as a screenshot PNG. `uri` is
    // the page it shows or a urn of our own; `concurrentTo` (a record id) ties it to that capture.
    std::optional<WarcLocation> writeResource(const QUrl &uri, const QByteArray &contentType, const QByteArray &data,
                                              const QDateTime &date = {}, const QString &concurrentTo = {},
                                              QString *error = nullptr);

    // A `metadata` record (application/warc-fields) about the record `refersTo`: e.g. the outlinks
    // found or the check results, kept next to the capture they describe.
    std::optional<WarcLocation> writeMetadata(const QUrl &uri, const WarcHeaders &fields, const QString &refersTo,
                                              const QDateTime &date = {}, QString *error = nullptr);

    // The warcinfo record of the file being written (invalid before the first write).
    WarcLocation warcinfoLocation() const;
    // Closes the current file; the next write starts a new one.
    void close();

private:
    struct Record;
    bool ensureFile(qint64 upcoming, QString *error);
    bool openFile(QString *error);
    std::optional<QList<WarcLocation>> append(const QList<Record> &records, QString *error);
    QByteArray serialize(const Record &record) const;

    WarcWriterOptions m_options;
    mutable QMutex m_mutex;
    std::unique_ptr<QFile> m_file;
    int m_serial = 0;
    qint64 m_size = 0;
    qint64 m_warcinfoEnd = 0;
    WarcLocation m_warcinfo;
};

} // namespace xj
