// ReviewDecisionBar: re-checking the shown finding's link or page now (FindingRecheck).
#include "ReviewDecisionBar.h"

#include "FindingRecheck.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace xj {

void ReviewDecisionBar::recheck()
{
    if (!m_finding || !m_recheck->isEnabled()) // none shown, or one running
        return;
    if (!m_rechecker) {
        m_rechecker = std::make_unique<FindingRecheck>(m_store);
        connect(m_rechecker.get(), &FindingRecheck::finished, this, &ReviewDecisionBar::onRechecked);
    }
    m_recheck->setEnabled(false);
    m_message->setText(tr("Re-checking %1…").arg(m_finding->link.isEmpty() ? m_finding->url : m_finding->link));
    m_rechecker->start(*m_finding);
}

void ReviewDecisionBar::onRechecked(const RecheckResult &result)
{
    m_recheck->setEnabled(m_finding.has_value());
    if (!m_finding || result.findingId != m_finding->id) {
        emit rechecked(result);
        return; // the inspector moved on: the answer is evidence, but says nothing of this finding
    }
    QString verdict;
    switch (result.verdict) {
    case RecheckResult::Resolved: verdict = tr("resolved"); break;
    case RecheckResult::StillPresent: verdict = tr("still present"); break;
    case RecheckResult::NotJudged: verdict = tr("fetched, judge it yourself"); break;
    case RecheckResult::Unreachable: verdict = tr("not reachable"); break;
    }
    const QString line = tr("Re-check %1: %2 — %3").arg(QLocale().toString(result.at.toLocalTime(), QLocale::ShortFormat), verdict,
                                                      result.evidence);
    if (result.verdict == RecheckResult::Resolved && m_review && m_review->state == QLatin1String("confirmed")
        && m_review->rectification != QLatin1String("verified")) {
        FindingChange change;
        change.rectification = QStringLiteral("verified");
        change.note = m_review->note.isEmpty() ? line : m_review->note + QLatin1Char('\n') + line;
        save(change);
    }
    m_message->setText(line);
    emit rechecked(result);
}

} // namespace xj
