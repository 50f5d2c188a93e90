#pragma once
// The rounds area (巡检轮次): every inspection round with its window, as-of date and state, newest
// first, and a button that opens a new round (the window's "new-round" view).
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "AreaPage.h"
#include "Store.h"

class QLabel;
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
};

} // namespace xj
