// The bulletin workspace (BulletinView, BulletinEditor, FinaliseDialog, BulletinPublishJob) on a
// round in the image of the 2022Q2 bulletin: a draft drafted from the results is stored with its
// body; an edit of a block is in the store at once (read back through a second connection); after
// a finding is dismissed, Recheck figures marks exactly the blocks stating figures that changed and
// Regenerate rewrites one only when asked; the preview's paint path gives a PDF with the title;
// finalising through the dialog and the worker thread signs the draft row itself, which the list
// then shows as issued and the editor as read-only.

#include "AgencyDialog.h"
#include "BulletinBlocksModel.h"
#include "BulletinDraft.h"
#include "BulletinEditor.h"
#include "BulletinListModel.h"
#include "BulletinView.h"
#include "FinaliseDialog.h"
#include "RoundFixture.h"
#include "StoreSettings.h"
#include "TestSupport.h"

#include <QAbstractItemDelegate>
#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

const QString kPassword = QStringLiteral("通报 secret");
const QString kAgency = QStringLiteral("揭阳市政务服务数据管理局");

QString tool(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

bool fillSettings(Store &store)
{
    StoreSettings s(store);
    return s.setValue(setting::kAgency, kAgency) && s.setValue(setting::kCity, QStringLiteral("揭阳市"))
        && s.setValue(setting::kNumberTemplate, QStringLiteral("揭政数局函〔{year}〕{n}号"));
}

std::optional<BulletinDocument> storedDocument(Store &store, qint64 id)
{
    const auto record = BulletinRecords(store).bulletin(id);
    if (!record)
        return std::nullopt;
    return BulletinDocument::fromJson(QJsonDocument::fromJson(record->document.toUtf8()).object());
}

// Rows whose stated figures include a key BulletinDraft::staleFigures gives for the store's results now.
QList<int> expectedStaleRows(Store &store, const QString &roundId, const BulletinDocument &document)
{
    const auto results = RoundResults::compute(store, roundId);
    if (!results)
        return {-1};
    const QStringList stale = BulletinDraft::staleFigures(document, BulletinDraft::figures(*results));
    QList<int> rows;
    for (int i = 0; i < document.body.size(); ++i) {
        const QStringList keys = BulletinDraft::statedFigures(document.body.at(i)).keys();
        for (const QString &k : keys)
            if (stale.contains(k)) {
                rows << i;
                break;
            }
    }
    return rows;
}

int textRowStating(const BulletinBlocksModel &model, const QString &key)
{
    for (int i = 0; i < model.blocks().size(); ++i)
        if (BulletinDraft::statedFigures(model.blocks().at(i)).contains(key))
            return i;
    return -1;
}

} // namespace

