#include "RegistryDetailsPanel.h"

#include "MediaRecords.h"
#include "PostingTimeline.h"
#include "Vocabulary.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xj {

static QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

static QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

RegistryDetailsPanel::RegistryDetailsPanel(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_form(new QFormLayout), m_historyTitle(new QLabel(tr("Status history"), this)), m_history(new QTreeWidget(this)),
      m_timelineTitle(new QLabel(this)), m_timeline(new PostingTimeline(this))
{
    setObjectName(QStringLiteral("detailsPanel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);

    auto *formHost = new QWidget;
    formHost->setLayout(m_form);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setContentsMargins(0, 6, 0, 0);

    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setHeaderLabels({tr("Date"), tr("Status"), tr("Reason"), tr("Source")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(false);
    m_history->header()->setStretchLastSection(false);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_history->header()->setSectionResizeMode(3, QHeaderView::Interactive); // sized in showHistory()

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(formHost); // as tall as the form; the history takes the rest
    layout->addSpacing(8);
    m_timelineTitle->setFont(bold);
    m_timelineTitle->setObjectName(QStringLiteral("timelineTitle"));
    m_timelineTitle->setWordWrap(true);
    layout->addWidget(m_timelineTitle);
    layout->addWidget(m_timeline);
    layout->addSpacing(8);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);
    layout->addStretch(0); // takes the space when there is no history (units)
    showObject(RegistryTab::Websites, 0);
}

QString RegistryDetailsPanel::sourceLabel(const QString &source)
{
    static const QString initial = QStringLiteral("initial:");
    if (source.startsWith(initial))
        return tr("%1 (date first seen)").arg(sourceLabel(source.mid(initial.size())));
    if (source == QLatin1String("gui"))
        return tr("entered by hand");
    if (source.startsWith(QLatin1String("import:")))
        return tr("import of %1").arg(source.mid(7));
    return source;
}

void RegistryDetailsPanel::showObject(RegistryTab tab, qint64 id)
{
    m_tab = tab;
    m_id = id;
    refresh();
}

void RegistryDetailsPanel::refresh()
{
    clearForm();
    m_history->clear();
    m_timelineTitle->hide();
    m_timeline->hide();
    m_timeline->clear();
    const bool hasHistory = m_tab != RegistryTab::Units;
    m_historyTitle->setVisible(hasHistory && m_id);
    m_history->setVisible(hasHistory && m_id);
    bool found = false;
    if (m_id && (m_tab == RegistryTab::Websites || m_tab == RegistryTab::Channels)) {
        if (const auto s = m_store.site(m_id)) {
            showSite(*s);
            showHistory(ObjectType::Site, s->id);
            found = true;
        }
    } else if (m_id && m_tab == RegistryTab::Accounts) {
        if (const auto a = m_store.account(m_id)) {
            showAccount(*a);
            showPosts(*a);
            showHistory(ObjectType::Account, a->id);
            found = true;
        }
    } else if (m_id && m_tab == RegistryTab::Units) {
        if (const auto u = m_store.unit(m_id)) {
            showUnit(*u);
            found = true;
        }
    }
    if (!found) {
        m_title->setText(tr("Nothing selected"));
        m_subtitle->setText(tr("Select a row to see its details and status history."));
        m_historyTitle->hide();
        m_history->hide();
    }
}

void RegistryDetailsPanel::clearForm()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void RegistryDetailsPanel::addRow(const QString &label, const QString &value)
{
    auto *v = new QLabel(orDash(value));
    v->setWordWrap(true);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, v);
}

void RegistryDetailsPanel::addExtras(const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        addRow(it.key() + QLatin1Char(':'), it.value().toVariant().toString());
}

QString RegistryDetailsPanel::unitName(qint64 id) const
{
    const auto u = id > 0 ? m_store.unit(id) : std::nullopt;
    return u ? u->name : QString();
}

void RegistryDetailsPanel::showSite(const Site &s)
{
    m_title->setText(s.name);
    m_subtitle->setText(QStringLiteral("%1 · %2").arg(Vocabulary<SiteKind>::label(s.kind), Vocabulary<ObjectStatus>::label(s.status)));
    auto *url = new QLabel(QStringLiteral("<a href=\"%1\">%1</a>").arg(s.url.toHtmlEscaped()));
    url->setOpenExternalLinks(true);
    url->setToolTip(s.url);
    url->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long URL must not widen the panel
    url->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_form->addRow(tr("URL:"), url);
    addRow(tr("Site code:"), s.siteCode);
    addRow(tr("ICP record:"), s.icp);
    addRow(tr("Public security record:"), s.policeRecord);
    addRow(tr("Owner unit:"), unitName(s.ownerId));
    if (s.kind == SiteKind::Channel) {
        const auto host = s.parentId ? m_store.site(s.parentId) : std::nullopt;
        addRow(tr("Hosting site:"), host ? host->name : QString());
    }
    addRow(tr("Opened:"), dateText(s.opened));
    addRow(tr("Registered:"), dateText(s.registered));
    addRow(tr("Columns:"), QString::number(m_store.columns(s.id).size()));
    addExtras(s.extra);
}

void RegistryDetailsPanel::showAccount(const Account &a)
{
    m_title->setText(a.name);
    m_subtitle->setText(QStringLiteral("%1 · %2").arg(Vocabulary<Platform>::label(a.platform), Vocabulary<ObjectStatus>::label(a.status)));
    QString actual = a.actualName;
    if (!actual.isEmpty() && actual != a.name)
        actual = tr("%1 (differs from the registered name)").arg(actual);
    addRow(tr("Actual name:"), actual);
    addRow(tr("Account ID:"), a.accountId);
    addRow(tr("Owner unit:"), unitName(a.ownerId));
    addRow(tr("Opened:"), dateText(a.opened));
    addRow(tr("Registered:"), dateText(a.registered));
    addExtras(a.extra);
}

void RegistryDetailsPanel::showPosts(const Account &a)
{
    const QList<Round> rounds = m_store.rounds(); // newest first
    if (rounds.isEmpty())
        return;
    const Round &r = rounds.first();
    const QDate asOf = r.asOf.isValid() ? r.asOf : r.windowTo;
    QList<QDate> days;
    // Every post up to the as-of date: the last one before the window measures the first gap.
    for (const Post &p : MediaRecords(m_store).posts(a.id, {}, QDateTime(asOf.addDays(1), QTime(0, 0))))
        days.append(p.published.toLocalTime().date());
    m_timeline->setData(r.windowFrom, r.windowTo, asOf, days);
    m_timelineTitle->setText(tr("Posts in %1 (gaps from %2 days highlighted, over %3 in red)")
                                 .arg(r.id)
                                 .arg(PostingTimeline::kWarnDays)
                                 .arg(PostingTimeline::kLimitDays));
    m_timelineTitle->setToolTip(m_timeline->summary());
    m_timelineTitle->show();
    m_timeline->show();
}

void RegistryDetailsPanel::showUnit(const Unit &u)
{
    m_title->setText(u.name);
    m_subtitle->setText(Vocabulary<UnitKind>::label(u.kind));
    addRow(tr("Parent unit:"), unitName(u.parentId));
    addRow(tr("Contact:"), u.contact);
    addRow(tr("Phone:"), u.phone);
    addRow(tr("Runs:"), tr("websites and channels: %1; new-media accounts: %2")
                            .arg(m_store.ownedCount(ObjectType::Site, u.id))
                            .arg(m_store.ownedCount(ObjectType::Account, u.id)));
    addExtras(u.extra);
}

void RegistryDetailsPanel::showHistory(ObjectType type, qint64 id)
{
    const QList<StatusChange> history = m_store.history(type, id);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_history, {dateText(it->effective), Vocabulary<StatusEvent>::label(it->event),
                                                     it->reason, sourceLabel(it->source)});
        item->setData(0, Qt::UserRole, it->id);
        item->setToolTip(2, it->reason);
        item->setToolTip(3, tr("%1, recorded %2")
                                .arg(sourceLabel(it->source), it->recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    m_historyTitle->setText(tr("Status history (%1)").arg(history.size()));
    // The source is often long ("import of accounts.csv"): at most a third of the width, the rest to the reason.
    m_history->resizeColumnToContents(3);
    m_history->setColumnWidth(3, std::min(m_history->columnWidth(3) + 8, std::max(90, m_history->viewport()->width() / 3)));
}

} // namespace xj
