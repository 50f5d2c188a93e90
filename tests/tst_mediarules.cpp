// The new-media rules at their boundaries, as pure functions (no store): M-V2 at 13/14/15 days,
// M-V3 at exactly three months, 踩点 gaps of 11/12/14/15 days, 1 vs 2 reminders and 25 vs 26
// days, registration 3 vs 4 days late, names differing only by width or spaces. Every finding's
// evidence must name the dates that prove it.
#include "MediaRules.h"

#include <QtTest>

using namespace xj;

namespace {

Round round2022Q2()
{
    Round r;
    r.id = QStringLiteral("2022Q2");
    r.windowFrom = QDate(2022, 4, 1);
    r.windowTo = QDate(2022, 6, 30);
    r.asOf = r.windowTo;
    return r;
}

Account account()
{
    Account a;
    a.id = 7;
    a.name = QStringLiteral("普宁市生态环境");
    a.platform = Platform::WeChat;
    a.opened = QDate(2020, 3, 1);
    a.registered = QDate(2020, 3, 2);
    return a;
}

Post post(const QDate &d, const QTime &t = QTime(10, 0))
{
    Post p;
    p.published = QDateTime(d, t);
    p.title = d.toString(Qt::ISODate);
    return p;
}

// Posts on the given days counted from `start`: gaps[i] days after the previous one.
QList<Post> postsWithGaps(const QDate &start, const QList<int> &gaps)
{
    QList<Post> out{post(start)};
    QDate d = start;
    for (int g : gaps) {
        d = d.addDays(g);
        out.append(post(d));
    }
    return out;
}

Message message(const QDate &received, const QDate &replied = {})
{
    Message m;
    m.objectType = ObjectType::Account;
    m.objectId = 7;
    m.received = QDateTime(received, QTime(9, 0));
    if (replied.isValid())
        m.replied = QDateTime(replied, QTime(17, 0));
    return m;
}

Reminder reminder(const QDate &d, const QTime &t = QTime(9, 0))
{
    Reminder r;
    r.accountId = 7;
    r.reminded = QDateTime(d, t);
    r.channel = QStringLiteral("短信");
    return r;
}

} // namespace

class TestMediaRules : public QObject {
    Q_OBJECT

private slots:
    void stale_data()
    {
        QTest::addColumn<int>("daysBefore");
        QTest::addColumn<bool>("found");
        QTest::newRow("13 days") << 13 << false;
        QTest::newRow("14 days: still within two weeks") << 14 << false;
        QTest::newRow("15 days") << 15 << true;
    }
    void stale()
    {
        QFETCH(int, daysBefore);
        QFETCH(bool, found);
        const Round r = round2022Q2();
        const QDate last = r.asOf.addDays(-daysBefore);
        const auto f = MediaRules::stale(account(), {post(QDate(2022, 5, 1)), post(last, QTime(23, 30))}, r);
        QCOMPARE(f.has_value(), found);
        if (found) {
            QCOMPARE(f->indicator, QStringLiteral("M-V2"));
            QCOMPARE(f->severity, QStringLiteral("veto"));
            QCOMPARE(f->fingerprint, QStringLiteral("M-V2|7"));
            QVERIFY2(f->evidence.contains(QStringLiteral("2022-06-15")) && f->evidence.contains(QStringLiteral("2022-06-30")),
                     qPrintable(f->evidence));
            QCOMPARE(f->details.value(QStringLiteral("days")).toInt(), 15);
        }
    }

    void staleEdges()
    {
        const Round r = round2022Q2();
        // Nothing on record at all.
        QVERIFY(MediaRules::stale(account(), {}, r).has_value());
        // A post after the as-of date was not there at that date.
        QVERIFY(MediaRules::stale(account(), {post(QDate(2022, 5, 1)), post(QDate(2022, 7, 2))}, r).has_value());
        // The as-of date is the round's, not the window's end and not today.
        Round early = r;
        early.asOf = QDate(2022, 5, 10);
        QVERIFY(!MediaRules::stale(account(), {post(QDate(2022, 5, 1))}, early).has_value());
        // An account opened ten days before the as-of date has not had two weeks yet.
        Account fresh = account();
        fresh.opened = QDate(2022, 6, 20);
        QVERIFY(!MediaRules::stale(fresh, {}, r).has_value());
    }

