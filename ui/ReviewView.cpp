#include "ReviewView.h"

#include "EvidenceScheme.h"
#include "FindingsModel.h"
#include "IndicatorCatalog.h"
#include "ReviewBrowser.h"
#include "ReviewDecisionBar.h"
#include "ReviewFilterModel.h"
#include "ReviewPane.h"
#include "ReviewRecords.h"
#include "RenderedDarkLinks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QWebEngineUrlScheme>


namespace xj {

namespace {
constexpr int kEchoMs = 250; // a pane scrolled to follow the other ignores its own echo this long
}

ReviewView::ReviewView(Store &store, QWidget *parent)
    : AreaPage(parent), m_store(store), m_findings(new FindingsModel(store, this)), m_filter(new ReviewFilterModel(m_findings, this))
{
    setObjectName(QStringLiteral("reviewView"));
    m_progress = new QLabel; // before the list: its signals update it
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    auto *outer = new QSplitter(Qt::Horizontal);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildFilters());
    leftLayout->addWidget(buildList(), 1);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(buildChecklistRoutes());
    leftLayout->addLayout(progressRow);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(buildPanes(), 1);
    m_decisions = new ReviewDecisionBar(store);
    rightLayout->addWidget(m_decisions);
    outer->addWidget(left);
    outer->addWidget(right);
    outer->setStretchFactor(0, 2);
    outer->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(outer);

    connect(m_decisions, &ReviewDecisionBar::decided, this, &ReviewView::onDecided);
    connect(m_decisions, &ReviewDecisionBar::manualFiled, this, [this](qint64 id) {
        refreshFindings();
        fillFilters();
        selectFinding(id);
    });
    connect(m_decisions, &ReviewDecisionBar::screenshotRequested, this, [this] {
        if (ReviewPane *pane = leftPane())
            m_decisions->addScreenshot(pane->screenshot(), pane->originalUrl().toString(), pane->paneCode());
    });
    connect(m_decisions, &ReviewDecisionBar::manualFindingRequested, this, [this] {
        ReviewPane *pane = rightPane() && !rightPane()->selectedText().isEmpty() ? rightPane() : leftPane();
        const auto current = currentFinding();
        if (pane)
            m_decisions->addManualFinding(pane->originalUrl().toString(), pane->selectedText(), pane->screenshot());
        else
            m_decisions->addManualFinding(current ? current->url : QString(), QString(), QByteArray());
    });
    buildShortcuts();
    reload();
}

ReviewView::~ReviewView()
{
    // The panes' pages go before the browser profile (QtWebEngine requires it).
    delete m_paneSplitter;
    m_left = m_right = nullptr;
}

void ReviewView::showEvent(QShowEvent *event)
{
    AreaPage::showEvent(event);
    if (m_panesTried)
        refreshFindings(); // decided or re-checked elsewhere since the area was last shown
    ensurePanes();
}

ReviewPane *ReviewView::leftPane()
{
    ensurePanes();
    return m_left;
}

ReviewPane *ReviewView::rightPane()
{
    ensurePanes();
    return m_right;
}

QWidget *ReviewView::buildFilters()
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_rounds = new QComboBox;
    m_rounds->setObjectName(QStringLiteral("reviewRoundBox"));
    m_indicator = new QComboBox;
    m_severity = new QComboBox;
    m_state = new QComboBox;
    m_unit = new QComboBox;
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search target, page, link, evidence"));
    m_search->setClearButtonEnabled(true);
    grid->addWidget(new QLabel(tr("Round")), 0, 0);
    grid->addWidget(m_rounds, 0, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Indicator")), 1, 0);
    grid->addWidget(m_indicator, 1, 1);
    grid->addWidget(new QLabel(tr("Severity")), 1, 2);
    grid->addWidget(m_severity, 1, 3);
    grid->addWidget(new QLabel(tr("State")), 2, 0);
    grid->addWidget(m_state, 2, 1);
    grid->addWidget(new QLabel(tr("Unit")), 2, 2);
    grid->addWidget(m_unit, 2, 3);
    grid->addWidget(m_search, 3, 0, 1, 4);
    m_severity->addItem(tr("All"), QString());
    for (const char *s : {"veto", "deduct", "notice", "manual"})
        m_severity->addItem(FindingsModel::severityLabel(QLatin1String(s)), QLatin1String(s));
    m_state->addItem(tr("All"), QString());
    for (const char *s : {"pending", "confirmed", "dismissed"})
        m_state->addItem(FindingsModel::stateLabel(QLatin1String(s)), QLatin1String(s));
    connect(m_rounds, &QComboBox::activated, this, [this] {
        m_findings->load(roundId());
        readAssignedUnits();
        fillFilters();
        updateProgress();
        if (m_filter->rowCount() > 0)
            m_list->selectRow(0);
    });
    connect(m_indicator, &QComboBox::activated, this, [this] { m_filter->setIndicator(m_indicator->currentData().toString()); });
    connect(m_severity, &QComboBox::activated, this, [this] { m_filter->setSeverity(m_severity->currentData().toString()); });
    connect(m_state, &QComboBox::activated, this, [this] { m_filter->setState(m_state->currentData().toString()); });
    connect(m_unit, &QComboBox::activated, this, [this] { m_filter->setUnit(m_unit->currentData().toLongLong()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &ReviewFilterModel::setSearch);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ReviewView::updateProgress);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ReviewView::updateProgress);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ReviewView::updateProgress);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ReviewView::updateProgress);
    return box;
}

