// The typeset bulletin read back by poppler, an independent reader: the text pdftotext extracts is
// the text typeset (no Kangxi radicals, no dropped digits); word boxes (pdftotext -bbox) keep the
// body inside the 156 × 225 mm type area at 37/28 mm with at most 28 characters a line and 22
// lines a page; page numbers alternate sides; pdffonts lists every font embedded; a long table
// splits across pages with its header repeated; each attachment comes out as a PDF of its own.
// Plus the line-breaking rules (避头尾) and title breaking on their own.

#include "BulletinDraft.h"
#include "BulletinLayout.h"
#include "BulletinTypesetter.h"
#include "RectificationNotice.h"
#include "RoundFixture.h"
#include "TestSupport.h"

#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

constexpr double kPtPerMm = 72.0 / 25.4;

struct Word {
    int page = 0; // from 1
    QRectF box;   // points, origin top-left
    QString text;
};

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QList<Word> words(const QString &pdf)
{
    QList<Word> out;
    QXmlStreamReader xml(run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("page")) {
            ++page;
        } else if (xml.name() == QLatin1String("word")) {
            const auto a = xml.attributes();
            Word w;
            w.page = page;
            w.box = QRectF(QPointF(a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble()),
                           QPointF(a.value(QLatin1String("xMax")).toDouble(), a.value(QLatin1String("yMax")).toDouble()));
            w.text = xml.readElementText();
            out << w;
        }
    }
    return out;
}

QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

// Width in characters: full-width ones count 1, half-width 0.5.
double charCount(const QString &s)
{
    double n = 0;
    for (QChar c : s)
        n += c.unicode() < 0x2000 ? 0.5 : 1.0;
    return n;
}

std::optional<BulletinDocument> seedDraft(Store &store)
{
    RoundFixture f;
    if (!buildSeedRound(store, &f))
        return std::nullopt;
    DraftOptions o;
    o.agency = QStringLiteral("揭阳市政务服务数据管理局");
    o.city = QStringLiteral("揭阳市");
    o.date = QDate(2022, 8, 17);
    o.documentNumberTemplate = QStringLiteral("揭政数局函〔{year}〕{n}号");
    o.sequence = 41;
    QString error;
    auto doc = BulletinDraft::generate(store, f.roundId, BulletinTemplate::builtIn(), o, &error);
    if (!doc)
        qWarning("%s", qPrintable(error));
    return doc;
}

} // namespace

