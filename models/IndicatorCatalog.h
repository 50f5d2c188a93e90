#pragma once
// Every indicator of indicators.md with the defaults of the national set: its stable code, the
// Chinese name the rules and the monitoring platforms use, what it judges (a website — channels
// included —, an account, or a unit's data catalog), its default severity, whether its findings
// count without a person's review (objective) or only once confirmed, and, for deductions, the cap.
// The importers resolve 指标 cells with it; checks and scoring read the defaults from it. An
// editable, versioned indicator set starts from this table.

#include <QList>
#include <QString>

namespace xj {

enum class IndicatorTarget { Website, Account, Catalog };

struct IndicatorInfo {
    QString code;        // W-V2, M-P-REMIND, D-OPEN-ZERO …
    QString zh;          // 站点无法访问
    IndicatorTarget target = IndicatorTarget::Website;
    QString severity;    // veto, deduct, notice — as findings store it
    bool objective = true; // false: a heuristic whose findings count only once confirmed
    double maxPoints = 0;  // deductions: the cap of the indicator; 0 otherwise
    QString feeds;         // notices: the veto a confirmed finding leads to (W-N-MAP → W-V1), or empty
};

class IndicatorCatalog {
public:
    static const QList<IndicatorInfo> &all();
    // By code, case- and width-insensitively ("w-v2", "Ｗ-Ｖ2"); nullptr when unknown.
    static const IndicatorInfo *byCode(const QString &code);
    // A cell as inspectors type it: the code, or the Chinese name (spaces, quotes, full-width forms
    // and a trailing "(provincial)"/"（省）" note ignored). A name may belong to several indicators
    // (互动回应差 is W-V5 for a website and M-V3 for an account): all are returned.
    static QList<const IndicatorInfo *> find(const QString &codeOrName);
    static QString targetCode(IndicatorTarget t); // website, account, catalog
};

} // namespace xj
