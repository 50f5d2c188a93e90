#include "RectificationDelegate.h"

#include "OptionalDateEdit.h"
#include "RectificationModel.h"

#include <QComboBox>

namespace xj {

QWidget *RectificationDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == RectificationModel::StatusColumn) {
        auto *box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("rectificationStatusEditor"));
        for (const QString &code : ReviewRecords::rectificationCodes())
            box->addItem(ReviewRecords::rectificationLabel(code), code);
        // Committed as soon as a status is picked: one click, one saved change.
        connect(box, &QComboBox::activated, this, [this, box] {
            emit const_cast<RectificationDelegate *>(this)->commitData(box);
            emit const_cast<RectificationDelegate *>(this)->closeEditor(box);
        });
        return box;
    }
    if (index.column() == RectificationModel::DeadlineColumn) {
        auto *edit = new OptionalDateEdit(parent);
        edit->setObjectName(QStringLiteral("rectificationDeadlineEditor"));
        edit->setAutoFillBackground(true);
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void RectificationDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
        return;
    }
    if (auto *edit = qobject_cast<OptionalDateEdit *>(editor)) {
        edit->setDate(index.data(Qt::EditRole).toDate());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RectificationDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        if (box->currentData().toString() != index.data(Qt::EditRole).toString())
            model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<OptionalDateEdit *>(editor)) {
        if (edit->date() != index.data(Qt::EditRole).toDate())
            model->setData(index, edit->date(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace xj
