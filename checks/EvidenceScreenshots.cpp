#include "EvidenceScreenshots.h"

#include "WarcWriter.h"

#include <QDir>
#include <QFileInfo>

namespace xj {

EvidenceScreenshots::EvidenceScreenshots(Store &store, QString operatorName)
    : m_store(store), m_records(store), m_operator(std::move(operatorName))
{
}

EvidenceScreenshots::~EvidenceScreenshots() = default;

qint64 EvidenceScreenshots::add(qint64 findingId, const QByteArray &png, const QRect &region, const QString &url,
                                const QString &pane, const QString &actor, QString *error, QString *warning,
                                const QString &roundId)
{
    const qint64 id = m_records.addScreenshot(findingId, png, region, url, pane, actor, error);
    if (id == 0)
        return 0;
    auto warn = [&](const QString &why) {
        if (warning)
            *warning = tr("screenshot %1 of finding %2 is kept in the store, but not in the WARC evidence: %3")
                           .arg(id)
                           .arg(findingId)
                           .arg(why);
        return id;
    };
    QString round = roundId;
    if (findingId > 0)
        if (const auto f = CheckRecords(m_store).finding(findingId))
            round = f->roundId;
    const QString dir = m_store.location().evidenceDir();
    if (dir.isEmpty())
        return id;
    if (!QDir().mkpath(dir))
        return warn(tr("cannot create the evidence folder %1").arg(dir));
    if (!m_writer || round != m_roundId) {
        WarcWriterOptions options;
        options.directory = dir;
        options.prefix = QStringLiteral("screenshots");
        options.operatorName = m_operator.isEmpty() ? actor : m_operator;
        options.roundId = round;
        m_writer = std::make_unique<WarcWriter>(options);
        m_roundId = round;
    }
    QString writeError;
    const QUrl target = url.isEmpty() ? QUrl(QStringLiteral("urn:xunjian:screenshot:%1").arg(id)) : QUrl(url);
    const auto location = m_writer->writeResource(target, QByteArrayLiteral("image/png"), png, {}, {}, &writeError);
    if (!location)
        return warn(writeError);
    // WarcRef names files relative to the evidence folder, like the crawl's pages (RoundCheck::keep).
    const WarcRef ref{QFileInfo(location->file).fileName(), location->offset, location->length};
    if (!m_records.setScreenshotWarc(id, ref, location->recordId))
        return warn(m_store.lastError());
    return id;
}

} // namespace xj
