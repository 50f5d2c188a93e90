#pragma once
// Adds or edits a 政务新媒体 account: registered and actual name, platform, account ID, owner unit
// (a new name creates the unit) and dates. OK stays disabled, with the reason shown, until the
// entry has a name and an owner and no other account has the same name on the same platform.
// The status changes only through StatusChangeDialog.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "DialogSupport.h"
#include "Store.h"

#include <QDialog>
#include <memory>

namespace xj {

namespace Ui {
class AccountDialog;
}

class AccountDialog : public QDialog {
    Q_OBJECT
public:
    // accountId 0 adds an account; otherwise edits that account.
    AccountDialog(Store &store, qint64 accountId, QWidget *parent = nullptr);
    ~AccountDialog() override;

    qint64 accountId() const { return m_account.id; }
    QString validationError() const;

    void accept() override;

private:
    void validate();

    Store &m_store;
    Account m_account;
    std::unique_ptr<Ui::AccountDialog> m_ui;
    UnitChooser m_owner;
};

} // namespace xj
