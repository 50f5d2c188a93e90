// The score card in the GUI (offscreen): read off the GUI thread, it shows the findings behind a
// deduction under it (capped and raw points, page, evidence), the findings awaiting review apart
// with "would fail if confirmed", emits the id of a double-clicked finding, and opens from the
// results dashboard by double-clicking a failed site in the list behind the figure.
#include "RoundDashboard.h"
#include "RoundFixture.h"
#include "ScoreCardView.h"
#include "TestSupport.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

qint64 fileFinding(CheckRecords &records, const QString &round, qint64 siteId, const char *code, const char *state, double points,
                   const QString &what)
{
    Finding f;
    f.roundId = round;
    f.objectId = siteId;
    f.indicator = QString::fromLatin1(code);
    f.points = points;
    f.state = QString::fromLatin1(state);
    f.evidence = what;
    f.url = QStringLiteral("http://example.gov.cn/%1").arg(what);
    f.fingerprint = QStringLiteral("%1|%2|%3").arg(f.indicator).arg(siteId).arg(what);
    return records.upsertFinding(f);
}

} // namespace

class TestScoreCardView : public QObject {
    Q_OBJECT

private slots:
    void viewShowsFindingsBehindADeduction()
    {
        QTemporaryDir dir;
        auto db = sqliteStore(dir);
        QVERIFY(db);
        RoundFixture fx;
        QVERIFY2(buildSeedRound(*db, &fx), qPrintable(db->lastError()));
        const qint64 site = fx.sites.value(QStringLiteral("揭阳市发展和改革局网站"));
        CheckRecords records(*db);
        QList<qint64> links;
        for (int i = 0; i < 3; ++i)
            links << fileFinding(records, fx.roundId, site, "W-D-LINK", "pending", 0.5, QStringLiteral("broken%1").arg(i));
        const qint64 domain = fileFinding(records, fx.roundId, site, "W-D-DOMAIN", "pending", 1, QStringLiteral("domain"));
        const qint64 veto = fileFinding(records, fx.roundId, site, "W-V1", "pending", 0, QStringLiteral("darklink"));

        ScoreCardView view;
        view.resize(900, 500);
        view.show();
        QSignalSpy loaded(&view, &ScoreCardView::loaded);
        view.load(db->location(), fx.roundId, ObjectType::Site, site);
        QVERIFY(!view.isSettled());
        QTRY_VERIFY(view.isSettled());
        QCOMPARE(loaded.size(), 1);
        QVERIFY(view.card());
        QCOMPARE(view.card()->verdict.score, 99.0);
        QVERIFY(view.verdictLabel()->text().contains(QStringLiteral("99")));

        QTreeWidgetItem *link = view.indicatorItem(QStringLiteral("counted"), QStringLiteral("W-D-LINK"));
        QVERIFY(link);
        QVERIFY2(link->text(1).contains(QStringLiteral("1.5")), qPrintable(link->text(1))); // raw beside the capped 1
        QCOMPARE(link->childCount(), 3);
        QList<qint64> shown;
        for (int i = 0; i < link->childCount(); ++i) {
            shown << link->child(i)->data(0, ScoreCardView::FindingIdRole).toLongLong();
            QVERIFY(link->child(i)->text(3).startsWith(QStringLiteral("http://example.gov.cn/broken")));
            QVERIFY(link->child(i)->text(4).startsWith(QStringLiteral("broken")));
        }
        QCOMPARE(shown, links);
        // Awaiting review, apart: the domain deduction and the veto that would fail the site.
        QVERIFY(!view.indicatorItem(QStringLiteral("counted"), QStringLiteral("W-D-DOMAIN")));
        QVERIFY(view.indicatorItem(QStringLiteral("pending"), QStringLiteral("W-D-DOMAIN")));
        QVERIFY(view.indicatorItem(QStringLiteral("pending"), QStringLiteral("W-V1")));
        QVERIFY(view.pendingLabel()->isVisible());
        QVERIFY(view.pendingLabel()->text().contains(QStringLiteral("W-V1")));
        QVERIFY(view.findingItem(domain) && view.findingItem(veto));

        QSignalSpy activated(&view, &ScoreCardView::findingActivated);
        emit view.tree()->itemDoubleClicked(view.findingItem(links[1]), 0);
        emit view.tree()->itemDoubleClicked(link, 0); // an indicator row is no finding
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), links[1]);
    }

    void dashboardOpensTheCardOfAFailedSite()
    {
        QTemporaryDir dir;
        auto db = sqliteStore(dir);
        QVERIFY(db);
        RoundFixture fx;
        QVERIFY2(buildSeedRound(*db, &fx), qPrintable(db->lastError()));
        RoundDashboard dashboard(*db);
        dashboard.resize(1200, 800);
        dashboard.show();
        QTRY_VERIFY(dashboard.isSettled());
        QVERIFY(dashboard.data());
        auto *figure = qobject_cast<FigureListDialog *>(dashboard.openFigure(QStringLiteral("failed-websites")));
        QVERIFY(figure);
        QCOMPARE(figure->table()->rowCount(), 2);
        const QString name = figure->table()->item(0, 0)->text();
        emit figure->table()->cellDoubleClicked(0, 1);
        ScoreCardDialog *card = nullptr;
        QTRY_VERIFY((card = dashboard.findChild<ScoreCardDialog *>()));
        QTRY_VERIFY(card->view()->isSettled());
        QVERIFY(card->view()->card());
        QCOMPARE(card->view()->card()->verdict.name, name);
        QVERIFY(!card->view()->card()->verdict.passed);
        QVERIFY(card->view()->indicatorItem(QStringLiteral("counted"), QStringLiteral("W-V1")));
        QVERIFY(card->windowTitle().contains(name));
        // Again: the same window, raised.
        emit figure->table()->cellDoubleClicked(0, 0);
        QCOMPARE(dashboard.findChildren<ScoreCardDialog *>().size(), 1);
        // Units are not objects with a card.
        QVERIFY(!RoundDashboard::objectTypeOfFigure(QStringLiteral("catalog-open-zero")));
        QCOMPARE(RoundDashboard::objectTypeOfFigure(QStringLiteral("failed-accounts")), std::optional<ObjectType>(ObjectType::Account));
    }
};

QTEST_MAIN(TestScoreCardView)
#include "tst_scorecardview.moc"
