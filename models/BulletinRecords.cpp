#include "BulletinRecords.h"

#include "SqlRows.h"

#include <QCryptographicHash>
#include <QSqlRecord>

namespace xj {

namespace {

const QString kColumns = QStringLiteral(
    "id, round_id, version, state, document_number, number_template, title, document, created_at, finalized_at, "
    "sha256, signer, retracted_at, retract_reason, supersedes_id");

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

BulletinRecord::State stateFrom(const QString &s)
{
    return s == QLatin1String("final")       ? BulletinRecord::Final
        : s == QLatin1String("retracted") ? BulletinRecord::Retracted
                                          : BulletinRecord::Draft;
}

// Reads kColumns, then the PDF when the query selected it as the 16th column.
BulletinRecord fromRow(const QSqlQuery &q)
{
    BulletinRecord b;
    b.id = q.value(0).toLongLong();
    b.roundId = q.value(1).toString();
    b.version = q.value(2).toInt();
    b.state = stateFrom(q.value(3).toString());
    b.documentNumber = q.value(4).toString();
    b.numberTemplate = q.value(5).toString();
    b.title = q.value(6).toString();
    b.document = q.value(7).toString();
    b.createdAt = timeFrom(q.value(8));
    b.finalizedAt = timeFrom(q.value(9));
    b.sha256 = q.value(10).toString();
    b.signer = q.value(11).toString();
    b.retractedAt = timeFrom(q.value(12));
    b.retractReason = q.value(13).toString();
    b.supersedesId = q.value(14).toLongLong();
    if (q.record().count() > 15)
        b.pdf = q.value(15).toByteArray();
    return b;
}

QVariant roundOrNull(const QString &roundId)
{
    return roundId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(roundId);
}

} // namespace

QString BulletinRecord::stateName(State s)
{
    switch (s) {
    case Final:
        return QStringLiteral("final");
    case Retracted:
        return QStringLiteral("retracted");
    case Draft:
        break;
    }
    return QStringLiteral("draft");
}

bool BulletinRecords::failed(const QString &why) const
{
    m_error = why;
    return false;
}

qint64 BulletinRecords::saveDraft(const BulletinRecord &draft)
{
    m_error.clear();
    if (draft.id == 0) {
        QSqlQuery &q = m_store.query(QStringLiteral("INSERT INTO bulletins (round_id, version, state, title, document, "
                                                    "created_at, supersedes_id) VALUES (?, ?, 'draft', ?, ?, ?, ?)")
                                     + m_store.returning());
        q.addBindValue(roundOrNull(draft.roundId));
        q.addBindValue(std::max(draft.version, 1));
        q.addBindValue(sql::text(draft.title));
        q.addBindValue(draft.document.isEmpty() ? QStringLiteral("{}") : draft.document);
        q.addBindValue(timeText(draft.createdAt.isValid() ? draft.createdAt : QDateTime::currentDateTimeUtc()));
        q.addBindValue(sql::idOrNull(draft.supersedesId));
        if (!m_store.exec(q))
            return 0;
        const qint64 id = m_store.backend() == StoreLocation::Backend::Postgres ? (q.next() ? q.value(0).toLongLong() : 0)
                                                                                : q.lastInsertId().toLongLong();
        q.finish();
        return id;
    }
    // Guarded: a row that is no longer a draft is not touched (and the trigger would refuse).
    QSqlQuery &q = m_store.query(
        QStringLiteral("UPDATE bulletins SET round_id = ?, title = ?, document = ? WHERE id = ? AND state = 'draft'"));
    q.addBindValue(roundOrNull(draft.roundId));
    q.addBindValue(sql::text(draft.title));
    q.addBindValue(draft.document.isEmpty() ? QStringLiteral("{}") : draft.document);
    q.addBindValue(draft.id);
    if (!m_store.exec(q))
        return 0;
    if (q.numRowsAffected() != 1)
        return failed(tr("bulletin %1 is not a draft (a final bulletin cannot be changed; make a new version)")
                          .arg(draft.id));
    return draft.id;
}

bool BulletinRecords::deleteDraft(qint64 id)
{
    m_error.clear();
    QSqlQuery &q = m_store.query(QStringLiteral("DELETE FROM bulletins WHERE id = ? AND state = 'draft'"));
    q.addBindValue(id);
    if (!m_store.exec(q))
        return false;
    return q.numRowsAffected() == 1 || failed(tr("bulletin %1 is not a draft: it cannot be deleted").arg(id));
}

int BulletinRecords::takeNumber(const QString &numberTemplate, int year)
{
    QSqlQuery &ensure = m_store.query(QStringLiteral("INSERT INTO document_numbers (number_template, year, last_number) "
                                                     "VALUES (?, ?, 0) ON CONFLICT (number_template, year) DO NOTHING"));
    ensure.addBindValue(numberTemplate);
    ensure.addBindValue(year);
    if (!m_store.exec(ensure))
        return 0;
    // The UPDATE takes the row's write lock before the read, so two finalisations queue up here.
    QSqlQuery &bump = m_store.query(
        QStringLiteral("UPDATE document_numbers SET last_number = last_number + 1 WHERE number_template = ? AND year = ?"));
    bump.addBindValue(numberTemplate);
    bump.addBindValue(year);
    if (!m_store.exec(bump))
        return 0;
    return lastNumber(numberTemplate, year);
}

int BulletinRecords::lastNumber(const QString &numberTemplate, int year) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT last_number FROM document_numbers WHERE number_template = ? AND year = ?"));
    q.addBindValue(numberTemplate);
    q.addBindValue(year);
    return sql::one<int>(m_store, q, [](const QSqlQuery &r) { return r.value(0).toInt(); }).value_or(0);
}

