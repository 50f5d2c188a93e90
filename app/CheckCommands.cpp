// check ROUND | findings ROUND
#include "CliCommands.h"
#include "IndicatorSetStore.h"
#include "RenderedHomePass.h"

#include "CheckRecords.h"
#include "RoundCheck.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace xj::cli {

namespace {
std::atomic_bool g_interrupted{false};
void onSignal(int)
{
    g_interrupted = true;
}
} // namespace

int checkCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ROUND"), CliTr::tr("The round to check, e.g. 2026Q3."));
    p.addOption({QStringLiteral("target"), CliTr::tr("Check only this site (repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("jobs"), CliTr::tr("Requests in flight at once (default 8)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("per-host"), CliTr::tr("Requests in flight to one host (default 2)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("host-interval"), CliTr::tr("Milliseconds between two requests to one host (default 1000)."), QStringLiteral("MS")});
    p.addOption({QStringLiteral("sample"), CliTr::tr("Content pages sampled per column (default 3)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("max-pages"), CliTr::tr("Pages fetched per site at most (default 200)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("ignore-robots"), CliTr::tr("Do not honour robots.txt (inspections may).")});
    p.addOption({QStringLiteral("strict-tls"), CliTr::tr("Do not fetch pages whose certificate is wrong (they are recorded either way).")});
    p.addOption({QStringLiteral("user-agent"), CliTr::tr("The User-Agent header to send (default: Xunjian's own)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("fresh"), CliTr::tr("Start a new run instead of resuming an unfinished one.")});
    p.addOption({QStringLiteral("render"), CliTr::tr("After the crawl, load every home page in an offscreen browser and report the links its computed styles hide (暗链, rendered pass).")});
    p.addOption({QStringLiteral("links-only"), CliTr::tr("Crawl and check links only: no page analysis (dates, identifiers, hidden links, wording, maps) and no site-level rules.")});
    if (!parse(p, QStringLiteral("check"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    if (p.positionalArguments().size() != 1) {
        err() << CliTr::tr("xunjian check: name one round") << Qt::endl;
        return kBadInput;
    }
    CheckOptions o;
    o.roundId = p.positionalArguments().first();
    o.targets = p.values(QStringLiteral("target"));
    o.resume = !p.isSet(QStringLiteral("fresh"));
    o.analyse = !p.isSet(QStringLiteral("links-only"));
    o.policy.obeyRobots = !p.isSet(QStringLiteral("ignore-robots"));
    o.policy.tlsErrorsAllowed = !p.isSet(QStringLiteral("strict-tls"));
    if (p.isSet(QStringLiteral("user-agent")))
        o.policy.userAgent = p.value(QStringLiteral("user-agent")).toUtf8();
    auto number = [&p](const char *name, int *into, int min) {
        if (!p.isSet(QString::fromLatin1(name)))
            return true;
        bool ok = false;
        const int v = p.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || v < min) {
            err() << CliTr::tr("xunjian check: --%1 takes a whole number of at least %2").arg(QLatin1String(name)).arg(min) << Qt::endl;
            return false;
        }
        *into = v;
        return true;
    };
    if (!number("jobs", &o.policy.maxConcurrent, 1) || !number("per-host", &o.policy.maxPerHost, 1)
        || !number("host-interval", &o.policy.hostIntervalMs, 0) || !number("sample", &o.samplePerColumn, 0)
        || !number("max-pages", &o.maxPagesPerSite, 1))
        return kBadInput;
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;

    RoundCheck check(*store, o);
    QElapsedTimer shown;
    shown.start();
    auto line = [&check](bool final) {
        int pq = 0, pd = 0, lq = 0, ld = 0, f = 0, sites = 0, done = 0;
        for (const SiteProgress &s : check.progress()) {
            ++sites;
            pq += s.pagesQueued, pd += s.pagesDone, lq += s.linksQueued, ld += s.linksDone, f += s.findings;
            done += (s.pagesDone == s.pagesQueued && s.linksDone == s.linksQueued) ? 1 : 0;
        }
        err() << '\r' << CliTr::tr("sites %1/%2 · pages %3/%4 · links %5/%6 · findings %7").arg(done).arg(sites).arg(pd).arg(pq).arg(ld).arg(lq).arg(f)
              << (final ? "\n" : "") << Qt::flush;
    };
    QObject::connect(&check, &RoundCheck::siteProgress, &check, [&](const SiteProgress &) {
        if (shown.elapsed() > 500) {
            line(false);
            shown.restart();
        }
    });
    QObject::connect(&check, &RoundCheck::logMessage, &check, [](const QString &m) { err() << '\n' << m << Qt::endl; });
    int status = kOk;
    QObject::connect(&check, &RoundCheck::finished, &check, [&](bool completed) {
        line(true);
        status = completed ? kOk : kFailed;
        QCoreApplication::exit(0);
    });
    QString error;
    if (!check.start(&error)) {
        err() << "xunjian check: " << error << Qt::endl;
        return kBadInput;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer interrupt;
    QObject::connect(&interrupt, &QTimer::timeout, &check, [&check] {
        if (g_interrupted) {
            err() << '\n' << CliTr::tr("interrupted: the run can be resumed with the same command") << Qt::endl;
            check.cancel();
        }
    });
    interrupt.start(200);
    QCoreApplication::exec();
    out() << CliTr::tr("run %1 of round %2: %3").arg(check.runId()).arg(o.roundId, status == kOk ? CliTr::tr("complete") : CliTr::tr("stopped, resumable"))
          << Qt::endl;
    if (status == kOk && !g_interrupted && p.isSet(QStringLiteral("render")) && o.analyse) {
        // main() made a QApplication for --render (cli::needsWidgets): QtWebEngine needs one.
        const auto round = store->round(o.roundId);
        QList<qint64> siteIds;
        for (const SiteProgress &s : check.progress())
            siteIds << s.siteId;
        RenderedHomePass pass(*store, *round, check.runId(), IndicatorSetStore(*store).active(), siteIds);
        QObject::connect(&pass, &RenderedHomePass::logMessage, &pass, [](const QString &m) { err() << m << Qt::endl; });
        QObject::connect(&pass, &RenderedHomePass::progress, &pass, [](int done, int total, const QString &url) {
            err() << CliTr::tr("rendering home page %1/%2: %3").arg(done + 1).arg(total).arg(url) << Qt::endl;
        });
        QObject::connect(&pass, &RenderedHomePass::finished, &pass, [] { QCoreApplication::exit(0); });
        QString renderError;
        if (!pass.start(&renderError)) {
            err() << "xunjian check: " << renderError << Qt::endl;
            return kFailed;
        }
        QObject::connect(&interrupt, &QTimer::timeout, &pass, [&pass] {
            if (g_interrupted)
                pass.cancel();
        });
        QCoreApplication::exec();
        out() << CliTr::tr("rendered pass: %n hidden-link finding(s) filed or confirmed", nullptr, pass.filed()) << Qt::endl;
    }
    return g_interrupted ? 130 : status;
}

static QJsonObject findingJson(const Finding &f, const Store &store, QHash<qint64, QString> &unitNames)
{
    QString target, kind, owner;
    qint64 ownerId = 0;
    if (f.objectType == ObjectType::Site) {
        if (const auto s = store.site(f.objectId)) {
            target = s->name;
            kind = Vocabulary<SiteKind>::code(s->kind);
            ownerId = s->ownerId;
        }
    } else if (const auto a = store.account(f.objectId)) {
        target = a->name;
        kind = QStringLiteral("account");
        ownerId = a->ownerId;
    }
    if (ownerId && !unitNames.contains(ownerId))
        unitNames.insert(ownerId, store.unit(ownerId) ? store.unit(ownerId)->name : QString());
    owner = unitNames.value(ownerId);
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("target"), target},
            {QStringLiteral("target_kind"), kind},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("indicator"), f.indicator},
            {QStringLiteral("severity"), f.severity},
            {QStringLiteral("points"), f.points},
            {QStringLiteral("url"), f.url},
            {QStringLiteral("link"), f.link.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.link)},
            {QStringLiteral("evidence"), f.evidence},
            {QStringLiteral("state"), f.state},
            {QStringLiteral("source"), f.source},
            {QStringLiteral("found"), f.createdAt.toString(Qt::ISODate)}};
}

int findingsCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ROUND"), CliTr::tr("The round."));
    p.addOption({QStringLiteral("format"), CliTr::tr("json or csv"), QStringLiteral("FORMAT"), QStringLiteral("json")});
    p.addOption({QStringLiteral("indicator"), CliTr::tr("Only this indicator code, e.g. W-D-LINK."), QStringLiteral("CODE")});
    if (!parse(p, QStringLiteral("findings"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    const QString format = p.value(QStringLiteral("format"));
    if (p.positionalArguments().size() != 1 || (format != QLatin1String("json") && format != QLatin1String("csv"))) {
        err() << CliTr::tr("xunjian findings: name one round; --format json or csv") << Qt::endl;
        return kBadInput;
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    const QString round = p.positionalArguments().first();
    if (!store->round(round)) {
        err() << CliTr::tr("xunjian findings: no round %1").arg(round) << Qt::endl;
        return kBadInput;
    }
    QHash<qint64, QString> units;
    QJsonArray all;
    for (const Finding &f : CheckRecords(*store).findings(round, p.value(QStringLiteral("indicator"))))
        all.append(findingJson(f, *store, units));
    if (format == QLatin1String("json")) {
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented) << Qt::flush;
        return kOk;
    }
    static const char *keys[] = {"id", "target", "target_kind", "owner", "indicator", "severity", "points", "url", "link", "evidence", "state", "source", "found"};
    QStringList header;
    for (const char *k : keys)
        header << QString::fromLatin1(k);
    out() << QChar(0xFEFF) << header.join(QLatin1Char(',')) << "\r\n";
    for (const QJsonValue &v : std::as_const(all)) {
        QStringList cells;
        for (const char *k : keys) {
            const QJsonValue c = v.toObject().value(QLatin1String(k));
            QString s = c.isDouble() ? QString::number(c.toDouble()) : c.toString();
            if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
                s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
            cells << s;
        }
        out() << cells.join(QLatin1Char(',')) << "\r\n";
    }
    out().flush();
    return kOk;
}

} // namespace xj::cli
