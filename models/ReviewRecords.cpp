// ReviewRecords: changes with optimistic versioning, their history and undo. The fields as JSON
// and SQL values and the labels are in ReviewRecordsFields.cpp, promotion and manual findings in
// ReviewRecordsPromotion.cpp, screenshots and the rectification list in ReviewRecordsLists.cpp,
// checklists in ReviewRecordsChecklist.cpp.
#include "ReviewRecords.h"
#include "IndicatorCatalog.h"
#include "IndicatorSetStore.h"
#include "ReviewRecordsInternal.h"
#include "SqlRows.h"

#include <QSet>
#include <QSqlQuery>

namespace xj {


using namespace review;

namespace {

const QStringList kStates = {QStringLiteral("pending"), QStringLiteral("confirmed"), QStringLiteral("dismissed")};
const QStringList kSeverities = {QStringLiteral("veto"), QStringLiteral("deduct"), QStringLiteral("notice"),
                                 QStringLiteral("manual")};

HistoryEntry historyFrom(const QSqlQuery &q)
{
    HistoryEntry h;
    h.id = q.value(0).toLongLong();
    h.findingId = q.value(1).toLongLong();
    h.at = timeFrom(q.value(2));
    h.actor = q.value(3).toString();
    h.action = q.value(4).toString();
    h.before = jsonObject(q.value(5).toString());
    h.after = jsonObject(q.value(6).toString());
    h.reason = q.value(7).toString();
    h.undoOf = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
    h.version = q.value(9).toInt();
    return h;
}

bool setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

bool FindingChange::isEmpty() const
{
    return fields().isEmpty();
}

FindingReview FindingChange::appliedTo(FindingReview r) const
{
    if (state)
        r.state = *state;
    if (severity)
        r.severity = *severity;
    if (indicator)
        r.indicator = *indicator;
    if (points)
        r.points = *points;
    if (unitId)
        r.unitId = *unitId;
    if (deadline)
        r.deadline = *deadline;
    if (rectification)
        r.rectification = *rectification;
    if (note)
        r.note = *note;
    if (dismissReason)
        r.dismissReason = *dismissReason;
    return r;
}

QString ReviewRecords::defaultActor()
{
    for (const char *name : {"XUNJIAN_INSPECTOR", "USER", "USERNAME"})
        if (!qEnvironmentVariableIsEmpty(name))
            return qEnvironmentVariable(name);
    return QStringLiteral("inspector");
}

QStringList FindingChange::fields() const
{
    QStringList out;
    const bool set[] = {state.has_value(),  severity.has_value(),      indicator.has_value(),
                        points.has_value(), unitId.has_value(),        deadline.has_value(),
                        rectification.has_value(), note.has_value(), dismissReason.has_value()};
    for (int i = 0; i < fieldNames().size(); ++i)
        if (set[i])
            out.append(fieldNames().at(i));
    return out;
}

std::optional<FindingReview> ReviewRecords::review(qint64 findingId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM findings WHERE id = ?").arg(QLatin1String(kReviewColumns)));
    q.addBindValue(findingId);
    return sql::one<FindingReview>(m_store, q, reviewFrom);
}

QHash<qint64, FindingReview> ReviewRecords::reviews(const QString &roundId) const
{
    QSqlQuery &q = m_store.query(
        QStringLiteral("SELECT %1 FROM findings WHERE round_id = ? ORDER BY id").arg(QLatin1String(kReviewColumns)));
    q.addBindValue(roundId);
    QHash<qint64, FindingReview> out;
    for (const FindingReview &r : sql::all<FindingReview>(m_store, q, reviewFrom))
        out.insert(r.findingId, r);
    return out;
}

QList<HistoryEntry> ReviewRecords::history(qint64 findingId) const
{
    QSqlQuery &q = m_store.query(
        QStringLiteral("SELECT id, finding_id, at, actor, action, before_values, after_values, reason, undo_of, version "
                       "FROM finding_history WHERE finding_id = ? ORDER BY id"));
    q.addBindValue(findingId);
    QList<HistoryEntry> out = sql::all<HistoryEntry>(m_store, q, historyFrom);
    QSet<qint64> undone;
    for (const HistoryEntry &h : std::as_const(out))
        if (h.undoOf > 0)
            undone.insert(h.undoOf);
    for (HistoryEntry &h : out)
        h.undone = undone.contains(h.id);
    return out;
}

qint64 ReviewRecords::appendHistory(const HistoryEntry &h)
{
    QSqlQuery &q = m_store.query(
        QStringLiteral("INSERT INTO finding_history (finding_id, at, actor, action, before_values, after_values, reason, "
                       "undo_of, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        + m_store.returning());
    q.addBindValue(h.findingId);
    q.addBindValue(now());
    q.addBindValue(sql::text(h.actor));
    q.addBindValue(h.action);
    q.addBindValue(json(h.before));
    q.addBindValue(json(h.after));
    q.addBindValue(sql::text(h.reason));
    q.addBindValue(sql::idOrNull(h.undoOf));
    q.addBindValue(h.version);
    if (!m_store.exec(q))
        return 0;
    qint64 id = 0;
    if (m_store.backend() == StoreLocation::Backend::Postgres)
        id = q.next() ? q.value(0).toLongLong() : 0;
    else
        id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

void ReviewRecords::fillConflict(qint64 findingId, int expectedVersion, const QStringList &mine,
                                 ReviewConflict *conflict) const
{
    if (!conflict)
        return;
    *conflict = ReviewConflict();
    if (auto r = review(findingId))
        conflict->theirs = *r;
    for (const HistoryEntry &h : history(findingId)) {
        if (h.version <= expectedVersion || h.action == QLatin1String("screenshot"))
            continue;
        for (auto it = h.after.begin(); it != h.after.end(); ++it)
            if (!conflict->theirFields.contains(it.key()))
                conflict->theirFields.append(it.key());
        conflict->theirActor = h.actor;
        conflict->theirAt = h.at;
    }
    for (const QString &f : mine)
        if (conflict->theirFields.contains(f))
            conflict->bothChanged.append(f);
}

ReviewRecords::Outcome ReviewRecords::change(qint64 findingId, int expectedVersion, const FindingChange &c,
                                             const QString &actor, ReviewConflict *conflict, QString *error)
{
    auto refuse = [&](const QString &why) {
        setError(error, why);
        return Outcome::Refused;
    };
    if (c.state && !kStates.contains(*c.state))
        return refuse(tr("finding %1: unknown state “%2” (pending, confirmed or dismissed)").arg(findingId).arg(*c.state));
    if (c.severity && !kSeverities.contains(*c.severity))
        return refuse(tr("finding %1: unknown severity “%2” (veto, deduct, notice or manual)").arg(findingId).arg(*c.severity));
    if (c.rectification && !rectificationCodes().contains(*c.rectification))
        return refuse(tr("finding %1: unknown rectification status “%2” (open, notified, fixed or verified)")
                          .arg(findingId)
                          .arg(*c.rectification));
    if (c.points && *c.points < 0)
        return refuse(tr("finding %1: points cannot be negative").arg(findingId));
    if (c.unitId && *c.unitId < 0)
        return refuse(tr("finding %1: no unit %2").arg(findingId).arg(*c.unitId));
    if (c.unitId && *c.unitId > 0 && !m_store.unit(*c.unitId))
        return refuse(tr("finding %1: no unit %2").arg(findingId).arg(*c.unitId));

    const std::optional<Finding> finding = CheckRecords(m_store).finding(findingId);
    if (!finding)
        return refuse(tr("finding %1 does not exist").arg(findingId));
    QJsonObject want = requested(c);
    if (c.indicator) {
        const IndicatorInfo *info = IndicatorCatalog::byCode(*c.indicator);
        const IndicatorTarget target =
            finding->objectType == ObjectType::Site ? IndicatorTarget::Website : IndicatorTarget::Account;
        if (!info)
            return refuse(tr("finding %1: unknown indicator “%2”").arg(findingId).arg(*c.indicator));
        if (info->target != target)
            return refuse(tr("finding %1: indicator %2 does not apply to a %3")
                              .arg(findingId)
                              .arg(info->code, finding->objectType == ObjectType::Site ? tr("website") : tr("account")));
        want.insert(QStringLiteral("indicator"), info->code);
        if (!c.severity && info->code != finding->indicator)
            want.insert(QStringLiteral("severity"), IndicatorSetStore(m_store).active().severity(info->code));
    }

    if (!m_store.begin())
        return setError(error, m_store.lastError()), Outcome::Failed;
    const std::optional<FindingReview> current = review(findingId);
    if (!current) {
        m_store.rollback();
        return refuse(tr("finding %1 does not exist").arg(findingId));
    }
    if (current->version != expectedVersion) {
        fillConflict(findingId, expectedVersion, c.fields(), conflict);
        m_store.rollback();
        setError(error, tr("finding %1 was changed by %2 meanwhile (version %3, not %4)")
                            .arg(findingId)
                            .arg(conflict ? conflict->theirActor : QString())
                            .arg(current->version)
                            .arg(expectedVersion));
        return Outcome::Conflict;
    }
    const QString stateKey = QStringLiteral("state");
    const QString reasonKey = QStringLiteral("dismiss_reason");
    if (c.state && !c.dismissReason) {
        // A dismissal keeps its reason on the finding; leaving "dismissed" clears it (the history keeps it).
        if (*c.state == QLatin1String("dismissed"))
            want.insert(reasonKey, c.reason.trimmed());
        else
            want.insert(reasonKey, QString());
    }
    QJsonObject after;
    for (const QString &f : fieldNames())
        if (want.contains(f) && want.value(f) != value(*current, f))
            after.insert(f, want.value(f));
    // A dismissal with the reason it already has and nothing else is no change.
    if (after.isEmpty() || (after.size() == 1 && after.contains(reasonKey) && !c.dismissReason
                            && current->state != QLatin1String("dismissed"))) {
        m_store.rollback();
        return Outcome::Unchanged;
    }
    FindingReview result = *current;
    for (auto it = after.begin(); it != after.end(); ++it)
        setValue(result, it.key(), it.value());
    if (result.state == QLatin1String("dismissed") && result.dismissReason.trimmed().isEmpty()
        && (after.contains(stateKey) || after.contains(reasonKey))) {
        m_store.rollback();
        return refuse(tr("finding %1: dismissing needs a reason").arg(findingId));
    }
    if ((after.contains(QStringLiteral("severity")) || after.contains(QStringLiteral("indicator"))) && c.reason.trimmed().isEmpty()) {
        m_store.rollback();
        return refuse(tr("finding %1: changing the severity or the indicator needs a reason").arg(findingId));
    }
    const Outcome o = apply(*current, expectedVersion, after, QStringLiteral("change"), c.reason.trimmed(), 0, actor,
                            conflict, error);
    if (o != Outcome::Saved) {
        m_store.rollback();
        return o;
    }
    if (!m_store.commit())
        return setError(error, tr("finding %1: %2").arg(findingId).arg(m_store.lastError())), Outcome::Failed;
    return Outcome::Saved;
}

ReviewRecords::Outcome ReviewRecords::apply(const FindingReview &current, int expectedVersion, const QJsonObject &after,
                                            const QString &action, const QString &reason, qint64 undoOf,
                                            const QString &actor, ReviewConflict *conflict, QString *error)
{
    const qint64 id = current.findingId;
    QStringList sets;
    for (auto it = after.begin(); it != after.end(); ++it)
        sets.append(it.key() + QStringLiteral(" = ?")); // keys are fieldNames(): the column names
    QSqlQuery &q = m_store.query(QStringLiteral("UPDATE findings SET %1, version = version + 1, reviewed_by = ?, "
                                                "reviewed_at = ?, updated_at = ? WHERE id = ? AND version = ?")
                                     .arg(sets.join(QStringLiteral(", "))));
    for (auto it = after.begin(); it != after.end(); ++it)
        q.addBindValue(sqlValue(it.key(), it.value()));
    const QString stamp = now();
    q.addBindValue(sql::text(actor));
    q.addBindValue(stamp);
    q.addBindValue(stamp);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!m_store.exec(q))
        return setError(error, tr("finding %1: %2").arg(id).arg(m_store.lastError())), Outcome::Failed;
    const int rows = q.numRowsAffected();
    q.finish();
    if (rows == 0) {
        // Another connection saved between our read and this write.
        fillConflict(id, expectedVersion, after.keys(), conflict);
        setError(error, tr("finding %1 was changed meanwhile").arg(id));
        return Outcome::Conflict;
    }
    HistoryEntry h;
    h.findingId = id;
    h.actor = actor;
    h.action = action;
    for (auto it = after.begin(); it != after.end(); ++it)
        h.before.insert(it.key(), value(current, it.key()));
    h.after = after;
    h.reason = reason;
    h.undoOf = undoOf;
    h.version = expectedVersion + 1;
    if (appendHistory(h) == 0)
        return setError(error, tr("finding %1: %2").arg(id).arg(m_store.lastError())), Outcome::Failed;

    if (after.contains(QStringLiteral("state")) || after.contains(QStringLiteral("indicator"))) {
        const QString confirmed = QStringLiteral("confirmed");
        const bool was = current.state == confirmed;
        const bool is = after.value(QStringLiteral("state")).toString(current.state) == confirmed;
        const std::optional<Finding> f = CheckRecords(m_store).finding(id);
        if (!f)
            return setError(error, tr("finding %1: %2").arg(id).arg(m_store.lastError())), Outcome::Failed;
        bool ok = true;
        if (was)
            ok = unpromote(*f, error); // also when only the indicator changed: promoted again below if it still feeds
        if (ok && is)
            ok = promote(*f, actor, error);
        if (!ok)
            return Outcome::Failed;
    }
    return Outcome::Saved;
}

ReviewRecords::Outcome ReviewRecords::undo(qint64 findingId, int expectedVersion, const QString &actor,
                                           ReviewConflict *conflict, QString *error)
{
    if (!m_store.begin())
        return setError(error, m_store.lastError()), Outcome::Failed;
    const std::optional<FindingReview> current = review(findingId);
    if (!current) {
        m_store.rollback();
        setError(error, tr("finding %1 does not exist").arg(findingId));
        return Outcome::Refused;
    }
    const QList<HistoryEntry> entries = history(findingId);
    const HistoryEntry *target = nullptr;
    for (auto it = entries.crbegin(); it != entries.crend() && !target; ++it)
        if (it->action == QLatin1String("change") && !it->undone)
            target = &*it;
    if (current->version != expectedVersion) {
        fillConflict(findingId, expectedVersion, target ? target->before.keys() : QStringList(), conflict);
        m_store.rollback();
        setError(error, tr("finding %1 was changed by %2 meanwhile (version %3, not %4)")
                            .arg(findingId)
                            .arg(conflict ? conflict->theirActor : QString())
                            .arg(current->version)
                            .arg(expectedVersion));
        return Outcome::Conflict;
    }
    if (!target) {
        m_store.rollback();
        setError(error, tr("finding %1 has no change to undo").arg(findingId));
        return Outcome::Refused;
    }
    QJsonObject after;
    for (auto it = target->before.begin(); it != target->before.end(); ++it)
        if (fieldNames().contains(it.key()))
            after.insert(it.key(), it.value());
    const Outcome o = apply(*current, expectedVersion, after, QStringLiteral("undo"), QString(), target->id, actor,
                            conflict, error);
    if (o != Outcome::Saved) {
        m_store.rollback();
        return o;
    }
    if (!m_store.commit())
        return setError(error, tr("finding %1: %2").arg(findingId).arg(m_store.lastError())), Outcome::Failed;
    return Outcome::Saved;
}

ReviewRecords::Outcome ReviewRecords::confirm(qint64 findingId, int expectedVersion, const QString &actor,
                                              ReviewConflict *conflict, QString *error)
{
    FindingChange c;
    c.state = QStringLiteral("confirmed");
    return change(findingId, expectedVersion, c, actor, conflict, error);
}

ReviewRecords::Outcome ReviewRecords::dismiss(qint64 findingId, int expectedVersion, const QString &reason,
                                              const QString &actor, ReviewConflict *conflict, QString *error)
{
    FindingChange c;
    c.state = QStringLiteral("dismissed");
    c.reason = reason;
    return change(findingId, expectedVersion, c, actor, conflict, error);
}

ReviewRecords::Outcome ReviewRecords::setRectification(qint64 findingId, int expectedVersion, const QString &status,
                                                       const QString &actor, ReviewConflict *conflict, QString *error)
{
    FindingChange c;
    c.rectification = status;
    return change(findingId, expectedVersion, c, actor, conflict, error);
}

} // namespace xj
