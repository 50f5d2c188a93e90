// ReviewRecords: the per-object checklist — every indicator of the set for the object's kind, with
// its automatic findings and the manual entry, and the steps for those only a person can judge.
#include "IndicatorCatalog.h"
#include "ReviewRecords.h"
#include "ReviewRecordsInternal.h"
#include "SqlRows.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

namespace xj {

using namespace review;

namespace {

const char kEntryColumns[] = "id, round_id, object_type, object_id, indicator, result, note, screenshot_id, actor, "
                             "updated_at, version";

ChecklistEntry entryFrom(const QSqlQuery &q)
{
    ChecklistEntry e;
    e.id = q.value(0).toLongLong();
    e.roundId = q.value(1).toString();
    e.objectType = objectTypeFrom(q.value(2).toString());
    e.objectId = q.value(3).toLongLong();
    e.indicator = q.value(4).toString();
    e.result = q.value(5).toString();
    e.note = q.value(6).toString();
    e.screenshotId = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    e.actor = q.value(8).toString();
    e.updatedAt = timeFrom(q.value(9));
    e.version = q.value(10).toInt();
    return e;
}

// resources/indicators/checklist-steps.json: Chinese data keyed by code, like the catalog's names.
const QHash<QString, QString> &steps()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> out;
        QFile f(QStringLiteral(":/indicators/checklist-steps.json"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!it.key().startsWith(QLatin1Char('_')))
                out.insert(it.key(), it.value().toString());
        return out;
    }();
    return table;
}

} // namespace

// --- Checklist

bool ReviewRecords::isManualOnly(const QString &indicator)
{
    return steps().contains(indicator);
}

QString ReviewRecords::checklistSteps(const QString &indicator)
{
    return steps().value(indicator);
}

std::optional<ChecklistEntry> ReviewRecords::checklistEntry(const QString &roundId, ObjectType objectType,
                                                            qint64 objectId, const QString &indicator) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM checklist_entries WHERE round_id = ? AND object_type = ? "
                                                "AND object_id = ? AND indicator = ?")
                                     .arg(QLatin1String(kEntryColumns)));
    q.addBindValue(roundId);
    q.addBindValue(objectTypeCode(objectType));
    q.addBindValue(objectId);
    q.addBindValue(indicator);
    return sql::one<ChecklistEntry>(m_store, q, entryFrom);
}

QList<ChecklistItem> ReviewRecords::checklist(const QString &roundId, ObjectType objectType, qint64 objectId,
                                              const IndicatorSet &set) const
{
    QSqlQuery &fq = m_store.query(QStringLiteral(
        "SELECT id, indicator, state FROM findings WHERE round_id = ? AND object_type = ? AND object_id = ? ORDER BY id"));
    fq.addBindValue(roundId);
    fq.addBindValue(objectTypeCode(objectType));
    fq.addBindValue(objectId);
    struct Row {
        qint64 id;
        QString indicator, state;
    };
    const QList<Row> rows = sql::all<Row>(m_store, fq, [](const QSqlQuery &r) {
        return Row{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString()};
    });
    QSqlQuery &eq = m_store.query(QStringLiteral("SELECT %1 FROM checklist_entries WHERE round_id = ? AND object_type = ? "
                                                 "AND object_id = ?")
                                      .arg(QLatin1String(kEntryColumns)));
    eq.addBindValue(roundId);
    eq.addBindValue(objectTypeCode(objectType));
    eq.addBindValue(objectId);
    QHash<QString, ChecklistEntry> entries;
    for (const ChecklistEntry &e : sql::all<ChecklistEntry>(m_store, eq, entryFrom))
        entries.insert(e.indicator, e);

    const IndicatorTarget target = objectType == ObjectType::Site ? IndicatorTarget::Website : IndicatorTarget::Account;
    QList<ChecklistItem> out;
    for (const IndicatorInfo &info : IndicatorCatalog::all()) {
        if (info.target != target || !set.enabled(info.code))
            continue;
        ChecklistItem item;
        item.indicator = info.code;
        item.name = info.zh;
        item.severity = set.severity(info.code);
        item.objective = set.objective(info.code);
        item.steps = checklistSteps(info.code);
        item.manualOnly = !item.steps.isEmpty();
        for (const Row &r : rows) {
            if (r.indicator != info.code)
                continue;
            item.findingIds.append(r.id);
            if (r.state == QLatin1String("confirmed"))
                ++item.confirmed;
            else if (r.state == QLatin1String("dismissed"))
                ++item.dismissed;
            else
                ++item.pending;
        }
        if (entries.contains(info.code))
            item.entry = entries.value(info.code);
        out.append(item);
    }
    return out;
}

