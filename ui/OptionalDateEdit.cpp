#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace xj {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent), m_known(new QCheckBox(tr("Known"), this)), m_edit(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_edit, 1);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setDate(QDate::currentDate());
    m_edit->setEnabled(false);
    m_known->setToolTip(tr("Uncheck when the date is not known"));
    setFocusProxy(m_edit);
    connect(m_known, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        emitChanged();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::emitChanged);
}

QDate OptionalDateEdit::date() const
{
    return m_known->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    const QSignalBlocker b1(m_known), b2(m_edit);
    m_known->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    m_edit->setDate(date.isValid() ? date : QDate::currentDate());
    emitChanged();
}

void OptionalDateEdit::emitChanged()
{
    emit dateChanged(date());
}

} // namespace xj
