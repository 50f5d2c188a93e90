#pragma once
// The review workspace's records (migration 006_review.sql): what an inspector decides about a
// finding the checks proposed — state, severity, indicator, responsible unit, rectification
// deadline and status, note, dismissal reason — with an append-only history (who, when, before →
// after) that can be undone, screenshots kept as evidence, manual findings, the rectification list
// per unit and the per-object checklist.
//
// Concurrency: two inspectors on one PostgreSQL store. Every finding carries a version; a change
// names the version it was made on and is saved only if the finding is still at that version
// (UPDATE … WHERE version = ?). Otherwise nothing is saved and ReviewConflict says what the other
// inspector saved meanwhile. Every call writes at once, in one transaction; nothing is cached.
//
// Promotion (indicators.md): confirming a W-N-DARKLINK or W-N-MAP finding, or a W-N-WORDING one
// whose details say "serious", files a pending W-V1 finding (M-V1 for an account) for the same
// object (source manual, details.promotedFrom = the finding's id). Un-confirming it, or undoing
// the confirmation, removes that W-V1 finding again while it is still pending.
//
// Field names (history JSON, ReviewConflict::fields, FindingChange::fields()): state, severity,
// indicator, points, unit_id, deadline, rectification, note, dismiss_reason.
// Codes: state pending/confirmed/dismissed; rectification open (待整改) / notified (已通知) /
// fixed (已整改) / verified (已复核); checklist result pass/fail/na/undecided.
//
// Threading: like the Store it wraps — called on the thread that opened that Store.

#include "CheckRecords.h"
#include "IndicatorSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QRect>

#include <optional>

namespace xj {

// The inspector-owned fields of a finding, with its version.
struct FindingReview {
    qint64 findingId = 0;
    int version = 0; // 0: no such finding
    QString state;     // pending, confirmed, dismissed
    QString severity;  // veto, deduct, notice, manual
    QString indicator; // catalog code
    double points = 0;
    qint64 unitId = 0; // responsible unit set on the finding; 0 = none (see RectificationRow)
    QDate deadline;    // rectification deadline; invalid = none
    QString rectification = QStringLiteral("open");
    QString note;
    QString dismissReason;
    QString reviewedBy;   // the last inspector who changed it; empty = never reviewed
    QDateTime reviewedAt; // UTC; invalid = never reviewed
};

// A change of some fields; unset fields stay as they are.
struct FindingChange {
    std::optional<QString> state;
    std::optional<QString> severity;
    std::optional<QString> indicator; // without severity: the severity follows the active set's for it
    std::optional<double> points;
    std::optional<qint64> unitId;   // 0 clears
    std::optional<QDate> deadline;  // invalid clears
    std::optional<QString> rectification;
    std::optional<QString> note;
    std::optional<QString> dismissReason;
    // Why: required to dismiss (used as dismiss_reason when that is not set) and to change the
    // severity or the indicator; kept in the history entry.
    QString reason;

