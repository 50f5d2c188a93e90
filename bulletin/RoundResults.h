#pragma once
// Everything the bulletin's numbers come from, computed from the store for one round: the objects
// checked (status 运行 at the as-of date, RoundScope) and whether each passed, the pass rates,
// the closures and registrations inside the window, and the data catalog figures. Every figure
// keeps the ids of the objects (or units) behind it, so that a number in a bulletin can be traced
// back to registry rows and findings.
//
// It lives in bulletin/ (not models/) because it reuses passRate() and judges findings with the
// indicator set; models/ stays free of scoring.
//
// How an object is judged (indicators.md):
//  - a finding counts unless dismissed; a needs-review indicator's only once confirmed; an
//    unknown code only once confirmed; a disabled indicator's never. Severity, the objective
//    flag, the cap and the enabled state come from the indicator set the round's findings were
//    judged with (judgingSet()), so a notice never fails anything, whatever a file said;
//  - any counting veto → 不合格;
//  - websites and channels: 100 − deductions (each indicator capped at its points) below 60 → 不合格;
//  - accounts: vetoes only (M-P-* are notices, listed but never failing).
// Beside the verdict, judge() works out what it would be if every pending needs-review finding
// were confirmed (the pending* fields): shown to inspectors as "would fail if confirmed", never
// counted in a figure.

#include "CheckRecords.h"
#include "IndicatorSet.h"
#include "MediaRecords.h"

#include <QJsonObject>
#include <QMap>
#include <optional>

namespace xj {

struct ResultRules {
    double failBelowScore = 60; // websites and channels: a score below this fails
    int openLowThreshold = 10;  // D-OPEN-LOW: 市直部门 with fewer open items than this
    bool openLowGiven = false;  // false: compute() takes the threshold from the round's indicator set
    int topCount = 3;           // units named in the linked/open top lists
};

// One checked object and how it was judged.
struct ObjectVerdict {
    ObjectType type = ObjectType::Site;
    qint64 id = 0;
    QString name;
    QString kind;   // 门户网站 · 部门网站 · 服务平台 · 部门频道, or the platform (微信公众号 …)
    qint64 ownerId = 0;
    bool scored = false; // websites and channels have a score; accounts only vetoes
    bool passed = true;
    double score = 100;
    QStringList vetoes;               // codes of the counting vetoes, sorted
    QMap<QString, double> deductions; // code → points after the indicator's cap
    QMap<QString, double> rawDeductions; // code → counted points before the cap
    QStringList notices;              // codes of counting notices (存在问题 material), sorted
    QList<qint64> findingIds;         // the findings behind all of the above
    // If every pending needs-review finding (veto or deduction) were confirmed — never counted.
    QStringList pendingVetoes;               // veto codes only pending findings support, sorted
    QMap<QString, double> pendingDeductions; // code → points confirming would add, after the cap
    double scoreIfConfirmed = 100;           // as score
    bool wouldFailIfConfirmed = false;       // the verdict with them confirmed is 不合格
    QList<qint64> pendingFindingIds;         // the pending findings behind the above, sorted
    // Why it failed: its vetoes, or (failed on score) the indicators that took points.
    QStringList reasons() const;
};

struct KindResult {
    int checked = 0;
    int passed = 0;
    double passRate = 0; // percent, one decimal (passRate())
    QList<ObjectVerdict> objects; // every checked object, in registry order
    QList<ObjectVerdict> failed() const;
    QList<ObjectVerdict> withNotices() const;
    QList<qint64> ids() const;
};

// An object named in 关停补报情况: closed inside the window, or registered (备案) inside it.
struct ListedObject {
    ObjectType type = ObjectType::Site;
    qint64 id = 0;
    QString name;
    QString kind;   // as in ObjectVerdict
    QString status; // 关停 · 下线 · 注销 (closures)
    QDate date;
    QString reason;
    bool late = false;   // registrations: a 补报备案 event rather than a 备案日期 of a new object
    qint64 historyId = 0; // the status-history row, when there is one
};

struct UnitCount {
    qint64 unitId = 0;
    QString unit;
    int count = 0;
};

struct CatalogResult {
    int units = 0; // units with counts for the round
    int linkedTotal = 0;
    int openTotal = 0;
    std::optional<int> linkedRank;
    std::optional<int> openRank;
    QList<UnitCount> linkedTop; // count descending, then unit name (code-point order); zeros left out
    QList<UnitCount> openTop;
    QList<UnitCount> openLow;  // 市直部门 (not under a 县区/园区) below the threshold, registry order; 0 included
    QList<UnitCount> openZero; // any unit with 0 open items, registry order
};

struct RoundResults {
    Round round;
    ResultRules rules;
    IndicatorSet indicatorSet; // what the verdicts were judged by (judgingSet())
    KindResult websites; // 门户网站, 部门网站, 服务平台
    int servicePlatforms = 0;
    QList<qint64> servicePlatformIds;
    KindResult channels;
    KindResult accounts;
    QList<ListedObject> closedInWindow;
    QList<ListedObject> registeredInWindow;
    CatalogResult catalog;

    static std::optional<RoundResults> compute(Store &store, const QString &roundId, const ResultRules &rules = {},
                                               QString *error = nullptr);
    // The same from the round's findings already read (CheckRecords::findings(roundId)).
    static std::optional<RoundResults> computeFrom(Store &store, const QString &roundId, const QList<Finding> &roundFindings,
                                                   const ResultRules &rules = {}, QString *error = nullptr);

    // Whether a finding counts, and with which severity (veto, deduct, notice), by the indicator set.
    static bool counts(const Finding &f, const IndicatorSet &set = IndicatorSet::defaults());
    static QString severityOf(const Finding &f, const IndicatorSet &set = IndicatorSet::defaults());
    // A pending finding of an enabled needs-review veto or deduction: what "if confirmed" adds.
    static bool awaitsReview(const Finding &f, const IndicatorSet &set = IndicatorSet::defaults());
    // The finding's code as the catalog spells it ("w-d-link" → "W-D-LINK"); unknown codes as given.
    static QString codeOf(const Finding &f);
    // Judges one object from its findings (any order; other objects' findings must not be passed).
    static ObjectVerdict judge(ObjectVerdict v, const QList<Finding> &findings, const ResultRules &rules = {},
                               const IndicatorSet &set = IndicatorSet::defaults());
    // The set a round is judged by: the stored version that judged most of its findings
    // (Finding::indicatorSetId; a tie goes to the newer version), else — no finding records one,
    // or that version is gone — the active set (IndicatorSetStore).
    static IndicatorSet judgingSet(Store &store, const QList<Finding> &roundFindings);
    static CatalogResult catalogOf(const QList<CatalogCount> &counts, const QList<Unit> &units,
                                   std::pair<std::optional<int>, std::optional<int>> ranks, const ResultRules &rules = {});

    // The summary JSON of data-formats.md (plus ids and a few more keys).
    QJsonObject toJson() const;
    // toJson() as text, rates written with their decimal (80.0, not 80).
    QByteArray toJsonText() const;
    // A few lines for people, translated.
    QStringList textLines() const;
};

} // namespace xj
