// ChecklistDialog on SQLite and PostgreSQL: a manual-only result is saved the moment it is chosen
// (another connection reads it back), the undecided count follows the decisions, an entry saved
// by another inspector meanwhile is a conflict shown side by side (take theirs / apply mine
// again), and the 检查记录表 typeset to PDF (saved, and printed to a PDF printer) names the object
// and its indicators as poppler reads it.
#include "BulletinTypesetter.h"
#include "ChecklistDialog.h"
#include "CheckRecords.h"
#include "ReviewConflictDialog.h"
#include "ReviewRecords.h"
#include "RoundFixture.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

struct Fixture {
    qint64 unit = 0;
    qint64 site = 0;
    QString round = QStringLiteral("2026Q4");
    qint64 pendingLink = 0;
    qint64 confirmedLink = 0;
};

bool build(Store &store, Fixture *fx)
{
    fx->unit = addUnit(store, QStringLiteral("临澜市数据局"), UnitKind::Department);
    fx->site = addSite(store, QStringLiteral("临澜市数据局网站"), SiteKind::Department, fx->unit);
    Round r;
    r.id = fx->round;
    r.windowFrom = QDate(2026, 10, 1);
    r.windowTo = QDate(2026, 12, 31);
    r.asOf = QDate(2026, 12, 31);
    if (!fx->unit || !fx->site || !store.insertRound(r))
        return false;
    auto file = [&](const QString &key) {
        Finding f;
        f.roundId = fx->round;
        f.objectId = fx->site;
        f.indicator = QStringLiteral("W-D-LINK");
        f.severity = QStringLiteral("deduct");
        f.points = 0.2;
        f.url = QStringLiteral("http://127.0.0.1/") + key;
        f.evidence = key;
        f.fingerprint = QStringLiteral("W-D-LINK|") + key;
        return CheckRecords(store).upsertFinding(f);
    };
    fx->pendingLink = file(QStringLiteral("l1"));
    fx->confirmedLink = file(QStringLiteral("l2"));
    QString error;
    return fx->pendingLink && fx->confirmedLink
        && ReviewRecords(store).confirm(fx->confirmedLink, 1, QStringLiteral("alice"), nullptr, &error)
        == ReviewRecords::Outcome::Saved;
}

const ChecklistItem *itemOf(const ChecklistDialog &d, const QString &code)
{
    for (const ChecklistItem &i : d.items())
        if (i.indicator == code)
            return &i;
    return nullptr;
}

// Answers the conflict dialog the next modal exec() opens with the button `which`, and records
// what its table showed.
void answerConflict(const QString &which, QString *shown)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, which, shown] {
        auto *dialog = qobject_cast<ReviewConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        for (int r = 0; r < dialog->table()->rowCount(); ++r)
            for (int c = 0; c < dialog->table()->columnCount(); ++c)
                if (const QTableWidgetItem *item = dialog->table()->item(r, c))
                    *shown += item->text() + QLatin1Char('|');
        *shown += dialog->findChild<QLabel *>() ? dialog->findChild<QLabel *>()->text() : QString();
        dialog->findChild<QPushButton *>(which)->click();
        timer->deleteLater();
    });
    timer->start();
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s+"))); // table cells wrap their lines
    return text;
}

} // namespace

class TestChecklistDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_evidence;

