// W-V2 from probes: the boundaries of the rule (a week, 20 a day, 5 %), coverage shortfall shown
// and not turned into a verdict, and real probes against servers on 127.0.0.1.
#include "Availability.h"
#include "ProbeRunner.h"
#include "RawHttpServer.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace xj;
using namespace xj::test;

class TestAvailability : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    Round m_round;
    Site m_site;

    // `days` days from the window's start, `perDay` probes each, the first `failures` failing.
    void addProbes(int days, int perDay, int failures)
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM probes")));
        CheckRecords rec(*m_store);
        int n = 0;
        QVERIFY(m_store->begin());
        for (int d = 0; d < days; ++d)
            for (int i = 0; i < perDay; ++i, ++n)
                QVERIFY(rec.addProbe({m_site.id, QDateTime(m_round.windowFrom.addDays(d), QTime(0, 0)).addSecs(i * 72 * 60),
                                      n >= failures, n >= failures ? 200 : 0, 100, n >= failures ? QString() : QStringLiteral("timeout")}));
        QVERIFY(m_store->commit());
    }
    AvailabilityReport assess() { return Availability::assess(CheckRecords(*m_store), m_site, m_round); }

private slots:
    void initTestCase()
    {
        m_store = test::sqliteStore(m_dir);
        Unit u;
        u.name = QStringLiteral("临澜市人民政府办公室");
        m_site.name = QStringLiteral("临澜市人民政府门户网站");
        m_site.url = QStringLiteral("http://127.0.0.1:9/");
        m_site.siteCode = QStringLiteral("4459000001");
        m_site.ownerId = m_store->insertUnit(u);
        m_site.id = m_store->insertSite(m_site, QStringLiteral("test"));
        m_round.id = QStringLiteral("2026Q3");
        m_round.windowFrom = QDate(2026, 7, 1);
        m_round.windowTo = QDate(2026, 9, 30);
        m_round.asOf = m_round.windowTo;
        QVERIFY(m_store->insertRound(m_round));
    }

    void boundaries_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("perDay");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("verdict");
        // 7 days × 20 = 140 probes; 5 % of 140 = 7.
        QTest::newRow("7 of 140 fail: exactly 5 %, veto") << 7 << 20 << 7 << int(AvailabilityReport::Veto);
        QTest::newRow("6 of 140 fail: 4.3 %, pass") << 7 << 20 << 6 << int(AvailabilityReport::Pass);
        QTest::newRow("no failures") << 10 << 20 << 0 << int(AvailabilityReport::Pass);
        QTest::newRow("6 days only: shortfall") << 6 << 20 << 60 << int(AvailabilityReport::InsufficientCoverage);
        QTest::newRow("19 a day: shortfall") << 30 << 19 << 100 << int(AvailabilityReport::InsufficientCoverage);
    }
    void boundaries()
    {
        QFETCH(int, days);
        QFETCH(int, perDay);
        QFETCH(int, failures);
        QFETCH(int, verdict);
        addProbes(days, perDay, failures);
        const AvailabilityReport r = assess();
        QCOMPARE(r.probes, days * perDay);
        QCOMPARE(r.failures, failures);
        QCOMPARE(int(r.verdict), verdict);
        const auto f = Availability::finding(r, m_site, m_round);
        QCOMPARE(f.has_value(), verdict == int(AvailabilityReport::Veto));
        if (f) {
            QCOMPARE(f->indicator, QStringLiteral("W-V2"));
            QCOMPARE(f->severity, QStringLiteral("veto"));
        }
        if (verdict == int(AvailabilityReport::InsufficientCoverage))
            QVERIFY(r.text().contains(QString::number(r.daysMonitored)));
    }

    void probesOutsideTheWindowDoNotCount()
    {
        addProbes(0, 0, 0);
        CheckRecords rec(*m_store);
        QVERIFY(rec.addProbe({m_site.id, QDateTime(QDate(2026, 6, 30), QTime(23, 0)), false, 0, 0, QStringLiteral("timeout")}));
        QVERIFY(rec.addProbe({m_site.id, QDateTime(QDate(2026, 10, 1), QTime(0, 30)), false, 0, 0, QStringLiteral("timeout")}));
        QVERIFY(rec.addProbe({m_site.id, QDateTime(QDate(2026, 9, 30), QTime(23, 30)), true, 200, 0, {}}));
        QCOMPARE(assess().probes, 1);
    }

    void realProbes()
    {
        RawHttpServer up;
        QVERIFY(up.start());
        up.setReply(QStringLiteral("/"), RawReply::whole(RawHttpServer::response(200, "text/html", "<html><title>ok</title></html>")));
        RawHttpServer slow;
        QVERIFY(slow.start());
        slow.setReply(QStringLiteral("/"), RawReply::delayed(RawHttpServer::response(200, "text/html", "<html></html>"), 3000));
        QTemporaryDir dir;
        auto store = test::sqliteStore(dir);
        Unit u;
        u.name = QStringLiteral("单位");
        const qint64 unit = store->insertUnit(u);
        auto add = [&](const QString &name, const QUrl &url, const QString &code) {
            Site s;
            s.name = name;
            s.url = url.toString();
            s.siteCode = code;
            s.ownerId = unit;
            return store->insertSite(s, QStringLiteral("test"));
        };
        const qint64 a = add(QStringLiteral("在线网站"), up.url(QStringLiteral("/")), QStringLiteral("4459000001"));
        const qint64 b = add(QStringLiteral("迟缓网站"), slow.url(QStringLiteral("/")), QStringLiteral("4459000002"));
        ProbeRunner runner(*store);
        runner.setTimeoutMs(1000); // the indicator's 15 s, shortened for the test
        bool done = false;
        connect(&runner, &ProbeRunner::finished, this, [&done](int, int) { done = true; });
        QString error;
        QVERIFY2(runner.start({}, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        CheckRecords rec(*store);
        const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-60), to = from.addSecs(120);
        const auto pa = rec.probes(a, from, to), pb = rec.probes(b, from, to);
        QCOMPARE(pa.size(), 1);
        QCOMPARE(pb.size(), 1);
        QVERIFY(pa[0].ok);
        QCOMPARE(pa[0].httpStatus, 200);
        QVERIFY(!pb[0].ok);
        QVERIFY(!pb[0].error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
