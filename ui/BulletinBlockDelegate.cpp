#include "BulletinBlockDelegate.h"

#include "BulletinBlocksModel.h"

#include <QApplication>
#include <QComboBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>

namespace xj {

QWidget *BulletinBlockDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == BulletinBlocksModel::KindColumn) {
        auto *combo = new QComboBox(parent);
        for (BulletinBlock::Kind k : BulletinBlocksModel::kinds())
            combo->addItem(BulletinBlocksModel::kindLabel(k), int(k));
        // A choice is a whole edit: commit it at once rather than on focus loss.
        connect(combo, &QComboBox::activated, this, [this, combo] { emit const_cast<BulletinBlockDelegate *>(this)->commitData(combo); });
        return combo;
    }
    if (index.column() == BulletinBlocksModel::TextColumn) {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void BulletinBlockDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
    else if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        edit->setPlainText(index.data(Qt::EditRole).toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void BulletinBlockDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
    else if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        model->setData(index, edit->toPlainText(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void BulletinBlockDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QRect r = option.rect;
    // A paragraph needs room to be read while it is edited: at least five lines.
    if (qobject_cast<QPlainTextEdit *>(editor))
        r.setHeight(std::max(r.height(), editor->fontMetrics().lineSpacing() * 5 + 8));
    editor->setGeometry(r);
    Q_UNUSED(index)
}

QRect BulletinBlockDelegate::buttonRect(const QStyleOptionViewItem &option, const QString &text)
{
    const QFontMetrics fm(option.font);
    const QSize size(fm.horizontalAdvance(text) + 24, fm.height() + 10);
    QRect r(QPoint(0, 0), size.boundedTo(option.rect.size()));
    r.moveCenter(option.rect.center());
    return r;
}

void BulletinBlockDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString label = index.data(Qt::DisplayRole).toString();
    if (index.column() != BulletinBlocksModel::FiguresColumn || label.isEmpty())
        return QStyledItemDelegate::paint(painter, option, index);
    // The cell's background (the marking colour), then a push button on it.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);
    QStyleOptionButton button;
    button.rect = buttonRect(option, label);
    button.text = label;
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
}

QSize BulletinBlockDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != BulletinBlocksModel::FiguresColumn)
        return QStyledItemDelegate::sizeHint(option, index);
    // Wide enough for the button whether or not this row has one, so the column does not jump.
    const QFontMetrics fm(option.font);
    return {fm.horizontalAdvance(BulletinBlocksModel::tr("Regenerate")) + 36, fm.height() + 14};
}

bool BulletinBlockDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                        const QModelIndex &index)
{
    const QString label = index.data(Qt::DisplayRole).toString();
    if (index.column() == BulletinBlocksModel::FiguresColumn && !label.isEmpty()
        && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && buttonRect(option, label).contains(mouse->position().toPoint())) {
            emit regenerateRequested(index.row());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace xj
