#pragma once
// Records a change of status of a site or an account (关停, 下线, 注销, 待核查, back to 运行, or the
// event 补报备案) in its status history, with the date it took effect (default today, never in the
// future) and a reason, required for anything but 运行: the bulletin quotes it. Saved through
// Store::recordStatus with source "gui".
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "Store.h"

#include <QDialog>
#include <memory>

namespace xj {

namespace Ui {
class StatusChangeDialog;
}

class StatusChangeDialog : public QDialog {
    Q_OBJECT
public:
    StatusChangeDialog(Store &store, ObjectType type, qint64 objectId, QWidget *parent = nullptr);
    ~StatusChangeDialog() override;

    QString validationError() const;
    // What was recorded (after accept).
    const StatusChange &change() const { return m_change; }

    void accept() override;

private:
    void validate();

    Store &m_store;
    StatusChange m_change;
    ObjectStatus m_current = ObjectStatus::Running;
    std::unique_ptr<Ui::StatusChangeDialog> m_ui;
};

} // namespace xj
