#pragma once
// Imports one registry table (units, sites, columns, accounts, status) from a CSV or XLSX file.
// The file is read on a worker thread; the dialog then shows its encoding, the detected table
// (a combo forces another), a preview of the first rows and how each header maps onto the
// table's fields — the user may remap a header or keep it as an extra attribute; missing
// required fields are shown in red and block the import. The import runs on a worker thread
// with its own Store (ImportJob), with progress and a Cancel button. It is all or nothing: on
// failure every problem is listed (FILE:ROW:COLUMN: message) and nothing was written.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "ImportJob.h"
#include "Store.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QPushButton;

namespace xj {

namespace Ui {
class ImportDialog;
}

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(Store &store, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file (a path or a :/resource) on a worker thread, then shows it.
    void openFile(const QString &path);
    // False while a file is being read.
    bool isSettled() const;
    bool isImporting() const;
    // The table chosen (detected or forced); empty while none fits.
    std::optional<TableKind> chosenKind() const;
    void setChosenKind(TableKind kind);
    // The mapping as shown: header text → field key, or "-" to keep the column as an extra attribute.
    QHash<QString, QString> headerOverrides() const;
    // Starts the import when the table can be imported; false otherwise.
    bool startImport();

    void reject() override;

signals:
    // After a successful import (something may have been written).
    void imported(const xj::ImportResult &result);

private:
    enum class State { Empty, Reading, Ready, Importing, Done };
    void chooseFile();
    void fileRead();
    void fillMapping();
    void fillPreview();
    void mappingChanged();
    void importFinished(const ImportResult &result);
    void setState(State state);

    Store &m_store;
    std::unique_ptr<Ui::ImportDialog> m_ui;
    QPushButton *m_importButton = nullptr;
    QFutureWatcher<TableFile> m_reading;
    TableFile m_file;
    ImportJob *m_job = nullptr;
    State m_state = State::Empty;
    bool m_mappingValid = false;
    bool m_closeWhenDone = false;
};

} // namespace xj
