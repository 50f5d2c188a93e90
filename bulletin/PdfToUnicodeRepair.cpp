#include "PdfToUnicodeRepair.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

namespace xj {

namespace {

QList<char32_t> codePoints(const QString &s)
{
    QList<char32_t> out;
    for (char32_t c : s.toUcs4())
        out << c;
    return out;
}

QString fromCodePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

// "<6587>" or "<D840DC00>" (UTF-16BE hex) → the code points.
QList<char32_t> decodeHexUtf16(const QByteArray &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString s;
    for (int i = 0; i + 1 < bytes.size(); i += 2)
        s += QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1))));
    return codePoints(s);
}

QByteArray encodeHexUtf16(const QList<char32_t> &cps)
{
    QString s;
    for (char32_t c : cps)
        s += fromCodePoint(c);
    QByteArray out;
    for (QChar ch : s)
        out += QByteArray::number(ch.unicode(), 16).rightJustified(4, '0').toUpper();
    return '<' + out + '>';
}

QByteArray inflate(const QByteArray &zlib)
{
    // qUncompress wants the expected size first; it grows the buffer when the hint is too small.
    QByteArray withSize(4, '\0');
    const quint32 hint = quint32(zlib.size()) * 8 + 1024;
    withSize[0] = char(hint >> 24);
    withSize[1] = char(hint >> 16);
    withSize[2] = char(hint >> 8);
    withSize[3] = char(hint);
    return qUncompress(withSize + zlib);
}

QByteArray deflate(const QByteArray &data)
{
    return qCompress(data, 9).mid(4); // drop Qt's size prefix: the rest is a zlib stream
}

struct PdfObject {
    int number = 0;
    qsizetype offset = 0;
    QByteArray bytes; // "N G obj … endobj\n"
};

} // namespace

PdfToUnicodeRepair::PdfToUnicodeRepair(const QString &typeset, const QList<QRawFont> &fonts)
    : m_fonts(fonts)
{
    const QList<char32_t> cps = codePoints(typeset);
    for (char32_t c : cps)
        m_typeset.insert(c);
    for (const QRawFont &font : m_fonts) {
        QHash<quint32, char32_t> map;
        if (font.isValid()) {
            for (char32_t c : std::as_const(m_typeset)) {
                const QList<quint32> glyphs = font.glyphIndexesForString(fromCodePoint(c));
                if (glyphs.size() == 1 && glyphs.first() != 0)
                    map.insert(glyphs.first(), c);
            }
        }
        m_glyphToTypeset << map;
    }
}

char32_t PdfToUnicodeRepair::corrected(char32_t c) const
{
    if (m_typeset.contains(c))
        return c;
    for (int i = 0; i < m_fonts.size(); ++i) {
        if (!m_fonts.at(i).isValid())
            continue;
        const QList<quint32> glyphs = m_fonts.at(i).glyphIndexesForString(fromCodePoint(c));
        if (glyphs.size() == 1 && glyphs.first() != 0) {
            const auto it = m_glyphToTypeset.at(i).constFind(glyphs.first());
            if (it != m_glyphToTypeset.at(i).constEnd())
                return *it;
        }
    }
    const QList<char32_t> nfkc = codePoints(fromCodePoint(c).normalized(QString::NormalizationForm_KC));
    if (nfkc.size() == 1 && m_typeset.contains(nfkc.first()))
        return nfkc.first();
    return c;
}

