// ReviewRecords on SQLite and PostgreSQL: every change is kept in an append-only history and can
// be undone one change after another; dismissing and changing the severity need a reason; two
// connections to one database editing the same finding get a conflict instead of losing a change;
// the history table refuses UPDATE and DELETE whoever asks.
#include "CheckRecords.h"
#include "ReviewRecords.h"
#include "RoundFixture.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

struct Fixture {
    qint64 unit = 0;
    qint64 otherUnit = 0;
    qint64 site = 0;
    QString round = QStringLiteral("2026Q4");
};

bool build(Store &store, Fixture *fx)
{
    fx->unit = addUnit(store, QStringLiteral("临澜市数据局"), UnitKind::Department);
    fx->otherUnit = addUnit(store, QStringLiteral("临澜市教育局"), UnitKind::Department);
    fx->site = addSite(store, QStringLiteral("临澜市数据局网站"), SiteKind::Department, fx->unit);
    Round r;
    r.id = fx->round;
    r.windowFrom = QDate(2026, 10, 1);
    r.windowTo = QDate(2026, 12, 31);
    r.asOf = QDate(2026, 12, 31);
    return fx->unit && fx->otherUnit && fx->site && store.insertRound(r);
}

qint64 file(Store &store, const Fixture &fx, const QString &indicator, const QString &key)
{
    Finding f;
    f.roundId = fx.round;
    f.objectId = fx.site;
    f.indicator = indicator;
    f.severity = QStringLiteral("deduct");
    f.points = 0.2;
    f.url = QStringLiteral("http://127.0.0.1/") + key;
    f.evidence = key;
    f.fingerprint = indicator + QLatin1Char('|') + key;
    return CheckRecords(store).upsertFinding(f);
}