bool BulletinRecords::finalize(qint64 id, const QString &numberTemplate, int year, const Render &render)
{
    m_error.clear();
    const auto draft = bulletin(id);
    if (!draft)
        return failed(tr("no bulletin %1").arg(id));
    if (draft->state != BulletinRecord::Draft)
        return failed(tr("bulletin %1 is already %2").arg(id).arg(BulletinRecord::stateName(draft->state)));
    if (!m_store.begin())
        return false;
    auto fail = [this](const QString &why) {
        const QString e = why.isEmpty() ? m_store.lastError() : why;
        m_store.rollback();
        return failed(e);
    };
    int number = 0;
    if (!numberTemplate.isEmpty() && (number = takeNumber(numberTemplate, year)) <= 0)
        return fail(QString());
    const std::optional<FinalPdf> final = render(number);
    if (!final || final->pdf.isEmpty())
        return fail(tr("the bulletin's PDF was not produced"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery &q = m_store.query(
        QStringLiteral("UPDATE bulletins SET state = 'final', document_number = ?, number_template = ?, "
                       "finalized_at = ?, pdf = ?, sha256 = ?, signer = ? WHERE id = ? AND state = 'draft'"));
    q.addBindValue(sql::text(final->documentNumber));
    q.addBindValue(sql::text(numberTemplate));
    q.addBindValue(timeText(now));
    q.addBindValue(final->pdf);
    q.addBindValue(QString::fromLatin1(QCryptographicHash::hash(final->pdf, QCryptographicHash::Sha256).toHex()));
    q.addBindValue(sql::text(final->signer));
    q.addBindValue(id);
    if (!m_store.exec(q))
        return fail(QString());
    if (q.numRowsAffected() != 1)
        return fail(tr("bulletin %1 was finalised by someone else meanwhile").arg(id));
    return m_store.commit() || fail(QString());
}

bool BulletinRecords::retract(qint64 id, const QString &reason)
{
    m_error.clear();
    QSqlQuery &q = m_store.query(QStringLiteral(
        "UPDATE bulletins SET state = 'retracted', retracted_at = ?, retract_reason = ? WHERE id = ? AND state = 'final'"));
    q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(sql::text(reason));
    q.addBindValue(id);
    if (!m_store.exec(q))
        return false;
    return q.numRowsAffected() == 1 || failed(tr("bulletin %1 is not final: only a final bulletin can be retracted").arg(id));
}

qint64 BulletinRecords::newVersion(qint64 id)
{
    m_error.clear();
    const auto old = bulletin(id);
    if (!old)
        return failed(tr("no bulletin %1").arg(id));
    if (old->state == BulletinRecord::Draft)
        return failed(tr("bulletin %1 is a draft: edit it instead of making a new version").arg(id));
    if (const auto newer = supersededBy(id))
        return failed(tr("bulletin %1 is already superseded by bulletin %2").arg(id).arg(newer->id));
    BulletinRecord next;
    next.roundId = old->roundId;
    next.version = old->version + 1;
    next.title = old->title;
    next.document = old->document;
    next.supersedesId = id;
    return saveDraft(next);
}

std::optional<BulletinRecord> BulletinRecords::bulletin(qint64 id) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", pdf FROM bulletins WHERE id = ?"));
    q.addBindValue(id);
    return sql::one<BulletinRecord>(m_store, q, fromRow);
}

QList<BulletinRecord> BulletinRecords::bulletins(const QString &roundId) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT ") + kColumns
                                 + QStringLiteral(" FROM bulletins WHERE round_id = ? ORDER BY id"));
    q.addBindValue(roundId);
    return sql::all<BulletinRecord>(m_store, q, fromRow);
}

std::optional<BulletinRecord> BulletinRecords::findBySha256(const QString &sha256Hex) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT ") + kColumns
                                 + QStringLiteral(", pdf FROM bulletins WHERE sha256 = ? AND state <> 'draft' ORDER BY id"));
    q.addBindValue(sha256Hex.trimmed().toLower());
    return sql::one<BulletinRecord>(m_store, q, fromRow);
}

std::optional<BulletinRecord> BulletinRecords::supersededBy(qint64 id) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT ") + kColumns
                                 + QStringLiteral(" FROM bulletins WHERE supersedes_id = ? ORDER BY id"));
    q.addBindValue(id);
    return sql::one<BulletinRecord>(m_store, q, fromRow);
}

} // namespace xj
