// verify FILE.pdf [--format json]   — the PDF's signatures, and whether it is a bulletin on record
// sign IN.pdf --out OUT.pdf --p12 CERT.p12 --password-file F [--pkcs7] [--reason TEXT]
#include "CliCommands.h"

#include "BulletinRecords.h"
#include "PdfSigner.h"
#include "PdfVerifier.h"
#include "StoreOpening.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace xj::cli {

namespace {

QString yesNo(bool b)
{
    return b ? CliTr::tr("yes") : CliTr::tr("no");
}

// The store to match against: --db or $XUNJIAN_DB, else the default store if there is one (a
// verification never creates a store). Null when none; *why says why when one was named.
std::unique_ptr<Store> storeForMatching(const QCommandLineParser &parser, QString *why)
{
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty() && qEnvironmentVariableIsEmpty("XUNJIAN_DB") && !QFileInfo::exists(defaultStorePath()))
        return nullptr;
    return openStore(db, why);
}

void printReport(const VerificationReport &report, const QString &storeNote)
{
    out() << CliTr::tr("SHA-256: %1").arg(QString::fromLatin1(report.sha256.toHex())) << '\n';
    if (report.signatures.isEmpty())
        out() << CliTr::tr("no PDF signature in the file") << '\n';
    int n = 0;
    for (const SignatureCheck &s : report.signatures) {
        out() << CliTr::tr("signature %1: %2").arg(++n).arg(s.subFilter) << '\n';
        out() << "  " << CliTr::tr("signer: %1").arg(s.signerName.isEmpty() ? CliTr::tr("(unknown)") : s.signerName) << '\n';
        out() << "  " << CliTr::tr("signing time (claimed): %1")
                             .arg(s.signingTime.isValid() ? s.signingTime.toString(Qt::ISODate) : CliTr::tr("(none)"))
              << '\n';
        out() << "  " << CliTr::tr("covers the whole file: %1").arg(yesNo(s.coversWholeFile)) << '\n';
        out() << "  " << CliTr::tr("digest (%1) matches: %2").arg(s.digestAlgorithm, yesNo(s.digestOk)) << '\n';
        out() << "  " << CliTr::tr("CMS signature valid: %1").arg(yesNo(s.signatureOk)) << '\n';
        if (!s.problem.isEmpty())
            out() << "  " << CliTr::tr("problem: %1").arg(s.problem) << '\n';
    }
    out() << CliTr::tr("certificate: %1").arg(PdfVerifier::trustNote()) << '\n';
    if (report.bulletinId > 0)
        out() << CliTr::tr("matches bulletin %1 in the store (%2)").arg(report.bulletinId).arg(report.bulletinNumber) << '\n';
    else
        out() << storeNote << '\n';
    out() << (report.ok() ? CliTr::tr("result: valid") : CliTr::tr("result: NOT valid")) << '\n';
    out().flush();
}

} // namespace

int verifyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Checks the PDF signatures of a file and looks it up among the finalised bulletins."));
    parser.addPositionalArgument(QStringLiteral("file"), CliTr::tr("The PDF file."));
    parser.addOption({QStringLiteral("format"), CliTr::tr("text or json."), QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parse(parser, QStringLiteral("verify"), args))
        return kBadInput;
    if (parser.positionalArguments().size() != 1) {
        err() << CliTr::tr("xunjian verify: give one PDF file") << Qt::endl;
        return kBadInput;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << CliTr::tr("xunjian verify: cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return kBadInput;
    }
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("%PDF-")) {
        err() << CliTr::tr("xunjian verify: %1 is not a PDF file").arg(path) << Qt::endl;
        return kBadInput;
    }
    VerificationReport report = PdfVerifier::verify(bytes);

    QString storeNote = CliTr::tr("store: not consulted (no store)");
    QString why;
    if (auto store = storeForMatching(parser, &why)) {
        BulletinRecords records(*store);
        if (const auto b = records.findBySha256(QString::fromLatin1(report.sha256.toHex()))) {
            report.bulletinId = b->id;
            report.bulletinNumber = b->documentNumber;
        }
        storeNote = CliTr::tr("matches no finalised bulletin in the store");
    } else if (!why.isEmpty()) {
        storeNote = CliTr::tr("store: not consulted (%1)").arg(why);
    }

    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        out() << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)) << Qt::flush;
    } else {
        printReport(report, storeNote);
    }
    return report.ok() ? kOk : kFailed;
}

int signCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Signs a PDF (PAdES B-B, by incremental update) with a PKCS#12 certificate."));
    parser.addPositionalArgument(QStringLiteral("in"), CliTr::tr("The PDF to sign."));
    parser.addOption({QStringLiteral("out"), CliTr::tr("The signed PDF to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("p12"), CliTr::tr("The signer's certificate and key (.p12/.pfx)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("password-file"),
                      CliTr::tr("A file whose first line is the PKCS#12 password (never given on the command line)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("reason"), CliTr::tr("The reason recorded in the signature."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("pkcs7"), CliTr::tr("Write adbe.pkcs7.detached instead of ETSI.CAdES.detached.")});
    if (!parse(parser, QStringLiteral("sign"), args))
        return kBadInput;
    const QString outPath = parser.value(QStringLiteral("out"));
    if (parser.positionalArguments().size() != 1 || outPath.isEmpty() || !parser.isSet(QStringLiteral("p12"))
        || !parser.isSet(QStringLiteral("password-file"))) {
        err() << CliTr::tr("xunjian sign: usage: sign IN.pdf --out OUT.pdf --p12 CERT.p12 --password-file FILE") << Qt::endl;
        return kBadInput;
    }
    QFile in(parser.positionalArguments().first());
    QFile passwordFile(parser.value(QStringLiteral("password-file")));
    if (!in.open(QIODevice::ReadOnly) || !passwordFile.open(QIODevice::ReadOnly)) {
        err() << CliTr::tr("xunjian sign: cannot read %1").arg(in.isOpen() ? passwordFile.fileName() : in.fileName())
              << Qt::endl;
        return kBadInput;
    }
    // The first line, without its line break: editors add one.
    QByteArray password = passwordFile.readAll();
    password = password.left(password.indexOf('\n') < 0 ? password.size() : password.indexOf('\n'));
    if (password.endsWith('\r'))
        password.chop(1);
    QString error;
    const auto identity = SigningIdentity::fromPkcs12(parser.value(QStringLiteral("p12")), QString::fromUtf8(password), &error);
    password.fill('\0');
    if (!identity) {
        err() << "xunjian sign: " << error << Qt::endl;
        return kBadInput;
    }
    SignOptions options;
    options.reason = parser.value(QStringLiteral("reason"));
    if (parser.isSet(QStringLiteral("pkcs7")))
        options.subFilter = SignOptions::Pkcs7Detached;
    const QByteArray signedPdf = PdfSigner::sign(in.readAll(), *identity, options, &error);
    if (signedPdf.isEmpty()) {
        err() << "xunjian sign: " << error << Qt::endl;
        return kBadInput;
    }
    QSaveFile outFile(outPath);
    if (!outFile.open(QIODevice::WriteOnly) || outFile.write(signedPdf) != signedPdf.size() || !outFile.commit()) {
        err() << CliTr::tr("xunjian sign: cannot write %1: %2").arg(outPath, outFile.errorString()) << Qt::endl;
        return kFailed;
    }
    out() << CliTr::tr("signed by %1: %2").arg(identity->signerName(), outPath) << Qt::endl;
    return kOk;
}

} // namespace xj::cli
