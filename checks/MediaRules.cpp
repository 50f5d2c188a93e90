#include "MediaRules.h"

#include "IndicatorCatalog.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace xj {

namespace {

// Messages in translation context "MediaRules".
struct MediaTr {
    Q_DECLARE_TR_FUNCTIONS(MediaRules)
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The calendar day an event belongs to, as the inspector's clock shows it.
QDate dayOf(const QDateTime &t)
{
    return t.toLocalTime().date();
}

// A round whose as-of date was never set is judged at the end of its window.
QDate asOfOf(const Round &r)
{
    return r.asOf.isValid() ? r.asOf : r.windowTo;
}

Finding base(const Account &a, const Round &r, const QString &code)
{
    Finding f;
    f.roundId = r.id;
    f.objectType = ObjectType::Account;
    f.objectId = a.id;
    f.indicator = code;
    const IndicatorInfo *info = IndicatorCatalog::byCode(code);
    f.severity = info ? info->severity : (code.startsWith(QLatin1String("M-V")) ? QStringLiteral("veto") : QStringLiteral("notice"));
    f.source = QStringLiteral("check");
    f.state = QStringLiteral("pending");
    f.fingerprint = code + QLatin1Char('|') + QString::number(a.id);
    return f;
}

// The distinct days with a post, oldest first, up to `last` (posts after the as-of date are not
// known at that date).
QList<QDate> postDays(const QList<Post> &posts, const QDate &last)
{
    QList<QDate> days;
    for (const Post &p : posts) {
        const QDate d = dayOf(p.published);
        if (d.isValid() && d <= last)
            days.append(d);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

QJsonArray dateArray(const QList<QDate> &dates)
{
    QJsonArray a;
    for (const QDate &d : dates)
        a.append(iso(d));
    return a;
}

} // namespace

MediaThresholds MediaThresholds::fromSet(const IndicatorSet &set)
{
    // A parameter the set lacks keeps the struct's default, so that both spell indicators.md.
    const MediaThresholds d;
    MediaThresholds t;
    t.staleDays = set.integer(QStringLiteral("M-V2"), QStringLiteral("staleDays"), d.staleDays);
    t.replyMonths = set.integer(QStringLiteral("M-V3"), QStringLiteral("replyMonths"), d.replyMonths);
    t.replyLookbackMonths = set.integer(QStringLiteral("M-V3"), QStringLiteral("replyLookbackMonths"), d.replyLookbackMonths);
    t.replyGraceDays = set.integer(QStringLiteral("M-V3"), QStringLiteral("replyGraceDays"), d.replyGraceDays);
    t.deadlineMinGap = set.integer(QStringLiteral("M-P-DEADLINE"), QStringLiteral("minGap"), d.deadlineMinGap);
    t.deadlineMaxGap = set.integer(QStringLiteral("M-P-DEADLINE"), QStringLiteral("maxGap"), d.deadlineMaxGap);
    t.deadlineMinCount = set.integer(QStringLiteral("M-P-DEADLINE"), QStringLiteral("minCount"), d.deadlineMinCount);
    t.deadlineWindowDays = set.integer(QStringLiteral("M-P-DEADLINE"), QStringLiteral("windowDays"), d.deadlineWindowDays);
    t.remindMinReminders = set.integer(QStringLiteral("M-P-REMIND"), QStringLiteral("minReminders"), d.remindMinReminders);
    t.remindMaxGapDays = set.integer(QStringLiteral("M-P-REMIND"), QStringLiteral("maxGapDays"), d.remindMaxGapDays);
    t.registerMaxDays = set.integer(QStringLiteral("M-P-REGISTER"), QStringLiteral("maxDays"), d.registerMaxDays);
    t.lateOnlyInWindow = set.flag(QStringLiteral("M-P-REGISTER"), QStringLiteral("lateOnlyInWindow"), d.lateOnlyInWindow);
    return t;
}

QString MediaRules::foldName(const QString &name)
{
    QString folded = foldForMatch(name);
    folded.removeIf([](QChar c) { return c.isSpace(); });
    return folded;
}

QStringList MediaRules::codes()
{
    return {QStringLiteral("M-V2"), QStringLiteral("M-V3"), QStringLiteral("M-P-DEADLINE"), QStringLiteral("M-P-REMIND"),
            QStringLiteral("M-P-REGISTER"), QStringLiteral("M-P-NAME")};
}

std::optional<Finding> MediaRules::stale(const Account &a, const QList<Post> &posts, const Round &round, const MediaThresholds &t)
{
    const QDate asOf = asOfOf(round);
    const QList<QDate> days = postDays(posts, asOf);
    const QDate last = days.isEmpty() ? QDate() : days.last();
    if (last.isValid() && last.daysTo(asOf) <= t.staleDays)
        return std::nullopt;
    // An account opened less than the limit before the as-of date has not yet had the time.
    if (a.opened.isValid() && a.opened.daysTo(asOf) <= t.staleDays)
        return std::nullopt;
    Finding f = base(a, round, QStringLiteral("M-V2"));
    f.details = {{QStringLiteral("as_of"), iso(asOf)}, {QStringLiteral("limit_days"), t.staleDays}};
    if (last.isValid()) {
        f.evidence = MediaTr::tr("last post %1, %2 days before the as-of date %3 (limit %4 days)")
                         .arg(iso(last)).arg(last.daysTo(asOf)).arg(iso(asOf)).arg(t.staleDays);
        f.details.insert(QStringLiteral("last_post"), iso(last));
        f.details.insert(QStringLiteral("days"), last.daysTo(asOf));
    } else {
        f.evidence = MediaTr::tr("no post on record up to the as-of date %1").arg(iso(asOf));
    }
    return f;
}

std::optional<Finding> MediaRules::unanswered(const Account &a, const QList<Message> &messages, const Round &round,
                                              const MediaThresholds &t)
{
    const QDate asOf = asOfOf(round);
    const QDate since = asOf.addMonths(-t.replyLookbackMonths); // exclusive: the past year is (since, asOf]
    QList<QDate> overdue;
    int considered = 0, answered = 0, old = 0;
    QDate first;
    for (const Message &m : messages) {
        const QDate received = dayOf(m.received);
        if (!received.isValid() || received <= since || received > asOf)
            continue;
        ++considered;
        first = first.isValid() ? std::min(first, received) : received;
        const bool answeredByAsOf = m.replied.isValid() && dayOf(m.replied) <= asOf;
        answered += answeredByAsOf ? 1 : 0;
        old += received.daysTo(asOf) >= t.replyGraceDays ? 1 : 0;
        // "Longer than N months": a message of 3月30日 is not late on 6月30日, one of 3月29日 is.
        if (!answeredByAsOf && received.addMonths(t.replyMonths) < asOf)
            overdue.append(received);
    }
    Finding f = base(a, round, QStringLiteral("M-V3"));
    f.details = {{QStringLiteral("as_of"), iso(asOf)}, {QStringLiteral("limit_months"), t.replyMonths},
                 {QStringLiteral("messages"), considered}, {QStringLiteral("answered"), answered}};
    if (!overdue.isEmpty()) {
        std::sort(overdue.begin(), overdue.end());
        QStringList shown;
        for (int i = 0; i < overdue.size() && i < 5; ++i)
            shown << iso(overdue[i]);
        if (overdue.size() > 5)
            shown << QStringLiteral("…");
        f.evidence = MediaTr::tr("%n message(s) unanswered for more than %1 months at the as-of date %2, received %3", nullptr, int(overdue.size()))
                         .arg(t.replyMonths).arg(iso(asOf), shown.join(QStringLiteral("、")));
        f.details.insert(QStringLiteral("overdue"), dateArray(overdue));
        return f;
    }
    // Messages and not one answer: the interaction does not work, even before any is overdue.
    if (considered > 0 && answered == 0 && old > 0) {
        f.evidence = MediaTr::tr("none of %n message(s) received since %1 answered by the as-of date %2", nullptr, considered)
                         .arg(iso(first), iso(asOf));
        f.details.insert(QStringLiteral("none_answered"), true);
        return f;
    }
    return std::nullopt;
}

std::optional<Finding> MediaRules::deadline(const Account &a, const QList<Post> &posts, const Round &round, const MediaThresholds &t)
{
    const QDate asOf = asOfOf(round);
    const QDate to = std::min(round.windowTo.isValid() ? round.windowTo : asOf, asOf);
    const QDate from = t.deadlineWindowDays > 0 ? asOf.addDays(-(t.deadlineWindowDays - 1)) : round.windowFrom;
    QList<QDate> days;
    for (const QDate &d : postDays(posts, to))
        if (d >= from)
            days.append(d);
    QStringList shown;
    QJsonArray gaps;
    for (int i = 1; i < days.size(); ++i) {
        const qint64 gap = days[i - 1].daysTo(days[i]);
        if (gap >= t.deadlineMinGap && gap <= t.deadlineMaxGap) {
            shown << MediaTr::tr("%1 → %2 (%3 days)").arg(iso(days[i - 1]), iso(days[i])).arg(gap);
            gaps.append(QJsonObject{{QStringLiteral("from"), iso(days[i - 1])}, {QStringLiteral("to"), iso(days[i])},
                                    {QStringLiteral("days"), gap}});
        }
    }
    if (shown.size() < t.deadlineMinCount)
        return std::nullopt;
    Finding f = base(a, round, QStringLiteral("M-P-DEADLINE"));
    f.evidence = MediaTr::tr("%1 gaps of %2–%3 days between posts from %4 to %5: %6")
                     .arg(shown.size()).arg(t.deadlineMinGap).arg(t.deadlineMaxGap).arg(iso(from), iso(to), shown.join(QStringLiteral("; ")));
    f.details = {{QStringLiteral("window_from"), iso(from)}, {QStringLiteral("window_to"), iso(to)}, {QStringLiteral("gaps"), gaps}};
    return f;
}

std::optional<Finding> MediaRules::remind(const Account &a, const QList<Post> &posts, const QList<Reminder> &reminders,
                                          const Round &round, const MediaThresholds &t)
{
    const QDate asOf = asOfOf(round);
    const QDateTime asOfEnd(asOf.addDays(1), QTime(0, 0));
    // Post times up to the as-of date; the gaps between them (and from the last one to the as-of
    // date) are the stretches without a post. Times, not days, decide whether a reminder came
    // before or after a post of the same day.
    QList<QDateTime> times;
    for (const Post &p : posts)
        if (p.published.isValid() && p.published.toLocalTime() < asOfEnd)
            times.append(p.published.toLocalTime());
    std::sort(times.begin(), times.end());
    QList<QDateTime> sent;
    for (const Reminder &r : reminders)
        if (r.reminded.isValid() && r.reminded.toLocalTime() < asOfEnd)
            sent.append(r.reminded.toLocalTime());
    std::sort(sent.begin(), sent.end());
    if (sent.size() < t.remindMinReminders)
        return std::nullopt;

    struct Gap {
        QDateTime start, end;
        bool open = false; // still without a post at the as-of date
    };
    QList<Gap> stretches;
    // Before the first post the account's opening date starts the stretch; unknown, it is not judged.
    if (a.opened.isValid())
        stretches.append({QDateTime(a.opened, QTime(0, 0)), times.isEmpty() ? asOfEnd : times.first(), times.isEmpty()});
    for (int i = 0; i < times.size(); ++i)
        stretches.append({times[i], i + 1 < times.size() ? times[i + 1] : asOfEnd, i + 1 == times.size()});

    std::optional<Finding> best;
    qint64 bestDays = -1;
    for (const Gap &g : std::as_const(stretches)) {
        const QDate start = g.start.date();
        const QDate end = g.open ? asOf : g.end.date();
        const qint64 days = start.daysTo(end);
        // Only stretches that reach into the round's window belong to this round.
        if (days <= t.remindMaxGapDays || end < round.windowFrom || days <= bestDays)
            continue;
        QList<QDate> inside;
        for (const QDateTime &r : std::as_const(sent))
            if (r > g.start && r < g.end)
                inside.append(r.date());
        if (inside.size() < t.remindMinReminders)
            continue;
        Finding f = base(a, round, QStringLiteral("M-P-REMIND"));
        QStringList shown;
        for (const QDate &d : std::as_const(inside))
            shown << iso(d);
        f.evidence = g.open ? MediaTr::tr("reminded %1; no post from %2 to the as-of date %3 (%4 days)")
                                  .arg(shown.join(QStringLiteral("、")), iso(start), iso(end)).arg(days)
                            : MediaTr::tr("reminded %1; no post from %2 to %3 (%4 days)")
                                  .arg(shown.join(QStringLiteral("、")), iso(start), iso(end)).arg(days);
        f.details = {{QStringLiteral("reminders"), dateArray(inside)}, {QStringLiteral("from"), iso(start)},
                     {QStringLiteral("to"), iso(end)}, {QStringLiteral("days"), days}, {QStringLiteral("open"), g.open},
                     {QStringLiteral("limit_days"), t.remindMaxGapDays}};
        best = f;
        bestDays = days; // the longest stretch is the one shown
    }
    return best;
}

std::optional<Finding> MediaRules::registration(const Account &a, const Round &round, const MediaThresholds &t)
{
    const QDate asOf = asOfOf(round);
    Finding f = base(a, round, QStringLiteral("M-P-REGISTER"));
    f.details = {{QStringLiteral("opened"), a.opened.isValid() ? QJsonValue(iso(a.opened)) : QJsonValue()},
                 {QStringLiteral("registered"), a.registered.isValid() ? QJsonValue(iso(a.registered)) : QJsonValue()},
                 {QStringLiteral("limit_days"), t.registerMaxDays}};
    if (!a.registered.isValid() || a.registered > asOf) {
        // Not registered at the as-of date: a finding every round until it is, once the account
        // has had its days to register.
        if (a.opened.isValid() && a.opened.daysTo(asOf) <= t.registerMaxDays)
            return std::nullopt;
        f.evidence = a.opened.isValid() ? MediaTr::tr("opened %1, not registered by the as-of date %2").arg(iso(a.opened), iso(asOf))
                                        : MediaTr::tr("not registered by the as-of date %1").arg(iso(asOf));
        return f;
    }
    if (!a.opened.isValid() || a.opened.daysTo(a.registered) <= t.registerMaxDays)
        return std::nullopt;
    // A late registration is a problem of the round it happened in: one fixed years ago is not
    // named again every quarter (unless the set says so).
    if (t.lateOnlyInWindow && a.registered < round.windowFrom)
        return std::nullopt;
    f.evidence = MediaTr::tr("opened %1, registered %2: %3 days later (limit %4 days)")
                     .arg(iso(a.opened), iso(a.registered)).arg(a.opened.daysTo(a.registered)).arg(t.registerMaxDays);
    return f;
}

std::optional<Finding> MediaRules::name(const Account &a, const Round &round)
{
    // No actual name recorded means nobody compared: not a finding.
    if (a.actualName.trimmed().isEmpty() || foldName(a.actualName) == foldName(a.name))
        return std::nullopt;
    Finding f = base(a, round, QStringLiteral("M-P-NAME"));
    f.evidence = MediaTr::tr("registered name «%1», actual name «%2»").arg(a.name, a.actualName);
    f.details = {{QStringLiteral("registered_name"), a.name}, {QStringLiteral("actual_name"), a.actualName}};
    return f;
}

QList<Finding> MediaRules::evaluate(const MediaInput &in, const Round &round, const MediaThresholds &t)
{
    QList<Finding> out;
    for (const auto &f : {stale(in.account, in.posts, round, t), unanswered(in.account, in.messages, round, t),
                          deadline(in.account, in.posts, round, t), remind(in.account, in.posts, in.reminders, round, t),
                          registration(in.account, round, t), name(in.account, round)})
        if (f)
            out.append(*f);
    return out;
}

} // namespace xj
