// `xunjian bulletin` end to end on a round in the image of the 2022Q2 bulletin: the draft PDF states
// the figures `xunjian summary` gives (read back with pdftotext), attachments come out as PDF and
// XLSX; the signed one takes the next 发文字号 of the store's sequence, carries the seal image, is
// "Signature is Valid." for poppler's pdfsig and matches its bulletin for `xunjian verify`; a
// changed byte gives Digest Mismatch and exit 1; bad input exits 2 naming what is wrong.

#include "RoundFixture.h"
#include "TableReader.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

const QString kPassword = QStringLiteral("correct horse 通报");
const QString kSigner = QStringLiteral("揭阳市政务服务数据管理局");

QString tool(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

QString squeezed(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s"))).remove(QRegularExpression(QStringLiteral("—\\d+—")));
}

} // namespace

class TestCliBulletin : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QString m_p12;
    QString m_passwordFile;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    RunResult run(const QStringList &args) { return runXunjian(args + QStringList{QStringLiteral("--db"), m_db}, 120000); }

private slots:
    void initTestCase()
    {
        qputenv("XUNJIAN_LANG", "en");
        for (const char *program : {"openssl", "pdftotext", "pdfsig", "pdfimages"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(program)).isEmpty(), program);
        m_db = path(QStringLiteral("round.sqlite"));
        {
            auto store = sqliteStore(m_dir, QStringLiteral("round.sqlite"));
            QVERIFY(store);
            RoundFixture fx;
            QVERIFY2(buildSeedRound(*store, &fx), qPrintable(store->lastError()));
        }
        int code = -1;
        const QString gen = tool(QStringLiteral("openssl"),
                                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                  QStringLiteral("-nodes"), QStringLiteral("-utf8"), QStringLiteral("-subj"),
                                  QStringLiteral("/C=CN/CN=") + kSigner, QStringLiteral("-days"), QStringLiteral("30"),
                                  QStringLiteral("-keyout"), path(QStringLiteral("key.pem")), QStringLiteral("-out"),
                                  path(QStringLiteral("cert.pem"))},
                                 &code);
        QVERIFY2(code == 0, qPrintable(gen));
        m_p12 = path(QStringLiteral("signer.p12"));
        const QString exp = tool(QStringLiteral("openssl"),
                                 {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), path(QStringLiteral("key.pem")),
                                  QStringLiteral("-in"), path(QStringLiteral("cert.pem")), QStringLiteral("-out"), m_p12,
                                  QStringLiteral("-passout"), QStringLiteral("pass:") + kPassword},
                                 &code);
        QVERIFY2(code == 0, qPrintable(exp));
        m_passwordFile = path(QStringLiteral("password.txt"));
        QVERIFY(writeFile(m_passwordFile, (kPassword + QLatin1Char('\n')).toUtf8()));

        for (const auto &[key, value] : {std::pair{QStringLiteral("bulletin.agency"), kSigner},
                                         std::pair{QStringLiteral("bulletin.city"), QStringLiteral("揭阳市")},
                                         std::pair{QStringLiteral("bulletin.number_template"), QStringLiteral("揭政数局函〔{year}〕{n}号")}}) {
            const RunResult r = run({QStringLiteral("settings"), QStringLiteral("set"), key, value});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const RunResult list = run({QStringLiteral("settings")});
        QVERIFY(list.out.contains(QStringLiteral("bulletin.number_template = 揭政数局函〔{year}〕{n}号")));
    }

    void draftStatesTheSummaryFigures()
    {
        const RunResult summary = run({QStringLiteral("summary"), QStringLiteral("2022Q2"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(summary.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(summary.out.toUtf8()).object();
        const RunResult r = run({QStringLiteral("bulletin"), QStringLiteral("2022Q2"), QStringLiteral("--out"), path(QStringLiteral("draft.pdf")),
                                 QStringLiteral("--date"), QStringLiteral("2022-08-17"), QStringLiteral("--attachments-dir"),
                                 path(QStringLiteral("attachments"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("draft: not signed")));
        const QString text = squeezed(tool(QStringLiteral("pdftotext"), {path(QStringLiteral("draft.pdf")), QStringLiteral("-")}));
        const auto rate = [&](const char *kind) {
            const double v = s.value(QLatin1String(kind)).toObject().value(QStringLiteral("pass_rate")).toDouble();
            return QString::number(v, 'f', 1).remove(QRegularExpression(QStringLiteral("\\.0$")));
        };
        const auto count = [&](const char *kind) { return s.value(QLatin1String(kind)).toObject().value(QStringLiteral("checked")).toInt(); };
        QVERIFY2(text.contains(QStringLiteral("网站整体合格率为%1%").arg(rate("websites"))), qPrintable(text.left(800)));
        QVERIFY(text.contains(QStringLiteral("部门频道合格率为%1%").arg(rate("channels"))));
        QVERIFY(text.contains(QStringLiteral("符合检查指标要求，合格率为%1%").arg(rate("accounts"))));
        QVERIFY(text.contains(QStringLiteral("对全市在运行的%1个政府网站（含%2个服务平台）、%3个部门频道、%4个政务新媒体")
                                  .arg(count("websites"))
                                  .arg(s.value(QStringLiteral("websites")).toObject().value(QStringLiteral("service_platforms")).toInt())
                                  .arg(count("channels"))
                                  .arg(count("accounts"))));
        QVERIFY(text.contains(QStringLiteral("挂接目录总数为%1条").arg(s.value(QStringLiteral("catalog")).toObject().value(QStringLiteral("linked_total")).toInt())));
        QVERIFY(text.contains(QStringLiteral("揭阳市政务服务数据管理局2022年8月17日")));
        QVERIFY(!text.contains(QStringLiteral("揭政数局函"))); // a draft takes no number

        // The attachments on their own: two PDFs and two XLSX files.
        const QStringList files = QDir(path(QStringLiteral("attachments"))).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 4);
        QVERIFY(files.at(0).startsWith(QStringLiteral("附件1")) && files.at(0).endsWith(QStringLiteral(".pdf")));
        QVERIFY(files.at(1).startsWith(QStringLiteral("附件1")) && files.at(1).endsWith(QStringLiteral(".xlsx")));
        const QString first = squeezed(tool(QStringLiteral("pdftotext"), {QDir(path(QStringLiteral("attachments"))).filePath(files.at(0)), QStringLiteral("-")}));
        QVERIFY(first.startsWith(QStringLiteral("附件1存在突出问题的政府网站和政务新媒体名单")));
        QString error;
        const auto table = TableReader::read(QDir(path(QStringLiteral("attachments"))).filePath(files.at(3)), &error);
        QVERIFY2(table, qPrintable(error));
    }

    void signedBulletinIsNumberedSealedAndValid()
    {
        const RunResult r = run({QStringLiteral("bulletin"), QStringLiteral("2022Q2"), QStringLiteral("--out"), path(QStringLiteral("signed.pdf")),
                                 QStringLiteral("--date"), QStringLiteral("2022-08-17"), QStringLiteral("--sign"), m_p12,
                                 QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("--seal"), QStringLiteral("sample")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("揭政数局函〔2022〕1号")), qPrintable(r.out));
        const QString text = squeezed(tool(QStringLiteral("pdftotext"), {path(QStringLiteral("signed.pdf")), QStringLiteral("-")}));
        QVERIFY(text.startsWith(QStringLiteral("揭政数局函〔2022〕1号")));
        // The seal is an image on the signature's page.
        const QString images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path(QStringLiteral("signed.pdf"))});
        QVERIFY2(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() >= 3, qPrintable(images));
        const QString sig = tool(QStringLiteral("pdfsig"), {path(QStringLiteral("signed.pdf"))});
        QVERIFY2(sig.contains(QStringLiteral("Signature is Valid.")), qPrintable(sig));
        QVERIFY(sig.contains(QStringLiteral("ETSI.CAdES.detached")));
        QVERIFY(sig.contains(QStringLiteral("Total document signed")));
        const RunResult v = run({QStringLiteral("verify"), path(QStringLiteral("signed.pdf"))});
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        QVERIFY2(v.out.contains(QStringLiteral("matches bulletin")) && v.out.contains(QStringLiteral("揭政数局函〔2022〕1号")), qPrintable(v.out));

        // The next one takes the next number of the year's sequence.
        const RunResult second = run({QStringLiteral("bulletin"), QStringLiteral("2022Q2"), QStringLiteral("--out"), path(QStringLiteral("signed2.pdf")),
                                      QStringLiteral("--date"), QStringLiteral("2022-08-18"), QStringLiteral("--sign"), m_p12,
                                      QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("--pkcs7")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY(second.out.contains(QStringLiteral("揭政数局函〔2022〕2号")));
        QVERIFY(tool(QStringLiteral("pdfsig"), {path(QStringLiteral("signed2.pdf"))}).contains(QStringLiteral("adbe.pkcs7.detached")));
    }

    void changedByteFails()
    {
        QFile f(path(QStringLiteral("signed.pdf")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        // A digit of the page count in the first page's content: inside the signed range.
        const qsizetype at = bytes.indexOf("/Count ");
        QVERIFY(at > 0);
        bytes[at + 7] = bytes.at(at + 7) == '9' ? '8' : char(bytes.at(at + 7) + 1);
        QVERIFY(writeFile(path(QStringLiteral("tampered.pdf")), bytes));
        const QString sig = tool(QStringLiteral("pdfsig"), {path(QStringLiteral("tampered.pdf"))});
        QVERIFY2(sig.contains(QStringLiteral("Digest Mismatch")), qPrintable(sig));
        const RunResult v = run({QStringLiteral("verify"), path(QStringLiteral("tampered.pdf"))});
        QCOMPARE(v.exitCode, 1);
        QVERIFY(v.out.contains(QStringLiteral("NOT valid")));
    }

    void badInput()
    {
        const QString out = path(QStringLiteral("bad.pdf"));
        RunResult r = run({QStringLiteral("bulletin"), QStringLiteral("2022Q2")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("bulletin"), QStringLiteral("NOPE"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("bulletin"), QStringLiteral("2022Q2"), QStringLiteral("--out"), out, QStringLiteral("--sign"), m_p12});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--password-file")));
        QVERIFY(writeFile(path(QStringLiteral("wrong.txt")), "wrong\n"));
        r = run({QStringLiteral("bulletin"), QStringLiteral("2022Q2"), QStringLiteral("--out"), out, QStringLiteral("--sign"), m_p12,
                 QStringLiteral("--password-file"), path(QStringLiteral("wrong.txt"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(writeFile(path(QStringLiteral("seal.png")), "not an image"));
        r = run({QStringLiteral("bulletin"), QStringLiteral("2022Q2"), QStringLiteral("--out"), out, QStringLiteral("--seal"),
                 path(QStringLiteral("seal.png"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path(QStringLiteral("seal.png"))), qPrintable(r.err));
        r = run({QStringLiteral("bulletin"), QStringLiteral("2022Q2"), QStringLiteral("--out"), out, QStringLiteral("--date"), QStringLiteral("2022-13-01")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("bulletin.agnecy"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("bulletin.agnecy")));
        QVERIFY(!QFile::exists(out)); // nothing written by a failed command
        // Nothing was finalised by the failures: the sequence goes on at 3.
        r = run({QStringLiteral("bulletin"), QStringLiteral("2022Q2"), QStringLiteral("--out"), path(QStringLiteral("signed3.pdf")),
                 QStringLiteral("--date"), QStringLiteral("2022-08-19"), QStringLiteral("--sign"), m_p12, QStringLiteral("--password-file"),
                 m_passwordFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("揭政数局函〔2022〕3号")));
    }

    void sampleSeal()
    {
        const RunResult r = runXunjian({QStringLiteral("seal"), QStringLiteral("--out"), path(QStringLiteral("sample-seal.png")),
                                        QStringLiteral("--agency"), kSigner});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage seal(path(QStringLiteral("sample-seal.png")));
        QVERIFY(!seal.isNull());
        QVERIFY(seal.hasAlphaChannel());
        QCOMPARE(qAlpha(seal.pixel(2, 2)), 0);                           // transparent corner
        const QRgb ring = seal.pixel(seal.width() / 2, int(seal.height() * 0.035)); // on the ring
        QVERIFY(qRed(ring) > 150 && qGreen(ring) < 80 && qAlpha(ring) > 150);
    }
};

QTEST_MAIN(TestCliBulletin)
#include "tst_cli_bulletin.moc"
