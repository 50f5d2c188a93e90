#include "IndicatorParamsEditor.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>

#include <cmath>

namespace xj {

namespace {

// Points and percentages take decimals (0.1 per tag, 0.5 per missing footer item); days, months
// and counts are whole.
bool takesDecimals(const QString &key, double value)
{
    return key.contains(QLatin1String("oints")) || key.endsWith(QLatin1String("Cap")) || key.contains(QLatin1String("Percent"))
        || value != std::floor(value);
}

QString defaultText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? IndicatorParamsEditor::tr("on") : IndicatorParamsEditor::tr("off");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << item.toString();
        return items.join(QStringLiteral(", "));
    }
    return {};
}

} // namespace

IndicatorParamsEditor::IndicatorParamsEditor(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_form->addRow(m_title);
}

void IndicatorParamsEditor::clear()
{
    while (m_form->rowCount() > 1)
        m_form->removeRow(1);
}

void IndicatorParamsEditor::showIndicator(const IndicatorSettings &settings)
{
    clear();
    m_code = settings.code;
    const IndicatorInfo *info = IndicatorCatalog::byCode(settings.code);
    const IndicatorSettings *builtIn = IndicatorSet::defaults().settings(settings.code);
    if (settings.params.isEmpty()) {
        m_title->setText(tr("%1 %2 has no parameters.").arg(settings.code, info ? info->zh : QString()));
        return;
    }
    m_title->setText(tr("Parameters of %1 %2:").arg(settings.code, info ? info->zh : QString()));
    for (auto it = settings.params.begin(); it != settings.params.end(); ++it) {
        QWidget *editor = nullptr;
        if (it.value().isDouble())
            editor = numberEditor(it.key(), it.value().toDouble());
        else if (it.value().isBool())
            editor = flagEditor(it.key(), it.value().toBool());
        else if (it.value().isArray())
            editor = listEditor(it.key(), it.value().toArray());
        if (!editor)
            continue;
        editor->setObjectName(it.key());
        const QJsonValue def = builtIn ? builtIn->params.value(it.key()) : QJsonValue();
        if (!def.isUndefined())
            editor->setToolTip(tr("Built-in default: %1").arg(defaultText(def)));
        // The key is the parameter's name in the set's JSON (docs/formats.md), shown as such.
        m_form->addRow(it.key() + QLatin1Char(':'), editor);
    }
}

QWidget *IndicatorParamsEditor::editorFor(const QString &key) const
{
    return findChild<QWidget *>(key, Qt::FindDirectChildrenOnly);
}

QWidget *IndicatorParamsEditor::numberEditor(const QString &key, double value)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setDecimals(takesDecimals(key, value) ? 2 : 0);
    spin->setSingleStep(takesDecimals(key, value) ? 0.1 : 1);
    spin->setRange(0, 100000);
    spin->setValue(value);
    spin->setAlignment(Qt::AlignRight);
    const QString code = m_code;
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, code, key](double v) { emit paramChanged(code, key, v); });
    return spin;
}

QWidget *IndicatorParamsEditor::flagEditor(const QString &key, bool value)
{
    auto *box = new QCheckBox(this);
    box->setChecked(value);
    const QString code = m_code;
    connect(box, &QCheckBox::toggled, this, [this, code, key](bool on) { emit paramChanged(code, key, on); });
    return box;
}

QWidget *IndicatorParamsEditor::listEditor(const QString &key, const QJsonArray &value)
{
    auto *edit = new QPlainTextEdit(this);
    QStringList lines;
    for (const QJsonValue &item : value)
        lines << item.toString();
    edit->setPlainText(lines.join(QLatin1Char('\n')));
    edit->setPlaceholderText(tr("One item per line"));
    edit->setTabChangesFocus(true);
    const QString code = m_code;
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, code, key] {
        // Blank lines and surrounding spaces are not items.
        QJsonArray items;
        for (const QString &line : edit->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                items.append(line.trimmed());
        emit paramChanged(code, key, items);
    });
    return edit;
}

} // namespace xj
