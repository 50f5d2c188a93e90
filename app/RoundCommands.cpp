// round create | list | set
#include "CliCommands.h"

#include "DateParser.h"
#include "MediaRecords.h"
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
        MediaRecords records(*store);
        for (const Round &r : rounds) {
            const auto [linked, open] = records.ranks(r.id);
            a.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), r.windowFrom.toString(Qt::ISODate)},
                                                                        {QStringLiteral("to"), r.windowTo.toString(Qt::ISODate)}}},
                                 {QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate)},
                                 {QStringLiteral("state"), Vocabulary<RoundState>::code(r.state)},
                                 {QStringLiteral("linked_rank"), linked ? QJsonValue(*linked) : QJsonValue()},
                                 {QStringLiteral("open_rank"), open ? QJsonValue(*open) : QJsonValue()}});
        }
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented) << Qt::flush;
        return kOk;
    }
    for (const Round &r : rounds)
        out() << r.id << '\t' << r.windowFrom.toString(Qt::ISODate) << '\t' << r.windowTo.toString(Qt::ISODate) << '\t'
              << r.asOf.toString(Qt::ISODate) << '\t' << Vocabulary<RoundState>::label(r.state) << '\n';
    out().flush();
    return kOk;
}

// The province ranks of the round's data catalog (挂接目录数, 开放数据数), entered by hand: the
// province publishes them, they cannot be computed from the city's own counts.
static int set(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), CliTr::tr("The round, e.g. 2026Q3."));
    p.addOption({QStringLiteral("linked-rank"), CliTr::tr("Province rank by 挂接目录数 (1 = first; none clears it)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("open-rank"), CliTr::tr("Province rank by 开放数据数 (1 = first; none clears it)."), QStringLiteral("N")});
    if (!parse(p, QStringLiteral("round set"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    if (p.positionalArguments().size() != 1) {
        err() << CliTr::tr("xunjian round set: give one round ID") << Qt::endl;
        return kBadInput;
    }
    const QString id = p.positionalArguments().first().trimmed();
    if (!p.isSet(QStringLiteral("linked-rank")) && !p.isSet(QStringLiteral("open-rank"))) {
        err() << CliTr::tr("xunjian round set: give --linked-rank, --open-rank or both") << Qt::endl;
        return kBadInput;
    }
    // An option not given keeps the rank already entered.
    auto rank = [&](const char *opt, std::optional<int> *value) {
        const QString name = QString::fromLatin1(opt);
        if (!p.isSet(name))
            return true;
        const QString v = p.value(name).trimmed();
        if (v == QLatin1String("none")) {
            value->reset();
            return true;
        }
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < 1) {
            err() << CliTr::tr("xunjian round set: --%1 \"%2\" is not a rank (1, 2, … or none)").arg(name, v) << Qt::endl;
            return false;
        }
        *value = n;
        return true;
    };
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    if (!store->round(id)) {
        err() << CliTr::tr("xunjian round set: no round %1").arg(id) << Qt::endl;
        return kBadInput;
    }
    MediaRecords records(*store);
    auto [linked, open] = records.ranks(id);
    if (!rank("linked-rank", &linked) || !rank("open-rank", &open))
        return kBadInput;
    if (!records.setRanks(id, linked, open)) {
        err() << "xunjian round set: " << store->lastError() << Qt::endl;
        return kFailed;
    }
    const QString none = CliTr::tr("none");
    out() << CliTr::tr("round %1: linked rank %2, open rank %3")
                 .arg(id, linked ? QString::number(*linked) : none, open ? QString::number(*open) : none)
          << Qt::endl;
    return kOk;
}

int roundCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("create"))
        return create(args.mid(1));
    if (sub == QLatin1String("list"))
        return list(args.mid(1));
    if (sub == QLatin1String("set"))
        return set(args.mid(1));
    err() << CliTr::tr("xunjian round: expected create, list or set") << Qt::endl;
    return kBadInput;
}

} // namespace xj::cli
