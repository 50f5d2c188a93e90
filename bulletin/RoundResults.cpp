// RoundResults: which objects a round checked and how each was judged. The lists of the window
// (closures, registrations) and the catalog are in RoundResultsLists.cpp, the output in
// RoundResultsOutput.cpp.
#include "RoundResults.h"

#include "DocumentNumber.h"
#include "IndicatorCatalog.h"
#include "IndicatorSetStore.h"
#include "RoundScope.h"
#include "Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace xj {

QStringList ObjectVerdict::reasons() const
{
    if (!vetoes.isEmpty())
        return vetoes;
    QStringList codes;
    for (auto it = deductions.cbegin(); it != deductions.cend(); ++it)
        if (it.value() > 0)
            codes << it.key();
    return codes;
}

QList<ObjectVerdict> KindResult::failed() const
{
    QList<ObjectVerdict> out;
    for (const ObjectVerdict &v : objects)
        if (!v.passed)
            out.append(v);
    return out;
}

QList<ObjectVerdict> KindResult::withNotices() const
{
    QList<ObjectVerdict> out;
    for (const ObjectVerdict &v : objects)
        if (!v.notices.isEmpty())
            out.append(v);
    return out;
}

QList<qint64> KindResult::ids() const
{
    QList<qint64> out;
    for (const ObjectVerdict &v : objects)
        out.append(v.id);
    return out;
}

QString RoundResults::codeOf(const Finding &f)
{
    const IndicatorInfo *info = IndicatorCatalog::byCode(f.indicator);
    return info ? info->code : f.indicator;
}

QString RoundResults::severityOf(const Finding &f, const IndicatorSet &set)
{
    // The indicator set decides: a file or an old run cannot turn a notice into a veto.
    const QString code = codeOf(f);
    if (set.settings(code) || IndicatorCatalog::byCode(code))
        return set.severity(code);
    return f.severity == QLatin1String("manual") ? QStringLiteral("notice") : f.severity;
}

bool RoundResults::counts(const Finding &f, const IndicatorSet &set)
{
    if (f.state == QLatin1String("dismissed"))
        return false;
    const QString code = codeOf(f);
    if (!set.enabled(code))
        return false;
    // An unknown code is nobody's measurement: objective() is false for it.
    return set.objective(code) || f.state == QLatin1String("confirmed");
}

bool RoundResults::awaitsReview(const Finding &f, const IndicatorSet &set)
{
    if (f.state != QLatin1String("pending") || counts(f, set) || !set.enabled(codeOf(f)))
        return false;
    const QString severity = severityOf(f, set);
    return severity == QLatin1String("veto") || severity == QLatin1String("deduct");
}

namespace {

// Sums of tenths of points drift in binary (0.1 × 3): points are kept to 1/1000 of a point.
double thousandths(double points)
{
    return std::round(points * 1000.0) / 1000.0;
}

double capped(const IndicatorSet &set, const QString &code, double raw)
{
    const double cap = set.maxPoints(code);
    return cap > 0 ? std::min(raw, cap) : raw;
}

} // namespace

ObjectVerdict RoundResults::judge(ObjectVerdict v, const QList<Finding> &findings, const ResultRules &rules, const IndicatorSet &set)
{
    QMap<QString, double> raw, pendingRaw;
    QStringList pendingVetoes;
    for (const Finding &f : findings) {
        const QString code = codeOf(f);
        const QString severity = severityOf(f, set);
        if (!counts(f, set)) {
            if (!awaitsReview(f, set) || (severity == QLatin1String("deduct") && !v.scored))
                continue;
            if (severity == QLatin1String("veto")) {
                if (!pendingVetoes.contains(code))
                    pendingVetoes << code;
            } else {
                pendingRaw[code] += f.points;
            }
            v.pendingFindingIds << f.id;
            continue;
        }
        if (severity == QLatin1String("veto")) {
            if (!v.vetoes.contains(code))
                v.vetoes << code;
        } else if (severity == QLatin1String("deduct")) {
            if (!v.scored)
                continue; // accounts are judged by vetoes only
            raw[code] += f.points;
        } else if (!v.notices.contains(code)) {
            v.notices << code;
        }
        v.findingIds << f.id;
    }
    double total = 0;
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        const double points = thousandths(capped(set, it.key(), it.value()));
        v.rawDeductions.insert(it.key(), thousandths(it.value()));
        v.deductions.insert(it.key(), points);
        total += points;
    }
    // If confirmed: each indicator's counted and pending points together, capped once.
    double totalIfConfirmed = total;
    for (auto it = pendingRaw.cbegin(); it != pendingRaw.cend(); ++it) {
        const double now = v.deductions.value(it.key());
        const double added = thousandths(capped(set, it.key(), raw.value(it.key()) + it.value())) - now;
        v.pendingDeductions.insert(it.key(), thousandths(added));
        totalIfConfirmed += added;
    }
    for (const QString &code : std::as_const(pendingVetoes))
        if (!v.vetoes.contains(code))
            v.pendingVetoes << code;
    v.vetoes.sort();
    v.notices.sort();
    v.pendingVetoes.sort();
    std::sort(v.findingIds.begin(), v.findingIds.end());
    std::sort(v.pendingFindingIds.begin(), v.pendingFindingIds.end());
    v.score = v.scored ? thousandths(100.0 - total) : 100.0;
    v.passed = v.vetoes.isEmpty() && (!v.scored || v.score >= rules.failBelowScore);
    v.scoreIfConfirmed = v.scored ? thousandths(100.0 - totalIfConfirmed) : 100.0;
    v.wouldFailIfConfirmed = !v.vetoes.isEmpty() || !v.pendingVetoes.isEmpty() || (v.scored && v.scoreIfConfirmed < rules.failBelowScore);
    return v;
}

