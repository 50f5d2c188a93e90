#pragma once
// The user's settings: the interface language (中文 (简体) or English, kept by xj::Language; it
// applies at the next start) and, for reference, the database open now and the default one.
//
// Threading: all members are called from the GUI thread.

#include "StoreLocation.h"

#include <QDialog>
#include <memory>

namespace xj {

namespace Ui {
class SettingsDialog;
}

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const StoreLocation &current, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString chosenLanguage() const;
    void accept() override;

private:
    void languageChosen();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace xj
