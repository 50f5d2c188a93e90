#include "WebsiteEvaluation.h"

#include "FreshnessRules.h"
#include "HolidayCalendar.h"
#include "IdentityRules.h"
#include "MediaRecords.h"
#include "MessageRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace xj {

namespace {

struct EvalTr {
    Q_DECLARE_TR_FUNCTIONS(WebsiteEvaluation)
};

using StoredPage = QPair<PageRecord, QJsonObject>;

bool answered(const PageRecord &p)
{
    return p.error.isEmpty() && p.httpStatus >= 200 && p.httpStatus < 300;
}

// One URL form for every run, so that fingerprints made of it stay the same.
QString urlOf(const PageRecord &p)
{
    return p.finalUrl.isEmpty() ? p.url : p.finalUrl;
}

SiteFreshnessInput freshnessInput(const Site &site, const QList<SiteColumn> &columns, const QList<StoredPage> &pages)
{
    SiteFreshnessInput in;
    in.site = site;
    for (const StoredPage &sp : pages) {
        if (sp.first.role == QLatin1String("home") && answered(sp.first) && sp.second.contains(QStringLiteral("dates"))) {
            in.homeFetched = true;
            in.home = PageDates::fromJson(sp.second.value(QStringLiteral("dates")).toObject());
            break;
        }
    }
    for (const SiteColumn &c : columns) {
        ColumnFreshness cf;
        cf.column = c;
        for (const StoredPage &sp : pages) {
            if (sp.first.columnId != c.id)
                continue;
            const bool hasDates = answered(sp.first) && sp.second.contains(QStringLiteral("dates"));
            const PageDates dates = PageDates::fromJson(sp.second.value(QStringLiteral("dates")).toObject());
            if (sp.first.role == QLatin1String("column") && hasDates && !cf.fetched) {
                cf.fetched = true;
                cf.dates = dates;
            } else if (sp.first.role == QLatin1String("content") && hasDates) {
                // An article's own date: its label, else its meta tag.
                const std::optional<QDate> d = FreshnessRules::contentDate(dates);
                if (d && (!cf.newestContent || *d > *cf.newestContent))
                    cf.newestContent = d;
            }
        }
        in.columns.append(cf);
    }
    // A home page that is only navigation is judged by the second-level pages it leads to: the
    // column pages fetched from it.
    // Without registered columns, the crawler sampled the pages the home page links to.
    if (in.homeFetched && in.home.navigationOnly) {
        for (const ColumnFreshness &cf : std::as_const(in.columns))
            if (cf.fetched)
                in.secondLevel.append(cf.dates);
        if (in.secondLevel.isEmpty())
            for (const StoredPage &sp : pages)
                if (sp.first.role == QLatin1String("content") && sp.first.depth == 1 && answered(sp.first)
                    && sp.second.contains(QStringLiteral("dates")))
                    in.secondLevel.append(PageDates::fromJson(sp.second.value(QStringLiteral("dates")).toObject()));
    }
    return in;
}

QList<PageIdentity> identityInput(const QList<StoredPage> &pages)
{
    QList<PageIdentity> out;
    for (const StoredPage &sp : pages) {
        if (!answered(sp.first) || !sp.second.contains(IdentityCheck::factsKey()))
            continue;
        const IdentityFacts facts = IdentityFacts::fromJson(sp.second.value(IdentityCheck::factsKey()).toObject());
        if (!facts.parsed)
            continue;
        out.append({sp.first.id, urlOf(sp.first), sp.first.role, facts});
    }
    return out;
}

MessageRulesInput messageInput(Store &store, const Site &site, const QList<SiteColumn> &columns,
                               const QList<StoredPage> &pages)
{
    MessageRulesInput in;
    in.site = site;
    in.imported = MediaRecords(store).messages(ObjectType::Site, site.id);
    QSet<qint64> interactionColumns;
    for (const SiteColumn &c : columns)
        if (c.category == ColumnCategory::Interaction)
            interactionColumns.insert(c.id);
    // The 留言 list: the page whose list shows the most messages, an interaction column's first
    // (an empty list there costs points, so only a page that reads as a message list is taken).
    int best = -1;
    bool bestInColumn = false;
    for (const StoredPage &sp : pages) {
        if (!answered(sp.first))
            continue;
        if (sp.second.value(QStringLiteral("message_form")).toBool())
            in.hasInteraction = true;
        if (!sp.second.contains(QStringLiteral("messages")))
            continue;
        const MessageList list = MessageList::fromJson(sp.second.value(QStringLiteral("messages")).toObject());
        if (!list.isMessageList)
            continue;
        const bool inColumn = interactionColumns.contains(sp.first.columnId);
        const int count = int(list.messages.size());
        if (!in.list || (inColumn && !bestInColumn) || (inColumn == bestInColumn && count > best)) {
            in.list = list;
            in.listUrl = urlOf(sp.first);
            in.listPageId = sp.first.id;
            best = count;
            bestInColumn = inColumn;
        }
    }
    // Whether the site has a working 咨询建言 channel is known only when it shows one (a message
    // list or a 留言 form); otherwise it stays unknown: "none" is a person's decision.
    if (in.list)
        in.hasInteraction = true;
    return in;
}

} // namespace

