#include "RoundDashboard.h"

#include "ResultsCharts.h"
#include "ScoreCardView.h"
#include "Store.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xj {

namespace {
QChartView *chartView(const char *name)
{
    auto *view = new QChartView;
    view->setObjectName(QLatin1String(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 300);
    view->setChart(new QChart);
    return view;
}
} // namespace

RoundDashboard::RoundDashboard(Store &store, QWidget *parent)
    : AreaPage(parent), m_store(store), m_job(new ResultsJob(store.location(), this)), m_rounds(new QComboBox),
      m_status(new QLabel), m_kindChart(chartView("kindChart")), m_unitChart(chartView("unitChart")),
      m_catalogChart(chartView("catalogChart"))
{
    setObjectName(QStringLiteral("roundDashboard"));
    m_rounds->setObjectName(QStringLiteral("roundBox"));
    m_rounds->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setObjectName(QStringLiteral("resultsStatus"));
    connect(m_rounds, &QComboBox::currentIndexChanged, this, &RoundDashboard::compute);
    connect(m_job, &ResultsJob::finished, this, &RoundDashboard::showResults);

    auto *top = new QHBoxLayout;
    auto *roundLabel = new QLabel(tr("R&ound:"));
    roundLabel->setBuddy(m_rounds);
    top->addWidget(roundLabel);
    top->addWidget(m_rounds);
    top->addSpacing(12);
    top->addWidget(m_status, 1);

    auto *figures = new QGroupBox(tr("Headline figures, as the bulletin states them (click a figure for what is behind it)"));
    auto *figuresLayout = new QVBoxLayout(figures);
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < 3; ++i) {
        auto *heading = new QLabel;
        heading->setFont(bold);
        auto *text = new QLabel;
        text->setObjectName(QStringLiteral("headline%1").arg(i));
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextBrowserInteraction);
        text->setOpenExternalLinks(false);
        connect(text, &QLabel::linkActivated, this, [this](const QString &key) { openFigure(key); });
        figuresLayout->addWidget(heading);
        figuresLayout->addWidget(text);
        m_headings.append(heading);
        m_headlines.append(text);
    }

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_kindChart, 3);
    charts->addWidget(m_unitChart, 3);
    charts->addWidget(m_catalogChart, 4);

    auto *content = m_content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(figures);
    contentLayout->addLayout(charts, 1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("resultsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    reload();
}

RoundDashboard::~RoundDashboard()
{
    m_job->disconnect(this);
    delete m_job; // waits for a computation still going
}

void RoundDashboard::reload()
{
    const QString keep = roundId();
    {
        const QSignalBlocker block(m_rounds);
        m_rounds->clear();
        for (const Round &r : m_store.rounds()) // newest first
            m_rounds->addItem(tr("%1 (%2 – %3)").arg(r.id, r.windowFrom.toString(Qt::ISODate), r.windowTo.toString(Qt::ISODate)), r.id);
        const int i = m_rounds->findData(keep);
        m_rounds->setCurrentIndex(i >= 0 ? i : 0);
    }
    compute(); // the registry or the findings may have changed: always again
}

bool RoundDashboard::isSettled() const
{
    return !m_job->isRunning();
}

QString RoundDashboard::roundId() const
{
    return m_rounds->currentData().toString();
}

bool RoundDashboard::selectRound(const QString &id)
{
    const int i = m_rounds->findData(id);
    if (i < 0)
        return false;
    if (i == m_rounds->currentIndex())
        return true;
    m_rounds->setCurrentIndex(i); // compute() follows
    return true;
}

void RoundDashboard::compute()
{
    const QString id = roundId();
    if (id.isEmpty()) {
        showResults({}, std::nullopt, tr("No inspection round yet: open one under Inspection rounds."));
        return;
    }
    m_status->setText(tr("Computing the results of %1…").arg(id));
    m_job->start(id);
}

void RoundDashboard::showResults(const QString &roundId, const std::optional<DashboardData> &data, const QString &error)
{
    m_data = data;
    m_content->setVisible(data.has_value());
    if (!data) {
        m_status->setText(error);
        for (QLabel *l : std::as_const(m_headings))
            l->clear();
        for (QLabel *l : std::as_const(m_headlines))
            l->clear();
        replaceChart(m_kindChart, new QChart);
        replaceChart(m_unitChart, new QChart);
        replaceChart(m_catalogChart, new QChart);
        return;
    }
    const Round &r = data->results.round;
    m_status->setText(tr("Round %1: window %2 to %3, as of %4").arg(roundId, r.windowFrom.toString(Qt::ISODate),
                                                                  r.windowTo.toString(Qt::ISODate),
                                                                  (r.asOf.isValid() ? r.asOf : r.windowTo).toString(Qt::ISODate)));
    const QList<RoundFigures::Paragraph> paragraphs = RoundFigures::headlines(*data);
    for (int i = 0; i < m_headlines.size(); ++i) {
        m_headings[i]->setText(i < paragraphs.size() ? paragraphs[i].heading : QString());
        m_headlines[i]->setText(i < paragraphs.size() ? paragraphs[i].html : QString());
    }
    replaceChart(m_kindChart, ResultsCharts::passRateByKind(data->results));
    replaceChart(m_unitChart, ResultsCharts::passRateByUnit(*data));
    replaceChart(m_catalogChart, ResultsCharts::catalogPerUnit(*data));
    m_catalogChart->setMinimumHeight(std::max(300, 60 + 26 * int(std::min<qsizetype>(data->catalog.size(), ResultsCharts::kCatalogUnits))));
    // Lists already open follow the round shown.
    for (auto *d : findChildren<FigureListDialog *>())
        if (const auto list = RoundFigures::list(*data, d->key()))
            d->setList(*list);
}

void RoundDashboard::replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old; // setChart() gives up the old chart without deleting it
}