QByteArray PdfToUnicodeRepair::repairCMap(const QByteArray &cmap, int *fixed) const
{
    // Parse every mapping into code → destination, whatever form Qt used.
    QMap<quint32, QList<char32_t>> map;
    int codeBytes = 2;
    static const QRegularExpression bfchar(QStringLiteral("beginbfchar(.*?)endbfchar"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression bfrange(QStringLiteral("beginbfrange(.*?)endbfrange"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression pair(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"));
    static const QRegularExpression range(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(<[0-9A-Fa-f]+>|\\[[^\\]]*\\])"));
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
    const QString text = QString::fromLatin1(cmap);
    for (auto m = bfchar.globalMatch(text); m.hasNext();) {
        const QString block = m.next().captured(1);
        for (auto p = pair.globalMatch(block); p.hasNext();) {
            const auto pm = p.next();
            codeBytes = int(pm.captured(1).size() / 2);
            map.insert(pm.captured(1).toUInt(nullptr, 16), decodeHexUtf16(pm.captured(2).toLatin1()));
        }
    }
    for (auto m = bfrange.globalMatch(text); m.hasNext();) {
        const QString block = m.next().captured(1);
        for (auto r = range.globalMatch(block); r.hasNext();) {
            const auto rm = r.next();
            codeBytes = int(rm.captured(1).size() / 2);
            const quint32 lo = rm.captured(1).toUInt(nullptr, 16);
            const quint32 hi = rm.captured(2).toUInt(nullptr, 16);
            const QString dst = rm.captured(3);
            if (hi < lo || hi - lo > 0xffff)
                continue;
            if (dst.startsWith(QLatin1Char('['))) {
                quint32 code = lo;
                for (auto h = hex.globalMatch(dst); h.hasNext() && code <= hi; ++code)
                    map.insert(code, decodeHexUtf16(h.next().captured(1).toLatin1()));
            } else {
                QList<char32_t> base = decodeHexUtf16(dst.mid(1, dst.size() - 2).toLatin1());
                for (quint32 code = lo; code <= hi && !base.isEmpty(); ++code) {
                    map.insert(code, base);
                    base.last() += 1; // a range increments the last code point
                }
            }
        }
    }
    if (map.isEmpty())
        return {};

    int changes = 0;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->size() != 1)
            continue;
        const char32_t fixedCp = corrected(it->first());
        if (fixedCp != it->first()) {
            (*it)[0] = fixedCp;
            ++changes;
        }
    }
    if (fixed)
        *fixed += changes;
    if (changes == 0)
        return {};

    // Keep the header (CIDSystemInfo, codespacerange) and replace the mappings by bfchar blocks.
    const qsizetype firstMapping = [&] {
        const qsizetype a = cmap.indexOf("beginbfchar"), b = cmap.indexOf("beginbfrange");
        qsizetype first = a < 0 ? b : (b < 0 ? a : qMin(a, b));
        // Back up over the count that precedes the keyword ("100 beginbfchar").
        while (first > 0 && cmap.at(first - 1) != '\n')
            --first;
        return first;
    }();
    const qsizetype afterMappings = cmap.indexOf("endcmap");
    if (firstMapping < 0 || afterMappings < firstMapping)
        return {};
    QByteArray out = cmap.left(firstMapping);
    const QList<quint32> codes = map.keys();
    for (qsizetype i = 0; i < codes.size(); i += 100) {
        const qsizetype n = qMin<qsizetype>(100, codes.size() - i);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype j = i; j < i + n; ++j)
            out += '<' + QByteArray::number(codes.at(j), 16).rightJustified(codeBytes * 2, '0').toUpper() + "> "
                   + encodeHexUtf16(map.value(codes.at(j))) + '\n';
        out += "endbfchar\n";
    }
    out += cmap.mid(afterMappings);
    return out;
}

QByteArray PdfToUnicodeRepair::repair(const QByteArray &pdf, int *entriesFixed) const
{
    if (entriesFixed)
        *entriesFixed = 0;
    const qsizetype startxrefPos = pdf.lastIndexOf("startxref");
    if (startxrefPos < 0)
        return pdf;
    const qsizetype xrefOffset = pdf.mid(startxrefPos + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (xrefOffset <= 0 || !pdf.mid(xrefOffset, 4).startsWith("xref"))
        return pdf; // an xref stream or an updated file: not what QPdfWriter writes
    const qsizetype trailerPos = pdf.indexOf("trailer", xrefOffset);
    if (trailerPos < 0)
        return pdf;

    // The xref table: subsections "first count" followed by 20-byte entries.
    QList<PdfObject> objects;
    {
        const QList<QByteArray> lines = pdf.mid(xrefOffset + 4, trailerPos - xrefOffset - 4).split('\n');
        int number = 0;
        for (QByteArray line : lines) {
            line = line.trimmed();
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2) {
                number = parts.at(0).toInt();
            } else if (parts.size() == 3) {
                if (parts.at(2) == "n")
                    objects << PdfObject{number, qsizetype(parts.at(0).toLongLong()), {}};
                ++number;
            }
        }
    }
    std::sort(objects.begin(), objects.end(), [](const PdfObject &a, const PdfObject &b) { return a.offset < b.offset; });
    if (objects.isEmpty())
        return pdf;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const qsizetype end = i + 1 < objects.size() ? objects.at(i + 1).offset : xrefOffset;
        objects[i].bytes = pdf.mid(objects.at(i).offset, end - objects.at(i).offset);
        if (!objects.at(i).bytes.startsWith(QByteArray::number(objects.at(i).number) + ' '))
            return pdf;
    }
    QHash<int, qsizetype> indexOf;
    for (qsizetype i = 0; i < objects.size(); ++i)
        indexOf.insert(objects.at(i).number, i);

    QSet<int> toUnicode;
    static const QRegularExpression ref(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    for (auto m = ref.globalMatch(QString::fromLatin1(pdf)); m.hasNext();)
        toUnicode.insert(m.next().captured(1).toInt());

    int fixed = 0;
    static const QRegularExpression lengthRe(QStringLiteral("/Length\\s+(\\d+)(\\s+0\\s+R)?"));
    for (int number : std::as_const(toUnicode)) {
        if (!indexOf.contains(number))
            continue;
        PdfObject &obj = objects[indexOf.value(number)];
        const qsizetype streamKw = obj.bytes.indexOf("stream");
        if (streamKw < 0)
            continue;
        const QByteArray dict = obj.bytes.left(streamKw);
        const auto lm = lengthRe.match(QString::fromLatin1(dict));
        if (!lm.hasMatch())
            continue;
        qsizetype length = lm.captured(1).toLongLong();
        if (!lm.captured(2).isEmpty()) { // indirect: "/Length 12 0 R"
            const qsizetype li = indexOf.value(lm.captured(1).toInt(), -1);
            if (li < 0)
                continue;
            const QByteArray lenObj = objects.at(li).bytes;
            const qsizetype o = lenObj.indexOf("obj");
            length = lenObj.mid(o + 3, lenObj.indexOf("endobj") - o - 3).trimmed().toLongLong();
        }
        qsizetype dataStart = streamKw + 6;
        if (obj.bytes.at(dataStart) == '\r')
            ++dataStart;
        if (obj.bytes.at(dataStart) == '\n')
            ++dataStart;
        const QByteArray raw = obj.bytes.mid(dataStart, length);
        const bool flate = dict.contains("/FlateDecode");
        const QByteArray cmap = flate ? inflate(raw) : raw;
        const QByteArray repaired = repairCMap(cmap, &fixed);
        if (repaired.isEmpty())
            continue;
        const QByteArray data = deflate(repaired);
        obj.bytes = QByteArray::number(number) + " 0 obj\n<<\n/Length " + QByteArray::number(data.size())
                    + "\n/Filter /FlateDecode\n>>\nstream\n" + data + "\nendstream\nendobj\n";
    }
    if (entriesFixed)
        *entriesFixed = fixed;
    if (fixed == 0)
        return pdf;

    // Reserialise: header, the objects in their order, a fresh xref table, the old trailer dict.
    QByteArray out = pdf.left(objects.first().offset);
    QMap<int, qsizetype> offsets;
    for (const PdfObject &obj : std::as_const(objects)) {
        offsets.insert(obj.number, out.size());
        out += obj.bytes;
    }
    const int size = offsets.isEmpty() ? 1 : offsets.lastKey() + 1;
    const qsizetype newXref = out.size();
    out += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
    for (int n = 1; n < size; ++n) {
        if (offsets.contains(n))
            out += QByteArray::number(offsets.value(n)).rightJustified(10, '0') + " 00000 n \n";
        else
            out += "0000000000 65535 f \n";
    }
    const qsizetype trailerEnd = pdf.indexOf("startxref", trailerPos);
    out += pdf.mid(trailerPos, trailerEnd - trailerPos);
    out += "startxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    return out;
}

} // namespace xj
