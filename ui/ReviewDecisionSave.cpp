// ReviewDecisionBar: showing the review state of the finding and saving each decision through
// ReviewRecords, with the conflict dialog when another inspector saved first.
#include "ReviewDecisionBar.h"

#include "EvidenceScreenshots.h"
#include "FindingsModel.h"
#include "ManualFindingDialog.h"
#include "OptionalDateEdit.h"
#include "ReviewConflictDialog.h"

#include <QComboBox>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

namespace xj {

namespace {

QString shown(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 4);
    return v.toString().isEmpty() ? QStringLiteral("“”") : v.toString();
}

// The review fields as the conflict dialog lists them.
ReviewConflictDialog::Fields fieldsOf(const FindingReview &r)
{
    return {{ReviewRecords::fieldLabel(QStringLiteral("state")), FindingsModel::stateLabel(r.state)},
            {ReviewRecords::fieldLabel(QStringLiteral("severity")), FindingsModel::severityLabel(r.severity)},
            {ReviewRecords::fieldLabel(QStringLiteral("indicator")), r.indicator},
            {ReviewRecords::fieldLabel(QStringLiteral("points")), QLocale().toString(r.points, 'g', 4)},
            {ReviewRecords::fieldLabel(QStringLiteral("unit_id")), r.unitId ? QString::number(r.unitId) : QString()},
            {ReviewRecords::fieldLabel(QStringLiteral("deadline")), r.deadline.toString(Qt::ISODate)},
            {ReviewRecords::fieldLabel(QStringLiteral("rectification")), ReviewRecords::rectificationLabel(r.rectification)},
            {ReviewRecords::fieldLabel(QStringLiteral("note")), r.note},
            {ReviewRecords::fieldLabel(QStringLiteral("dismiss_reason")), r.dismissReason}};
}

} // namespace

