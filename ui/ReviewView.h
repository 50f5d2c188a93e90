#pragma once
// The review area (审核): where inspectors decide on the findings of a round. Left the findings
// list (FindingsModel through ReviewFilterModel: round, indicator, severity, state, unit, search;
// sortable); right two ReviewPanes side by side — by default the page as captured and the page
// live now — which can scroll together; under them the decision bar (ReviewDecisionBar: confirm,
// dismiss with a reason, severity/indicator change, unit, deadline, note, undo, history) and the
// progress "Reviewed 23 / 140".
//
// Keyboard (one key each, listed by shortcutHelp()): J/N next, K/P previous, C confirm,
// D dismiss, E note, M switch the right pane's mode, S screenshot, ? this list.
//
// The browser profile outlives the panes (the destructor deletes them first). The panes and the
// profile are made on first show, so a main window that never opens this area starts no browser.
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "AreaPage.h"
#include "CheckRecords.h"

#include <QElapsedTimer>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace xj {

class ChecklistDialog;
class FindingsModel;
class ReviewBrowserProfile;
class ReviewDecisionBar;
class ReviewFilterModel;
class ReviewPane;

class ReviewView : public AreaPage {
    Q_OBJECT
public:
    explicit ReviewView(Store &store, QWidget *parent = nullptr);
    ~ReviewView() override;

    void reload() override;
    bool isSettled() const override;
    // The area itself, and "review-checklist": the checklist of the current finding's object
    // (openChecklist()).
    static QStringList sections() { return {QString(), QStringLiteral("checklist")}; }
    bool showSection(const QString &section) override;

    // The checklist of the current finding's object in the round shown (non-modal, one at a time;
    // "Checklist…" under the list, or the list's context menu). Its findings open here.
    // Null when no finding is selected. ReviewViewChecklist.cpp.
    ChecklistDialog *openChecklist();
    QPushButton *checklistButton() const { return m_checklistButton; }

    QString roundId() const;
    bool selectRound(const QString &id);
    // The finding shown in the panes; nullopt when none is selected.
    std::optional<Finding> currentFinding() const;
    bool selectFinding(qint64 findingId);
    // Moves the selection down (+1) or up (-1) the filtered list; false at its end.
    bool step(int delta);
    // Reads the findings again (after a decision made elsewhere) keeping the selection.
    void refreshFindings();
    // The rows of the list and how many of them are decided (not pending), for the progress label.
    QPair<int, int> progress() const;

    // The keys and what they do, as the help dialog lists them.
    static QList<QPair<QString, QString>> shortcutHelp();
    void showShortcutHelp();

    // The panes and their browser are made when the area is first shown (or asked for): QtWebEngine
    // starts a browser process, which a window that never shows the review area should not pay for.
    // Null when the browser cannot run here (browserUnavailableReason()).
    ReviewPane *leftPane();
    ReviewPane *rightPane();
    bool hasPanes() const { return m_left != nullptr; }
    // Why the page panes cannot work in this process, or empty: the evidence scheme was not
    // registered before the application object (EvidenceUrl::registerScheme). The browser's
    // environment is RenderedDarkLinks::prepareEnvironment()'s (--no-sandbox as root, no GPU).
    static QString browserUnavailableReason();
    ReviewDecisionBar *decisionBar() const { return m_decisions; }
    FindingsModel *findingsModel() const { return m_findings; }
    ReviewFilterModel *filterModel() const { return m_filter; }
    QTableView *findingsTable() const { return m_list; }
    QComboBox *roundBox() const { return m_rounds; }
    QComboBox *indicatorFilter() const { return m_indicator; }
    QComboBox *severityFilter() const { return m_severity; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *unitFilter() const { return m_unit; }
    QLineEdit *searchBox() const { return m_search; }
    QLabel *progressLabel() const { return m_progress; }
    QCheckBox *scrollTogetherBox() const { return m_scrollTogether; }
    ReviewBrowserProfile *browserProfile() const { return m_profile.get(); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensurePanes();
    QWidget *buildFilters();
    QWidget *buildList();
    QWidget *buildPanes();
    // The "Checklist…" button (returned) and the list's context menu entry (ReviewViewChecklist.cpp).
    QWidget *buildChecklistRoutes();
    void buildShortcuts();
    void fillFilters();
    void showCurrent();
    void updateProgress();
    void follow(ReviewPane *from, ReviewPane *to, const QPointF &pos);
    void onDecided(const Finding &finding);
    void readAssignedUnits(); // the units inspectors assigned, for the unit filter

    Store &m_store;
    std::unique_ptr<ReviewBrowserProfile> m_profile;
    FindingsModel *m_findings;
    ReviewFilterModel *m_filter;
    QComboBox *m_rounds = nullptr;
    QComboBox *m_indicator = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_checklistButton = nullptr;
    QTableView *m_list = nullptr;
    QWidget *m_panesBox = nullptr;
    QSplitter *m_paneSplitter = nullptr;
    ReviewPane *m_left = nullptr;
    ReviewPane *m_right = nullptr;
    QCheckBox *m_scrollTogether = nullptr;
    ReviewDecisionBar *m_decisions = nullptr;
    qint64 m_shownId = 0;
    bool m_panesTried = false;
    // Scrolling one pane moves the other; its own echo is ignored for a moment.
    ReviewPane *m_follower = nullptr;
    QElapsedTimer m_followClock;
};

} // namespace xj
