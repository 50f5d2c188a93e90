#include "ScoreCardView.h"

#include "Store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QThread>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace xj {

namespace {

// Data role of the group items: which group ("counted", "pending", "not-counted").
constexpr int kGroupRole = Qt::UserRole + 2;
// An indicator item with more findings than this starts collapsed.
constexpr int kExpandedFindings = 10;

QString number(double points)
{
    return QString::number(points, 'g', 10);
}

} // namespace

ScoreCardView::ScoreCardView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_subtitle(new QLabel), m_verdict(new QLabel), m_pending(new QLabel), m_note(new QLabel),
      m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("scoreCardView"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("scoreVerdict"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_verdict->setFont(bold);
    m_pending->setObjectName(QStringLiteral("scorePending"));
    m_pending->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("scoreNote"));
    m_note->setWordWrap(true);

    m_tree->setObjectName(QStringLiteral("scoreTree"));
    m_tree->setHeaderLabels({tr("Indicator / finding"), tr("Points"), tr("State"), tr("Page"), tr("Evidence")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item ? item->data(0, FindingIdRole).toLongLong() : 0;
        if (id > 0)
            emit findingActivated(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_verdict);
    layout->addWidget(m_pending);
    layout->addWidget(m_note);
    layout->addWidget(m_tree, 1);
    showError(QString());
}

ScoreCardView::~ScoreCardView()
{
    ++m_generation; // nothing still on its way is delivered
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

void ScoreCardView::load(const StoreLocation &location, const QString &roundId, ObjectType type, qint64 id)
{
    reap();
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_verdict->setText(tr("Reading the findings…"));
    // The destructor waits for the thread, so `this` outlives it; a call queued to a view that
    // is deleted meanwhile is dropped with it.
    QThread *thread = QThread::create([this, location, roundId, type, id, generation] {
        QString error;
        std::optional<ScoreCard> card;
        if (auto store = Store::open(location, &error))
            card = ScoreCard::load(*store, roundId, type, id, &error); // the store closes here, on its thread
        QMetaObject::invokeMethod(this, [this, generation, card, error] {
            if (generation != m_generation)
                return; // superseded by a newer load()
            m_loading = false;
            if (card)
                setCard(*card);
            else
                showError(error);
            emit loaded();
        }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("xj-scorecard"));
    m_threads.append(thread);
    thread->start();
}

void ScoreCardView::reap()
{
    for (auto it = m_threads.begin(); it != m_threads.end();) {
        if ((*it)->isFinished()) {
            (*it)->wait();
            delete *it;
            it = m_threads.erase(it);
        } else {
            ++it;
        }
    }
}

void ScoreCardView::showError(const QString &error)
{
    m_card.reset();
    m_title->setText(error.isEmpty() ? tr("No score card") : tr("The score card cannot be shown"));
    m_subtitle->setText(error);
    m_verdict->clear();
    m_pending->hide();
    m_note->hide();
    m_tree->clear();
}

void ScoreCardView::setCard(const ScoreCard &card)
{
    m_card = card;
    const ObjectVerdict &v = card.verdict;
    m_title->setText(v.name);
    const Round &r = card.round;
    m_subtitle->setText(tr("%1 · %2 · round %3 (as of %4) · judged by %5")
                            .arg(v.kind, card.unit.isEmpty() ? tr("no owner unit") : card.unit, r.id,
                                 (r.asOf.isValid() ? r.asOf : r.windowTo).toString(Qt::ISODate), card.setLabel));
    QString verdict;
    if (!v.vetoes.isEmpty())
        verdict = tr("Failed: veto %1").arg(v.vetoes.join(QStringLiteral(", ")));
    else if (!v.passed)
        verdict = tr("Failed: score %1").arg(number(v.score));
    else if (v.scored)
        verdict = tr("Passed: score %1").arg(number(v.score));
    else
        verdict = tr("Passed: no veto (accounts are judged by vetoes only)");
    m_verdict->setText(verdict);
    m_verdict->setStyleSheet(v.passed ? QStringLiteral("color: #1b7a2f;") : QStringLiteral("color: #b3261e;"));

    const int pending = int(v.pendingFindingIds.size());
    if (pending > 0) {
        QStringList ifConfirmed = v.pendingVetoes;
        if (v.scored)
            ifConfirmed << tr("score %1").arg(number(v.scoreIfConfirmed));
        const QString what = ifConfirmed.join(QStringLiteral(", "));
        const bool wouldFail = v.passed && v.wouldFailIfConfirmed;
        m_pending->setText(wouldFail ? tr("Would fail if confirmed: %n finding(s) awaiting review (%1). Not counted until confirmed.", nullptr, pending).arg(what)
                                     : tr("%n finding(s) awaiting review, not counted; if confirmed: %1.", nullptr, pending).arg(what));
        m_pending->setStyleSheet(wouldFail ? QStringLiteral("color: #a35200; font-weight: bold;") : QString());
        m_pending->show();
    } else {
        m_pending->hide();
    }
    m_note->setText(tr("Not among the objects the round checked (not running at its as-of date): judged here for reference only."));
    m_note->setVisible(!card.checked);
    fillTree(card);
}

void ScoreCardView::fillTree(const ScoreCard &card)
{
    m_tree->clear();
    const bool passed = card.verdict.passed;
    auto stateText = [](const QString &state) {
        if (state == QLatin1String("confirmed"))
            return tr("confirmed");
        if (state == QLatin1String("dismissed"))
            return tr("dismissed");
        return tr("pending");
    };
    auto group = [this](const QString &key, const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setData(0, kGroupRole, key);
        item->setFirstColumnSpanned(true);
        return item;
    };
    auto indicator = [](QTreeWidgetItem *parent, const IndicatorScore &s, const QString &points, const QList<Finding> &findings) {
        auto *item = new QTreeWidgetItem(parent, {QStringLiteral("%1 %2").arg(s.code, s.name), points});
        item->setData(0, IndicatorCodeRole, s.code);
        item->setToolTip(0, tr("%n finding(s)", nullptr, int(findings.size())));
        return item;
    };
    auto addFindings = [&](QTreeWidgetItem *parent, const QList<Finding> &findings, bool withPoints) {
        for (const Finding &f : findings) {
            const QString page = f.link.isEmpty() ? f.url : tr("%1 → %2").arg(f.url, f.link);
            auto *item = new QTreeWidgetItem(parent, {tr("finding %1").arg(f.id), withPoints ? number(f.points) : QString(),
                                                      stateText(f.state), page, f.evidence});
            item->setData(0, FindingIdRole, f.id);
            item->setToolTip(3, page);
            item->setToolTip(4, f.evidence);
            item->setToolTip(0, tr("Double-click to open the finding"));
        }
        parent->setExpanded(findings.size() <= kExpandedFindings);
    };

    // What counts: the verdict's own points.
    QTreeWidgetItem *counted = nullptr;
    for (const IndicatorScore &s : card.indicators) {
        if (s.counted.isEmpty())
            continue;
        if (!counted)
            counted = group(QStringLiteral("counted"), tr("Counted"));
        QString points;
        if (s.severity == QLatin1String("veto"))
            points = tr("veto");
        else if (s.severity == QLatin1String("deduct"))
            points = s.raw > s.capped ? tr("−%1 (%2 before the cap of %3)").arg(number(s.capped), number(s.raw), number(s.maxPoints))
                                      : s.maxPoints > 0 ? tr("−%1 (cap %2)").arg(number(s.capped), number(s.maxPoints))
                                                        : tr("−%1").arg(number(s.capped));
        else
            points = tr("notice");
        addFindings(indicator(counted, s, points, s.counted), s.counted, s.severity == QLatin1String("deduct"));
    }
    // Awaiting review: shown apart, with what confirming them would do.
    QTreeWidgetItem *pending = nullptr;
    for (const IndicatorScore &s : card.indicators) {
        if (s.pending.isEmpty())
            continue;
        if (!pending) {
            const ObjectVerdict &v = card.verdict;
            pending = group(QStringLiteral("pending"), passed && v.wouldFailIfConfirmed ? tr("Awaiting review — would fail if confirmed")
                                                                                        : tr("Awaiting review — not counted"));
        }
        const QString points = s.severity == QLatin1String("veto") ? tr("veto if confirmed") : tr("−%1 more if confirmed").arg(number(s.pendingPoints));
        addFindings(indicator(pending, s, points, s.pending), s.pending, s.severity == QLatin1String("deduct"));
    }
    QTreeWidgetItem *other = nullptr;
    for (const IndicatorScore &s : card.indicators) {
        if (s.notCounted.isEmpty())
            continue;
        if (!other)
            other = group(QStringLiteral("not-counted"), tr("Not counted (dismissed, disabled, or a notice awaiting review)"));
        addFindings(indicator(other, s, s.enabled ? QString() : tr("disabled"), s.notCounted), s.notCounted, false);
    }
    if (counted)
        counted->setExpanded(true);
    if (pending)
        pending->setExpanded(true);
    if (other)
        other->setExpanded(false);
    if (!counted && !pending && !other)
        group(QString(), tr("No findings: nothing was deducted."));
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    // A long page address must not push the evidence out of sight.
    m_tree->resizeColumnToContents(3);
    m_tree->setColumnWidth(3, std::min(360, std::max(120, m_tree->columnWidth(3))));
}

QTreeWidgetItem *ScoreCardView::findingItem(qint64 findingId) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, FindingIdRole).toLongLong() == findingId)
            return *it;
    return nullptr;
}

QTreeWidgetItem *ScoreCardView::indicatorItem(const QString &group, const QString &code) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_tree->topLevelItem(i);
        if (g->data(0, kGroupRole).toString() != group)
            continue;
        for (int j = 0; j < g->childCount(); ++j)
            if (g->child(j)->data(0, IndicatorCodeRole).toString() == code)
                return g->child(j);
    }
    return nullptr;
}

ScoreCardDialog::ScoreCardDialog(const StoreLocation &location, const QString &roundId, ObjectType type, qint64 id, QWidget *parent)
    : QDialog(parent), m_view(new ScoreCardView), m_roundId(roundId), m_type(type), m_id(id)
{
    setObjectName(QStringLiteral("scoreCardDialog"));
    setWindowTitle(tr("Score card"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &ScoreCardView::loaded, this, [this] {
        if (const auto &card = m_view->card())
            setWindowTitle(tr("Score card: %1 (%2)").arg(card->verdict.name, card->round.id));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 560);
    m_view->load(location, roundId, type, id);
}

} // namespace xj
