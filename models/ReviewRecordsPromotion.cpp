// ReviewRecords: promotion of confirmed findings to the veto they feed (indicators.md: a confirmed
// 暗链, 问题地图 or serious 错敏词 is a W-V1; on an account, an M-V1), and manual findings.
#include "IndicatorCatalog.h"
#include "IndicatorSetStore.h"
#include "ReviewRecords.h"
#include "ReviewRecordsInternal.h"
#include "SqlRows.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace xj {

using namespace review;

namespace {

// The veto a confirmed finding feeds, or empty. The catalog names it (IndicatorInfo::feeds); of
// the wording hits only the serious ones (严重表述错误, WordingCheck's details.serious) do.
QString promotionTarget(const Finding &f)
{
    const IndicatorInfo *info = IndicatorCatalog::byCode(f.indicator);
    if (!info || info->feeds.isEmpty())
        return {};
    if (info->code == QLatin1String("W-N-WORDING") && !f.details.value(QStringLiteral("serious")).toBool())
        return {};
    return f.objectType == ObjectType::Account ? QStringLiteral("M-V1") : info->feeds;
}

// The promoted finding's fingerprint names the source finding, whatever its indicator now is, so
// that removing it needs nothing but the source's id.
QString promotedFingerprint(qint64 sourceId)
{
    return QStringLiteral("promoted-from|%1").arg(sourceId);
}

} // namespace

bool ReviewRecords::promote(const Finding &source, const QString &actor, QString *error)
{
    const QString target = promotionTarget(source);
    if (target.isEmpty())
        return true;
    const IndicatorSet set = IndicatorSetStore(m_store).active();
    const IndicatorInfo *sourceInfo = IndicatorCatalog::byCode(source.indicator);
    Finding f;
    f.roundId = source.roundId;
    f.objectType = source.objectType;
    f.objectId = source.objectId;
    f.indicator = target;
    f.severity = set.severity(target);
    f.indicatorSetId = set.id;
    f.url = source.url;
    f.link = source.link;
    f.pageId = source.pageId;
    f.evidence = tr("confirmed %1 (%2), finding %3: %4")
                     .arg(source.indicator, sourceInfo ? sourceInfo->zh : QString())
                     .arg(source.id)
                     .arg(source.evidence);
    f.state = QStringLiteral("pending");
    f.source = QStringLiteral("manual");
    f.details = {{QStringLiteral("promotedFrom"), source.id}, {QStringLiteral("promotedIndicator"), source.indicator}};
    f.fingerprint = promotedFingerprint(source.id);
    const bool existed = promotedFinding(source.id) > 0;
    const qint64 id = CheckRecords(m_store).upsertFinding(f);
    if (id == 0) {
        if (error)
            *error = tr("finding %1: filing its %2 finding failed: %3").arg(source.id).arg(target, m_store.lastError());
        return false;
    }
    if (existed)
        return true;
    HistoryEntry h;
    h.findingId = id;
    h.actor = actor;
    h.action = QStringLiteral("promote");
    h.after = {{QStringLiteral("state"), f.state}, {QStringLiteral("indicator"), target}};
    h.reason = tr("promoted from finding %1").arg(source.id);
    h.version = 1;
    if (appendHistory(h) == 0) {
        if (error)
            *error = tr("finding %1: %2").arg(source.id).arg(m_store.lastError());
        return false;
    }
    return true;
}

bool ReviewRecords::unpromote(const Finding &source, QString *error)
{
    // Only while nobody decided it: a confirmed or dismissed W-V1 is an inspector's own decision.
    QSqlQuery &q = m_store.query(QStringLiteral(
        "DELETE FROM findings WHERE round_id = ? AND source = 'manual' AND fingerprint = ? AND state = 'pending'"));
    q.addBindValue(source.roundId);
    q.addBindValue(promotedFingerprint(source.id));
    if (!m_store.exec(q)) {
        if (error)
            *error = tr("finding %1: removing its promoted finding failed: %2").arg(source.id).arg(m_store.lastError());
        return false;
    }
    q.finish();
    return true;
}

qint64 ReviewRecords::promotedFinding(qint64 sourceFindingId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral(
        "SELECT p.id FROM findings s JOIN findings p ON p.round_id = s.round_id AND p.source = 'manual' "
        "AND p.fingerprint = ? WHERE s.id = ?"));
    q.addBindValue(promotedFingerprint(sourceFindingId));
    q.addBindValue(sourceFindingId);
    return sql::one<qint64>(m_store, q, [](const QSqlQuery &r) { return r.value(0).toLongLong(); }).value_or(0);
}

