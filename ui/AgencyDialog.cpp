#include "AgencyDialog.h"

#include "StoreSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace xj {

AgencyDialog::AgencyDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_agency(new QLineEdit), m_city(new QLineEdit), m_numberTemplate(new QLineEdit),
      m_recipients(new QPlainTextEdit), m_agencyMark(new QLineEdit), m_error(new QLabel)
{
    setWindowTitle(tr("Issuing agency"));
    setObjectName(QStringLiteral("agencyDialog"));
    const StoreSettings settings(store);
    m_agency->setText(settings.value(setting::kAgency));
    m_agency->setPlaceholderText(tr("揭阳市政务服务数据管理局"));
    m_city->setText(settings.value(setting::kCity));
    m_city->setPlaceholderText(tr("揭阳市"));
    m_numberTemplate->setText(settings.value(setting::kNumberTemplate));
    m_numberTemplate->setPlaceholderText(tr("揭政数局函〔{year}〕{n}号"));
    m_numberTemplate->setToolTip(tr("{year} is the full year, {n} the next number of the year's sequence"));
    m_recipients->setPlainText(settings.value(setting::kRecipients));
    m_recipients->setPlaceholderText(tr("Empty: the template's recipients"));
    m_recipients->setTabChangesFocus(true);
    m_recipients->setMaximumHeight(m_recipients->fontMetrics().lineSpacing() * 4 + 12);
    m_agencyMark->setText(settings.value(setting::kAgencyMark));
    m_agencyMark->setPlaceholderText(tr("Empty: a 函 without a red header"));

    m_agency->setObjectName(QStringLiteral("agency"));
    m_city->setObjectName(QStringLiteral("city"));
    m_numberTemplate->setObjectName(QStringLiteral("numberTemplate"));
    m_recipients->setObjectName(QStringLiteral("recipients"));
    m_agencyMark->setObjectName(QStringLiteral("agencyMark"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Agency (发文机关):"), m_agency);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("&Number template:"), m_numberTemplate);
    form->addRow(tr("&Recipients (主送机关):"), m_recipients);
    form->addRow(tr("Red &header (发文机关标志):"), m_agencyMark);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgencyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AgencyDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Kept in the database for everyone who drafts bulletins. New drafts take these; "
                                "drafts already written keep what they say."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void AgencyDialog::accept()
{
    StoreSettings settings(m_store);
    const QList<QPair<QString, QString>> values = {
        {setting::kAgency, m_agency->text().trimmed()},
        {setting::kCity, m_city->text().trimmed()},
        {setting::kNumberTemplate, m_numberTemplate->text().trimmed()},
        {setting::kRecipients, m_recipients->toPlainText().trimmed()},
        {setting::kAgencyMark, m_agencyMark->text().trimmed()},
    };
    for (const auto &[key, value] : values) {
        if (!settings.setValue(key, value)) {
            m_error->setText(tr("Cannot save %1: %2").arg(key, m_store.lastError()));
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace xj
