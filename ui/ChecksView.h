#pragma once
// The checks area (检查): runs the check of an inspection round from the workstation. A round
// picker (newest first), the run's options (CheckOptionsBox), Start (a fresh run), Stop and
// Resume (enabled while the round's newest run is unfinished: stopped, or left running by a killed
// process); a per-site progress table (CheckProgressModel), an overall progress bar, a live log
// with a line cap; and the round's findings (FindingsModel) with a filter by indicator, refreshed
// every few seconds while a run goes and when it ends. Without a run going, the table shows the
// round's last run as the store counted it.
//
// The run itself goes on a worker thread (CheckJob); the GUI thread only reads the store.
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "AreaPage.h"
#include "CheckRecords.h"
#include "RoundCheck.h"

#include <QMap>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
namespace xj { class RenderedHomePass; }
class QSortFilterProxyModel;
class QTableView;

namespace xj {

class CheckJob;
class CheckOptionsBox;
class CheckProgressModel;
class FindingsModel;

class ChecksView : public AreaPage {
    Q_OBJECT
public:
    explicit ChecksView(Store &store, QWidget *parent = nullptr);
    ~ChecksView() override; // a run going is stopped (it stays resumable)

    void reload() override;

    QString roundId() const;
    bool selectRound(const QString &id);
    bool isRunning() const;
    bool isResumable() const { return m_resumable; }
    // What Start (resume false) and Resume (true) do; false when a run is going or no round is chosen.
    bool startRun(bool resume);
    // What Stop does: the run stops and stays resumable.
    void stopRun();
    // Reads the round's findings again (force: even when their counts did not change).
    void refreshFindings(bool force = true);

    QComboBox *roundBox() const { return m_rounds; }
    CheckOptionsBox *optionsBox() const { return m_options; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *renderButton() const { return m_render; }
    CheckProgressModel *progressModel() const { return m_progress; }
    QTableView *progressTable() const { return m_progressView; }
    QProgressBar *progressBar() const { return m_bar; }
    QPlainTextEdit *log() const { return m_log; }
    FindingsModel *findingsModel() const { return m_findings; }
    QTableView *findingsTable() const { return m_findingsView; }
    QComboBox *indicatorFilter() const { return m_indicator; }
    QLabel *runLabel() const { return m_runLabel; }

    static constexpr int kLogLines = 2000;      // the log keeps this many lines
    static constexpr int kRefreshMs = 3000;     // findings re-read while a run goes

private:
    QWidget *buildProgress();
    QWidget *buildFindings();
    void showRound();    // the chosen round's last run, its progress and findings
    void readRunState(); // last run, resumable
    void updateButtons();
    void updateTotals();
    void appendLog(const QString &message);
    void onStarted(qint64 runId);
    void onFinished(bool completed, const QString &error);
    // The rendered hidden-link pass over the last finished run's home pages (ChecksViewRender.cpp):
    // QtWebEngine runs on this (the GUI) thread, page after page, without blocking it.
    void startRenderedPass();

    Store &m_store;
    CheckJob *m_job;
    QComboBox *m_rounds;
    QLabel *m_runLabel;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_resume;
    QPushButton *m_render;
    QPointer<RenderedHomePass> m_renderPass;
    CheckOptionsBox *m_options;
    QProgressBar *m_bar;
    QLabel *m_summary;
    CheckProgressModel *m_progress;
    QTableView *m_progressView = nullptr;
    QPlainTextEdit *m_log = nullptr;
    FindingsModel *m_findings;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_findingsView = nullptr;
    QComboBox *m_indicator = nullptr;
    QLabel *m_findingsCount = nullptr;
    QTimer m_refresh;     // findings, while a run goes
    QTimer m_totalsLater; // the totals, at most a few times a second
    QMap<QString, int> m_counts; // findings per indicator, as last read
    bool m_resumable = false;
    bool m_stopping = false;
};

} // namespace xj
