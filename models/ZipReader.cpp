#include "ZipReader.h"

#include <QCoreApplication>

#include <zlib.h>

namespace xj {

namespace {

// Little-endian fields of zip headers.
quint16 u16(const char *p)
{
    return quint16(uchar(p[0]) | (uchar(p[1]) << 8));
}
quint32 u32(const char *p)
{
    return quint32(u16(p)) | (quint32(u16(p + 2)) << 16);
}
quint64 u64(const char *p)
{
    return quint64(u32(p)) | (quint64(u32(p + 4)) << 32);
}

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentralDir = 0x06054b50;
constexpr quint32 kZip64EndOfCentralDir = 0x06064b50;
constexpr quint32 kZip64Locator = 0x07064b50;

} // namespace

ZipReader::ZipReader(const QString &path) : m_file(path) {}

bool ZipReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ZipReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(m_file.errorString());
    return readCentralDirectory();
}

bool ZipReader::readCentralDirectory()
{
    const QString damaged = QCoreApplication::translate("ZipReader", "not a valid zip archive");
    // The end record sits in the last 22 bytes plus an archive comment of up to 64 KiB.
    const qint64 size = m_file.size();
    const qint64 tailStart = std::max<qint64>(0, size - (22 + 65535));
    if (!m_file.seek(tailStart))
        return fail(damaged);
    const QByteArray tail = m_file.read(size - tailStart);
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (u32(tail.constData() + i) == kEndOfCentralDir) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return fail(damaged);
    const char *e = tail.constData() + eocd;
    quint64 count = u16(e + 10), cdSize = u32(e + 12), cdOffset = u32(e + 16);
    // Zip64: the classic record holds 0xFFFF… placeholders; the real values sit in the zip64 end
    // record, found through the locator just before the classic one.
    if ((count == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) && eocd >= 20
        && u32(e - 20) == kZip64Locator) {
        const quint64 recordOffset = u64(e - 20 + 8);
        if (!m_file.seek(qint64(recordOffset)))
            return fail(damaged);
        const QByteArray rec = m_file.read(56);
        if (rec.size() < 56 || u32(rec.constData()) != kZip64EndOfCentralDir)
            return fail(damaged);
        count = u64(rec.constData() + 32);
        cdSize = u64(rec.constData() + 40);
        cdOffset = u64(rec.constData() + 48);
    }
    if (cdOffset + cdSize > quint64(size) || cdSize > quint64(64) << 20 || count > 1000000)
        return fail(damaged);
    if (!m_file.seek(qint64(cdOffset)))
        return fail(damaged);
    const QByteArray cd = m_file.read(qint64(cdSize));
    if (quint64(cd.size()) != cdSize)
        return fail(damaged);

    qsizetype pos = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (pos + 46 > cd.size() || u32(cd.constData() + pos) != kCentralHeader)
            return fail(damaged);
        const char *h = cd.constData() + pos;
        Entry entry;
        entry.flags = u16(h + 8);
        entry.method = u16(h + 10);
        entry.crc = u32(h + 16);
        entry.compressedSize = u32(h + 20);
        entry.size = u32(h + 24);
        const quint16 nameLen = u16(h + 28), extraLen = u16(h + 30), commentLen = u16(h + 32);
        entry.localHeaderOffset = u32(h + 42);
        if (pos + 46 + nameLen + extraLen + commentLen > cd.size())
            return fail(damaged);
        const QByteArray rawName(h + 46, nameLen);
        // Bit 11: UTF-8 names. Package part names are ASCII anyway; Latin-1 never fails.
        entry.name = (entry.flags & 0x800) ? QString::fromUtf8(rawName)
                                           : QString::fromLatin1(rawName);
        // Zip64 extra field (id 1): the 64-bit values of the fields that hold 0xFFFFFFFF, in order.
        const char *x = h + 46 + nameLen;
        for (int off = 0; off + 4 <= extraLen;) {
            const quint16 id = u16(x + off), len = u16(x + off + 2);
            if (off + 4 + len > extraLen)
                break;
            if (id == 1) {
                int f = off + 4;
                auto next = [&](quint64 *field) {
                    if (*field == 0xFFFFFFFF && f + 8 <= off + 4 + len) {
                        *field = u64(x + f);
                        f += 8;
                    }
                };
                next(&entry.size);
                next(&entry.compressedSize);
                next(&entry.localHeaderOffset);
            }
            off += 4 + len;
        }
        m_entries.insert(entry.name.toLower(), entry);
        pos += 46 + nameLen + extraLen + commentLen;
    }
    return true;
}

