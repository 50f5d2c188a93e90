// The GUI's registry on the demo data: MainWindow, RegistryView (tabs, search, sorting, details),
// SiteDialog, StatusChangeDialog, ImportDialog (worker thread) and the status bar's counts.
#include "ImportDialog.h"
#include "MainWindow.h"
#include "RegistryDetailsPanel.h"
#include "RegistryImporter.h"
#include "RegistryView.h"
#include "SiteDialog.h"
#include "StatusChangeDialog.h"
#include "Vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace xj;

class TestRegistryView : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<Store> openStore()
    {
        QString error;
        auto store = Store::open(StoreLocation::sqlite(m_path), &error);
        if (!store)
            qWarning() << error;
        return store;
    }
    std::unique_ptr<MainWindow> openWindow()
    {
        auto w = std::make_unique<MainWindow>(openStore());
        w->resize(1400, 900);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning() << "window not exposed";
        return w;
    }
    static RegistryView *registry(MainWindow &w) { return qobject_cast<RegistryView *>(w.area(QStringLiteral("registry"))); }
    static QPushButton *okButton(QDialog *d)
    {
        return d->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    }
    static QString cell(RegistryTableModel *m, int row, int column) { return m->index(row, column).data().toString(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("gui.sqlite"));
        auto store = openStore();
        QVERIFY(store);
        RegistryImporter importer(*store);
        for (const char *name : {"units", "sites", "columns", "accounts", "status"}) {
            const ImportResult r = importer.importFile(QStringLiteral(":/demo/%1.csv").arg(QLatin1String(name)), {});
            QVERIFY2(r.ok, qPrintable(r.problems.isEmpty() ? QString::fromLatin1(name) : r.problems.first().toString()));
        }
    }

    void opensOnTheRegistry()
    {
        auto w = openWindow();
        QCOMPARE(w->currentArea(), QStringLiteral("registry"));
        RegistryView *view = registry(*w);
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QCOMPARE(view->currentTab(), RegistryTab::Websites);
        QVERIFY(w->windowTitle().contains(QStringLiteral("gui.sqlite")));
        // The first row is selected and its details are shown.
        QVERIFY(view->selectedId() > 0);
        QCOMPARE(view->details()->objectId(), view->selectedId());
    }

    void tabsListTheStoresRows()
    {
        auto w = openWindow();
        RegistryView *view = registry(*w);
        const QList<Site> sites = w->store().sites();
        const int websites = int(std::count_if(sites.begin(), sites.end(), [](const Site &s) { return s.kind != SiteKind::Channel; }));
        QVERIFY(websites > 0);
        QCOMPARE(view->model(RegistryTab::Websites)->rowCount(), websites);
        QCOMPARE(view->model(RegistryTab::Channels)->rowCount(), int(sites.size()) - websites);
        QCOMPARE(view->model(RegistryTab::Accounts)->rowCount(), int(w->store().accounts().size()));
        QCOMPARE(view->model(RegistryTab::Units)->rowCount(), int(w->store().units().size()));
        QCOMPARE(view->countLabel()->text(), QStringLiteral("%1 / %1").arg(websites));
        QVERIFY(w->showView(QStringLiteral("registry-accounts")));
        QCOMPARE(view->currentTab(), RegistryTab::Accounts);
        QCOMPARE(view->countLabel()->text(), QStringLiteral("%1 / %1").arg(w->store().accounts().size()));
    }

    void searchNarrowsTheRows()
    {
        auto w = openWindow();
        RegistryView *view = registry(*w);
        RegistryTableModel *model = view->model(RegistryTab::Websites);
        const int all = model->rowCount();
        // What the search should find, counted from the store: name, URL, site code, ICP or owner.
        const QString term = QStringLiteral("公安");
        int expected = 0;
        for (const Site &s : w->store().sites()) {
            const QString owner = w->store().unit(s.ownerId)->name;
            if (s.kind != SiteKind::Channel
                && (s.name.contains(term) || s.url.contains(term) || s.siteCode.contains(term) || s.icp.contains(term) || owner.contains(term)))
                ++expected;
        }
        QVERIFY(expected > 0 && expected < all);
        view->searchEdit()->setText(term); // typed: keyClicks takes ASCII only
        QVERIFY(!w->isSettled()); // the search waits for its debounce
        QTRY_COMPARE(model->rowCount(), expected);
        QTRY_VERIFY(w->isSettled());
        QCOMPARE(view->countLabel()->text(), QStringLiteral("%1 / %2").arg(expected).arg(all));
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->index(r, 0).data(RegistryTableModel::IdRole).toLongLong() > 0);
        view->searchEdit()->clear();
        QTRY_COMPARE(model->rowCount(), all);
        QTest::keyClicks(view->searchEdit(), QStringLiteral("no such site anywhere"));
        QTRY_COMPARE(model->rowCount(), 0);
        QCOMPARE(view->details()->objectId(), qint64(0));
    }

    void sortingFollowsTheHeader()
    {
        auto w = openWindow();
        RegistryView *view = registry(*w);
        QTableView *table = view->view(RegistryTab::Websites);
        RegistryTableModel *model = view->model(RegistryTab::Websites);
        const qint64 selected = view->selectedId();
        QVERIFY(selected > 0);
        auto names = [&] {
            QStringList out;
            for (int r = 0; r < model->rowCount(); ++r)
                out << cell(model, r, 0);
            return out;
        };
        table->sortByColumn(0, Qt::AscendingOrder);
        const QStringList ascending = names();
        QStringList sorted = ascending;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(ascending, sorted);
        table->sortByColumn(0, Qt::DescendingOrder);
        QStringList reversed = ascending;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(names(), reversed);
        QCOMPARE(view->selectedId(), selected); // the selection follows the entry, not the row
        // By the code column: a click on its header sorts by it.
        const int codeColumn = 3;
        QCOMPARE(model->headerData(codeColumn, Qt::Horizontal).toString(), QStringLiteral("Site code"));
        QHeaderView *header = table->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(codeColumn) + 10, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), codeColumn);
        QStringList codes;
        for (int r = 0; r < model->rowCount(); ++r)
            codes << cell(model, r, codeColumn);
        QStringList codesSorted = codes;
        std::sort(codesSorted.begin(), codesSorted.end());
        if (header->sortIndicatorOrder() == Qt::DescendingOrder)
            std::reverse(codesSorted.begin(), codesSorted.end());
        QCOMPARE(codes, codesSorted);
    }

    void siteDialogSavesAnEdit()
    {
        auto w = openWindow();
        RegistryView *view = registry(*w);
        const auto target = w->store().siteByCode(QStringLiteral("4459000002"));
        QVERIFY(target);
        QVERIFY(view->select(target->id));
        auto *dialog = qobject_cast<SiteDialog *>(view->editSelected());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(w->screenshotTarget(), static_cast<QWidget *>(dialog));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), target->name);
        QVERIFY(okButton(dialog)->isEnabled());
        dialog->findChild<QLineEdit *>(QStringLiteral("icpEdit"))->setText(QStringLiteral("粤ICP备99999999号"));
        dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(QStringLiteral("https://gaj.linlan.example.gov.cn/new/"));
        // A malformed site code blocks OK, with the reason shown.
        auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("siteCodeEdit"));
        code->setText(QStringLiteral("12345"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().isEmpty());
        code->setText(QStringLiteral(" ４４５９０００００２ ")); // full-width digits are normalised
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->validationError()));
        okButton(dialog)->click();
        QVERIFY(!dialog->isVisible());

        const auto saved = w->store().site(target->id);
        QCOMPARE(saved->icp, QStringLiteral("粤ICP备99999999号"));
        QCOMPARE(saved->url, QStringLiteral("https://gaj.linlan.example.gov.cn/new/"));
        QCOMPARE(saved->siteCode, QStringLiteral("4459000002"));
        QCOMPARE(saved->status, target->status);
        QCOMPARE(view->selectedId(), target->id);
        const int row = view->model(RegistryTab::Websites)->rowOf(target->id);
        QCOMPARE(cell(view->model(RegistryTab::Websites), row, 2), saved->url);
    }

    void siteDialogExplainsWhatIsMissing()
    {
        auto w = openWindow();
        RegistryView *view = registry(*w);
        auto *dialog = qobject_cast<SiteDialog *>(view->newEntry());
        QVERIFY(dialog);
        QVERIFY(!okButton(dialog)->isEnabled());
        const auto existing = w->store().siteByCode(QStringLiteral("4459000001"));
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(existing->name); // a portal of that name exists
        dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(QStringLiteral("ftp://x.example.gov.cn/"));
        QVERIFY(dialog->validationError().contains(QStringLiteral("http")));
        dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(QStringLiteral("https://x.example.gov.cn/"));
        QVERIFY(dialog->validationError().contains(QStringLiteral("site code")));
        dialog->findChild<QLineEdit *>(QStringLiteral("siteCodeEdit"))->setText(QStringLiteral("4459000099"));
        dialog->findChild<QComboBox *>(QStringLiteral("ownerCombo"))->setEditText(QStringLiteral("临澜市新设单位"));
        QVERIFY(dialog->validationError().contains(QStringLiteral("already")));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("临澜市测试网站"));
        QVERIFY2(dialog->validationError().isEmpty(), qPrintable(dialog->validationError()));
        // A department channel needs no code but a hosting site.
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("channel")));
        dialog->findChild<QLineEdit *>(QStringLiteral("siteCodeEdit"))->clear();
        QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("parentCombo"))->isEnabled());
        QVERIFY(dialog->validationError().contains(QStringLiteral("hosts")));
        auto *parent = dialog->findChild<QComboBox *>(QStringLiteral("parentCombo"));
        parent->setCurrentIndex(parent->findData(existing->id));
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        const auto added = w->store().siteByKey(QStringLiteral("临澜市测试网站"), SiteKind::Channel);
        QVERIFY(added);
        QCOMPARE(added->parentId, existing->id);
        QCOMPARE(w->store().unit(added->ownerId)->name, QStringLiteral("临澜市新设单位")); // the new unit was added
        QCOMPARE(view->currentTab(), RegistryTab::Channels); // shown where it is listed
        QCOMPARE(view->selectedId(), added->id);
    }

    void statusChangeLandsInTheHistory()
    {
        auto w = openWindow();
        RegistryView *view = registry(*w);
        QVERIFY(w->showView(QStringLiteral("registry-accounts")));
        const auto account = w->store().accountByKey(QStringLiteral("临澜发布"), Platform::Weibo);
        QVERIFY(account);
        QCOMPARE(account->status, ObjectStatus::Running);
        QVERIFY(view->select(account->id));
        const int before = int(w->store().history(ObjectType::Account, account->id).size());
        QCOMPARE(view->details()->historyList()->topLevelItemCount(), before);
        const RegistryCounts countsBefore = w->store().counts();

        auto *dialog = qobject_cast<StatusChangeDialog *>(view->changeStatusOfSelected());
        QVERIFY(dialog);
        auto *event = dialog->findChild<QComboBox *>(QStringLiteral("eventCombo"));
        QVERIFY(!okButton(dialog)->isEnabled()); // nothing chosen yet
        event->setCurrentIndex(event->findData(Vocabulary<StatusEvent>::code(StatusEvent::Closed)));
        QVERIFY(!okButton(dialog)->isEnabled()); // a closure needs its reason
        QVERIFY(dialog->validationError().contains(QStringLiteral("reason")));
        const QDate day = QDate::currentDate().addDays(-3);
        dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(day);
        dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("整合至临澜发布微信公众号"));
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();

        const QList<StatusChange> history = w->store().history(ObjectType::Account, account->id);
        QCOMPARE(history.size(), before + 1);
        QCOMPARE(history.last().event, StatusEvent::Closed);
        QCOMPARE(history.last().effective, day);
        QCOMPARE(history.last().source, QStringLiteral("gui"));
        QCOMPARE(history.last().reason, QStringLiteral("整合至临澜发布微信公众号"));
        QCOMPARE(w->store().account(account->id)->status, ObjectStatus::Closed);
        // The panel shows it at once, newest first.
        QTreeWidget *list = view->details()->historyList();
        QCOMPARE(list->topLevelItemCount(), before + 1);
        QCOMPARE(list->topLevelItem(0)->text(0), day.toString(Qt::ISODate));
        QCOMPARE(list->topLevelItem(0)->text(1), Vocabulary<StatusEvent>::label(StatusEvent::Closed));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("整合至临澜发布微信公众号"));
        QCOMPARE(list->topLevelItem(0)->text(3), RegistryDetailsPanel::sourceLabel(QStringLiteral("gui")));
        QCOMPARE(view->selectedId(), account->id);
        // …and the counts no longer include the account.
        QCOMPARE(w->store().counts().accounts, countsBefore.accounts - 1);
        QVERIFY(w->countsLabel()->text().contains(QString::number(countsBefore.accounts - 1)));
    }

    void countsLabelQuotesTheStore()
    {
        auto w = openWindow();
        const RegistryCounts c = w->store().counts();
        QVERIFY(c.websites > 0 && c.servicePlatforms > 0 && c.channels > 0 && c.accounts > 0);
        const QString text = w->countsLabel()->text();
        QCOMPARE(text, QStringLiteral("%1 websites (incl. %2 service platforms), %3 department channels, %4 new-media accounts")
                           .arg(c.websites)
                           .arg(c.servicePlatforms)
                           .arg(c.channels)
                           .arg(c.accounts));
    }

    void importDialogPreviewsMapsAndImports()
    {
        auto w = openWindow();
        auto *dialog = qobject_cast<ImportDialog *>(w->openImport(QStringLiteral(":/demo/accounts.csv")));
        QVERIFY(dialog);
        QTRY_VERIFY(w->isSettled());
        QCOMPARE(dialog->chosenKind(), std::optional<TableKind>(TableKind::Accounts));
        auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("previewTable"));
        QCOMPARE(preview->rowCount(), 50);
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("账号名称"));
        QCOMPARE(dialog->headerOverrides().value(QStringLiteral("主办单位")), QStringLiteral("owner"));
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(importButton->isEnabled());
        // Forced to the sites table, required fields are missing: shown, and the import is blocked.
        dialog->setChosenKind(TableKind::Sites);
        QVERIFY(!importButton->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("missingLabel"))->text().contains(QStringLiteral("(url)")));
        dialog->setChosenKind(TableKind::Accounts);
        QVERIFY(importButton->isEnabled());

        QSignalSpy imported(dialog, &ImportDialog::imported);
        QVERIFY(dialog->startImport());
        QVERIFY(dialog->isImporting());
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        const auto result = imported.first().first().value<ImportResult>();
        QVERIFY(result.ok);
        QCOMPARE(result.rows, 83);
        QCOMPARE(result.inserted, 0); // everything was there: the import matched every row
        QVERIFY(!dialog->isImporting());
        dialog->close();
    }

    void importCanBeCancelled()
    {
        // A table large enough that the worker reports progress before it is done.
        QString csv = QStringLiteral("账号名称,平台,主办单位\n");
        for (int i = 0; i < 5000; ++i)
            csv += QStringLiteral("取消测试%1,微博,临澜市人民政府办公室\n").arg(i);
        const QString path = m_dir.filePath(QStringLiteral("many.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
        f.close();

        auto w = openWindow();
        const int accounts = int(w->store().accounts().size());
        auto *dialog = qobject_cast<ImportDialog *>(w->openImport(path));
        QTRY_VERIFY(w->isSettled());
        QCOMPARE(dialog->chosenKind(), std::optional<TableKind>(TableKind::Accounts));
        QSignalSpy imported(dialog, &ImportDialog::imported);
        QVERIFY(dialog->startImport());
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelImportButton"));
        QVERIFY(cancel->isVisible());
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), 30000);
        QCOMPARE(imported.count(), 0);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("resultLabel"))->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(int(w->store().accounts().size()), accounts); // nothing was written
        // It can then run to the end.
        QVERIFY(dialog->startImport());
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QCOMPARE(int(w->store().accounts().size()), accounts + 5000);
        // The window reloaded on `imported`; a tab not shown reloads when it is shown.
        QVERIFY(w->showView(QStringLiteral("registry-accounts")));
        QCOMPARE(registry(*w)->model(RegistryTab::Accounts)->rowCount(), accounts + 5000);
        QVERIFY(w->countsLabel()->text().contains(QString::number(w->store().counts().accounts)));
        dialog->close();
    }

    void everyViewNameShows()
    {
        auto w = openWindow();
        for (const QString &name : MainWindow::viewNames()) {
            QVERIFY2(w->showView(name), qPrintable(name));
            QTRY_VERIFY2(w->isSettled(), qPrintable(name));
            QWidget *target = w->screenshotTarget();
            QVERIFY(target);
            QVERIFY2(!target->grab().isNull(), qPrintable(name));
        }
        QVERIFY(!w->showView(QStringLiteral("no-such-view")));
        for (const char *name : {"registry", "registry-channels", "registry-accounts", "registry-units", "rounds", "import", "settings"})
            QVERIFY(MainWindow::viewNames().contains(QLatin1String(name)));
    }
};


QTEST_MAIN(TestRegistryView)
#include "tst_registryview.moc"
