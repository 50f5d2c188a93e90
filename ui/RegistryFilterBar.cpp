#include "RegistryFilterBar.h"

#include "Vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace xj {

template <typename E>
static void addTerms(QComboBox *combo, const QString &all, bool (*keep)(E) = nullptr)
{
    combo->addItem(all, QString());
    for (E v : Vocabulary<E>::values())
        if (!keep || keep(v))
            combo->addItem(Vocabulary<E>::label(v), Vocabulary<E>::code(v));
}

RegistryFilterBar::RegistryFilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit), m_kind(new QComboBox), m_status(new QComboBox), m_unit(new QComboBox),
      m_count(new QLabel), m_delay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search names, URLs, site codes, account IDs, units…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    addTerms<ObjectStatus>(m_status, tr("All statuses"));
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_unit->setMaxVisibleItems(24);
    m_unit->setMinimumContentsLength(14);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setToolTip(tr("The owner unit, with the units under it"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setToolTip(tr("Shown / all entries of this tab"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("000000 / 000000")));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_delay, &QTimer::timeout, this, &RegistryFilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_kindOfTab.insert(int(m_tab), m_kind->currentData().toString());
        emitChanged();
    });
    connect(m_status, &QComboBox::activated, this, &RegistryFilterBar::emitChanged);
    connect(m_unit, &QComboBox::activated, this, &RegistryFilterBar::emitChanged);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 2);
    row->addWidget(m_kind);
    row->addWidget(m_status);
    row->addWidget(m_unit, 1);
    row->addWidget(m_count);
    fillKinds();
}

void RegistryFilterBar::setTab(RegistryTab tab)
{
    m_tab = tab;
    fillKinds();
    m_status->setVisible(tab != RegistryTab::Units);
}

void RegistryFilterBar::fillKinds()
{
    m_kind->clear();
    switch (m_tab) {
    case RegistryTab::Websites:
        addTerms<SiteKind>(m_kind, tr("All kinds"), [](SiteKind k) { return k != SiteKind::Channel; });
        break;
    case RegistryTab::Channels:
        break;
    case RegistryTab::Accounts:
        addTerms<Platform>(m_kind, tr("All platforms"));
        break;
    case RegistryTab::Units:
        addTerms<UnitKind>(m_kind, tr("All unit kinds"));
        break;
    }
    m_kind->setVisible(m_kind->count() > 0);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m_kindOfTab.value(int(m_tab)))));
}

void RegistryFilterBar::setUnits(const QList<Unit> &units)
{
    const qint64 chosen = m_unit->currentData().toLongLong();
    m_unit->clear();
    m_unit->addItem(tr("All units"), qint64(0));
    for (const Unit &u : units)
        m_unit->addItem(u.name, u.id);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(chosen)));
}

RegistryFilter RegistryFilterBar::filter() const
{
    RegistryFilter f;
    f.text = m_search->text().trimmed();
    f.kind = m_kindOfTab.value(int(m_tab));
    f.status = m_tab == RegistryTab::Units ? QString() : m_status->currentData().toString();
    f.unitId = m_unit->currentData().toLongLong();
    return f;
}

void RegistryFilterBar::setCount(int shown, int total)
{
    m_count->setText(QStringLiteral("%1 / %2").arg(shown).arg(total));
}

bool RegistryFilterBar::isSettled() const
{
    return !m_delay->isActive();
}

void RegistryFilterBar::emitChanged()
{
    m_delay->stop();
    emit changed();
}

} // namespace xj
