#pragma once
// Internals of FreshnessRules shared by FreshnessRules.cpp (W-V3, W-V4) and
// FreshnessColumnRules.cpp (W-D-NEWS, W-D-POLICY, W-D-COLUMN). Not for other code.

#include "FreshnessRules.h"

#include <QCoreApplication>

namespace xj::freshness {

// Messages in translation context "FreshnessRules".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FreshnessRules)
};

inline QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

// A round whose as-of date was never set is judged at the end of its window.
inline QDate asOfOf(const Round &r) { return r.asOf.isValid() ? r.asOf : r.windowTo; }

// How often a column must show something new: N days or N calendar months (neither: no cadence).
struct Cadence {
    int days = 0;
    int months = 0;
    bool valid() const { return days > 0 || months > 0; }
    // The oldest date still in time: exactly N days / months before the as-of date is in time.
    QDate limit(const QDate &asOf) const { return months > 0 ? asOf.addMonths(-months) : asOf.addDays(-days); }
    QString text() const; // "14 days", "6 months"
    QJsonObject toJson() const;
};

enum class ColumnState { Unreachable, Unknown, Blank, Undated, Dated };

struct ColumnView {
    const ColumnFreshness *column = nullptr;
    ColumnState state = ColumnState::Unreachable;
    std::optional<QDate> date; // Dated only

    bool judgeable() const { return state != ColumnState::Unreachable && state != ColumnState::Unknown; }
    // Not updated within the cadence (blank and undated columns never are). A site opened after
    // the cadence began has not had the time: never stale.
    bool staleOn(const Cadence &c, const Site &site, const QDate &asOf) const;
    QString describe() const;   // "«工作动态» 2022-05-01", "«通知公告» blank"…
    QString stateCode() const;  // dated, blank, undated, unreachable, unknown
    QJsonObject toJson() const; // {id, name, category, url, state, newest}
};

ColumnView viewOf(const ColumnFreshness &c, const QDate &asOf);
QList<ColumnView> viewsOf(const QList<ColumnFreshness> &columns, const QDate &asOf);

// A site-level finding (fingerprint "<code>|<site id>", + "|<what>" when given).
Finding siteFinding(const Site &site, const Round &round, const IndicatorSet &set, const QString &code,
                    const QString &what = {});
// set.number(code, key) within the indicator's cap.
double pointsOf(const IndicatorSet &set, const QString &code, const QString &key);
// Up to `max` descriptions joined with "、", "…" when there are more.
QString listed(const QList<ColumnView> &views, int max = 8);

} // namespace xj::freshness