class TestBulletinView : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_p12;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *program : {"openssl", "pdftotext"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(program)).isEmpty(), program);
        int code = -1;
        const QString gen = tool(QStringLiteral("openssl"),
                                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                  QStringLiteral("-nodes"), QStringLiteral("-utf8"), QStringLiteral("-subj"),
                                  QStringLiteral("/C=CN/O=Xunjian Test/CN=") + kAgency, QStringLiteral("-days"), QStringLiteral("30"),
                                  QStringLiteral("-keyout"), path(QStringLiteral("key.pem")), QStringLiteral("-out"),
                                  path(QStringLiteral("cert.pem"))},
                                 &code);
        QVERIFY2(code == 0, qPrintable(gen));
        m_p12 = path(QStringLiteral("signer.p12"));
        const QString exp = tool(QStringLiteral("openssl"),
                                 {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                                  path(QStringLiteral("key.pem")), QStringLiteral("-in"), path(QStringLiteral("cert.pem")),
                                  QStringLiteral("-out"), m_p12, QStringLiteral("-passout"), QStringLiteral("pass:") + kPassword},
                                 &code);
        QVERIFY2(code == 0, qPrintable(exp));
    }

    void draftEditRecheck_data() { XJ_BACKEND_DATA(); }
    void draftEditRecheck()
    {
        XJ_OPEN_STORE(store);
        RoundFixture fx;
        QVERIFY2(buildSeedRound(*store, &fx), qPrintable(store->lastError()));
        QVERIFY2(fillSettings(*store), qPrintable(store->lastError()));
        BulletinView view(*store);
        QVERIFY(view.selectRound(fx.roundId));
        QString error;
        const qint64 id = view.newDraft(&error);
        QVERIFY2(id > 0, qPrintable(error));

        // The draft row holds the body the editor shows; the list shows it as a draft.
        const auto stored = storedDocument(*store, id);
        QVERIFY(stored);
        QVERIFY(stored->body.size() > 5);
        QVERIFY(stored->title.contains(QStringLiteral("第二季度")));
        BulletinEditor *editor = view.editor();
        QCOMPARE(editor->bulletinId(), id);
        QVERIFY(!editor->isReadOnly());
        QCOMPARE(editor->blocksModel()->rowCount(), int(stored->body.size()));
        QCOMPARE(view.listModel()->rowCount(), 1);
        QCOMPARE(view.listModel()->index(0, BulletinListModel::StateColumn).data().toString(),
                 BulletinListModel::stateLabel(BulletinRecord::Draft));
        QVERIFY(editor->blocksModel()->stale().isEmpty()); // just drafted: every figure agrees

        // An edit is saved at once; another connection to the same store reads it.
        const int edited = int(stored->body.size()) - 1;
        const QString newText = QStringLiteral("请各单位于2022年9月30日前完成整改。（编辑测试）");
        QVERIFY(editor->blocksModel()->setData(editor->blocksModel()->index(edited, BulletinBlocksModel::TextColumn), newText));
        {
            QString openError;
            auto second = Store::open(store->location(), &openError);
            QVERIFY2(second, qPrintable(openError));
            const auto reread = storedDocument(*second, id);
            QVERIFY(reread);
            QCOMPARE(reread->body.at(edited).text, newText);
        }
        // A form field too.
        editor->titleEdit()->setText(stored->title + QStringLiteral("（修订）"));
        emit editor->titleEdit()->textEdited(editor->titleEdit()->text());
        QCOMPARE(BulletinRecords(*store).bulletin(id)->title, stored->title + QStringLiteral("（修订）"));
        QCOMPARE(view.listModel()->index(0, BulletinListModel::TitleColumn).data().toString(), stored->title + QStringLiteral("（修订）"));

        // Dismissing a confirmed veto changes the websites' figures: exactly the blocks stating
        // them are marked, with what was stated and what the results give now.
        CheckRecords records(*store);
        qint64 veto = 0;
        for (const Finding &f : records.findings(fx.roundId, QStringLiteral("W-V1")))
            if (f.objectId == fx.sites.value(QStringLiteral("揭东区人民政府门户网站")))
                veto = f.id;
        QVERIFY(veto > 0);
        QVERIFY(records.setFindingState(veto, QStringLiteral("dismissed")));
        const auto staleKeys = editor->recheckFigures(&error);
        QVERIFY2(staleKeys, qPrintable(error));
        QVERIFY(staleKeys->contains(QStringLiteral("websites.pass_rate")));
        const QList<int> expected = expectedStaleRows(*store, fx.roundId, editor->document());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(editor->blocksModel()->stale().keys(), expected);
        int withFigures = 0;
        for (const BulletinBlock &b : editor->blocksModel()->blocks())
            withFigures += BulletinDraft::statedFigures(b).isEmpty() ? 0 : 1;
        QVERIFY2(expected.size() < withFigures, "only the changed figures' blocks, not every block stating a figure");
        const int rateRow = textRowStating(*editor->blocksModel(), QStringLiteral("websites.pass_rate"));
        QVERIFY(expected.contains(rateRow));
        const QModelIndex rateIndex = editor->blocksModel()->index(rateRow, BulletinBlocksModel::TextColumn);
        QVERIFY(rateIndex.data(Qt::BackgroundRole).isValid());
        QVERIFY2(rateIndex.data(Qt::ToolTipRole).toString().contains(QStringLiteral("websites.pass_rate: stated 80")),
                 qPrintable(rateIndex.data(Qt::ToolTipRole).toString()));
        // Marked, not rewritten.
        QCOMPARE(editor->document().body.at(rateRow).text, stored->body.at(rateRow).text);
        QCOMPARE(storedDocument(*store, id)->body.at(rateRow).text, stored->body.at(rateRow).text);

        // A block stating no figure cannot be regenerated.
        int plainRow = -1;
        for (int i = 0; i < editor->blocksModel()->rowCount() && plainRow < 0; ++i)
            if (BulletinDraft::statedFigures(editor->blocksModel()->blocks().at(i)).isEmpty())
                plainRow = i;
        QVERIFY(plainRow >= 0);
        error.clear();
        QVERIFY(!editor->regenerateBlock(plainRow, &error));
        QVERIFY(error.contains(QStringLiteral("no figures")));

        // Regenerate on request (the marked block's button): the block states the new rate and
        // is saved; the mark goes.
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QModelIndex button = editor->blocksModel()->index(rateRow, BulletinBlocksModel::FiguresColumn);
        QCOMPARE(button.data().toString(), QStringLiteral("Regenerate"));
        for (int i = 0; i < editor->blocksModel()->rowCount(); ++i) // a button on exactly the marked blocks
            QCOMPARE(editor->blocksModel()->index(i, BulletinBlocksModel::FiguresColumn).data().isValid(), expected.contains(i));
        editor->blocksView()->scrollTo(button);
        QTest::mouseClick(editor->blocksView()->viewport(), Qt::LeftButton, {}, editor->blocksView()->visualRect(button).center());
        QCOMPARE(BulletinDraft::statedFigures(editor->document().body.at(rateRow)).value(QStringLiteral("websites.pass_rate")),
                 QStringLiteral("90"));
        QVERIFY(!editor->blocksModel()->stale().contains(rateRow));
        QCOMPARE(storedDocument(*store, id)->body.at(rateRow).text, editor->document().body.at(rateRow).text);
        QVERIFY(editor->document().body.at(rateRow).text.contains(QStringLiteral("90%")));
    }

    // Agency…: the store's bulletin settings, which the next draft takes.
    void agencySettingsReachTheDraft()
    {
        QTemporaryDir dir;
        auto store = sqliteStore(dir);
        QVERIFY(store);
        RoundFixture fx;
        QVERIFY2(buildSeedRound(*store, &fx), qPrintable(store->lastError()));
        BulletinView view(*store);
        QVERIFY(view.selectRound(fx.roundId));
        QString error;
        QCOMPARE(view.newDraft(&error), 0); // no agency yet: refused, saying why
        QVERIFY(error.contains(QStringLiteral("Agency")));
        QCOMPARE(BulletinRecords(*store).bulletins(fx.roundId).size(), 0);

        AgencyDialog dialog(*store);
        dialog.findChild<QLineEdit *>(QStringLiteral("agency"))->setText(kAgency);
        dialog.findChild<QLineEdit *>(QStringLiteral("city"))->setText(QStringLiteral("揭阳市"));
        dialog.findChild<QLineEdit *>(QStringLiteral("numberTemplate"))->setText(QStringLiteral("揭政数局函〔{year}〕{n}号"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("recipients"))->setPlainText(QStringLiteral("各县（市、区）数据局"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const StoreSettings settings(*store);
        QCOMPARE(settings.value(setting::kAgency), kAgency);
        QCOMPARE(settings.value(setting::kRecipients), QStringLiteral("各县（市、区）数据局"));

        const qint64 id = view.newDraft(&error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(view.editor()->document().recipients, QStringLiteral("各县（市、区）数据局"));
        QCOMPARE(storedDocument(*store, id)->agency, kAgency);
    }

    void printsThroughThePreviewPath()
    {
        QTemporaryDir dir;
        auto store = sqliteStore(dir);
        QVERIFY(store);
        RoundFixture fx;
        QVERIFY2(buildSeedRound(*store, &fx), qPrintable(store->lastError()));
        QVERIFY(fillSettings(*store));
        BulletinView view(*store);
        QVERIFY(view.selectRound(fx.roundId));
        QString error;
        QVERIFY2(view.newDraft(&error) > 0, qPrintable(error));
        const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(pdf);
            view.editor()->printTo(&printer);
        }
        int code = -1;
        QString text = tool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, &code);
        QCOMPARE(code, 0);
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(text.contains(view.editor()->document().title), qPrintable(text.left(400)));

        // The preview dialog paints through printTo (its paintRequested).
        view.editor()->openPrintPreview();
        auto *preview = view.editor()->findChild<QPrintPreviewDialog *>(QStringLiteral("bulletinPreview"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        auto *widget = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(widget);
        QTRY_VERIFY(widget->pageCount() > 1);
        preview->close();
    }


    // The table's own editors: the multi-line text editor and the kind combo commit into the
    // model, and the model's edit is in the store.
    void editsThroughTheDelegate()
    {
        QTemporaryDir dir;
        auto store = sqliteStore(dir);
        QVERIFY(store);
        RoundFixture fx;
        QVERIFY2(buildSeedRound(*store, &fx), qPrintable(store->lastError()));
        QVERIFY(fillSettings(*store));
        BulletinView view(*store);
        view.resize(1200, 900);
        view.show();
        QVERIFY(view.selectRound(fx.roundId));
        QString error;
        const qint64 id = view.newDraft(&error);
        QVERIFY2(id > 0, qPrintable(error));
        QTableView *table = view.editor()->blocksView();
        BulletinBlocksModel *model = view.editor()->blocksModel();

        const QModelIndex text = model->index(0, BulletinBlocksModel::TextColumn);
        table->setCurrentIndex(text);
        table->edit(text);
        auto *editor = qobject_cast<QPlainTextEdit *>(table->indexWidget(text));
        QVERIFY(editor);
        QCOMPARE(editor->toPlainText(), model->blocks().at(0).text);
        editor->setPlainText(QStringLiteral("第一行\n第二行"));
        emit table->itemDelegate()->commitData(editor);
        emit table->itemDelegate()->closeEditor(editor);
        QCOMPARE(model->blocks().at(0).text, QStringLiteral("第一行\n第二行"));
        QCOMPARE(storedDocument(*store, id)->body.at(0).text, QStringLiteral("第一行\n第二行"));

        const QModelIndex kind = model->index(0, BulletinBlocksModel::KindColumn);
        table->setCurrentIndex(kind);
        table->edit(kind);
        auto *combo = qobject_cast<QComboBox *>(table->indexWidget(kind));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(BulletinBlock::Heading3)));
        emit combo->activated(combo->currentIndex());
        QCOMPARE(model->blocks().at(0).kind, BulletinBlock::Heading3);
        QCOMPARE(storedDocument(*store, id)->body.at(0).kind, BulletinBlock::Heading3);

        // Add, move, remove: each saved.
        const int before = model->rowCount();
        model->insertBlock(1, BulletinBlock{BulletinBlock::Paragraph, QStringLiteral("新增段落"), {}});
        QCOMPARE(storedDocument(*store, id)->body.size(), before + 1);
        model->moveBlock(1, 3);
        QCOMPARE(storedDocument(*store, id)->body.at(3).text, QStringLiteral("新增段落"));
        model->removeBlock(3);
        QCOMPARE(storedDocument(*store, id)->body.size(), before);
        QVERIFY(view.editor()->savedLabel()->text().contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d"))));
        QVERIFY(view.editor()->savedLabel()->styleSheet().isEmpty()); // not the red "Not saved"

        // Attachment titles are editable, their tables are not.
        auto *title = view.editor()->findChild<QLineEdit *>(QStringLiteral("attachmentTitle1"));
        QVERIFY(title);
        title->setText(QStringLiteral("名单（修订）"));
        emit title->textEdited(title->text());
        QCOMPARE(storedDocument(*store, id)->attachments.at(0).title, QStringLiteral("名单（修订）"));
    }

    // Export PDF: the unsigned PDF and the attachments, off the GUI thread; nothing is stored.
    void exportsOffTheGuiThread()
    {
        QTemporaryDir dir;
        auto store = sqliteStore(dir);
        QVERIFY(store);
        RoundFixture fx;
        QVERIFY2(buildSeedRound(*store, &fx), qPrintable(store->lastError()));
        QVERIFY(fillSettings(*store));
        BulletinView view(*store);
        QVERIFY(view.selectRound(fx.roundId));
        QString error;
        const qint64 id = view.newDraft(&error);
        QVERIFY2(id > 0, qPrintable(error));
        const QString pdf = dir.filePath(QStringLiteral("export.pdf"));
        const QString attachments = dir.filePath(QStringLiteral("attachments"));
        QVERIFY(view.editor()->startExport(pdf, attachments));
        QVERIFY(!view.isSettled());
        QTRY_VERIFY_WITH_TIMEOUT(view.isSettled(), 120000);
        QVERIFY2(view.editor()->lastResult(), qPrintable(view.editor()->lastError()));
        QCOMPARE(view.editor()->lastResult()->bulletinId, 0);
        QVERIFY(view.editor()->lastResult()->documentNumber.isEmpty());
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(QDir(attachments).entryList(QDir::Files).size() >= 2);
        int code = -1;
        QString text = tool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, &code);
        QCOMPARE(code, 0);
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(text.contains(view.editor()->document().title));
        QCOMPARE(BulletinRecords(*store).bulletin(id)->state, BulletinRecord::Draft);
        QCOMPARE(BulletinRecords(*store).bulletins(fx.roundId).size(), 1);

        // Delete draft: gone from the store and the list, the editor closed.
        QVERIFY2(view.deleteDraft(id, &error), qPrintable(error));
        QVERIFY(!BulletinRecords(*store).bulletin(id));
        QCOMPARE(view.listModel()->rowCount(), 0);
        QCOMPARE(view.editor()->bulletinId(), 0);
    }

    void finaliseThroughTheDialog_data() { XJ_BACKEND_DATA(); }
    void finaliseThroughTheDialog()
    {
        XJ_OPEN_STORE(store);
        RoundFixture fx;
        QVERIFY2(buildSeedRound(*store, &fx), qPrintable(store->lastError()));
        QVERIFY(fillSettings(*store));
        BulletinView view(*store);
        QVERIFY(view.selectRound(fx.roundId));
        QString error;
        const qint64 id = view.newDraft(&error);
        QVERIFY2(id > 0, qPrintable(error));
        BulletinEditor *editor = view.editor();

        // A wrong password is refused in the dialog, which stays open; nothing starts.
        FinaliseDialog *dialog = editor->openFinaliseDialog();
        QVERIFY(dialog);
        dialog->setCertificate(m_p12, QStringLiteral("wrong"));
        dialog->setSeal(QStringLiteral("sample"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->validationText().isEmpty());
        QVERIFY(!editor->isBusy());

        const QString attachments = QDir(QDir::tempPath()).filePath(QStringLiteral("xj-bulletinview-%1").arg(QCoreApplication::applicationPid()));
        QDir(attachments).removeRecursively();
        dialog->setCertificate(m_p12, kPassword);
        dialog->setAttachmentsDir(attachments);
        dialog->accept();
        QVERIFY(editor->isBusy());
        QVERIFY(editor->isReadOnly()); // no edits while the row is being finalised
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 120000);
        QVERIFY2(editor->lastResult(), qPrintable(editor->lastError()));
        const PublishResult &result = *editor->lastResult();
        QCOMPARE(result.bulletinId, id); // the draft row itself was finalised
        QCOMPARE(result.documentNumber, QStringLiteral("揭政数局函〔%1〕1号").arg(QDate::currentDate().year()));
        QCOMPARE(result.sha256.size(), 64);
        QVERIFY(result.attachmentFiles.size() >= 2);
        for (const QString &f : result.attachmentFiles)
            QVERIFY2(QFileInfo::exists(f), qPrintable(f));
        QDir(attachments).removeRecursively();

        const auto stored = BulletinRecords(*store).bulletin(id);
        QVERIFY(stored);
        QCOMPARE(stored->state, BulletinRecord::Final);
        QCOMPARE(stored->sha256, result.sha256);
        QCOMPARE(stored->signer, kAgency);
        QCOMPARE(view.listModel()->rowCount(), 1);
        QCOMPARE(view.listModel()->index(0, BulletinListModel::StateColumn).data().toString(),
                 BulletinListModel::stateLabel(BulletinRecord::Final));
        QCOMPARE(view.listModel()->index(0, BulletinListModel::NumberColumn).data().toString(), result.documentNumber);
        // Read-only now: no field or block takes an edit, nothing more can be finalised.
        QVERIFY(editor->isReadOnly());
        QVERIFY(editor->titleEdit()->isReadOnly());
        const QModelIndex block = editor->blocksModel()->index(0, BulletinBlocksModel::TextColumn);
        QVERIFY(!(editor->blocksModel()->flags(block) & Qt::ItemIsEditable));
        QVERIFY(!editor->blocksModel()->setData(block, QStringLiteral("改")));
        QVERIFY(!editor->openFinaliseDialog());
        QCOMPARE(editor->document().documentNumber, result.documentNumber);

        // Exporting the issued bulletin writes the stored signed file byte for byte.
        const QString exported = QDir(QDir::tempPath()).filePath(QStringLiteral("xj-bulletinview-%1.pdf").arg(QCoreApplication::applicationPid()));
        QVERIFY(editor->startExport(exported));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 60000);
        QVERIFY2(editor->lastResult(), qPrintable(editor->lastError()));
        {
            QFile f(exported);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), BulletinRecords(*store).bulletin(id)->pdf);
        }
        QFile::remove(exported);
        QCOMPARE(editor->lastResult()->sha256, result.sha256);

        // Retracting needs a reason; the row keeps its number and PDF.
        QVERIFY(!view.retract(id, QStringLiteral("  "), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(view.retract(id, QStringLiteral("数据有误"), &error), qPrintable(error));
        QCOMPARE(BulletinRecords(*store).bulletin(id)->state, BulletinRecord::Retracted);
        QCOMPARE(view.listModel()->index(0, BulletinListModel::StateColumn).data().toString(),
                 BulletinListModel::stateLabel(BulletinRecord::Retracted));
        QVERIFY(editor->isReadOnly());

        // A new version is a draft again, superseding it.
        const qint64 next = view.newVersion(id, &error);
        QVERIFY2(next > 0, qPrintable(error));
        QCOMPARE(view.listModel()->rowCount(), 2);
        QVERIFY(!editor->isReadOnly());
        QCOMPARE(editor->bulletinId(), next);
    }
};

QTEST_MAIN(TestBulletinView)
#include "tst_bulletinview.moc"