    void unanswered_data()
    {
        QTest::addColumn<QList<Message>>("messages");
        QTest::addColumn<bool>("found");
        const QDate answered(2022, 6, 1);
        QTest::newRow("exactly 3 months unanswered") << QList<Message>{message({2022, 3, 30}), message({2022, 4, 2}, answered)} << false;
        QTest::newRow("3 months and a day") << QList<Message>{message({2022, 3, 29}), message({2022, 4, 2}, answered)} << true;
        QTest::newRow("answered after the as-of date") << QList<Message>{message({2022, 3, 1}, {2022, 7, 5}), message({2022, 4, 2}, answered)} << true;
        QTest::newRow("answered in time") << QList<Message>{message({2022, 3, 1}, {2022, 3, 20})} << false;
        QTest::newRow("none answered") << QList<Message>{message({2022, 5, 1}), message({2022, 6, 20})} << true;
        QTest::newRow("one fresh message, none answered yet") << QList<Message>{message({2022, 6, 28})} << false;
        QTest::newRow("older than a year") << QList<Message>{message({2021, 5, 1}), message({2022, 5, 1}, {2022, 5, 2})} << false;
        QTest::newRow("no messages") << QList<Message>{} << false;
    }
    void unanswered()
    {
        QFETCH(QList<Message>, messages);
        QFETCH(bool, found);
        const auto f = MediaRules::unanswered(account(), messages, round2022Q2());
        QCOMPARE(f.has_value(), found);
        if (found) {
            QCOMPARE(f->indicator, QStringLiteral("M-V3"));
            QCOMPARE(f->severity, QStringLiteral("veto"));
            QVERIFY2(f->evidence.contains(QStringLiteral("2022-06-30")), qPrintable(f->evidence));
        }
    }

    void deadline_data()
    {
        QTest::addColumn<QList<int>>("gaps");
        QTest::addColumn<bool>("found");
        QTest::newRow("12, 14, 12") << QList<int>{12, 14, 12} << true;
        QTest::newRow("14, 14, 14") << QList<int>{14, 14, 14} << true;
        QTest::newRow("11, 14, 12, 15: two in range") << QList<int>{11, 14, 12, 15} << false;
        QTest::newRow("11, 11, 11") << QList<int>{11, 11, 11} << false;
        QTest::newRow("15, 15, 15") << QList<int>{15, 15, 15} << false;
        QTest::newRow("12, 3, 13, 1, 14") << QList<int>{12, 3, 13, 1, 14} << true;
    }
    void deadline()
    {
        QFETCH(QList<int>, gaps);
        QFETCH(bool, found);
        const auto f = MediaRules::deadline(account(), postsWithGaps(QDate(2022, 4, 2), gaps), round2022Q2());
        QCOMPARE(f.has_value(), found);
        if (found) {
            QCOMPARE(f->indicator, QStringLiteral("M-P-DEADLINE"));
            QCOMPARE(f->severity, QStringLiteral("notice"));
            QVERIFY2(f->evidence.contains(QStringLiteral("2022-04-02 → 2022-04-14")) || f->evidence.contains(QStringLiteral("2022-04-02 → 2022-04-16")),
                     qPrintable(f->evidence));
            QCOMPARE(f->details.value(QStringLiteral("gaps")).toArray().size(), 3);
        }
    }

    void deadlineWindow()
    {
        const Round r = round2022Q2();
        // 3月20日 → 4月2日 (13) straddles the window's start and is not counted; 12 and 14 are.
        const QList<Post> posts = postsWithGaps(QDate(2022, 3, 20), {13, 12, 14, 20});
        QVERIFY(!MediaRules::deadline(account(), posts, r).has_value());
        // With a 120-day sampling window ending at the as-of date it is.
        MediaThresholds t;
        t.deadlineWindowDays = 120;
        const auto f = MediaRules::deadline(account(), posts, r, t);
        QVERIFY(f);
        QVERIFY2(f->evidence.contains(QStringLiteral("2022-03-20 → 2022-04-02 (13")), qPrintable(f->evidence));
        // Two gaps in range are enough when the set says so.
        t = {};
        t.deadlineMinCount = 2;
        QVERIFY(MediaRules::deadline(account(), postsWithGaps(QDate(2022, 4, 2), {11, 14, 12, 15}), r, t).has_value());
    }