IndicatorSet RoundResults::judgingSet(Store &store, const QList<Finding> &roundFindings)
{
    QHash<qint64, int> uses;
    for (const Finding &f : roundFindings)
        if (f.indicatorSetId > 0)
            ++uses[f.indicatorSetId];
    QList<qint64> ids = uses.keys();
    std::sort(ids.begin(), ids.end(), [&uses](qint64 a, qint64 b) { return uses.value(a) != uses.value(b) ? uses.value(a) > uses.value(b) : a > b; });
    IndicatorSetStore sets(store);
    for (qint64 id : std::as_const(ids))
        if (auto set = sets.byId(id))
            return *set;
    return sets.active();
}

namespace {

void finish(KindResult &k)
{
    k.checked = int(k.objects.size());
    k.passed = int(std::count_if(k.objects.cbegin(), k.objects.cend(), [](const ObjectVerdict &v) { return v.passed; }));
    k.passRate = passRate(k.passed, k.checked);
}

} // namespace

// Defined in RoundResultsLists.cpp.
void collectWindowLists(const Store &store, RoundResults &r, const QList<Site> &sites, const QList<Account> &accounts);

std::optional<RoundResults> RoundResults::compute(Store &store, const QString &roundId, const ResultRules &rules, QString *error)
{
    return computeFrom(store, roundId, CheckRecords(store).findings(roundId), rules, error);
}

std::optional<RoundResults> RoundResults::computeFrom(Store &store, const QString &roundId, const QList<Finding> &findings,
                                                      const ResultRules &rules, QString *error)
{
    const auto round = store.round(roundId);
    if (!round) {
        if (error)
            *error = QCoreApplication::translate("RoundResults", "no round %1").arg(roundId);
        return std::nullopt;
    }
    RoundResults r;
    r.round = *round;
    r.rules = rules;
    const QDate asOf = round->asOf.isValid() ? round->asOf : round->windowTo;

    r.indicatorSet = judgingSet(store, findings);
    if (!rules.openLowGiven)
        r.rules.openLowThreshold = r.indicatorSet.integer(QStringLiteral("D-OPEN-LOW"), QStringLiteral("threshold"), rules.openLowThreshold);
    QHash<QPair<int, qint64>, QList<Finding>> byObject;
    for (const Finding &f : findings)
        byObject[{int(f.objectType), f.objectId}].append(f);

    // Registry order: the order objects were entered, which is the order of the lists units
    // send (and stable across SQLite and PostgreSQL collations).
    QList<Site> sites = store.sites();
    std::sort(sites.begin(), sites.end(), [](const Site &a, const Site &b) { return a.id < b.id; });
    QList<Account> accounts = store.accounts();
    std::sort(accounts.begin(), accounts.end(), [](const Account &a, const Account &b) { return a.id < b.id; });

    for (const Site &s : std::as_const(sites)) {
        if (!RoundScope::runningAt(store, s, asOf))
            continue;
        ObjectVerdict v;
        v.type = ObjectType::Site;
        v.id = s.id;
        v.name = s.name;
        v.kind = Vocabulary<SiteKind>::zh(s.kind);
        v.ownerId = s.ownerId;
        v.scored = true;
        v = judge(v, byObject.value({int(ObjectType::Site), s.id}), rules, r.indicatorSet);
        if (s.kind == SiteKind::Channel) {
            r.channels.objects.append(v);
        } else {
            r.websites.objects.append(v);
            if (s.kind == SiteKind::Platform) {
                ++r.servicePlatforms;
                r.servicePlatformIds.append(s.id);
            }
        }
    }
    for (const Account &a : std::as_const(accounts)) {
        if (!RoundScope::runningAt(store, a, asOf))
            continue;
        ObjectVerdict v;
        v.type = ObjectType::Account;
        v.id = a.id;
        v.name = a.name;
        v.kind = Vocabulary<Platform>::zh(a.platform);
        v.ownerId = a.ownerId;
        r.accounts.objects.append(judge(v, byObject.value({int(ObjectType::Account), a.id}), rules, r.indicatorSet));
    }
    finish(r.websites);
    finish(r.channels);
    finish(r.accounts);

    collectWindowLists(store, r, sites, accounts);
    MediaRecords media(store);
    QList<Unit> units = store.units();
    std::sort(units.begin(), units.end(), [](const Unit &a, const Unit &b) { return a.id < b.id; });
    r.catalog = catalogOf(media.catalog(roundId), units, media.ranks(roundId), r.rules);
    return r;
}

} // namespace xj
