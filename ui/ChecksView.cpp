#include "ChecksView.h"

#include "RenderedHomePass.h"

#include "CheckJob.h"
#include "CheckOptionsBox.h"
#include "CheckProgressModel.h"
#include "FindingsModel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace xj {

namespace {
QTableView *table(const char *name, QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed); // every row the same height: no per-row measuring
    rows->setDefaultSectionSize(view->fontMetrics().height() + 8);
    rows->hide();
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}
} // namespace

ChecksView::ChecksView(Store &store, QWidget *parent)
    : AreaPage(parent), m_store(store), m_job(new CheckJob(store.location(), this)), m_rounds(new QComboBox),
      m_runLabel(new QLabel), m_start(new QPushButton(tr("&Start"))), m_stop(new QPushButton(tr("S&top"))),
      m_resume(new QPushButton(tr("&Resume"))), m_render(new QPushButton(tr("Render &home pages"))), m_options(new CheckOptionsBox), m_bar(new QProgressBar),
      m_summary(new QLabel), m_progress(new CheckProgressModel(this)), m_findings(new FindingsModel(store, this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("checksView"));
    m_rounds->setObjectName(QStringLiteral("roundBox"));
    m_rounds->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    m_runLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setToolTip(tr("Start a fresh run of the round: every running site again"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Stop the run; Resume continues it where it stopped"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setToolTip(tr("Continue the round's unfinished run: pages and links already checked are not fetched again"));
    m_bar->setObjectName(QStringLiteral("overallProgress"));
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    connect(m_start, &QPushButton::clicked, this, [this] { startRun(false); });
    connect(m_resume, &QPushButton::clicked, this, [this] { startRun(true); });
    connect(m_stop, &QPushButton::clicked, this, &ChecksView::stopRun);
    m_render->setObjectName(QStringLiteral("renderButton"));
    m_render->setToolTip(tr("Load the home pages of the last finished run in an offscreen browser and report the outside links "
                            "their computed styles hide (暗链, rendered pass)"));
    connect(m_render, &QPushButton::clicked, this, &ChecksView::startRenderedPass);
    connect(m_rounds, &QComboBox::currentIndexChanged, this, &ChecksView::showRound);

    connect(m_job, &CheckJob::started, this, &ChecksView::onStarted);
    connect(m_job, &CheckJob::siteProgress, this, [this](const SiteProgress &p) {
        m_progress->update(p);
        if (!m_totalsLater.isActive())
            m_totalsLater.start();
    });
    connect(m_job, &CheckJob::logMessage, this, &ChecksView::appendLog);
    connect(m_job, &CheckJob::finished, this, &ChecksView::onFinished);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] { refreshFindings(false); });
    m_totalsLater.setSingleShot(true);
    m_totalsLater.setInterval(250);
    connect(&m_totalsLater, &QTimer::timeout, this, &ChecksView::updateTotals);

    auto *top = new QHBoxLayout;
    auto *roundLabel = new QLabel(tr("R&ound:"));
    roundLabel->setBuddy(m_rounds);
    top->addWidget(roundLabel);
    top->addWidget(m_rounds);
    top->addSpacing(12);
    top->addWidget(m_runLabel, 1);
    top->addWidget(m_start);
    top->addWidget(m_stop);
    top->addWidget(m_resume);
    top->addWidget(m_render);
    auto *overall = new QHBoxLayout;
    overall->addWidget(m_bar, 1);
    overall->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("checksSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(buildProgress());
    split->addWidget(buildFindings());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addLayout(top);
    layout->addWidget(m_options);
    layout->addLayout(overall);
    layout->addWidget(split, 1);
    reload();
}

ChecksView::~ChecksView()
{
    // The job stops the run and waits for its thread; nothing it sends arrives here any more.
    m_job->disconnect(this);
    delete m_job;
}

QWidget *ChecksView::buildProgress()
{
    m_progressView = table("progressTable", m_progress);
    QHeaderView *h = m_progressView->horizontalHeader();
    h->setSectionResizeMode(CheckProgressModel::Site, QHeaderView::Stretch);
    for (int c = CheckProgressModel::Pages; c < CheckProgressModel::ColumnCount; ++c)
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_log = new QPlainTextEdit;
    m_log->setObjectName(QStringLiteral("checkLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kLogLines);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Errors and notes of the run appear here."));

    auto *sites = new QGroupBox(tr("Sites"));
    (new QVBoxLayout(sites))->addWidget(m_progressView);
    auto *log = new QGroupBox(tr("Log"));
    (new QVBoxLayout(log))->addWidget(m_log);
    auto *split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);
    split->addWidget(sites);
    split->addWidget(log);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

QWidget *ChecksView::buildFindings()
{
    m_sorted->setSourceModel(m_findings);
    m_sorted->setSortRole(FindingsModel::SortRole);
    m_sorted->setSortLocaleAware(true);
    m_findingsView = table("findingsTable", m_sorted);
    m_findingsView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the store's order until a header is clicked
    m_findingsView->setSortingEnabled(true);
    const int em = m_findingsView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {16, 0, 7, 4, 22, 22, -1, 6}; // in em, by FindingsModel::Column; -1 = stretch
    QHeaderView *h = m_findingsView->horizontalHeader();
    for (int c = 0; c < FindingsModel::ColumnCount; ++c) {
        if (widths[c] < 0)
            h->setSectionResizeMode(c, QHeaderView::Stretch);
        else if (widths[c] > 0)
            h->resizeSection(c, widths[c] * em);
    }
    // The longest indicator code in use, whole.
    h->resizeSection(FindingsModel::Indicator, m_findingsView->fontMetrics().horizontalAdvance(QStringLiteral("W-N-WRONGLINK")) + em);
    m_indicator = new QComboBox;
    m_indicator->setObjectName(QStringLiteral("indicatorFilter"));
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        m_findings->load(roundId(), m_indicator->currentData().toString());
        m_findingsCount->setText(tr("%n finding(s) shown", nullptr, m_findings->rowCount()));
    });
    m_findingsCount = new QLabel;
    m_findingsCount->setObjectName(QStringLiteral("findingsCount"));

    auto *box = new QGroupBox(tr("Findings of the round"));
    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Indicator:"));
    filterLabel->setBuddy(m_indicator);
    bar->addWidget(filterLabel);
    bar->addWidget(m_indicator);
    bar->addStretch(1);
    bar->addWidget(m_findingsCount);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(bar);
    layout->addWidget(m_findingsView, 1);
    return box;
}

