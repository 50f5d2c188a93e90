#include "IndicatorSetDelegate.h"

#include "FindingsModel.h"
#include "IndicatorSetModel.h"

#include <QComboBox>
#include <QDoubleSpinBox>

namespace xj {

QWidget *IndicatorSetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == IndicatorSetModel::SeverityColumn) {
        auto *combo = new QComboBox(parent);
        for (const QString &severity : IndicatorSetModel::severities())
            combo->addItem(FindingsModel::severityLabel(severity), severity);
        return combo;
    }
    if (index.column() == IndicatorSetModel::CapColumn) {
        auto *spin = new QDoubleSpinBox(parent);
        // Caps are whole points or tenths (W-D-LINK's 0.2 per link is a parameter, not a cap).
        spin->setDecimals(1);
        spin->setRange(0, 100);
        spin->setSingleStep(0.5);
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void IndicatorSetDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && index.column() == IndicatorSetModel::SeverityColumn) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor); spin && index.column() == IndicatorSetModel::CapColumn) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void IndicatorSetDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && index.column() == IndicatorSetModel::SeverityColumn) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor); spin && index.column() == IndicatorSetModel::CapColumn) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void IndicatorSetDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

} // namespace xj
