#include "BulletinDrafting.h"

#include "MediaEvaluation.h"
#include "StoreSettings.h"

namespace xj {

DraftOptions BulletinDrafting::options(Store &store, const QDate &date)
{
    return BulletinDraft::storeOptions(store, date);
}

std::optional<BulletinDocument> BulletinDrafting::draft(Store &store, const QString &roundId, bool evaluate, QString *error)
{
    const auto round = store.round(roundId);
    if (!round) {
        if (error)
            *error = tr("There is no round %1.").arg(roundId);
        return std::nullopt;
    }
    const DraftOptions o = options(store);
    if (o.agency.isEmpty()) {
        if (error)
            *error = tr("No issuing agency is set: enter it with Agency… first.");
        return std::nullopt;
    }
    if (evaluate && !MediaEvaluation::run(store, *round, error))
        return std::nullopt;
    auto document = BulletinDraft::generate(store, roundId, BulletinTemplate::builtIn(), o, error);
    if (document)
        document->agencyMark = StoreSettings(store).value(setting::kAgencyMark);
    return document;
}

std::optional<QMap<QString, QString>> BulletinDrafting::currentFigures(Store &store, const QString &roundId, QString *error)
{
    const auto results = RoundResults::compute(store, roundId, {}, error);
    if (!results)
        return std::nullopt;
    return BulletinDraft::figures(*results);
}

QMap<int, QString> BulletinDrafting::staleBlocks(const QList<BulletinBlock> &blocks, const QStringList &staleKeys,
                                                 const QMap<QString, QString> &figures)
{
    QMap<int, QString> why;
    for (int row = 0; row < blocks.size(); ++row) {
        const QMap<QString, QString> stated = BulletinDraft::statedFigures(blocks.at(row));
        QStringList lines;
        for (auto it = stated.cbegin(); it != stated.cend(); ++it) {
            if (!staleKeys.contains(it.key()))
                continue;
            lines << (figures.contains(it.key())
                          ? tr("%1: stated %2, results now give %3").arg(it.key(), it.value(), figures.value(it.key()))
                          : tr("%1: stated %2, results no longer give it").arg(it.key(), it.value()));
        }
        if (!lines.isEmpty())
            why.insert(row, lines.join(QLatin1Char('\n')));
    }
    return why;
}

} // namespace xj
