#pragma once
// Read-only access to the members of a zip archive (an XLSX package), on zlib alone.
//
// Why not QuaZip: QuaZip exports its private copy of minizip under minizip's own names (zipOpen,
// unzOpen2, …; stachenov/quazip#169), and libxlsxwriter calls the system libminizip by the same
// names. In a process that loads both, one library's calls land in the other's copy and crash —
// whichever comes first in the link order. The exporter and the tests need libxlsxwriter, so the
// reader must not use (nor link) QuaZip.

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>

namespace xj {

class ZipReader
{
public:
    enum class Status { Ok, NotFound, Error };

    explicit ZipReader(const QString &path);
    // Reads the central directory. False (and errorString()) for a damaged or non-zip file.
    bool open();
    QString errorString() const { return m_error; }
    // Decompresses a member (name matched case-insensitively, as Excel does). The output is
    // capped at maxBytes whatever the headers claim, and its CRC is checked.
    Status read(const QString &name, QByteArray *out, qint64 maxBytes);

private:
    struct Entry {
        QString name;
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        quint64 compressedSize = 0;
        quint64 size = 0;
        quint64 localHeaderOffset = 0;
    };
    bool readCentralDirectory();
    bool fail(const QString &message);

    QFile m_file;
    QHash<QString, Entry> m_entries; // key: lower-case name
    QString m_error;
};

} // namespace xj
