// bulletin ROUND --out FILE.pdf [--attachments-dir DIR] [--sign CERT.p12 --password-file F] [--seal SEAL.png|sample] …
// seal --out FILE.png [--agency NAME]
// settings [list | set KEY VALUE | unset KEY]
#include "CliCommands.h"

#include "BulletinDraft.h"
#include "BulletinPublisher.h"
#include "MediaEvaluation.h"
#include "SealImage.h"
#include "StoreSettings.h"

#include <QFile>

namespace xj::cli {

namespace {

// The first line of a file, without its line break: editors add one.
std::optional<QString> firstLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = f.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line);
    line.fill('\0');
    return text;
}

} // namespace

int bulletinCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliTr::tr("Drafts the round's bulletin from its results and typesets it to GB/T 9704; with --sign "
                                          "it is finalised: numbered, signed and kept immutable in the store."));
    p.addPositionalArgument(QStringLiteral("ROUND"), CliTr::tr("The round."));
    p.addOption({QStringLiteral("out"), CliTr::tr("The PDF to write."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("attachments-dir"), CliTr::tr("Also write each attachment as PDF and XLSX into this folder."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("sign"), CliTr::tr("Finalise and sign with this PKCS#12 certificate."), QStringLiteral("CERT.p12")});
    p.addOption({QStringLiteral("password-file"), CliTr::tr("A file whose first line is the certificate's password."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("pkcs7"), CliTr::tr("Sign as adbe.pkcs7.detached instead of ETSI.CAdES.detached.")});
    p.addOption({QStringLiteral("seal"), CliTr::tr("The seal image (transparent PNG) pressed over name and date; \"sample\" draws a sample seal."),
                 QStringLiteral("SEAL.png")});
    p.addOption({QStringLiteral("template"), CliTr::tr("A bulletin template file instead of the built-in one."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("agency"), CliTr::tr("The issuing agency (default: the store's setting bulletin.agency)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("city"), CliTr::tr("The city (default: the store's setting bulletin.city)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("number-template"),
                 CliTr::tr("The 发文字号 template, e.g. 揭政数局函〔{year}〕{n}号 (default: bulletin.number_template)."),
                 QStringLiteral("TEMPLATE")});
    p.addOption({QStringLiteral("date"), CliTr::tr("The 成文日期, YYYY-MM-DD (default: today)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("no-evaluate"), CliTr::tr("Do not evaluate the new-media rules first (use the findings as they are).")});
    if (!parse(p, QStringLiteral("bulletin"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    const QString outPath = p.value(QStringLiteral("out"));
    if (p.positionalArguments().size() != 1 || outPath.isEmpty()) {
        err() << CliTr::tr("xunjian bulletin: usage: bulletin ROUND --out FILE.pdf [--attachments-dir DIR] [--sign CERT.p12 "
                           "--password-file F] [--seal SEAL.png]")
              << Qt::endl;
        return kBadInput;
    }
    if (p.isSet(QStringLiteral("sign")) != p.isSet(QStringLiteral("password-file"))) {
        err() << CliTr::tr("xunjian bulletin: --sign and --password-file go together") << Qt::endl;
        return kBadInput;
    }
    QDate date = QDate::currentDate();
    if (p.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid()) {
            err() << CliTr::tr("xunjian bulletin: --date %1 is not a date (YYYY-MM-DD)").arg(p.value(QStringLiteral("date")))
                  << Qt::endl;
            return kBadInput;
        }
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    const QString roundId = p.positionalArguments().first();
    const auto round = store->round(roundId);
    if (!round) {
        err() << CliTr::tr("xunjian bulletin: name an existing round") << Qt::endl;
        return kBadInput;
    }

    QString error;
    BulletinTemplate tpl = BulletinTemplate::builtIn();
    if (p.isSet(QStringLiteral("template"))) {
        const auto loaded = BulletinTemplate::load(p.value(QStringLiteral("template")), &error);
        if (!loaded) {
            err() << "xunjian bulletin: " << error << Qt::endl;
            return kBadInput;
        }
        tpl = *loaded;
    }
    PublishOptions publish;
    if (p.isSet(QStringLiteral("seal"))) {
        const QString seal = p.value(QStringLiteral("seal"));
        publish.typeset.seal = seal == QLatin1String("sample") ? QImage() : SealImage::load(seal, &error);
        if (seal != QLatin1String("sample") && publish.typeset.seal.isNull()) {
            err() << "xunjian bulletin: " << error << Qt::endl;
            return kBadInput;
        }
    }
    if (p.isSet(QStringLiteral("sign"))) {
        const auto password = firstLine(p.value(QStringLiteral("password-file")));
        if (!password) {
            err() << CliTr::tr("xunjian bulletin: cannot read %1").arg(p.value(QStringLiteral("password-file"))) << Qt::endl;
            return kBadInput;
        }
        publish.signer = SigningIdentity::fromPkcs12(p.value(QStringLiteral("sign")), *password, &error);
        if (!publish.signer) {
            err() << "xunjian bulletin: " << error << Qt::endl;
            return kBadInput;
        }
        publish.signOptions.reason = CliTr::tr("通报发布");
        if (p.isSet(QStringLiteral("pkcs7")))
            publish.signOptions.subFilter = SignOptions::Pkcs7Detached;
    }

    // The same figures as `xunjian summary`: the new-media rules evaluated first.
    if (!p.isSet(QStringLiteral("no-evaluate")) && !MediaEvaluation::run(*store, *round, &error)) {
        err() << "xunjian bulletin: " << error << Qt::endl;
        return kFailed;
    }
    const StoreSettings settings(*store);
    DraftOptions draft = BulletinDraft::storeOptions(*store, date); // the options below override them
    if (p.isSet(QStringLiteral("agency")))
        draft.agency = p.value(QStringLiteral("agency"));
    if (p.isSet(QStringLiteral("city")))
        draft.city = p.value(QStringLiteral("city"));
    if (p.isSet(QStringLiteral("number-template")))
        draft.documentNumberTemplate = p.value(QStringLiteral("number-template"));
    if (draft.agency.isEmpty()) {
        err() << CliTr::tr("xunjian bulletin: no issuing agency: give --agency or set it once with "
                           "`xunjian settings set bulletin.agency NAME`")
              << Qt::endl;
        return kBadInput;
    }
    auto document = BulletinDraft::generate(*store, roundId, tpl, draft, &error);
    if (!document) {
        err() << "xunjian bulletin: " << error << Qt::endl;
        return kFailed;
    }
    document->agencyMark = settings.value(setting::kAgencyMark);
    if (p.value(QStringLiteral("seal")) == QLatin1String("sample"))
        publish.typeset.seal = SealImage::sample(draft.agency);
    publish.attachmentsDir = p.value(QStringLiteral("attachments-dir"));
    publish.numberTemplate = draft.documentNumberTemplate;
    publish.year = date.year();

    const auto result = BulletinPublisher::publish(store.get(), roundId, *document, publish, &error);
    if (!result) {
        err() << "xunjian bulletin: " << error << Qt::endl;
        return kFailed;
    }
    if (!BulletinTypesetter::writeFile(outPath, result->pdf, &error)) {
        err() << "xunjian bulletin: " << error << Qt::endl;
        return kFailed;
    }
    for (const QString &note : result->fontNotes)
        err() << CliTr::tr("font: %1").arg(note) << Qt::endl;
    out() << CliTr::tr("%1: %n page(s)", nullptr, result->pages).arg(outPath) << Qt::endl;
    if (result->bulletinId > 0)
        out() << CliTr::tr("finalised as bulletin %1, %2, signed by %3; SHA-256 %4")
                     .arg(result->bulletinId)
                     .arg(result->documentNumber.isEmpty() ? CliTr::tr("(no number)") : result->documentNumber,
                          publish.signer->signerName(), result->sha256)
              << Qt::endl;
    else
        out() << CliTr::tr("draft: not signed, no document number taken") << Qt::endl;
    for (const QString &f : result->attachmentFiles)
        out() << CliTr::tr("attachment: %1").arg(f) << Qt::endl;
    return kOk;
}

int sealCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliTr::tr("Draws a sample seal (marked 样章) as a transparent PNG, for trying the layout."));
    p.addOption({QStringLiteral("out"), CliTr::tr("The PNG to write."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("agency"), CliTr::tr("The name around the seal."), QStringLiteral("NAME")});
    if (!parse(p, QStringLiteral("seal"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    if (p.value(QStringLiteral("out")).isEmpty()) {
        err() << CliTr::tr("xunjian seal: give the PNG to write with --out") << Qt::endl;
        return kBadInput;
    }
    const QImage seal = SealImage::sample(p.value(QStringLiteral("agency")));
    if (!seal.save(p.value(QStringLiteral("out")), "PNG")) {
        err() << CliTr::tr("xunjian seal: cannot write %1").arg(p.value(QStringLiteral("out"))) << Qt::endl;
        return kFailed;
    }
    out() << p.value(QStringLiteral("out")) << Qt::endl;
    return kOk;
}

int settingsCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliTr::tr("Settings kept in the store for the whole team: %1").arg(StoreSettings::knownKeys().join(QStringLiteral(", "))));
    p.addPositionalArgument(QStringLiteral("action"), CliTr::tr("list, set KEY VALUE or unset KEY"));
    if (!parse(p, QStringLiteral("settings"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    if ((action == QLatin1String("set") && pos.size() != 3) || (action == QLatin1String("unset") && pos.size() != 2)
        || (action == QLatin1String("list") && pos.size() > 1)
        || !QStringList{QStringLiteral("list"), QStringLiteral("set"), QStringLiteral("unset")}.contains(action)) {
        err() << CliTr::tr("xunjian settings: usage: settings [list | set KEY VALUE | unset KEY]") << Qt::endl;
        return kBadInput;
    }
    if (action != QLatin1String("list") && !StoreSettings::knownKeys().contains(pos.at(1))) {
        err() << CliTr::tr("xunjian settings: unknown key %1 (known: %2)").arg(pos.at(1), StoreSettings::knownKeys().join(QStringLiteral(", ")))
              << Qt::endl;
        return kBadInput;
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    StoreSettings settings(*store);
    if (action == QLatin1String("set") ? !settings.setValue(pos.at(1), pos.at(2))
                                       : action == QLatin1String("unset") && !settings.remove(pos.at(1))) {
        err() << "xunjian settings: " << store->lastError() << Qt::endl;
        return kFailed;
    }
    if (action == QLatin1String("list")) {
        const auto all = settings.all();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            out() << it.key() << " = " << it.value() << '\n';
        out().flush();
    }
    return kOk;
}

} // namespace xj::cli
