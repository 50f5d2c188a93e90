// W-V5 and W-D-MSG over hand-computed cases (working days counted over 国庆 2024 and 端午 2024,
// M-V3's three-month edge, the sub-caps, a stale list, edited and disabled indicator sets), and
// end to end from a 留言 list page (a table inside a layout table) through its JSON form.
// The other list layouts: tst_messagelistextractor.
#include "HolidayCalendar.h"
#include "MediaRules.h"
#include "MessageListExtractor.h"
#include "MessageRules.h"
#include "PageDecoder.h"

#include <QtTest>

using namespace xj;

namespace {

HtmlDocument fixture(const QString &name)
{
    QFile f(QStringLiteral(XJ_SOURCE_DIR "/tests/data/messages/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    const DecodedPage page = PageDecoder::decode(f.readAll());
    return HtmlDocument::parse(page.text, QUrl(QStringLiteral("http://www.example.gov.cn/hdjl/list.html")));
}

Round round(const QDate &from, const QDate &to)
{
    Round r;
    r.id = QStringLiteral("R");
    r.windowFrom = from;
    r.windowTo = to;
    r.asOf = to;
    return r;
}

Site site()
{
    Site s;
    s.id = 42;
    s.name = QStringLiteral("某某县人民政府");
    s.url = QStringLiteral("http://www.example.gov.cn/");
    return s;
}

Message imported(const QDate &received, const QDate &replied = {}, const QString &title = {})
{
    Message m;
    m.objectType = ObjectType::Site;
    m.objectId = 42;
    m.received = QDateTime(received, QTime(9, 30));
    if (replied.isValid())
        m.replied = QDateTime(replied, QTime(16, 0));
    m.title = title.isEmpty() ? received.toString(Qt::ISODate) : title;
    return m;
}

QList<Finding> withItem(const QList<Finding> &all, const QString &item)
{
    QList<Finding> out;
    for (const Finding &f : all)
        if (f.indicator == QLatin1String("W-D-MSG") && f.details.value(QStringLiteral("item")).toString() == item)
            out.append(f);
    return out;
}

QList<double> pointsOf(const QList<Finding> &findings)
{
    QList<double> p;
    for (const Finding &f : findings)
        p << f.points;
    return p;
}

const HolidayCalendar &cal()
{
    return HolidayCalendar::shipped();
}

} // namespace

class TestMessageRules : public QObject {
    Q_OBJECT

private slots:
    // --- W-D-MSG 办理答复: working days

    void replyInFiveWorkingDaysOverNationalDayPasses()
    {
        // Fri 2024-09-27 → Thu 10-10: Sun 9-29 (worked), Mon 9-30, Tue 10-8, Wed 10-9, Thu 10-10 = 5.
        MessageRulesInput in{site(), std::nullopt, {imported(QDate(2024, 9, 27), QDate(2024, 10, 10))}, std::nullopt, {}, 0};
        const Round r = round(QDate(2024, 9, 1), QDate(2024, 11, 20));
        QVERIFY(withItem(MessageRules::publication(in, r, cal(), IndicatorSet::defaults()), QStringLiteral("late")).isEmpty());
        // Fri 10-11 is the sixth: late, −4, with the deadline named.
        in.imported = {imported(QDate(2024, 9, 27), QDate(2024, 10, 11))};
        const QList<Finding> late = withItem(MessageRules::publication(in, r, cal(), IndicatorSet::defaults()), QStringLiteral("late"));
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().points, 4.0);
        QCOMPARE(late.first().severity, QStringLiteral("deduct"));
        QCOMPARE(late.first().details.value(QStringLiteral("working_days")).toInt(), 6);
        QVERIFY2(late.first().evidence.contains(QStringLiteral("2024-09-27")) && late.first().evidence.contains(QStringLiteral("2024-10-11"))
                     && late.first().evidence.contains(QStringLiteral("2024-10-10")),
                 qPrintable(late.first().evidence));
        QCOMPARE(late.first().fingerprint, QStringLiteral("W-D-MSG|42|late|2024-09-27|2024-09-27"));
        // With weekends only (no calendar data) the same reply would look like 10 working days.
        QCOMPARE(HolidayCalendar().workingDaysBetween(QDate(2024, 9, 27), QDate(2024, 10, 11)), 10);
    }

    void unansweredPastDeadlineIsLate()
    {
        // Thu 2024-06-20, not answered at Sun 6-30: 6-21, 24, 25, 26, 27, 28 = 6 working days.
        MessageRulesInput in{site(), std::nullopt, {imported(QDate(2024, 6, 20))}, std::nullopt, {}, 0};
        QList<Finding> late = withItem(MessageRules::publication(in, round(QDate(2024, 4, 1), QDate(2024, 6, 30)), cal(),
                                                                 IndicatorSet::defaults()),
                                       QStringLiteral("late"));
        QCOMPARE(late.size(), 1);
        QVERIFY(late.first().evidence.contains(QStringLiteral("unanswered")));
        // At Thu 6-27 only 5 have passed: not yet late.
        late = withItem(MessageRules::publication(in, round(QDate(2024, 4, 1), QDate(2024, 6, 27)), cal(), IndicatorSet::defaults()),
                        QStringLiteral("late"));
        QVERIFY(late.isEmpty());
    }

    void yearWithoutCalendarSaysSo()
    {
        MessageRulesInput in{site(), std::nullopt, {imported(QDate(2031, 3, 3), QDate(2031, 3, 12))}, std::nullopt, {}, 0};
        const QList<Finding> late = withItem(MessageRules::publication(in, round(QDate(2031, 1, 1), QDate(2031, 3, 31)), cal(),
                                                                       IndicatorSet::defaults()),
                                             QStringLiteral("late"));
        QCOMPARE(late.size(), 1);
        QVERIFY2(late.first().evidence.contains(QStringLiteral("weekends only")) && late.first().evidence.contains(QStringLiteral("2031")),
                 qPrintable(late.first().evidence));
        QCOMPARE(late.first().details.value(QStringLiteral("calendar_covered")).toBool(), false);
    }

    void replyCapTrimsLaterFindings()
    {
        // Three late replies: 4 + 4 + 4 against the 办理答复 cap of 7 → 4, 3, 0 in date order.
        MessageRulesInput in{site(), std::nullopt,
                             {imported(QDate(2024, 5, 6), QDate(2024, 5, 20)), imported(QDate(2024, 3, 4), QDate(2024, 3, 20)),
                              imported(QDate(2024, 4, 1), QDate(2024, 4, 15)), imported(QDate(2024, 6, 3), QDate(2024, 6, 4))},
                             std::nullopt, {}, 0};
        const QList<Finding> late = withItem(MessageRules::publication(in, round(QDate(2024, 1, 1), QDate(2024, 6, 30)), cal(),
                                                                       IndicatorSet::defaults()),
                                             QStringLiteral("late"));
        QCOMPARE(pointsOf(late), (QList<double>{4, 3, 0}));
        QCOMPARE(late[1].details.value(QStringLiteral("points_before_cap")).toDouble(), 4.0);
        QCOMPARE(late[0].details.value(QStringLiteral("received")).toString(), QStringLiteral("2024-03-04"));
    }

    // --- W-D-MSG 留言公开

    void staleListAndPublishCap()
    {
        // Five listed messages shown as answered without reply date and unit (2 fields each = 2
        // points) and a newest message of 2024-09-29, more than 2 months before 11-30 (3 points):
        // the 留言公开 cap of 6 leaves stale 3, then 2, 1, 0, 0, 0.
        MessageList list;
        list.isMessageList = true;
        list.layout = QStringLiteral("table");
        list.fields = {QStringLiteral("title"), QStringLiteral("received"), QStringLiteral("replied"), QStringLiteral("unit"),
                       QStringLiteral("status")};
        for (int i = 0; i < 6; ++i) {
            ListedMessage m;
            m.title = QStringLiteral("留言%1").arg(i);
            m.received = QDate(2024, 9, 29).addDays(-7 * i);
            m.status = QStringLiteral("已回复");
            list.messages.append(m);
        }
        MessageRulesInput in{site(), true, {}, list, QStringLiteral("http://www.example.gov.cn/hdjl/"), 7};
        const Round r = round(QDate(2024, 10, 1), QDate(2024, 11, 30));
        const QList<Finding> all = MessageRules::publication(in, r, cal(), IndicatorSet::defaults());
        const QList<Finding> stale = withItem(all, QStringLiteral("stale"));
        QCOMPARE(stale.size(), 1);
        QVERIFY2(stale.first().evidence.contains(QStringLiteral("2024-09-29")), qPrintable(stale.first().evidence));
        QCOMPARE(stale.first().pageId, qint64(7));
        const QList<Finding> fields = withItem(all, QStringLiteral("fields"));
        QCOMPARE(fields.size(), MessageRules::kSampleSize); // the sixth message is not sampled
        QCOMPARE(pointsOf(fields), (QList<double>{2, 1, 0, 0, 0}));
        QVERIFY(fields.first().evidence.contains(QStringLiteral("回复时间")) && fields.first().evidence.contains(QStringLiteral("答复单位")));
        // Newest 2024-09-30 is exactly two months before 11-30: not stale.
        in.list->messages.first().received = QDate(2024, 9, 30);
        QVERIFY(withItem(MessageRules::publication(in, r, cal(), IndicatorSet::defaults()), QStringLiteral("stale")).isEmpty());
    }

    void fieldsJudgedOnlyWhereShown()
    {
        // A list without a unit column cannot prove a missing unit; unanswered messages need no reply.
        MessageList list;
        list.isMessageList = true;
        list.fields = {QStringLiteral("title"), QStringLiteral("received"), QStringLiteral("replied"), QStringLiteral("status")};
        ListedMessage answered{QStringLiteral("已答"), QDate(2024, 6, 3), QDate(2024, 6, 4), {}, false, QStringLiteral("已回复"), {}, -1};
        ListedMessage open{QStringLiteral("未答"), QDate(2024, 6, 25), {}, {}, false, QStringLiteral("办理中"), {}, -1};
        list.messages = {open, answered};
        MessageRulesInput in{site(), true, {}, list, {}, 0};
        QVERIFY(withItem(MessageRules::publication(in, round(QDate(2024, 6, 1), QDate(2024, 6, 28)), cal(), IndicatorSet::defaults()),
                         QStringLiteral("fields"))
                    .isEmpty());
    }

    void emptyListOrNoChannelIsMissing()
    {
        MessageList empty;
        empty.isMessageList = true;
        MessageRulesInput in{site(), std::nullopt, {imported(QDate(2024, 6, 3), QDate(2024, 6, 4))}, empty, QStringLiteral("http://x/"), 0};
        const Round r = round(QDate(2024, 4, 1), QDate(2024, 6, 30));
        QList<Finding> missing = withItem(MessageRules::publication(in, r, cal(), IndicatorSet::defaults()), QStringLiteral("none"));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().points, 6.0);
        QVERIFY(missing.first().evidence.contains(QStringLiteral("imported")));
        // No list read and nothing known: nothing to say.
        in.list.reset();
        in.imported.clear();
        QVERIFY(MessageRules::evaluate(in, r, cal(), IndicatorSet::defaults()).isEmpty());
        // No channel: W-V5 veto and W-D-MSG missing.
        in.hasInteraction = false;
        const QList<Finding> all = MessageRules::evaluate(in, r, cal(), IndicatorSet::defaults());
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().indicator, QStringLiteral("W-V5"));
        QCOMPARE(all.first().severity, QStringLiteral("veto"));
        QCOMPARE(all.first().details.value(QStringLiteral("no_channel")).toBool(), true);
        QCOMPARE(all.first().fingerprint, QStringLiteral("W-V5|42"));
    }

    // --- W-V5

    void vetoAtTheThreeMonthEdge()
    {
        const Round r = round(QDate(2024, 4, 1), QDate(2024, 6, 30));
        MessageRulesInput in{site(), true, {imported(QDate(2024, 3, 30))}, std::nullopt, {}, 0};
        QVERIFY(!MessageRules::interaction(in, r, IndicatorSet::defaults()));
        in.imported = {imported(QDate(2024, 3, 29))};
        auto f = MessageRules::interaction(in, r, IndicatorSet::defaults());
        QVERIFY(f);
        QVERIFY2(f->evidence.contains(QStringLiteral("2024-03-29")), qPrintable(f->evidence));
        // Answered later than three months is as bad: 2-1 → 5-2 late, 2-1 → 5-1 not.
        in.imported = {imported(QDate(2024, 2, 1), QDate(2024, 5, 1))};
        QVERIFY(!MessageRules::interaction(in, r, IndicatorSet::defaults()));
        in.imported = {imported(QDate(2024, 2, 1), QDate(2024, 5, 2))};
        f = MessageRules::interaction(in, r, IndicatorSet::defaults());
        QVERIFY(f);
        QVERIFY(f->evidence.contains(QStringLiteral("2024-05-02")));
        // The lookback year is (2023-06-30, 2024-06-30].
        in.imported = {imported(QDate(2023, 6, 30))};
        QVERIFY(!MessageRules::interaction(in, r, IndicatorSet::defaults()));
        in.imported = {imported(QDate(2023, 7, 1))};
        QVERIFY(MessageRules::interaction(in, r, IndicatorSet::defaults()));
    }

    void vetoAgreesWithMediaRules()
    {
        // The same messages judged for a site (W-V5) and an account (M-V3) give the same dates.
        const Round r = round(QDate(2024, 4, 1), QDate(2024, 6, 30));
        const QList<QDate> days = {QDate(2023, 6, 30), QDate(2023, 7, 1), QDate(2024, 3, 29), QDate(2024, 3, 30), QDate(2024, 6, 1)};
        for (const QDate &d : days) {
            MessageRulesInput in{site(), true, {imported(d)}, std::nullopt, {}, 0};
            Account a;
            a.id = 1;
            Message m = imported(d);
            m.objectType = ObjectType::Account;
            const bool site = MessageRules::interaction(in, r, IndicatorSet::defaults()).has_value();
            const auto account = MediaRules::unanswered(a, {m}, r);
            const bool accountOverdue = account && account->details.contains(QStringLiteral("overdue"));
            QVERIFY2(site == accountOverdue, qPrintable(d.toString(Qt::ISODate)));
        }
    }

    void invalidMessagesDoNotCount()
    {
        MessageList list;
        list.isMessageList = true;
        list.fields = {QStringLiteral("received"), QStringLiteral("status")};
        list.messages = {ListedMessage{QStringLiteral("重复"), QDate(2024, 1, 5), {}, {}, false, QStringLiteral("无效留言"), {}, -1},
                         ListedMessage{QStringLiteral("近"), QDate(2024, 6, 20), QDate(2024, 6, 21), {}, false, QStringLiteral("已回复"), {}, -1}};
        MessageRulesInput in{site(), true, {}, list, {}, 0};
        QVERIFY(!MessageRules::interaction(in, round(QDate(2024, 4, 1), QDate(2024, 6, 30)), IndicatorSet::defaults()));
        list.messages.first().status = QStringLiteral("未回复");
        in.list = list;
        QVERIFY(MessageRules::interaction(in, round(QDate(2024, 4, 1), QDate(2024, 6, 30)), IndicatorSet::defaults()));
    }

    // --- The indicator set decides

    void editedSetChangesVerdicts()
    {
        IndicatorSet set = IndicatorSet::defaults();
        MessageRulesInput in{site(), true, {imported(QDate(2024, 9, 27), QDate(2024, 10, 11)), imported(QDate(2024, 3, 29))},
                             std::nullopt, {}, 0};
        const Round r = round(QDate(2024, 4, 1), QDate(2024, 6, 30));
        const Round late = round(QDate(2024, 9, 1), QDate(2024, 11, 20));
        QCOMPARE(withItem(MessageRules::publication(in, late, cal(), set), QStringLiteral("late")).size(), 1);
        set.setParam(QStringLiteral("W-D-MSG"), QStringLiteral("replyWorkingDays"), 6);
        QCOMPARE(withItem(MessageRules::publication(in, late, cal(), set), QStringLiteral("late")).size(), 0);
        set.setParam(QStringLiteral("W-D-MSG"), QStringLiteral("replyWorkingDays"), 5);
        set.setParam(QStringLiteral("W-D-MSG"), QStringLiteral("lateReplyPoints"), 2.5);
        QCOMPARE(withItem(MessageRules::publication(in, late, cal(), set), QStringLiteral("late")).first().points, 2.5);

        in.imported = {imported(QDate(2024, 3, 29))};
        QVERIFY(MessageRules::interaction(in, r, set));
        set.setParam(QStringLiteral("W-V5"), QStringLiteral("replyMonths"), 4);
        QVERIFY(!MessageRules::interaction(in, r, set));
    }

    void disabledIndicatorFilesNothing()
    {
        IndicatorSet set = IndicatorSet::defaults();
        MessageRulesInput in{site(), false, {imported(QDate(2024, 3, 4), QDate(2024, 3, 20))}, std::nullopt, {}, 0};
        const Round r = round(QDate(2024, 1, 1), QDate(2024, 6, 30));
        QVERIFY(!MessageRules::evaluate(in, r, cal(), set).isEmpty());
        for (const QString &code : MessageRules::codes()) {
            IndicatorSettings s = *set.settings(code);
            s.enabled = false;
            set.setSettings(s);
        }
        QVERIFY(MessageRules::evaluate(in, r, cal(), set).isEmpty());
    }

    // --- The list pages

    void tableInsideLayoutTable()
    {
        const MessageList list = MessageListExtractor::extract(fixture(QStringLiteral("table.html")), QDate(2024, 6, 30));
        QVERIFY(list.isMessageList);
        QCOMPARE(list.layout, QStringLiteral("table"));
        QCOMPARE(list.messages.size(), 6); // the pagination row is not a message
        const ListedMessage &first = list.messages.first();
        QCOMPARE(first.title, QStringLiteral("关于城区停车难的建议"));
        QCOMPARE(first.received, QDate(2024, 6, 20));
        QCOMPARE(first.answered(), std::optional<bool>(false));
        QCOMPARE(first.link, QStringLiteral("http://www.example.gov.cn/hdjl/detail.jsp?id=105"));
        QCOMPARE(list.messages[1].replied, QDate(2024, 6, 13));
        QCOMPARE(list.messages[1].replyingUnit, QStringLiteral("县教育局"));
        QVERIFY(list.messages[2].replyingUnit.isEmpty());
        QVERIFY(list.messages[5].markedInvalid());
        QVERIFY(list.shows(MessageList::kUnit) && !list.shows(MessageList::kReplyText));
        // Through JSON (pages.facts) and the rules: 4-28 → 5-10 is 7 working days (4-28 was a
        // worked Sunday, 5-1…5-5 off), 5-30 → 6-12 is 8 (端午 6-10 off), 6-20 open at 6-30 is 6:
        // 4 + 3 + 0 under the cap of 7; message 3 lacks its 答复单位.
        const MessageList back = MessageList::fromJson(list.toJson());
        QCOMPARE(back.messages.size(), 6);
        QCOMPARE(back.messages[2].replied, QDate(2024, 6, 12));
        MessageRulesInput in{site(), true, {}, back, QStringLiteral("http://www.example.gov.cn/hdjl/list.html"), 3};
        const QList<Finding> all = MessageRules::evaluate(in, round(QDate(2024, 4, 1), QDate(2024, 6, 30)), cal(), IndicatorSet::defaults());
        const QList<Finding> late = withItem(all, QStringLiteral("late"));
        QCOMPARE(late.size(), 3);
        QCOMPARE(late[0].details.value(QStringLiteral("working_days")).toInt(), 7);
        QCOMPARE(late[1].details.value(QStringLiteral("working_days")).toInt(), 8);
        QCOMPARE(late[2].details.value(QStringLiteral("working_days")).toInt(), 6);
        QCOMPARE(pointsOf(late), (QList<double>{4, 3, 0}));
        const QList<Finding> fields = withItem(all, QStringLiteral("fields"));
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().details.value(QStringLiteral("position")).toInt(), 3);
        QCOMPARE(fields.first().link, QStringLiteral("http://www.example.gov.cn/hdjl/detail.jsp?id=103"));
        QVERIFY(withItem(all, QStringLiteral("stale")).isEmpty());
        QVERIFY(std::none_of(all.cbegin(), all.cend(), [](const Finding &f) { return f.indicator == QLatin1String("W-V5"); }));
    }
};

QTEST_GUILESS_MAIN(TestMessageRules)
#include "tst_messagerules.moc"
