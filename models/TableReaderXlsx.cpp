// TableReader::readXlsx: a small, strict reader of the parts of an Office Open XML workbook a
// table needs (workbook, shared strings, styles, one worksheet; the zip and relationship layer
// is XlsxPackage). Cells come out as the spreadsheet shows them: integers without ".0", long
// numbers without exponent (phone numbers, 网站标识码), date-formatted numbers as dates.
#include "DateParser.h"
#include "TableReader.h"
#include "XlsxPackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>
#include <map>

namespace xj {

namespace {

// Date formats: builtin ids as Excel defines them (incl. the CJK ones), and custom codes with
// date/time letters outside quoted literals, [brackets] (colours, locales, elapsed time) and
// escaped or spacing characters (\x, _x, *x).
bool isDateFormat(int id, const QHash<int, QString> &custom)
{
    const auto it = custom.constFind(id);
    if (it == custom.constEnd()) {
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
            || (id >= 50 && id <= 58);
    }
    const QString &code = *it;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype close = code.indexOf(QLatin1Char('"'), i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (QStringLiteral("ymdhsYMDHS").contains(c)) {
            return true;
        }
    }
    return false;
}

// Never an exponent. Whole numbers that a double holds exactly (phone numbers, 网站标识码) come
// out digit for digit; anything else as Excel's General format shows it, 15 significant digits
// (0.1 + 0.2 is stored as 0.30000000000000004 and shown as 0.3).
QString formatNumber(double v)
{
    if (v == 0)
        return QStringLiteral("0");
    if (std::abs(v) < 9007199254740992.0 && v == std::floor(v)) // 2^53
        return QString::number(qint64(v));
    const double shown = QString::number(v, 'g', 15).toDouble();
    return QString::number(shown, 'f', QLocale::FloatingPointShortest);
}

QString formatDate(double serial, bool date1904)
{
    const auto dt = DateParser::fromExcelSerial(serial, date1904);
    if (!dt)
        return formatNumber(serial); // negative, too large, or Excel's 1900-02-29
    const QTime t = dt->time();
    if (!date1904 && serial < 1) // a time of day without a date (format h:mm)
        return t.toString(QStringLiteral("HH:mm:ss"));
    if (t == QTime(0, 0))
        return dt->date().toString(Qt::ISODate);
    return dt->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// "C7" → column 2, row 7. False for anything else.
bool parseCellRef(QStringView ref, int *col, int *row)
{
    qsizetype i = 0;
    int c = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        c = c * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (c > 16384) // XFD
            return false;
        ++i;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || r < 1 || r > 1048576)
        return false;
    *col = c - 1;
    *row = r;
    return true;
}

} // namespace

std::optional<RawTable> TableReader::readXlsx(const QString &path, QString *error,
                                              const QString &sheetName)
{
    QString err;
    auto fail = [&](const QString &message) -> std::optional<RawTable> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    XlsxPackage pkg(path);
    if (!pkg.open()) {
        return fail(tr("%1: not a readable XLSX workbook (%2)").arg(path, pkg.openError()));
    }

    // Package → workbook → its sheets, shared strings and styles.
    QHash<QString, XlsxPackage::Relationship> rootRels, wbRels;
    if (!pkg.rels(QString(), &rootRels, &err))
        return fail(err);
    QString workbookPart = XlsxPackage::relTarget(rootRels, QLatin1String("/officeDocument"));
    if (workbookPart.isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");
    QByteArray bytes;
    if (!pkg.read(workbookPart, &bytes, &err)) {
        return fail(!err.isEmpty() ? err
                                   : tr("%1: not an XLSX workbook (%2 is missing)")
                                         .arg(path, workbookPart));
    }
    if (!pkg.rels(workbookPart, &wbRels, &err))
        return fail(err);

    bool date1904 = false;
    QList<QPair<QString, QString>> sheets; // name, relationship id
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto v = a.value(QLatin1String("date1904"));
                date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                QString rid;
                for (const auto &attr : a) { // r:id, in whichever relationships namespace
                    if (attr.name() == QLatin1String("id"))
                        rid = attr.value().toString();
                }
                sheets.append({a.value(QLatin1String("name")).toString(), rid});
            }
        }
        if (!pkg.checkXml(xml, workbookPart, &err))
            return fail(err);
    }

    QString sheetPart;
    for (const auto &s : sheets) {
        const XlsxPackage::Relationship rel = wbRels.value(s.second);
        const bool worksheet = rel.type.endsWith(QLatin1String("/worksheet"));
        if (sheetName.isEmpty() ? worksheet : s.first == sheetName) {
            if (!worksheet) {
                return fail(tr("%1: sheet \"%2\" is not a worksheet").arg(path, sheetName));
            }
            sheetPart = rel.target;
            break;
        }
    }
    if (sheetPart.isEmpty()) {
        QStringList names;
        for (const auto &s : sheets)
            names << s.first;
        if (sheetName.isEmpty())
            return fail(tr("%1: the workbook has no worksheet").arg(path));
        return fail(tr("%1: no sheet named \"%2\" (sheets: %3)")
                        .arg(path, sheetName, names.join(QStringLiteral(", "))));
    }

    // Shared strings (optional part).
    QStringList shared;
    QString part = XlsxPackage::relTarget(wbRels, QLatin1String("/sharedStrings"),
                             QStringLiteral("xl/sharedStrings.xml"));
    if (!part.isEmpty() && pkg.read(part, &bytes, &err)) {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == QLatin1String("si"))
                shared << XlsxPackage::readRichText(xml);
        }
        if (!pkg.checkXml(xml, part, &err))
            return fail(err);
    }
    if (!err.isEmpty())
        return fail(err);

    // Styles (optional): which cell formats (cellXfs index) are dates.
    QList<bool> dateStyle;
    part = XlsxPackage::relTarget(wbRels, QLatin1String("/styles"), QStringLiteral("xl/styles.xml"));
    if (!part.isEmpty() && pkg.read(part, &bytes, &err)) {
        QHash<int, QString> custom;
        QList<int> xfFormats;
        bool inCellXfs = false;
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            if (!xml.isStartElement())
                continue;
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("numFmt")) {
                custom.insert(a.value(QLatin1String("numFmtId")).toInt(),
                              a.value(QLatin1String("formatCode")).toString());
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true; // cellStyleXfs also holds <xf>; only cellXfs is indexed by s=
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                xfFormats << a.value(QLatin1String("numFmtId")).toInt();
            }
        }
        if (!pkg.checkXml(xml, part, &err))
            return fail(err);
        for (const int id : std::as_const(xfFormats))
            dateStyle << isDateFormat(id, custom);
    }
    if (!err.isEmpty())
        return fail(err);

    // The worksheet. Rows and cells carry their position (r="7", r="C7"); either may be skipped,
    // so positions come from the references, with "next after the previous" as fallback.
    if (!pkg.read(sheetPart, &bytes, &err))
        return fail(!err.isEmpty() ? err : tr("%1: the workbook is damaged (%2 is missing)")
                                               .arg(path, sheetPart));
    std::map<int, QStringList> rows;
    qint64 storedCells = 0;
    int rowNo = 0, colNo = -1;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            rowNo = ok ? r : rowNo + 1;
            colNo = -1;
            if (rowNo < 1 || rowNo > 1048576)
                return fail(tr("%1: the workbook is damaged (row %2)").arg(path).arg(rowNo));
            continue;
        }
        if (xml.name() != QLatin1String("c"))
            continue;
        const auto a = xml.attributes();
        const QStringView ref = a.value(QLatin1String("r"));
        int cellRow = rowNo, cellCol = colNo + 1;
        if (!ref.isEmpty() && !parseCellRef(ref, &cellCol, &cellRow)) {
            return fail(tr("%1: the workbook is damaged (cell reference \"%2\")")
                            .arg(path, ref.toString()));
        }
        if (cellCol > 16383 || cellRow < 1)
            return fail(tr("%1: the workbook is damaged (cell outside the sheet)").arg(path));
        colNo = cellCol;
        const QString type = a.value(QLatin1String("t")).toString();
        const int style = a.value(QLatin1String("s")).toInt();
        QString value, inlineText;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("v"))
                value = xml.readElementText();
            else if (xml.name() == QLatin1String("is"))
                inlineText = XlsxPackage::readRichText(xml);
            else
                xml.skipCurrentElement(); // <f> formula: its cached <v> is what is shown
        }
        QString text;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int idx = value.toInt(&ok);
            if (!ok || idx < 0 || idx >= shared.size()) {
                return fail(tr("%1: the workbook is damaged (cell %2%3 refers to a missing "
                               "shared string)")
                                .arg(path, columnLetter(cellCol))
                                .arg(cellRow));
            }
            text = shared.at(idx);
        } else if (type == QLatin1String("inlineStr")) {
            text = inlineText;
        } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
            text = XlsxPackage::unescape(value);
        } else if (type == QLatin1String("b")) {
            text = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE")
                                                          : QStringLiteral("FALSE");
        } else if (type == QLatin1String("d")) { // ISO 8601 (strict OOXML)
            const QDateTime dt = QDateTime::fromString(value.trimmed(), Qt::ISODate);
            text = !dt.isValid()            ? value
                 : dt.time() == QTime(0, 0) ? dt.date().toString(Qt::ISODate)
                                            : dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        } else if (!value.isEmpty()) { // "n" or no type: a number
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (!ok)
                text = value;
            else if (style >= 0 && style < dateStyle.size() && dateStyle.at(style))
                text = formatDate(v, date1904);
            else
                text = formatNumber(v);
        }
        if (text.isEmpty())
            continue;
        QStringList &cells = rows[cellRow];
        if (cells.size() <= cellCol) {
            storedCells += cellCol + 1 - cells.size();
            if (storedCells > maxCells)
                return fail(tr("%1: more than %2 cells").arg(path).arg(maxCells));
            cells.resize(cellCol + 1);
        }
        cells[cellCol] = text;
    }
    if (!pkg.checkXml(xml, sheetPart, &err))
        return fail(err);

    QList<TableRow> records;
    for (auto &[number, cells] : rows)
        records << TableRow{number, std::move(cells)};
    return assemble(path, QStringLiteral("xlsx"), records);
}

} // namespace xj
