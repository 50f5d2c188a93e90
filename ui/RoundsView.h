#pragma once
// The rounds area (巡检轮次): every inspection round with its window, as-of date, state and the
// province ranks of its data catalog, newest first; buttons open a new round (the window's
// "new-round" view) and enter the selected round's ranks (RanksDialog).
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "AreaPage.h"
#include "Store.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace xj {

class RoundsView : public AreaPage {
    Q_OBJECT
public:
    explicit RoundsView(Store &store, QWidget *parent = nullptr);

    void reload() override;
    QTreeWidget *list() const { return m_list; }

private:
    Store &m_store;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_ranks = nullptr;
};

} // namespace xj
