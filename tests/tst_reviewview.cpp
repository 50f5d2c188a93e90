// The review workspace on a round crawled for real (ReviewFixture, its server stopped): the
// findings list filters and counts, both panes show the page from the evidence, scroll together,
// the keys move through the list and decide through ReviewRecords (history, undo), the shortcut
// help lists every key, and `xunjian screenshot --view review` draws it.
#include "EvidenceScheme.h"
#include "RenderedDarkLinks.h"
#include "FindingsModel.h"
#include "ManualFindingDialog.h"
#include "ReviewBrowser.h"
#include "ReviewDecisionBar.h"
#include "OptionalDateEdit.h"
#include "ReviewFilterModel.h"
#include "ReviewFixture.h"
#include "ReviewPane.h"
#include "ReviewRecords.h"
#include "ReviewView.h"
#include "RoundFixture.h"
#include "TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

QVariant runJs(QWebEnginePage *page, const QString &code)
{
    QVariant out;
    bool done = false;
    page->runJavaScript(code, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) { out = v, done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("JavaScript did not answer: %s", qPrintable(code.left(80)));
    return out;
}

} // namespace

class TestReviewView : public QObject {
    Q_OBJECT
    ReviewFixture m_fx;

    std::unique_ptr<ReviewView> openView()
    {
        auto view = std::make_unique<ReviewView>(*m_fx.store);
        view->resize(1400, 900);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowActive(view.get()))
            qWarning("the review view did not become active");
        view->selectRound(m_fx.roundId);
        return view;
    }

    // The first finding on the home page (captured), selected in the view.
    qint64 selectOnHome(ReviewView &view)
    {
        for (const Finding &f : m_fx.findings())
            if (f.url == m_fx.homeUrl && view.selectFinding(f.id))
                return f.id;
        return 0;
    }