int historyRows(Store &store)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM finding_history"));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestReviewRecords : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("XUNJIAN_LANG", "en"); }

    void historyAndUndo_data() { XJ_BACKEND_DATA(); }
    void historyAndUndo()
    {
        XJ_OPEN_STORE(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        const qint64 id = file(*store, fx, QStringLiteral("W-D-LINK"), QStringLiteral("a"));
        QVERIFY(id > 0);
        ReviewRecords records(*store);
        QString error;
        QCOMPARE(records.review(id)->version, 1);
        QCOMPARE(records.review(id)->rectification, QStringLiteral("open"));

        QCOMPARE(records.confirm(id, 1, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        FindingChange c;
        c.note = QStringLiteral("首页底部");
        c.unitId = fx.otherUnit;
        c.deadline = QDate(2027, 1, 15);
        QCOMPARE(records.change(id, 2, c, QStringLiteral("bob"), nullptr, &error), ReviewRecords::Outcome::Saved);
        // The same values again: nothing written, the version stays.
        QCOMPARE(records.change(id, 3, c, QStringLiteral("bob"), nullptr, &error), ReviewRecords::Outcome::Unchanged);

        FindingReview r = *records.review(id);
        QCOMPARE(r.version, 3);
        QCOMPARE(r.state, QStringLiteral("confirmed"));
        QCOMPARE(r.note, QStringLiteral("首页底部"));
        QCOMPARE(r.unitId, fx.otherUnit);
        QCOMPARE(r.deadline, QDate(2027, 1, 15));
        QCOMPARE(r.reviewedBy, QStringLiteral("bob"));
        QVERIFY(r.reviewedAt.isValid());

        QList<HistoryEntry> h = records.history(id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].actor, QStringLiteral("alice"));
        QCOMPARE(h[0].action, QStringLiteral("change"));
        QCOMPARE(h[0].before.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(h[0].after.value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(h[0].version, 2);
        QCOMPARE(h[1].before.value(QStringLiteral("note")).toString(), QString());
        QVERIFY(h[1].before.value(QStringLiteral("unit_id")).isNull());
        QVERIFY(h[1].before.value(QStringLiteral("deadline")).isNull());
        QCOMPARE(h[1].after.value(QStringLiteral("deadline")).toString(), QStringLiteral("2027-01-15"));
        QCOMPARE(h[1].after.value(QStringLiteral("unit_id")).toInteger(), fx.otherUnit);
        QVERIFY(!h[1].after.contains(QStringLiteral("state")));

        // Undo walks back: first the note/unit/deadline change, then the confirmation.
        QCOMPARE(records.undo(id, 2, QStringLiteral("carol"), nullptr, &error), ReviewRecords::Outcome::Conflict);
        QCOMPARE(records.undo(id, 3, QStringLiteral("carol"), nullptr, &error), ReviewRecords::Outcome::Saved);
        r = *records.review(id);
        QCOMPARE(r.version, 4);
        QCOMPARE(r.note, QString());
        QCOMPARE(r.unitId, qint64(0));
        QVERIFY(!r.deadline.isValid());
        QCOMPARE(r.state, QStringLiteral("confirmed"));
        QCOMPARE(records.undo(id, 4, QStringLiteral("carol"), nullptr, &error), ReviewRecords::Outcome::Saved);
        r = *records.review(id);
        QCOMPARE(r.state, QStringLiteral("pending"));
        QCOMPARE(r.version, 5);
        QCOMPARE(records.undo(id, 5, QStringLiteral("carol"), nullptr, &error), ReviewRecords::Outcome::Refused);
        QVERIFY2(error.contains(QString::number(id)), qPrintable(error));

        h = records.history(id);
        QCOMPARE(h.size(), 4);
        QCOMPARE(h[2].action, QStringLiteral("undo"));
        QCOMPARE(h[2].undoOf, h[1].id);
        QCOMPARE(h[3].undoOf, h[0].id);
        QVERIFY(h[0].undone && h[1].undone);
        QVERIFY(!h[2].undone && !h[3].undone);
        QCOMPARE(h[3].after.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));

        // A new change after the undos is undone on its own; the earlier ones stay undone.
        c = FindingChange();
        c.rectification = QStringLiteral("notified");
        QCOMPARE(records.change(id, 5, c, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QCOMPARE(records.undo(id, 6, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QCOMPARE(records.review(id)->rectification, QStringLiteral("open"));
        QCOMPARE(records.review(id)->state, QStringLiteral("pending"));
        QCOMPARE(records.undo(id, 7, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Refused);
    }

    void reasonsRequired_data() { XJ_BACKEND_DATA(); }
    void reasonsRequired()
    {
        XJ_OPEN_STORE(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        const qint64 id = file(*store, fx, QStringLiteral("W-D-LINK"), QStringLiteral("b"));
        ReviewRecords records(*store);
        QString error;
        QCOMPARE(records.dismiss(id, 1, QStringLiteral("  "), QStringLiteral("alice"), nullptr, &error),
                 ReviewRecords::Outcome::Refused);
        QVERIFY2(error.contains(QString::number(id)), qPrintable(error));
        QCOMPARE(records.review(id)->state, QStringLiteral("pending"));
        QCOMPARE(records.review(id)->version, 1);
        QCOMPARE(records.history(id).size(), 0);

        QCOMPARE(records.dismiss(id, 1, QStringLiteral("链接可访问，误报"), QStringLiteral("alice"), nullptr, &error),
                 ReviewRecords::Outcome::Saved);
        QCOMPARE(records.review(id)->dismissReason, QStringLiteral("链接可访问，误报"));
        QCOMPARE(records.history(id).constFirst().reason, QStringLiteral("链接可访问，误报"));

        FindingChange severity;
        severity.severity = QStringLiteral("notice");
        QCOMPARE(records.change(id, 2, severity, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Refused);
        severity.reason = QStringLiteral("外部链接，不计分");
        QCOMPARE(records.change(id, 2, severity, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QCOMPARE(records.review(id)->severity, QStringLiteral("notice"));

        // Confirming clears the dismissal reason; the history keeps it, and undo brings it back.
        QCOMPARE(records.confirm(id, 3, QStringLiteral("bob"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QCOMPARE(records.review(id)->dismissReason, QString());
        QCOMPARE(records.undo(id, 4, QStringLiteral("bob"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QCOMPARE(records.review(id)->state, QStringLiteral("dismissed"));
        QCOMPARE(records.review(id)->dismissReason, QStringLiteral("链接可访问，误报"));

        // Another indicator: its severity follows the active set unless given; it must fit the object.
        FindingChange indicator;
        indicator.indicator = QStringLiteral("w-n-wronglink");
        QCOMPARE(records.change(id, 5, indicator, QStringLiteral("bob"), nullptr, &error), ReviewRecords::Outcome::Refused);
        indicator.reason = QStringLiteral("是错链，不是断链");
        QCOMPARE(records.change(id, 5, indicator, QStringLiteral("bob"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QCOMPARE(records.review(id)->indicator, QStringLiteral("W-N-WRONGLINK"));
        QCOMPARE(records.review(id)->severity, QStringLiteral("notice"));
        indicator.indicator = QStringLiteral("M-V2");
        QCOMPARE(records.change(id, 6, indicator, QStringLiteral("bob"), nullptr, &error), ReviewRecords::Outcome::Refused);

        FindingChange bad;
        bad.rectification = QStringLiteral("done");
        QCOMPARE(records.change(id, 6, bad, QStringLiteral("bob"), nullptr, &error), ReviewRecords::Outcome::Refused);
        QVERIFY2(error.contains(QStringLiteral("done")), qPrintable(error));
        QCOMPARE(records.confirm(999999, 1, QStringLiteral("bob"), nullptr, &error), ReviewRecords::Outcome::Refused);
        QVERIFY2(error.contains(QStringLiteral("999999")), qPrintable(error));
    }

    void conflictOnTwoConnections_data() { XJ_BACKEND_DATA(); }
    void conflictOnTwoConnections()
    {
        XJ_OPEN_STORE(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        const qint64 id = file(*store, fx, QStringLiteral("W-D-LINK"), QStringLiteral("c"));
        QString openError;
        std::unique_ptr<Store> second = Store::open(store->location(), &openError);
        QVERIFY2(second, qPrintable(openError));
        ReviewRecords a(*store);
        ReviewRecords b(*second);

        // Both inspectors see version 1.
        const int seenByA = a.review(id)->version;
        const int seenByB = b.review(id)->version;
        QCOMPARE(seenByA, 1);
        QCOMPARE(seenByB, 1);

        FindingChange mineA;
        mineA.note = QStringLiteral("A: 链接指向已关停网站");
        mineA.state = QStringLiteral("confirmed");
        QString error;
        QCOMPARE(a.change(id, seenByA, mineA, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);

        FindingChange mineB;
        mineB.note = QStringLiteral("B: 已复核");
        mineB.deadline = QDate(2027, 2, 1);
        ReviewConflict conflict;
        QCOMPARE(b.change(id, seenByB, mineB, QStringLiteral("bob"), &conflict, &error), ReviewRecords::Outcome::Conflict);
        QVERIFY2(error.contains(QString::number(id)), qPrintable(error));
        QCOMPARE(conflict.theirs.version, 2);
        QCOMPARE(conflict.theirs.note, mineA.note.value());
        QCOMPARE(conflict.theirs.state, QStringLiteral("confirmed"));
        QCOMPARE(conflict.theirActor, QStringLiteral("alice"));
        QVERIFY(conflict.theirFields.contains(QStringLiteral("note")));
        QVERIFY(conflict.theirFields.contains(QStringLiteral("state")));
        QCOMPARE(conflict.bothChanged, QStringList{QStringLiteral("note")});

        // Nothing of B was written and nothing of A was lost, seen from either connection.
        for (ReviewRecords *r : {&a, &b}) {
            const FindingReview now = *r->review(id);
            QCOMPARE(now.note, mineA.note.value());
            QVERIFY(!now.deadline.isValid());
            QCOMPARE(now.version, 2);
            QCOMPARE(r->history(id).size(), 1);
        }
        // B's undo on the stale version is a conflict too.
        QCOMPARE(b.undo(id, seenByB, QStringLiteral("bob"), &conflict, &error), ReviewRecords::Outcome::Conflict);

        // B decides with A's values in front of it: saved on top.
        QCOMPARE(b.change(id, conflict.theirs.version, mineB, QStringLiteral("bob"), &conflict, &error),
                 ReviewRecords::Outcome::Saved);
        const FindingReview now = *a.review(id);
        QCOMPARE(now.note, mineB.note.value());
        QCOMPARE(now.deadline, QDate(2027, 2, 1));
        QCOMPARE(now.state, QStringLiteral("confirmed"));
        QCOMPARE(a.history(id).size(), 2);
        QCOMPARE(a.history(id).at(1).before.value(QStringLiteral("note")).toString(), mineA.note.value());

        // Checklist entries: the same rule.
        ChecklistEntry e;
        e.roundId = fx.round;
        e.objectId = fx.site;
        e.indicator = QStringLiteral("W-V6");
        e.result = QStringLiteral("fail");
        e.note = QStringLiteral("5 个事项缺少办理材料等 4 项");
        QCOMPARE(a.setChecklistEntry(e, 0, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        ChecklistEntry theirs;
        ChecklistEntry eb = e;
        eb.result = QStringLiteral("pass");
        QCOMPARE(b.setChecklistEntry(eb, 0, QStringLiteral("bob"), &theirs, &error), ReviewRecords::Outcome::Conflict);
        QCOMPARE(theirs.result, QStringLiteral("fail"));
        QCOMPARE(theirs.version, 1);
        QCOMPARE(theirs.actor, QStringLiteral("alice"));
        QCOMPARE(b.setChecklistEntry(eb, 1, QStringLiteral("bob"), &theirs, &error), ReviewRecords::Outcome::Saved);
        QCOMPARE(a.setChecklistEntry(e, 1, QStringLiteral("alice"), &theirs, &error), ReviewRecords::Outcome::Conflict);
        QCOMPARE(theirs.result, QStringLiteral("pass"));
        QCOMPARE(a.checklistEntry(fx.round, ObjectType::Site, fx.site, QStringLiteral("W-V6"))->version, 2);
    }

    void historyIsAppendOnly_data() { XJ_BACKEND_DATA(); }
    void historyIsAppendOnly()
    {
        XJ_OPEN_STORE(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        const qint64 id = file(*store, fx, QStringLiteral("W-D-LINK"), QStringLiteral("d"));
        ReviewRecords records(*store);
        QString error;
        QCOMPARE(records.confirm(id, 1, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QCOMPARE(historyRows(*store), 1);
        QSqlQuery q(store->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE finding_history SET actor = 'mallory'")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM finding_history")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
        if (store->backend() == StoreLocation::Backend::Postgres)
            QVERIFY(!q.exec(QStringLiteral("TRUNCATE finding_history")));
        QCOMPARE(historyRows(*store), 1);
        QCOMPARE(records.history(id).constFirst().actor, QStringLiteral("alice"));
        // The history outlives its finding (a later run may prune an undecided one).
        QVERIFY(q.exec(QStringLiteral("DELETE FROM findings WHERE id = %1").arg(id)));
        QCOMPARE(historyRows(*store), 1);
    }

    void rerunKeepsTheInspectorsWork_data() { XJ_BACKEND_DATA(); }
    void rerunKeepsTheInspectorsWork()
    {
        // A later check run files the same findings again: a severity or points an inspector set
        // stay, and an undecided finding with a note is not pruned; untouched ones are refreshed
        // and pruned as before.
        XJ_OPEN_STORE(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        CheckRecords checks(*store);
        const qint64 edited = file(*store, fx, QStringLiteral("W-D-LINK"), QStringLiteral("e"));
        const qint64 noted = file(*store, fx, QStringLiteral("W-D-LINK"), QStringLiteral("n"));
        const qint64 untouched = file(*store, fx, QStringLiteral("W-D-LINK"), QStringLiteral("u"));
        ReviewRecords records(*store);
        QString error;
        FindingChange lower;
        lower.points = 0.05;
        lower.severity = QStringLiteral("notice");
        lower.reason = QStringLiteral("link fixed during the round");
        QCOMPARE(records.change(edited, 1, lower, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        FindingChange note;
        note.note = QStringLiteral("ask the unit");
        QCOMPARE(records.change(noted, 1, note, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        for (const char *key : {"e", "u"}) {
            Finding f;
            f.roundId = fx.round;
            f.objectId = fx.site;
            f.indicator = QStringLiteral("W-D-LINK");
            f.severity = QStringLiteral("deduct");
            f.points = 0.3;
            f.evidence = QString::fromLatin1(key);
            f.fingerprint = QStringLiteral("W-D-LINK|") + QLatin1String(key);
            QVERIFY(checks.upsertFinding(f) > 0);
        }
        QCOMPARE(records.review(edited)->severity, QStringLiteral("notice"));
        QCOMPARE(records.review(edited)->points, 0.05);
        QCOMPARE(records.review(untouched)->points, 0.3);
        const qint64 run = checks.startRun(fx.round, {});
        QVERIFY(run > 0);
        checks.pruneAutoFindings(fx.round, run);
        QVERIFY(records.review(noted)); // kept: an inspector wrote on it
        QVERIFY(records.review(edited));
        QVERIFY(!records.review(untouched) || records.review(untouched)->version == 0); // pruned
    }
};

QTEST_GUILESS_MAIN(TestReviewRecords)
#include "tst_reviewrecords.moc"
