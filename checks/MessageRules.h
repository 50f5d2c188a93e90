#pragma once
// W-V5 互动回应差 and W-D-MSG 留言公开/办理答复 for one website, as pure functions over what is
// known about its 留言: the messages imported from the reporting system (MediaRecords, table
// messages) and the site's 留言 list page as MessageListExtractor read it. Dates are judged against
// the round's as-of date; working days are counted with the HolidayCalendar; every threshold,
// point and cap comes from the IndicatorSet.
//
// W-V5 (veto): no working 咨询建言 channel (an input: unknown files nothing), or a valid message
// received in the lookback period (lookbackMonths before the as-of date) left unanswered more than
// replyMonths at the as-of date or answered later than that. The edges are M-V3's: a message of
// 3月30日 unanswered on 6月30日 is not late, one of 3月29日 is; answered on day X it is late iff it
// would have been overdue unanswered on day X.
//
// W-D-MSG (deduct): one finding per sub-item, so each point can be traced to what caused it.
//   留言公开 (sub-cap publishCap): the list page shows no message at all, or the site has no
//     channel → missingPoints; the list's newest message received more than listStaleMonths before
//     the as-of date → listStalePoints; of the first kSampleSize messages of the list page, each one
//     missing its received date, reply date, replying unit or reply text → missingFieldPoints per
//     missing field (one finding per message). A field is judged only where the list shows it at
//     all (a list without a 答复单位 column cannot prove that the detail pages lack it), and the
//     reply fields only for messages shown as answered.
//   办理答复 (sub-cap replyCap): each message received in the round's window (or, without a window,
//     the lookback period) answered more than replyWorkingDays working days after it was received,
//     or still unanswered at the as-of date after that many working days → lateReplyPoints.
// Sub-caps are enforced here: findings beyond a sub-cap keep their evidence but have their points
// trimmed (details.points_before_cap says what they would have been). The indicator's total cap
// (the set's maxPoints) is scoring's business.
//
// Messages from both sources are merged: a page message with the same received day and title as
// an imported one is the same message (the one with a reply date wins).

#include "CheckRecords.h"
#include "HolidayCalendar.h"
#include "IndicatorSet.h"
#include "MediaRecords.h"
#include "MessageListExtractor.h"

#include <QCoreApplication>
#include <optional>

namespace xj {

struct MessageRulesInput {
    Site site;
    // W-V5: whether the site has a working online 咨询建言 channel (the crawler found a 留言 form or
    // list that answers; an inspector confirmed it); nullopt when nobody looked.
    std::optional<bool> hasInteraction;
    QList<Message> imported;          // MediaRecords::messages(ObjectType::Site, site.id)
    std::optional<MessageList> list;  // the site's 留言 list page (extract() result); nullopt: none read
    QString listUrl;                  // that page's URL, for evidence and the findings' url
    qint64 listPageId = 0;
};

class MessageRules {
    Q_DECLARE_TR_FUNCTIONS(MessageRules)

public:
    static constexpr int kSampleSize = 5; // messages of the list page checked for missing fields (W-D-MSG "sampleSize")

    static std::optional<Finding> interaction(const MessageRulesInput &in, const Round &round, const IndicatorSet &set);
    // W-D-MSG findings with the sub-caps applied, 留言公开 first.
    static QList<Finding> publication(const MessageRulesInput &in, const Round &round, const HolidayCalendar &calendar,
                                      const IndicatorSet &set);
    // Both, each only when its indicator is enabled.
    static QList<Finding> evaluate(const MessageRulesInput &in, const Round &round, const HolidayCalendar &calendar,
                                   const IndicatorSet &set);
    static QStringList codes(); // W-V5, W-D-MSG
};

} // namespace xj
