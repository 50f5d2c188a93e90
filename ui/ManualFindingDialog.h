#pragma once
// Filing a finding the checks missed (a map with missing islands, a serious expression seen by
// eye): the indicator, what is wrong (prefilled with the text selected in the pane), the page URL
// and the screenshot taken when the dialog opened, shown for confirmation.
//
// Threading: all members are called from the GUI thread.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace xj {

class ManualFindingDialog : public QDialog {
    Q_OBJECT
public:
    ManualFindingDialog(const QString &url, const QString &selectedText, const QByteArray &png, QWidget *parent = nullptr);

    QString indicator() const;
    QString text() const;
    QString url() const;
    QByteArray screenshot() const { return m_png; }

    QComboBox *indicatorBox() const { return m_indicator; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *urlEdit() const { return m_url; }

private:
    QComboBox *m_indicator;
    QPlainTextEdit *m_text;
    QLineEdit *m_url;
    QLabel *m_preview;
    QByteArray m_png;
};

} // namespace xj
