#pragma once
// The rendered half of the 暗链 check for a whole check run: every home page the run fetched is
// loaded once more in an offscreen browser engine (RenderedDarkLinks), one after the other, and
// the hidden outside links it reports are filed as W-N-DARKLINK findings of that run — the same
// fingerprints as the static pass, so a link both passes see is one finding.
//
// Threading: QtWebEngine lives on the GUI thread of a QGuiApplication; so does this object and
// the Store it is given. It never blocks: pages load on the event loop, `progress` tells how far
// it is, cancel() stops after the page in hand.

#include "Domain.h"
#include "IndicatorSet.h"
#include "RenderedDarkLinks.h"

#include <QObject>

namespace xj {

class Store;

class RenderedHomePass : public QObject {
    Q_OBJECT
public:
    RenderedHomePass(Store &store, const Round &round, qint64 runId, const IndicatorSet &set,
                     const QList<qint64> &siteIds = {}, QObject *parent = nullptr);
    ~RenderedHomePass() override;

    // False with *error when nothing can be rendered here (no QGuiApplication).
    bool start(QString *error);
    void cancel();
    int filed() const { return m_filed; }

signals:
    void progress(int done, int total, const QString &page);
    void logMessage(const QString &message);
    void finished(bool completed);

private:
    struct Target {
        Site site;
        qint64 pageId = 0;
        QString url;
    };
    void next();
    void onRendered(const QList<xj::HiddenLink> &links);

    Store &m_store;
    Round m_round;
    qint64 m_runId = 0;
    IndicatorSet m_set;
    QList<qint64> m_siteIds;
    QList<Target> m_targets;
    int m_done = 0;
    int m_filed = 0;
    bool m_cancelled = false;
    RenderedDarkLinks *m_renderer = nullptr;
};

} // namespace xj
