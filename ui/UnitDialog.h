#pragma once
// Adds or edits a unit (单位): name, kind, parent unit, contact and phone. OK stays disabled, with
// the reason shown, until the name is given and no other unit has it. A unit cannot be placed
// under itself or under one of its own sub-units.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "Store.h"

#include <QDialog>
#include <memory>

namespace xj {

namespace Ui {
class UnitDialog;
}

class UnitDialog : public QDialog {
    Q_OBJECT
public:
    // unitId 0 adds a unit; otherwise edits that unit.
    UnitDialog(Store &store, qint64 unitId, QWidget *parent = nullptr);
    ~UnitDialog() override;

    qint64 unitId() const { return m_unit.id; }
    QString validationError() const;

    void accept() override;

private:
    void fillParents();
    void validate();

    Store &m_store;
    Unit m_unit;
    std::unique_ptr<Ui::UnitDialog> m_ui;
};

} // namespace xj