qint64 ReviewRecords::addManualFinding(const QString &roundId, ObjectType objectType, qint64 objectId,
                                       const QString &indicator, const QString &url, const QString &evidence,
                                       const QString &selection, const QString &actor, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return qint64(0);
    };
    const IndicatorInfo *info = IndicatorCatalog::byCode(indicator);
    if (!info)
        return fail(tr("manual finding: unknown indicator “%1”").arg(indicator));
    const bool site = objectType == ObjectType::Site;
    if (info->target != (site ? IndicatorTarget::Website : IndicatorTarget::Account))
        return fail(tr("manual finding: indicator %1 does not apply to a %2").arg(info->code, site ? tr("website") : tr("account")));
    if (!m_store.round(roundId))
        return fail(tr("manual finding: no round “%1”").arg(roundId));
    if (site ? !m_store.site(objectId) : !m_store.account(objectId))
        return fail(site ? tr("manual finding: no site %1").arg(objectId) : tr("manual finding: no account %1").arg(objectId));
    if (evidence.trimmed().isEmpty() && selection.trimmed().isEmpty())
        return fail(tr("manual finding: say what is wrong (evidence text or a selection)"));

    const IndicatorSet set = IndicatorSetStore(m_store).active();
    Finding f;
    f.roundId = roundId;
    f.objectType = objectType;
    f.objectId = objectId;
    f.indicator = info->code;
    f.severity = set.severity(info->code);
    // A deduction filed by hand deducts the indicator's cap; the inspector can lower the points.
    f.points = f.severity == QLatin1String("deduct") ? set.maxPoints(info->code) : 0;
    f.indicatorSetId = set.id;
    f.url = url;
    f.evidence = evidence.trimmed().isEmpty() ? selection.trimmed() : evidence.trimmed();
    f.state = QStringLiteral("confirmed"); // the person filing it is the one who judged it
    f.source = QStringLiteral("manual");
    const QJsonDocument region = QJsonDocument::fromJson(selection.toUtf8());
    if (region.isObject())
        f.details.insert(QStringLiteral("region"), region.object());
    else if (!selection.isEmpty())
        f.details.insert(QStringLiteral("selection"), selection);
    f.details.insert(QStringLiteral("filedBy"), actor);
    // The same thing filed twice (a double click) is one finding.
    const QByteArray digest = QCryptographicHash::hash((url + QLatin1Char('\n') + f.evidence + QLatin1Char('\n') + selection).toUtf8(),
                                                       QCryptographicHash::Sha1)
                                  .toHex()
                                  .left(16);
    f.fingerprint = QStringLiteral("manual|%1|%2:%3|%4")
                        .arg(info->code, objectTypeCode(objectType))
                        .arg(objectId)
                        .arg(QString::fromLatin1(digest));

    if (!m_store.begin())
        return fail(m_store.lastError());
    QSqlQuery &existing = m_store.query(QStringLiteral("SELECT id FROM findings WHERE round_id = ? AND source = 'manual' AND fingerprint = ?"));
    existing.addBindValue(roundId);
    existing.addBindValue(f.fingerprint);
    const qint64 before = sql::one<qint64>(m_store, existing, [](const QSqlQuery &r) { return r.value(0).toLongLong(); }).value_or(0);
    if (before > 0) {
        m_store.rollback();
        return before;
    }
    const qint64 id = CheckRecords(m_store).upsertFinding(f);
    QSqlQuery &mark = m_store.query(QStringLiteral("UPDATE findings SET reviewed_by = ?, reviewed_at = ? WHERE id = ?"));
    mark.addBindValue(sql::text(actor));
    mark.addBindValue(now());
    mark.addBindValue(id);
    HistoryEntry h;
    h.findingId = id;
    h.actor = actor;
    h.action = QStringLiteral("manual");
    h.after = {{QStringLiteral("state"), f.state}, {QStringLiteral("indicator"), f.indicator}};
    h.version = 1;
    f.id = id;
    QString promoteError;
    if (id == 0 || !m_store.exec(mark) || appendHistory(h) == 0 || !promote(f, actor, &promoteError)) {
        const QString why = promoteError.isEmpty() ? m_store.lastError() : promoteError;
        m_store.rollback();
        return fail(tr("manual finding: %1").arg(why));
    }
    if (!m_store.commit())
        return fail(tr("manual finding: %1").arg(m_store.lastError()));
    return id;
}

} // namespace xj
