#pragma once
// The filter bar above the registry's tabs: a full-text search (debounced, 200 ms), the kind or
// platform (per tab), the status, the owner unit, and the "shown / total" count. It keeps the
// kind chosen on each tab; search, status and unit apply to every tab.
//
// Threading: all members are called from the GUI thread.

#include "RegistryTableModel.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace xj {

class RegistryFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit RegistryFilterBar(QWidget *parent = nullptr);

    // Shows the kinds of `tab` (none for channels; no status for units).
    void setTab(RegistryTab tab);
    void setUnits(const QList<Unit> &units);
    // The filter for the current tab.
    RegistryFilter filter() const;
    void setCount(int shown, int total);
    // False while a typed search waits for its debounce.
    bool isSettled() const;

    QLineEdit *searchEdit() const { return m_search; }
    QLabel *countLabel() const { return m_count; }

signals:
    void changed();

private:
    void fillKinds();
    void emitChanged();

    RegistryTab m_tab = RegistryTab::Websites;
    QHash<int, QString> m_kindOfTab;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_unit;
    QLabel *m_count;
    QTimer *m_delay;
};

} // namespace xj
