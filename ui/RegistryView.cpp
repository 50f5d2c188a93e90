#include "RegistryView.h"

#include "AccountDialog.h"
#include "RegistryDetailsPanel.h"
#include "RegistryFilterBar.h"
#include "SiteDialog.h"
#include "StatusChangeDialog.h"
#include "UnitDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace xj {

static const char *const kSections[] = {"websites", "channels", "accounts", "units"};

RegistryView::RegistryView(Store &store, QWidget *parent)
    : AreaPage(parent), m_store(store), m_tabWidget(new QTabWidget), m_details(new RegistryDetailsPanel(store)),
      m_filter(new RegistryFilterBar), m_newAction(new QAction(this)), m_editAction(new QAction(tr("&Edit…"), this)),
      m_statusAction(new QAction(tr("Change &status…"), this))
{
    setObjectName(QStringLiteral("registryView"));
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_editAction->setObjectName(QStringLiteral("editAction"));
    m_statusAction->setObjectName(QStringLiteral("statusAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_editAction->setToolTip(tr("Edit the selected entry (or double-click it)"));
    m_statusAction->setToolTip(tr("Record a change of status: closed, offline, cancelled, to be verified, registered late…"));
    connect(m_newAction, &QAction::triggered, this, &RegistryView::newEntry);
    connect(m_editAction, &QAction::triggered, this, &RegistryView::editSelected);
    connect(m_statusAction, &QAction::triggered, this, &RegistryView::changeStatusOfSelected);
    connect(m_filter, &RegistryFilterBar::changed, this, &RegistryView::applyFilter);

    auto *tools = new QToolBar;
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(m_newAction);
    tools->addAction(m_editAction);
    tools->addAction(m_statusAction);

    addTab(RegistryTab::Websites, tr("Websites"), tr("Portal and department websites, and service platforms"));
    addTab(RegistryTab::Channels, tr("Department channels"), tr("Channels of departments hosted on another website"));
    addTab(RegistryTab::Accounts, tr("New-media accounts"), tr("Government new-media accounts on WeChat, Weibo, Douyin and the like"));
    addTab(RegistryTab::Units, tr("Units"), tr("The units that run the websites and accounts"));
    m_tabWidget->setDocumentMode(true);
    connect(m_tabWidget, &QTabWidget::currentChanged, this, &RegistryView::tabChanged);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_tabWidget);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 340});
    splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(tools);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_filter->setUnits(m_store.units());
    tabChanged();
}

QStringList RegistryView::sections()
{
    QStringList out;
    for (const char *s : kSections)
        out << QLatin1String(s);
    return out;
}

void RegistryView::addTab(RegistryTab tab, const QString &title, const QString &tip)
{
    Tab t;
    t.tab = tab;
    t.model = new RegistryTableModel(m_store, tab, this);
    t.view = new QTableView;
    t.view->setObjectName(QStringLiteral("%1View").arg(QLatin1String(kSections[int(m_tabs.size())])));
    t.view->setModel(t.model);
    t.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    t.view->setSelectionMode(QAbstractItemView::SingleSelection);
    t.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t.view->setAlternatingRowColors(true);
    t.view->setWordWrap(false);
    t.view->setContextMenuPolicy(Qt::ActionsContextMenu);
    t.view->addActions({m_editAction, m_statusAction});
    QHeaderView *rows = t.view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed); // every row the same height: no per-row measuring
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->setResizeContentsPrecision(100);
    rows->hide();
    QHeaderView *columns = t.view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setSortIndicator(0, Qt::AscendingOrder);
    columns->setResizeContentsPrecision(100);
    if (t.model->statusColumn() >= 0) // the status where the eye looks: after the kind or platform
        columns->moveSection(columns->visualIndex(t.model->statusColumn()), tab == RegistryTab::Accounts ? 3 : 2);
    t.view->setSortingEnabled(true); // the model sorts in SQL
    connect(t.view, &QTableView::activated, this, &RegistryView::editSelected);
    connect(t.view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegistryView::selectionChanged);
    const int index = int(m_tabs.size());
    connect(t.model, &QAbstractItemModel::modelAboutToBeReset, this, [this, index] {
        Tab &t = m_tabs[index];
        const QModelIndex cur = t.view->selectionModel()->currentIndex();
        if (cur.isValid())
            t.keepId = t.model->idAt(cur.row());
    });
    connect(t.model, &QAbstractItemModel::modelReset, this, [this, index] {
        Tab &t = m_tabs[index];
        const int row = t.model->rowOf(t.keepId);
        if (row >= 0) {
            t.view->selectionModel()->setCurrentIndex(t.model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            t.view->scrollTo(t.model->index(row, 0));
        }
        if (index == m_tabWidget->currentIndex()) {
            updateCount();
            selectionChanged();
        }
    });
    m_tabs.append(t);
    m_tabWidget->addTab(t.view, title);
    m_tabWidget->setTabToolTip(index, tip);
}

RegistryView::Tab &RegistryView::current()
{
    return m_tabs[std::max(0, m_tabWidget->currentIndex())];
}

const RegistryView::Tab &RegistryView::current() const
{
    return m_tabs[std::max(0, m_tabWidget->currentIndex())];
}

RegistryTab RegistryView::currentTab() const
{
    return current().tab;
}

void RegistryView::setCurrentTab(RegistryTab tab)
{
    m_tabWidget->setCurrentIndex(int(tab));
}

RegistryTableModel *RegistryView::model(RegistryTab tab) const
{
    return m_tabs.value(int(tab)).model;
}

QTableView *RegistryView::view(RegistryTab tab) const
{
    return m_tabs.value(int(tab)).view;
}

