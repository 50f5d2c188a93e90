// ChecksView: the rendered hidden-link pass, started by hand after a run (it needs the GUI thread).
#include "ChecksView.h"

#include "CheckRecords.h"
#include "IndicatorSetStore.h"
#include "RenderedHomePass.h"

#include <QPushButton>

namespace xj {

void ChecksView::startRenderedPass()
{
    const auto round = m_store.round(roundId());
    if (!round || isRunning() || m_renderPass)
        return;
    qint64 runId = 0;
    for (const CheckRun &r : CheckRecords(m_store).runs(round->id))
        if (r.state == QLatin1String("done") && r.id > runId)
            runId = r.id;
    if (!runId) {
        appendLog(tr("The rendered pass needs a finished run of round %1.").arg(round->id));
        return;
    }
    auto *pass = new RenderedHomePass(m_store, *round, runId, IndicatorSetStore(m_store).active(), {}, this);
    connect(pass, &RenderedHomePass::logMessage, this, &ChecksView::appendLog);
    connect(pass, &RenderedHomePass::progress, this, [this](int done, int total, const QString &url) {
        appendLog(tr("Rendering home page %1 of %2: %3").arg(done + 1).arg(total).arg(url));
    });
    connect(pass, &RenderedHomePass::finished, this, [this, pass](bool completed) {
        appendLog(completed ? tr("Rendered pass complete: %n hidden-link finding(s) filed.", nullptr, pass->filed())
                            : tr("Rendered pass stopped."));
        pass->deleteLater();
        m_renderPass.clear();
        refreshFindings(true);
        updateButtons();
    });
    QString error;
    if (!pass->start(&error)) {
        appendLog(error);
        delete pass;
        return;
    }
    m_renderPass = pass;
    updateButtons();
}

} // namespace xj
