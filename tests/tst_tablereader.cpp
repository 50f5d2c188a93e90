// TableReader on real files: CSV in the encodings and dialects Excel/WPS write, XLSX workbooks
// written by libxlsxwriter, and hand-built packages for what libxlsxwriter cannot produce.
#include "TableReader.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

using namespace xj;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A zip with stored (uncompressed) entries: enough to build XLSX packages by hand.
QByteArray storedZip(const QList<QPair<QString, QByteArray>> &entries)
{
    auto crc32 = [](const QByteArray &data) {
        quint32 crc = 0xFFFFFFFFu;
        for (const char ch : data) {
            crc ^= uchar(ch);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    };
    QByteArray out, central;
    QDataStream zs(&out, QIODevice::WriteOnly), cs(&central, QIODevice::WriteOnly);
    zs.setByteOrder(QDataStream::LittleEndian);
    cs.setByteOrder(QDataStream::LittleEndian);
    for (const auto &[name, data] : entries) {
        const QByteArray fn = name.toUtf8();
        const quint32 offset = quint32(out.size()), crc = crc32(data), size = quint32(data.size());
        zs << quint32(0x04034b50) << quint16(20) << quint16(0) << quint16(0) << quint16(0)
           << quint16(0x21) << crc << size << size << quint16(fn.size()) << quint16(0);
        zs.writeRawData(fn.constData(), int(fn.size()));
        zs.writeRawData(data.constData(), int(data.size()));
        cs << quint32(0x02014b50) << quint16(20) << quint16(20) << quint16(0) << quint16(0)
           << quint16(0) << quint16(0x21) << crc << size << size << quint16(fn.size())
           << quint16(0) << quint16(0) << quint16(0) << quint16(0) << quint32(0) << offset;
        cs.writeRawData(fn.constData(), int(fn.size()));
    }
    const quint32 centralOffset = quint32(out.size());
    zs.writeRawData(central.constData(), int(central.size()));
    zs << quint32(0x06054b50) << quint16(0) << quint16(0) << quint16(entries.size())
       << quint16(entries.size()) << quint32(central.size()) << centralOffset << quint16(0);
    return out;
}

// A minimal package around one sheet body, with optional workbook properties and styles.
QByteArray handmadeXlsx(const QByteArray &sheetData, const QByteArray &workbookPr = {},
                        const QByteArray &styles = {}, const QByteArray &sharedStrings = {})
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                          "relationships\"";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    QList<QPair<QString, QByteArray>> parts = {
        {"xl/workbook.xml", "<workbook " + ns + ">" + workbookPr
                                + "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
                                  "</sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" + rel + "worksheet\" Target=\"worksheets/s.xml\"/>"
         "</Relationships>"},
        {"xl/worksheets/s.xml", "<worksheet " + ns + "><sheetData>" + sheetData
                                    + "</sheetData></worksheet>"},
    };
    if (!styles.isEmpty())
        parts.append({"xl/styles.xml", "<styleSheet " + ns + ">" + styles + "</styleSheet>"});
    if (!sharedStrings.isEmpty())
        parts.append({"xl/sharedStrings.xml", "<sst " + ns + ">" + sharedStrings + "</sst>"});
    return storedZip(parts);
}

} // namespace

class TstTableReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    RawTable csv(const QByteArray &bytes)
    {
        QString error;
        const auto table = TableReader::readCsv(bytes, QStringLiteral("t.csv"), &error);
        if (!table)
            qWarning("%s", qPrintable(error));
        return table.value_or(RawTable{});
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void csvEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("名称,主办单位\r\n某某市人民政府,某某市人民政府办公室\r\n");
        QStringEncoder gbk("GB18030"), utf16("UTF-16LE");
        QTest::newRow("utf8") << text.toUtf8() << "UTF-8";
        QTest::newRow("utf8 bom") << "\xEF\xBB\xBF" + text.toUtf8() << "UTF-8 (BOM)";
        QTest::newRow("gbk") << QByteArray(gbk.encode(text)) << "GB18030";
        QTest::newRow("utf16le bom") << "\xFF\xFE" + QByteArray(utf16.encode(text)) << "UTF-16LE";
    }

    void csvEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const QString path = writeFile(m_dir, QStringLiteral("enc.csv"), bytes);
        QString error;
        const auto t = TableReader::read(path, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->format, QStringLiteral("csv"));
        QCOMPARE(t->encoding, encoding);
        QCOMPARE(t->sourceName, path);
        QCOMPARE(t->headers, QStringList({"名称", "主办单位"}));
        QCOMPARE(t->rows.size(), 1);
        QCOMPARE(t->rows[0].number, 2);
        QCOMPARE(t->rows[0].cells, QStringList({"某某市人民政府", "某某市人民政府办公室"}));
    }

    void csvNamedXlsxIsReadAsCsv()
    {
        const QString path = writeFile(m_dir, QStringLiteral("really.xlsx"), "a,b\n1,2\n");
        QString error;
        const auto t = TableReader::read(path, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->format, QStringLiteral("csv"));
        QCOMPARE(t->rows.value(0).cells, QStringList({"1", "2"}));
    }

    void csvQuoting()
    {
        const RawTable t = csv("名称,备注,网址\n"
                               "\"市政府\",\"含,逗号\",http://a\n"
                               "甲,\"含\"\"引号\"\"\",\"http://b\"\n"
                               "乙,\"多\r\n行\",c\n"
                               "丙,5\" 管,\"\"\n");
        QCOMPARE(t.headers, QStringList({"名称", "备注", "网址"}));
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.rows[0].cells, QStringList({"市政府", "含,逗号", "http://a"}));
        QCOMPARE(t.rows[1].cells, QStringList({"甲", "含\"引号\"", "http://b"}));
        QCOMPARE(t.rows[2].cells, QStringList({"乙", "多\n行", "c"}));
        QCOMPARE(t.rows[3].cells, QStringList({"丙", "5\" 管", ""})); // mid-field quote is text
        // A newline inside quotes does not start a spreadsheet row.
        QCOMPARE(t.rows[2].number, 4);
        QCOMPARE(t.rows[3].number, 5);
    }

    void csvLineEnds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n");
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n3,4\n");
        QTest::newRow("cr") << QByteArray("a,b\r1,2\r3,4\r");
        QTest::newRow("no final newline") << QByteArray("a,b\r\n1,2\r\n3,4");
        QTest::newRow("semicolon") << QByteArray("a;b\n1;2\n3;4\n");
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n3\t4\n");
    }

    void csvLineEnds()
    {
        QFETCH(QByteArray, bytes);
        const RawTable t = csv(bytes);
        QCOMPARE(t.headers, QStringList({"a", "b"}));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows[0].number, 2);
        QCOMPARE(t.rows[0].cells, QStringList({"1", "2"}));
        QCOMPARE(t.rows[1].number, 3);
        QCOMPARE(t.rows[1].cells, QStringList({"3", "4"}));
    }

    void csvSeparatorFromHeaderOnly()
    {
        // Commas in data (URL query, amounts) must not make the comma win over the header's ';'.
        const RawTable t = csv("名称;网址\n甲;http://x/?a=1,2,3\n");
        QCOMPARE(t.headers, QStringList({"名称", "网址"}));
        QCOMPARE(t.rows[0].cells, QStringList({"甲", "http://x/?a=1,2,3"}));
    }

    void csvEmptyLinesKeepRowNumbers()
    {
        const RawTable t = csv("a,b\n1,2\n\n,\n 　,\n3,4\n\n\n,,\n");
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows[0].number, 2);
        QCOMPARE(t.rows[1].number, 6);
        QCOMPARE(t.rows[1].cells, QStringList({"3", "4"}));
    }

    void csvTrimPadAndExtra()
    {
        const RawTable t = csv("  名称 ,\u3000类型\u3000,备注,\n\u3000甲 , b \n乙,c,d,e,f\n");
        QCOMPARE(t.headers, QStringList({"名称", "类型", "备注"})); // trailing empty dropped
        QCOMPARE(t.rows[0].cells, QStringList({"甲", "b", ""}));
        QCOMPARE(t.rows[1].cells, QStringList({"乙", "c", "d", "e", "f"}));
    }

    void csvUnterminatedQuote()
    {
        QString error;
        QVERIFY(!TableReader::readCsv("a,b\n1,2\n\"x,3\n4,5\n", QStringLiteral("t.csv"), &error));
        QCOMPARE(error, QStringLiteral("t.csv:3: unterminated quoted field"));
    }

    void columnLetters()
    {
        QCOMPARE(TableReader::columnLetter(0), QStringLiteral("A"));
        QCOMPARE(TableReader::columnLetter(25), QStringLiteral("Z"));
        QCOMPARE(TableReader::columnLetter(26), QStringLiteral("AA"));
        QCOMPARE(TableReader::columnLetter(51), QStringLiteral("AZ"));
        QCOMPARE(TableReader::columnLetter(52), QStringLiteral("BA"));
        QCOMPARE(TableReader::columnLetter(701), QStringLiteral("ZZ"));
        QCOMPARE(TableReader::columnLetter(702), QStringLiteral("AAA"));
        QCOMPARE(TableReader::columnLetter(16383), QStringLiteral("XFD"));
    }

    void xlsxWrittenByLibxlsxwriter()
    {
        // Named .csv on purpose: the reader goes by content.
        const QString path = m_dir.filePath(QStringLiteral("registry.csv"));
        lxw_workbook *wb = workbook_new(path.toUtf8().constData());
        QVERIFY(wb);
        lxw_worksheet *first = workbook_add_worksheet(wb, "登记表");
        lxw_worksheet *second = workbook_add_worksheet(wb, "第二页");
        lxw_format *isoDate = workbook_add_format(wb);
        format_set_num_format(isoDate, "yyyy-mm-dd");
        lxw_format *dateTime = workbook_add_format(wb);
        format_set_num_format(dateTime, "yyyy/m/d hh:mm");
        lxw_format *builtinDate = workbook_add_format(wb);
        format_set_num_format_index(builtinDate, 14);
        lxw_format *chineseDate = workbook_add_format(wb);
        format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");
        lxw_format *twoDecimals = workbook_add_format(wb);
        format_set_num_format(twoDecimals, "0.00");
        lxw_format *bold = workbook_add_format(wb);
        format_set_bold(bold);

        const char *headers[] = {"名称", "网站标识码", "电话", "数量", "比例", "开通日期", "发布时间"};
        for (int c = 0; c < 7; ++c)
            worksheet_write_string(first, 0, lxw_col_t(c), headers[c], nullptr);
        worksheet_write_string(first, 1, 0, "某某市人民政府", nullptr);
        worksheet_write_number(first, 1, 1, 4452000001.0, nullptr);
        worksheet_write_number(first, 1, 2, 13800138000.0, nullptr);
        worksheet_write_number(first, 1, 3, 42, nullptr);
        worksheet_write_number(first, 1, 4, 0.125, twoDecimals);
        lxw_datetime opened = {2022, 6, 30, 0, 0, 0};
        worksheet_write_datetime(first, 1, 5, &opened, isoDate);
        lxw_datetime published = {2022, 6, 30, 14, 5, 0};
        worksheet_write_datetime(first, 1, 6, &published, dateTime);
        // Row 3 is left out entirely; row 4 repeats a shared string and has a gap (C, D empty).
        worksheet_write_string(first, 3, 0, "某某市人民政府", nullptr);
        worksheet_write_string(first, 3, 1, "4452000002", nullptr);
        worksheet_write_number(first, 3, 4, -3.5, nullptr);
        lxw_datetime builtin = {2021, 1, 1, 0, 0, 0};
        worksheet_write_datetime(first, 3, 5, &builtin, builtinDate);
        lxw_datetime chinese = {2021, 12, 31, 0, 0, 0};
        worksheet_write_datetime(first, 3, 6, &chinese, chineseDate);
        // Row 5: long integer, small decimal, boolean, formula with a cached string, rich text.
        worksheet_write_number(first, 4, 1, 1234567890123456.0, nullptr);
        worksheet_write_number(first, 4, 2, 0.001, nullptr);
        worksheet_write_boolean(first, 4, 3, 1, nullptr);
        worksheet_write_formula_str(first, 4, 4, "=\"a\"&\"b\"", nullptr, "ab");
        lxw_rich_string_tuple part1 = {bold, const_cast<char *>("教育")};
        lxw_rich_string_tuple part2 = {nullptr, const_cast<char *>("局")};
        lxw_rich_string_tuple *rich[] = {&part1, &part2, nullptr};
        worksheet_write_rich_string(first, 4, 0, rich, nullptr);
        worksheet_write_number(first, 4, 8, 7, nullptr); // beyond the header: kept

        worksheet_write_string(second, 0, 0, "单位", nullptr);
        worksheet_write_string(second, 0, 1, "挂接目录数", nullptr);
        worksheet_write_string(second, 1, 0, "教育局", nullptr);
        worksheet_write_number(second, 1, 1, 12, nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

        QString error;
        const auto t = TableReader::read(path, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->format, QStringLiteral("xlsx"));
        QCOMPARE(t->headers, QStringList({"名称", "网站标识码", "电话", "数量", "比例", "开通日期",
                                          "发布时间"}));
        QCOMPARE(t->rows.size(), 3);
        QCOMPARE(t->rows[0].number, 2);
        QCOMPARE(t->rows[0].cells, QStringList({"某某市人民政府", "4452000001", "13800138000", "42",
                                                "0.125", "2022-06-30", "2022-06-30 14:05:00"}));
        QCOMPARE(t->rows[1].number, 4);
        QCOMPARE(t->rows[1].cells, QStringList({"某某市人民政府", "4452000002", "", "", "-3.5",
                                                "2021-01-01", "2021-12-31"}));
        QCOMPARE(t->rows[2].number, 5);
        QCOMPARE(t->rows[2].cells, QStringList({"教育局", "1234567890123456", "0.001", "TRUE",
                                                "ab", "", "", "", "7"}));

        const auto named = TableReader::readXlsx(path, &error, QStringLiteral("第二页"));
        QVERIFY2(named, qPrintable(error));
        QCOMPARE(named->headers, QStringList({"单位", "挂接目录数"}));
        QCOMPARE(named->rows.size(), 1);
        QCOMPARE(named->rows[0].cells, QStringList({"教育局", "12"}));

        QVERIFY(!TableReader::read(path, &error, QStringLiteral("第三页")));
        QVERIFY2(error.contains(QStringLiteral("第三页")) && error.contains(QStringLiteral("登记表"))
                     && error.contains(QStringLiteral("第二页")),
                 qPrintable(error));
    }

    void xlsxHandmade()
    {
        // What libxlsxwriter never writes: date1904, inline strings, phonetic runs, _x000D_
        // escapes, cells and rows without r=, custom date formats in brackets and quotes.
        const QByteArray styles =
            "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"[$-804]yyyy/mm/dd\"/>"
            "<numFmt numFmtId=\"165\" formatCode=\"0.0&quot;天数&quot;\"/></numFmts>"
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
            "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>"
            "<xf numFmtId=\"165\"/></cellXfs>";
        const QByteArray shared = "<si><r><t>名</t></r><r><t xml:space=\"preserve\">称</t></r>"
                                  "<rPh sb=\"0\" eb=\"1\"><t>ミョウ</t></rPh></si>"
                                  "<si><t>第一行_x000D_\n第二行</t></si>";
        const QByteArray sheet =
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c t=\"inlineStr\"><is><t>日期</t></is></c>"
            "<c t=\"inlineStr\"><is><t>天数</t></is></c></row>"
            "<row><c t=\"s\"><v>1</v></c><c s=\"1\"><v>43280</v></c><c s=\"2\"><v>3</v></c></row>";
        const QString path = writeFile(m_dir, QStringLiteral("mac.xlsx"),
                                       handmadeXlsx(sheet, "<workbookPr date1904=\"1\"/>", styles,
                                                    shared));
        QString error;
        const auto t = TableReader::read(path, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->headers, QStringList({"名称", "日期", "天数"}));
        QCOMPARE(t->rows.size(), 1);
        QCOMPARE(t->rows[0].number, 2);
        QCOMPARE(t->rows[0].cells, QStringList({"第一行\r\n第二行", "2022-06-30", "3"}));
    }

    void xlsxHostileOrBroken()
    {
        QString error;
        const QString corrupt = writeFile(m_dir, QStringLiteral("corrupt.xlsx"),
                                          QByteArray("PK\x03\x04 this is not a zip archive"));
        QVERIFY(!TableReader::read(corrupt, &error));
        QVERIFY2(error.startsWith(corrupt) && error.contains(QStringLiteral("XLSX")),
                 qPrintable(error));

        const QString xls = writeFile(m_dir, QStringLiteral("old.xls"),
                                      QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
                                          + QByteArray(504, '\0'));
        QVERIFY(!TableReader::read(xls, &error));
        QVERIFY2(error.contains(QStringLiteral(".xls")), qPrintable(error));

        const QString noSheet = writeFile(m_dir, QStringLiteral("nosheet.xlsx"),
                                          storedZip({{"hello.txt", "hi"}}));
        QVERIFY(!TableReader::read(noSheet, &error));
        QVERIFY2(error.contains(QStringLiteral("workbook.xml")), qPrintable(error));

        const QString badString = writeFile(
            m_dir, QStringLiteral("badstring.xlsx"),
            handmadeXlsx("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>9</v></c></row>"));
        QVERIFY(!TableReader::read(badString, &error));
        QVERIFY2(error.contains(QStringLiteral("B1")), qPrintable(error));

        // Cells far to the right in many rows: refused at the cell cap, not after filling memory.
        QByteArray wide;
        const int rowsNeeded = int(TableReader::maxCells / 16384) + 2;
        for (int r = 1; r <= rowsNeeded; ++r)
            wide += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r)
                + "\"><v>1</v></c></row>";
        const QString widePath = writeFile(m_dir, QStringLiteral("wide.xlsx"), handmadeXlsx(wide));
        QVERIFY(!TableReader::read(widePath, &error));
        QVERIFY2(error.contains(QString::number(TableReader::maxCells)), qPrintable(error));

        // A flipped byte inside a stored part: caught by the CRC, not parsed as if fine.
        QByteArray flipped = handmadeXlsx("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        flipped.replace("<v>1</v>", "<v>2</v>");
        const QString flippedPath = writeFile(m_dir, QStringLiteral("flipped.xlsx"), flipped);
        QVERIFY(!TableReader::read(flippedPath, &error));
        QVERIFY2(error.contains(QStringLiteral("checksum")), qPrintable(error));

        QVERIFY(!TableReader::read(m_dir.filePath(QStringLiteral("missing.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing.csv")), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TstTableReader)
#include "tst_tablereader.moc"