    void remind_data()
    {
        QTest::addColumn<int>("gapDays");
        QTest::addColumn<int>("reminders");
        QTest::addColumn<bool>("found");
        QTest::newRow("26 days, 2 reminders") << 26 << 2 << true;
        QTest::newRow("25 days, 2 reminders") << 25 << 2 << false;
        QTest::newRow("26 days, 1 reminder") << 26 << 1 << false;
        QTest::newRow("40 days, 3 reminders") << 40 << 3 << true;
    }
    void remind()
    {
        QFETCH(int, gapDays);
        QFETCH(int, reminders);
        QFETCH(bool, found);
        const QDate start(2022, 5, 1);
        QList<Reminder> sent;
        for (int i = 0; i < reminders; ++i)
            sent.append(reminder(start.addDays(10 + 5 * i)));
        const QList<Post> posts{post(start), post(start.addDays(gapDays)), post(QDate(2022, 6, 25))};
        const auto f = MediaRules::remind(account(), posts, sent, round2022Q2());
        QCOMPARE(f.has_value(), found);
        if (found) {
            QCOMPARE(f->indicator, QStringLiteral("M-P-REMIND"));
            QCOMPARE(f->severity, QStringLiteral("notice"));
            QVERIFY2(f->evidence.contains(QStringLiteral("2022-05-11")) && f->evidence.contains(QStringLiteral("2022-05-16"))
                         && f->evidence.contains(QStringLiteral("2022-05-01")),
                     qPrintable(f->evidence));
            QCOMPARE(f->details.value(QStringLiteral("days")).toInt(), gapDays);
        }
    }

    void remindEdges()
    {
        const Round r = round2022Q2();
        const QDate start(2022, 5, 1);
        // The second reminder came after the post that ended the gap (same day, later hour).
        QList<Post> posts{post(start), post(start.addDays(30), QTime(10, 0))};
        QVERIFY(!MediaRules::remind(account(), posts, {reminder(start.addDays(10)), reminder(start.addDays(30), QTime(15, 0))}, r));
        QVERIFY(MediaRules::remind(account(), posts, {reminder(start.addDays(10)), reminder(start.addDays(30), QTime(8, 0))}, r));
        // Still without a post at the as-of date: the stretch runs to it.
        const auto open = MediaRules::remind(account(), {post(QDate(2022, 6, 1))},
                                             {reminder(QDate(2022, 6, 10)), reminder(QDate(2022, 6, 20))}, r);
        QVERIFY(open);
        QCOMPARE(open->details.value(QStringLiteral("days")).toInt(), 29);
        QVERIFY(open->evidence.contains(QStringLiteral("2022-06-30")));
        // A stretch that ended before the window belongs to the previous round.
        QVERIFY(!MediaRules::remind(account(), {post(QDate(2022, 2, 1)), post(QDate(2022, 3, 15)), post(QDate(2022, 6, 25))},
                                    {reminder(QDate(2022, 2, 15)), reminder(QDate(2022, 2, 25))}, r));
    }

