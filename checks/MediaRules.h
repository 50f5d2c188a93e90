#pragma once
// The 政务新媒体 indicators of indicators.md as pure functions over one account's records and the
// round: M-V2 内容不更新, M-V3 互动回应差 and the provincial M-P-DEADLINE, M-P-REMIND,
// M-P-REGISTER, M-P-NAME. Every date is measured against the round's as-of date, never the wall
// clock, so that a round evaluated again later gives the same answer. Each rule returns at most
// one finding per account (fingerprint "<code>|<account id>"), whose evidence names the dates that
// prove it and whose details keep them as data.
//
// Dates are calendar dates in local time: a post at 23:30 on 6月16日 is a post of the 16th, and
// "N days" between two events is the difference of their dates.
//
// Severity: M-V* are vetoes (an account is judged by vetoes only); M-P-* are notices — named in
// the bulletin's 存在问题 but never failing an account by themselves (IndicatorCatalog agrees).

#include "CheckRecords.h"
#include "IndicatorSet.h"
#include "MediaRecords.h"

#include <optional>

namespace xj {

// The defaults of indicators.md; fromSet() reads them from an indicator set.
struct MediaThresholds {
    int staleDays = 14;          // M-V2: the last post at most this many days before the as-of date
    int replyMonths = 3;         // M-V3: unanswered longer than this at the as-of date
    int replyLookbackMonths = 12; // M-V3: messages received in this period before the as-of date (W-V5's "past year")
    int replyGraceDays = 5;      // M-V3 "none answered": messages younger than this are left out
    int deadlineMinGap = 12;     // M-P-DEADLINE: a gap in [min, max] days is a "踩点" gap
    int deadlineMaxGap = 14;
    int deadlineMinCount = 3;    // … this many of them in the sampling window
    int deadlineWindowDays = 0;  // 0: the round's window; N: the N days ending at the as-of date
    int remindMinReminders = 2;  // M-P-REMIND: this many reminders inside one gap …
    int remindMaxGapDays = 25;   // … that lasted longer than this
    int registerMaxDays = 3;     // M-P-REGISTER: 备案日期 at most this many days after 开通日期
    bool lateOnlyInWindow = true; // … a late 备案 counts in the round whose window it falls in (false: in every round after)

    // The M-* parameters of the set (default-params.json keys: M-V2 staleDays; M-V3 replyMonths,
    // replyLookbackMonths, replyGraceDays; M-P-DEADLINE minGap, maxGap, minCount, windowDays;
    // M-P-REMIND minReminders, maxGapDays; M-P-REGISTER maxDays, lateOnlyInWindow).
    static MediaThresholds fromSet(const IndicatorSet &set);
};

// What the rules read about one account.
struct MediaInput {
    Account account;
    QList<Post> posts;
    QList<Reminder> reminders;
    QList<Message> messages;
};

class MediaRules {
public:
    static std::optional<Finding> stale(const Account &a, const QList<Post> &posts, const Round &round,
                                        const MediaThresholds &t = {});
    static std::optional<Finding> unanswered(const Account &a, const QList<Message> &messages, const Round &round,
                                             const MediaThresholds &t = {});
    static std::optional<Finding> deadline(const Account &a, const QList<Post> &posts, const Round &round,
                                           const MediaThresholds &t = {});
    static std::optional<Finding> remind(const Account &a, const QList<Post> &posts, const QList<Reminder> &reminders,
                                         const Round &round, const MediaThresholds &t = {});
    static std::optional<Finding> registration(const Account &a, const Round &round, const MediaThresholds &t = {});
    static std::optional<Finding> name(const Account &a, const Round &round);

    // Every rule above, in the order of indicators.md.
    static QList<Finding> evaluate(const MediaInput &in, const Round &round, const MediaThresholds &t = {});
    // The codes evaluate() can file: what a re-evaluation replaces.
    static QStringList codes();
    // Registered and actual names compared the way M-P-NAME does (full/half width, spaces, case).
    static QString foldName(const QString &name);
};

} // namespace xj
