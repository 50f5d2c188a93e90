#pragma once
// Editors of RectificationModel's editable columns: a list of the rectification statuses
// (待整改 → 已通知 → 已整改 → 已复核) for the status, a date (OptionalDateEdit, which can clear it)
// for the deadline. The model saves what is committed.
//
// Threading: all members are called from the GUI thread.

#include <QStyledItemDelegate>

namespace xj {

class RectificationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace xj
