#include "MessageRules.h"

#include "Vocabulary.h"

#include <QJsonArray>

#include <algorithm>

namespace xj {

namespace {

const QString kVeto = QStringLiteral("W-V5");
const QString kMsg = QStringLiteral("W-D-MSG");

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The calendar day of an imported time, as the inspector's clock shows it (as MediaRules does).
QDate dayOf(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().date() : QDate();
}

QDate asOfOf(const Round &r)
{
    return r.asOf.isValid() ? r.asOf : r.windowTo;
}

// One message as the rules see it, whichever source told us.
struct Known {
    QString title;
    QDate received;
    QDate replied;                 // invalid: no reply date known
    std::optional<bool> answered;  // nullopt: the source does not say
    QString source;                // "import" or "page"
};

QString foldedTitle(const QString &title)
{
    QString t = foldForMatch(title);
    t.removeIf([](QChar c) { return c.isSpace(); });
    return t;
}

// Imported and page messages, merged on (received day, title); invalid ones left out.
QList<Known> knownMessages(const MessageRulesInput &in)
{
    QList<Known> out;
    QHash<QString, int> indexOfKey;
    auto add = [&](const Known &k) {
        const QString key = k.title.isEmpty() ? QString() : iso(k.received) + QLatin1Char('|') + foldedTitle(k.title);
        if (!key.isEmpty()) {
            if (const auto it = indexOfKey.constFind(key); it != indexOfKey.constEnd()) {
                if (!out[*it].replied.isValid() && k.replied.isValid())
                    out[*it] = k;
                return;
            }
            indexOfKey.insert(key, int(out.size()));
        }
        out.append(k);
    };
    for (const Message &m : in.imported) {
        Known k{m.title, dayOf(m.received), dayOf(m.replied), m.replied.isValid(), QStringLiteral("import")};
        if (k.received.isValid())
            add(k);
    }
    if (in.list && in.list->isMessageList) {
        for (const ListedMessage &m : in.list->messages) {
            if (!m.received.isValid() || m.markedInvalid())
                continue;
            Known k{m.title, m.received, m.replied, m.answered(), QStringLiteral("page")};
            // A reply-date column left empty (and no status saying otherwise) means not answered.
            if (!k.answered && in.list->shows(MessageList::kReplied))
                k.answered = false;
            add(k);
        }
    }
    std::sort(out.begin(), out.end(), [](const Known &a, const Known &b) { return a.received < b.received; });
    return out;
}

Finding base(const MessageRulesInput &in, const Round &round, const IndicatorSet &set, const QString &code, const QString &what)
{
    Finding f;
    f.roundId = round.id;
    f.objectType = ObjectType::Site;
    f.objectId = in.site.id;
    f.indicator = code;
    f.severity = set.severity(code);
    f.source = QStringLiteral("check");
    f.state = QStringLiteral("pending");
    f.url = in.listUrl.isEmpty() ? in.site.url : in.listUrl;
    f.pageId = in.listUrl.isEmpty() ? 0 : in.listPageId;
    f.fingerprint = code + QLatin1Char('|') + QString::number(in.site.id) + (what.isEmpty() ? QString() : QLatin1Char('|') + what);
    return f;
}

QString shortTitle(const QString &title)
{
    return title.size() > 40 ? title.left(40) + QStringLiteral("…") : title;
}

// Trims the points of findings beyond `cap`, in order.
void applyCap(QList<Finding> &findings, double cap, const QString &group)
{
    double used = 0;
    for (Finding &f : findings) {
        const double allowed = std::max(0.0, cap - used);
        f.details.insert(QStringLiteral("group"), group);
        f.details.insert(QStringLiteral("group_cap"), cap);
        if (f.points > allowed) {
            f.details.insert(QStringLiteral("points_before_cap"), f.points);
            f.points = allowed;
        }
        used += f.points;
    }
}

// The years of [from, to] the calendar has no holidays for.
QList<int> uncoveredYears(const HolidayCalendar &calendar, const QDate &from, const QDate &to)
{
    QList<int> years;
    for (int y = from.year(); y <= to.year(); ++y)
        if (!calendar.covers(y))
            years.append(y);
    return years;
}

} // namespace

QStringList MessageRules::codes()
{
    return {kVeto, kMsg};
}

std::optional<Finding> MessageRules::interaction(const MessageRulesInput &in, const Round &round, const IndicatorSet &set)
{
    if (!set.enabled(kVeto))
        return std::nullopt;
    const QDate asOf = asOfOf(round);
    const int months = set.integer(kVeto, QStringLiteral("replyMonths"), 3);
    const int lookback = set.integer(kVeto, QStringLiteral("lookbackMonths"), 12);
    const QDate since = asOf.addMonths(-lookback); // exclusive: the past year is (since, asOf]
    QJsonArray late;
    QStringList shown;
    for (const Known &m : knownMessages(in)) {
        if (m.received <= since || m.received > asOf)
            continue;
        const QDate deadline = m.received.addMonths(months);
        const bool answeredByAsOf = m.replied.isValid() ? m.replied <= asOf : m.answered.value_or(false);
        const bool unknown = !m.replied.isValid() && !m.answered.has_value();
        QString line;
        if (answeredByAsOf && m.replied.isValid() && m.replied > deadline)
            line = tr("received %1, answered %2").arg(iso(m.received), iso(m.replied));
        else if (!answeredByAsOf && !unknown && deadline < asOf)
            line = tr("received %1, unanswered").arg(iso(m.received));
        if (line.isEmpty())
            continue;
        if (!m.title.isEmpty())
            line += QStringLiteral(" «") + shortTitle(m.title) + QStringLiteral("»");
        shown << line;
        late.append(QJsonObject{{QStringLiteral("received"), iso(m.received)}, {QStringLiteral("replied"), iso(answeredByAsOf ? m.replied : QDate())},
                                {QStringLiteral("title"), m.title}, {QStringLiteral("source"), m.source}});
    }
    const bool noChannel = in.hasInteraction.has_value() && !*in.hasInteraction;
    if (!noChannel && shown.isEmpty())
        return std::nullopt;
    Finding f = base(in, round, set, kVeto, QString());
    f.details = {{QStringLiteral("as_of"), iso(asOf)}, {QStringLiteral("limit_months"), months},
                 {QStringLiteral("lookback_months"), lookback}, {QStringLiteral("no_channel"), noChannel},
                 {QStringLiteral("late"), late}};
    QStringList parts;
    if (noChannel)
        parts << tr("no working online 咨询建言 channel");
    if (!shown.isEmpty()) {
        const int total = int(shown.size());
        if (shown.size() > 5)
            shown = shown.mid(0, 5) << QStringLiteral("…");
        parts << tr("%n message(s) of the year before %1 not answered within %2 months: %3", nullptr, total)
                     .arg(iso(asOf))
                     .arg(months)
                     .arg(shown.join(QStringLiteral("; ")));
    }
    f.evidence = parts.join(QStringLiteral("; "));
    return f;
}

QList<Finding> MessageRules::publication(const MessageRulesInput &in, const Round &round, const HolidayCalendar &calendar,
                                         const IndicatorSet &set)
{
    if (!set.enabled(kMsg))
        return {};
    const QDate asOf = asOfOf(round);
    const bool listKnown = in.list && in.list->isMessageList;
    const QString where = in.listUrl.isEmpty() ? in.site.url : in.listUrl;
    QList<Finding> published, replies;

    // 留言公开: nothing published at all.
    const bool noChannel = in.hasInteraction.has_value() && !*in.hasInteraction;
    if (noChannel || (listKnown && in.list->messages.isEmpty())) {
        Finding f = base(in, round, set, kMsg, QStringLiteral("none"));
        f.points = set.number(kMsg, QStringLiteral("missingPoints"), 6);
        f.evidence = noChannel ? tr("the site has no 留言 channel: no message is published")
                               : tr("the 留言 list %1 shows no message").arg(where);
        if (!noChannel && !in.imported.isEmpty())
            f.evidence += tr(" (%n message(s) received according to the imported records)", nullptr, int(in.imported.size()));
        f.details = {{QStringLiteral("item"), QStringLiteral("none")}, {QStringLiteral("imported"), int(in.imported.size())}};
        published.append(f);
    }

    // 留言公开: the list not updated. The published list decides; without one, the imported records.
    QDate newest;
    QString newestFrom;
    if (listKnown) {
        for (const ListedMessage &m : in.list->messages)
            if (m.received.isValid() && m.received <= asOf && (!newest.isValid() || m.received > newest))
                newest = m.received;
        newestFrom = QStringLiteral("page");
    } else {
        for (const Message &m : in.imported) {
            const QDate d = dayOf(m.received);
            if (d.isValid() && d <= asOf && (!newest.isValid() || d > newest))
                newest = d;
        }
        newestFrom = QStringLiteral("import");
    }
    const int staleMonths = set.integer(kMsg, QStringLiteral("listStaleMonths"), 2);
    if (newest.isValid() && newest.addMonths(staleMonths) < asOf) {
        Finding f = base(in, round, set, kMsg, QStringLiteral("stale"));
        f.points = set.number(kMsg, QStringLiteral("listStalePoints"), 3);
        f.evidence = newestFrom == QLatin1String("page")
                         ? tr("the newest message on the 留言 list %1 was received %2, more than %3 months before the as-of date %4")
                               .arg(where, iso(newest)).arg(staleMonths).arg(iso(asOf))
                         : tr("the newest imported message was received %1, more than %2 months before the as-of date %3")
                               .arg(iso(newest)).arg(staleMonths).arg(iso(asOf));
        f.details = {{QStringLiteral("item"), QStringLiteral("stale")}, {QStringLiteral("newest"), iso(newest)},
                     {QStringLiteral("limit_months"), staleMonths}, {QStringLiteral("as_of"), iso(asOf)},
                     {QStringLiteral("source"), newestFrom}};
        published.append(f);
    }

    // 留言公开: sampled messages of the list page missing what should be published with them.
    if (listKnown) {
        const int sample = set.integer(kMsg, QStringLiteral("sampleSize"), kSampleSize);
        const double each = set.number(kMsg, QStringLiteral("missingFieldPoints"), 1);
        const MessageList &list = *in.list;
        for (int i = 0; i < list.messages.size() && i < sample; ++i) {
            const ListedMessage &m = list.messages[i];
            QStringList missing, codes;
            auto check = [&](const char *field, bool absent, const QString &label) {
                if (list.shows(field) && absent)
                    missing << label, codes << QLatin1String(field);
            };
            check(MessageList::kReceived, !m.received.isValid(), tr("留言时间"));
            if (m.answered().value_or(false)) {
                check(MessageList::kReplied, !m.replied.isValid(), tr("回复时间"));
                check(MessageList::kUnit, m.replyingUnit.isEmpty(), tr("答复单位"));
                check(MessageList::kReplyText, !m.hasReplyText, tr("答复内容"));
            }
            if (missing.isEmpty())
                continue;
            Finding f = base(in, round, set, kMsg,
                             QStringLiteral("fields|%1|%2").arg(m.received.isValid() ? iso(m.received) : QStringLiteral("undated"),
                                                                shortTitle(m.title)));
            f.points = each * missing.size();
            f.link = m.link.isEmpty() ? QString() : m.link;
            f.evidence = tr("message %1 «%2» on the 留言 list is published without %3")
                             .arg(i + 1)
                             .arg(shortTitle(m.title), missing.join(QStringLiteral("、")));
            f.details = {{QStringLiteral("item"), QStringLiteral("fields")}, {QStringLiteral("position"), i + 1},
                         {QStringLiteral("sample"), sample}, {QStringLiteral("title"), m.title},
                         {QStringLiteral("received"), iso(m.received)}, {QStringLiteral("missing"), QJsonArray::fromStringList(codes)}};
            published.append(f);
        }
    }

    // 办理答复: replies later than the limit, counted in working days.
    const int limit = set.integer(kMsg, QStringLiteral("replyWorkingDays"), 5);
    const double latePoints = set.number(kMsg, QStringLiteral("lateReplyPoints"), 4);
    const QDate from = round.windowFrom.isValid() ? round.windowFrom
                                                  : asOf.addMonths(-set.integer(kVeto, QStringLiteral("lookbackMonths"), 12)).addDays(1);
    for (const Known &m : knownMessages(in)) {
        if (m.received < from || m.received > asOf)
            continue;
        const bool answeredByAsOf = m.replied.isValid() && m.replied <= asOf;
        const bool knownOpen = !answeredByAsOf && (m.replied.isValid() || m.answered == std::optional<bool>(false));
        if (!answeredByAsOf && !knownOpen)
            continue; // answered on an unknown day, or the source does not say
        const QDate end = answeredByAsOf ? m.replied : asOf;
        const int took = calendar.workingDaysBetween(m.received, end);
        if (took <= limit)
            continue;
        const QDate deadline = calendar.addWorkingDays(m.received, limit);
        Finding f = base(in, round, set, kMsg, QStringLiteral("late|%1|%2").arg(iso(m.received), shortTitle(m.title)));
        f.points = latePoints;
        f.evidence = answeredByAsOf
                         ? tr("message «%1» received %2, answered %3: %4 working days (limit %5, deadline %6)")
                               .arg(shortTitle(m.title), iso(m.received), iso(m.replied)).arg(took).arg(limit).arg(iso(deadline))
                         : tr("message «%1» received %2, unanswered at the as-of date %3: %4 working days (limit %5, deadline %6)")
                               .arg(shortTitle(m.title), iso(m.received), iso(asOf)).arg(took).arg(limit).arg(iso(deadline));
        const QList<int> uncovered = uncoveredYears(calendar, m.received, end);
        QJsonArray uncoveredJson;
        for (int y : uncovered)
            uncoveredJson.append(y);
        if (!uncovered.isEmpty()) {
            QStringList years;
            for (int y : uncovered)
                years << QString::number(y);
            f.evidence += tr(" — counted with weekends only: no holiday data for %1").arg(years.join(QStringLiteral("、")));
        }
        f.details = {{QStringLiteral("item"), QStringLiteral("late")}, {QStringLiteral("title"), m.title},
                     {QStringLiteral("received"), iso(m.received)}, {QStringLiteral("replied"), iso(answeredByAsOf ? m.replied : QDate())},
                     {QStringLiteral("working_days"), took}, {QStringLiteral("limit_working_days"), limit},
                     {QStringLiteral("deadline"), iso(deadline)}, {QStringLiteral("source"), m.source},
                     {QStringLiteral("calendar_covered"), uncovered.isEmpty()}, {QStringLiteral("uncovered_years"), uncoveredJson}};
        replies.append(f);
    }

    applyCap(published, set.number(kMsg, QStringLiteral("publishCap"), 6), QStringLiteral("publish"));
    applyCap(replies, set.number(kMsg, QStringLiteral("replyCap"), 7), QStringLiteral("reply"));
    return published + replies;
}

QList<Finding> MessageRules::evaluate(const MessageRulesInput &in, const Round &round, const HolidayCalendar &calendar,
                                      const IndicatorSet &set)
{
    QList<Finding> out;
    if (auto f = interaction(in, round, set))
        out.append(*f);
    out += publication(in, round, calendar, set);
    return out;
}

} // namespace xj
