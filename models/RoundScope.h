#pragma once
// Which registry objects a round looks at: those in status 运行 at its as-of date. The status
// history answers for most objects (Store::statusAt); this adds what to assume where the history
// says nothing about that date, so that every command (evaluate, summary) draws the same line.

#include "Store.h"

namespace xj {

class RoundScope {
public:
    // The object's status at the end of `date`, or nullopt when it did not exist yet.
    // Without a history entry on or before the date:
    //  - 开通日期 after the date: it did not exist yet;
    //  - the earliest entry is a dated change away from 运行 (关停, 注销, 待核查 … recorded from a
    //    status table or by hand): it was running before that change;
    //  - otherwise (the earliest entry is the opening, or only what an import saw on its day):
    //    the current status.
    static std::optional<ObjectStatus> statusAt(const Store &store, ObjectType type, qint64 id, ObjectStatus current,
                                                const QDate &opened, const QDate &date);
    static bool runningAt(const Store &store, const Site &s, const QDate &date);
    static bool runningAt(const Store &store, const Account &a, const QDate &date);
};

} // namespace xj
