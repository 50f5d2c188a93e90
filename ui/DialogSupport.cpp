#include "DialogSupport.h"

#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace xj {

void UnitChooser::attach(QComboBox *combo, const QList<Unit> &units, qint64 currentId)
{
    m_combo = combo;
    m_ids.clear();
    combo->clear();
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(20);
    for (const Unit &u : units) {
        combo->addItem(u.name, u.id);
        m_ids.insert(u.name, u.id);
    }
    if (QCompleter *c = combo->completer()) {
        c->setFilterMode(Qt::MatchContains);
        c->setCaseSensitivity(Qt::CaseInsensitive);
        c->setCompletionMode(QCompleter::PopupCompletion);
    }
    const int index = currentId > 0 ? combo->findData(currentId) : -1;
    combo->setCurrentIndex(index);
    if (index < 0)
        combo->setEditText(QString());
}

QString UnitChooser::name() const
{
    return m_combo ? m_combo->currentText().trimmed() : QString();
}

qint64 UnitChooser::existingId() const
{
    return m_ids.value(name());
}

qint64 UnitChooser::resolve(Store &store) const
{
    if (const qint64 id = existingId())
        return id;
    if (const auto u = store.unitByName(name()))
        return u->id;
    Unit u;
    u.name = name();
    return store.insertUnit(u);
}

QString tableKindLabel(TableKind kind)
{
    switch (kind) {
    case TableKind::Units:
        return QCoreApplication::translate("xj::TableKind", "Units");
    case TableKind::Sites:
        return QCoreApplication::translate("xj::TableKind", "Websites, platforms and channels");
    case TableKind::Columns:
        return QCoreApplication::translate("xj::TableKind", "Columns of websites");
    case TableKind::Accounts:
        return QCoreApplication::translate("xj::TableKind", "New-media accounts");
    case TableKind::Status:
        return QCoreApplication::translate("xj::TableKind", "Status changes");
    case TableKind::Posts:
        return QCoreApplication::translate("xj::TableKind", "Posts of new-media accounts");
    case TableKind::Reminders:
        return QCoreApplication::translate("xj::TableKind", "Update reminders");
    case TableKind::Messages:
        return QCoreApplication::translate("xj::TableKind", "Messages and replies");
    case TableKind::Catalog:
        return QCoreApplication::translate("xj::TableKind", "Data catalog counts");
    case TableKind::Findings:
        return QCoreApplication::translate("xj::TableKind", "Findings");
    }
    return {};
}

void showValidation(QLabel *label, QDialogButtonBox *buttons, const QString &error, const QString &note)
{
    const QString text = error.isEmpty() ? note : error;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setStyleSheet(error.isEmpty() ? QStringLiteral("color: palette(dark);")
                                         : QStringLiteral("color: #b3261e; font-weight: 600;"));
    if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(error.isEmpty());
}

} // namespace xj