QWidget *ReviewView::buildList()
{
    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("reviewFindings"));
    m_list->setModel(m_filter);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(-1, Qt::AscendingOrder); // the store's order until a header is clicked
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int c : {FindingsModel::Url, FindingsModel::Link, FindingsModel::Points})
        m_list->hideColumn(c);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewView::showCurrent);
    return m_list;
}

QWidget *ReviewView::buildPanes()
{
    m_panesBox = new QWidget;
    auto *layout = new QVBoxLayout(m_panesBox);
    layout->setContentsMargins(0, 0, 0, 0);
    m_paneSplitter = new QSplitter(Qt::Horizontal);
    m_scrollTogether = new QCheckBox(tr("Scroll together"));
    m_scrollTogether->setChecked(true);
    layout->addWidget(m_paneSplitter, 1);
    layout->addWidget(m_scrollTogether);
    return m_panesBox;
}

QString ReviewView::browserUnavailableReason()
{
    if (QWebEngineUrlScheme::schemeByName(EvidenceUrl::scheme()).name().isEmpty())
        return tr("The page view is not available: the evidence scheme was not registered at start-up.");
    return {};
}

void ReviewView::ensurePanes()
{
    if (m_left || m_panesTried)
        return;
    m_panesTried = true;
    const QString unavailable = browserUnavailableReason();
    if (!unavailable.isEmpty()) {
        auto *why = new QLabel(unavailable);
        why->setObjectName(QStringLiteral("browserUnavailable"));
        why->setWordWrap(true);
        why->setAlignment(Qt::AlignCenter);
        m_paneSplitter->addWidget(why);
        return;
    }
    // Chromium's flags and runtime folder as the rendered check sets them (--no-sandbox as root,
    // no GPU): the first profile starts the browser process, after which they are fixed.
    RenderedDarkLinks::prepareEnvironment();
    m_profile = std::make_unique<ReviewBrowserProfile>(m_store);
    m_left = new ReviewPane(m_store, m_profile.get(), ReviewPane::Mode::Captured);
    m_left->setObjectName(QStringLiteral("leftPane"));
    m_right = new ReviewPane(m_store, m_profile.get(), ReviewPane::Mode::Live);
    m_right->setObjectName(QStringLiteral("rightPane"));
    m_paneSplitter->addWidget(m_left);
    m_paneSplitter->addWidget(m_right);
    connect(m_left, &ReviewPane::scrolled, this, [this](const QPointF &pos) { follow(m_left, m_right, pos); });
    connect(m_right, &ReviewPane::scrolled, this, [this](const QPointF &pos) { follow(m_right, m_left, pos); });
    for (ReviewPane *pane : {m_left, m_right})
        connect(pane, &ReviewPane::regionCaptured, this, [this, pane](const QByteArray &png, const QRect &region) {
            m_decisions->addScreenshot(png, pane->originalUrl().toString(), pane->paneCode(), region);
        });
    m_shownId = 0;
    showCurrent();
}

void ReviewView::follow(ReviewPane *from, ReviewPane *to, const QPointF &pos)
{
    if (!m_scrollTogether->isChecked())
        return;
    if (from == m_follower && m_followClock.isValid() && m_followClock.elapsed() < kEchoMs)
        return; // it only followed
    m_follower = to;
    m_followClock.start();
    to->scrollPageTo(pos);
}

void ReviewView::reload()
{
    const QString keep = roundId();
    m_rounds->clear();
    QList<Round> rounds = m_store.rounds();
    std::sort(rounds.begin(), rounds.end(), [](const Round &a, const Round &b) { return a.windowFrom > b.windowFrom; });
    for (const Round &r : std::as_const(rounds))
        m_rounds->addItem(tr("%1 (%2 to %3)").arg(r.id, r.windowFrom.toString(Qt::ISODate), r.windowTo.toString(Qt::ISODate)), r.id);
    const int at = m_rounds->findData(keep);
    m_rounds->setCurrentIndex(at >= 0 ? at : 0);
    m_findings->forgetNames();
    m_findings->load(roundId());
    readAssignedUnits();
    fillFilters();
    m_decisions->reloadUnits();
    updateProgress();
    if (!currentFinding() && m_filter->rowCount() > 0)
        m_list->selectRow(0);
}

