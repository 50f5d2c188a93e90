#include "Cli.h"

#include "CliCommands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace xj::cli {

namespace {
struct Command {
    const char *name;
    int (*run)(const QStringList &args);
    bool widgets;
    const char *summary; // translated in context "cli"
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"import", &importCommand, false, QT_TRANSLATE_NOOP("cli", "import FILE… [--as KIND] [--round ID]    load registry and report tables (CSV/XLSX)")},
        {"export", &exportCommand, false, QT_TRANSLATE_NOOP("cli", "export KIND FILE                        write a table as CSV (UTF-8 BOM) or XLSX")},
        {"round", &roundCommand, false, QT_TRANSLATE_NOOP("cli", "round create ID --from DATE --to DATE [--as-of DATE] | round list | round set ID --linked-rank N --open-rank N")},
        {"counts", &countsCommand, false, QT_TRANSLATE_NOOP("cli", "counts [--format json]                  registry counts as the bulletin states them")},
        {"demo", &demoCommand, false, QT_TRANSLATE_NOOP("cli", "demo --db FILE                          create the demo database")},
        {"check", &checkCommand, false, QT_TRANSLATE_NOOP("cli", "check ROUND [--target NAME…] [--jobs N]  crawl and check the round's sites (resumable)")},
        {"findings", &findingsCommand, false, QT_TRANSLATE_NOOP("cli", "findings ROUND [--format json|csv]      the round's findings")},
        {"probe", &probeCommand, false, QT_TRANSLATE_NOOP("cli", "probe [--target NAME…]                  one availability probe of every running website")},
        {"monitor", &monitorCommand, false, QT_TRANSLATE_NOOP("cli", "monitor [--interval 72m] [--passes N]   keep probing, as a service (W-V2)")},
        {"availability", &availabilityCommand, false, QT_TRANSLATE_NOOP("cli", "availability ROUND [--format json]      probe coverage and the W-V2 verdict per website")},
        {"columns", &columnsCommand, false, QT_TRANSLATE_NOOP("cli", "columns suggested | accept ID… | reject ID…  columns found by checks")},
        {"fetch-posts", &fetchPostsCommand, false, QT_TRANSLATE_NOOP("cli", "fetch-posts ROUND [--target NAME…]      read the accounts' RSS/Atom feeds into posts")},
        {"evaluate", &evaluateCommand, false, QT_TRANSLATE_NOOP("cli", "evaluate ROUND                          file the new-media findings (M-V2, M-V3, M-P-*) of the round")},
        {"summary", &summaryCommand, false, QT_TRANSLATE_NOOP("cli", "summary ROUND [--format text|json]      the bulletin's figures: checked, passed, rates, lists, catalog")},
        {"score", &scoreCommand, false, QT_TRANSLATE_NOOP("cli", "score ROUND [--format text|json] [--kind K] [--site NAME]  each object's score, vetoes and deductions with the findings behind them")},
        {"finding", &findingCommand, false, QT_TRANSLATE_NOOP("cli", "finding add ROUND --target NAME --indicator CODE --description TEXT  record a finding by hand")},
        {"review", &reviewCommand, false, QT_TRANSLATE_NOOP("cli", "review ROUND --finding ID (--confirm | --dismiss REASON | --severity S --reason R | --note TEXT | --unit U | --deadline DATE | --rectification STATUS | --undo | --recheck [--verify]) | review ROUND --history ID  decide on a finding, with history and undo; re-check its link or page now")},
        {"rectification", &rectificationCommand, false, QT_TRANSLATE_NOOP("cli", "rectification ROUND [--unit U] [--format text|json|xlsx|pdf] [--out F]  confirmed findings not yet verified, per unit, with deadlines and overdue ones; pdf: 整改通知 as 公文")},
        {"indicators", &indicatorsCommand, false, QT_TRANSLATE_NOOP("cli", "indicators list | show [NAME [VERSION]] | export FILE [NAME [VERSION]] | import FILE [--activate] | activate NAME VERSION")},
        {"calendar", &calendarCommand, false, QT_TRANSLATE_NOOP("cli", "calendar import FILE | show YEAR        holidays and adjusted workdays (调休) for reply deadlines")},
        {"dictionary", &dictionaryCommand, false, QT_TRANSLATE_NOOP("cli", "dictionary list|import FILE|add KIND TERM [CORRECT]|remove KIND TERM|export FILE  the wording dictionary")},
        {"wording", &wordingCommand, false, QT_TRANSLATE_NOOP("cli", "wording FILE|URL [--format json]          the wording dictionary's hits in a text or HTML file or a page")},
        {"darklinks", &darkLinksCommand, true, QT_TRANSLATE_NOOP("cli", "darklinks URL [--render] [--spider] [--own HOST…] [--format json]  hidden outside links (暗链) on one live page")},
        {"bulletin", &bulletinCommand, true, QT_TRANSLATE_NOOP("cli", "bulletin ROUND --out FILE.pdf [--attachments-dir DIR] [--sign CERT.p12 --password-file F] [--seal SEAL.png|sample]  draft, typeset (GB/T 9704) and optionally finalise and sign the round's bulletin")},
        {"seal", &sealCommand, true, QT_TRANSLATE_NOOP("cli", "seal --out FILE.png [--agency NAME]     draw a sample seal (marked 样章)")},
        {"settings", &settingsCommand, false, QT_TRANSLATE_NOOP("cli", "settings [list | set KEY VALUE | unset KEY]  the team's settings kept in the store (agency, 发文字号 template…)")},
        {"verify", &verifyCommand, false, QT_TRANSLATE_NOOP("cli", "verify FILE.pdf [--format json]         a PDF's signatures (signer, time, whole file covered, digest) and whether it is a finalised bulletin")},
        {"sign", &signCommand, false, QT_TRANSLATE_NOOP("cli", "sign IN.pdf --out OUT.pdf --p12 CERT.p12 --password-file F  sign a PDF (PAdES B-B, incremental update)")},
        {"screenshot", &screenshotCommand, true, QT_TRANSLATE_NOOP("cli", "screenshot --view NAME --out FILE.png   picture of a view, taken offscreen")},
    };
    return list;
}

