// evaluate ROUND | summary ROUND | finding add ROUND …
#include "CliCommands.h"
#include "IndicatorSetStore.h"
#include "WebsiteEvaluation.h"

#include "CheckRecords.h"
#include "IndicatorCatalog.h"
#include "MediaEvaluation.h"
#include "RoundResults.h"
#include "Vocabulary.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace xj::cli {

namespace {

std::optional<Round> roundOrComplain(const Store &store, const QCommandLineParser &p, const QString &command)
{
    const auto round = p.positionalArguments().size() == 1 ? store.round(p.positionalArguments().first()) : std::nullopt;
    if (!round)
        err() << CliTr::tr("xunjian %1: name an existing round").arg(command) << Qt::endl;
    return round;
}

// Files the M-* findings; says on stderr what could not be evaluated. False on a database failure.
bool evaluate(Store &store, const Round &round, const QString &command, MediaEvaluationReport *report)
{
    QString error;
    const auto r = MediaEvaluation::run(store, round, &error);
    if (!r) {
        err() << "xunjian " << command << ": " << error << Qt::endl;
        return false;
    }
    if (r->postsMissing)
        err() << CliTr::tr("xunjian %1: no post on record for any account of the round: M-V2, M-P-DEADLINE and M-P-REMIND "
                           "were not evaluated (import the posts table first)")
                     .arg(command)
              << Qt::endl;
    *report = *r;
    return true;
}

} // namespace

int evaluateCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ROUND"), CliTr::tr("The round."));
    if (!parse(p, QStringLiteral("evaluate"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    const auto round = roundOrComplain(*store, p, QStringLiteral("evaluate"));
    if (!round)
        return kBadInput;
    MediaEvaluationReport report;
    if (!evaluate(*store, *round, QStringLiteral("evaluate"), &report))
        return kFailed;
    QStringList per;
    for (auto it = report.perIndicator.cbegin(); it != report.perIndicator.cend(); ++it)
        per << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    out() << CliTr::tr("round %1: %2 accounts evaluated, %3 findings filed (%4), %5 earlier ones removed")
                 .arg(round->id)
                 .arg(report.accounts)
                 .arg(report.filed)
                 .arg(per.isEmpty() ? CliTr::tr("none") : per.join(QStringLiteral(", ")))
                 .arg(report.removed)
          << Qt::endl;

    // The website rules judged again from what the newest finished check run kept.
    QString error;
    const auto sites = WebsiteEvaluation::rejudge(*store, *round, IndicatorSetStore(*store).active(), &error);
    if (!sites) {
        err() << "xunjian evaluate: " << error << Qt::endl;
        return kFailed;
    }
    for (const QString &note : sites->notes)
        err() << "xunjian evaluate: " << note << Qt::endl;
    if (sites->runId) {
        QStringList perSite;
        for (auto it = sites->perIndicator.cbegin(); it != sites->perIndicator.cend(); ++it)
            perSite << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        out() << CliTr::tr("round %1: %2 websites judged again from check run %3, %4 findings filed (%5), %6 earlier ones removed")
                     .arg(round->id)
                     .arg(sites->sites)
                     .arg(sites->runId)
                     .arg(sites->filed)
                     .arg(perSite.isEmpty() ? CliTr::tr("none") : perSite.join(QStringLiteral(", ")))
                     .arg(sites->removed)
              << Qt::endl;
    }
    return kOk;
}

int summaryCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ROUND"), CliTr::tr("The round."));
    p.addOption({QStringLiteral("format"), CliTr::tr("text or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    p.addOption({QStringLiteral("no-evaluate"), CliTr::tr("Do not evaluate the new-media rules first (use the findings as they are).")});
    p.addOption({QStringLiteral("open-low"), CliTr::tr("City departments with fewer open data items than this are listed (default 10)."),
                 QStringLiteral("N")});
    if (!parse(p, QStringLiteral("summary"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err() << CliTr::tr("xunjian summary: --format text or json") << Qt::endl;
        return kBadInput;
    }
    ResultRules rules;
    if (p.isSet(QStringLiteral("open-low"))) {
        bool ok = false;
        rules.openLowThreshold = p.value(QStringLiteral("open-low")).toInt(&ok);
        rules.openLowGiven = true;
        if (!ok || rules.openLowThreshold < 0) {
            err() << CliTr::tr("xunjian summary: --open-low takes a whole number of at least 0") << Qt::endl;
            return kBadInput;
        }
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    const auto round = roundOrComplain(*store, p, QStringLiteral("summary"));
    if (!round)
        return kBadInput;
    // The account verdicts come from the M-* findings; evaluating first makes the summary follow
    // the records as they are now (posts imported since, a web check's run in between).
    MediaEvaluationReport report;
    if (!p.isSet(QStringLiteral("no-evaluate")) && !evaluate(*store, *round, QStringLiteral("summary"), &report))
        return kFailed;
    QString error;
    const auto results = RoundResults::compute(*store, round->id, rules, &error);
    if (!results) {
        err() << "xunjian summary: " << error << Qt::endl;
        return kFailed;
    }
    if (format == QLatin1String("json")) {
        out() << QString::fromUtf8(results->toJsonText()) << Qt::flush;
    } else {
        for (const QString &line : results->textLines())
            out() << line << '\n';
        out().flush();
    }
    return kOk;
}

namespace {

int findingAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ROUND"), CliTr::tr("The round."));
    p.addOption({QStringLiteral("target"), CliTr::tr("The site, channel or account, by its registered name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("kind"), CliTr::tr("The target's 类型 or 平台, when several objects have its name."), QStringLiteral("KIND")});
    p.addOption({QStringLiteral("indicator"), CliTr::tr("The indicator: its code (W-V1) or its Chinese name."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("description"), CliTr::tr("What is wrong (the evidence)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("url"), CliTr::tr("The page where it is."), QStringLiteral("URL")});
    p.addOption({QStringLiteral("points"), CliTr::tr("Points deducted, for a deduction (capped at the indicator's points)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("confirm"), CliTr::tr("Record it as confirmed (default: pending review).")});
    if (!parse(p, QStringLiteral("finding add"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    const QString targetName = p.value(QStringLiteral("target")).trimmed();
    const QString description = p.value(QStringLiteral("description")).trimmed();
    if (targetName.isEmpty() || description.isEmpty() || !p.isSet(QStringLiteral("indicator"))) {
        err() << CliTr::tr("xunjian finding add: --target, --indicator and --description are required") << Qt::endl;
        return kBadInput;
    }
    QList<const IndicatorInfo *> infos = IndicatorCatalog::find(p.value(QStringLiteral("indicator")));
    infos.removeIf([](const IndicatorInfo *i) { return i->target == IndicatorTarget::Catalog; });
    if (infos.isEmpty()) {
        err() << CliTr::tr("xunjian finding add: \"%1\" is not an indicator of a website, channel or account")
                     .arg(p.value(QStringLiteral("indicator")))
              << Qt::endl;
        return kBadInput;
    }
    double points = 0;
    if (p.isSet(QStringLiteral("points"))) {
        bool ok = false;
        points = p.value(QStringLiteral("points")).toDouble(&ok);
        if (!ok || points < 0) {
            err() << CliTr::tr("xunjian finding add: --points takes a number of at least 0") << Qt::endl;
            return kBadInput;
        }
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    const auto round = roundOrComplain(*store, p, QStringLiteral("finding add"));
    if (!round)
        return kBadInput;

    // The objects with that name the indicator can judge, narrowed by --kind.
    const QString kindText = p.value(QStringLiteral("kind"));
    const auto siteKind = kindText.isEmpty() ? std::nullopt : Vocabulary<SiteKind>::parse(kindText);
    const auto platform = kindText.isEmpty() ? std::nullopt : Vocabulary<Platform>::parse(kindText);
    struct Candidate {
        ObjectType type;
        qint64 id;
        QString kind;
        const IndicatorInfo *info;
    };
    QList<Candidate> candidates;
    for (const IndicatorInfo *info : std::as_const(infos)) {
        if (info->target == IndicatorTarget::Website && (kindText.isEmpty() || siteKind))
            for (const Site &s : store->sitesByName(targetName))
                if (!siteKind || s.kind == *siteKind)
                    candidates.append({ObjectType::Site, s.id, Vocabulary<SiteKind>::zh(s.kind), info});
        if (info->target == IndicatorTarget::Account && (kindText.isEmpty() || platform))
            for (const Account &a : store->accountsByName(targetName))
                if (!platform || a.platform == *platform)
                    candidates.append({ObjectType::Account, a.id, Vocabulary<Platform>::zh(a.platform), info});
    }
    if (candidates.size() != 1) {
        QStringList kinds;
        for (const Candidate &c : std::as_const(candidates))
            kinds << c.kind;
        if (candidates.isEmpty())
            err() << CliTr::tr("xunjian finding add: no %1 named \"%2\" that %3 applies to")
                         .arg(kindText.isEmpty() ? CliTr::tr("object") : kindText, targetName, infos.first()->code)
                  << Qt::endl;
        else
            err() << CliTr::tr("xunjian finding add: \"%1\" names several objects (%2): add --kind").arg(targetName, kinds.join(QStringLiteral(", ")))
                  << Qt::endl;
        return kBadInput;
    }
    const Candidate &c = candidates.first();
    Finding f;
    f.roundId = round->id;
    f.objectType = c.type;
    f.objectId = c.id;
    f.indicator = c.info->code;
    // Severity and cap of the active indicator set, which the finding records.
    const IndicatorSet set = IndicatorSetStore(*store).active();
    f.indicatorSetId = set.id;
    f.severity = set.severity(f.indicator);
    const double cap = set.maxPoints(f.indicator);
    f.points = f.severity == QLatin1String("deduct") ? (cap > 0 ? std::min(points, cap) : points) : 0;
    f.url = p.value(QStringLiteral("url"));
    f.evidence = description;
    f.source = QStringLiteral("manual");
    f.state = p.isSet(QStringLiteral("confirm")) ? QStringLiteral("confirmed") : QStringLiteral("pending");
    // The same finding typed twice is one finding: the fingerprint is what it says about what.
    const QByteArray said = QCryptographicHash::hash((description + QLatin1Char('\n') + f.url).toUtf8(), QCryptographicHash::Sha1).toHex();
    f.fingerprint = QStringLiteral("manual|%1|%2:%3|%4")
                        .arg(f.indicator, c.type == ObjectType::Site ? QStringLiteral("site") : QStringLiteral("account"))
                        .arg(c.id)
                        .arg(QString::fromLatin1(said.left(16)));
    CheckRecords records(*store);
    const qint64 id = records.upsertFinding(f);
    // A repeated add keeps the decision upsertFinding preserves, except that --confirm confirms.
    if (!id || (p.isSet(QStringLiteral("confirm")) && !records.setFindingState(id, f.state))) {
        err() << "xunjian finding add: " << store->lastError() << Qt::endl;
        return kFailed;
    }
    out() << CliTr::tr("finding %1: %2 on %3 (%4), %5")
                 .arg(id)
                 .arg(f.indicator, targetName, c.kind, f.state == QLatin1String("confirmed") ? CliTr::tr("confirmed") : CliTr::tr("pending review"))
          << Qt::endl;
    return kOk;
}

} // namespace

int findingCommand(const QStringList &args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("add"))
        return findingAdd(args.mid(1));
    err() << CliTr::tr("xunjian finding: use \"finding add ROUND --target NAME --indicator CODE --description TEXT\"") << Qt::endl;
    return kBadInput;
}

} // namespace xj::cli