void ChecksView::reload()
{
    const QString keep = roundId();
    {
        const QSignalBlocker block(m_rounds);
        m_rounds->clear();
        for (const Round &r : m_store.rounds()) // newest first
            m_rounds->addItem(tr("%1 (%2 to %3)").arg(r.id, r.windowFrom.toString(Qt::ISODate), r.windowTo.toString(Qt::ISODate)), r.id);
        const int at = m_rounds->findData(keep);
        m_rounds->setCurrentIndex(at >= 0 ? at : 0);
    }
    m_findings->forgetNames();
    if (isRunning())
        refreshFindings(true); // the round cannot change while its run goes
    else
        showRound();
}

QString ChecksView::roundId() const
{
    return m_rounds->currentData().toString();
}

bool ChecksView::selectRound(const QString &id)
{
    const int at = m_rounds->findData(id);
    if (at < 0 || isRunning())
        return false;
    m_rounds->setCurrentIndex(at);
    return true;
}

bool ChecksView::isRunning() const
{
    return m_job->isRunning();
}

void ChecksView::showRound()
{
    if (isRunning())
        return;
    readRunState();
    // The round's last run, as the store counted it.
    QList<SiteProgress> sites;
    const QList<CheckRun> runs = roundId().isEmpty() ? QList<CheckRun>() : CheckRecords(m_store).runs(roundId());
    if (!runs.isEmpty()) {
        for (const RunSiteCounts &c : CheckRecords(m_store).siteCounts(runs.last().id)) {
            const auto site = m_store.site(c.siteId);
            sites.append({c.siteId, site ? site->name : QStringLiteral("#%1").arg(c.siteId), c.pagesQueued, c.pagesDone,
                          c.linksQueued, c.linksDone, c.findings});
        }
    }
    m_progress->setAll(sites);
    updateTotals();
    refreshFindings(true);
    updateButtons();
}

