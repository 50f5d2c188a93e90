#pragma once
// The rectification area (整改): per round, the confirmed findings not yet verified
// (RectificationModel), filtered by unit and "overdue only"; status and deadline edited in the
// table (RectificationDelegate) and saved at once with conflict detection; beside it every unit's
// open and overdue counts (click one to filter). "Export 整改通知…" writes the selected unit's
// notice as PDF and XLSX inline, or — with all units — every unit's into a folder on a worker
// thread (RectificationExportJob) with progress and cancel. The agency is the store's
// bulletin.agency setting; when unset the inspector is asked (and it is kept).
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "AreaPage.h"
#include "ReviewRecords.h"

#include <QDate>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace xj {

class RectificationExportJob;
class RectificationModel;

class RectificationView : public AreaPage {
    Q_OBJECT
public:
    explicit RectificationView(Store &store, QWidget *parent = nullptr);
    ~RectificationView() override;

    void reload() override;
    bool isSettled() const override;

    // The day overdue is judged on; by default the day the view was made. Reloads the list.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    bool selectRound(const QString &roundId);
    QString roundId() const;
    // 0: all units.
    bool selectUnit(qint64 unitId);
    qint64 unitId() const;
    void setOverdueOnly(bool on);

    // Writes one unit's notice (PDF, and XLSX when xlsxPath is not empty) inline. The agency comes
    // from the settings (agency() asks when unset). False with *error.
    bool exportUnit(qint64 unitId, const QString &pdfPath, const QString &xlsxPath, QString *error);
    // Every unit's into `folder` on a worker thread; exportFinished() follows.
    bool exportAll(const QString &folder, QString *error);
    // The issuing agency; asks (and stores it) when the setting is empty. Empty when cancelled.
    QString agency();

    RectificationModel *model() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QComboBox *roundBox() const { return m_rounds; }
    QComboBox *unitBox() const { return m_units; }
    QCheckBox *overdueBox() const { return m_overdue; }
    QListWidget *unitCounts() const { return m_counts; }
    QLabel *messageLabel() const { return m_message; }
    RectificationExportJob *exportJob() const { return m_job.get(); }

signals:
    void exportFinished(const QStringList &written, bool cancelled, const QString &error);

private:
    void fillRounds();
    void fillUnits();     // the unit filter and the counts beside the table, from the model's rows
    void applyFilter();
    void exportClicked();
    void onConflict(int row, const FindingChange &change, const ReviewConflict &conflict);

    Store &m_store;
    QDate m_today;
    RectificationModel *m_model;
    QSortFilterProxyModel *m_filter;
    QComboBox *m_rounds;
    QComboBox *m_units;
    QCheckBox *m_overdue;
    QTableView *m_table;
    QListWidget *m_counts;
    QPushButton *m_export;
    QLabel *m_message;
    std::unique_ptr<RectificationExportJob> m_job;
    QProgressDialog *m_progress = nullptr;
};

} // namespace xj
