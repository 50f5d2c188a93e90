#pragma once
// The user's settings: the interface language (中文 (简体) or English, kept by xj::Language; it
// applies at the next start), the active indicator set with a button that opens its editor
// (IndicatorSetDialog, which stores at once: OK and Cancel here do not undo it) and, for
// reference, the database open now and the default one.
//
// Threading: all members are called from the GUI thread.

#include "IndicatorSetStore.h"

#include <QDialog>
#include <memory>

namespace xj {

namespace Ui {
class SettingsDialog;
}

class IndicatorSetDialog;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Store &store, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString chosenLanguage() const;
    void accept() override;
    // Opens the indicator set editor, window-modal and without blocking.
    IndicatorSetDialog *openIndicatorSets();

private:
    void languageChosen();
    void showActiveSet();

    Store &m_store;
    IndicatorSetStore m_sets;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace xj
