// The checks engine's records on both backends: runs, pages and links queued once, occurrences,
// findings that keep an inspector's decision across runs, probes.
#include "CheckRecords.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace xj;

class TestCheckRecords : public QObject {
    Q_OBJECT

    static qint64 site(Store &s)
    {
        Unit u;
        u.name = QStringLiteral("临澜市人民政府办公室");
        Site site;
        site.name = QStringLiteral("临澜市人民政府门户网站");
        site.url = QStringLiteral("https://www.linlan.example.gov.cn/");
        site.siteCode = QStringLiteral("4459000001");
        site.ownerId = s.insertUnit(u);
        return s.insertSite(site, QStringLiteral("test"));
    }
    static void round(Store &s)
    {
        Round r;
        r.id = QStringLiteral("2026Q3");
        r.windowFrom = QDate(2026, 7, 1);
        r.windowTo = QDate(2026, 9, 30);
        QVERIFY(s.insertRound(r));
    }

private slots:
    void runsPagesLinks_data() { XJ_BACKEND_DATA(); }
    void runsPagesLinks()
    {
        XJ_OPEN_STORE(store);
        round(*store);
        const qint64 siteId = site(*store);
        CheckRecords rec(*store);
        const qint64 run = rec.startRun(QStringLiteral("2026Q3"), {{QStringLiteral("jobs"), 4}});
        QVERIFY2(run > 0, qPrintable(store->lastError()));
        QCOMPARE(rec.unfinishedRun(QStringLiteral("2026Q3"))->id, run);
        QCOMPARE(rec.run(run)->settings.value(QStringLiteral("jobs")).toInt(), 4);

        PageRecord home;
        home.runId = run;
        home.siteId = siteId;
        home.url = QStringLiteral("https://www.linlan.example.gov.cn/");
        home.role = QStringLiteral("home");
        bool isNew = false;
        home.id = rec.queuePage(home, &isNew);
        QVERIFY(home.id > 0);
        QVERIFY(isNew);
        QCOMPARE(rec.queuePage(home, &isNew), home.id); // queued once
        QVERIFY(!isNew);
        QCOMPARE(rec.pages(run, QStringLiteral("queued")).size(), 1);
        home.state = QStringLiteral("done");
        home.httpStatus = 200;
        home.title = QStringLiteral("临澜市人民政府");
        home.warc = {QStringLiteral("xunjian-1.warc.gz"), 1234, 567};
        QVERIFY(rec.savePage(home));
        QCOMPARE(rec.pages(run, QStringLiteral("queued")).size(), 0);
        const auto read = rec.page(home.id);
        QCOMPARE(read->title, QStringLiteral("临澜市人民政府"));
        QCOMPARE(read->warc.offset, 1234);

        const qint64 link = rec.linkId(run, QStringLiteral("https://old.example.gov.cn/x.html"), &isNew);
        QVERIFY(link > 0 && isNew);
        QCOMPARE(rec.linkId(run, QStringLiteral("https://old.example.gov.cn/x.html"), &isNew), link);
        QVERIFY(!isNew);
        QVERIFY(rec.addOccurrence(home.id, link, QStringLiteral("anchor"), QStringLiteral("旧版网站")));
        QVERIFY(rec.addOccurrence(home.id, link, QStringLiteral("anchor"), QStringLiteral("旧版网站"))); // once
        const auto occ = rec.occurrences(link);
        QCOMPARE(occ.size(), 1);
        QCOMPARE(occ[0].text, QStringLiteral("旧版网站"));
        QCOMPARE(occ[0].pageRole, QStringLiteral("home"));
        LinkRecord l = rec.links(run).first();
        l.state = QStringLiteral("done");
        l.httpStatus = 404;
        QVERIFY(rec.saveLink(l));
        QCOMPARE(rec.links(run, QStringLiteral("done")).first().httpStatus, 404);
        // The summaries the Checks view shows, on both backends.
        Finding f;
        f.roundId = QStringLiteral("2026Q3");
        f.runId = run;
        f.objectId = siteId;
        f.indicator = QStringLiteral("W-D-LINK");
        f.fingerprint = QStringLiteral("x");
        QVERIFY(rec.upsertFinding(f));
        QCOMPARE(rec.findingCounts(QStringLiteral("2026Q3")).value(QStringLiteral("W-D-LINK")), 1);
        const auto counts = rec.siteCounts(run);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts[0].siteId, siteId);
        QCOMPARE(counts[0].pagesDone, 1);
        QCOMPARE(counts[0].linksDone, 1);
        QVERIFY(rec.finishRun(run, QStringLiteral("done")));
        QVERIFY(!rec.unfinishedRun(QStringLiteral("2026Q3")));
        // Only the newest run is resumable: a stopped run behind a finished one is not.
        const qint64 stopped = rec.startRun(QStringLiteral("2026Q3"), {});
        QVERIFY(rec.finishRun(stopped, QStringLiteral("cancelled")));
        QCOMPARE(rec.unfinishedRun(QStringLiteral("2026Q3"))->id, stopped);
        const qint64 newer = rec.startRun(QStringLiteral("2026Q3"), {});
        QVERIFY(rec.finishRun(newer, QStringLiteral("done")));
        QVERIFY(!rec.unfinishedRun(QStringLiteral("2026Q3")));
    }

    void findingsKeepDecisions_data() { XJ_BACKEND_DATA(); }
    void findingsKeepDecisions()
    {
        XJ_OPEN_STORE(store);
        round(*store);
        const qint64 siteId = site(*store);
        CheckRecords rec(*store);
        const qint64 run1 = rec.startRun(QStringLiteral("2026Q3"), {});
        Finding f;
        f.roundId = QStringLiteral("2026Q3");
        f.runId = run1;
        f.objectId = siteId;
        f.indicator = QStringLiteral("W-D-LINK");
        f.severity = QStringLiteral("deduct");
        f.points = 0.2;
        f.url = QStringLiteral("https://www.linlan.example.gov.cn/");
        f.link = QStringLiteral("https://old.example.gov.cn/x.html");
        f.evidence = QStringLiteral("HTTP 404 «旧版网站»");
        f.fingerprint = QStringLiteral("W-D-LINK|site:1|home|old");
        const qint64 id = rec.upsertFinding(f);
        QVERIFY2(id > 0, qPrintable(store->lastError()));
        Finding other = f;
        other.fingerprint = QStringLiteral("W-D-LINK|site:1|home|gone");
        other.link = QString(); // no link: stored as null
        QVERIFY(rec.upsertFinding(other) > 0);
        QVERIFY(rec.findings(QStringLiteral("2026Q3"), QStringLiteral("W-D-LINK")).at(1).link.isNull());
        // An inspector confirms the first one.
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE findings SET state = 'confirmed' WHERE id = %1").arg(id)));
        rec.finishRun(run1, QStringLiteral("done"));

        // The next run finds the first again (same fingerprint) but not the second.
        const qint64 run2 = rec.startRun(QStringLiteral("2026Q3"), {});
        f.runId = run2;
        f.evidence = QStringLiteral("HTTP 410");
        QCOMPARE(rec.upsertFinding(f), id);
        QCOMPARE(rec.pruneAutoFindings(QStringLiteral("2026Q3"), run2), 1);
        const auto all = rec.findings(QStringLiteral("2026Q3"));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].id, id);
        QCOMPARE(all[0].state, QStringLiteral("confirmed")); // the decision survives
        QCOMPARE(all[0].evidence, QStringLiteral("HTTP 410")); // the measurement is refreshed
        QCOMPARE(all[0].points, 0.2);
    }

    void probes_data() { XJ_BACKEND_DATA(); }
    void probes()
    {
        XJ_OPEN_STORE(store);
        const qint64 siteId = site(*store);
        CheckRecords rec(*store);
        const QDateTime t0(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 30; ++i)
            QVERIFY(rec.addProbe({siteId, t0.addSecs(i * 72 * 60), i % 10 != 0, i % 10 ? 200 : 0, 120, i % 10 ? QString() : QStringLiteral("timeout")}));
        const auto day = rec.probes(siteId, t0, t0.addDays(1));
        QCOMPARE(day.size(), 20); // 24 h / 72 min
        QCOMPARE(std::count_if(day.begin(), day.end(), [](const Probe &p) { return !p.ok; }), 2);
    }
};

QTEST_GUILESS_MAIN(TestCheckRecords)
#include "tst_checkrecords.moc"