void ChecksView::readRunState()
{
    m_resumable = false;
    const QString id = roundId();
    if (id.isEmpty()) {
        m_runLabel->setText(tr("No rounds yet: open one under Inspection rounds."));
        return;
    }
    CheckRecords records(m_store);
    const QList<CheckRun> runs = records.runs(id);
    if (runs.isEmpty()) {
        m_runLabel->setText(tr("Round %1 has not been checked yet.").arg(id));
        return;
    }
    const CheckRun &last = runs.last();
    // Only the newest run is offered: an older one left unfinished was overtaken by a fresh run.
    const auto unfinished = records.unfinishedRun(id);
    m_resumable = unfinished && unfinished->id == last.id;
    auto at = [](const QDateTime &t) { return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    if (last.state == QLatin1String("done"))
        m_runLabel->setText(tr("Last run %1: complete, %2 to %3.").arg(last.id).arg(at(last.startedAt), at(last.finishedAt)));
    else if (last.state == QLatin1String("cancelled"))
        m_runLabel->setText(tr("Last run %1: stopped %2; Resume continues it.").arg(last.id).arg(at(last.finishedAt)));
    else if (last.state == QLatin1String("running"))
        m_runLabel->setText(tr("Last run %1 (started %2) did not finish; Resume continues it.").arg(last.id).arg(at(last.startedAt)));
    else
        m_runLabel->setText(tr("Last run %1 failed (started %2).").arg(last.id).arg(at(last.startedAt)));
}

void ChecksView::updateButtons()
{
    const bool running = isRunning();
    m_start->setEnabled(!running && !roundId().isEmpty());
    m_resume->setEnabled(!running && m_resumable);
    m_stop->setEnabled(running && !m_stopping);
    m_render->setEnabled(!running && !m_renderPass && !roundId().isEmpty());
    m_rounds->setEnabled(!running);
    m_options->setEnabled(!running);
}

void ChecksView::updateTotals()
{
    const SiteProgress t = m_progress->totals();
    const int queued = t.pagesQueued + t.linksQueued;
    const int done = t.pagesDone + t.linksDone;
    if (queued == 0) {
        m_bar->setRange(0, isRunning() ? 0 : 1); // busy until the first page is queued
        m_bar->setValue(0);
    } else {
        m_bar->setRange(0, queued);
        m_bar->setValue(std::min(done, queued));
    }
    m_summary->setText(tr("sites %1 of %2 · pages %3 of %4 · links %5 of %6 · findings %7")
                           .arg(m_progress->sitesDone())
                           .arg(m_progress->rowCount())
                           .arg(t.pagesDone)
                           .arg(t.pagesQueued)
                           .arg(t.linksDone)
                           .arg(t.linksQueued)
                           .arg(t.findings));
}

void ChecksView::refreshFindings(bool force)
{
    const QString id = roundId();
    const QMap<QString, int> counts = id.isEmpty() ? QMap<QString, int>() : CheckRecords(m_store).findingCounts(id);
    if (!force && counts == m_counts && id == m_findings->roundId())
        return;
    m_counts = counts;
    int total = 0;
    for (int n : counts)
        total += n;
    {
        const QSignalBlocker block(m_indicator);
        const QString keep = m_indicator->currentData().toString();
        m_indicator->clear();
        m_indicator->addItem(tr("All indicators (%1)").arg(total), QString());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            m_indicator->addItem(tr("%1 (%2)").arg(it.key()).arg(it.value()), it.key());
        const int at = m_indicator->findData(keep);
        m_indicator->setCurrentIndex(at >= 0 ? at : 0);
    }
    m_findings->load(id, m_indicator->currentData().toString());
    m_findingsCount->setText(tr("%n finding(s) shown", nullptr, m_findings->rowCount()));
}

bool ChecksView::startRun(bool resume)
{
    const QString id = roundId();
    if (isRunning() || id.isEmpty() || (resume && !m_resumable))
        return false;
    CheckOptions o = m_options->options(id);
    o.resume = resume;
    m_stopping = false;
    m_progress->clear();
    appendLog(resume ? tr("Resuming the check of round %1…").arg(id) : tr("Starting a fresh check of round %1…").arg(id));
    m_runLabel->setText(tr("Starting…"));
    if (!m_job->start(o))
        return false;
    m_refresh.start();
    updateTotals();
    updateButtons();
    return true;
}

void ChecksView::stopRun()
{
    if (!isRunning() || m_stopping)
        return;
    m_stopping = true;
    m_runLabel->setText(tr("Stopping…"));
    m_job->cancel();
    updateButtons();
}

void ChecksView::onStarted(qint64 runId)
{
    m_runLabel->setText(tr("Run %1 is checking round %2.").arg(runId).arg(roundId()));
    appendLog(tr("Run %1 started.").arg(runId));
}

void ChecksView::onFinished(bool completed, const QString &error)
{
    m_refresh.stop();
    m_stopping = false;
    const qint64 run = m_job->runId();
    if (!error.isEmpty())
        appendLog(tr("The check could not start: %1").arg(error));
    else if (completed)
        appendLog(tr("Run %1 complete.").arg(run));
    else
        appendLog(tr("Run %1 stopped; Resume continues it.").arg(run));
    readRunState(); // the live progress table stays as the run left it
    updateTotals();
    refreshFindings(true);
    updateButtons();
}

void ChecksView::appendLog(const QString &message)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + message);
}

} // namespace xj
