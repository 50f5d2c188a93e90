#pragma once
// Edits a body block in place: a combo of the kinds in the Kind column, a multi-line editor in the
// Text column (Enter starts a new line; the edit is committed when the editor loses focus). In the
// Figures column a marked block gets a Regenerate button; a click asks for it (regenerateRequested)
// and changes nothing by itself.
//
// Threading: GUI thread only.

#include <QStyledItemDelegate>

namespace xj {

class BulletinBlockDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Where the button of a marked block is drawn inside its cell.
    static QRect buttonRect(const QStyleOptionViewItem &option, const QString &text);

signals:
    void regenerateRequested(int row);
};

} // namespace xj