void ReviewView::fillFilters()
{
    const QString indicator = m_indicator->currentData().toString();
    const qint64 unit = m_unit->currentData().toLongLong();
    m_indicator->clear();
    m_indicator->addItem(tr("All"), QString());
    QStringList codes;
    for (int r = 0; r < m_findings->rowCount(); ++r)
        if (!codes.contains(m_findings->finding(r).indicator))
            codes << m_findings->finding(r).indicator;
    codes.sort();
    for (const QString &code : std::as_const(codes)) {
        const IndicatorInfo *info = IndicatorCatalog::byCode(code);
        m_indicator->addItem(info ? QStringLiteral("%1 %2").arg(code, info->zh) : code, code);
    }
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(indicator)));
    m_filter->setIndicator(m_indicator->currentData().toString());
    m_unit->clear();
    m_unit->addItem(tr("All"), qint64(0));
    for (const Unit &u : m_store.units())
        m_unit->addItem(u.name, u.id);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unit)));
    m_filter->setUnit(m_unit->currentData().toLongLong());
}

QString ReviewView::roundId() const
{
    return m_rounds->currentData().toString();
}

bool ReviewView::selectRound(const QString &id)
{
    const int at = m_rounds->findData(id);
    if (at < 0)
        return false;
    m_rounds->setCurrentIndex(at);
    emit m_rounds->activated(at);
    return true;
}

std::optional<Finding> ReviewView::currentFinding() const
{
    const QModelIndex current = m_filter->mapToSource(m_list->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_findings->finding(current.row());
}

bool ReviewView::selectFinding(qint64 findingId)
{
    const int row = m_findings->rowOf(findingId);
    const QModelIndex at = row >= 0 ? m_filter->mapFromSource(m_findings->index(row, 0)) : QModelIndex();
    if (!at.isValid())
        return false;
    m_list->selectRow(at.row());
    return true;
}

bool ReviewView::step(int delta)
{
    const int rows = m_filter->rowCount();
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int next = current < 0 ? (delta > 0 ? 0 : rows - 1) : current + delta;
    if (rows == 0 || next < 0 || next >= rows)
        return false;
    m_list->selectRow(next);
    m_list->scrollTo(m_filter->index(next, 0));
    return true;
}

void ReviewView::showCurrent()
{
    const auto f = currentFinding();
    m_decisions->setFinding(f);
    if (!m_left)
        return; // shown when the panes are made
    if (!f) {
        m_shownId = 0;
        m_left->clear();
        m_right->clear();
        return;
    }
    if (f->id == m_shownId)
        return; // the same finding after a decision: the pages stay as they are
    m_shownId = f->id;
    m_left->showFinding(*f);
    m_right->showFinding(*f);
}

void ReviewView::readAssignedUnits()
{
    QHash<qint64, qint64> units;
    const QHash<qint64, FindingReview> reviews = m_decisions->records().reviews(roundId());
    for (auto it = reviews.begin(); it != reviews.end(); ++it)
        if (it->unitId > 0)
            units.insert(it.key(), it->unitId);
    m_filter->setAssignedUnits(units);
}

void ReviewView::onDecided(const Finding &finding)
{
    m_findings->replace(finding);
    if (const auto review = m_decisions->review(); review && review->findingId == finding.id)
        m_filter->setAssignedUnit(finding.id, review->unitId);
    m_decisions->setFinding(currentFinding());
    updateProgress();
}

void ReviewView::refreshFindings()
{
    const auto current = currentFinding();
    m_findings->load(roundId());
    readAssignedUnits();
    if (current)
        selectFinding(current->id);
    updateProgress();
}

QPair<int, int> ReviewView::progress() const
{
    int decided = 0;
    const int rows = m_filter->rowCount();
    for (int r = 0; r < rows; ++r)
        if (m_findings->finding(m_filter->mapToSource(m_filter->index(r, 0)).row()).state != QLatin1String("pending"))
            ++decided;
    return {decided, rows};
}

void ReviewView::updateProgress()
{
    const auto [decided, rows] = progress();
    m_progress->setText(tr("Reviewed %1 / %2").arg(decided).arg(rows));
}

bool ReviewView::isSettled() const
{
    return !m_left || (!m_left->isLoading() && !m_right->isLoading());
}

} // namespace xj