QStringList WebsiteEvaluation::codes()
{
    QStringList out = FreshnessRules::codes();
    out += MessageRules::codes();
    out += IdentityRules::codes();
    return out;
}

std::optional<QList<Finding>> WebsiteEvaluation::evaluate(Store &store, qint64 runId, const Round &round,
                                                          const IndicatorSet &set, const QList<qint64> &siteIds,
                                                          QString *error, QStringList *notes)
{
    CheckRecords records(store);
    HolidayCalendar calendar;
    QString calendarError;
    if (!calendar.load(store, &calendarError) && notes)
        *notes << calendarError;
    for (int year = round.windowFrom.year(); year <= round.asOf.year(); ++year)
        if (!calendar.covers(year) && notes)
            *notes << EvalTr::tr("the holiday calendar has no data for %1: working days there count weekends only "
                                 "(import it with: xunjian calendar import)")
                          .arg(year);
    QList<Finding> out;
    for (qint64 siteId : siteIds) {
        const auto site = store.site(siteId);
        if (!site) {
            if (error)
                *error = EvalTr::tr("no site with id %1").arg(siteId);
            return std::nullopt;
        }
        const QList<StoredPage> pages = records.pagesWithFacts(runId, siteId);
        if (pages.isEmpty())
            continue; // not crawled in this run
        const QList<SiteColumn> columns = store.columns(siteId);
        const auto unit = store.unit(site->ownerId);
        out += FreshnessRules::evaluate(freshnessInput(*site, columns, pages), round, set);
        out += MessageRules::evaluate(messageInput(store, *site, columns, pages), round, calendar, set);
        out += IdentityRules::evaluate(*site, unit ? unit->name : QString(), identityInput(pages), set);
    }
    for (Finding &f : out) {
        f.roundId = round.id;
        f.runId = runId;
        f.source = QStringLiteral("check");
        f.indicatorSetId = set.id;
        if (!f.objectId)
            f.objectType = ObjectType::Site;
    }
    return out;
}

std::optional<WebsiteEvaluationReport> WebsiteEvaluation::rejudge(Store &store, const Round &round, const IndicatorSet &set,
                                                                 QString *error)
{
    CheckRecords records(store);
    // Each site is judged from the newest finished run that crawled it: a later run limited to
    // other targets leaves its findings alone.
    QList<CheckRun> runs;
    for (const CheckRun &r : records.runs(round.id))
        if (r.state == QLatin1String("done"))
            runs.append(r);
    std::sort(runs.begin(), runs.end(), [](const CheckRun &a, const CheckRun &b) { return a.id > b.id; });
    WebsiteEvaluationReport report;
    if (runs.isEmpty()) {
        report.notes << EvalTr::tr("round %1 has no finished check run: nothing to judge").arg(round.id);
        return report;
    }
    report.runId = runs.first().id;
    QMap<qint64, QList<qint64>> sitesByRun;
    for (const Site &s : store.sites()) {
        for (const CheckRun &r : std::as_const(runs)) {
            if (!records.pagesWithFacts(r.id, s.id).isEmpty()) {
                sitesByRun[r.id].append(s.id);
                ++report.sites;
                break;
            }
        }
    }
    QList<Finding> all;
    for (auto it = sitesByRun.cbegin(); it != sitesByRun.cend(); ++it) {
        const auto found = evaluate(store, it.key(), round, set, it.value(), error, &report.notes);
        if (!found)
            return std::nullopt;
        all += *found;
    }
    report.notes.removeDuplicates();
    if (!store.begin()) {
        if (error)
            *error = store.lastError();
        return std::nullopt;
    }
    QSet<QString> filed;
    for (const Finding &f : std::as_const(all)) {
        if (!set.enabled(f.indicator))
            continue;
        Finding judged = f;
        judged.severity = set.severity(f.indicator);
        if (!records.upsertFinding(judged)) {
            if (error)
                *error = store.lastError();
            store.rollback();
            return std::nullopt;
        }
        filed.insert(f.fingerprint);
        ++report.perIndicator[f.indicator];
    }
    report.filed = int(filed.size());
    report.removed = records.removeStaleFindings(round.id, QStringLiteral("check"), codes(), filed);
    if (!store.commit()) {
        if (error)
            *error = store.lastError();
        return std::nullopt;
    }
    return report;
}

} // namespace xj
