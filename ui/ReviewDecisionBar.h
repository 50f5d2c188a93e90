#pragma once
// The decision bar of the review workspace, for the finding shown: Confirm, Dismiss with a reason
// (a list of common reasons, or free text), a change of severity or indicator with its reason, the
// responsible unit, the rectification deadline and status (待整改 → 已通知 → 已整改 → 已复核) and a
// note — each saved at once through
// ReviewRecords, which keeps the append-only history listed here and undoes the last change.
// When another inspector changed the finding meanwhile, ReviewConflictDialog shows both versions.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "ReviewRecords.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace xj {

class EvidenceScreenshots;
class FindingRecheck;
class OptionalDateEdit;
struct RecheckResult;

class ReviewDecisionBar : public QWidget {
    Q_OBJECT
public:
    explicit ReviewDecisionBar(Store &store, QWidget *parent = nullptr);
    ~ReviewDecisionBar() override;

    void setFinding(const std::optional<Finding> &finding);
    std::optional<Finding> finding() const { return m_finding; }
    void reloadUnits();

    // What the buttons and keys do; false when nothing was saved (no finding, a conflict not resolved).
    bool confirm();
    bool dismiss(const QString &reason = {}); // empty: the reason chosen in the box
    bool changeSeverity(const QString &severity, const QString &reason);
    bool changeIndicator(const QString &indicator, const QString &reason);
    bool setUnit(qint64 unitId);
    bool setDeadline(const QDate &deadline);
    bool setNote(const QString &note);
    bool setRectification(const QString &status); // open, notified, fixed, verified
    bool undo();
    void focusNote();
    // Fetches the finding's link or page now and judges it again (FindingRecheck, off the event
    // loop's critical path: the answer arrives with rechecked()). A confirmed finding found
    // resolved gets its rectification set to verified (已复核) with the re-check as its note —
    // one history entry, undoable like any change. Ctrl+R.
    void recheck();
    // Keeps a screenshot (PNG) with the finding, in the store and as a WARC resource record
    // (EvidenceScreenshots); `url` is the page it shows, `pane` captured, live or previous, `region`
    // the part of the pane (null: all of it).
    bool addScreenshot(const QByteArray &png, const QString &url, const QString &pane = QStringLiteral("captured"),
                       const QRect &region = {});
    // Files a manual finding on the shown finding's object from what the inspector selected: asks
    // for the indicator and the text (ManualFindingDialog), attaches URL and screenshot. The id, 0
    // when cancelled or refused.
    qint64 addManualFinding(const QString &url, const QString &selectedText, const QByteArray &png);

    // Who the history names: $XUNJIAN_INSPECTOR, else the login name.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    // The review fields and version of the shown finding, as last read.
    std::optional<FindingReview> review() const { return m_review; }

    static QStringList commonDismissReasons();

    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QComboBox *reasonBox() const { return m_reason; }
    QComboBox *severityBox() const { return m_severity; }
    QComboBox *indicatorBox() const { return m_indicator; }
    QLineEdit *changeReasonEdit() const { return m_changeReason; }
    QComboBox *unitBox() const { return m_unit; }
    OptionalDateEdit *deadlineEdit() const { return m_deadline; }
    QLineEdit *noteEdit() const { return m_note; }
    QComboBox *rectificationBox() const { return m_rectification; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *manualButton() const { return m_manual; }
    QPushButton *recheckButton() const { return m_recheck; }
    QListWidget *historyList() const { return m_history; }
    QLabel *messageLabel() const { return m_message; }
    ReviewRecords &records() { return *m_records; }

signals:
    // A change was saved; `finding` is the finding as it now stands.
    void decided(const Finding &finding);
    // A manual finding was filed: the list should show it.
    void manualFiled(qint64 findingId);
    void screenshotRequested();
    void manualFindingRequested();
    void rechecked(const xj::RecheckResult &result);

private:
    void showFinding();   // the fields from m_finding and the review state
    void showHistory();
    void setEditable(bool on);
    // Saves `change` on the version last read; on a conflict asks (ReviewConflictDialog) and
    // applies it again on their version when told to. Shared by every decision.
    bool save(const FindingChange &change);
    // After a save: the review read again, the finding's own fields updated, decided() emitted.
    void saved();
    bool report(ReviewRecords::Outcome outcome, const QString &error);
    void onRechecked(const RecheckResult &result); // ReviewDecisionRecheck.cpp

    Store &m_store;
    std::unique_ptr<ReviewRecords> m_records;
    std::unique_ptr<EvidenceScreenshots> m_screenshots; // one WARC file per session, made at the first screenshot
    std::optional<Finding> m_finding;
    std::optional<FindingReview> m_review;
    QString m_actor;
    bool m_filling = false; // fields being filled from the store: their signals save nothing
    QPushButton *m_confirm;
    QPushButton *m_dismiss;
    QComboBox *m_reason;
    QComboBox *m_severity;
    QComboBox *m_indicator;
    QLineEdit *m_changeReason;
    QComboBox *m_unit;
    OptionalDateEdit *m_deadline;
    QComboBox *m_rectification;
    QLineEdit *m_note;
    QPushButton *m_undo;
    QPushButton *m_shot;
    QPushButton *m_manual;
    QPushButton *m_recheck;
    std::unique_ptr<FindingRecheck> m_rechecker;
    QListWidget *m_history;
    QLabel *m_message;
};

} // namespace xj