    void registration_data()
    {
        QTest::addColumn<QDate>("opened");
        QTest::addColumn<QDate>("registered");
        QTest::addColumn<bool>("found");
        QTest::newRow("exactly 3 days") << QDate(2022, 5, 1) << QDate(2022, 5, 4) << false;
        QTest::newRow("4 days") << QDate(2022, 5, 1) << QDate(2022, 5, 5) << true;
        QTest::newRow("same day") << QDate(2022, 5, 1) << QDate(2022, 5, 1) << false;
        QTest::newRow("never registered") << QDate(2022, 5, 1) << QDate() << true;
        QTest::newRow("never registered, opening unknown") << QDate() << QDate() << true;
        QTest::newRow("opened 2 days before the as-of date, not yet registered") << QDate(2022, 6, 28) << QDate() << false;
        QTest::newRow("registered only after the as-of date") << QDate(2022, 5, 1) << QDate(2022, 7, 10) << true;
        QTest::newRow("late, but in an earlier round") << QDate(2021, 5, 1) << QDate(2021, 6, 1) << false;
        QTest::newRow("late, registered in this window") << QDate(2021, 5, 1) << QDate(2022, 4, 1) << true;
        QTest::newRow("registered, opening unknown") << QDate() << QDate(2022, 5, 1) << false;
    }
    void registration()
    {
        QFETCH(QDate, opened);
        QFETCH(QDate, registered);
        QFETCH(bool, found);
        Account a = account();
        a.opened = opened;
        a.registered = registered;
        const auto f = MediaRules::registration(a, round2022Q2());
        QCOMPARE(f.has_value(), found);
        if (found) {
            QCOMPARE(f->indicator, QStringLiteral("M-P-REGISTER"));
            QCOMPARE(f->severity, QStringLiteral("notice"));
            if (opened.isValid())
                QVERIFY2(f->evidence.contains(opened.toString(Qt::ISODate)), qPrintable(f->evidence));
        }
    }

    void registrationEveryRound()
    {
        Account a = account();
        a.opened = QDate(2021, 5, 1);
        a.registered = QDate(2021, 6, 1);
        MediaThresholds t;
        t.lateOnlyInWindow = false;
        QVERIFY(MediaRules::registration(a, round2022Q2(), t).has_value());
    }

    void name_data()
    {
        QTest::addColumn<QString>("registered");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<bool>("found");
        QTest::newRow("same") << QStringLiteral("临澜发布") << QStringLiteral("临澜发布") << false;
        QTest::newRow("a space") << QStringLiteral("临澜发布") << QStringLiteral("临澜 发布") << false;
        QTest::newRow("an ideographic space") << QStringLiteral("临澜发布") << QStringLiteral("临澜\u3000发布 ") << false;
        QTest::newRow("full-width letters") << QStringLiteral("ABC临澜") << QStringLiteral("ＡＢＣ临澜") << false;
        QTest::newRow("full-width brackets") << QStringLiteral("临澜公安(官方)") << QStringLiteral("临澜公安（官方）") << false;
        QTest::newRow("a word more") << QStringLiteral("临澜发布") << QStringLiteral("临澜发布官方") << true;
        QTest::newRow("different") << QStringLiteral("临澜人社") << QStringLiteral("临澜市人社") << true;
        QTest::newRow("no actual name") << QStringLiteral("临澜发布") << QString() << false;
    }
    void name()
    {
        QFETCH(QString, registered);
        QFETCH(QString, actual);
        QFETCH(bool, found);
        Account a = account();
        a.name = registered;
        a.actualName = actual;
        const auto f = MediaRules::name(a, round2022Q2());
        QCOMPARE(f.has_value(), found);
        if (found) {
            QCOMPARE(f->severity, QStringLiteral("notice"));
            QVERIFY(f->evidence.contains(actual));
        }
    }

    void evaluateAll()
    {
        MediaInput in;
        in.account = account();
        in.account.actualName = QStringLiteral("普宁生态环境");
        in.posts = {post(QDate(2022, 5, 1)), post(QDate(2022, 6, 2))};
        in.reminders = {reminder(QDate(2022, 5, 10)), reminder(QDate(2022, 5, 20))};
        in.messages = {message(QDate(2022, 2, 1))};
        const QList<Finding> all = MediaRules::evaluate(in, round2022Q2());
        QStringList codes;
        for (const Finding &f : all) {
            codes << f.indicator;
            QCOMPARE(f.roundId, QStringLiteral("2022Q2"));
            QCOMPARE(f.objectType, ObjectType::Account);
            QCOMPARE(f.objectId, qint64(7));
            QCOMPARE(f.source, QStringLiteral("check"));
            QCOMPARE(f.fingerprint, f.indicator + QStringLiteral("|7"));
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("M-V2"), QStringLiteral("M-V3"), QStringLiteral("M-P-REMIND"), QStringLiteral("M-P-NAME")}));
        for (const QString &c : codes)
            QVERIFY(MediaRules::codes().contains(c));
    }
};

QTEST_GUILESS_MAIN(TestMediaRules)
#include "tst_mediarules.moc"