ReviewRecords::Outcome ReviewRecords::setChecklistEntry(const ChecklistEntry &entry, int expectedVersion,
                                                        const QString &actor, ChecklistEntry *theirs, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return Outcome::Refused;
    };
    const QString place = tr("checklist %1 %2 %3").arg(objectTypeCode(entry.objectType)).arg(entry.objectId).arg(entry.indicator);
    static const QStringList results = {QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("na"),
                                        QStringLiteral("undecided")};
    if (!results.contains(entry.result))
        return refuse(tr("%1: unknown result “%2” (pass, fail, na or undecided)").arg(place, entry.result));
    const IndicatorInfo *info = IndicatorCatalog::byCode(entry.indicator);
    if (!info || info->code != entry.indicator)
        return refuse(tr("%1: unknown indicator").arg(place));
    if (info->target != (entry.objectType == ObjectType::Site ? IndicatorTarget::Website : IndicatorTarget::Account))
        return refuse(tr("%1: the indicator does not apply to this kind of object").arg(place));
    if (!m_store.begin()) {
        if (error)
            *error = m_store.lastError();
        return Outcome::Failed;
    }
    auto conflictWith = [&](const std::optional<ChecklistEntry> &stored) {
        if (theirs)
            *theirs = stored.value_or(ChecklistEntry());
        m_store.rollback();
        if (error)
            *error = tr("%1 was changed by %2 meanwhile").arg(place, stored ? stored->actor : QString());
        return Outcome::Conflict;
    };
    auto failed = [&] {
        const QString why = m_store.lastError();
        m_store.rollback();
        if (error)
            *error = tr("%1: %2").arg(place, why);
        return Outcome::Failed;
    };
    const std::optional<ChecklistEntry> stored = checklistEntry(entry.roundId, entry.objectType, entry.objectId, entry.indicator);
    if ((stored ? stored->version : 0) != expectedVersion)
        return conflictWith(stored);
    if (stored && stored->result == entry.result && stored->note == entry.note && stored->screenshotId == entry.screenshotId) {
        m_store.rollback();
        return Outcome::Unchanged;
    }
    int rows = 0;
    if (!stored) {
        // ON CONFLICT: another inspector's first entry inserted meanwhile is a conflict, not an error.
        QSqlQuery &q = m_store.query(QStringLiteral(
            "INSERT INTO checklist_entries (round_id, object_type, object_id, indicator, result, note, screenshot_id, "
            "actor, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
            "ON CONFLICT (round_id, object_type, object_id, indicator) DO NOTHING"));
        q.addBindValue(entry.roundId);
        q.addBindValue(objectTypeCode(entry.objectType));
        q.addBindValue(entry.objectId);
        q.addBindValue(entry.indicator);
        q.addBindValue(entry.result);
        q.addBindValue(sql::text(entry.note));
        q.addBindValue(sql::idOrNull(entry.screenshotId));
        q.addBindValue(sql::text(actor));
        q.addBindValue(now());
        if (!m_store.exec(q))
            return failed();
        rows = q.numRowsAffected();
        q.finish();
    } else {
        QSqlQuery &q = m_store.query(QStringLiteral("UPDATE checklist_entries SET result = ?, note = ?, screenshot_id = ?, "
                                                    "actor = ?, updated_at = ?, version = version + 1 "
                                                    "WHERE id = ? AND version = ?"));
        q.addBindValue(entry.result);
        q.addBindValue(sql::text(entry.note));
        q.addBindValue(sql::idOrNull(entry.screenshotId));
        q.addBindValue(sql::text(actor));
        q.addBindValue(now());
        q.addBindValue(stored->id);
        q.addBindValue(expectedVersion);
        if (!m_store.exec(q))
            return failed();
        rows = q.numRowsAffected();
        q.finish();
    }
    if (rows == 0)
        return conflictWith(checklistEntry(entry.roundId, entry.objectType, entry.objectId, entry.indicator));
    if (!m_store.commit())
        return failed();
    return Outcome::Saved;
}

} // namespace xj
