// The results area on the 2022Q2 fixture (RoundFixture, evaluated with MediaEvaluation so the
// account that stopped posting fails M-V2): the headline figures as the bulletin states them
// (computed from RoundResults, not hard-coded), each figure opening the list behind it with the
// right number of rows, the charts with the right bars, the results computed off the GUI thread,
// and the posting timeline in the registry's account panel counting the account's gaps.
#include "DocumentNumber.h"
#include "MainWindow.h"
#include "MediaEvaluation.h"
#include "PostingTimeline.h"
#include "RegistryDetailsPanel.h"
#include "RegistryView.h"
#include "RoundDashboard.h"
#include "RoundFixture.h"
#include "TestSupport.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QTableWidget>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {
// Bars of a chart: every value of every set of its bar series.
int bars(QChartView *view, int *sets = nullptr)
{
    int n = 0, s = 0;
    for (QAbstractSeries *series : view->chart()->series())
        if (auto *bar = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bar->barSets()) {
                ++s;
                n += set->count();
            }
    if (sets)
        *sets = s;
    return n;
}
} // namespace

class TestDashboard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store; // the test's own connection
    RoundFixture m_fx;
    std::optional<RoundResults> m_results;

    std::unique_ptr<MainWindow> openWindow()
    {
        QString error;
        auto store = Store::open(m_store->location(), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        auto w = std::make_unique<MainWindow>(std::move(store));
        w->resize(1440, 900);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("window not exposed");
        return w;
    }
    static RoundDashboard *results(MainWindow &w)
    {
        if (!w.showView(QStringLiteral("results")))
            return nullptr;
        return qobject_cast<RoundDashboard *>(w.area(QStringLiteral("results")));
    }
    // Clicks a figure: the link must be in a headline's text; activating it is what a click does.
    static FigureListDialog *clickFigure(RoundDashboard *view, const QString &key)
    {
        for (QLabel *l : view->headlineLabels()) {
            if (l->text().contains(QStringLiteral("href=\"%1\"").arg(key))) {
                emit l->linkActivated(key);
                for (auto *d : view->findChildren<FigureListDialog *>())
                    if (d->key() == key && d->isVisible())
                        return d;
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = test::sqliteStore(m_dir);
        QVERIFY(m_store);
        QVERIFY2(buildSeedRound(*m_store, &m_fx), qPrintable(m_store->lastError()));
        QVERIFY(MediaEvaluation::run(*m_store, *m_store->round(m_fx.roundId)));
        m_results = RoundResults::compute(*m_store, m_fx.roundId);
        QVERIFY(m_results);
        QCOMPARE(m_results->websites.checked, 10); // the fixture is what this test thinks it is
        QCOMPARE(m_results->accounts.failed().size(), 1);
        // XJ_DASHBOARD_DB=FILE keeps a copy of the fixture store, for `xunjian screenshot --view results`.
        if (const QString keep = qEnvironmentVariable("XJ_DASHBOARD_DB"); !keep.isEmpty()) {
            for (const char *suffix : {"", "-wal"}) { // the WAL holds what is not checkpointed yet
                QFile::remove(keep + QLatin1String(suffix));
                const QString from = m_store->location().path + QLatin1String(suffix);
                QVERIFY(!QFile::exists(from) || QFile::copy(from, keep + QLatin1String(suffix)));
            }
        }
    }

    void headlines()
    {
        QVERIFY(MainWindow::viewNames().contains(QStringLiteral("results")));
        auto w = openWindow();
        RoundDashboard *view = results(*w);
        QVERIFY(view);
        QCOMPARE(w->currentArea(), QStringLiteral("results"));
        QTRY_VERIFY(view->isSettled());
        QVERIFY(view->data());
        QCOMPARE(view->roundId(), m_fx.roundId);
        const QString overall = view->headlineLabels().value(0)->text();
        const RoundResults &r = *m_results;
        QVERIFY2(overall.contains(QStringLiteral("全覆盖检查")), qPrintable(overall));
        QVERIFY(overall.contains(QStringLiteral(">%1</a>个政府网站（含").arg(r.websites.checked)));
        QVERIFY(overall.contains(QStringLiteral(">%1</a>个服务平台").arg(r.servicePlatforms)));
        QVERIFY(overall.contains(QStringLiteral(">%1</a>个政务新媒体").arg(r.accounts.checked)));
        QVERIFY(overall.contains(QStringLiteral("网站整体合格率为<a href=\"failed-websites\">%1</a>").arg(formatRate(r.websites.passRate))));
        QVERIFY(overall.contains(QStringLiteral("政务新媒体合格率为<a href=\"failed-accounts\">%1</a>").arg(formatRate(r.accounts.passRate))));
        // The bulletin's figures, which the fixture reproduces.
        QVERIFY(overall.contains(QStringLiteral(">80%<")));
        QVERIFY(overall.contains(QStringLiteral(">98.8%<")));
        const QString window = view->headlineLabels().value(1)->text();
        QVERIFY2(window.contains(QStringLiteral("空港经济区管委会门户网站（下线）")), qPrintable(window));
        QVERIFY(window.contains(QStringLiteral("信用揭阳网（补报备案）")));
        const QString data = view->headlineLabels().value(2)->text();
        QVERIFY2(data.contains(QStringLiteral("数据挂接目录总数为<a href=\"catalog-linked\">%1</a>条，位列全省地级市第7名")
                                   .arg(r.catalog.linkedTotal)),
                 qPrintable(data));
        QVERIFY(data.contains(QStringLiteral("揭阳市政务服务数据管理局（287条）")));
        QVERIFY(data.contains(QStringLiteral("开放数量少于10条")));
    }

    void figuresOpenTheirLists()
    {
        auto w = openWindow();
        RoundDashboard *view = results(*w);
        QVERIFY(view);
        QTRY_VERIFY(view->isSettled());
        const RoundResults &r = *m_results;
        const struct {
            const char *key;
            qsizetype rows;
        } cases[] = {{"checked-websites", r.websites.checked},   {"platforms", r.servicePlatforms},
                     {"checked-accounts", r.accounts.checked},   {"failed-websites", r.websites.failed().size()},
                     {"failed-accounts", r.accounts.failed().size()}, {"closed", r.closedInWindow.size()},
                     {"registered", r.registeredInWindow.size()}, {"catalog-linked", r.catalog.units},
                     {"catalog-open-low", r.catalog.openLow.size()}, {"catalog-open-zero", r.catalog.openZero.size()}};
        for (const auto &c : cases) {
            FigureListDialog *d = clickFigure(view, QLatin1String(c.key));
            QVERIFY2(d, c.key);
            QCOMPARE(d->table()->rowCount(), int(c.rows));
        }
        // The failed websites: the two with a confirmed W-V1, with their finding ids.
        FigureListDialog *failed = clickFigure(view, QStringLiteral("failed-websites"));
        QVERIFY(failed);
        QCOMPARE(failed->table()->rowCount(), 2);
        QStringList names;
        for (int row = 0; row < 2; ++row) {
            names << failed->table()->item(row, 0)->text();
            QCOMPARE(failed->table()->item(row, 5)->text(), QStringLiteral("W-V1"));
            QVERIFY(!failed->table()->item(row, 7)->text().isEmpty());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("揭东区人民政府门户网站"), QStringLiteral("揭阳产业园门户网站")}));
        QCOMPARE(failed->table()->item(0, 0)->data(Qt::UserRole).toLongLong(), m_fx.sites.value(names[0]));
        // The failed account, and the reason.
        FigureListDialog *acc = clickFigure(view, QStringLiteral("failed-accounts"));
        QVERIFY(acc);
        QCOMPARE(acc->table()->item(0, 0)->text(), QStringLiteral("普宁市生态环境"));
        QCOMPARE(acc->table()->item(0, 5)->text(), QStringLiteral("M-V2"));
        // A second click on a figure raises the list already open.
        QVERIFY(clickFigure(view, QStringLiteral("catalog-linked")));
        int withKey = 0;
        for (auto *d : view->findChildren<FigureListDialog *>())
            withKey += d->key() == QLatin1String("catalog-linked") ? 1 : 0;
        QCOMPARE(withKey, 1);
        QVERIFY(!view->openFigure(QStringLiteral("no-such-figure")));
    }

    void charts()
    {
        auto w = openWindow();
        RoundDashboard *view = results(*w);
        QVERIFY(view);
        QTRY_VERIFY(view->isSettled());
        int sets = 0;
        QCOMPARE(bars(view->kindChart(), &sets), 4); // websites, service platforms, channels, accounts
        QCOMPARE(sets, 1);
        auto *kind = qobject_cast<QBarSeries *>(view->kindChart()->chart()->series().value(0));
        QVERIFY(kind);
        QCOMPARE(kind->barSets().first()->at(0), m_results->websites.passRate);
        QCOMPARE(kind->barSets().first()->at(1), 100.0); // both platforms passed
        QCOMPARE(kind->barSets().first()->at(3), m_results->accounts.passRate);
        // Every fixture object belongs to the 市政府办公室: one failing unit.
        QCOMPARE(bars(view->unitChart()), 1);
        // Catalog: 9 units, linked and open.
        QCOMPARE(bars(view->catalogChart(), &sets), 2 * m_results->catalog.units);
        QCOMPARE(sets, 2);
        QCOMPARE(m_results->catalog.units, 9);
    }

    void postingTimeline()
    {
        // The strip on its own: 13 days (highlighted), 6, 20 (over the limit), then 10 to the as-of date.
        PostingTimeline t;
        t.setData(QDate(2022, 4, 1), QDate(2022, 6, 30), QDate(2022, 5, 20),
                  {QDate(2022, 4, 14), QDate(2022, 4, 1), QDate(2022, 4, 20), QDate(2022, 5, 10), QDate(2022, 4, 14)});
        QCOMPARE(t.gaps().size(), 4);
        QCOMPARE(t.gapCount(), 2);
        QCOMPARE(t.overdueCount(), 1);
        QCOMPARE(t.postDays(), 4);
        QVERIFY(t.gaps().last().open);
        QCOMPARE(t.gaps().last().days, 10);
        t.clear();
        QCOMPARE(t.gapCount(), 0);

        // In the registry's account panel: 普宁市生态环境 posted on 5-01 and 5-20 and then not up
        // to 6-30 — 19 and 41 days, both over the limit.
        auto w = openWindow();
        QVERIFY(w->showView(QStringLiteral("registry-accounts")));
        auto *registry = qobject_cast<RegistryView *>(w->area(QStringLiteral("registry")));
        QVERIFY(registry);
        const qint64 puning = m_fx.accounts.value(QStringLiteral("普宁市生态环境"));
        QTRY_VERIFY(registry->select(puning));
        PostingTimeline *timeline = registry->details()->postingTimeline();
        QTRY_COMPARE(registry->details()->objectId(), puning);
        QVERIFY(timeline->isVisible());
        QCOMPARE(timeline->gaps().size(), 2);
        QCOMPARE(timeline->gapCount(), 2);
        QCOMPARE(timeline->overdueCount(), 2);
        QCOMPARE(timeline->gaps().last().days, 41);
        // An account posting on 6-25 only: 5 days to the as-of date, nothing highlighted.
        QVERIFY(registry->select(m_fx.accounts.value(QStringLiteral("揭阳政务号01"))));
        QTRY_COMPARE(timeline->postDays(), 1);
        QCOMPARE(timeline->gapCount(), 0);
        // A site has no timeline.
        QVERIFY(w->showView(QStringLiteral("registry")));
        QVERIFY(registry->select(m_fx.sites.value(QStringLiteral("信用揭阳网"))));
        QTRY_VERIFY(!timeline->isVisible());
    }

    void roundChangeAndReload()
    {
        // A second, empty round: picking it recomputes off the GUI thread, and the figures follow.
        Round q3;
        q3.id = QStringLiteral("2022Q3");
        q3.windowFrom = QDate(2022, 7, 1);
        q3.windowTo = QDate(2022, 9, 30);
        q3.asOf = q3.windowTo;
        QVERIFY(m_store->insertRound(q3));
        auto w = openWindow();
        RoundDashboard *view = results(*w);
        QVERIFY(view);
        QTRY_VERIFY(view->isSettled());
        QCOMPARE(view->roundId(), QStringLiteral("2022Q3")); // newest first
        QVERIFY(view->headlineLabels().value(2)->text().contains(QStringLiteral("无数据目录统计")));
        QCOMPARE(bars(view->catalogChart()), 0);
        QVERIFY(view->selectRound(m_fx.roundId));
        QTRY_VERIFY(view->isSettled());
        QTRY_VERIFY(view->headlineLabels().value(0)->text().contains(QStringLiteral(">80%<")));
        QCOMPARE(bars(view->catalogChart()), 18);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
