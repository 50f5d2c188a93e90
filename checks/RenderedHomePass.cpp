#include "RenderedHomePass.h"

#include "CheckRecords.h"
#include "DarkLinkRules.h"
#include "LinkJudge.h"

#include <QGuiApplication>

namespace xj {

RenderedHomePass::RenderedHomePass(Store &store, const Round &round, qint64 runId, const IndicatorSet &set,
                                   const QList<qint64> &siteIds, QObject *parent)
    : QObject(parent), m_store(store), m_round(round), m_runId(runId), m_set(set), m_siteIds(siteIds)
{
}

RenderedHomePass::~RenderedHomePass() = default;

bool RenderedHomePass::start(QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = tr("the rendered hidden-link pass needs a graphical application object (run it from the GUI, or with xunjian check --render)");
        return false;
    }
    QSet<QString> own;
    const QList<Site> sites = m_store.sites();
    for (const Site &s : sites)
        own.insert(LinkJudge::authority(QUrl(s.url)));
    CheckRecords records(m_store);
    for (const Site &s : sites) {
        if (!m_siteIds.isEmpty() && !m_siteIds.contains(s.id))
            continue;
        for (const auto &page : records.pagesWithFacts(m_runId, s.id)) {
            const PageRecord &p = page.first;
            if (p.role == QLatin1String("home") && p.error.isEmpty() && p.httpStatus >= 200 && p.httpStatus < 300) {
                m_targets.append({s, p.id, p.finalUrl.isEmpty() ? p.url : p.finalUrl});
                break;
            }
        }
    }
    m_renderer = new RenderedDarkLinks(own, DarkLinkRules::severeKeywords(m_set), this);
    connect(m_renderer, &RenderedDarkLinks::finished, this, &RenderedHomePass::onRendered);
    QMetaObject::invokeMethod(this, &RenderedHomePass::next, Qt::QueuedConnection);
    return true;
}

void RenderedHomePass::cancel()
{
    m_cancelled = true;
}

void RenderedHomePass::next()
{
    if (m_cancelled || m_done >= m_targets.size()) {
        emit finished(!m_cancelled);
        return;
    }
    const Target &t = m_targets.at(m_done);
    emit progress(m_done, int(m_targets.size()), t.url);
    m_renderer->start(QUrl(t.url));
}

void RenderedHomePass::onRendered(const QList<HiddenLink> &links)
{
    const Target t = m_targets.at(m_done++);
    if (!m_renderer->error().isEmpty())
        emit logMessage(tr("%1: rendered pass: %2").arg(t.url, m_renderer->error()));
    CheckRecords records(m_store);
    for (Finding f : DarkLinkRules::findings(t.site, t.pageId, t.url, links, m_set)) {
        f.roundId = m_round.id;
        f.runId = m_runId;
        f.source = QStringLiteral("check");
        f.severity = m_set.severity(f.indicator);
        f.indicatorSetId = m_set.id;
        f.details.insert(QStringLiteral("rendered"), true);
        if (records.upsertFinding(f))
            ++m_filed;
        else
            emit logMessage(m_store.lastError());
    }
    QMetaObject::invokeMethod(this, &RenderedHomePass::next, Qt::QueuedConnection);
}

} // namespace xj