    bool isEmpty() const;
    QStringList fields() const; // the names of the fields set, in the order above
    // `review` with the fields this change sets replaced (what the change would make of it).
    FindingReview appliedTo(FindingReview review) const;
};

// One row of finding_history. before/after hold only the fields the entry changed (JSON values:
// strings, numbers, null for a cleared unit or deadline).
struct HistoryEntry {
    qint64 id = 0;
    qint64 findingId = 0;
    QDateTime at; // UTC
    QString actor;
    QString action; // change, undo, manual (filed by hand), promote (filed by promotion), screenshot
    QJsonObject before;
    QJsonObject after;
    QString reason;
    qint64 undoOf = 0;  // the entry this one undoes; 0 = none
    int version = 0;    // the finding's version after this entry
    bool undone = false; // a later entry undoes this one (computed when read)
};

// What the other inspector saved since the version a change was made on.
struct ReviewConflict {
    FindingReview theirs;      // the finding as it now stands in the store
    QStringList theirFields;   // fields changed since the expected version
    QStringList bothChanged;   // of those, the ones this change also sets
    QString theirActor;        // who saved the newest of those changes
    QDateTime theirAt;
};

// A screenshot kept as evidence with a finding (or a checklist entry: findingId 0).
struct FindingScreenshot {
    qint64 id = 0;
    qint64 findingId = 0;
    QByteArray png; // empty in listings (screenshots()); filled by screenshot(id)
    QRect region;   // in page pixels; null = the whole page
    QString pageUrl;
    QString pane = QStringLiteral("captured"); // captured, live, previous
    WarcRef warc;          // the WARC resource record, when one was written
    QString warcRecordId;  // its WARC-Record-ID
    QDateTime createdAt;   // UTC
    QString actor;
};

// One row of the rectification list: a confirmed finding not yet verified.
struct RectificationRow {
    Finding finding;
    QString objectName;
    qint64 unitId = 0;     // the finding's unit, else the object's registered owner; 0 = neither
    QString unitName;
    bool unitFromRegistry = false; // unitId came from the registry, not from the finding
    QDate deadline;
    QString status;        // open, notified, fixed
    bool overdue = false;  // deadline before today and status open or notified
};

// An inspector's manual judgement of one indicator for one object in a round.
struct ChecklistEntry {
    qint64 id = 0;
    QString roundId;
    ObjectType objectType = ObjectType::Site;
    qint64 objectId = 0;
    QString indicator;
    QString result = QStringLiteral("undecided"); // pass, fail, na, undecided
    QString note;
    qint64 screenshotId = 0; // 0 = none
    QString actor;
    QDateTime updatedAt; // UTC
    int version = 0;     // 0 = not stored yet
};

// One line of an object's checklist: an indicator of the set that applies to the object's kind.
struct ChecklistItem {
    QString indicator;
    QString name;     // the catalog's Chinese name
    QString severity; // from the set
    bool objective = true;
    bool manualOnly = false; // only a person can judge it: steps says how
    QString steps;           // what to do (resources/indicators/checklist-steps.json); empty for automatic ones
    QList<qint64> findingIds; // the round's findings of this indicator on the object
    int pending = 0;
    int confirmed = 0;
    int dismissed = 0;
    std::optional<ChecklistEntry> entry; // the manual result, when one was saved
};

class ReviewRecords {
    Q_DECLARE_TR_FUNCTIONS(ReviewRecords)
public:
    enum class Outcome {
        Saved,     // written (with its history entry)
        Unchanged, // the change sets every field to its current value: nothing written
        Conflict,  // the finding is no longer at expectedVersion: nothing written, *conflict filled
        Refused,   // invalid (dismiss without reason, unknown code, nothing to undo…): *error says why
        Failed     // the database failed: *error says why
    };

    explicit ReviewRecords(Store &store) : m_store(store) {}

    // --- Deciding
    // Applies `change` if the finding is still at expectedVersion; bumps the version and appends a
    // history entry with before/after of the fields that changed. Errors name the finding id.
    Outcome change(qint64 findingId, int expectedVersion, const FindingChange &change, const QString &actor,
                   ReviewConflict *conflict, QString *error);
    // Reverts the newest change of the finding not undone yet (walking back one change per call;
    // an undo entry itself is not undone), recorded as an entry with undoOf. Same conflict check.
    Outcome undo(qint64 findingId, int expectedVersion, const QString &actor, ReviewConflict *conflict,
                 QString *error);
    // Conveniences over change().
    Outcome confirm(qint64 findingId, int expectedVersion, const QString &actor, ReviewConflict *conflict,
                    QString *error);
    Outcome dismiss(qint64 findingId, int expectedVersion, const QString &reason, const QString &actor,
                    ReviewConflict *conflict, QString *error);
    Outcome setRectification(qint64 findingId, int expectedVersion, const QString &status, const QString &actor,
                             ReviewConflict *conflict, QString *error);

    std::optional<FindingReview> review(qint64 findingId) const;
    // Every finding of the round, by finding id.
    QHash<qint64, FindingReview> reviews(const QString &roundId) const;
    // Oldest first.
    QList<HistoryEntry> history(qint64 findingId) const;
    // The W-V1/M-V1 finding promoted from this one; 0 when there is none.
    qint64 promotedFinding(qint64 sourceFindingId) const;

