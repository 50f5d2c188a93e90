#pragma once
// Editors for the indicator table of IndicatorSetDialog: a combo box of the severities (labels
// shown, codes stored) and a spin box of points for the cap. The check boxes (objective,
// enabled) are the view's own.
//
// Threading: GUI thread only.

#include <QStyledItemDelegate>

namespace xj {

class IndicatorSetDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace xj
