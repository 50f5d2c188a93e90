// Rounds area: the list, and the province ranks entered by hand, saved at once and shown.
#include "MediaRecords.h"
#include "RanksDialog.h"
#include "RoundsView.h"
#include "TestSupport.h"

#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace xj;

class TestRoundsView : public QObject {
    Q_OBJECT
private slots:
    void ranksAreEnteredAndShown()
    {
        QTemporaryDir dir;
        auto store = test::sqliteStore(dir);
        Round r;
        r.id = QStringLiteral("2026Q3");
        r.windowFrom = QDate(2026, 7, 1);
        r.windowTo = QDate(2026, 9, 30);
        QVERIFY(store->insertRound(r));
        RoundsView view(*store);
        auto *ranks = view.findChild<QPushButton *>(QStringLiteral("ranksButton"));
        QVERIFY(ranks);
        QVERIFY(!ranks->isEnabled()); // nothing selected yet
        view.list()->setCurrentItem(view.list()->topLevelItem(0));
        QVERIFY(ranks->isEnabled());
        QCOMPARE(view.list()->topLevelItem(0)->text(4), QStringLiteral("– / –"));

        RanksDialog dialog(*store, QStringLiteral("2026Q3"));
        dialog.setRanks(7, 13);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto [linked, open] = MediaRecords(*store).ranks(QStringLiteral("2026Q3"));
        QCOMPARE(linked.value_or(-1), 7);
        QCOMPARE(open.value_or(-1), 13);
        view.reload();
        QCOMPARE(view.list()->topLevelItem(0)->text(4), QStringLiteral("7 / 13"));

        RanksDialog clear(*store, QStringLiteral("2026Q3"));
        clear.setRanks(0, 13); // 0: not published
        clear.accept();
        std::tie(linked, open) = MediaRecords(*store).ranks(QStringLiteral("2026Q3"));
        QVERIFY(!linked);
        QCOMPARE(open.value_or(-1), 13);
    }
};

QTEST_MAIN(TestRoundsView)
#include "tst_roundsview.moc"