private slots:
    void initTestCase() { QVERIFY(m_fx.build()); }

    void listFiltersAndCounts()
    {
        auto view = openView();
        const int all = int(m_fx.findings().size());
        QVERIFY(all >= 2);
        QCOMPARE(view->filterModel()->rowCount(), all);
        QCOMPARE(view->progressLabel()->text(), ReviewView::tr("Reviewed %1 / %2").arg(0).arg(all));
        const int link = view->indicatorFilter()->findData(QStringLiteral("W-D-LINK"));
        QVERIFY(link > 0);
        view->indicatorFilter()->setCurrentIndex(link);
        emit view->indicatorFilter()->activated(link);
        QVERIFY(view->filterModel()->rowCount() >= 1);
        QVERIFY(view->filterModel()->rowCount() < all);
        for (int r = 0; r < view->filterModel()->rowCount(); ++r)
            QCOMPARE(view->filterModel()->index(r, FindingsModel::Indicator).data(FindingsModel::CodeRole).toString(), QStringLiteral("W-D-LINK"));
        view->indicatorFilter()->setCurrentIndex(0);
        emit view->indicatorFilter()->activated(0);
        view->searchBox()->setText(QStringLiteral("broken.html"));
        QCOMPARE(view->filterModel()->rowCount(), 1);
        view->searchBox()->clear();
        const int unit = view->unitFilter()->findText(QStringLiteral("临澜市人民政府办公室"));
        QVERIFY(unit > 0);
        view->unitFilter()->setCurrentIndex(unit);
        emit view->unitFilter()->activated(unit);
        QCOMPARE(view->filterModel()->rowCount(), all); // every finding is on the unit's site
        const int confirmed = view->stateFilter()->findData(QStringLiteral("confirmed"));
        view->stateFilter()->setCurrentIndex(confirmed);
        emit view->stateFilter()->activated(confirmed);
        QCOMPARE(view->filterModel()->rowCount(), 0);
    }

    void panesShowTheCaptureAndScrollTogether()
    {
        auto view = openView();
        QVERIFY(view->hasPanes());
        QVERIFY(selectOnHome(*view));
        ReviewPane *left = view->leftPane();
        ReviewPane *right = view->rightPane();
        QCOMPARE(left->mode(), ReviewPane::Mode::Captured);
        QCOMPARE(right->mode(), ReviewPane::Mode::Live);
        QTRY_VERIFY_WITH_TIMEOUT(EvidenceUrl::isEvidence(left->page()->url()) && !left->isLoading(), 15000);
        QCOMPARE(view->currentFinding()->url, left->originalUrl().toString());
        // M switches the right pane; four presses come back to live.
        QTest::keyClick(view.get(), Qt::Key_M);
        QCOMPARE(right->mode(), ReviewPane::Mode::Previous);
        QTest::keyClick(view.get(), Qt::Key_M);
        QCOMPARE(right->mode(), ReviewPane::Mode::Source);
        QTest::keyClick(view.get(), Qt::Key_M);
        QCOMPARE(right->mode(), ReviewPane::Mode::Captured);
        QTRY_VERIFY_WITH_TIMEOUT(EvidenceUrl::isEvidence(right->page()->url()) && !right->isLoading(), 15000);
        // Both show the long home page: scrolling the left moves the right.
        QTRY_VERIFY_WITH_TIMEOUT(!left->isLoading() && !right->isLoading() && left->page()->url() == right->page()->url(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(runJs(right->page(), QStringLiteral("document.body.scrollHeight")).toInt() > 2000, 10000);
        QTest::qWait(500); // the highlight's own scrolling settles first
        runJs(left->page(), QStringLiteral("window.scrollTo(0, 1234)"));
        QTRY_COMPARE_WITH_TIMEOUT(qRound(left->page()->scrollPosition().y()), 1234, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(qRound(right->page()->scrollPosition().y()), 1234, 5000);
        // Keys pressed faster than pages load: the panes end on the last finding, settled.
        view->findingsTable()->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(view.get(), Qt::Key_J);
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 15000);
        QCOMPARE(left->originalUrl().toString(), view->currentFinding()->url);
        QCOMPARE(left->finding().id, view->currentFinding()->id);
        QVERIFY(selectOnHome(*view));
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled() && left->page()->url() == right->page()->url(), 15000);
        QTest::qWait(500);
        runJs(left->page(), QStringLiteral("window.scrollTo(0, 1234)"));
        QTRY_COMPARE_WITH_TIMEOUT(qRound(right->page()->scrollPosition().y()), 1234, 5000);
        view->scrollTogetherBox()->setChecked(false);
        runJs(left->page(), QStringLiteral("window.scrollTo(0, 100)"));
        QTRY_COMPARE_WITH_TIMEOUT(qRound(left->page()->scrollPosition().y()), 100, 5000);
        QTest::qWait(300);
        QCOMPARE(qRound(right->page()->scrollPosition().y()), 1234);
    }

    void keyboardDecidesThroughReviewRecords()
    {
        auto view = openView();
        ReviewRecords records(*m_fx.store);
        const int all = view->filterModel()->rowCount();
        QVERIFY(all >= 2);
        view->findingsTable()->setFocus();
        QCOMPARE(view->findingsTable()->currentIndex().row(), 0);
        const qint64 first = view->currentFinding()->id;
        QTest::keyClick(view.get(), Qt::Key_C);
        QCOMPARE(records.review(first)->state, QStringLiteral("confirmed"));
        QCOMPARE(view->currentFinding()->state, QStringLiteral("confirmed"));
        QCOMPARE(view->progressLabel()->text(), ReviewView::tr("Reviewed %1 / %2").arg(1).arg(all));
        QTest::keyClick(view.get(), Qt::Key_J);
        const qint64 second = view->currentFinding()->id;
        QVERIFY(second != first);
        QCOMPARE(view->findingsTable()->currentIndex().row(), 1);
        QTest::keyClick(view.get(), Qt::Key_D);
        const auto dismissed = records.review(second);
        QCOMPARE(dismissed->state, QStringLiteral("dismissed"));
        QCOMPARE(dismissed->dismissReason, ReviewDecisionBar::commonDismissReasons().first());
        QCOMPARE(view->progressLabel()->text(), ReviewView::tr("Reviewed %1 / %2").arg(2).arg(all));
        // Back to the first (K), a note typed after E, saved when the field is left.
        QTest::keyClick(view.get(), Qt::Key_K);
        QCOMPARE(view->currentFinding()->id, first);
        QTest::keyClick(view.get(), Qt::Key_E);
        QLineEdit *note = view->decisionBar()->noteEdit();
        QTRY_VERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("checked by phone"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(records.review(first)->note, QStringLiteral("checked by phone"));
        QCOMPARE(records.review(first)->state, QStringLiteral("confirmed"));
        // Rectification status, unit and deadline, each saved at once.
        QComboBox *rect = view->decisionBar()->rectificationBox();
        const int notified = rect->findData(QStringLiteral("notified"));
        rect->setCurrentIndex(notified);
        emit rect->activated(notified);
        QCOMPARE(records.review(first)->rectification, QStringLiteral("notified"));
        // A responsible unit other than the site's owner: the unit filter follows it.
        const qint64 dataBureau = addUnit(*m_fx.store, QStringLiteral("临澜市数据局"), UnitKind::Department);
        view->reload();
        QCOMPARE(view->currentFinding()->id, first);
        QComboBox *unitBox = view->decisionBar()->unitBox();
        const int unit = unitBox->findData(dataBureau);
        unitBox->setCurrentIndex(unit);
        emit unitBox->activated(unit);
        QCOMPARE(records.review(first)->unitId, dataBureau);
        auto filterUnit = [&](qint64 id) {
            const int at = view->unitFilter()->findData(id);
            view->unitFilter()->setCurrentIndex(at);
            emit view->unitFilter()->activated(at);
            return view->filterModel()->rowCount();
        };
        QCOMPARE(filterUnit(dataBureau), 1);
        const qint64 owner = m_fx.store->site(m_fx.siteId)->ownerId;
        QCOMPARE(filterUnit(owner), all - 1);
        filterUnit(0);
        QVERIFY(view->selectFinding(first));
        view->decisionBar()->deadlineEdit()->setDate(QDate(2027, 1, 31));
        QCOMPARE(records.review(first)->deadline, QDate(2027, 1, 31));
        for (int i = 0; i < 3; ++i)
            QVERIFY(view->decisionBar()->undo());
        QCOMPARE(records.review(first)->rectification, QStringLiteral("open"));
        QCOMPARE(records.review(first)->unitId, 0);
        // History, newest first, and undo walks back one change at a time.
        view->findingsTable()->setFocus();
        QCOMPARE(view->decisionBar()->historyList()->count(), int(records.history(first).size()));
        QVERIFY(view->decisionBar()->historyList()->count() >= 2);
        QTest::keyClick(view.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(records.review(first)->note, QString());
        QCOMPARE(records.review(first)->state, QStringLiteral("confirmed"));
        view->decisionBar()->undo();
        QCOMPARE(records.review(first)->state, QStringLiteral("pending"));
        QCOMPARE(view->currentFinding()->state, QStringLiteral("pending"));
        QCOMPARE(view->progressLabel()->text(), ReviewView::tr("Reviewed %1 / %2").arg(1).arg(all));
        // A severity change needs its reason; with one it is saved and kept in the history.
        QComboBox *severity = view->decisionBar()->severityBox();
        const int veto = severity->findData(QStringLiteral("veto"));
        severity->setCurrentIndex(veto);
        emit severity->activated(veto);
        QVERIFY(records.review(first)->severity != QStringLiteral("veto"));
        QVERIFY(!view->decisionBar()->messageLabel()->text().isEmpty());
        view->decisionBar()->changeReasonEdit()->setText(QStringLiteral("seen on the live page"));
        severity->setCurrentIndex(veto);
        emit severity->activated(veto);
        QCOMPARE(records.review(first)->severity, QStringLiteral("veto"));
        QCOMPARE(view->currentFinding()->severity, QStringLiteral("veto"));
        QCOMPARE(records.history(first).constLast().reason, QStringLiteral("seen on the live page"));
        QVERIFY(view->decisionBar()->undo());
        // A dismissal needs a reason.
        view->decisionBar()->reasonBox()->setEditText(QString());
        QVERIFY(!view->decisionBar()->dismiss());
        QCOMPARE(records.review(first)->state, QStringLiteral("pending"));
    }

    void screenshotsAndManualFindings()
    {
        auto view = openView();
        ReviewRecords records(*m_fx.store);
        QVERIFY(selectOnHome(*view));
        ReviewPane *left = view->leftPane();
        QTRY_VERIFY_WITH_TIMEOUT(EvidenceUrl::isEvidence(left->page()->url()) && !left->isLoading(), 15000);
        const Finding shown = *view->currentFinding();
        // S: the captured pane's picture, kept in the store and as a WARC resource record.
        QTRY_VERIFY_WITH_TIMEOUT(!QImage::fromData(left->screenshot()).isNull(), 10000);
        view->findingsTable()->setFocus();
        QTest::keyClick(view.get(), Qt::Key_S);
        const QList<FindingScreenshot> shots = records.screenshots(shown.id);
        QCOMPARE(shots.size(), 1);
        QCOMPARE(shots[0].pageUrl, shown.url);
        QCOMPARE(shots[0].pane, QStringLiteral("captured"));
        QVERIFY(shots[0].warc.isValid());
        QCOMPARE(QImage::fromData(records.screenshot(shots[0].id)->png).size(), left->view()->size());

        // A manual finding on the same site: the dialog comes prefilled with the page.
        const int before = view->findingsModel()->rowCount();
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *d = qobject_cast<ManualFindingDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            QCOMPARE(d->url(), shown.url);
            d->indicatorBox()->setCurrentIndex(d->indicatorBox()->findData(QStringLiteral("W-N-MAP")));
            d->textEdit()->setPlainText(QStringLiteral("地图缺少南海诸岛"));
            d->accept();
        });
        view->decisionBar()->manualButton()->click();
        // Filed confirmed; a map finding confirmed is promoted to W-V1 (indicators.md): two rows.
        QTRY_COMPARE(view->findingsModel()->rowCount(), before + 2);
        const auto filed = view->currentFinding();
        QVERIFY(filed);
        QCOMPARE(filed->indicator, QStringLiteral("W-N-MAP"));
        QCOMPARE(filed->source, QStringLiteral("manual"));
        QCOMPARE(filed->url, shown.url);
        QCOMPARE(filed->state, QStringLiteral("confirmed"));
        QCOMPARE(records.screenshots(filed->id).size(), 1);
        const qint64 promoted = records.promotedFinding(filed->id);
        QVERIFY(promoted > 0);
        QCOMPARE(view->findingsModel()->finding(view->findingsModel()->rowOf(promoted)).indicator, QStringLiteral("W-V1"));
    }

    void screenshotCommandShowsTheReview()
    {
        // `xunjian screenshot --view review` on the crawled store: the captured page is drawn.
        const QString png = m_fx.dir.filePath(QStringLiteral("review.png"));
        const auto r = runXunjian({QStringLiteral("screenshot"), QStringLiteral("--view"), QStringLiteral("review"), QStringLiteral("--out"),
                                   png, QStringLiteral("--db"), m_fx.store->location().path, QStringLiteral("--size"), QStringLiteral("1440x900")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1440, 900));
        // The left pane (right of the list, above the decision bar) shows the page or says why not:
        // not a blank sheet.
        QSet<QRgb> colours;
        for (int y = 150; y < 600; y += 3)
            for (int x = 420; x < 900; x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    }

    void conflictShowsBothVersions_data() { XJ_BACKEND_DATA(); }
    void conflictShowsBothVersions()
    {
        XJ_OPEN_STORE(store);
        QString error;
        // Two inspectors: two connections to one store.
        auto other = Store::open(store->location(), &error);
        QVERIFY2(other, qPrintable(error));
        const qint64 unit = addUnit(*store, QStringLiteral("临澜市数据局"), UnitKind::Department);
        const qint64 site = addSite(*store, QStringLiteral("临澜市数据局网站"), SiteKind::Department, unit);
        Round r;
        r.id = QStringLiteral("2026Q4");
        r.windowFrom = QDate(2026, 10, 1);
        r.windowTo = QDate(2026, 12, 31);
        QVERIFY(store->insertRound(r));
        Finding f;
        f.roundId = r.id;
        f.objectId = site;
        f.indicator = QStringLiteral("W-D-LINK");
        f.severity = QStringLiteral("deduct");
        f.url = QStringLiteral("http://127.0.0.1:1/");
        f.link = QStringLiteral("http://127.0.0.1:1/gone.html");
        f.fingerprint = QStringLiteral("conflict-test");
        const qint64 id = CheckRecords(*store).upsertFinding(f);
        QVERIFY(id > 0);
        f.id = id;

        ReviewDecisionBar mine(*store);
        mine.setActor(QStringLiteral("张三"));
        mine.setFinding(f);
        QVERIFY(mine.review());
        // Meanwhile the other inspector writes a note.
        ReviewRecords theirs(*other);
        const int seen = mine.review()->version;
        FindingChange note;
        note.note = QStringLiteral("已电话核实");
        QCOMPARE(theirs.change(id, seen, note, QStringLiteral("李四"), nullptr, &error), ReviewRecords::Outcome::Saved);

        // My confirmation on the version I saw: the dialog shows both; I apply mine again.
        QStringList theirColumn;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QCOMPARE(d->objectName(), QStringLiteral("reviewConflict"));
            auto *table = d->findChild<QTableWidget *>();
            for (int row = 0; row < table->rowCount(); ++row)
                theirColumn << table->item(row, 2)->text();
            d->findChild<QPushButton *>(QStringLiteral("reapplyMine"))->click();
        });
        QVERIFY(mine.confirm());
        QVERIFY2(theirColumn.contains(QStringLiteral("已电话核实")), qPrintable(theirColumn.join(QLatin1Char('|'))));
        auto stored = theirs.review(id);
        QCOMPARE(stored->state, QStringLiteral("confirmed"));
        QCOMPARE(stored->note, QStringLiteral("已电话核实")); // theirs kept

        // Again stale; this time I take theirs: my change is dropped, theirs is shown.
        FindingChange deadline;
        deadline.deadline = QDate(2027, 1, 15);
        QCOMPARE(theirs.change(id, stored->version, deadline, QStringLiteral("李四"), nullptr, &error), ReviewRecords::Outcome::Saved);
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            QApplication::activeModalWidget()->findChild<QPushButton *>(QStringLiteral("takeTheirs"))->click();
        });
        mine.setNote(QStringLiteral("mine"));
        stored = theirs.review(id);
        QCOMPARE(stored->note, QStringLiteral("已电话核实"));
        QCOMPARE(stored->deadline, QDate(2027, 1, 15));
        QCOMPARE(mine.noteEdit()->text(), QStringLiteral("已电话核实"));
        QCOMPARE(mine.review()->version, stored->version);
    }

    void shortcutHelpListsTheKeys()
    {
        auto view = openView();
        QTest::keyClick(view.get(), Qt::Key_Question, Qt::ShiftModifier);
        QDialog *help = nullptr;
        QTRY_VERIFY((help = view->findChild<QDialog *>(QStringLiteral("reviewShortcuts"))) != nullptr);
        auto *table = help->findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(ReviewView::shortcutHelp().size()));
        QStringList keys;
        for (int r = 0; r < table->rowCount(); ++r)
            keys << table->item(r, 0)->text();
        for (const char *k : {"J", "K", "C", "D", "E", "M"})
            QVERIFY2(keys.join(QLatin1Char(',')).contains(QLatin1String(k)), k);
        help->close();
    }
};

int main(int argc, char **argv)
{
    // The scheme must be known before the application object exists: QTEST_MAIN cannot do this.
    EvidenceUrl::registerScheme();
    RenderedDarkLinks::prepareEnvironment(); // --no-sandbox as root, no GPU, as the workstation does
    QApplication app(argc, argv);
    TestReviewView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reviewview.moc"
