// columns suggested | accept ID… | reject ID…
#include "CliCommands.h"

#include "ColumnSuggestions.h"
#include "Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xj::cli {

int columnsCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), CliTr::tr("Suggestion ids (accept, reject)."), QStringLiteral("[ID…]"));
    p.addOption({QStringLiteral("format"), CliTr::tr("text or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    p.addOption({QStringLiteral("category"), CliTr::tr("With accept: the column's category instead of the guessed one."), QStringLiteral("CATEGORY")});
    if (sub != QLatin1String("suggested") && sub != QLatin1String("accept") && sub != QLatin1String("reject")) {
        err() << CliTr::tr("xunjian columns: expected suggested, accept ID… or reject ID…") << Qt::endl;
        return kBadInput;
    }
    if (!parse(p, QStringLiteral("columns ") + sub, args.mid(1)))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    ColumnSuggestions suggestions(*store);
    if (sub == QLatin1String("suggested")) {
        QJsonArray all;
        for (const ColumnSuggestion &s : suggestions.list()) {
            const QString site = store->site(s.siteId) ? store->site(s.siteId)->name : QString();
            if (p.value(QStringLiteral("format")) == QLatin1String("json"))
                all.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("site"), site}, {QStringLiteral("name"), s.name},
                                       {QStringLiteral("url"), s.url}, {QStringLiteral("category"), Vocabulary<ColumnCategory>::zh(s.category)}});
            else
                out() << s.id << '\t' << site << '\t' << s.name << '\t' << Vocabulary<ColumnCategory>::label(s.category) << '\t' << s.url << '\n';
        }
        if (p.value(QStringLiteral("format")) == QLatin1String("json"))
            out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
        out().flush();
        return kOk;
    }
    std::optional<ColumnCategory> category;
    if (p.isSet(QStringLiteral("category"))) {
        category = Vocabulary<ColumnCategory>::parse(p.value(QStringLiteral("category")));
        if (!category) {
            err() << CliTr::tr("xunjian columns: unknown category \"%1\"; expected %2")
                         .arg(p.value(QStringLiteral("category")), Vocabulary<ColumnCategory>::acceptedList())
                  << Qt::endl;
            return kBadInput;
        }
    }
    int status = kOk;
    for (const QString &idText : p.positionalArguments()) {
        const qint64 id = idText.toLongLong();
        const bool ok = sub == QLatin1String("accept") ? suggestions.accept(id, category) : suggestions.reject(id);
        if (!ok) {
            err() << CliTr::tr("xunjian columns: no suggestion %1").arg(idText) << Qt::endl;
            status = kBadInput;
        }
    }
    return status;
}

} // namespace xj::cli
