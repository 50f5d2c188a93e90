#include "WarcWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace xj {

namespace {


QString newRecordId()
{
    return QStringLiteral("<urn:uuid:%1>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// WARC 1.1 allows fractional seconds; milliseconds keep a page's request, response and screenshot
// in order, which whole seconds do not.
QByteArray warcDate(const QDateTime &date)
{
    const QDateTime utc = (date.isValid() ? date : QDateTime::currentDateTimeUtc()).toUTC();
    return utc.toString(Qt::ISODateWithMs).toLatin1();
}

// A header value may not span lines: a CR or LF in a URL or an operator's name would let it forge
// headers of its own.
QByteArray oneLine(QByteArray value)
{
    value.replace('\r', ' ').replace('\n', ' ');
    return value.trimmed();
}

// WARC-Target-URI must be an RFC 3986 URI: percent-encoded, IDN hosts in punycode. No angle
// brackets: the WARC 1.1 grammar showed them by mistake and the erratum removed them; readers such
// as warcio strip them only as a repair for wget's files.
QByteArray encodedUri(const QUrl &uri) { return oneLine(uri.toEncoded(QUrl::FullyEncoded)); }

} // namespace

struct WarcWriter::Record {
    QByteArray type;
    QString id = newRecordId();
    QByteArray date;
    QByteArray targetUri;
    QByteArray ipAddress;
    QList<QString> concurrentTo;
    QString refersTo;
    QByteArray contentType;
    QByteArray block;
    bool httpPayload = false; // compute WARC-Payload-Digest from the HTTP message in the block
    QByteArray filename;      // warcinfo only
    QByteArray truncated;     // WARC-Truncated reason ("length"), when the block is not all there was
};

WarcWriter::WarcWriter(WarcWriterOptions options)
    : m_options(std::move(options))
{
    if (m_options.softwareVersion.isEmpty())
        m_options.softwareVersion = QCoreApplication::applicationVersion();
    if (m_options.maxFileSize <= 0)
        m_options.maxFileSize = qint64(1) << 30;
}

WarcWriter::~WarcWriter() { close(); }

void WarcWriter::close()
{
    QMutexLocker lock(&m_mutex);
    if (m_file)
        m_file->close();
    m_file.reset();
    m_warcinfo = {};
}

WarcLocation WarcWriter::warcinfoLocation() const
{
    QMutexLocker lock(&m_mutex);
    return m_warcinfo;
}

QByteArray WarcWriter::serialize(const Record &r) const
{
    QByteArray head = "WARC/1.1\r\n";
    auto add = [&head](const char *name, const QByteArray &value) {
        if (!value.isEmpty())
            head += name + QByteArray(": ") + value + "\r\n";
    };
    add("WARC-Type", r.type);
    add("WARC-Record-ID", r.id.toLatin1());
    add("WARC-Date", r.date);
    add("WARC-Target-URI", r.targetUri);
    add("WARC-IP-Address", r.ipAddress);
    for (const QString &id : r.concurrentTo)
        add("WARC-Concurrent-To", id.toLatin1());
    add("WARC-Refers-To", r.refersTo.toLatin1());
    add("WARC-Filename", r.filename);
    add("WARC-Truncated", r.truncated);
    if (r.type != "warcinfo")
        add("WARC-Warcinfo-ID", m_warcinfo.recordId.toLatin1());
    add("Content-Type", r.contentType);
    add("WARC-Block-Digest", warc::sha1Digest(r.block));
    if (r.httpPayload)
        if (const auto payload = warc::httpPayload(r.block))
            add("WARC-Payload-Digest", warc::sha1Digest(*payload));
    head += "Content-Length: " + QByteArray::number(r.block.size()) + "\r\n\r\n";
    return head + r.block + "\r\n\r\n";
}

bool WarcWriter::openFile(QString *error)
{
    if (!QDir().mkpath(m_options.directory)) {
        if (error)
            *error = QCoreApplication::translate("WarcWriter", "cannot create the evidence folder %1")
                .arg(m_options.directory);
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString stamp = now.toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    // NewOnly: another writer (or a previous run) may have used this name; take the next serial.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const QString name = QStringLiteral("%1-%2-%3.warc.gz")
                                 .arg(m_options.prefix, stamp)
                                 .arg(m_serial++, 5, 10, QLatin1Char('0'));
        auto file = std::make_unique<QFile>(QDir(m_options.directory).absoluteFilePath(name));
        if (file->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_file = std::move(file);
            m_size = 0;
            break;
        }
        if (!file->exists()) {
            if (error)
                *error = QCoreApplication::translate("WarcWriter", "cannot create %1: %2")
                    .arg(file->fileName(), file->errorString());
            return false;
        }
    }
    if (!m_file) {
        if (error)
            *error = QCoreApplication::translate("WarcWriter", "no free file name for %1 in %2")
                .arg(m_options.prefix, m_options.directory);
        return false;
    }

    Record info;
    info.type = "warcinfo";
    info.date = warcDate(now);
    info.contentType = "application/warc-fields";
    info.filename = oneLine(QFileInfo(m_file->fileName()).fileName().toUtf8());
    auto field = [&info](const char *name, const QString &value) {
        if (!value.isEmpty())
            info.block += name + QByteArray(": ") + oneLine(value.toUtf8()) + "\r\n";
    };
    field("software", QStringLiteral("Xunjian/") + m_options.softwareVersion);
    field("format", QStringLiteral("WARC File Format 1.1"));
    field("conformsTo",
          QStringLiteral("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
    field("hostname", m_options.hostname);
    field("operator", m_options.operatorName);
    field("isPartOf", m_options.roundId); // the round: the set of documents this file belongs to
    const auto written = append({info}, error);
    if (!written) {
        m_file.reset();
        return false;
    }
    m_warcinfo = written->first();
    m_warcinfoEnd = m_size;
    return true;
}

bool WarcWriter::ensureFile(qint64 upcoming, QString *error)
{
    // Rotate before a write that would pass the limit, unless the file holds nothing but its
    // warcinfo (then the record is larger than the limit and gets this file to itself). The estimate
    // uses uncompressed sizes, which gzip does not exceed by more than a few bytes per member.
    if (m_file && m_size > m_warcinfoEnd && m_size + upcoming > m_options.maxFileSize)
        m_file.reset();
    return m_file || openFile(error);
}

std::optional<QList<WarcLocation>> WarcWriter::append(const QList<Record> &records, QString *error)
{
    QByteArray bytes;
    QList<WarcLocation> locations;
    for (const Record &r : records) {
        const QByteArray member = warc::gzipMember(serialize(r));
        if (member.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("WarcWriter", "cannot compress a WARC record");
            return std::nullopt;
        }
        locations.append({m_file->fileName(), m_size + bytes.size(), member.size(), r.id});
        bytes += member;
    }
    // One write, then flush: a crash leaves at most this write torn, never an earlier record.
    const qint64 n = m_file->write(bytes);
    if (n != bytes.size() || !m_file->flush()) {
        if (error)
            *error = QCoreApplication::translate("WarcWriter", "cannot write %1: %2")
                .arg(m_file->fileName(), m_file->errorString());
        // Cut back a partial write so the file stays readable, and start afresh on the next write.
        m_file->resize(m_size);
        m_file.reset();
        return std::nullopt;
    }
    m_size += n;
    return locations;
}

std::optional<WarcExchangeLocations> WarcWriter::writeExchange(const WarcExchange &x, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!ensureFile(x.request.size() + x.response.size() + 4096, error))
        return std::nullopt;
    const QByteArray date = warcDate(x.date);
    const QByteArray uri = encodedUri(x.targetUri);
    const QByteArray ip = oneLine(x.ipAddress.toLatin1());

    Record response;
    response.type = "response";
    response.date = date;
    response.targetUri = uri;
    response.ipAddress = ip;
    response.contentType = "application/http;msgtype=response";
    response.block = x.response;
    response.httpPayload = true;
    response.truncated = x.truncated ? "length" : "";

    QList<Record> records;
    if (!x.request.isEmpty()) {
        Record request;
        request.type = "request";
        request.date = date;
        request.targetUri = uri;
        request.ipAddress = ip;
        request.contentType = "application/http;msgtype=request";
        request.block = x.request;
        request.httpPayload = true;
        request.concurrentTo = {response.id};
        response.concurrentTo = {request.id};
        records.append(request);
    }
    records.append(response);

    const auto written = append(records, error);
    if (!written)
        return std::nullopt;
    WarcExchangeLocations out;
    out.response = written->last();
    if (written->size() == 2)
        out.request = written->first();
    return out;
}

std::optional<WarcLocation> WarcWriter::writeResource(const QUrl &uri, const QByteArray &contentType,
                                                      const QByteArray &data, const QDateTime &date,
                                                      const QString &concurrentTo, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!ensureFile(data.size() + 2048, error))
        return std::nullopt;
    Record r;
    r.type = "resource";
    r.date = warcDate(date);
    r.targetUri = encodedUri(uri);
    r.contentType = oneLine(contentType);
    r.block = data;
    if (!concurrentTo.isEmpty())
        r.concurrentTo = {oneLine(concurrentTo.toLatin1())};
    const auto written = append({r}, error);
    return written ? std::optional<WarcLocation>(written->first()) : std::nullopt;
}

std::optional<WarcLocation> WarcWriter::writeMetadata(const QUrl &uri, const WarcHeaders &fields,
                                                      const QString &refersTo, const QDateTime &date,
                                                      QString *error)
{
    QMutexLocker lock(&m_mutex);
    Record r;
    r.type = "metadata";
    r.date = warcDate(date);
    r.targetUri = encodedUri(uri);
    r.contentType = "application/warc-fields";
    r.refersTo = oneLine(refersTo.toLatin1());
    for (const auto &f : fields)
        r.block += oneLine(f.first) + ": " + oneLine(f.second) + "\r\n";
    if (!ensureFile(r.block.size() + 2048, error))
        return std::nullopt;
    const auto written = append({r}, error);
    return written ? std::optional<WarcLocation>(written->first()) : std::nullopt;
}

} // namespace xj
