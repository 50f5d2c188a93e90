#pragma once
// The inspector's workstation: a navigation list of the areas (Registry, Rounds, Checks; Review
// and Bulletin join later — one line each in areaSpecs(), MainWindow.cpp), the menus and toolbar
// (Import…, Export…, New round…, Settings…, Quit, About), and a status bar with the store's
// location and the registry counts as the bulletin words them. The window owns the Store; areas
// and dialogs use it from the GUI thread, workers open their own on store().location().
//
// Threading: all members are called from the GUI thread.

#include "Store.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QDialog;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace xj {

class AreaPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() { return *m_store; }

    // What showView() accepts: each area ("registry"), its sections ("registry-accounts"), and
    // the dialogs ("import", "export", "new-round", "settings"; "edit-site" and "change-status"
    // open the registry's forms on the selected website).
    static QStringList viewNames();
    // Switches to that area or section, or opens that dialog ("import" previews the demo file
    // :/demo/accounts.csv). False for an unknown name.
    bool showView(const QString &name);
    // True when nothing is loading (no file being read, no search waiting for its debounce).
    bool isSettled() const;
    // The dialog shown, if any, else the window: what a screenshot should picture.
    QWidget *screenshotTarget() const;

    // The area shown now ("registry") and an area's page.
    QString currentArea() const;
    AreaPage *area(const QString &name) const;
    QLabel *countsLabel() const { return m_counts; }

    // Open the dialogs, window-modal and without blocking; each returns the dialog.
    QDialog *openImport(const QString &path = {});
    QDialog *openExport();
    QDialog *openNewRound();
    QDialog *openSettings();
    QDialog *openIndicatorSets();
    QDialog *openWordingDictionary();
    // Re-reads everything shown (after an import).
    void reloadAll();

private:
    void buildMenus();
    void showArea(int index);
    void updateStatus();
    void about();
    QDialog *present(QDialog *dialog);

    std::unique_ptr<Store> m_store;
    // What the Tools dialogs edit, kept for their lifetime (declared after the store they use).
    std::unique_ptr<class IndicatorSetStore> m_indicatorSets;
    std::unique_ptr<class WordingDictionary> m_dictionary;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QList<QPair<QString, AreaPage *>> m_areas;
    QLabel *m_location;
    QLabel *m_counts;
    QPointer<QDialog> m_dialog; // the dialog this window opened last, while it is open
};

} // namespace xj
