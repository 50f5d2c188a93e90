// The Checks area on a fixture site served on 127.0.0.1: a run started with the Start button goes
// on its worker thread to the end (progress table, overall bar, the W-D-LINK finding in the list,
// the indicator filter); Stop during a slowed run leaves it resumable and Resume completes it
// without filing anything twice; closing the window during a run ends it cleanly (resumable); and
// 10,000 findings load and filter quickly.
#include "CheckJob.h"
#include "CheckOptionsBox.h"
#include "CheckProgressModel.h"
#include "CheckRecords.h"
#include "ChecksView.h"
#include "FindingsModel.h"
#include "MainWindow.h"
#include "RawHttpServer.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {
const QString kRound = QStringLiteral("2026Q3");

QByteArray page(const QString &title, const QString &body)
{
    return RawHttpServer::response(200, "text/html; charset=utf-8",
                                   QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                                  "<body>%2</body></html>")
                                       .arg(title, body)
                                       .toUtf8());
}
const QString kHomeBody = QStringLiteral("<p>欢迎访问</p><a href=\"/about.html\">关于我们</a> <a href=\"/broken.html\">失效链接</a>");
} // namespace

class TestChecksView : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store; // the test's own connection, to look behind the window
    RawHttpServer m_site;
    QString m_siteName = QStringLiteral("临澜市测试门户网站");

    std::unique_ptr<MainWindow> openWindow()
    {
        QString error;
        auto store = Store::open(m_store->location(), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        auto w = std::make_unique<MainWindow>(std::move(store));
        w->resize(1400, 900);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("window not exposed");
        return w;
    }
    // The checks view, shown, on the fixture round, with options for a local server.
    static ChecksView *checks(MainWindow &w)
    {
        if (!w.showView(QStringLiteral("checks")))
            return nullptr;
        auto *view = qobject_cast<ChecksView *>(w.area(QStringLiteral("checks")));
        if (!view || !view->selectRound(kRound))
            return nullptr;
        view->optionsBox()->hostIntervalBox()->setValue(0);
        view->optionsBox()->perHostBox()->setValue(4);
        return view;
    }
    static void click(QPushButton *button)
    {
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    static int rowsWithLink(const FindingsModel *m, const QString &indicator, const QString &path)
    {
        int n = 0;
        for (int r = 0; r < m->rowCount(); ++r)
            n += m->finding(r).indicator == indicator && QUrl(m->finding(r).link).path() == path ? 1 : 0;
        return n;
    }
    // The slow answers keep a run going long enough to be stopped half-way.
    void slowDown(bool slow)
    {
        const QByteArray about = page(QStringLiteral("关于我们"), QStringLiteral("<p>简介</p>"));
        const QByteArray broken = RawHttpServer::response(404, "text/html", "<html><body>not found</body></html>");
        m_site.setReply(QStringLiteral("/about.html"), slow ? RawReply::delayed(about, 2500) : RawReply::whole(about));
        m_site.setReply(QStringLiteral("/broken.html"), slow ? RawReply::delayed(broken, 2500) : RawReply::whole(broken));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_site.start());
        m_site.setReply(QStringLiteral("/"), RawReply::whole(page(QStringLiteral("临澜市测试门户"), kHomeBody)));
        slowDown(false);

        m_store = test::sqliteStore(m_dir);
        QVERIFY(m_store);
        Unit u;
        u.name = QStringLiteral("临澜市人民政府办公室");
        const qint64 unit = m_store->insertUnit(u);
        QVERIFY(unit > 0);
        Site s;
        s.name = m_siteName;
        s.url = m_site.url(QStringLiteral("/")).toString();
        s.siteCode = QStringLiteral("4459000001");
        s.ownerId = unit;
        s.opened = QDate(2015, 1, 1);
        QVERIFY(m_store->insertSite(s, QStringLiteral("test")) > 0);
        Round r;
        r.id = kRound;
        r.windowFrom = QDate(2026, 7, 1);
        r.windowTo = QDate(2026, 9, 30);
        QVERIFY(m_store->insertRound(r));
    }

    void theViewIsAnArea()
    {
        QVERIFY(MainWindow::viewNames().contains(QStringLiteral("checks")));
        auto w = openWindow();
        ChecksView *view = checks(*w);
        QVERIFY(view);
        QCOMPARE(w->currentArea(), QStringLiteral("checks"));
        QVERIFY(view->isVisible());
        QCOMPARE(view->roundId(), kRound);
        QVERIFY(view->startButton()->isEnabled());
        QVERIFY(!view->stopButton()->isEnabled());
        QVERIFY(!view->resumeButton()->isEnabled()); // never checked: nothing to resume
        QCOMPARE(view->progressModel()->rowCount(), 0);
        QCOMPARE(view->findingsModel()->rowCount(), 0);
        // The options start from the engine's defaults.
        const CheckOptions defaults;
        CheckOptionsBox box;
        const CheckOptions shown = box.options(kRound);
        QCOMPARE(shown.policy.maxConcurrent, defaults.policy.maxConcurrent);
        QCOMPARE(shown.policy.hostIntervalMs, defaults.policy.hostIntervalMs);
        QCOMPARE(shown.samplePerColumn, defaults.samplePerColumn);
        QCOMPARE(shown.maxPagesPerSite, defaults.maxPagesPerSite);
        QCOMPARE(shown.policy.obeyRobots, defaults.policy.obeyRobots);
        QCOMPARE(shown.policy.tlsErrorsAllowed, true);
    }

    void startRunsToTheEnd()
    {
        auto w = openWindow();
        ChecksView *view = checks(*w);
        QVERIFY(view);
        click(view->startButton());
        QVERIFY(view->isRunning());
        QVERIFY(view->stopButton()->isEnabled());
        QVERIFY(!view->startButton()->isEnabled());
        QVERIFY(!view->roundBox()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), 30000);

        // The site's row: every page queued was fetched.
        const CheckProgressModel *progress = view->progressModel();
        QCOMPARE(progress->rowCount(), 1);
        const SiteProgress &site = progress->site(0);
        QCOMPARE(site.name, m_siteName);
        QCOMPARE(progress->index(0, CheckProgressModel::Site).data().toString(), m_siteName);
        QVERIFY(site.pagesDone >= 1);
        QCOMPARE(site.pagesDone, site.pagesQueued);
        QCOMPARE(site.linksDone, site.linksQueued);
        QVERIFY(site.findings >= 1);
        QCOMPARE(view->progressBar()->value(), view->progressBar()->maximum());

        // The findings list holds the broken link, once, as the CLI would report it.
        const FindingsModel *findings = view->findingsModel();
        QCOMPARE(rowsWithLink(findings, QStringLiteral("W-D-LINK"), QStringLiteral("/broken.html")), 1);
        QCOMPARE(rowsWithLink(findings, QStringLiteral("W-D-LINK"), QStringLiteral("/about.html")), 0);
        QCOMPARE(findings->rowCount(), int(CheckRecords(*m_store).findings(kRound).size()));
        int row = 0;
        while (findings->finding(row).indicator != QLatin1String("W-D-LINK"))
            ++row;
        QCOMPARE(findings->index(row, FindingsModel::Target).data().toString(), m_siteName);
        QCOMPARE(findings->index(row, FindingsModel::Indicator).data().toString(), QStringLiteral("W-D-LINK"));
        QVERIFY(findings->index(row, FindingsModel::Evidence).data().toString().contains(QLatin1String("404")));
        w->reloadAll(); // after an import, say: the list is read again, names and all
        QCOMPARE(findings->rowCount(), int(CheckRecords(*m_store).findings(kRound).size()));
        QCOMPARE(findings->index(row, FindingsModel::Target).data().toString(), m_siteName);
        QCOMPARE(view->progressModel()->site(0).name, m_siteName);

        // The filter narrows the list to one indicator.
        QComboBox *filter = view->indicatorFilter();
        const int at = filter->findData(QStringLiteral("W-D-LINK"));
        QVERIFY(at > 0);
        filter->setCurrentIndex(at);
        QCOMPARE(findings->rowCount(), 1);
        filter->setCurrentIndex(0);
        QCOMPARE(findings->rowCount(), int(CheckRecords(*m_store).findings(kRound).size()));

        QVERIFY(view->startButton()->isEnabled());
        QVERIFY(!view->stopButton()->isEnabled());
        QVERIFY(!view->resumeButton()->isEnabled()); // complete: nothing to resume
        QVERIFY(view->runLabel()->text().contains(QString::number(CheckRecords(*m_store).runs(kRound).last().id)));

        // The rendered hidden-link pass runs on this thread, page after page, and says when it is done.
        QVERIFY(view->renderButton()->isEnabled());
        click(view->renderButton());
        QVERIFY(!view->renderButton()->isEnabled());
        QVERIFY(!view->log()->toPlainText().contains(QLatin1String("finished run"))); // there is one
        QTRY_VERIFY_WITH_TIMEOUT(view->renderButton()->isEnabled(), 30000);
        QVERIFY2(view->log()->toPlainText().contains(QStringLiteral("Rendered pass complete")), qPrintable(view->log()->toPlainText()));
    }

    void stopLeavesTheRunResumable()
    {
        const int before = int(CheckRecords(*m_store).findings(kRound).size());
        slowDown(true);
        auto w = openWindow();
        ChecksView *view = checks(*w);
        QVERIFY(view);
        click(view->startButton());
        // Stopped after the home page, while its links are still being answered.
        auto homeDone = [view] {
            const auto *m = view->progressModel();
            return m->rowCount() == 1 && m->site(0).pagesDone >= 1 && m->site(0).linksQueued >= 2;
        };
        QTRY_VERIFY_WITH_TIMEOUT(homeDone(), 10000);
        QVERIFY(view->isRunning());
        click(view->stopButton());
        QVERIFY(!view->stopButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), 10000);
        const auto unfinished = CheckRecords(*m_store).unfinishedRun(kRound);
        QVERIFY(unfinished);
        QCOMPARE(unfinished->state, QStringLiteral("cancelled"));
        QVERIFY(view->isResumable());
        QVERIFY(view->resumeButton()->isEnabled());
        QVERIFY(view->startButton()->isEnabled());
        QVERIFY(view->log()->toPlainText().contains(QStringLiteral("Resume")));
        const SiteProgress stopped = view->progressModel()->site(0);
        QVERIFY(stopped.linksDone < stopped.linksQueued);

        // Resume completes the same run; nothing is filed twice.
        slowDown(false);
        click(view->resumeButton());
        QVERIFY(view->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), 30000);
        QCOMPARE(view->progressModel()->site(0).linksDone, view->progressModel()->site(0).linksQueued);
        QVERIFY(!CheckRecords(*m_store).unfinishedRun(kRound));
        QCOMPARE(CheckRecords(*m_store).runs(kRound).last().id, unfinished->id);
        QCOMPARE(CheckRecords(*m_store).runs(kRound).last().state, QStringLiteral("done"));
        QVERIFY(!view->resumeButton()->isEnabled());
        QCOMPARE(view->findingsModel()->rowCount(), before);
        QCOMPARE(rowsWithLink(view->findingsModel(), QStringLiteral("W-D-LINK"), QStringLiteral("/broken.html")), 1);
    }

    void closingTheWindowDuringARun()
    {
        slowDown(true);
        {
            auto w = openWindow();
            ChecksView *view = checks(*w);
            QVERIFY(view);
            click(view->startButton());
            QTRY_VERIFY_WITH_TIMEOUT(view->progressModel()->rowCount() == 1 && view->progressModel()->site(0).linksQueued >= 2, 10000);
            QVERIFY(view->isRunning());
            QElapsedTimer closing;
            closing.start();
            w.reset(); // stops the run and waits for its thread
            QVERIFY2(closing.elapsed() < 5000, "closing waited for the slow answers");
        }
        slowDown(false);
        const auto unfinished = CheckRecords(*m_store).unfinishedRun(kRound);
        QVERIFY(unfinished);
        QCOMPARE(unfinished->state, QStringLiteral("cancelled"));
        // The next window offers to resume it, and can.
        auto w = openWindow();
        ChecksView *view = checks(*w);
        QVERIFY(view);
        QVERIFY(view->resumeButton()->isEnabled());
        QVERIFY(view->runLabel()->text().contains(QString::number(unfinished->id)));
        // Without a run going, the table shows the last run as the store counted it.
        QCOMPARE(view->progressModel()->rowCount(), 1);
        const SiteProgress counted = view->progressModel()->site(0);
        QCOMPARE(counted.name, m_siteName);
        QVERIFY(counted.pagesDone >= 1);
        QVERIFY(counted.linksQueued >= 2);
        QVERIFY(counted.linksDone < counted.linksQueued);
        click(view->resumeButton());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), 30000);
        QVERIFY(!CheckRecords(*m_store).unfinishedRun(kRound));
        const SiteProgress done = view->progressModel()->site(0);
        QCOMPARE(done.linksDone, done.linksQueued);
    }

    void jobWithoutARound()
    {
        // A run that cannot start ends at once, with the reason.
        CheckJob job(m_store->location());
        QSignalSpy finished(&job, &CheckJob::finished);
        CheckOptions o;
        o.roundId = QStringLiteral("1999Q1");
        QVERIFY(job.start(o));
        QVERIFY(!job.start(o)); // one at a time
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("1999Q1")));
        QVERIFY(!job.isRunning());
    }

    void tenThousandFindings()
    {
        Round r;
        r.id = QStringLiteral("2026Q2");
        r.windowFrom = QDate(2026, 4, 1);
        r.windowTo = QDate(2026, 6, 30);
        QVERIFY(m_store->insertRound(r));
        const qint64 site = m_store->sites().first().id;
        CheckRecords records(*m_store);
        QVERIFY(m_store->begin());
        for (int i = 0; i < 10000; ++i) {
            Finding f;
            f.roundId = r.id;
            f.objectId = site;
            f.indicator = i % 10 ? QStringLiteral("W-D-LINK") : QStringLiteral("W-N-WRONGLINK");
            f.severity = QStringLiteral("deduct");
            f.points = 0.1;
            f.url = m_site.url(QStringLiteral("/list%1.html").arg(i / 50)).toString();
            f.link = m_site.url(QStringLiteral("/gone%1.html").arg(i)).toString();
            f.evidence = QStringLiteral("HTTP 404 链接文字 %1").arg(i);
            f.fingerprint = QStringLiteral("bulk|%1").arg(i);
            QVERIFY(records.upsertFinding(f) > 0);
        }
        QVERIFY(m_store->commit());

        auto w = openWindow();
        QVERIFY(w->showView(QStringLiteral("checks")));
        auto *view = qobject_cast<ChecksView *>(w->area(QStringLiteral("checks")));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(view->selectRound(r.id));
        QCOMPARE(view->findingsModel()->rowCount(), 10000);
        QCoreApplication::processEvents(); // layout and paint the visible rows
        const qint64 shown = timer.elapsed();
        const int at = view->indicatorFilter()->findData(QStringLiteral("W-N-WRONGLINK"));
        QVERIFY(at > 0);
        view->indicatorFilter()->setCurrentIndex(at);
        QCOMPARE(view->findingsModel()->rowCount(), 1000);
        view->findingsTable()->sortByColumn(FindingsModel::Link, Qt::DescendingOrder);
        QCoreApplication::processEvents();
        qInfo("10,000 findings shown in %lld ms; filtered and sorted in %lld ms", shown, timer.elapsed() - shown);
        QVERIFY2(timer.elapsed() < 10000, "10,000 findings took too long");
    }
};

QTEST_MAIN(TestChecksView)
#include "tst_checksview.moc"
