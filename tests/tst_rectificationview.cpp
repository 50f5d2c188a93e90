// RectificationView on SQLite and PostgreSQL: the round's confirmed, unverified findings with
// overdue ones marked for an injected "today"; the unit and overdue filters and per-unit counts; a
// status picked in the table's editor is saved at once (version, history) and a change another
// inspector made first is a conflict; a unit's 整改通知 written as PDF (read back by pdftotext) and
// XLSX (read back by TableReader), and every unit's into a folder off the GUI thread.
#include "CheckRecords.h"
#include "RectificationExportJob.h"
#include "RectificationModel.h"
#include "RectificationView.h"
#include "ReviewConflictDialog.h"
#include "ReviewRecords.h"
#include "RoundFixture.h"
#include "StoreSettings.h"
#include "TableReader.h"
#include "TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

const QDate kToday(2027, 1, 10);

struct Fixture {
    qint64 unit = 0;      // 临澜市数据局: owns the site
    qint64 otherUnit = 0; // 临澜市教育局: assigned the late finding
    qint64 site = 0;
    QString round = QStringLiteral("2026Q4");
    qint64 plain = 0;  // confirmed, no deadline, the site's owner
    qint64 late = 0;   // confirmed, other unit, deadline passed: overdue
    qint64 fixed = 0;  // deadline passed but fixed: not overdue
    qint64 pending = 0; // not listed
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
    if (!fx->unit || !fx->otherUnit || !fx->site || !store.insertRound(r))
        return false;
    ReviewRecords records(store);
    QString error;
    auto file = [&](const QString &indicator, const QString &key, std::optional<FindingChange> change) -> qint64 {
        Finding f;
        f.roundId = fx->round;
        f.objectId = fx->site;
        f.indicator = indicator;
        f.severity = QStringLiteral("deduct");
        f.points = 0.2;
        f.url = QStringLiteral("http://127.0.0.1/") + key;
        f.evidence = QStringLiteral("问题-") + key;
        f.fingerprint = indicator + QLatin1Char('|') + key;
        const qint64 id = CheckRecords(store).upsertFinding(f);
        if (id && change && records.change(id, 1, *change, QStringLiteral("alice"), nullptr, &error) != ReviewRecords::Outcome::Saved) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        return id;
    };
    FindingChange confirm;
    confirm.state = QStringLiteral("confirmed");
    fx->plain = file(QStringLiteral("W-D-IDENT"), QStringLiteral("ident"), confirm);
    FindingChange late = confirm;
    late.unitId = fx->otherUnit;
    late.deadline = kToday.addDays(-1);
    fx->late = file(QStringLiteral("W-D-LINK"), QStringLiteral("late"), late);
    FindingChange fixed = confirm;
    fixed.deadline = kToday.addDays(-3);
    fixed.rectification = QStringLiteral("fixed");
    fx->fixed = file(QStringLiteral("W-D-TAGS"), QStringLiteral("fixed"), fixed);
    fx->pending = file(QStringLiteral("W-D-POLICY"), QStringLiteral("pending"), std::nullopt);
    return fx->plain && fx->late && fx->fixed && fx->pending;
}

int rowOf(const RectificationModel &model, qint64 findingId)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.rows()[r].finding.id == findingId)
            return r;
    return -1;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}); // cell by cell
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s+")));
}

// Picks `status` in the status editor of `row` (the table's delegate) as a user would.
bool pickStatus(RectificationView &view, int row, const QString &status)
{
    const QModelIndex source = view.model()->index(row, RectificationModel::StatusColumn);
    const QModelIndex index = view.filterModel()->mapFromSource(source);
    // The editor of an earlier pick is gone first (deleteLater), so findChild sees only this one.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    view.table()->setCurrentIndex(index);
    view.table()->edit(index);
    auto *box = view.table()->findChild<QComboBox *>(QStringLiteral("rectificationStatusEditor"));
    if (!box)
        return false;
    const int i = box->findData(status);
    box->setCurrentIndex(i);
    emit box->activated(i);
    QCoreApplication::processEvents(); // the queued re-read of the list
    return true;
}

} // namespace

