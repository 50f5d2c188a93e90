#include "StatusChangeDialog.h"
#include "ui_StatusChangeDialog.h"

#include "DialogSupport.h"

#include <QPushButton>

namespace xj {

StatusChangeDialog::StatusChangeDialog(Store &store, ObjectType type, qint64 objectId, QWidget *parent)
    : QDialog(parent), m_store(store), m_ui(new Ui::StatusChangeDialog)
{
    m_ui->setupUi(this);
    m_change.objectType = type;
    m_change.objectId = objectId;
    m_change.source = QStringLiteral("gui");
    QString name;
    if (type == ObjectType::Site) {
        if (const auto s = m_store.site(objectId)) {
            name = QStringLiteral("%1 (%2)").arg(s->name, Vocabulary<SiteKind>::label(s->kind));
            m_current = s->status;
        }
    } else if (const auto a = m_store.account(objectId)) {
        name = QStringLiteral("%1 (%2)").arg(a->name, Vocabulary<Platform>::label(a->platform));
        m_current = a->status;
    }
    setWindowTitle(tr("Change status — %1").arg(name));
    m_ui->objectText->setText(name);
    const QList<StatusChange> history = m_store.history(type, objectId);
    m_ui->currentStatusText->setText(history.isEmpty() ? Vocabulary<ObjectStatus>::label(m_current)
                                                       : tr("%1 since %2").arg(Vocabulary<ObjectStatus>::label(m_current),
                                                                              history.last().effective.toString(Qt::ISODate)));
    fillVocabularyCombo(m_ui->eventCombo, Vocabulary<StatusEvent>::values());
    m_ui->eventCombo->setPlaceholderText(tr("Choose…"));
    m_ui->eventCombo->setCurrentIndex(-1);
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->dateEdit->setDate(QDate::currentDate());

    connect(m_ui->eventCombo, &QComboBox::currentIndexChanged, this, &StatusChangeDialog::validate);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &StatusChangeDialog::validate);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &StatusChangeDialog::validate);
    validate();
}

StatusChangeDialog::~StatusChangeDialog() = default;

QString StatusChangeDialog::validationError() const
{
    const auto event = comboValue<StatusEvent>(m_ui->eventCombo);
    if (!event)
        return tr("Choose the new status.");
    if (!m_ui->dateEdit->date().isValid() || m_ui->dateEdit->date() > QDate::currentDate())
        return tr("The date the change took effect cannot be in the future.");
    if (*event != StatusEvent::Running && m_ui->reasonEdit->text().trimmed().isEmpty())
        return tr("Give the reason: the bulletin quotes it.");
    return {};
}

void StatusChangeDialog::validate()
{
    QString note;
    const auto event = comboValue<StatusEvent>(m_ui->eventCombo);
    if (event && *event != StatusEvent::RegisteredLate && statusAfter(*event) == m_current)
        note = tr("The status stays %1; the entry only adds a date to the history.").arg(Vocabulary<ObjectStatus>::label(m_current));
    else if (event == StatusEvent::RegisteredLate)
        note = tr("A late registration keeps the object running and sets its registration date.");
    showValidation(m_ui->messageLabel, m_ui->buttonBox, validationError(), note);
}

void StatusChangeDialog::accept()
{
    validate();
    if (!validationError().isEmpty())
        return;
    m_change.event = comboValue<StatusEvent>(m_ui->eventCombo).value_or(StatusEvent::Running);
    m_change.effective = m_ui->dateEdit->date();
    m_change.reason = m_ui->reasonEdit->text().trimmed();
    bool changed = false;
    const bool ok = m_store.recordStatus(m_change, &changed);
    if (!ok || !changed) {
        showValidation(m_ui->messageLabel, m_ui->buttonBox,
                       !ok ? tr("Not saved: %1").arg(m_store.lastError())
                           : tr("The history already has this status on this date."));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        return;
    }
    QDialog::accept();
}

} // namespace xj