QDialog *RoundDashboard::openFigure(const QString &key)
{
    if (!m_data)
        return nullptr;
    const auto list = RoundFigures::list(*m_data, key);
    if (!list)
        return nullptr;
    FigureListDialog *dialog = nullptr;
    for (auto *d : findChildren<FigureListDialog *>())
        if (d->key() == key)
            dialog = d;
    if (!dialog) {
        dialog = new FigureListDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &FigureListDialog::rowActivated, this, [this](const QString &figure, qint64 id) {
            if (const auto type = objectTypeOfFigure(figure))
                openScoreCard(*type, id);
        });
    }
    dialog->setList(*list);
    if (dialog->isVisible()) {
        dialog->raise();
        dialog->activateWindow();
    }
    dialog->show();
    return dialog;
}

std::optional<ObjectType> RoundDashboard::objectTypeOfFigure(const QString &key)
{
    static const QStringList sites{QStringLiteral("checked-websites"), QStringLiteral("platforms"), QStringLiteral("checked-channels"),
                                   QStringLiteral("failed-websites"), QStringLiteral("failed-channels")};
    if (sites.contains(key))
        return ObjectType::Site;
    if (key == QLatin1String("checked-accounts") || key == QLatin1String("failed-accounts"))
        return ObjectType::Account;
    return std::nullopt;
}

ScoreCardDialog *RoundDashboard::openScoreCard(ObjectType type, qint64 id)
{
    const QString round = roundId();
    if (round.isEmpty() || id <= 0)
        return nullptr;
    ScoreCardDialog *dialog = nullptr;
    for (auto *d : findChildren<ScoreCardDialog *>())
        if (d->roundId() == round && d->objectType() == type && d->objectId() == id)
            dialog = d;
    if (!dialog) {
        dialog = new ScoreCardDialog(m_store.location(), round, type, id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog->view(), &ScoreCardView::findingActivated, this, &RoundDashboard::findingActivated);
    }
    if (dialog->isVisible()) {
        dialog->raise();
        dialog->activateWindow();
    }
    dialog->show();
    return dialog;
}

FigureListDialog::FigureListDialog(QWidget *parent) : QDialog(parent), m_title(new QLabel), m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("figureDialog"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_table->setObjectName(QStringLiteral("figureTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem *first = m_table->item(row, 0))
            emit rowActivated(m_key, first->data(Qt::UserRole).toLongLong());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 440);
}

void FigureListDialog::setList(const FigureList &list)
{
    m_key = list.key;
    setWindowTitle(list.title);
    m_title->setText(tr("%1 — %n row(s)", nullptr, int(list.rows.size())).arg(list.title));
    m_table->setToolTip(RoundDashboard::objectTypeOfFigure(list.key) ? tr("Double-click a row for its score card") : QString());
    m_table->clear();
    m_table->setColumnCount(int(list.headers.size()));
    m_table->setHorizontalHeaderLabels(list.headers);
    m_table->setRowCount(int(list.rows.size()));
    for (int r = 0; r < list.rows.size(); ++r) {
        for (int c = 0; c < list.rows[r].size() && c < list.headers.size(); ++c) {
            auto *item = new QTableWidgetItem(list.rows[r][c]);
            item->setToolTip(list.rows[r][c]);
            if (c == 0)
                item->setData(Qt::UserRole, list.ids.value(r));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
}

} // namespace xj
