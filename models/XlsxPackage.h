#pragma once
// The Open Packaging Conventions layer of an XLSX file, for TableReader: parts read from the zip
// with a size cap, relationships resolved to part names, XML errors turned into messages, and
// the OOXML string conventions (rich-text runs, _xHHHH_ escapes).

#include "ZipReader.h"

#include <QHash>
#include <QString>

class QXmlStreamReader;

namespace xj {

class XlsxPackage
{
public:
    struct Relationship {
        QString type;   // full URI; compared by its last segment
        QString target; // resolved to a part name inside the package
    };

    explicit XlsxPackage(const QString &path) : m_zip(path), m_path(path) {}
    bool open() { return m_zip.open(); }
    QString openError() const { return m_zip.errorString(); }

    // false + *error on damage; false with an empty *error when the part does not exist.
    bool read(const QString &part, QByteArray *out, QString *error);
    // The relationships of `part` ("" = the package itself), Id → relationship. A missing .rels
    // part means no relationships, not an error.
    bool rels(const QString &part, QHash<QString, Relationship> *rels, QString *error);
    // false + *error when the reader stopped on malformed XML.
    bool checkXml(const QXmlStreamReader &xml, const QString &part, QString *error) const;

    // The target of the first relationship whose type ends with typeSuffix, else fallback.
    static QString relTarget(const QHash<QString, Relationship> &rels, QLatin1String typeSuffix,
                             const QString &fallback = {});
    // Text of the <si> or <is> element the reader is on: <t>, or rich-text runs concatenated.
    static QString readRichText(QXmlStreamReader &xml);
    // Resolves _xHHHH_ escapes (Excel writes _x000D_ for CR).
    static QString unescape(const QString &s);

private:
    ZipReader m_zip;
    QString m_path;
};

} // namespace xj
