#include "ManualFindingDialog.h"

#include "IndicatorCatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace xj {

ManualFindingDialog::ManualFindingDialog(const QString &url, const QString &selectedText, const QByteArray &png, QWidget *parent)
    : QDialog(parent), m_indicator(new QComboBox), m_text(new QPlainTextEdit(selectedText)), m_url(new QLineEdit(url)),
      m_preview(new QLabel), m_png(png)
{
    setObjectName(QStringLiteral("manualFinding"));
    setWindowTitle(tr("Manual finding"));
    for (const IndicatorInfo &i : IndicatorCatalog::all())
        if (i.target == IndicatorTarget::Website)
            m_indicator->addItem(QStringLiteral("%1 %2").arg(i.code, i.zh), i.code);
    // What people find by eye most often: the map and serious wording.
    const int map = m_indicator->findData(QStringLiteral("W-N-MAP"));
    if (map >= 0)
        m_indicator->setCurrentIndex(map);
    m_text->setPlaceholderText(tr("What is wrong, as it appears on the page"));
    m_text->setTabChangesFocus(true);
    QPixmap picture;
    if (!png.isEmpty() && picture.loadFromData(png, "PNG"))
        m_preview->setPixmap(picture.scaled(360, 220, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_preview->setText(tr("(no screenshot)"));
    auto *form = new QFormLayout;
    form->addRow(tr("Indicator"), m_indicator);
    form->addRow(tr("Page"), m_url);
    form->addRow(tr("What is wrong"), m_text);
    form->addRow(tr("Screenshot"), m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("File the finding"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!text().isEmpty() && !indicator().isEmpty())
            accept();
        else
            m_text->setFocus();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ManualFindingDialog::indicator() const
{
    return m_indicator->currentData().toString();
}

QString ManualFindingDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString ManualFindingDialog::url() const
{
    return m_url->text().trimmed();
}

} // namespace xj