ZipReader::Status ZipReader::read(const QString &name, QByteArray *out, qint64 maxBytes)
{
    out->clear();
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.constEnd())
        return Status::NotFound;
    const Entry &entry = *it;
    auto error = [&](const char *what) {
        m_error = QCoreApplication::translate("ZipReader", what).arg(entry.name);
        return Status::Error;
    };
    if (entry.flags & 0x1)
        return error(QT_TRANSLATE_NOOP("ZipReader", "%1 is encrypted"));
    if (entry.method != 0 && entry.method != 8)
        return error(QT_TRANSLATE_NOOP("ZipReader", "%1: unsupported compression method"));
    if (entry.compressedSize > quint64(m_file.size()))
        return error(QT_TRANSLATE_NOOP("ZipReader", "%1 is damaged"));

    // The local header repeats name and extra field with lengths of its own; the data follows.
    char local[30];
    if (!m_file.seek(qint64(entry.localHeaderOffset)) || m_file.read(local, 30) != 30
        || u32(local) != kLocalHeader) {
        return error(QT_TRANSLATE_NOOP("ZipReader", "%1 is damaged"));
    }
    const qint64 dataStart =
        qint64(entry.localHeaderOffset) + 30 + u16(local + 26) + u16(local + 28);
    if (!m_file.seek(dataStart))
        return error(QT_TRANSLATE_NOOP("ZipReader", "%1 is damaged"));

    if (entry.method == 0) {
        if (qint64(entry.size) > maxBytes)
            return error(QT_TRANSLATE_NOOP("ZipReader", "%1 is too large"));
        *out = m_file.read(qint64(entry.size));
        if (quint64(out->size()) != entry.size)
            return error(QT_TRANSLATE_NOOP("ZipReader", "%1 is damaged"));
    } else {
        // Raw deflate, inflated chunk by chunk: the declared size may lie (zip bomb), so the cap
        // applies to what actually comes out.
        z_stream zs = {};
        if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
            return error(QT_TRANSLATE_NOOP("ZipReader", "%1 is damaged"));
        quint64 remaining = entry.compressedSize;
        QByteArray in;
        char buf[65536];
        int rc = Z_OK;
        for (;;) {
            if (zs.avail_in == 0) {
                if (remaining == 0)
                    break; // compressed data ends before the deflate stream does
                in = m_file.read(qint64(std::min<quint64>(remaining, 1 << 20)));
                if (in.isEmpty())
                    break;
                remaining -= quint64(in.size());
                zs.next_in = reinterpret_cast<Bytef *>(in.data());
                zs.avail_in = uInt(in.size());
            }
            zs.next_out = reinterpret_cast<Bytef *>(buf);
            zs.avail_out = sizeof buf;
            rc = inflate(&zs, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                break; // corrupt data
            const qint64 produced = qint64(sizeof buf - zs.avail_out);
            if (out->size() + produced > maxBytes) {
                inflateEnd(&zs);
                out->clear();
                return error(QT_TRANSLATE_NOOP("ZipReader", "%1 is too large"));
            }
            out->append(buf, produced);
            if (rc == Z_STREAM_END || (rc == Z_BUF_ERROR && zs.avail_in != 0))
                break;
        }
        inflateEnd(&zs);
        if (rc != Z_STREAM_END) {
            out->clear();
            return error(QT_TRANSLATE_NOOP("ZipReader", "%1 is damaged"));
        }
    }
    if (crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(out->constData()),
              uInt(out->size()))
        != entry.crc) {
        out->clear();
        return error(QT_TRANSLATE_NOOP("ZipReader", "%1 is damaged (checksum mismatch)"));
    }
    return Status::Ok;
}

} // namespace xj
