#pragma once
// The province ranks of a round's data catalog (全省排名 by 挂接目录数 and by 开放数据数), entered by
// hand each round as the province publishes them; the bulletin states them.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "Store.h"

#include <QDialog>
#include <memory>

namespace xj {

namespace Ui {
class RanksDialog;
}

class RanksDialog : public QDialog {
    Q_OBJECT
public:
    RanksDialog(Store &store, const QString &roundId, QWidget *parent = nullptr);
    ~RanksDialog() override;

    // 0 means "not published": the rank is cleared.
    void setRanks(int linked, int open);
    void accept() override;

private:
    Store &m_store;
    QString m_roundId;
    std::unique_ptr<Ui::RanksDialog> m_ui;
};

} // namespace xj
