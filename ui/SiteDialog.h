#pragma once
// Adds or edits a website, service platform or department channel. OK stays disabled, with the
// reason shown under the form, until the entry is valid: a name, an http(s) URL, a well-formed
// 网站标识码 (required unless 部门频道), an owner unit (a new name creates the unit), a hosting
// site for a channel, and no other site of the same name and kind. The status is not edited here
// (StatusChangeDialog records it in the history); the site's columns are listed read-only.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "DialogSupport.h"
#include "Store.h"

#include <QDialog>
#include <memory>

namespace xj {

namespace Ui {
class SiteDialog;
}

class SiteDialog : public QDialog {
    Q_OBJECT
public:
    // siteId 0 adds a site of kind `newKind`; otherwise edits that site.
    SiteDialog(Store &store, qint64 siteId, SiteKind newKind = SiteKind::Portal, QWidget *parent = nullptr);
    ~SiteDialog() override;

    // The saved site (after accept), or the edited one.
    qint64 siteId() const { return m_site.id; }
    // Why the entry cannot be saved yet; empty when it can.
    QString validationError() const;

    void accept() override;

private:
    void fillForm();
    void fillHostingSites();
    void fillColumns();
    void kindChanged();
    void validate();

    Store &m_store;
    Site m_site;
    std::unique_ptr<Ui::SiteDialog> m_ui;
    UnitChooser m_owner;
};

} // namespace xj