private slots:
    void initTestCase()
    {
        qputenv("XUNJIAN_LANG", "en");
        qputenv("XUNJIAN_EVIDENCE_DIR", m_evidence.path().toUtf8());
    }

    void manualEntrySavedAtOnce_data() { XJ_BACKEND_DATA(); }
    void manualEntrySavedAtOnce()
    {
        XJ_OPEN_STORE(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        ChecklistDialog dialog(*store, fx.round, ObjectType::Site, fx.site);
        dialog.setActor(QStringLiteral("alice"));
        QVERIFY(!dialog.items().isEmpty());
        int manual = 0;
        for (const ChecklistItem &i : dialog.items())
            manual += i.manualOnly ? 1 : 0;
        QVERIFY(manual >= 3);
        // Every manual-only item, and W-D-LINK with its pending finding.
        const int before = dialog.undecidedCount();
        QCOMPARE(before, manual + 1);
        QVERIFY(dialog.undecidedLabel()->text().contains(QString::number(before)));

        // The automatic item lists its findings; activating one asks for it in the review list.
        QVERIFY(dialog.selectIndicator(QStringLiteral("W-D-LINK")));
        QCOMPARE(itemOf(dialog, QStringLiteral("W-D-LINK"))->pending, 1);
        QCOMPARE(itemOf(dialog, QStringLiteral("W-D-LINK"))->confirmed, 1);
        QCOMPARE(dialog.findingList()->count(), 2);
        QSignalSpy activated(&dialog, &ChecklistDialog::findingActivated);
        emit dialog.findingList()->itemActivated(dialog.findingList()->item(0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), fx.pendingLink);

        // A manual result: clicking "fail" saves it; a second connection reads it.
        QVERIFY(dialog.selectIndicator(QStringLiteral("W-D-SEARCH")));
        QVERIFY(!dialog.stepsLabel()->text().isEmpty());
        dialog.resultButton(QStringLiteral("fail"))->click();
        QString openError;
        std::unique_ptr<Store> second = Store::open(store->location(), &openError);
        QVERIFY2(second, qPrintable(openError));
        auto stored = ReviewRecords(*second).checklistEntry(fx.round, ObjectType::Site, fx.site, QStringLiteral("W-D-SEARCH"));
        QVERIFY(stored);
        QCOMPARE(stored->result, QStringLiteral("fail"));
        QCOMPARE(stored->actor, QStringLiteral("alice"));
        QCOMPARE(stored->version, 1);
        QCOMPARE(dialog.undecidedCount(), before - 1);

        // The note, typed and left: saved too, on the next version.
        dialog.noteEdit()->setText(QStringLiteral("4 个标题中 2 个未检索到"));
        emit dialog.noteEdit()->editingFinished();
        stored = ReviewRecords(*second).checklistEntry(fx.round, ObjectType::Site, fx.site, QStringLiteral("W-D-SEARCH"));
        QCOMPARE(stored->note, QStringLiteral("4 个标题中 2 个未检索到"));
        QCOMPARE(stored->result, QStringLiteral("fail"));
        QCOMPARE(stored->version, 2);

        // A screenshot kept with the entry.
        QImage image(8, 6, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        QVERIFY(dialog.attachScreenshot(png, QStringLiteral("http://127.0.0.1/search")));
        stored = ReviewRecords(*second).checklistEntry(fx.round, ObjectType::Site, fx.site, QStringLiteral("W-D-SEARCH"));
        QVERIFY(stored->screenshotId > 0);
        QCOMPARE(ReviewRecords(*second).screenshot(stored->screenshotId)->png, png);

        // Not applicable, then deciding the pending finding elsewhere: both leave the count.
        QVERIFY(dialog.selectIndicator(QStringLiteral("W-V6")));
        dialog.resultButton(QStringLiteral("na"))->click();
        QCOMPARE(dialog.undecidedCount(), before - 2);
        QString error;
        QCOMPARE(ReviewRecords(*second).dismiss(fx.pendingLink, 1, QStringLiteral("误报"), QStringLiteral("bob"), nullptr, &error),
                 ReviewRecords::Outcome::Saved);
        dialog.reload();
        QCOMPARE(dialog.undecidedCount(), before - 3);
        QVERIFY(dialog.undecidedLabel()->text().contains(QString::number(before - 3)));
        // 100 less the confirmed link's 0.2; the pending one is not counted.
        QVERIFY2(dialog.scoreLabel()->text().contains(QStringLiteral("99.8")), qPrintable(dialog.scoreLabel()->text()));
    }

    void conflictShownAndResolved_data() { XJ_BACKEND_DATA(); }
    void conflictShownAndResolved()
    {
        XJ_OPEN_STORE(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        QString openError;
        std::unique_ptr<Store> second = Store::open(store->location(), &openError);
        QVERIFY2(second, qPrintable(openError));
        ChecklistDialog dialog(*store, fx.round, ObjectType::Site, fx.site);
        dialog.setActor(QStringLiteral("alice"));
        QVERIFY(dialog.selectIndicator(QStringLiteral("W-N-MAP")));

        // Bob saves on his connection after Alice's dialog read the checklist.
        ChecklistEntry bobs;
        bobs.roundId = fx.round;
        bobs.objectId = fx.site;
        bobs.indicator = QStringLiteral("W-N-MAP");
        bobs.result = QStringLiteral("fail");
        bobs.note = QStringLiteral("地图缺南海诸岛");
        QString error;
        QCOMPARE(ReviewRecords(*second).setChecklistEntry(bobs, 0, QStringLiteral("bob"), nullptr, &error),
                 ReviewRecords::Outcome::Saved);

        // Alice says pass: a conflict showing Bob's entry; she takes his.
        QString shown;
        answerConflict(QStringLiteral("takeTheirs"), &shown);
        QVERIFY(!dialog.setResult(QStringLiteral("pass")));
        QVERIFY2(shown.contains(QStringLiteral("地图缺南海诸岛")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("bob")), qPrintable(shown));
        auto stored = ReviewRecords(*second).checklistEntry(fx.round, ObjectType::Site, fx.site, QStringLiteral("W-N-MAP"));
        QCOMPARE(stored->result, QStringLiteral("fail"));
        QCOMPARE(stored->actor, QStringLiteral("bob"));
        QCOMPARE(itemOf(dialog, QStringLiteral("W-N-MAP"))->entry->note, QStringLiteral("地图缺南海诸岛")); // shown now
        QVERIFY(dialog.resultButton(QStringLiteral("fail"))->isChecked());

        // Bob changes it again; this time Alice applies hers on top of his.
        bobs.note = QStringLiteral("再次核对");
        QCOMPARE(ReviewRecords(*second).setChecklistEntry(bobs, 1, QStringLiteral("bob"), nullptr, &error),
                 ReviewRecords::Outcome::Saved);
        shown.clear();
        answerConflict(QStringLiteral("reapplyMine"), &shown);
        QVERIFY(dialog.setResult(QStringLiteral("na")));
        QVERIFY2(shown.contains(QStringLiteral("再次核对")), qPrintable(shown));
        stored = ReviewRecords(*second).checklistEntry(fx.round, ObjectType::Site, fx.site, QStringLiteral("W-N-MAP"));
        QCOMPARE(stored->result, QStringLiteral("na"));
        QCOMPARE(stored->actor, QStringLiteral("alice"));
        QCOMPARE(stored->version, 3);
    }

    void recordSheetPdf()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) missing");
        QTemporaryDir dir;
        auto store = sqliteStore(dir);
        QVERIFY(store);
        Fixture fx;
        QVERIFY(build(*store, &fx));
        ChecklistDialog dialog(*store, fx.round, ObjectType::Site, fx.site);
        dialog.setActor(QStringLiteral("alice"));
        QVERIFY(dialog.selectIndicator(QStringLiteral("W-D-SEARCH")));
        QVERIFY(dialog.setResult(QStringLiteral("fail")));

        const QString saved = qEnvironmentVariableIsSet("XJ_KEEP_PDF") ? QStringLiteral("/tmp/record.pdf") : dir.filePath(QStringLiteral("record.pdf"));
        QString error;
        QVERIFY2(dialog.savePdf(saved, &error), qPrintable(error));
        // (XJ_KEEP_PDF keeps it in /tmp to look at.) The print path: the same document painted on a (PDF) printer.
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(printed);
            BulletinTypesetter().print(dialog.recordSheet(), &printer);
        }
        for (const QString &pdf : {saved, printed}) {
            const QString text = pdfText(pdf);
            QVERIFY2(text.contains(QStringLiteral("临澜市数据局网站检查记录表")), qPrintable(pdf + QLatin1Char(' ') + text.left(300)));
            QVERIFY(text.contains(QStringLiteral("alice")));
            for (const ChecklistItem &i : dialog.items()) {
                // Whole, digits included ("W-V1", "IPv6": once dropped by pdftotext).
                QVERIFY2(text.contains(i.indicator), qPrintable(i.indicator));
                QString name = i.name;
                name.remove(QRegularExpression(QStringLiteral("\\s+")));
                QVERIFY2(text.contains(name), qPrintable(i.indicator + QLatin1Char(' ') + name));
            }
            QVERIFY(text.contains(QStringLiteral("不符合"))); // W-D-SEARCH's result
        }
    }
};

QTEST_MAIN(TestChecklistDialog)
#include "tst_checklistdialog.moc"
