// The indicator set editor offscreen, driven the way an inspector drives it: a cap typed into the
// table's spin box, a severity picked from its combo box, a threshold and a keyword list edited
// beside it, "Save as new version…" answered with a note — and then the store holds a new version
// with exactly those values while the old one is unchanged; Activate, the version picker, export
// and import, and the settings dialog that opens the editor.
#include "IndicatorParamsEditor.h"
#include "IndicatorSetDialog.h"
#include "IndicatorSetModel.h"
#include "SettingsDialog.h"
#include "TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

// Answers the next QInputDialog with `text` once it is up (at most ~5 s of tries).
void answerInputDialog(const QString &text, int triesLeft = 100)
{
    QTimer::singleShot(50, qApp, [text, triesLeft] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (triesLeft > 0)
                answerInputDialog(text, triesLeft - 1);
            return;
        }
        dialog->setTextValue(text);
        dialog->accept();
    });
}

// Opens the table's editor on a cell and returns it.
template <typename Editor>
Editor *openEditor(QTableView *table, const QModelIndex &index)
{
    table->setCurrentIndex(index);
    table->edit(index);
    return table->viewport()->findChild<Editor *>();
}

} // namespace

class TestIndicatorSetEditor : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void editSaveActivate()
    {
        auto store = sqliteStore(m_dir, QStringLiteral("editor.sqlite"));
        QVERIFY(store);
        IndicatorSetStore sets(*store);
        IndicatorSetDialog dialog(sets);
        dialog.resize(1100, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const IndicatorSet v1 = sets.active();
        QCOMPARE(dialog.shownId(), v1.id);
        auto *activeLabel = dialog.findChild<QLabel *>(QStringLiteral("activeLabel"));
        QVERIFY(activeLabel && activeLabel->text().contains(QStringLiteral("v1")));
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("notice"));
        QVERIFY(notice && notice->text().contains(QStringLiteral("(?)")));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
        auto *activate = dialog.findChild<QPushButton *>(QStringLiteral("activateButton"));
        QVERIFY(save && activate);
        QVERIFY(!save->isEnabled());
        QVERIFY(!activate->isEnabled()); // v1 is the active one

        QTableView *table = dialog.indicatorTable();
        IndicatorSetModel *model = dialog.model();
        QCOMPARE(model->rowCount(), int(IndicatorCatalog::all().size()));

        // The cap of W-D-LINK through the delegate's spin box.
        const int linkRow = model->rowOf(QStringLiteral("W-D-LINK"));
        QCOMPARE(model->index(linkRow, IndicatorSetModel::CapColumn).data().toString(), QStringLiteral("1"));
        auto *capBox = openEditor<QDoubleSpinBox>(table, model->index(linkRow, IndicatorSetModel::CapColumn));
        QVERIFY(capBox);
        capBox->selectAll();
        QTest::keyClicks(capBox, QStringLiteral("2.5"));
        QTest::keyClick(capBox, Qt::Key_Return);
        // The delegate commits on Return through a queued call.
        QTRY_COMPARE(model->set().maxPoints(QStringLiteral("W-D-LINK")), 2.5);
        QVERIFY(dialog.isModified());
        QVERIFY(save->isEnabled());
        QVERIFY(!activate->isEnabled()); // unsaved edits cannot be active

        // The severity of W-N-TLS through the combo box.
        const int tlsRow = model->rowOf(QStringLiteral("W-N-TLS"));
        auto *severity = openEditor<QComboBox>(table, model->index(tlsRow, IndicatorSetModel::SeverityColumn));
        QVERIFY(severity);
        severity->setCurrentIndex(severity->findData(QStringLiteral("deduct")));
        QTest::keyClick(severity, Qt::Key_Return);
        QTRY_COMPARE(model->set().severity(QStringLiteral("W-N-TLS")), QStringLiteral("deduct"));

        // Disabling W-N-SHUTDOWN with its check box.
        const QModelIndex shutdown = model->index(model->rowOf(QStringLiteral("W-N-SHUTDOWN")), IndicatorSetModel::EnabledColumn);
        QVERIFY(model->setData(shutdown, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model->set().enabled(QStringLiteral("W-N-SHUTDOWN")));

        // M-V2's staleDays in the parameters beside the table.
        table->setCurrentIndex(model->index(model->rowOf(QStringLiteral("M-V2")), IndicatorSetModel::CodeColumn));
        QCOMPARE(dialog.paramsEditor()->code(), QStringLiteral("M-V2"));
        auto *stale = qobject_cast<QDoubleSpinBox *>(dialog.paramsEditor()->editorFor(QStringLiteral("staleDays")));
        QVERIFY(stale);
        QCOMPARE(stale->value(), 14.0);
        QCOMPARE(stale->decimals(), 0);
        stale->setValue(7);
        // W-N-MAP's keywords, one per line; blank lines and spaces are not items.
        table->setCurrentIndex(model->index(model->rowOf(QStringLiteral("W-N-MAP")), IndicatorSetModel::CodeColumn));
        auto *keywords = qobject_cast<QPlainTextEdit *>(dialog.paramsEditor()->editorFor(QStringLiteral("keywords")));
        QVERIFY(keywords);
        QVERIFY(keywords->toPlainText().contains(QStringLiteral("示意图")));
        keywords->setPlainText(QStringLiteral("地图\n  界线 \n\n"));
        QCOMPARE(model->set().list(QStringLiteral("W-N-MAP"), QStringLiteral("keywords")),
                 (QStringList{QStringLiteral("地图"), QStringLiteral("界线")}));
        // A flag: M-P-REGISTER's lateOnlyInWindow.
        table->setCurrentIndex(model->index(model->rowOf(QStringLiteral("M-P-REGISTER")), IndicatorSetModel::CodeColumn));
        auto *late = qobject_cast<QCheckBox *>(dialog.paramsEditor()->editorFor(QStringLiteral("lateOnlyInWindow")));
        QVERIFY(late && late->isChecked());
        late->setChecked(false);

        // Save as new version…, answering the note.
        answerInputDialog(QStringLiteral("stricter link cap"));
        save->click();
        const QList<IndicatorSet> all = sets.versions();
        QCOMPARE(all.size(), 2);
        const IndicatorSet v2 = all.last();
        QCOMPARE(v2.version, 2);
        QCOMPARE(v2.note, QStringLiteral("stricter link cap"));
        QCOMPARE(v2.maxPoints(QStringLiteral("W-D-LINK")), 2.5);
        QCOMPARE(v2.severity(QStringLiteral("W-N-TLS")), QStringLiteral("deduct"));
        QVERIFY(!v2.enabled(QStringLiteral("W-N-SHUTDOWN")));
        QCOMPARE(v2.integer(QStringLiteral("M-V2"), QStringLiteral("staleDays")), 7);
        QVERIFY(!v2.flag(QStringLiteral("M-P-REGISTER"), QStringLiteral("lateOnlyInWindow"), true));
        QCOMPARE(v2.list(QStringLiteral("W-N-MAP"), QStringLiteral("keywords")), (QStringList{QStringLiteral("地图"), QStringLiteral("界线")}));
        QVERIFY(sets.byId(v1.id)->sameIndicators(IndicatorSet::defaults()));
        QCOMPARE(dialog.shownId(), v2.id);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("v2")), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.isModified());
        QVERIFY(!save->isEnabled());
        QCOMPARE(sets.active().id, v1.id);

        // Activate.
        QVERIFY(activate->isEnabled());
        activate->click();
        QCOMPARE(sets.active().id, v2.id);
        QVERIFY(activeLabel->text().contains(QStringLiteral("v2")));
        QVERIFY(!activate->isEnabled());

        // The picker shows v1 again, with its cap.
        auto *versions = dialog.findChild<QComboBox *>(QStringLiteral("versionCombo"));
        QCOMPARE(versions->count(), 2);
        versions->setCurrentIndex(versions->findData(v1.id));
        QCOMPARE(dialog.shownId(), v1.id);
        QCOMPARE(model->set().maxPoints(QStringLiteral("W-D-LINK")), 1.0);
        QVERIFY(activate->isEnabled());

        // Export v1 under a new name, import it: version 1 of that name, the same indicators.
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setText(QStringLiteral("揭阳补充"));
        QVERIFY(dialog.isModified());
        const QString file = m_dir.filePath(QStringLiteral("jieyang.json"));
        QVERIFY(dialog.exportTo(file));
        QVERIFY(dialog.importFrom(file));
        const auto imported = sets.find(QStringLiteral("揭阳补充"), 1);
        QVERIFY(imported);
        QVERIFY(imported->sameIndicators(v1));
        QCOMPARE(dialog.shownId(), imported->id);
        QVERIFY(dialog.importFrom(file)); // again: nothing new
        QCOMPARE(sets.versions().size(), 3);
        QVERIFY(!dialog.importFrom(m_dir.filePath(QStringLiteral("no-such.json"))));
        QVERIFY(dialog.statusText().contains(QStringLiteral("no-such.json")));
    }

    void settingsOpensEditor()
    {
        auto store = sqliteStore(m_dir, QStringLiteral("settings.sqlite"));
        QVERIFY(store);
        SettingsDialog settings(*store);
        settings.show();
        auto *active = settings.findChild<QLabel *>(QStringLiteral("activeSet"));
        QVERIFY(active);
        QCOMPARE(active->text(), IndicatorSetStore(*store).active().label());
        IndicatorSetDialog *editor = settings.openIndicatorSets();
        QVERIFY(editor && editor->isVisible());
        // A version saved and activated there shows in the settings at once.
        editor->model()->setParam(QStringLiteral("M-V2"), QStringLiteral("staleDays"), 9);
        const auto saved = editor->saveAsNewVersion(QStringLiteral("from settings"));
        QVERIFY(saved);
        QCOMPARE(saved->integer(QStringLiteral("M-V2"), QStringLiteral("staleDays")), 9);
        QVERIFY(editor->activateShown());
        QVERIFY2(active->text().contains(QStringLiteral("v2")), qPrintable(active->text()));
        editor->close();
    }
};

QTEST_MAIN(TestIndicatorSetEditor)
#include "tst_indicatorseteditor.moc"
