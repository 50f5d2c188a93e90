#include "MainWindow.h"

#include "BulletinView.h"
#include "ChecksView.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "RegistryView.h"
#include "RectificationView.h"
#include "ReviewView.h"
#include "RoundDashboard.h"
#include "RoundDialog.h"
#include "RoundsView.h"
#include "IndicatorSetDialog.h"
#include "IndicatorSetStore.h"
#include "SettingsDialog.h"
#include "WordingDictionary.h"
#include "WordingDictionaryDialog.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace xj {

namespace {

struct AreaSpec {
    const char *name;
    const char *title; // translated in context xj::MainWindow
    QStyle::StandardPixmap icon;
    QStringList (*sections)();
    AreaPage *(*make)(Store &);
};

template <typename Page>
AreaSpec area(const char *name, const char *title, QStyle::StandardPixmap icon)
{
    return {name, title, icon, &Page::sections, [](Store &store) -> AreaPage * { return new Page(store); }};
}

// The navigation, in order. Adding an area (Review, Bulletin) is one line here.
const QList<AreaSpec> &areaSpecs()
{
    static const QList<AreaSpec> specs = {
        area<RegistryView>("registry", QT_TRANSLATE_NOOP("xj::MainWindow", "Registry"), QStyle::SP_FileDialogDetailedView),
        area<RoundsView>("rounds", QT_TRANSLATE_NOOP("xj::MainWindow", "Inspection rounds"), QStyle::SP_FileDialogInfoView),
        area<ChecksView>("checks", QT_TRANSLATE_NOOP("xj::MainWindow", "Checks"), QStyle::SP_BrowserReload),
        area<ReviewView>("review", QT_TRANSLATE_NOOP("xj::MainWindow", "Review"), QStyle::SP_DialogApplyButton),
        area<RectificationView>("rectification", QT_TRANSLATE_NOOP("xj::MainWindow", "Rectification"), QStyle::SP_FileDialogToParent),
        area<RoundDashboard>("results", QT_TRANSLATE_NOOP("xj::MainWindow", "Results"), QStyle::SP_FileDialogContentsView),
        area<BulletinView>("bulletin", QT_TRANSLATE_NOOP("xj::MainWindow", "Bulletin"), QStyle::SP_FileDialogListView),
    };
    return specs;
}

// View names that open a dialog rather than an area.
const char *const kDialogViews[] = {"import", "export", "new-round", "settings", "edit-site", "change-status"};

} // namespace

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent)
    : QMainWindow(parent), m_store(std::move(store)), m_nav(new QListWidget), m_stack(new QStackedWidget),
      m_location(new QLabel), m_counts(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    const StoreLocation &loc = m_store->location();
    const QString dbName = loc.backend == StoreLocation::Backend::Sqlite ? QFileInfo(loc.path).fileName()
                                                                         : QStringLiteral("%1@%2").arg(loc.database, loc.host);
    setWindowTitle(tr("Xunjian — %1").arg(dbName));

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral("QListWidget#navigation { background: palette(window); }"
                                        "QListWidget#navigation::item { padding: 8px 6px; }"));
    for (const AreaSpec &spec : areaSpecs()) {
        AreaPage *page = spec.make(*m_store);
        m_areas.append({QLatin1String(spec.name), page});
        m_stack->addWidget(page);
        new QListWidgetItem(style()->standardIcon(spec.icon), tr(spec.title), m_nav);
        connect(page, &AreaPage::registryChanged, this, &MainWindow::updateStatus);
        connect(page, &AreaPage::viewRequested, this, &MainWindow::showView);
    }
    int navWidth = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        navWidth = std::max(navWidth, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(navWidth + 64);
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showArea);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_location->setObjectName(QStringLiteral("locationLabel"));
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setToolTip(tr("Running entries, counted as the bulletin counts them"));
    statusBar()->addWidget(m_location, 1);
    statusBar()->addPermanentWidget(m_counts);
    m_location->setText(tr("Database: %1").arg(loc.display()));

    buildMenus();
    m_nav->setCurrentRow(0);
    updateStatus();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // Pages and dialogs use the store: they go before it does.
    qDeleteAll(findChildren<QDialog *>(Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
}

void MainWindow::buildMenus()
{
    auto *importAction = new QAction(tr("&Import…"), this);
    importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    importAction->setToolTip(tr("Import a registry table (units, sites, columns, accounts, status) from CSV or XLSX"));
    connect(importAction, &QAction::triggered, this, [this] { openImport(); });
    auto *exportAction = new QAction(tr("&Export…"), this);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setToolTip(tr("Export a registry table as XLSX or CSV"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::openExport);
    auto *roundAction = new QAction(tr("New &round…"), this);
    roundAction->setToolTip(tr("Open a new inspection round"));
    connect(roundAction, &QAction::triggered, this, &MainWindow::openNewRound);
    auto *settingsAction = new QAction(tr("&Settings…"), this);
    settingsAction->setShortcut(QKeySequence::Preferences);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    auto *aboutAction = new QAction(tr("&About Xunjian"), this);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(importAction);
    file->addAction(exportAction);
    file->addSeparator();
    file->addAction(settingsAction);
    file->addSeparator();
    file->addAction(quitAction);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_areas.size(); ++i) {
        QAction *a = go->addAction(m_nav->item(i)->text(), this, [this, i] { m_nav->setCurrentRow(i); });
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QMenu *rounds = menuBar()->addMenu(tr("&Rounds"));
    rounds->addAction(roundAction);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Indicator sets…"), this, [this] { openIndicatorSets(); })
        ->setToolTip(tr("Thresholds, points, caps and keyword lists of the indicators, versioned"));
    tools->addAction(tr("&Wording dictionary…"), this, [this] { openWordingDictionary(); })
        ->setToolTip(tr("严重表述错误, 错别字, 敏感词 and allowed phrases the wording check looks for"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(importAction);
    bar->addAction(exportAction);
    bar->addSeparator();
    bar->addAction(roundAction);
    bar->addSeparator();
    bar->addAction(settingsAction);
}

QStringList MainWindow::viewNames()
{
    QStringList names;
    for (const AreaSpec &spec : areaSpecs()) {
        names << QLatin1String(spec.name);
        const QStringList sections = spec.sections();
        for (int i = 1; i < sections.size(); ++i) // the first section is the area itself
            names << QLatin1String(spec.name) + QLatin1Char('-') + sections[i];
    }
    for (const char *d : kDialogViews)
        names << QLatin1String(d);
    return names;
}

bool MainWindow::showView(const QString &name)
{
    const QList<QDialog *> open = findChildren<QDialog *>();
    for (QDialog *d : open)
        if (d->isVisible())
            d->close();
    if (name == QLatin1String("import"))
        return openImport(QStringLiteral(":/demo/accounts.csv"));
    if (name == QLatin1String("export"))
        return openExport();
    if (name == QLatin1String("new-round"))
        return openNewRound();
    if (name == QLatin1String("settings"))
        return openSettings();
    if (name == QLatin1String("edit-site") || name == QLatin1String("change-status")) {
        // The forms of the registry, on the website selected first.
        auto *registry = qobject_cast<RegistryView *>(area(QStringLiteral("registry")));
        if (!registry || !showView(QStringLiteral("registry")))
            return false;
        return name == QLatin1String("edit-site") ? registry->editSelected() : registry->changeStatusOfSelected();
    }
    for (int i = 0; i < m_areas.size(); ++i) {
        const QString &area = m_areas[i].first;
        if (name != area && !name.startsWith(area + QLatin1Char('-')))
            continue;
        const QString section = name.mid(area.size() + 1);
        m_nav->setCurrentRow(i);
        return m_areas[i].second->showSection(section);
    }
    return false;
}

void MainWindow::showArea(int index)
{
    if (index >= 0 && index < m_areas.size())
        m_stack->setCurrentIndex(index);
}

QString MainWindow::currentArea() const
{
    const int i = m_stack->currentIndex();
    return i >= 0 && i < m_areas.size() ? m_areas[i].first : QString();
}

AreaPage *MainWindow::area(const QString &name) const
{
    for (const auto &a : m_areas)
        if (a.first == name)
            return a.second;
    return nullptr;
}

bool MainWindow::isSettled() const
{
    for (const auto &a : m_areas)
        if (!a.second->isSettled())
            return false;
    const auto *import = qobject_cast<const ImportDialog *>(m_dialog.data());
    return !import || import->isSettled();
}

QWidget *MainWindow::screenshotTarget() const
{
    if (m_dialog && m_dialog->isVisible())
        return m_dialog;
    // A dialog an area opened (an edit, a change of status).
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *d : dialogs)
        if (d->isVisible())
            return d;
    return const_cast<MainWindow *>(this);
}

QDialog *MainWindow::present(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

QDialog *MainWindow::openImport(const QString &path)
{
    auto *d = new ImportDialog(*m_store, this);
    connect(d, &ImportDialog::imported, this, &MainWindow::reloadAll);
    present(d);
    if (!path.isEmpty())
        d->openFile(path);
    return d;
}

QDialog *MainWindow::openExport()
{
    return present(new ExportDialog(*m_store, this));
}

QDialog *MainWindow::openNewRound()
{
    auto *d = new RoundDialog(*m_store, this);
    connect(d, &QDialog::accepted, this, [this] {
        reloadAll();
        showView(QStringLiteral("rounds"));
    });
    return present(d);
}

QDialog *MainWindow::openSettings()
{
    return present(new SettingsDialog(*m_store, this));
}

QDialog *MainWindow::openIndicatorSets()
{
    if (!m_indicatorSets)
        m_indicatorSets = std::make_unique<IndicatorSetStore>(*m_store);
    return present(new IndicatorSetDialog(*m_indicatorSets, this));
}

QDialog *MainWindow::openWordingDictionary()
{
    if (!m_dictionary) {
        m_dictionary = std::make_unique<WordingDictionary>(*m_store);
        m_dictionary->ensureStarter();
    }
    return present(new WordingDictionaryDialog(*m_dictionary, this));
}

void MainWindow::reloadAll()
{
    for (const auto &a : m_areas)
        a.second->reload();
    updateStatus();
}

void MainWindow::updateStatus()
{
    const RegistryCounts c = m_store->counts();
    m_counts->setText(tr("%1 websites (incl. %2 service platforms), %3 department channels, %4 new-media accounts")
                          .arg(c.websites)
                          .arg(c.servicePlatforms)
                          .arg(c.channels)
                          .arg(c.accounts));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Xunjian"),
                       tr("<h3>Xunjian %1</h3><p>Inspection of government websites and government new media: the "
                          "registry, inspection rounds, checks and the bulletin.</p><p>Database: %2</p>")
                           .arg(QCoreApplication::applicationVersion(), m_store->location().display().toHtmlEscaped()));
}

} // namespace xj
