#include "UnitDialog.h"
#include "ui_UnitDialog.h"

#include "DialogSupport.h"

#include <QPushButton>
#include <QSet>

namespace xj {

UnitDialog::UnitDialog(Store &store, qint64 unitId, QWidget *parent)
    : QDialog(parent), m_store(store), m_ui(new Ui::UnitDialog)
{
    m_ui->setupUi(this);
    if (unitId > 0)
        m_unit = m_store.unit(unitId).value_or(Unit());
    setWindowTitle(m_unit.id ? tr("Edit unit — %1").arg(m_unit.name) : tr("New unit"));
    fillVocabularyCombo(m_ui->kindCombo, Vocabulary<UnitKind>::values());
    fillParents();
    m_ui->nameEdit->setText(m_unit.name);
    setComboValue(m_ui->kindCombo, m_unit.kind);
    m_ui->contactEdit->setText(m_unit.contact);
    m_ui->phoneEdit->setText(m_unit.phone);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &UnitDialog::validate);
    validate();
}

UnitDialog::~UnitDialog() = default;

void UnitDialog::fillParents()
{
    const QList<Unit> units = m_store.units();
    // The unit and everything under it cannot be its parent.
    QSet<qint64> below;
    if (m_unit.id) {
        below.insert(m_unit.id);
        for (bool grew = true; grew;) {
            grew = false;
            for (const Unit &u : units) {
                if (u.parentId && below.contains(u.parentId) && !below.contains(u.id)) {
                    below.insert(u.id);
                    grew = true;
                }
            }
        }
    }
    QComboBox *c = m_ui->parentCombo;
    c->addItem(tr("(none)"), qint64(0));
    for (const Unit &u : units)
        if (!below.contains(u.id))
            c->addItem(u.name, u.id);
    c->setCurrentIndex(std::max(0, c->findData(m_unit.parentId)));
}

QString UnitDialog::validationError() const
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty())
        return tr("Enter the unit's name.");
    const auto other = m_store.unitByName(name);
    if (other && other->id != m_unit.id)
        return tr("There is already a unit named \"%1\".").arg(name);
    return {};
}

void UnitDialog::validate()
{
    showValidation(m_ui->messageLabel, m_ui->buttonBox, validationError());
}

void UnitDialog::accept()
{
    validate();
    if (!validationError().isEmpty())
        return;
    Unit u = m_unit;
    u.name = m_ui->nameEdit->text().trimmed();
    u.kind = comboValue<UnitKind>(m_ui->kindCombo).value_or(UnitKind::Other);
    u.parentId = m_ui->parentCombo->currentData().toLongLong();
    u.contact = m_ui->contactEdit->text().trimmed();
    u.phone = m_ui->phoneEdit->text().trimmed();
    const bool ok = u.id ? m_store.updateUnit(u) : (u.id = m_store.insertUnit(u)) > 0;
    if (!ok) {
        showValidation(m_ui->messageLabel, m_ui->buttonBox, tr("Not saved: %1").arg(m_store.lastError()));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        return;
    }
    m_unit = u;
    QDialog::accept();
}

} // namespace xj
