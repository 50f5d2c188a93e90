#pragma once
// The indicator set editor: which set is active, a picker of every stored version, and the chosen
// version's indicators (severity, objective, cap, enabled) with the selected indicator's
// parameters beside them. Edits stay in the dialog until "Save as new version…", which asks for
// a note and stores the next version of the name shown (a new name starts at version 1); stored
// versions are never changed. "Activate" makes the version shown the one new checks judge by.
// Import… and Export… read and write the set's JSON (docs/formats.md). Everything is stored at
// once through the IndicatorSetStore given; the dialog runs no SQL.
//
// Threading: GUI thread only — the thread of the Store behind the IndicatorSetStore.

#include "IndicatorSetStore.h"

#include <QDialog>
#include <memory>

class QTableView;

namespace xj {

namespace Ui {
class IndicatorSetDialog;
}

class IndicatorParamsEditor;
class IndicatorSetModel;

class IndicatorSetDialog : public QDialog {
    Q_OBJECT
public:
    explicit IndicatorSetDialog(IndicatorSetStore &sets, QWidget *parent = nullptr);
    ~IndicatorSetDialog() override;

    // Shows a stored version (discarding unsaved edits); false for an unknown id.
    bool showVersion(qint64 id);
    // The set as shown: the chosen version with the edits and the name typed.
    IndicatorSet shownSet() const;
    qint64 shownId() const;
    bool isModified() const;

    // What the buttons do once they have asked for a note or a file; each says the outcome in
    // statusText(). save returns the stored version.
    std::optional<IndicatorSet> saveAsNewVersion(const QString &note);
    bool activateShown();
    bool importFrom(const QString &path);
    bool exportTo(const QString &path);
    QString statusText() const;

    IndicatorSetModel *model() const { return m_model; }
    QTableView *indicatorTable() const;
    IndicatorParamsEditor *paramsEditor() const { return m_params; }

signals:
    // A version was stored or activated (the settings show the active set).
    void setsChanged();

private:
    void reloadVersions(qint64 select);
    void versionChosen(int index);
    void indicatorSelected();
    void updateState();
    void askAndSave();
    void askAndImport();
    void askAndExport();
    void setStatus(const QString &text, bool error = false);

    IndicatorSetStore &m_sets;
    std::unique_ptr<Ui::IndicatorSetDialog> m_ui;
    IndicatorSetModel *m_model = nullptr;
    IndicatorParamsEditor *m_params = nullptr;
    std::optional<IndicatorSet> m_shown; // the stored version the edits start from
    bool m_reloading = false;
};

} // namespace xj
