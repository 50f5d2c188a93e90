#pragma once
// The parameters of one indicator of a set, as a form beside IndicatorSetDialog's table: numbers
// in spin boxes, flags as check boxes, keyword lists as text with one item per line. Each field's
// tooltip gives the built-in default. Edits are reported with paramChanged(); the form does not
// keep the set.
//
// Threading: GUI thread only.

#include "IndicatorSet.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace xj {

class IndicatorParamsEditor : public QWidget {
    Q_OBJECT
public:
    explicit IndicatorParamsEditor(QWidget *parent = nullptr);

    // Builds the form for this indicator's parameters (an empty form says it has none).
    void showIndicator(const IndicatorSettings &settings);
    QString code() const { return m_code; }
    // The editor of a parameter (QDoubleSpinBox, QCheckBox or QPlainTextEdit), nullptr if none.
    QWidget *editorFor(const QString &key) const;

signals:
    void paramChanged(const QString &code, const QString &key, const QJsonValue &value);

private:
    QWidget *numberEditor(const QString &key, double value);
    QWidget *flagEditor(const QString &key, bool value);
    QWidget *listEditor(const QString &key, const QJsonArray &value);
    void clear();

    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QString m_code;
};

} // namespace xj
