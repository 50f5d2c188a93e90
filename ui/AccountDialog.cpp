#include "AccountDialog.h"
#include "ui_AccountDialog.h"

#include <QPushButton>

namespace xj {

AccountDialog::AccountDialog(Store &store, qint64 accountId, QWidget *parent)
    : QDialog(parent), m_store(store), m_ui(new Ui::AccountDialog)
{
    m_ui->setupUi(this);
    if (accountId > 0)
        m_account = m_store.account(accountId).value_or(Account());
    setWindowTitle(m_account.id ? tr("Edit account — %1").arg(m_account.name) : tr("New account"));
    fillVocabularyCombo(m_ui->platformCombo, Vocabulary<Platform>::values());
    m_owner.attach(m_ui->ownerCombo, m_store.units(), m_account.ownerId);
    m_ui->nameEdit->setText(m_account.name);
    m_ui->actualNameEdit->setText(m_account.actualName);
    setComboValue(m_ui->platformCombo, m_account.platform);
    m_ui->accountIdEdit->setText(m_account.accountId);
    m_ui->openedEdit->setDate(m_account.opened);
    m_ui->registeredEdit->setDate(m_account.registered);

    for (QLineEdit *e : {m_ui->nameEdit, m_ui->actualNameEdit, m_ui->accountIdEdit})
        connect(e, &QLineEdit::textChanged, this, &AccountDialog::validate);
    connect(m_ui->platformCombo, &QComboBox::currentIndexChanged, this, &AccountDialog::validate);
    connect(m_ui->ownerCombo, &QComboBox::editTextChanged, this, &AccountDialog::validate);
    validate();
}

AccountDialog::~AccountDialog() = default;

QString AccountDialog::validationError() const
{
    const QString name = m_ui->nameEdit->text().trimmed();
    const auto platform = comboValue<Platform>(m_ui->platformCombo);
    if (name.isEmpty())
        return tr("Enter the registered name.");
    if (!platform)
        return tr("Choose the platform.");
    if (m_owner.name().isEmpty())
        return tr("Choose the owner unit, or type the name of a new one.");
    const auto other = m_store.accountByKey(name, *platform);
    if (other && other->id != m_account.id)
        return tr("There is already a %1 account named \"%2\".").arg(Vocabulary<Platform>::label(*platform), name);
    return {};
}

void AccountDialog::validate()
{
    QString note;
    if (!m_owner.name().isEmpty() && !m_owner.existingId())
        note = tr("A new unit \"%1\" will be added.").arg(m_owner.name());
    else if (!m_ui->actualNameEdit->text().trimmed().isEmpty()
             && m_ui->actualNameEdit->text().trimmed() != m_ui->nameEdit->text().trimmed())
        note = tr("The actual name differs from the registered name: checks will report it.");
    showValidation(m_ui->messageLabel, m_ui->buttonBox, validationError(), note);
}

void AccountDialog::accept()
{
    validate();
    if (!validationError().isEmpty())
        return;
    Account a = m_account;
    a.name = m_ui->nameEdit->text().trimmed();
    a.actualName = m_ui->actualNameEdit->text().trimmed();
    a.platform = comboValue<Platform>(m_ui->platformCombo).value_or(Platform::Other);
    a.accountId = m_ui->accountIdEdit->text().trimmed();
    a.opened = m_ui->openedEdit->date();
    a.registered = m_ui->registeredEdit->date();

    bool ok = m_store.begin();
    if (ok) {
        a.ownerId = m_owner.resolve(m_store);
        ok = a.ownerId > 0;
    }
    if (ok && a.id)
        ok = m_store.updateAccount(a);
    else if (ok)
        ok = (a.id = m_store.insertAccount(a, QStringLiteral("gui"))) > 0;
    if (ok)
        ok = m_store.commit();
    if (!ok) {
        m_store.rollback();
        showValidation(m_ui->messageLabel, m_ui->buttonBox, tr("Not saved: %1").arg(m_store.lastError()));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        return;
    }
    m_account = a;
    QDialog::accept();
}

} // namespace xj