class TestRectificationView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("XUNJIAN_LANG", "en"); }

    void rowsAndOverdue_data() { XJ_BACKEND_DATA(); }
    void rowsAndOverdue()
    {
        XJ_OPEN_STORE(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        RectificationView view(*store);
        view.setToday(kToday);
        QVERIFY(view.selectRound(fx.round));
        const RectificationModel &model = *view.model();
        QCOMPARE(model.rowCount(), 3); // not the pending one
        QCOMPARE(rowOf(model, fx.pending), -1);
        for (qint64 id : {fx.plain, fx.late, fx.fixed}) {
            const int r = rowOf(model, id);
            QVERIFY(r >= 0);
            const bool overdue = id == fx.late;
            QCOMPARE(model.index(r, 0).data(RectificationModel::OverdueRole).toBool(), overdue);
            // Overdue rows are red, the others keep the default colour.
            QCOMPARE(model.index(r, RectificationModel::DeadlineColumn).data(Qt::ForegroundRole).isValid(), overdue);
        }
        QCOMPARE(model.index(rowOf(model, fx.late), RectificationModel::UnitColumn).data().toString(), QStringLiteral("临澜市教育局"));
        QCOMPARE(model.index(rowOf(model, fx.plain), RectificationModel::UnitColumn).data().toString(), QStringLiteral("临澜市数据局"));
        QCOMPARE(model.index(rowOf(model, fx.late), RectificationModel::PageColumn).data().toString(), QStringLiteral("http://127.0.0.1/late"));

        // Per-unit counts beside the table.
        QStringList counts;
        for (int i = 0; i < view.unitCounts()->count(); ++i)
            counts << view.unitCounts()->item(i)->text();
        QVERIFY2(counts.contains(QStringLiteral("临澜市数据局 — 2 open, 0 overdue")), qPrintable(counts.join(QLatin1Char(';'))));
        QVERIFY2(counts.contains(QStringLiteral("临澜市教育局 — 1 open, 1 overdue")), qPrintable(counts.join(QLatin1Char(';'))));

        // Filters.
        view.setOverdueOnly(true);
        QCOMPARE(view.filterModel()->rowCount(), 1);
        view.setOverdueOnly(false);
        QVERIFY(view.selectUnit(fx.unit));
        QCOMPARE(view.filterModel()->rowCount(), 2);
        QVERIFY(view.selectUnit(0));
        QCOMPARE(view.filterModel()->rowCount(), 3);

        // Two days earlier nothing was overdue yet.
        view.setToday(kToday.addDays(-2));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(!model.index(r, 0).data(RectificationModel::OverdueRole).toBool());
    }

    void statusThroughDelegate_data() { XJ_BACKEND_DATA(); }
    void statusThroughDelegate()
    {
        XJ_OPEN_STORE(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        RectificationView view(*store);
        view.model()->setActor(QStringLiteral("carol"));
        view.setToday(kToday);
        QVERIFY(view.selectRound(fx.round));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QString openError;
        std::unique_ptr<Store> second = Store::open(store->location(), &openError);
        QVERIFY2(second, qPrintable(openError));
        ReviewRecords other(*second);
        const int before = other.review(fx.late)->version;
        const int historyBefore = int(other.history(fx.late).size());

        QVERIFY(pickStatus(view, rowOf(*view.model(), fx.late), QStringLiteral("notified")));
        QCOMPARE(other.review(fx.late)->rectification, QStringLiteral("notified"));
        QCOMPARE(other.review(fx.late)->version, before + 1);
        const QList<HistoryEntry> history = other.history(fx.late);
        QCOMPARE(int(history.size()), historyBefore + 1);
        QCOMPARE(history.constLast().actor, QStringLiteral("carol"));
        QCOMPARE(history.constLast().before.value(QStringLiteral("rectification")).toString(), QStringLiteral("open"));
        QCOMPARE(history.constLast().after.value(QStringLiteral("rectification")).toString(), QStringLiteral("notified"));
        const int row = rowOf(*view.model(), fx.late);
        QCOMPARE(view.model()->index(row, RectificationModel::StatusColumn).data(RectificationModel::StatusCodeRole).toString(),
                 QStringLiteral("notified"));
        QVERIFY(view.model()->index(row, 0).data(RectificationModel::OverdueRole).toBool()); // still overdue when notified

        // The deadline, edited through the model: moved past today, no longer overdue.
        QVERIFY(view.model()->setData(view.model()->index(row, RectificationModel::DeadlineColumn), kToday.addDays(7)));
        QCoreApplication::processEvents();
        QCOMPARE(other.review(fx.late)->deadline, kToday.addDays(7));
        QVERIFY(!view.model()->index(rowOf(*view.model(), fx.late), 0).data(RectificationModel::OverdueRole).toBool());

        // Another inspector verifies it first: my change is a conflict, shown; I take theirs.
        QString error;
        QCOMPARE(other.setRectification(fx.late, other.review(fx.late)->version, QStringLiteral("fixed"), QStringLiteral("dave"),
                                        nullptr, &error),
                 ReviewRecords::Outcome::Saved);
        const int theirVersion = other.review(fx.late)->version;
        QString shown;
        auto *timer = new QTimer(&view);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [timer, &shown] {
            auto *dialog = qobject_cast<ReviewConflictDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            shown = dialog->findChildren<QLabel *>().isEmpty() ? QString() : dialog->findChildren<QLabel *>().constFirst()->text();
            dialog->findChild<QPushButton *>(QStringLiteral("takeTheirs"))->click();
            timer->stop();
        });
        timer->start();
        QSignalSpy conflicts(view.model(), &RectificationModel::conflicted);
        // (The list still shows 已通知; I set it back to 待整改, not knowing of Dave's change.)
        QVERIFY(pickStatus(view, rowOf(*view.model(), fx.late), QStringLiteral("open")));
        QCOMPARE(conflicts.size(), 1);
        QVERIFY2(shown.contains(QStringLiteral("dave")), qPrintable(shown));
        QCOMPARE(other.review(fx.late)->rectification, QStringLiteral("fixed")); // theirs stands
        QCOMPARE(other.review(fx.late)->version, theirVersion);
        QCOMPARE(view.model()->index(rowOf(*view.model(), fx.late), RectificationModel::StatusColumn)
                     .data(RectificationModel::StatusCodeRole).toString(),
                 QStringLiteral("fixed"));

        // Verified: done, it leaves the list.
        QVERIFY(pickStatus(view, rowOf(*view.model(), fx.late), QStringLiteral("verified")));
        QCOMPARE(other.review(fx.late)->rectification, QStringLiteral("verified"));
        QCOMPARE(rowOf(*view.model(), fx.late), -1);
    }

    void exportNotices()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) missing");
        QTemporaryDir dir;
        auto store = sqliteStore(dir);
        QVERIFY(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        QVERIFY(StoreSettings(*store).setValue(setting::kAgency, QStringLiteral("临澜市政务服务数据管理局")));
        RectificationView view(*store);
        view.setToday(kToday);
        QVERIFY(view.selectRound(fx.round));

        // One unit, inline.
        const QString pdf = dir.filePath(QStringLiteral("one.pdf"));
        const QString xlsx = dir.filePath(QStringLiteral("one.xlsx"));
        QString error;
        QVERIFY2(view.exportUnit(fx.otherUnit, pdf, xlsx, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("关于临澜市教育局政府网站和政务新媒体问题整改的通知")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("临澜市政务服务数据管理局")));
        QVERIFY2(text.contains(QStringLiteral("问题-late")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("问题-ident"))); // another unit's
        const auto table = TableReader::read(xlsx, &error);
        QVERIFY2(table, qPrintable(error));
        QStringList cells;
        for (const TableRow &r : table->rows)
            cells << r.cells;
        cells << table->headers;
        QVERIFY2(cells.join(QLatin1Char('|')).contains(QStringLiteral("问题-late")), qPrintable(cells.join(QLatin1Char('|'))));
        QVERIFY(cells.join(QLatin1Char('|')).contains(QStringLiteral("临澜市数据局网站")));
        QVERIFY(!cells.join(QLatin1Char('|')).contains(QStringLiteral("问题-ident")));

        // A unit with nothing open: a clear refusal, nothing written.
        const qint64 idle = addUnit(*store, QStringLiteral("临澜市水务局"), UnitKind::Department);
        QVERIFY(!view.exportUnit(idle, dir.filePath(QStringLiteral("idle.pdf")), {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("idle.pdf"))));

        // Every unit into a folder, on the worker thread.
        const QString folder = dir.filePath(QStringLiteral("notices"));
        QSignalSpy finished(&view, &RectificationView::exportFinished);
        QSignalSpy progress(view.exportJob(), &RectificationExportJob::progress);
        QVERIFY2(view.exportAll(folder, &error), qPrintable(error));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(2).toString(), QString());
        QCOMPARE(finished.at(0).at(0).toStringList().size(), 2);
        QCOMPARE(progress.size(), 2);
        for (const char *unit : {"临澜市数据局", "临澜市教育局"}) {
            const QString base = QDir(folder).filePath(RectificationExportJob::fileBaseName(QString::fromUtf8(unit)));
            QVERIFY2(pdfText(base + QStringLiteral(".pdf")).contains(QStringLiteral("关于%1政府网站").arg(QString::fromUtf8(unit))), unit);
            QVERIFY(TableReader::read(base + QStringLiteral(".xlsx"), &error));
        }
        QVERIFY(view.isSettled());
    }

    void screenshotCommandShowsBothViews()
    {
        // `xunjian screenshot --view rectification` and `--view review-checklist` (the checklist of
        // the review list's first finding, a dialog) on a store with open findings.
        QTemporaryDir dir;
        auto store = sqliteStore(dir);
        QVERIFY(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        const QString db = store->location().path;
        store.reset();
        QSize windowSize;
        for (const QString &viewName : {QStringLiteral("registry"), QStringLiteral("rectification"), QStringLiteral("review-checklist")}) {
            const QString png = qEnvironmentVariableIsSet("XJ_KEEP_PNG") ? QStringLiteral("/tmp/%1.png").arg(viewName)
                                                                         : dir.filePath(viewName + QStringLiteral(".png"));
            const auto r = runXunjian({QStringLiteral("screenshot"), QStringLiteral("--view"), viewName, QStringLiteral("--out"), png,
                                       QStringLiteral("--db"), db, QStringLiteral("--size"), QStringLiteral("1200x800")});
            QVERIFY2(r.exitCode == 0, qPrintable(viewName + QLatin1Char(' ') + r.err));
            const QImage image(png);
            QVERIFY2(!image.isNull(), qPrintable(viewName));
            // The rectification area is the whole window, as the registry is (the status bar's
            // long database path may widen both alike); the checklist is a dialog of its own size.
            if (viewName == QLatin1String("registry"))
                windowSize = image.size();
            else if (viewName == QLatin1String("rectification"))
                QCOMPARE(image.size(), windowSize);
            else
                QVERIFY2(image.size() != windowSize && image.width() < windowSize.width(), qPrintable(viewName));
        }
    }
};

QTEST_MAIN(TestRectificationView)
#include "tst_rectificationview.moc"