bool RegistryView::showSection(const QString &section)
{
    const int index = section.isEmpty() ? 0 : int(sections().indexOf(section));
    if (index < 0)
        return false;
    m_tabWidget->setCurrentIndex(index);
    return true;
}

bool RegistryView::isSettled() const
{
    return m_filter->isSettled();
}

QLabel *RegistryView::countLabel() const
{
    return m_filter->countLabel();
}

QLineEdit *RegistryView::searchEdit() const
{
    return m_filter->searchEdit();
}

void RegistryView::reload()
{
    for (Tab &t : m_tabs)
        t.stale = true;
    m_filter->setUnits(m_store.units());
    Tab &t = current();
    t.stale = false;
    t.model->reload();
}

void RegistryView::tabChanged()
{
    Tab &t = current();
    m_filter->setTab(t.tab);
    m_newAction->setText(t.tab == RegistryTab::Websites   ? tr("&New website…")
                         : t.tab == RegistryTab::Channels ? tr("&New channel…")
                         : t.tab == RegistryTab::Accounts ? tr("&New account…")
                                                          : tr("&New unit…"));
    if (t.stale) {
        t.stale = false;
        t.model->reload();
    }
    applyFilter();
    sizeColumns(t);
    if (!t.view->selectionModel()->currentIndex().isValid() && t.model->rowCount() > 0)
        t.view->selectRow(0);
    updateCount();
    selectionChanged();
}

void RegistryView::applyFilter()
{
    current().model->setFilter(m_filter->filter());
    updateCount();
}

void RegistryView::updateCount()
{
    const Tab &t = current();
    m_filter->setCount(t.model->rowCount(), t.model->totalCount());
}

void RegistryView::sizeColumns(Tab &t)
{
    if (t.sized || t.model->rowCount() == 0)
        return;
    t.sized = true;
    // Measured on the first rows only (resize precision 100): one page of the model.
    t.view->resizeColumnsToContents();
    for (int c = 0; c < t.model->columnCount(); ++c)
        t.view->setColumnWidth(c, std::clamp(t.view->columnWidth(c) + 12, 70, 280));
}

qint64 RegistryView::selectedId() const
{
    const Tab &t = current();
    const QModelIndex cur = t.view->selectionModel()->currentIndex();
    return cur.isValid() && t.view->selectionModel()->isRowSelected(cur.row(), {}) ? t.model->idAt(cur.row()) : 0;
}

bool RegistryView::select(qint64 id)
{
    Tab &t = current();
    const int row = t.model->rowOf(id);
    if (row < 0)
        return false;
    t.view->selectionModel()->setCurrentIndex(t.model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    t.view->scrollTo(t.model->index(row, 0));
    return true;
}

void RegistryView::selectionChanged()
{
    m_details->showObject(currentTab(), selectedId());
    updateActions();
}

void RegistryView::updateActions()
{
    const bool selected = selectedId() != 0;
    m_editAction->setEnabled(selected);
    m_statusAction->setEnabled(selected && currentTab() != RegistryTab::Units);
}

QDialog *RegistryView::present(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDialog *RegistryView::newEntry()
{
    switch (currentTab()) {
    case RegistryTab::Websites:
    case RegistryTab::Channels: {
        auto *d = new SiteDialog(m_store, 0, currentTab() == RegistryTab::Channels ? SiteKind::Channel : SiteKind::Portal, this);
        connect(d, &QDialog::accepted, this, [this, d] { afterEdit(d->siteId()); });
        return present(d);
    }
    case RegistryTab::Accounts: {
        auto *d = new AccountDialog(m_store, 0, this);
        connect(d, &QDialog::accepted, this, [this, d] { afterEdit(d->accountId()); });
        return present(d);
    }
    case RegistryTab::Units: {
        auto *d = new UnitDialog(m_store, 0, this);
        connect(d, &QDialog::accepted, this, [this, d] { afterEdit(d->unitId()); });
        return present(d);
    }
    }
    return nullptr;
}

QDialog *RegistryView::editSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return nullptr;
    QDialog *d = nullptr;
    switch (currentTab()) {
    case RegistryTab::Websites:
    case RegistryTab::Channels:
        d = new SiteDialog(m_store, id, SiteKind::Portal, this);
        break;
    case RegistryTab::Accounts:
        d = new AccountDialog(m_store, id, this);
        break;
    case RegistryTab::Units:
        d = new UnitDialog(m_store, id, this);
        break;
    }
    connect(d, &QDialog::accepted, this, [this, id] { afterEdit(id); });
    return present(d);
}

QDialog *RegistryView::changeStatusOfSelected()
{
    const qint64 id = selectedId();
    if (!id || currentTab() == RegistryTab::Units)
        return nullptr;
    const ObjectType type = currentTab() == RegistryTab::Accounts ? ObjectType::Account : ObjectType::Site;
    auto *d = new StatusChangeDialog(m_store, type, id, this);
    connect(d, &QDialog::accepted, this, [this, id] { afterEdit(id); });
    return present(d);
}

void RegistryView::afterEdit(qint64 id)
{
    // A site saved as a channel from the websites tab (or the other way round) is shown where it is listed.
    if (currentTab() == RegistryTab::Websites || currentTab() == RegistryTab::Channels) {
        if (const auto s = m_store.site(id))
            setCurrentTab(s->kind == SiteKind::Channel ? RegistryTab::Channels : RegistryTab::Websites);
    }
    reload();
    select(id); // a new entry was not selected before the reload
    m_details->refresh();
    emit registryChanged();
}

} // namespace xj
