// WARC evidence files: what WarcWriter writes, WarcReader reads back byte for byte, the digests are
// the ones computed here independently, and an independent reader (warcio.js) indexes the file with
// the same offsets and lengths that the store will keep.
#include "TestSupport.h"
#include "WarcReader.h"
#include "WarcWriter.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <numeric>
#include <QtTest>
#include <zlib.h>

using namespace xj;

namespace {

// Independent of the library's: bit by bit, no padding needed for a 20-byte sha1.
QByteArray testBase32(const QByteArray &bytes)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    const int bits = int(bytes.size()) * 8;
    for (int i = 0; i < bits; i += 5) {
        int v = 0;
        for (int b = i; b < i + 5; ++b)
            v = v * 2 + (b < bits ? (quint8(bytes[b / 8]) >> (7 - b % 8)) & 1 : 0);
        out.append(alphabet[v]);
    }
    return out;
}

QByteArray sha1(const QByteArray &data)
{
    return "sha1:" + testBase32(QCryptographicHash::hash(data, QCryptographicHash::Sha1));
}

QByteArray gzip(const QByteArray &data)
{
    z_stream s{};
    deflateInit2(&s, 9, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&s, uLong(data.size()))) + 32, 0);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.truncate(int(s.total_out));
    deflateEnd(&s);
    return out;
}

QByteArray chunk(const QByteArray &data, int size)
{
    QByteArray out;
    for (int i = 0; i < data.size(); i += size) {
        const QByteArray part = data.mid(i, size);
        out += QByteArray::number(part.size(), 16) + (i == 0 ? ";ext=1" : "") + "\r\n" + part + "\r\n";
    }
    return out + "0\r\nX-Trailer: yes\r\n\r\n";
}

QByteArray gbkPage()
{
    QStringEncoder enc("GB18030"); // GBK's superset; identical bytes for these characters
    return enc.encode(QStringLiteral("<html><head><meta charset=\"gbk\"><title>某某市人民政府</title></head>"
                                     "<body><p>政务公开 信息公开指南</p></body></html>"));
}

QByteArray request(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: www.example.gov.cn\r\nUser-Agent: Xunjian/0.1\r\n"
                           "Accept-Encoding: gzip, deflate\r\n\r\n";
}

struct Written {
    WarcLocation location;
    QByteArray type;
    QByteArray block;
    QByteArray payload; // expected WARC-Payload-Digest input; null when none is expected
    QString uri;
};

} // namespace