    // --- Manual findings: filed confirmed (a person saw it), severity and points from the active
    // indicator set, promoted like a confirmed automatic one. `selection` is the text selected, or
    // a region as JSON ({"x":…,"y":…,"width":…,"height":…}); kept in details.selection (text) or
    // details.region (JSON object). Filing the same thing again returns the existing id.
    // Returns the finding id; 0 with *error on failure (unknown indicator, wrong object kind…).
    qint64 addManualFinding(const QString &roundId, ObjectType objectType, qint64 objectId, const QString &indicator,
                            const QString &url, const QString &evidence, const QString &selection,
                            const QString &actor, QString *error);

    // --- Screenshots (kept in the store; checks/EvidenceScreenshots also writes them to WARC).
    // findingId 0: a screenshot for a checklist entry. Returns the id; 0 with *error on failure.
    qint64 addScreenshot(qint64 findingId, const QByteArray &png, const QRect &region, const QString &url,
                         const QString &pane, const QString &actor, QString *error);
    bool setScreenshotWarc(qint64 screenshotId, const WarcRef &warc, const QString &recordId);
    QList<FindingScreenshot> screenshots(qint64 findingId) const; // without png, oldest first
    std::optional<FindingScreenshot> screenshot(qint64 screenshotId) const; // with png

    // --- Rectification: confirmed findings of the round not yet verified, by unit name, object
    // name, finding id; only one unit's when unitId is given (the finding's unit, else the owner's).
    QList<RectificationRow> rectificationList(const QString &roundId, std::optional<qint64> unitId,
                                              const QDate &today) const;

    // --- Checklist of one object: every enabled indicator of `set` for its kind (sites: website
    // indicators; accounts: account indicators), in catalog order.
    QList<ChecklistItem> checklist(const QString &roundId, ObjectType objectType, qint64 objectId,
                                   const IndicatorSet &set) const;
    std::optional<ChecklistEntry> checklistEntry(const QString &roundId, ObjectType objectType, qint64 objectId,
                                                 const QString &indicator) const;
    // Saves result, note and screenshotId of `entry` if the stored entry is still at
    // expectedVersion (0: there must be none yet). On conflict *theirs is the stored entry.
    Outcome setChecklistEntry(const ChecklistEntry &entry, int expectedVersion, const QString &actor,
                              ChecklistEntry *theirs, QString *error);
    // Indicators only a person can judge, with their steps (resources/indicators/checklist-steps.json).
    static bool isManualOnly(const QString &indicator);
    static QString checklistSteps(const QString &indicator);

    // --- Labels for display (translated).
    static QString rectificationLabel(const QString &code); // 待整改, 已通知, 已整改, 已复核
    static QString checklistResultLabel(const QString &code);
    static QString fieldLabel(const QString &field);
    static QStringList rectificationCodes(); // open, notified, fixed, verified
    // Who the history names when nobody is given: $XUNJIAN_INSPECTOR, else the login name.
    static QString defaultActor();

    Store &store() { return m_store; }

private:
    // change() and undo() after validation: inside the caller's transaction, writes `after` (the
    // fields to set) if the finding is at expectedVersion, appends the history entry and applies
    // promotion. ReviewRecords.cpp.
    Outcome apply(const FindingReview &current, int expectedVersion, const QJsonObject &after, const QString &action,
                  const QString &reason, qint64 undoOf, const QString &actor, ReviewConflict *conflict,
                  QString *error);
    void fillConflict(qint64 findingId, int expectedVersion, const QStringList &mine, ReviewConflict *conflict) const;
    qint64 appendHistory(const HistoryEntry &entry);
    // Promotion to W-V1/M-V1 (ReviewRecordsPromotion.cpp).
    bool promote(const Finding &source, const QString &actor, QString *error);
    bool unpromote(const Finding &source, QString *error);

    Store &m_store;
};

} // namespace xj
