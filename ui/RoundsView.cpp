#include "RoundsView.h"

#include "MediaRecords.h"
#include "RanksDialog.h"
#include "Vocabulary.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xj {

RoundsView::RoundsView(Store &store, QWidget *parent)
    : AreaPage(parent), m_store(store), m_list(new QTreeWidget), m_empty(new QLabel)
{
    setObjectName(QStringLiteral("roundsView"));
    auto *intro = new QLabel(tr("A round checks every running website, channel and account over its window, against the "
                                "registry as it stood on the as-of date, and ends with the bulletin."));
    intro->setWordWrap(true);
    auto *newRound = new QPushButton(tr("&New round…"));
    newRound->setObjectName(QStringLiteral("newRoundButton"));
    connect(newRound, &QPushButton::clicked, this, [this] { emit viewRequested(QStringLiteral("new-round")); });

    m_ranks = new QPushButton(tr("Province &ranks…"));
    m_ranks->setObjectName(QStringLiteral("ranksButton"));
    m_ranks->setEnabled(false);
    connect(m_ranks, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        RanksDialog dialog(m_store, item->data(0, Qt::UserRole).toString(), this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });

    m_list->setObjectName(QStringLiteral("roundsList"));
    m_list->setHeaderLabels({tr("Round"), tr("Window"), tr("As of"), tr("State"), tr("Catalog ranks (linked / open)"), tr("Created")});
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) { m_ranks->setEnabled(current); });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_empty->setText(tr("No rounds yet. Open the first one with New round…"));
    m_empty->setAlignment(Qt::AlignCenter);

    auto *top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(newRound, 0, Qt::AlignTop);
    top->addWidget(m_ranks, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    reload();
}

void RoundsView::reload()
{
    m_list->clear();
    const QList<Round> rounds = m_store.rounds();
    const MediaRecords media(m_store);
    for (const Round &r : rounds) {
        const QString window = tr("%1 to %2").arg(r.windowFrom.toString(Qt::ISODate), r.windowTo.toString(Qt::ISODate));
        const auto [linked, open] = media.ranks(r.id);
        auto rank = [](const std::optional<int> &v) { return v ? QString::number(*v) : QStringLiteral("–"); };
        auto *item = new QTreeWidgetItem(m_list, {r.id, window, r.asOf.toString(Qt::ISODate), Vocabulary<RoundState>::label(r.state),
                                                  rank(linked) + QStringLiteral(" / ") + rank(open),
                                                  r.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
        item->setData(0, Qt::UserRole, r.id);
    }
    for (int c = 0; c < 5; ++c)
        m_list->resizeColumnToContents(c);
    for (int c = 0; c < 5; ++c)
        m_list->setColumnWidth(c, m_list->columnWidth(c) + 24);
    m_empty->setVisible(rounds.isEmpty());
}

} // namespace xj
