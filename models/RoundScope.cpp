#include "RoundScope.h"

namespace xj {

std::optional<ObjectStatus> RoundScope::statusAt(const Store &store, ObjectType type, qint64 id, ObjectStatus current,
                                                 const QDate &opened, const QDate &date)
{
    if (const auto s = store.statusAt(type, id, date))
        return s;
    if (opened.isValid() && opened > date)
        return std::nullopt;
    const QList<StatusChange> history = store.history(type, id);
    if (!history.isEmpty()) {
        const StatusChange &first = history.first();
        // Entries an import made on the day it ran carry "initial:" in their source: their date
        // says when Xunjian learnt of the object, not when anything happened to it.
        const bool dated = !first.source.startsWith(QLatin1String("initial:"));
        if (dated && statusAfter(first.event) != ObjectStatus::Running)
            return ObjectStatus::Running;
        if (dated && first.event == StatusEvent::Running && first.effective > date)
            return std::nullopt; // opened after the date
    }
    return current;
}

bool RoundScope::runningAt(const Store &store, const Site &s, const QDate &date)
{
    return statusAt(store, ObjectType::Site, s.id, s.status, s.opened, date) == ObjectStatus::Running;
}

bool RoundScope::runningAt(const Store &store, const Account &a, const QDate &date)
{
    return statusAt(store, ObjectType::Account, a.id, a.status, a.opened, date) == ObjectStatus::Running;
}

} // namespace xj
