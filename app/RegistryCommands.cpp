// import (registry and reported tables), export, counts and demo.
#include "CliCommands.h"
#include "StoreSettings.h"

#include "RegistryExporter.h"
#include "RegistryImporter.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace xj::cli {

static int usageExit(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
}

// Imports one file, printing a summary line or its problems. Returns an exit status.
static int importOne(Store &store, const QString &path, const RegistryImporter::Options &options, const QString &label)
{
    RegistryImporter importer(store);
    const ImportResult r = importer.importFile(path, options);
    if (!r.ok) {
        for (const ImportProblem &p : r.problems) {
            ImportProblem shown = p;
            shown.file = label;
            err() << shown.toString() << '\n';
        }
        err() << CliTr::tr("%1: nothing imported (%n problem(s))", nullptr, int(r.problems.size())).arg(label) << Qt::endl;
        return r.problems.isEmpty() ? kFailed : kBadInput;
    }
    const TableSchema &schema = TableSchemas::get(r.kind);
    if (schema.registry) {
        out() << CliTr::tr("%1: %2 table, %3 rows (%4): %5 new, %6 changed, %7 unchanged, %8 status changes")
                     .arg(label, schema.code)
                     .arg(r.rows)
                     .arg(r.encoding)
                     .arg(r.inserted)
                     .arg(r.updated)
                     .arg(r.unchanged)
                     .arg(r.statusChanges)
              << Qt::endl;
    } else {
        // Reported tables change no status; the round is named where the rows belong to one.
        const QString table = schema.needsRound ? CliTr::tr("%1 table of round %2").arg(schema.code, options.round)
                                                : CliTr::tr("%1 table").arg(schema.code);
        out() << CliTr::tr("%1: %2, %3 rows (%4): %5 new, %6 changed, %7 unchanged")
                     .arg(label, table)
                     .arg(r.rows)
                     .arg(r.encoding)
                     .arg(r.inserted)
                     .arg(r.updated)
                     .arg(r.unchanged)
              << Qt::endl;
    }
    return kOk;
}

int importCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), CliTr::tr("CSV or XLSX files, imported in the order given."), QStringLiteral("FILE…"));
    p.addOption({QStringLiteral("as"),
                 CliTr::tr("The table: units, sites, columns, accounts, status, posts, reminders, messages, catalog or findings "
                           "(default: from the headers)."),
                 QStringLiteral("KIND")});
    p.addOption({QStringLiteral("sheet"), CliTr::tr("The XLSX sheet (default: the first)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("round"), CliTr::tr("The round catalog and findings tables belong to (required for them)."),
                 QStringLiteral("ID")});
    if (!parse(p, QStringLiteral("import"), args))
        return usageExit(p);
    const QStringList files = p.positionalArguments();
    if (files.isEmpty()) {
        err() << CliTr::tr("xunjian import: name at least one file") << Qt::endl;
        return kBadInput;
    }
    RegistryImporter::Options options;
    options.sheet = p.value(QStringLiteral("sheet"));
    options.round = p.value(QStringLiteral("round")).trimmed();
    if (p.isSet(QStringLiteral("as"))) {
        const TableSchema *s = TableSchemas::byName(p.value(QStringLiteral("as")));
        if (!s) {
            err() << CliTr::tr("xunjian import: unknown table \"%1\"; expected units, sites, columns, accounts, status, posts, "
                               "reminders, messages, catalog or findings")
                         .arg(p.value(QStringLiteral("as")))
                  << Qt::endl;
            return kBadInput;
        }
        options.kind = s->kind;
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    int status = kOk;
    for (const QString &f : files) {
        const int s = importOne(*store, f, options, f);
        status = std::max(status, s);
    }
    return status;
}

int exportCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("KIND"), CliTr::tr("units, sites, columns, accounts or status"));
    p.addPositionalArgument(QStringLiteral("FILE"), CliTr::tr("A .csv (UTF-8 with BOM) or .xlsx file."));
    if (!parse(p, QStringLiteral("export"), args))
        return usageExit(p);
    if (p.positionalArguments().size() != 2) {
        err() << CliTr::tr("xunjian export: expected KIND and FILE") << Qt::endl;
        return kBadInput;
    }
    const TableSchema *s = TableSchemas::byName(p.positionalArguments().at(0));
    if (!s || !s->registry) {
        // Reported tables (posts … findings) are read back through their own commands.
        err() << CliTr::tr("xunjian export: unknown table \"%1\"; expected units, sites, columns, accounts or status")
                     .arg(p.positionalArguments().at(0))
              << Qt::endl;
        return kBadInput;
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    QString error;
    if (!RegistryExporter::write(*store, s->kind, p.positionalArguments().at(1), &error)) {
        err() << "xunjian export: " << error << Qt::endl;
        return kFailed;
    }
    return kOk;
}

int countsCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), CliTr::tr("text or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parse(p, QStringLiteral("counts"), args))
        return usageExit(p);
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    const RegistryCounts c = store->counts();
    if (p.value(QStringLiteral("format")) == QLatin1String("json")) {
        const QJsonObject o{{QStringLiteral("websites"), c.websites},
                            {QStringLiteral("service_platforms"), c.servicePlatforms},
                            {QStringLiteral("channels"), c.channels},
                            {QStringLiteral("accounts"), c.accounts},
                            {QStringLiteral("units"), c.units},
                            {QStringLiteral("not_running"), c.closedOrPending}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << Qt::flush;
    } else {
        // The bulletin's own wording, whatever the interface language.
        out() << QStringLiteral("%1 个政府网站（含 %2 个服务平台）、%3 个部门频道、%4 个政务新媒体")
                     .arg(c.websites)
                     .arg(c.servicePlatforms)
                     .arg(c.channels)
                     .arg(c.accounts)
              << Qt::endl;
    }
    return kOk;
}

int demoCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("force"), CliTr::tr("Replace an existing demo database.")});
    if (!parse(p, QStringLiteral("demo"), args))
        return usageExit(p);
    const QString db = p.value(QStringLiteral("db"));
    if (db.isEmpty() || db.startsWith(QLatin1String("postgres"))) {
        err() << CliTr::tr("xunjian demo: give the new SQLite file with --db") << Qt::endl;
        return kBadInput;
    }
    if (QFileInfo::exists(db)) {
        if (!p.isSet(QStringLiteral("force"))) {
            err() << CliTr::tr("xunjian demo: %1 exists; add --force to replace it").arg(db) << Qt::endl;
            return kBadInput;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db + suffix);
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    RegistryImporter::Options options;
    for (const char *name : {"units", "sites", "columns", "accounts", "status"}) {
        const QString path = QStringLiteral(":/demo/%1.csv").arg(QLatin1String(name));
        if (const int s = importOne(*store, path, options, QStringLiteral("demo/%1.csv").arg(QLatin1String(name))))
            return s;
    }
    Round r;
    r.id = QStringLiteral("2026Q3");
    r.windowFrom = QDate(2026, 7, 1);
    r.windowTo = QDate(2026, 9, 30);
    r.asOf = QDate(2026, 9, 30);
    if (!store->insertRound(r)) {
        err() << "xunjian demo: " << store->lastError() << Qt::endl;
        return kFailed;
    }
    // Findings as a monitoring platform reports them, so that the review, rectification and
    // bulletin areas have something to show (pages are not captured: the demo sites do not exist).
    RegistryImporter::Options findings;
    findings.kind = TableKind::Findings;
    findings.round = r.id;
    if (const int s = importOne(*store, QStringLiteral(":/demo/findings.csv"), findings, QStringLiteral("demo/findings.csv")))
        return s;
    // The demo city's bureau issues the demo's bulletins (xunjian bulletin, the 通报 area).
    StoreSettings settings(*store);
    if (!settings.setValue(setting::kAgency, QStringLiteral("临澜市政务服务数据管理局"))
        || !settings.setValue(setting::kCity, QStringLiteral("临澜市"))
        || !settings.setValue(setting::kNumberTemplate, QStringLiteral("临政数局函〔{year}〕{n}号"))) {
        err() << "xunjian demo: " << store->lastError() << Qt::endl;
        return kFailed;
    }
    out() << CliTr::tr("demo database ready: %1").arg(store->location().display()) << Qt::endl;
    return kOk;
}

} // namespace xj::cli
