// PDF signing by incremental update and its verification, judged by an independent reader
// (poppler's pdfsig) as well as by our verifier and `xunjian verify`.
#include "BulletinRecords.h"
#include "PdfSigner.h"
#include "PdfVerifier.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace xj;

namespace {

const QString kSigner = QStringLiteral("揭阳市政务服务数据管理局");
const QString kPassword = QStringLiteral("测试 pass;word");

QByteArray makePdf(const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(QStringLiteral("关于检查情况的通报"));
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("Noto Serif CJK SC"), 16));
        painter.drawText(QPointF(200, 400), QStringLiteral("关于2022年第二季度全市政府网站和政务新媒体检查情况的通报"));
        writer.newPage();
        painter.drawText(QPointF(200, 400), QStringLiteral("第二页：附件"));
    }
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("<timeout>");
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}


// A PDF 1.5 file as optimising writers make them: catalog and page tree inside a compressed
// object stream, a compressed cross-reference stream with the PNG Up predictor.
QByteArray makeXrefStreamPdf()
{
    const QByteArray inStream1 = "<< /Type /Catalog /Pages 2 0 R >>";
    const QByteArray inStream2 = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    const QByteArray header = "1 0 2 " + QByteArray::number(inStream1.size() + 1) + ' ';
    const QByteArray objStm = qCompress(header + inStream1 + ' ' + inStream2).mid(4);
    const QByteArray content = "BT /F1 24 Tf 100 700 Td (Xref stream) Tj ET";
    QByteArray out = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
    QList<qint64> offsets(7, 0);
    offsets[3] = out.size();
    out += "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 << "
           "/Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>\nendobj\n";
    offsets[4] = out.size();
    out += "4 0 obj\n<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream\nendobj\n";
    offsets[5] = out.size();
    out += "5 0 obj\n<< /Type /ObjStm /N 2 /First " + QByteArray::number(header.size()) + " /Filter /FlateDecode /Length "
        + QByteArray::number(objStm.size()) + " >>\nstream\n" + objStm + "\nendstream\nendobj\n";
    offsets[6] = out.size();
    // Rows of W [1 4 2]: type, offset or object stream number, generation or index.
    auto row = [](int type, qint64 a, int b) {
        QByteArray r(7, '\0');
        r[0] = char(type);
        for (int i = 0; i < 4; ++i)
            r[1 + i] = char((a >> (8 * (3 - i))) & 0xff);
        r[5] = char((b >> 8) & 0xff);
        r[6] = char(b & 0xff);
        return r;
    };
    const QList<QByteArray> rows{row(0, 0, 65535), row(2, 5, 0), row(2, 5, 1), row(1, offsets[3], 0),
                                 row(1, offsets[4], 0), row(1, offsets[5], 0), row(1, offsets[6], 0)};
    QByteArray predicted;
    QByteArray prev(7, '\0');
    for (const QByteArray &r : rows) {
        predicted += char(2); // PNG Up
        for (int i = 0; i < 7; ++i)
            predicted += char(quint8(r.at(i)) - quint8(prev.at(i)));
        prev = r;
    }
    const QByteArray xrefData = qCompress(predicted).mid(4);
    out += "6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /DecodeParms << /Columns 7 "
           "/Predictor 12 >> /Length "
        + QByteArray::number(xrefData.size()) + " >>\nstream\n" + xrefData + "\nendstream\nendobj\nstartxref\n"
        + QByteArray::number(offsets[6]) + "\n%%EOF\n";
    return out;
}

// An independent reading of the cross-reference section the signer appended (poppler silently
// rebuilds a broken one, so pdfsig alone would not notice): every entry must point at its object.
// Returns what is wrong, empty when all is well.
QString appendedXrefProblem(const QByteArray &pdf)
{
    const qsizetype sx = pdf.lastIndexOf("startxref\n");
    const qint64 at = pdf.mid(sx + 10, pdf.indexOf('\n', sx + 10) - sx - 10).toLongLong();
    QList<QPair<qint64, qint64>> entries; // (object number, offset)
    const QByteArray section = pdf.mid(at);
    if (section.startsWith("xref\n")) {
        const QList<QByteArray> lines = section.left(section.indexOf("trailer")).split('\n');
        qint64 number = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> f = line.trimmed().split(' ');
            if (f.size() == 2)
                number = f.at(0).toLongLong();
            else if (f.size() == 3 && f.at(2) == "n")
                entries.append({number++, f.at(0).toLongLong()});
        }
    } else {
        static const QRegularExpression index(QStringLiteral("/Index \\[([0-9 ]+)\\]"));
        static const QRegularExpression length(QStringLiteral("/Length ([0-9]+)"));
        const QString dict = QString::fromLatin1(section.left(section.indexOf("stream")));
        if (!dict.contains(QLatin1String("/W [1 5 2]")))
            return QStringLiteral("unexpected /W: ") + dict;
        const QStringList idx = index.match(dict).captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QByteArray rows = section.mid(section.indexOf("stream\n") + 7, length.match(dict).captured(1).toInt());
        int row = 0;
        for (int i = 0; i + 1 < idx.size(); i += 2)
            for (int k = 0; k < idx.at(i + 1).toInt(); ++k, ++row) {
                qint64 offset = 0;
                for (int b = 1; b <= 5; ++b)
                    offset = (offset << 8) | quint8(rows.at(row * 8 + b));
                entries.append({idx.at(i).toLongLong() + k, offset});
            }
    }
    if (entries.size() < 4)
        return QStringLiteral("only %1 entries").arg(entries.size());
    for (const auto &e : entries)
        if (!pdf.mid(e.second).startsWith(QByteArray::number(e.first) + " 0 obj"))
            return QStringLiteral("object %1 is not at offset %2").arg(e.first).arg(e.second);
    return {};
}
} // namespace

