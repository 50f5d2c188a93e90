#pragma once
// The body of a bulletin being edited, one row a block: its kind (Paragraph, Heading1…4) and its
// text. Edits go into the model's own copy of the blocks and are announced with edited(), which
// the editor answers by saving the draft. Blocks whose stated figures the round's results no longer
// give are marked (setStale): a coloured background and a tooltip naming what was stated and what
// the results give now. The marks are only marks: the text is never changed here.
//
// Threading: GUI thread only.

#include "BulletinDocument.h"

#include <QAbstractTableModel>
#include <QMap>

namespace xj {

class BulletinBlocksModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // FiguresColumn: on a marked block, the Regenerate button (BulletinBlockDelegate draws it).
    enum Column { KindColumn, TextColumn, FiguresColumn, ColumnCount };

    explicit BulletinBlocksModel(QObject *parent = nullptr);

    void setBlocks(const QList<BulletinBlock> &blocks);
    const QList<BulletinBlock> &blocks() const { return m_blocks; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Row → why the block is stale ("stated 80, results now give 70"); replaces the marks.
    void setStale(const QMap<int, QString> &why);
    const QMap<int, QString> &stale() const { return m_stale; }

    void insertBlock(int row, const BulletinBlock &block);
    void removeBlock(int row);
    void moveBlock(int from, int to);
    // Replaces a block (Regenerate this paragraph); its stale mark goes.
    void replaceBlock(int row, const BulletinBlock &block);

    static QString kindLabel(BulletinBlock::Kind kind);
    static QList<BulletinBlock::Kind> kinds();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The blocks changed by an edit (not by setBlocks): the draft should be saved.
    void edited();

private:
    QList<BulletinBlock> m_blocks;
    QMap<int, QString> m_stale;
    bool m_readOnly = false;
};

} // namespace xj
