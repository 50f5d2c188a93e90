#pragma once
// Exports one registry table (units, sites, columns, accounts, status) in the import format, as
// XLSX or CSV by the file's extension (RegistryExporter). The file is written on a worker thread
// with its own Store, so a registry of 100,000 accounts does not freeze the window.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "Store.h"
#include "TableSchema.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

namespace xj {

namespace Ui {
class ExportDialog;
}

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(Store &store, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setKind(TableKind kind);
    void setPath(const QString &path);
    QString validationError() const;
    bool isExporting() const { return m_writing.isRunning(); }

    // Starts the export; the dialog closes when the file is written.
    void accept() override;
    void reject() override;

private:
    void kindChanged();
    void browse();
    void validate();
    void written();

    Store &m_store;
    std::unique_ptr<Ui::ExportDialog> m_ui;
    QFutureWatcher<QString> m_writing; // the error, empty on success
    QString m_defaultName;
};

} // namespace xj