class TestPdfSigning : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_p12;
    QByteArray m_original;
    QByteArray m_signed;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(), "openssl CLI missing");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfsig")).isEmpty(), "pdfsig (poppler-utils) missing");
        // A throwaway self-signed certificate with a Chinese CN, exported with a password.
        int code = -1;
        const QString gen = run(QStringLiteral("openssl"),
                                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-utf8"),
                                 QStringLiteral("-subj"), QStringLiteral("/C=CN/O=Xunjian Test/CN=") + kSigner,
                                 QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-keyout"), path("key.pem"),
                                 QStringLiteral("-out"), path("cert.pem")},
                                &code);
        QVERIFY2(code == 0, qPrintable(gen));
        m_p12 = path("signer.p12");
        const QString exp = run(QStringLiteral("openssl"),
                                {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                                 path("key.pem"), QStringLiteral("-in"), path("cert.pem"), QStringLiteral("-out"), m_p12,
                                 QStringLiteral("-passout"), QStringLiteral("pass:") + kPassword},
                                &code);
        QVERIFY2(code == 0, qPrintable(exp));

        m_original = makePdf(path("plain.pdf"));
        QVERIFY(m_original.startsWith("%PDF-"));
        QString error;
        const auto identity = SigningIdentity::fromPkcs12(m_p12, kPassword, &error);
        QVERIFY2(identity, qPrintable(error));
        QCOMPARE(identity->signerName(), kSigner);
        SignOptions options;
        options.signingTime = QDateTime(QDate(2022, 8, 17), QTime(9, 30), Qt::UTC);
        options.reason = QStringLiteral("通报发布");
        m_signed = PdfSigner::sign(m_original, *identity, options, &error);
        QVERIFY2(!m_signed.isEmpty(), qPrintable(error));
        QVERIFY(writeBytes(path("signed.pdf"), m_signed));
    }

    void wrongPasswordIsRefused()
    {
        QString error;
        QVERIFY(!SigningIdentity::fromPkcs12(m_p12, QStringLiteral("wrong"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(kPassword));
    }

    void incrementalUpdateKeepsTheOriginal()
    {
        QVERIFY(m_signed.size() > m_original.size());
        QVERIFY(m_signed.startsWith(m_original));
        const QByteArray added = m_signed.mid(m_original.size());
        QVERIFY(added.contains("/SigFlags 3"));
        QVERIFY(added.contains("/Prev "));
        QVERIFY(added.contains("/SubFilter /ETSI.CAdES.detached"));
        const QString problem = appendedXrefProblem(m_signed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void pdfsigSaysValid()
    {
        const QString text = run(QStringLiteral("pdfsig"), {path("signed.pdf")});
        QVERIFY2(!text.contains(QLatin1String("Error")), qPrintable(text)); // no repaired cross-reference
        QVERIFY2(text.contains(QLatin1String("Signature is Valid.")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("ETSI.CAdES.detached")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Total document signed")), qPrintable(text));
        QVERIFY2(text.contains(kSigner), qPrintable(text));
    }

    void ourVerifierAgrees()
    {
        const VerificationReport report = PdfVerifier::verify(m_signed);
        QCOMPARE(report.signatures.size(), 1);
        const SignatureCheck &s = report.signatures.first();
        QVERIFY2(report.ok(), qPrintable(s.problem));
        QCOMPARE(s.subFilter, QStringLiteral("ETSI.CAdES.detached"));
        QCOMPARE(s.signerName, kSigner);
        QCOMPARE(s.signingTime.toUTC(), QDateTime(QDate(2022, 8, 17), QTime(9, 30), Qt::UTC));
        QVERIFY(s.coversWholeFile);
        QCOMPARE(s.digestAlgorithm, QStringLiteral("sha256"));
        QVERIFY(s.digestOk);
        QVERIFY(s.signatureOk);
        QVERIFY(s.hasSigningCertificateV2);
        QVERIFY(!s.hasSigningTimeAttribute); // PAdES B-B
        QCOMPARE(report.sha256, QCryptographicHash::hash(m_signed, QCryptographicHash::Sha256));
        QVERIFY(PdfVerifier::verify(m_original).signatures.isEmpty());
        QVERIFY(!PdfVerifier::verify(m_original).ok());
    }

    void changedByteIsCaught()
    {
        // A byte of the page content, inside the first signed range.
        QByteArray tampered = m_signed;
        const qsizetype at = tampered.indexOf("/MediaBox");
        QVERIFY(at > 0);
        tampered[at + 2] = tampered.at(at + 2) == 'e' ? 'E' : 'e';
        QVERIFY(writeBytes(path("tampered.pdf"), tampered));
        const QString text = run(QStringLiteral("pdfsig"), {path("tampered.pdf")});
        QVERIFY2(text.contains(QLatin1String("Digest Mismatch")), qPrintable(text));
        const VerificationReport report = PdfVerifier::verify(tampered);
        QCOMPARE(report.signatures.size(), 1);
        QVERIFY(!report.ok());
        QVERIFY(!report.signatures.first().digestOk);
        QVERIFY(report.signatures.first().signatureOk); // the CMS itself is untouched

        const test::RunResult r = test::runXunjian({QStringLiteral("verify"), path("tampered.pdf")});
        QCOMPARE(r.exitCode, 1);
        const test::RunResult good = test::runXunjian({QStringLiteral("verify"), path("signed.pdf")});
        QVERIFY2(good.exitCode == 0, qPrintable(good.out + good.err));
        QVERIFY(good.out.contains(kSigner));
    }

    void appendedBytesAreNotCovered()
    {
        const QByteArray longer = m_signed + "\n% appended after signing\n";
        const VerificationReport report = PdfVerifier::verify(longer);
        QCOMPARE(report.signatures.size(), 1);
        QVERIFY(report.signatures.first().digestOk);
        QVERIFY(!report.signatures.first().coversWholeFile);
        QVERIFY(!report.ok());
    }

    void secondSignatureAndPkcs7()
    {
        QString error;
        const auto identity = SigningIdentity::fromPkcs12(m_p12, kPassword, &error);
        QVERIFY(identity);
        SignOptions options;
        options.subFilter = SignOptions::Pkcs7Detached;
        const QByteArray twice = PdfSigner::sign(m_signed, *identity, options, &error);
        QVERIFY2(!twice.isEmpty(), qPrintable(error));
        QVERIFY(twice.startsWith(m_signed));
        const QString problem = appendedXrefProblem(twice);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const VerificationReport report = PdfVerifier::verify(twice);
        QCOMPARE(report.signatures.size(), 2);
        QVERIFY(!report.signatures.first().coversWholeFile);
        QVERIFY(report.signatures.last().coversWholeFile);
        QCOMPARE(report.signatures.last().subFilter, QStringLiteral("adbe.pkcs7.detached"));
        QVERIFY(report.signatures.first().ok() && report.signatures.last().ok());
        QVERIFY(writeBytes(path("twice.pdf"), twice));
        const QString text = run(QStringLiteral("pdfsig"), {path("twice.pdf")});
        QCOMPARE(text.count(QLatin1String("Signature is Valid.")), 2);
    }

    void matchesFinalisedBulletin()
    {
        const QString db = path("store.sqlite");
        {
            auto store = test::sqliteStore(m_dir, QStringLiteral("store.sqlite"));
            QVERIFY(store);
            BulletinRecords records(*store);
            BulletinRecord draft;
            draft.title = QStringLiteral("关于检查情况的通报");
            const qint64 id = records.saveDraft(draft);
            QVERIFY(id > 0);
            const QByteArray published = m_signed;
            QVERIFY(records.finalize(id, QStringLiteral("揭政数局函〔{year}〕{n}号"), 2022, [published](int n) {
                return std::optional<FinalPdf>(FinalPdf{published, kSigner, QStringLiteral("揭政数局函〔2022〕%1号").arg(n)});
            }));
        }
        const test::RunResult r = test::runXunjian({QStringLiteral("verify"), path("signed.pdf"), QStringLiteral("--db"), db,
                                                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.rawOut).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("bulletin")).toObject().value(QStringLiteral("documentNumber")).toString(),
                 QStringLiteral("揭政数局函〔2022〕1号"));
        const QJsonObject sig = o.value(QStringLiteral("signatures")).toArray().first().toObject();
        QCOMPARE(sig.value(QStringLiteral("signer")).toString(), kSigner);
        QCOMPARE(sig.value(QStringLiteral("coversWholeFile")).toBool(), true);
        QCOMPARE(sig.value(QStringLiteral("digestOk")).toBool(), true);
        // The changed file is not the published bulletin.
        const test::RunResult t = test::runXunjian({QStringLiteral("verify"), path("tampered.pdf"), QStringLiteral("--db"), db,
                                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(t.exitCode, 1);
        QVERIFY(QJsonDocument::fromJson(t.rawOut).object().value(QStringLiteral("bulletin")).isNull());
    }

    void signCommand()
    {
        QVERIFY(writeBytes(path("password.txt"), kPassword.toUtf8() + "\n"));
        const test::RunResult r = test::runXunjian({QStringLiteral("sign"), path("plain.pdf"), QStringLiteral("--out"),
                                                    path("cli-signed.pdf"), QStringLiteral("--p12"), m_p12,
                                                    QStringLiteral("--password-file"), path("password.txt")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(!(r.out + r.err).contains(kPassword));
        QFile f(path("cli-signed.pdf"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith(m_original));
        QVERIFY(PdfVerifier::verify(bytes).ok());
        QVERIFY(writeBytes(path("wrong.txt"), "nope\n"));
        QCOMPARE(test::runXunjian({QStringLiteral("sign"), path("plain.pdf"), QStringLiteral("--out"), path("x.pdf"),
                                   QStringLiteral("--p12"), m_p12, QStringLiteral("--password-file"), path("wrong.txt")})
                     .exitCode,
                 2);
    }

    void crossReferenceStreams()
    {
        const QByteArray original = makeXrefStreamPdf();
        QVERIFY(writeBytes(path("xrefstream.pdf"), original));
        const QString plain = run(QStringLiteral("pdfsig"), {path("xrefstream.pdf")});
        QVERIFY2(plain.contains(QLatin1String("does not contain any signatures")) && !plain.contains(QLatin1String("Error")),
                 qPrintable(plain));
        QString error;
        const auto identity = SigningIdentity::fromPkcs12(m_p12, kPassword, &error);
        QVERIFY(identity);
        const QByteArray signedPdf = PdfSigner::sign(original, *identity, {}, &error);
        QVERIFY2(!signedPdf.isEmpty(), qPrintable(error));
        QVERIFY(signedPdf.startsWith(original));
        QVERIFY(signedPdf.mid(original.size()).contains("/Type /XRef")); // a stream section follows a stream section
        QString problem = appendedXrefProblem(signedPdf);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(writeBytes(path("xrefstream-signed.pdf"), signedPdf));
        const QString text = run(QStringLiteral("pdfsig"), {path("xrefstream-signed.pdf")});
        // poppler repairs a broken cross-reference silently except for an error line: none allowed.
        QVERIFY2(!text.contains(QLatin1String("Error")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Signature is Valid.")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Total document signed")), qPrintable(text));
        QVERIFY(PdfVerifier::verify(signedPdf).ok());
        // And once more on top: the chain of stream sections is followed through /Prev.
        const QByteArray twice = PdfSigner::sign(signedPdf, *identity, {}, &error);
        QVERIFY2(!twice.isEmpty(), qPrintable(error));
        QVERIFY(writeBytes(path("xrefstream-twice.pdf"), twice));
        problem = appendedXrefProblem(twice);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString twiceText = run(QStringLiteral("pdfsig"), {path("xrefstream-twice.pdf")});
        QVERIFY2(!twiceText.contains(QLatin1String("Error")), qPrintable(twiceText));
        QCOMPARE(twiceText.count(QLatin1String("Signature is Valid.")), 2);
    }

    void badInput()
    {
        QString error;
        const auto identity = SigningIdentity::fromPkcs12(m_p12, kPassword, &error);
        QVERIFY(PdfSigner::sign("not a pdf", *identity, {}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        // A broken cross-reference stream is refused with the reason, not mangled.
        const QByteArray xrefStream = "%PDF-1.5\n1 0 obj\n<< /Type /XRef /Size 2 /W [1 2 1] /Root 2 0 R /Length 0 >>\n"
                                      "stream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n";
        error.clear();
        QVERIFY(PdfSigner::sign(xrefStream, *identity, {}, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("cross-reference stream")), qPrintable(error));
        QVERIFY(writeBytes(path("junk.pdf"), "junk"));
        QCOMPARE(test::runXunjian({QStringLiteral("verify"), path("junk.pdf")}).exitCode, 2);
        QCOMPARE(test::runXunjian({QStringLiteral("verify"), path("missing.pdf")}).exitCode, 2);
    }
};

QTEST_MAIN(TestPdfSigning)
#include "tst_pdfsigning.moc"
