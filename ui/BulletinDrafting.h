#pragma once
// Drafting a bulletin from a round as `xunjian bulletin` does it (app/BulletinCommands.cpp): the
// agency, city, recipients, number template and red header from the store's settings, the
// built-in template, and — for a new draft — the new-media rules evaluated first so that the
// figures are those `xunjian summary` gives. Shared by the bulletin view (New draft) and the
// editor (Recheck figures, Regenerate this paragraph).
//
// Threading: the thread of the Store.

#include "BulletinDraft.h"

#include <QCoreApplication>

namespace xj {

class BulletinDrafting {
    Q_DECLARE_TR_FUNCTIONS(xj::BulletinDrafting)
public:
    static DraftOptions options(Store &store, const QDate &date = QDate::currentDate());
    // A fresh draft of the round. evaluate: run MediaEvaluation first (a new draft does; a
    // regenerated paragraph uses the findings as they are, like Recheck figures).
    static std::optional<BulletinDocument> draft(Store &store, const QString &roundId, bool evaluate, QString *error);
    // The figures the round's results give now, as BulletinDraft::figures writes them.
    static std::optional<QMap<QString, QString>> currentFigures(Store &store, const QString &roundId, QString *error);
    // Row → "stated X, results now give Y" for every block stating a figure in `staleKeys`.
    static QMap<int, QString> staleBlocks(const QList<BulletinBlock> &blocks, const QStringList &staleKeys,
                                          const QMap<QString, QString> &figures);
};

} // namespace xj