void ReviewDecisionBar::showFinding()
{
    m_actor = m_actor.isEmpty() ? ReviewRecords::defaultActor() : m_actor;
    m_review = m_finding ? m_records->review(m_finding->id) : std::nullopt;
    if (m_review && m_review->version == 0)
        m_review.reset();
    setEditable(m_review.has_value());
    m_manual->setEnabled(m_finding.has_value());
    m_filling = true;
    if (m_review) {
        m_severity->setCurrentIndex(std::max(0, m_severity->findData(m_review->severity)));
        m_indicator->setCurrentIndex(m_indicator->findData(m_review->indicator));
        m_unit->setCurrentIndex(std::max(0, m_unit->findData(m_review->unitId)));
        m_deadline->setDate(m_review->deadline);
        m_rectification->setCurrentIndex(std::max(0, m_rectification->findData(m_review->rectification)));
        m_note->setText(m_review->note);
        if (!m_review->dismissReason.isEmpty())
            m_reason->setEditText(m_review->dismissReason);
        m_message->setText(m_review->reviewedBy.isEmpty()
                               ? tr("Not reviewed yet")
                               : tr("%1 by %2, %3")
                                     .arg(FindingsModel::stateLabel(m_review->state), m_review->reviewedBy,
                                          QLocale().toString(m_review->reviewedAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_note->clear();
        m_deadline->setDate({});
        m_message->setText(m_finding ? tr("This finding is no longer in the store.") : QString());
    }
    m_filling = false;
    showHistory();
}

void ReviewDecisionBar::showHistory()
{
    m_history->clear();
    if (!m_finding)
        return;
    const QList<HistoryEntry> entries = m_records->history(m_finding->id);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) { // newest first
        QStringList changes;
        for (auto f = it->after.begin(); f != it->after.end(); ++f)
            changes << tr("%1: %2 → %3").arg(ReviewRecords::fieldLabel(f.key()), shown(it->before.value(f.key())), shown(f.value()));
        QString line = tr("%1 %2 %3").arg(QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat), it->actor,
                                          changes.isEmpty() ? it->action : changes.join(QStringLiteral("; ")));
        if (!it->reason.isEmpty())
            line += tr(" (%1)").arg(it->reason);
        auto *item = new QListWidgetItem(line, m_history);
        item->setToolTip(line);
        item->setData(Qt::UserRole, it->id);
        if (it->undone) {
            QFont f = item->font();
            f.setStrikeOut(true);
            item->setFont(f);
        }
    }
}

bool ReviewDecisionBar::report(ReviewRecords::Outcome outcome, const QString &error)
{
    switch (outcome) {
    case ReviewRecords::Outcome::Saved:
        saved();
        return true;
    case ReviewRecords::Outcome::Unchanged:
        return true;
    case ReviewRecords::Outcome::Conflict: // handled by save()
    case ReviewRecords::Outcome::Refused:
    case ReviewRecords::Outcome::Failed:
        break;
    }
    m_message->setText(error);
    showFinding(); // the fields show what is stored, not what failed
    m_message->setText(error);
    return false;
}

bool ReviewDecisionBar::save(const FindingChange &change)
{
    if (!m_finding || !m_review)
        return false;
    ReviewConflict conflict;
    QString error;
    auto outcome = m_records->change(m_finding->id, m_review->version, change, m_actor, &conflict, &error);
    if (outcome == ReviewRecords::Outcome::Conflict) {
        ReviewConflictDialog dialog(fieldsOf(change.appliedTo(*m_review)), fieldsOf(conflict.theirs), conflict.theirActor, this);
        dialog.exec();
        if (dialog.choice() == ReviewConflictDialog::ReapplyMine)
            outcome = m_records->change(m_finding->id, conflict.theirs.version, change, m_actor, &conflict, &error);
        else
            outcome = ReviewRecords::Outcome::Saved; // nothing of mine written: show theirs
        if (outcome == ReviewRecords::Outcome::Conflict)
            error = tr("The finding changed again meanwhile; nothing was saved.");
    }
    return report(outcome, error);
}

void ReviewDecisionBar::saved()
{
    showFinding();
    if (!m_finding || !m_review)
        return;
    Finding f = *m_finding;
    f.state = m_review->state;
    f.severity = m_review->severity;
    f.indicator = m_review->indicator;
    f.points = m_review->points;
    m_finding = f;
    emit decided(f);
}

bool ReviewDecisionBar::confirm()
{
    FindingChange c;
    c.state = QStringLiteral("confirmed");
    return save(c);
}

bool ReviewDecisionBar::dismiss(const QString &reason)
{
    FindingChange c;
    c.state = QStringLiteral("dismissed");
    c.reason = reason.isEmpty() ? m_reason->currentText().trimmed() : reason;
    c.dismissReason = c.reason;
    if (c.reason.isEmpty()) {
        m_message->setText(tr("Choose or type why the finding is dismissed."));
        m_reason->setFocus();
        return false;
    }
    return save(c);
}

bool ReviewDecisionBar::changeSeverity(const QString &severity, const QString &reason)
{
    FindingChange c;
    c.severity = severity;
    c.reason = reason.trimmed();
    const bool ok = save(c);
    if (ok)
        m_changeReason->clear();
    return ok;
}

bool ReviewDecisionBar::changeIndicator(const QString &indicator, const QString &reason)
{
    FindingChange c;
    c.indicator = indicator;
    c.reason = reason.trimmed();
    const bool ok = save(c);
    if (ok)
        m_changeReason->clear();
    return ok;
}

bool ReviewDecisionBar::setUnit(qint64 unitId)
{
    FindingChange c;
    c.unitId = unitId;
    return save(c);
}

bool ReviewDecisionBar::setDeadline(const QDate &deadline)
{
    FindingChange c;
    c.deadline = deadline;
    return save(c);
}

bool ReviewDecisionBar::setNote(const QString &note)
{
    if (m_review && note == m_review->note)
        return true;
    FindingChange c;
    c.note = note;
    return save(c);
}

bool ReviewDecisionBar::setRectification(const QString &status)
{
    FindingChange c;
    c.rectification = status;
    return save(c);
}

bool ReviewDecisionBar::undo()
{
    if (!m_finding || !m_review)
        return false;
    ReviewConflict conflict;
    QString error;
    auto outcome = m_records->undo(m_finding->id, m_review->version, m_actor, &conflict, &error);
    if (outcome == ReviewRecords::Outcome::Conflict)
        error = tr("%1 changed the finding meanwhile: undo what you see now, or leave it.")
                    .arg(conflict.theirActor.isEmpty() ? tr("Another inspector") : conflict.theirActor);
    return report(outcome, error);
}

bool ReviewDecisionBar::addScreenshot(const QByteArray &png, const QString &url, const QString &pane, const QRect &region)
{
    if (!m_finding || png.isEmpty())
        return false;
    if (!m_screenshots)
        m_screenshots = std::make_unique<EvidenceScreenshots>(m_store, m_actor);
    QString error, warning;
    const qint64 id = m_screenshots->add(m_finding->id, png, region, url, pane, m_actor, &error, &warning);
    if (!id) {
        m_message->setText(error);
        return false;
    }
    m_message->setText(warning.isEmpty() ? tr("Screenshot kept with the finding") : warning);
    showHistory();
    return true;
}

qint64 ReviewDecisionBar::addManualFinding(const QString &url, const QString &selectedText, const QByteArray &png)
{
    if (!m_finding)
        return 0;
    ManualFindingDialog dialog(url, selectedText, png, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    QString error;
    const qint64 id = m_records->addManualFinding(m_finding->roundId, m_finding->objectType, m_finding->objectId,
                                                  dialog.indicator(), dialog.url(), dialog.text(), selectedText, m_actor, &error);
    if (!id) {
        m_message->setText(error);
        return 0;
    }
    if (!dialog.screenshot().isEmpty()) {
        if (!m_screenshots)
            m_screenshots = std::make_unique<EvidenceScreenshots>(m_store, m_actor);
        QString warning;
        if (!m_screenshots->add(id, dialog.screenshot(), {}, dialog.url(), QStringLiteral("captured"), m_actor, &error, &warning))
            m_message->setText(error);
        else if (!warning.isEmpty())
            m_message->setText(warning);
    }
    emit manualFiled(id);
    return id;
}

} // namespace xj
