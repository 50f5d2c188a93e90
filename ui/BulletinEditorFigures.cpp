// BulletinEditor's figures: Recheck figures marks the blocks whose stated figures the round's
// results no longer give; Regenerate this paragraph replaces one from a fresh draft, on request only.
#include "BulletinEditor.h"

#include "BulletinBlocksModel.h"
#include "BulletinDrafting.h"

#include <QLabel>

namespace xj {

std::optional<QStringList> BulletinEditor::recheckFigures(QString *error)
{
    if (m_record.id == 0 || m_record.roundId.isEmpty()) {
        if (error)
            *error = tr("The bulletin belongs to no round.");
        return std::nullopt;
    }
    QString why;
    const auto figures = BulletinDrafting::currentFigures(m_store, m_record.roundId, &why);
    if (!figures) {
        if (error)
            *error = why;
        m_figuresNote->setText(tr("The figures could not be checked: %1").arg(why));
        return std::nullopt;
    }
    const QStringList stale = BulletinDraft::staleFigures(m_document, *figures);
    const QMap<int, QString> marks = BulletinDrafting::staleBlocks(m_document.body, stale, *figures);
    m_blocks->setStale(marks);
    m_figuresNote->setText(marks.isEmpty()
                               ? tr("Every figure the bulletin states agrees with the round's results.")
                               : tr("%n paragraph(s) state figures the round's results no longer give (marked; "
                                    "hover for the figures). They are not changed unless you regenerate them.",
                                    nullptr, int(marks.size())));
    updateBlockButtons();
    return stale;
}

bool BulletinEditor::regenerateBlock(int row, QString *error)
{
    if (m_readOnly || row < 0 || row >= m_blocks->rowCount()) {
        if (error)
            *error = tr("Choose a paragraph of a draft to regenerate.");
        return false;
    }
    const auto stated = BulletinDraft::statedFigures(m_blocks->blocks().at(row));
    if (stated.isEmpty()) {
        if (error)
            *error = tr("This paragraph states no figures of the results; there is nothing to regenerate it from.");
        return false;
    }
    QString why;
    const auto fresh = BulletinDrafting::draft(m_store, m_record.roundId, false, &why);
    if (!fresh) {
        if (error)
            *error = why;
        return false;
    }
    // The fresh block stating the same figures; failing that, the one sharing most of them.
    const QStringList keys = stated.keys();
    int best = -1;
    int bestShared = 0;
    for (int i = 0; i < fresh->body.size(); ++i) {
        const QStringList freshKeys = BulletinDraft::statedFigures(fresh->body.at(i)).keys();
        if (freshKeys == keys) {
            best = i;
            break;
        }
        int shared = 0;
        for (const QString &k : freshKeys)
            shared += keys.contains(k) ? 1 : 0;
        if (shared > bestShared) {
            best = i;
            bestShared = shared;
        }
    }
    if (best < 0) {
        if (error)
            *error = tr("A fresh draft has no paragraph stating %1.").arg(keys.join(QStringLiteral(", ")));
        return false;
    }
    m_blocks->replaceBlock(row, fresh->body.at(best)); // edited() saves it
    return true;
}

} // namespace xj