class TstWarc : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<Written> m_written;
    QString m_file;
    QByteArray m_page = gbkPage();
    WarcLocation m_truncated;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        WarcWriterOptions options;
        options.directory = m_dir.filePath(QStringLiteral("warc"));
        options.prefix = QStringLiteral("round7");
        options.softwareVersion = QStringLiteral("0.1.0");
        options.hostname = QStringLiteral("inspector-01");
        options.operatorName = QStringLiteral("张三 (某某市政务公开办)");
        options.roundId = QStringLiteral("round-7");
        WarcWriter writer(options);
        QString error;

        auto pair = [&](const QString &url, const QByteArray &req, const QByteArray &resp, const QByteArray &payload) {
            WarcExchange x{QUrl(url), QDateTime::currentDateTimeUtc(), QStringLiteral("192.0.2.10"), req, resp};
            const auto loc = writer.writeExchange(x, &error);
            QVERIFY2(loc, qPrintable(error));
            m_written.append({loc->request, "request", req, QByteArray(""), url});
            m_written.append({loc->response, "response", resp, payload, url});
        };

        const QByteArray plainHead = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=gbk\r\nContent-Length: "
                                     + QByteArray::number(m_page.size()) + "\r\n\r\n";
        pair(QStringLiteral("http://www.example.gov.cn/index.html"), request("/index.html"), plainHead + m_page, m_page);
        QVERIFY(writer.warcinfoLocation().isValid());
        m_written.prepend({writer.warcinfoLocation(), "warcinfo", {}, {}, {}});

        // Chunked: stored with its framing, payload digest over the de-chunked body.
        const QByteArray chunkedHead = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=gbk\r\n"
                                       "Transfer-Encoding: chunked\r\n\r\n";
        pair(QStringLiteral("http://www.example.gov.cn/chunked.html"), request("/chunked.html"),
             chunkedHead + chunk(m_page, 17), m_page);

        // Content-Encoding gzip, itself sent chunked: the payload is the gzip bytes, not the page.
        const QByteArray zipped = gzip(m_page);
        const QByteArray gzipHead = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=gbk\r\n"
                                    "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n";
        pair(QStringLiteral("http://www.example.gov.cn/gzip.html?q=%E6%94%BF"), request("/gzip.html?q=%E6%94%BF"),
             gzipHead + chunk(zipped, 40), zipped);

        // A connection that dropped mid-chunk: kept as received, no payload digest is claimed.
        pair(QStringLiteral("http://www.example.gov.cn/cut.html"), request("/cut.html"),
             chunkedHead + chunk(m_page, 30).left(50), QByteArray());
        {   // Cut off by the fetcher's size cap: flagged as truncated, digest over what was kept.
            const QByteArray cut = plainHead + m_page.left(40);
            WarcExchange x{QUrl(QStringLiteral("http://www.example.gov.cn/big.html")), {}, QStringLiteral("192.0.2.10"),
                           {}, cut, true};
            const auto loc = writer.writeExchange(x, &error);
            QVERIFY2(loc && !loc->request.isValid(), qPrintable(error));
            m_truncated = loc->response;
            QCOMPARE(WarcReader::read(m_truncated)->header("WARC-Truncated"), QByteArray("length"));
            QCOMPARE(WarcReader::read(m_truncated)->header("WARC-Payload-Digest"), sha1(m_page.left(40)));
            QCOMPARE(WarcReader::read(m_written.at(2).location)->header("WARC-Truncated"), QByteArray());
            m_written.append({m_truncated, "response", cut, m_page.left(40),
                              QStringLiteral("http://www.example.gov.cn/big.html")});
        }

        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        const auto shot = writer.writeResource(QUrl(QStringLiteral("urn:xunjian:screenshot:round-7:1")), "image/png",
                                               png, {}, m_written.at(2).location.recordId, &error);
        QVERIFY2(shot, qPrintable(error));
        m_written.append({*shot, "resource", png, {}, QStringLiteral("urn:xunjian:screenshot:round-7:1")});

        const auto meta = writer.writeMetadata(QUrl(QStringLiteral("http://www.example.gov.cn/index.html")),
                                               {{"outlink", "http://www.example.gov.cn/a.html"}},
                                               m_written.at(2).location.recordId, {}, &error);
        QVERIFY2(meta, qPrintable(error));
        m_written.append({*meta, "metadata", "outlink: http://www.example.gov.cn/a.html\r\n", {},
                          QStringLiteral("http://www.example.gov.cn/index.html")});
        m_file = shot->file;
        QVERIFY(QRegularExpression(QStringLiteral("^round7-\\d{17}-00000\\.warc\\.gz$"))
                    .match(QFileInfo(m_file).fileName()).hasMatch());
    }

    void readsEveryRecordAtItsLocation()
    {
        const QRegularExpression date(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"));
        const QRegularExpression id(QStringLiteral("^<urn:uuid:[0-9a-f-]{36}>$"));
        const QString warcinfoId = m_written.first().location.recordId;
        for (const Written &w : std::as_const(m_written)) {
            QString error;
            const auto r = WarcReader::read(w.location, &error);
            QVERIFY2(r, qPrintable(error));
            QCOMPARE(r->version, QByteArray("WARC/1.1"));
            QCOMPARE(r->type(), w.type);
            QVERIFY(id.match(r->recordId()).hasMatch());
            QVERIFY(date.match(QString::fromLatin1(r->header("WARC-Date"))).hasMatch());
            QCOMPARE(r->header("Content-Length").toLongLong(), r->block.size());
            QCOMPARE(r->header("WARC-Block-Digest"), sha1(r->block));
            QCOMPARE(r->blockDigest, warc::DigestCheck::Valid);
            QVERIFY(r->digestsOk());
            if (w.type == "warcinfo") {
                QCOMPARE(r->header("Content-Type"), QByteArray("application/warc-fields"));
                QVERIFY(r->block.contains("software: Xunjian/0.1.0\r\n"));
                QVERIFY(r->block.contains("format: WARC File Format 1.1\r\n"));
                QVERIFY(r->block.contains("hostname: inspector-01\r\n"));
                QVERIFY(r->block.contains(QStringLiteral("operator: 张三 (某某市政务公开办)\r\n").toUtf8()));
                QVERIFY(r->block.contains("isPartOf: round-7\r\n"));
                QCOMPARE(r->header("WARC-Filename"), QFileInfo(m_file).fileName().toUtf8());
                continue;
            }
            QCOMPARE(r->block, w.block); // byte for byte as given
            QCOMPARE(r->targetUri(), w.uri); // plain, no angle brackets
            QCOMPARE(r->header("WARC-Warcinfo-ID"), warcinfoId.toLatin1());
            if (w.type == "request" || w.type == "response") {
                QCOMPARE(r->header("WARC-IP-Address"), QByteArray("192.0.2.10"));
                QCOMPARE(r->header("Content-Type"), "application/http;msgtype=" + w.type);
                QCOMPARE(r->header("WARC-Payload-Digest"), w.payload.isNull() ? QByteArray() : sha1(w.payload));
            }
        }
        // Request and response point at each other; the screenshot and metadata at the page.
        for (int i = 1; i + 1 < 9; i += 2) {
            const auto req = WarcReader::read(m_written.at(i).location);
            const auto resp = WarcReader::read(m_written.at(i + 1).location);
            QVERIFY(req && resp);
            QCOMPARE(req->header("WARC-Concurrent-To"), resp->recordId().toLatin1());
            QCOMPARE(resp->header("WARC-Concurrent-To"), req->recordId().toLatin1());
        }
        QCOMPARE(WarcReader::read(m_written.at(10).location)->header("WARC-Concurrent-To"),
                 m_written.at(2).location.recordId.toLatin1());
        QCOMPARE(WarcReader::read(m_written.at(11).location)->header("WARC-Refers-To"),
                 m_written.at(2).location.recordId.toLatin1());
    }

    void parsesHttpAndDecodesContent()
    {
        QString error;
        for (int i : {2, 4, 6}) {
            const auto r = WarcReader::read(m_written.at(i).location);
            QVERIFY(r);
            const auto http = WarcReader::parseHttp(r->block, &error);
            QVERIFY2(http, qPrintable(error));
            QCOMPARE(http->statusCode, 200);
            QCOMPARE(http->reason, QByteArray("OK"));
            QCOMPARE(http->header("content-type"), QByteArray("text/html; charset=gbk"));
            QCOMPARE(http->wasChunked, i != 2);
            QCOMPARE(http->body, i == 6 ? gzip(m_page) : m_page);
            const auto page = WarcReader::decodedBody(*http, 1 << 20, &error);
            QVERIFY2(page, qPrintable(error));
            QCOMPARE(*page, m_page);
            if (i == 6)
                QVERIFY(!WarcReader::decodedBody(*http, 20, &error)); // the cap holds
        }
        const auto req = WarcReader::parseHttp(WarcReader::read(m_written.at(1).location)->block);
        QVERIFY(req);
        QCOMPARE(req->firstLine, QByteArray("GET /index.html HTTP/1.1"));
        QVERIFY(!WarcReader::parseHttp(WarcReader::read(m_written.at(8).location)->block, &error)); // cut short
    }

    void iteratesTheFile()
    {
        WarcReader reader(m_file);
        QVERIFY(reader.open());
        int n = 0;
        while (const auto r = reader.next()) {
            QVERIFY(n < m_written.size());
            QCOMPARE(r->location.offset, m_written.at(n).location.offset);
            QCOMPARE(r->location.length, m_written.at(n).location.length);
            QCOMPARE(r->recordId(), m_written.at(n).location.recordId);
            ++n;
        }
        QVERIFY2(reader.atEnd(), qPrintable(reader.errorString()));
        QCOMPARE(n, m_written.size());
    }

    void tornTailLeavesEarlierRecordsReadable()
    {
        const QString copy = m_dir.filePath(QStringLiteral("torn.warc.gz"));
        QVERIFY(QFile::copy(m_file, copy));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::Append));
        f.write(gzip("WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 100\r\n\r\n").left(30)); // crash mid-write
        f.close();
        WarcReader reader(copy);
        QVERIFY(reader.open());
        int n = 0;
        while (reader.next())
            ++n;
        QCOMPARE(n, m_written.size());
        QVERIFY(!reader.atEnd());
        QVERIFY(!reader.errorString().isEmpty());
    }

    void detectsAlteredBlocks()
    {
        const QByteArray block = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
        const QByteArray record = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:x>\r\n"
                                  "Content-Type: application/http;msgtype=response\r\nWARC-Block-Digest: "
                                  + sha1(block) + "\r\nWARC-Payload-Digest: " + sha1("hello")
                                  + "\r\nContent-Length: " + QByteArray::number(block.size()) + "\r\n\r\n" + QByteArray(block).replace("hello", "HELLO")
                                  + "\r\n\r\n";
        const QString path = m_dir.filePath(QStringLiteral("altered.warc.gz"));
        QVERIFY(test::writeFile(path, gzip(record)));
        const auto r = WarcReader::read({path, 0, 0, {}});
        QVERIFY(r);
        QCOMPARE(r->blockDigest, warc::DigestCheck::Invalid);
        QCOMPARE(r->payloadDigest, warc::DigestCheck::Invalid);
        QVERIFY(!r->digestsOk());
    }

    void rotatesAtTheSizeLimit()
    {
        WarcWriterOptions options;
        options.directory = m_dir.filePath(QStringLiteral("small"));
        options.maxFileSize = 2000;
        WarcWriter writer(options);
        QList<WarcLocation> shots;
        for (int i = 0; i < 3; ++i) {
            const auto loc = writer.writeResource(QUrl(QStringLiteral("urn:x:%1").arg(i)), "text/plain",
                                                  QByteArray(1500, 'a' + char(i)));
            QVERIFY(loc);
            shots.append(*loc);
        }
        QCOMPARE(QDir(options.directory).entryList(QDir::Files).size(), 3);
        for (const WarcLocation &l : std::as_const(shots)) {
            WarcReader reader(l.file);
            QVERIFY(reader.open());
            QCOMPARE(reader.next()->type(), QByteArray("warcinfo")); // every file starts with one
            QCOMPARE(reader.next()->recordId(), l.recordId);
        }
    }

    void sharedAcrossThreads()
    {
        // The contract in WarcWriter.h: one writer, many threads, records never interleaved.
        WarcWriterOptions options;
        options.directory = m_dir.filePath(QStringLiteral("threads"));
        WarcWriter writer(options);
        QList<int> jobs(64);
        std::iota(jobs.begin(), jobs.end(), 0);
        QMutex lock;
        QSet<QString> ids;
        QtConcurrent::blockingMap(jobs, [&](int i) {
            const auto loc = writer.writeExchange({QUrl(QStringLiteral("http://t.example.gov.cn/%1").arg(i)), {}, {},
                                                   request("/"), "HTTP/1.1 204 No Content\r\n\r\n"});
            QMutexLocker locked(&lock);
            if (loc)
                ids << loc->request.recordId << loc->response.recordId;
        });
        QCOMPARE(ids.size(), 128);
        WarcReader reader(writer.warcinfoLocation().file);
        QVERIFY(reader.open());
        int n = 0;
        while (const auto r = reader.next()) {
            QVERIFY(r->digestsOk());
            n += ids.contains(r->recordId());
        }
        QVERIFY2(reader.atEnd(), qPrintable(reader.errorString()));
        QCOMPARE(n, 128);
    }

    void warcioIndexesTheFile()
    {
        // warcio.js (Webrecorder) is installed into the build tree by scripts/test; never downloaded here.
        const QString tool = QDir::cleanPath(QCoreApplication::applicationDirPath()
                                             + QStringLiteral("/../npm-tools/node_modules/.bin/warcio"));
        const bool required = test::pgRequired(); // XUNJIAN_REQUIRE_PG=1: running under scripts/test
        if (!QFileInfo::exists(tool) || QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
            if (required)
                QFAIL(qPrintable(QStringLiteral("warcio or node missing (%1); scripts/test installs it").arg(tool)));
            QSKIP("warcio.js not installed in the build tree; scripts/test installs it (scripts/npm-tools.txt)");
        }
        QProcess p;
        // The file goes before -f: --fields is an array option and would swallow a file after it.
        p.start(tool, {QStringLiteral("index"), m_file, QStringLiteral("-f"),
                       QStringLiteral("offset,length,warc-type,warc-record-id,warc-target-uri,http:status")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, err.constData());
        QVERIFY2(err.trimmed().isEmpty(), err.constData()); // warcio warns on stderr about bad framing
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), m_written.size());
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
            const Written &w = m_written.at(i);
            QCOMPARE(o.value(QStringLiteral("offset")).toInteger(), w.location.offset);
            QCOMPARE(o.value(QStringLiteral("length")).toInteger(), w.location.length);
            QCOMPARE(o.value(QStringLiteral("warc-type")).toString().toUtf8(), w.type);
            QCOMPARE(o.value(QStringLiteral("warc-record-id")).toString(), w.location.recordId);
            if (w.type != "warcinfo")
                QCOMPARE(o.value(QStringLiteral("warc-target-uri")).toString(), w.uri);
            if (w.type == "response")
                QCOMPARE(o.value(QStringLiteral("http:status")).toInt(), 200);
        }
    }
};

QTEST_GUILESS_MAIN(TstWarc)
#include "tst_warc.moc"
