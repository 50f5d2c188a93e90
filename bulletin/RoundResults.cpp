// RoundResults: which objects a round checked and how each was judged. The lists of the window
// (closures, registrations) and the catalog are in RoundResultsLists.cpp, the output in
// RoundResultsOutput.cpp.
#include "RoundResults.h"

#include "DocumentNumber.h"
#include "IndicatorCatalog.h"
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

QString RoundResults::severityOf(const Finding &f)
{
    // The indicator set decides: a file or an old run cannot turn a notice into a veto.
    if (const IndicatorInfo *info = IndicatorCatalog::byCode(f.indicator))
        return info->severity;
    return f.severity == QLatin1String("manual") ? QStringLiteral("notice") : f.severity;
}

bool RoundResults::counts(const Finding &f)
{
    if (f.state == QLatin1String("dismissed"))
        return false;
    const IndicatorInfo *info = IndicatorCatalog::byCode(f.indicator);
    const bool objective = info && info->objective; // an unknown code is nobody's measurement
    return objective || f.state == QLatin1String("confirmed");
}

ObjectVerdict RoundResults::judge(ObjectVerdict v, const QList<Finding> &findings, const ResultRules &rules)
{
    QMap<QString, double> raw;
    for (const Finding &f : findings) {
        if (!counts(f))
            continue;
        const QString severity = severityOf(f);
        if (severity == QLatin1String("veto")) {
            if (!v.vetoes.contains(f.indicator))
                v.vetoes << f.indicator;
        } else if (severity == QLatin1String("deduct")) {
            if (!v.scored)
                continue; // accounts are judged by vetoes only
            raw[f.indicator] += f.points;
        } else if (!v.notices.contains(f.indicator)) {
            v.notices << f.indicator;
        }
        v.findingIds << f.id;
    }
    double total = 0;
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        const IndicatorInfo *info = IndicatorCatalog::byCode(it.key());
        const double capped = info && info->maxPoints > 0 ? std::min(it.value(), info->maxPoints) : it.value();
        v.deductions.insert(it.key(), capped);
        total += capped;
    }
    v.vetoes.sort();
    v.notices.sort();
    std::sort(v.findingIds.begin(), v.findingIds.end());
    // Sums of tenths of points drift in binary (0.1 × 3): rounded to 1/1000 of a point.
    v.score = v.scored ? std::round((100.0 - total) * 1000.0) / 1000.0 : 100.0;
    v.passed = v.vetoes.isEmpty() && (!v.scored || v.score >= rules.failBelowScore);
    return v;
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

    QHash<QPair<int, qint64>, QList<Finding>> byObject;
    for (const Finding &f : CheckRecords(store).findings(roundId))
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
        v = judge(v, byObject.value({int(ObjectType::Site), s.id}), rules);
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
        r.accounts.objects.append(judge(v, byObject.value({int(ObjectType::Account), a.id}), rules));
    }
    finish(r.websites);
    finish(r.channels);
    finish(r.accounts);

    collectWindowLists(store, r, sites, accounts);
    MediaRecords media(store);
    QList<Unit> units = store.units();
    std::sort(units.begin(), units.end(), [](const Unit &a, const Unit &b) { return a.id < b.id; });
    r.catalog = catalogOf(media.catalog(roundId), units, media.ranks(roundId), rules);
    return r;
}

} // namespace xj
