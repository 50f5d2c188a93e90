#include "XlsxPackage.h"

#include "TableReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace xj {

bool XlsxPackage::read(const QString &part, QByteArray *out, QString *error)
{
    error->clear();
    switch (m_zip.read(part, out, TableReader::maxPartBytes)) {
    case ZipReader::Status::Ok:
        return true;
    case ZipReader::Status::NotFound:
        return false;
    case ZipReader::Status::Error:
        break;
    }
    *error = QCoreApplication::translate("TableReader", "%1: the workbook is damaged (%2)")
                 .arg(m_path, m_zip.errorString());
    return false;
}

bool XlsxPackage::rels(const QString &part, QHash<QString, Relationship> *rels, QString *error)
{
    // xl/workbook.xml → xl/_rels/workbook.xml.rels; "" → _rels/.rels
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    const QString dir = slash < 0 ? QString() : part.left(slash);
    const QString relsPart = (dir.isEmpty() ? QString() : dir + QLatin1Char('/'))
        + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
    QByteArray bytes;
    if (!read(relsPart, &bytes, error))
        return error->isEmpty();
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement
            || xml.name() != QLatin1String("Relationship"))
            continue;
        const auto a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        // Targets are relative to the source part's folder, or absolute from the package root.
        const QString target = a.value(QLatin1String("Target")).toString();
        const QString resolved = target.startsWith(QLatin1Char('/'))
            ? target.mid(1)
            : QDir::cleanPath(dir.isEmpty() ? target : dir + QLatin1Char('/') + target);
        rels->insert(a.value(QLatin1String("Id")).toString(),
                     {a.value(QLatin1String("Type")).toString(), resolved});
    }
    return checkXml(xml, relsPart, error);
}

bool XlsxPackage::checkXml(const QXmlStreamReader &xml, const QString &part, QString *error) const
{
    if (!xml.hasError())
        return true;
    *error = QCoreApplication::translate("TableReader",
                                         "%1: the workbook is damaged (%2, line %3: %4)")
                 .arg(m_path, part)
                 .arg(xml.lineNumber())
                 .arg(xml.errorString());
    return false;
}

QString XlsxPackage::relTarget(const QHash<QString, Relationship> &rels,
                               QLatin1String typeSuffix, const QString &fallback)
{
    for (const Relationship &r : rels) {
        if (r.type.endsWith(typeSuffix))
            return r.target;
    }
    return fallback;
}

QString XlsxPackage::readRichText(QXmlStreamReader &xml)
{
    // Phonetic guides (<rPh>) also contain <t> but are not part of the cell's text.
    QString text;
    const QString endName = xml.name().toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("t"))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == QLatin1String("rPh"))
                xml.skipCurrentElement();
        } else if (xml.isEndElement() && xml.name() == endName) {
            break;
        }
    }
    return unescape(text);
}

QString XlsxPackage::unescape(const QString &s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    // Left to right without overlap, so _x005F_x000D_ (an escaped underscore) stays "_x000D_".
    static const QRegularExpression re(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUInt(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

} // namespace xj
