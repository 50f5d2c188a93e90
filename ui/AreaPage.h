#pragma once
// One area of the main window's navigation (Registry, Rounds; later Checks, Review, Bulletin).
// MainWindow lists the areas in one table (MainWindow.cpp, areaSpecs()); a page only has to say
// how it reloads, which sections (tabs) it has and whether it is still loading.
//
// Threading: all members are called from the GUI thread.

#include <QStringList>
#include <QWidget>

namespace xj {

class AreaPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The sections a view name may add after the area's name: "registry-channels" → "channels".
    static QStringList sections() { return {}; }

    // Re-reads what the page shows from the store (after an import, a new round…).
    virtual void reload() = 0;
    // Shows a section; the empty section is the area's first view. False when unknown.
    virtual bool showSection(const QString &section) { return section.isEmpty(); }
    // False while something is still loading or waiting for a debounce.
    virtual bool isSettled() const { return true; }

signals:
    // The registry was edited here: counts and other areas may be out of date.
    void registryChanged();
    // The page asks the window to show another view or dialog, by view name ("new-round").
    void viewRequested(const QString &name);
};

} // namespace xj