class TestBulletinTypesetter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir{qEnvironmentVariableIsSet("XJ_KEEP") ? qEnvironmentVariable("XJ_KEEP") + QStringLiteral("/XXXXXX") : QDir::tempPath() + QStringLiteral("/tst_XXXXXX")};
    BulletinDocument m_doc;
    QString m_pdf;
    int m_bodyPages = 0;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) missing");
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("XJ_KEEP")); // XJ_KEEP=DIR keeps the PDFs to look at
        auto store = sqliteStore(m_dir);
        QVERIFY(store);
        auto doc = seedDraft(*store);
        QVERIFY(doc);
        m_doc = *doc;
        QCOMPARE(m_doc.attachments.size(), 2);
        BulletinTypesetter typesetter;
        m_pdf = path("bulletin.pdf");
        QString error;
        QVERIFY2(typesetter.toPdf(m_doc, m_pdf, &error), qPrintable(error));
        QVERIFY(typesetter.pageCount() >= 4);
        // Body pages: everything before the page that starts with "附件1".
        for (int p = 1; p <= typesetter.pageCount(); ++p) {
            const QString text = run(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"), QString::number(p), m_pdf,
                                      QStringLiteral("-")});
            if (squeezed(text).startsWith(QStringLiteral("附件1"))) {
                m_bodyPages = p - 1;
                break;
            }
        }
        QVERIFY(m_bodyPages >= 2);
    }

    void extractedTextIsTheTypesetText()
    {
        const QString text = run(QStringLiteral("pdftotext"), {m_pdf, QStringLiteral("-")});
        // Page numbers ("— 1 —") come between the last line of a page and the first of the next.
        const QString all = squeezed(text).remove(QRegularExpression(QStringLiteral("—\\d+—")));
        for (QChar c : text)
            QVERIFY2(c.unicode() < 0x2e80 || c.unicode() > 0x2fdf,
                     qPrintable(QStringLiteral("radical or supplement character U+%1 in the text").arg(c.unicode(), 4, 16)));
        QVERIFY2(all.contains(squeezed(m_doc.title)), qPrintable(m_doc.title));
        QVERIFY(all.contains(squeezed(m_doc.documentNumber)));
        QVERIFY(all.contains(m_doc.recipients + QStringLiteral("：")));
        int checked = 0;
        for (const BulletinBlock &b : std::as_const(m_doc.body)) {
            if (!all.contains(squeezed(b.text))) {
                // Name where the typeset text and the extracted one part.
                const QString want = squeezed(b.text);
                qsizetype n = want.size();
                while (n > 0 && !all.contains(want.left(n)))
                    --n;
                QFAIL(qPrintable(QStringLiteral("not extracted as typeset after: %1[%2]").arg(want.left(n), want.mid(n, 10))));
            }
            ++checked;
        }
        QVERIFY(checked >= 10);
        // The figures as digits, none dropped: the pass rates and counts of the seed.
        QVERIFY(all.contains(QStringLiteral("网站整体合格率为80%")));
        int figures = 0;
        for (const BulletinBlock &b : std::as_const(m_doc.body)) {
            const auto stated = BulletinDraft::statedFigures(b);
            static const QRegularExpression number(QStringLiteral("^\\d+(\\.\\d+)?$"));
            for (auto it = stated.cbegin(); it != stated.cend(); ++it) {
                if (!number.match(it.value()).hasMatch())
                    continue; // names and lists: the block's text as a whole is checked above
                ++figures;
                QVERIFY2(squeezed(b.text).contains(it.value()) && all.contains(it.value()),
                         qPrintable(it.key() + QLatin1Char('=') + it.value()));
            }
        }
        QVERIFY(figures >= 10);
        QVERIFY(all.contains(QStringLiteral("2022年8月17日")));
        // Table cells are drawn cell by cell: in content-stream order (-raw) each cell's text is whole.
        const QString raw = squeezed(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), m_pdf, QStringLiteral("-")}));
        for (const BulletinAttachment &a : std::as_const(m_doc.attachments)) {
            QVERIFY(all.contains(squeezed(a.title)));
            for (const QString &cell : a.table.header)
                QVERIFY2(raw.contains(squeezed(cell)), qPrintable(cell));
            for (const QStringList &row : a.table.rows)
                for (const QString &cell : row)
                    QVERIFY2(raw.contains(squeezed(cell)), qPrintable(cell));
        }
    }

    void latinWordsKeepTheirDigits()
    {
        // Digits inside Latin words ("2026Q4", "W-V1", "IPv6") once came out of pdftotext as
        // nothing: shaped glyphs without a ToUnicode entry.
        BulletinDocument doc;
        doc.agency = QStringLiteral("临澜市政务服务数据管理局");
        doc.title = QStringLiteral("测试");
        doc.date = QDate(2026, 12, 1);
        doc.body << BulletinBlock{BulletinBlock::Paragraph,
                                  QStringLiteral("检查轮次：2026Q4，指标W-V1、W-D-LINK，支持IPv6，网址http://www.example.gov.cn/a1b2/c3.html，合格率98.8%。"), {}};
        BulletinTypesetter typesetter;
        QVERIFY(writeFile(path("latin.pdf"), typesetter.pdf(doc)));
        const QString text = squeezed(run(QStringLiteral("pdftotext"), {path("latin.pdf"), QStringLiteral("-")}));
        QVERIFY2(text.contains(squeezed(doc.body.first().text)), qPrintable(text));
    }

    void bodyKeepsToTheGrid()
    {
        const QList<Word> ws = words(m_pdf);
        QVERIFY(!ws.isEmpty());
        const double left = 28 * kPtPerMm, right = (28 + 156) * kPtPerMm;
        const double top = 37 * kPtPerMm, bottom = (37 + 225) * kPtPerMm;
        const double tolerance = 1 * kPtPerMm;
        static const QRegularExpression pageNumber(QStringLiteral("^\\d+$"));
        for (int p = 1; p <= m_bodyPages; ++p) {
            QMap<int, QList<Word>> lines; // by baseline (yMax, rounded to 1 pt)
            for (const Word &w : ws) {
                if (w.page != p || w.text == QStringLiteral("—") || (pageNumber.match(w.text).hasMatch() && w.box.top() > bottom))
                    continue;
                QVERIFY2(w.box.left() >= left - tolerance && w.box.right() <= right + tolerance,
                         qPrintable(QStringLiteral("page %1: '%2' at x %3–%4 pt").arg(p).arg(w.text).arg(w.box.left()).arg(w.box.right())));
                QVERIFY2(w.box.top() >= top - tolerance && w.box.bottom() <= bottom + tolerance,
                         qPrintable(QStringLiteral("page %1: '%2' at y %3–%4 pt").arg(p).arg(w.text).arg(w.box.top()).arg(w.box.bottom())));
                lines[qRound(w.box.bottom())] << w;
            }
            QVERIFY2(lines.size() <= 22, qPrintable(QStringLiteral("page %1 has %2 lines").arg(p).arg(lines.size())));
            for (const QList<Word> &line : std::as_const(lines)) {
                QString text;
                for (const Word &w : line)
                    text += w.text;
                QVERIFY2(charCount(text) <= 28, qPrintable(QStringLiteral("page %1: %2 characters: %3").arg(p).arg(charCount(text)).arg(text)));
            }
            // Full pages use the whole grid: a full body page has 22 lines (the last one may not).
            // Lines sit on the grid: body lines a whole number of pitches apart.
            const double pitch = 225.0 / 22 * kPtPerMm;
            const int firstBody = lines.size() > 6 ? lines.keys().at(lines.size() - 6) : lines.firstKey();
            for (int y : lines.keys()) {
                const double steps = (y - firstBody) / pitch;
                if (y >= firstBody)
                    QVERIFY2(qAbs(steps - qRound(steps)) < 0.1, qPrintable(QStringLiteral("page %1: a line off the grid at y %2").arg(p).arg(y)));
            }
            // A page the text runs on from is full: its last line is the grid's last.
            if (p < m_bodyPages - 1)
                QVERIFY2(lines.lastKey() > bottom - pitch,
                         qPrintable(QStringLiteral("page %1 ends at y %2 pt, not on the last line").arg(p).arg(lines.lastKey())));
        }
    }

    void pageNumbersAlternate()
    {
        const QList<Word> ws = words(m_pdf);
        const double bottom = (37 + 225) * kPtPerMm;
        const double mid = 105 * kPtPerMm;
        int pages = 0;
        for (const Word &w : ws) {
            if (w.box.top() < bottom || w.text.toInt() != w.page)
                continue;
            ++pages;
            // 7 mm below the type area (the em box's top), odd right, even left.
            QVERIFY2(w.box.top() > bottom + 5 * kPtPerMm && w.box.bottom() < bottom + 15 * kPtPerMm, qPrintable(w.text));
            if (w.page % 2)
                QVERIFY2(w.box.left() > mid, qPrintable(QStringLiteral("page %1's number is not on the right").arg(w.page)));
            else
                QVERIFY2(w.box.right() < mid, qPrintable(QStringLiteral("page %1's number is not on the left").arg(w.page)));
        }
        QVERIFY(pages >= 4);
    }

    void printingKnowsDuplex()
    {
        // The print path (QPrinter, here writing PDF): GB/T alternation for double-sided printing,
        // every number on the right for single-sided.
        for (const bool duplex : {true, false}) {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            const QString file = path(duplex ? "printed-duplex.pdf" : "printed-simplex.pdf");
            printer.setOutputFileName(file);
            TypesetOptions options;
            options.duplex = duplex; // a PDF QPrinter keeps no duplex setting; a native one decides itself
            BulletinTypesetter typesetter(options);
            typesetter.print(m_doc, &printer);
            QVERIFY(typesetter.pageCount() >= 2);
            const double mid = 105 * kPtPerMm;
            bool sawPage2 = false;
            for (const Word &w : words(file)) {
                if (w.page != 2 || w.text != QLatin1String("2") || w.box.top() < (37 + 225) * kPtPerMm)
                    continue;
                sawPage2 = true;
                QVERIFY2(duplex ? w.box.right() < mid : w.box.left() > mid, duplex ? "duplex: page 2 left" : "simplex: page 2 right");
            }
            QVERIFY(sawPage2);
            QVERIFY(squeezed(run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")})).contains(squeezed(m_doc.title)));
        }
    }

    void fontsAreEmbedded()
    {
        const QStringList lines = run(QStringLiteral("pdffonts"), {m_pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2); // header, rule, fonts
        for (const QString &line : lines.mid(2)) {
            // name type encoding emb sub uni object ID — the name never has spaces in a PDF.
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const int emb = int(cols.size()) - 5;
            QVERIFY2(emb > 0 && cols.at(emb) == QLatin1String("yes"), qPrintable(line));
        }
    }

    void longTableSplitsWithItsHeader()
    {
        BulletinDocument doc = m_doc;
        BulletinTable &t = doc.attachments[0].table;
        const QStringList sample = t.rows.value(0);
        t.rows.clear();
        for (int i = 1; i <= 300; ++i) {
            QStringList row = sample;
            row[0] = QString::number(i);
            row[2] = QStringLiteral("测试网站%1").arg(i);
            t.rows << row;
        }
        BulletinTypesetter typesetter;
        QString error;
        const QByteArray bytes = typesetter.attachmentPdf(doc, 0, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        QVERIFY(writeFile(path("attachment1.pdf"), bytes));
        QVERIFY(typesetter.pageCount() > 5);
        QStringList seen;
        for (int p = 1; p <= typesetter.pageCount(); ++p) {
            const QString text = squeezed(run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                                                           QString::number(p), path("attachment1.pdf"),
                                                                           QStringLiteral("-")}));
            QVERIFY2(text.contains(squeezed(t.header.join(QString()))) || text.contains(QStringLiteral("序号")),
                     qPrintable(QStringLiteral("page %1 lacks the header row").arg(p)));
            if (p == 1)
                QVERIFY(text.startsWith(QStringLiteral("附件1")));
            static const QRegularExpression name(QStringLiteral("测试网站(\\d+)"));
            for (auto it = name.globalMatch(text); it.hasNext();)
                seen << it.next().captured(1);
            QVERIFY2(text.contains(QStringLiteral("—%1—").arg(p)), qPrintable(QStringLiteral("page number %1").arg(p)));
        }
        // Every row once, in order, none lost at a page break.
        QCOMPARE(seen.size(), 300);
        for (int i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i).toInt(), i + 1);
    }

    void secondAttachmentOnItsOwn()
    {
        BulletinTypesetter typesetter;
        const QByteArray bytes = typesetter.attachmentPdf(m_doc, 1);
        QVERIFY(writeFile(path("attachment2.pdf"), bytes));
        const QString text = squeezed(run(QStringLiteral("pdftotext"), {path("attachment2.pdf"), QStringLiteral("-")}));
        QVERIFY(text.startsWith(QStringLiteral("附件2")));
        QVERIFY(text.contains(squeezed(m_doc.attachments.at(1).title)));
        QVERIFY(!text.contains(squeezed(m_doc.title)));
        QVERIFY(typesetter.attachmentPdf(m_doc, 5).isEmpty());
    }

    void rectificationNoticeWithLongUrls()
    {
        RectificationNoticeInput in;
        in.agency = QStringLiteral("揭阳市政务服务数据管理局");
        in.unit = QStringLiteral("揭阳市林业局");
        in.roundLabel = QStringLiteral("2022年第二季度");
        in.date = QDate(2022, 8, 20);
        const QString url = QStringLiteral("http://www.jylinye.gov.cn/zwgk/tzgg/content/post_1234567890123456789.html?from=index&column=notice");
        for (int i = 0; i < 30; ++i)
            in.items << RectificationItem{QStringLiteral("揭阳市林业局网站"), QStringLiteral("政府网站"),
                                          QStringLiteral("断链（链接%1无法访问）").arg(i + 1), url, QDate(2022, 6, 1), QDate(2022, 9, 5),
                                          QStringLiteral("待整改"), i % 3 == 0};
        const BulletinDocument doc = RectificationNotice::document(in);
        QVERIFY(doc.title.contains(in.unit));
        QCOMPARE(doc.attachments.first().table.rows.size(), 30);
        BulletinTypesetter typesetter;
        QString error;
        const QByteArray pdf = typesetter.pdf(doc, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QVERIFY(writeFile(path("notice.pdf"), pdf));
        const QString text = squeezed(run(QStringLiteral("pdftotext"), {path("notice.pdf"), QStringLiteral("-")}));
        QVERIFY(text.contains(QStringLiteral("其中10个问题已超过整改期限")));
        QVERIFY(text.contains(QStringLiteral("于2022年9月4日前完成整改"))); // 15 days after the date
        // Every cell within the type area: long URLs wrap inside their cell.
        const double right = (28 + 156) * kPtPerMm + 1;
        for (const Word &w : words(path("notice.pdf")))
            QVERIFY2(w.box.right() <= right, qPrintable(w.text));
        const QString raw = squeezed(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path("notice.pdf"), QStringLiteral("-")}));
        QCOMPARE(raw.count(url), 30);
    }

    void lineBreakingRules()
    {
        // 避头尾: a comma never starts a line, an opening bracket never ends one.
        QList<TextUnit> us;
        for (const QString &s : QStringList{QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("，"), QStringLiteral("丙"),
                                            QStringLiteral("《"), QStringLiteral("丁"), QStringLiteral("》")})
            us << TextUnit{s, FontRole::Body, 1.0, false};
        auto lines = BulletinLayout::breakLines(us, 3.0, 3.0);
        for (const auto &[b, e] : lines) {
            QVERIFY(!BulletinLayout::noLineStart(us.at(b).text));
            QVERIFY(!BulletinLayout::noLineEnd(us.at(e - 1).text));
        }
        int total = 0;
        for (const auto &[b, e] : lines)
            total += e - b;
        QCOMPARE(total, int(us.size()));
    }

    void signatureAndSealFollowTheRules()
    {
        const BulletinFonts fonts;
        TypesetOptions withSeal;
        withSeal.seal = QImage(200, 200, QImage::Format_ARGB32_Premultiplied);
        withSeal.seal.fill(Qt::transparent);
        const double right = gbt::kLeftMm + gbt::kAreaWidthMm;
        const QString date = BulletinDocument::chineseDate(m_doc.date);
        for (const bool sealed : {false, true}) {
            BulletinLayout layout(fonts, sealed ? withSeal : TypesetOptions{});
            const LaidOutDocument laid = layout.layoutDocument(m_doc);
            // The name and the date: where the texts spell the name followed by the date.
            QString all;
            QList<int> owner; // per character of `all`: the index of its text
            for (int t = 0; t < laid.texts.size(); ++t) {
                all += laid.texts.at(t).text;
                for (qsizetype c = 0; c < laid.texts.at(t).text.size(); ++c)
                    owner << t;
            }
            const qsizetype at = all.lastIndexOf(m_doc.agency + date);
            QVERIFY(at >= 0);
            auto span = [&](qsizetype from, qsizetype length) {
                const LaidOutText &first = laid.texts.at(owner.at(from));
                const LaidOutText &end = laid.texts.at(owner.at(from + length - 1));
                const double endX = end.baselineMm.x() + fonts.advanceEm(end.role, end.text) * gbt::ptToMm(end.sizePt);
                return qMakePair(first.page, QRectF(QPointF(first.baselineMm.x(), first.baselineMm.y() - 5),
                                                    QPointF(endX, first.baselineMm.y())));
            };
            const auto [agencyPage, agency] = span(at, m_doc.agency.size());
            const auto [datePage, dateBox] = span(at + m_doc.agency.size(), date.size());
            QVERIFY(agencyPage >= 0 && datePage == agencyPage);
            QVERIFY(dateBox.top() > agency.top()); // the date under the name
            if (!sealed) {
                // Name two characters in from the right (or the date, when it is the longer one).
                QVERIFY2(qAbs(qMax(agency.right(), dateBox.right()) - (right - 2 * gbt::kCellMm)) < 1.0,
                         qPrintable(QStringLiteral("%1 / %2").arg(agency.right()).arg(dateBox.right())));
                QVERIFY(laid.images.isEmpty());
            } else {
                // Date four characters in from the right, the name centred over it, the seal
                // centred over both with its centre above the name's baseline.
                QVERIFY2(qAbs(dateBox.right() - (right - 4 * gbt::kCellMm)) < 1.0, qPrintable(QString::number(dateBox.right())));
                QVERIFY(qAbs(agency.center().x() - dateBox.center().x()) < 1.0);
                QCOMPARE(laid.images.size(), 1);
                const QRectF seal = laid.images.first().rectMm;
                QCOMPARE(laid.images.first().page, agencyPage);
                QVERIFY(qAbs(seal.center().x() - dateBox.center().x()) < 1.0);
                QVERIFY(seal.center().y() < agency.bottom() && seal.bottom() > dateBox.top());
            }
        }
    }

    void signatureNeverStandsAlone()
    {
        // However the body ends on its page, the page with the name and date also carries body
        // text (GB/T 9704: the signature does not go to a page of its own).
        const BulletinFonts fonts;
        TypesetOptions sealed;
        sealed.seal = QImage(100, 100, QImage::Format_ARGB32_Premultiplied);
        sealed.seal.fill(Qt::transparent);
        const QString date = BulletinDocument::chineseDate(m_doc.date);
        int pulled = 0;
        for (const TypesetOptions &options : {TypesetOptions{}, sealed}) {
            for (int extra = 0; extra < 26; ++extra) {
                BulletinDocument doc = m_doc;
                for (int i = 0; i < extra; ++i)
                    doc.body << BulletinBlock{BulletinBlock::Paragraph, QStringLiteral("补充说明第%1项。").arg(i + 1), {}};
                BulletinLayout layout(fonts, options);
                const LaidOutDocument laid = layout.layoutDocument(doc);
                QString all;
                QList<int> owner;
                for (int t = 0; t < laid.texts.size(); ++t) {
                    all += laid.texts.at(t).text;
                    for (qsizetype c = 0; c < laid.texts.at(t).text.size(); ++c)
                        owner << t;
                }
                const qsizetype at = all.lastIndexOf(doc.agency + date);
                QVERIFY(at >= 0);
                const int page = laid.texts.at(owner.at(at)).page;
                // Body text: anything on that page before the attachment note and the name.
                const qsizetype note = all.lastIndexOf(QStringLiteral("附件："), at);
                const int firstTail = owner.at(note >= 0 ? note : at);
                bool body = false;
                for (int t = 0; t < firstTail; ++t)
                    body = body || laid.texts.at(t).page == page;
                QVERIFY2(body, qPrintable(QStringLiteral("%1 extra paragraphs: the signature stands alone on page %2").arg(extra).arg(page + 1)));
                const LaidOutText &last = laid.texts.at(firstTail - 1);
                pulled += last.page == page && last.baselineMm.y() < gbt::kTopMm + 3 * gbt::kPitchMm ? 1 : 0;
            }
        }
        QVERIFY(pulled > 0); // some endings needed the last lines moved
    }

    void redHeaderVariant()
    {
        BulletinDocument doc = m_doc;
        doc.agencyMark = QStringLiteral("揭阳市政务服务数据管理局文件");
        const BulletinFonts fonts;
        BulletinLayout layout(fonts, {});
        const LaidOutDocument laid = layout.layoutDocument(doc);
        const LaidOutText &mark = laid.texts.first();
        QCOMPARE(mark.text, doc.agencyMark);
        QVERIFY(mark.color.red() > 200 && mark.color.green() < 60);
        // Its top 35 mm below the type area's top (baseline = top + 0.88 em).
        QVERIFY(qAbs(mark.baselineMm.y() - 0.88 * gbt::ptToMm(mark.sizePt) - (gbt::kTopMm + 35)) < 0.5);
        bool redRule = false;
        for (const LaidOutRule &r : laid.rules)
            redRule = redRule || (r.page == 0 && r.color.red() > 200 && r.color.green() < 60 && qAbs(r.lineMm.length() - gbt::kAreaWidthMm) < 0.1);
        QVERIFY(redRule);
        // The number centred under the mark, above the red rule.
        bool numberCentred = false;
        for (const LaidOutText &t : laid.texts)
            if (t.text == doc.documentNumber) {
                const double w = fonts.advanceEm(t.role, t.text) * gbt::ptToMm(t.sizePt);
                numberCentred = qAbs(t.baselineMm.x() + w / 2 - (gbt::kLeftMm + gbt::kAreaWidthMm / 2)) < 0.5;
            }
        QVERIFY(numberCentred);
    }

    void titlesBreakBetweenWords()
    {
        const BulletinFonts fonts;
        BulletinLayout layout(fonts, {});
        const QString title = QStringLiteral("关于2022年第二季度全市政府网站和政务新媒体检查情况的通报");
        const auto lines = layout.titleLines(title, gbt::kTitlePt, gbt::kAreaWidthMm);
        QVERIFY(lines.size() >= 2);
        QString joined;
        for (const auto &line : lines) {
            double w = 0;
            for (const TextUnit &u : line)
                w += u.widthMm;
            QVERIFY(w <= gbt::kAreaWidthMm + 0.01);
            for (const TextUnit &u : line)
                joined += u.text;
            joined += QLatin1Char('|');
        }
        // The year stays whole and no line starts with 的.
        QVERIFY2(joined.contains(QStringLiteral("2022年")), qPrintable(joined));
        QVERIFY2(!joined.contains(QStringLiteral("|的")), qPrintable(joined));
    }
};

QTEST_MAIN(TestBulletinTypesetter)
#include "tst_bulletintypesetter.moc"
