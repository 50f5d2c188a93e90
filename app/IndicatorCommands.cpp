// indicators list | show [NAME [VERSION]] | export FILE [NAME [VERSION]] | import FILE [--activate]
// | activate NAME VERSION
#include "CliCommands.h"

#include "IndicatorSetStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xj::cli {

namespace {

QString created(const IndicatorSet &set)
{
    return set.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// NAME [VERSION] from the positional arguments starting at `first`: the active set when no name
// is given, the newest version of the name when no version is. Complains and returns nullopt.
std::optional<IndicatorSet> chosenSet(IndicatorSetStore &sets, const QStringList &args, int first, const QString &command)
{
    if (args.size() <= first)
        return sets.active();
    const QString name = args.at(first);
    if (args.size() > first + 1) {
        bool ok = false;
        const int version = QString(args.at(first + 1)).remove(QLatin1Char('v')).toInt(&ok);
        const auto set = ok ? sets.find(name, version) : std::nullopt;
        if (!set)
            err() << CliTr::tr("xunjian %1: no indicator set \"%2\" version %3").arg(command, name, args.at(first + 1)) << Qt::endl;
        return set;
    }
    const auto set = sets.latest(name);
    if (!set)
        err() << CliTr::tr("xunjian %1: no indicator set named \"%2\" (see xunjian indicators list)").arg(command, name) << Qt::endl;
    return set;
}

QString paramText(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << item.toString();
        return items.join(QStringLiteral(", "));
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::number(v.toDouble());
}

void printSet(const IndicatorSet &set)
{
    out() << set.label() << (set.active ? CliTr::tr(" (active)") : QString()) << '\n';
    if (!set.note.isEmpty())
        out() << CliTr::tr("note: %1").arg(set.note) << '\n';
    for (const IndicatorSettings &s : set.all()) {
        const IndicatorInfo *info = IndicatorCatalog::byCode(s.code);
        QStringList traits{s.severity, s.objective ? CliTr::tr("objective") : CliTr::tr("needs review")};
        if (s.severity == QLatin1String("deduct"))
            traits << CliTr::tr("cap %1").arg(s.maxPoints);
        if (!s.enabled)
            traits << CliTr::tr("disabled");
        out() << s.code << '\t' << (info ? info->zh : QString()) << '\t' << traits.join(QStringLiteral(", ")) << '\n';
        for (auto it = s.params.begin(); it != s.params.end(); ++it)
            out() << "    " << it.key() << " = " << paramText(it.value()) << '\n';
    }
    out().flush();
}

int listSets(IndicatorSetStore &sets, const QString &format)
{
    sets.active(); // the built-in set is on record before anything is listed
    const QList<IndicatorSet> all = sets.versions();
    for (const QString &why : sets.unreadable())
        err() << "xunjian indicators list: " << why << Qt::endl;
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const IndicatorSet &s : all)
            rows.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("version"), s.version},
                                    {QStringLiteral("active"), s.active},
                                    {QStringLiteral("created"), s.createdAt.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("note"), s.note}});
        out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)) << Qt::flush;
        return kOk;
    }
    for (const IndicatorSet &s : all)
        out() << s.name << '\t' << 'v' << s.version << '\t' << (s.active ? CliTr::tr("active") : QString()) << '\t' << created(s)
              << '\t' << s.note << '\n';
    out().flush();
    return kOk;
}

int importSet(IndicatorSetStore &sets, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1) {
        err() << CliTr::tr("xunjian indicators import: name one FILE") << Qt::endl;
        return kBadInput;
    }
    QString error;
    const auto read = IndicatorSetStore::readFile(args.first(), &error);
    if (!read) {
        err() << "xunjian indicators import: " << error << Qt::endl;
        return kBadInput;
    }
    bool stored = false;
    const auto set = sets.storeImported(*read, args.first(), &error, &stored);
    if (!set) {
        err() << "xunjian indicators import: " << error << Qt::endl;
        return kFailed;
    }
    out() << (stored ? CliTr::tr("stored %1").arg(set->label())
                     : CliTr::tr("%1 already has these indicators: nothing stored").arg(set->label()))
          << Qt::endl;
    if (p.isSet(QStringLiteral("activate"))) {
        if (!sets.activate(set->id)) {
            err() << "xunjian indicators import: " << sets.lastError() << Qt::endl;
            return kFailed;
        }
        out() << CliTr::tr("active: %1").arg(set->label()) << Qt::endl;
    }
    return kOk;
}

} // namespace

int indicatorsCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    static const QStringList subs = {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("export"),
                                     QStringLiteral("import"), QStringLiteral("activate")};
    if (!subs.contains(sub)) {
        err() << CliTr::tr("xunjian indicators: expected list, show [NAME [VERSION]], export FILE [NAME [VERSION]], "
                           "import FILE [--activate] or activate NAME VERSION")
              << Qt::endl;
        return kBadInput;
    }
    const QString command = QStringLiteral("indicators ") + sub;
    QCommandLineParser p;
    if (sub == QLatin1String("list") || sub == QLatin1String("show"))
        p.addOption({QStringLiteral("format"), CliTr::tr("text or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (sub == QLatin1String("import"))
        p.addOption({QStringLiteral("activate"), CliTr::tr("Make the imported set the active one.")});
    if (sub == QLatin1String("export") || sub == QLatin1String("import"))
        p.addPositionalArgument(QStringLiteral("FILE"), CliTr::tr("The indicator set's JSON file."));
    if (sub != QLatin1String("list") && sub != QLatin1String("import")) {
        p.addPositionalArgument(QStringLiteral("NAME"), CliTr::tr("The set's name (default: the active set)."), QStringLiteral("[NAME]"));
        p.addPositionalArgument(QStringLiteral("VERSION"), CliTr::tr("Its version (default: the newest)."), QStringLiteral("[VERSION]"));
    }
    if (!parse(p, command, args.mid(1)))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    const QStringList pos = p.positionalArguments();
    const bool hasFormat = sub == QLatin1String("list") || sub == QLatin1String("show");
    const QString format = hasFormat ? p.value(QStringLiteral("format")) : QString();
    if (hasFormat && format != QLatin1String("text") && format != QLatin1String("json")) {
        err() << CliTr::tr("xunjian %1: --format text or json").arg(command) << Qt::endl;
        return kBadInput;
    }
    const int maxArgs = sub == QLatin1String("list") ? 0 : sub == QLatin1String("import") ? 1 : sub == QLatin1String("show") ? 2 : 3;
    if (pos.size() > maxArgs || (sub == QLatin1String("export") && pos.isEmpty()) || (sub == QLatin1String("activate") && pos.size() != 2)) {
        err() << CliTr::tr("xunjian %1: wrong arguments (see --help)").arg(command) << Qt::endl;
        return kBadInput;
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    IndicatorSetStore sets(*store);
    if (sub == QLatin1String("list"))
        return listSets(sets, format);
    if (sub == QLatin1String("import"))
        return importSet(sets, p);
    const int first = sub == QLatin1String("export") ? 1 : 0;
    const auto set = chosenSet(sets, pos, first, command);
    if (!set)
        return kBadInput;
    if (sub == QLatin1String("show")) {
        if (format == QLatin1String("json"))
            out() << QString::fromUtf8(QJsonDocument(set->toJson()).toJson(QJsonDocument::Indented)) << Qt::flush;
        else
            printSet(*set);
        return kOk;
    }
    if (sub == QLatin1String("export")) {
        QString error;
        if (!IndicatorSetStore::exportFile(*set, pos.first(), &error)) {
            err() << "xunjian indicators export: " << error << Qt::endl;
            return kFailed;
        }
        out() << CliTr::tr("%1 written to %2").arg(set->label(), pos.first()) << Qt::endl;
        return kOk;
    }
    if (!sets.activate(set->id)) {
        err() << "xunjian indicators activate: " << store->lastError() << Qt::endl;
        return kFailed;
    }
    out() << CliTr::tr("active: %1").arg(set->label()) << Qt::endl;
    return kOk;
}

} // namespace xj::cli