const Command *find(const QStringList &args)
{
    if (args.isEmpty())
        return nullptr;
    for (const auto &c : commands())
        if (args.first() == QLatin1String(c.name))
            return &c;
    return nullptr;
}
} // namespace

bool isCommand(const QStringList &args)
{
    return find(args) || (!args.isEmpty() && (args.first() == QLatin1String("help")));
}

bool needsWidgets(const QStringList &args)
{
    const Command *c = find(args);
    // check --render loads pages in QtWebEngine, which needs a GUI application object.
    // rectification --format pdf typesets, which needs fonts and so a GUI application object.
    return c && (c->widgets || (args.first() == QLatin1String("check") && args.contains(QLatin1String("--render")))
                 || (args.first() == QLatin1String("rectification")
                     && (args.contains(QLatin1String("pdf")) || args.contains(QLatin1String("--format=pdf")))));
}

int run(const QStringList &args)
{
    const Command *c = find(args);
    if (!c) {
        QTextStream out(stdout);
        out << QCoreApplication::translate("cli", "Usage: xunjian [--db DB] [COMMAND …]") << '\n'
            << QCoreApplication::translate("cli", "Without a command the workstation opens. Commands:") << '\n';
        for (const auto &cmd : commands())
            out << "  " << QCoreApplication::translate("cli", cmd.summary) << '\n';
        out << QCoreApplication::translate("cli", "Every command takes --db DB (a SQLite file or postgresql://user@host:port/db; "
                                                  "default $XUNJIAN_DB, else the user's own database).")
            << '\n';
        return 0;
    }
    return c->run(args.mid(1));
}

} // namespace xj::cli
