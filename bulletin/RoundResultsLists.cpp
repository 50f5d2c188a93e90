// RoundResults: what the bulletin's 关停补报情况 and 数据开放情况 paragraphs list — closures and
// registrations inside the window, and the data catalog figures of the round.
#include "RoundResults.h"

#include "RoundScope.h"
#include "Vocabulary.h"

#include <QSet>

#include <algorithm>

namespace xj {

namespace {

bool isClosing(StatusEvent e)
{
    return e == StatusEvent::Closed || e == StatusEvent::Offline || e == StatusEvent::Cancelled;
}

bool inside(const QDate &d, const Round &r)
{
    return d.isValid() && d >= r.windowFrom && d <= r.windowTo;
}

void byDateThenName(QList<ListedObject> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const ListedObject &a, const ListedObject &b) {
        return a.date != b.date ? a.date < b.date : a.name < b.name;
    });
}

// A 市直部门 is a department of the city itself: a department unit under a 县区 or 园区 (揭东区
// 政务服务数据管理局 entered as 市直部门 with 上级单位 揭东区) is the district's, not the city's.
bool isCityDepartment(const Unit &u, const QHash<qint64, Unit> &units)
{
    if (u.kind != UnitKind::Department)
        return false;
    QSet<qint64> seen;
    for (qint64 p = u.parentId; p && !seen.contains(p); p = units.value(p).parentId) {
        seen.insert(p);
        const UnitKind k = units.value(p).kind;
        if (k == UnitKind::County || k == UnitKind::Park)
            return false;
    }
    return true;
}

QList<UnitCount> top(QList<UnitCount> all, int n)
{
    all.erase(std::remove_if(all.begin(), all.end(), [](const UnitCount &c) { return c.count <= 0; }), all.end());
    // Ties: the larger count first, then the unit's name in code-point order — stable on every
    // machine and database, and documented rather than left to a collation.
    std::sort(all.begin(), all.end(), [](const UnitCount &a, const UnitCount &b) {
        return a.count != b.count ? a.count > b.count : a.unit < b.unit;
    });
    return all.mid(0, n);
}

} // namespace

void collectWindowLists(const Store &store, RoundResults &r, const QList<Site> &sites, const QList<Account> &accounts)
{
    const QDate asOf = r.round.asOf.isValid() ? r.round.asOf : r.round.windowTo;
    auto visit = [&](ObjectType type, qint64 id, const QString &name, const QString &kind, const QDate &registered, bool running) {
        std::optional<StatusChange> closing, late;
        for (const StatusChange &c : store.history(type, id)) { // oldest first: the last one wins
            if (!inside(c.effective, r.round))
                continue;
            // A closure known only from the day an import saw it has no real date: not listed.
            if (isClosing(c.event) && !c.source.startsWith(QLatin1String("initial:")))
                closing = c;
            if (c.event == StatusEvent::RegisteredLate)
                late = c;
        }
        // Closed and reopened inside the window: it is running, so it is checked, not listed.
        if (closing && !running)
            r.closedInWindow.append({type, id, name, kind, Vocabulary<StatusEvent>::zh(closing->event), closing->effective,
                                     closing->reason, false, closing->id});
        if (late)
            r.registeredInWindow.append({type, id, name, kind, {}, late->effective, late->reason, true, late->id});
        else if (inside(registered, r.round))
            r.registeredInWindow.append({type, id, name, kind, {}, registered, {}, false, 0});
    };
    for (const Site &s : sites)
        visit(ObjectType::Site, s.id, s.name, Vocabulary<SiteKind>::zh(s.kind), s.registered, RoundScope::runningAt(store, s, asOf));
    for (const Account &a : accounts)
        visit(ObjectType::Account, a.id, a.name, Vocabulary<Platform>::zh(a.platform), a.registered,
              RoundScope::runningAt(store, a, asOf));
    byDateThenName(r.closedInWindow);
    byDateThenName(r.registeredInWindow);
}

CatalogResult RoundResults::catalogOf(const QList<CatalogCount> &counts, const QList<Unit> &units,
                                      std::pair<std::optional<int>, std::optional<int>> ranks, const ResultRules &rules)
{
    CatalogResult c;
    c.linkedRank = ranks.first;
    c.openRank = ranks.second;
    QHash<qint64, Unit> unitById;
    for (const Unit &u : units)
        unitById.insert(u.id, u);
    QHash<qint64, CatalogCount> byUnit;
    QList<UnitCount> linked, open;
    for (const CatalogCount &n : counts) {
        byUnit.insert(n.unitId, n);
        c.linkedTotal += n.linked;
        c.openTotal += n.open;
        const QString name = unitById.value(n.unitId).name;
        linked.append({n.unitId, name, n.linked});
        open.append({n.unitId, name, n.open});
    }
    c.units = int(counts.size());
    c.linkedTop = top(linked, rules.topCount);
    c.openTop = top(open, rules.topCount);
    // A unit without counts for the round is not reported as having none: no figure is no zero.
    for (const Unit &u : units) {
        const auto it = byUnit.constFind(u.id);
        if (it == byUnit.cend())
            continue;
        if (isCityDepartment(u, unitById) && it->open < rules.openLowThreshold)
            c.openLow.append({u.id, u.name, it->open});
        if (it->open == 0)
            c.openZero.append({u.id, u.name, 0});
    }
    return c;
}

} // namespace xj
