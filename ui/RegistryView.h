#pragma once
// The registry area: tabs for websites (incl. service platforms), department channels, new-media
// accounts and units, each a RegistryTableModel (filtered and sorted in SQL, rows paged lazily,
// so 100,000 accounts stay smooth); a filter bar (kind or platform, status, unit, debounced
// full-text search) with a "shown / total" count; actions to add, edit and change the status of
// an entry; and a side panel with the selected entry's details and status history. Reloads keep
// the selection by id.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "AreaPage.h"
#include "RegistryTableModel.h"

#include <QList>

class QAction;
class QDialog;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace xj {

class RegistryDetailsPanel;
class RegistryFilterBar;

class RegistryView : public AreaPage {
    Q_OBJECT
public:
    explicit RegistryView(Store &store, QWidget *parent = nullptr);

    // "websites" (the default section), "channels", "accounts", "units".
    static QStringList sections();
    void reload() override;
    bool showSection(const QString &section) override;
    bool isSettled() const override;

    RegistryTab currentTab() const;
    void setCurrentTab(RegistryTab tab);
    RegistryTableModel *model(RegistryTab tab) const;
    QTableView *view(RegistryTab tab) const;
    RegistryDetailsPanel *details() const { return m_details; }
    QLabel *countLabel() const;
    QLineEdit *searchEdit() const;

    // The selected entry of the current tab, 0 when none.
    qint64 selectedId() const;
    bool select(qint64 id);

    // Open the matching dialog (window-modal, not blocking) and return it; nullptr when there is
    // nothing to act on. The registry reloads when the dialog is accepted.
    QDialog *newEntry();
    QDialog *editSelected();
    QDialog *changeStatusOfSelected();

private:
    struct Tab {
        RegistryTab tab;
        RegistryTableModel *model = nullptr;
        QTableView *view = nullptr;
        qint64 keepId = 0;     // selection to restore after a reset
        bool stale = false;    // reload when shown
        bool sized = false;    // columns sized once
    };
    void addTab(RegistryTab tab, const QString &title, const QString &tip);
    Tab &current();
    const Tab &current() const;
    void tabChanged();
    void applyFilter();
    void updateCount();
    void updateActions();
    void selectionChanged();
    void sizeColumns(Tab &t);
    void afterEdit(qint64 id);
    QDialog *present(QDialog *dialog);

    Store &m_store;
    QList<Tab> m_tabs;
    QTabWidget *m_tabWidget;
    RegistryDetailsPanel *m_details;
    RegistryFilterBar *m_filter;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_statusAction;
};

} // namespace xj
