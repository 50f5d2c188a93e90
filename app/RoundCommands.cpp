// round create | list
#include "CliCommands.h"

#include "DateParser.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace xj::cli {

static int create(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), CliTr::tr("The round, e.g. 2026Q3."));
    p.addOption({QStringLiteral("from"), CliTr::tr("First day of the sampling window."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), CliTr::tr("Last day of the sampling window."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("as-of"), CliTr::tr("The date the checks judge against (default: --to)."), QStringLiteral("DATE")});
    if (!parse(p, QStringLiteral("round create"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    if (p.positionalArguments().size() != 1) {
        err() << CliTr::tr("xunjian round create: give one round ID") << Qt::endl;
        return kBadInput;
    }
    Round r;
    r.id = p.positionalArguments().first().trimmed();
    static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9_.-]{1,32}$"));
    if (!idShape.match(r.id).hasMatch()) {
        err() << CliTr::tr("xunjian round create: \"%1\" is not a round ID (letters, digits, - _ .; e.g. 2026Q3)").arg(r.id) << Qt::endl;
        return kBadInput;
    }
    auto date = [&](const char *opt, QDate *d) {
        const QString v = p.value(QString::fromLatin1(opt));
        if (v.isEmpty())
            return true;
        const auto parsed = DateParser::parseDate(v);
        if (!parsed) {
            err() << CliTr::tr("xunjian round create: --%1 \"%2\" is not a date").arg(QLatin1String(opt), v) << Qt::endl;
            return false;
        }
        *d = *parsed;
        return true;
    };
    if (!date("from", &r.windowFrom) || !date("to", &r.windowTo) || !date("as-of", &r.asOf))
        return kBadInput;
    if (!r.windowFrom.isValid() || !r.windowTo.isValid()) {
        err() << CliTr::tr("xunjian round create: --from and --to are required") << Qt::endl;
        return kBadInput;
    }
    if (r.windowFrom > r.windowTo) {
        err() << CliTr::tr("xunjian round create: the window ends before it starts") << Qt::endl;
        return kBadInput;
    }
    if (!r.asOf.isValid())
        r.asOf = r.windowTo;
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    if (store->round(r.id)) {
        err() << CliTr::tr("xunjian round create: round %1 exists already").arg(r.id) << Qt::endl;
        return kBadInput;
    }
    if (!store->insertRound(r)) {
        err() << "xunjian round create: " << store->lastError() << Qt::endl;
        return kFailed;
    }
    out() << CliTr::tr("round %1: %2 to %3, as of %4")
                 .arg(r.id, r.windowFrom.toString(Qt::ISODate), r.windowTo.toString(Qt::ISODate), r.asOf.toString(Qt::ISODate))
          << Qt::endl;
    return kOk;
}

static int list(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), CliTr::tr("text or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parse(p, QStringLiteral("round list"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    const auto rounds = store->rounds();
    if (p.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray a;
        for (const Round &r : rounds)
            a.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), r.windowFrom.toString(Qt::ISODate)},
                                                                        {QStringLiteral("to"), r.windowTo.toString(Qt::ISODate)}}},
                                 {QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate)},
                                 {QStringLiteral("state"), Vocabulary<RoundState>::code(r.state)}});
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented) << Qt::flush;
        return kOk;
    }
    for (const Round &r : rounds)
        out() << r.id << '\t' << r.windowFrom.toString(Qt::ISODate) << '\t' << r.windowTo.toString(Qt::ISODate) << '\t'
              << r.asOf.toString(Qt::ISODate) << '\t' << Vocabulary<RoundState>::label(r.state) << '\n';
    out().flush();
    return kOk;
}

int roundCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("create"))
        return create(args.mid(1));
    if (sub == QLatin1String("list"))
        return list(args.mid(1));
    err() << CliTr::tr("xunjian round: expected create or list") << Qt::endl;
    return kBadInput;
}

} // namespace xj::cli
