#pragma once
// The results area (结果): a round's dashboard. A round picker (newest first); the headline
// figures in the bulletin's own words (RoundFigures), every figure a link that opens the list of
// objects, findings or units behind it (FigureListDialog, non-modal); and three charts
// (ResultsCharts): pass rate by kind, pass rate of the units with the most failures, catalog
// counts per unit.
//
// The results are computed on a worker thread (ResultsJob) — a large round takes seconds — and
// shown when they arrive; isSettled() is false until then.
//
// Double-clicking an object in a figure's list (checked, failed) opens its score card
// (ScoreCardDialog): the points and the findings behind its verdict.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "AreaPage.h"
#include "ResultsJob.h"
#include "RoundFigures.h"

#include <QDialog>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace xj {

class ScoreCardDialog;
class Store;

class RoundDashboard : public AreaPage {
    Q_OBJECT
public:
    explicit RoundDashboard(Store &store, QWidget *parent = nullptr);
    ~RoundDashboard() override;

    void reload() override;
    bool isSettled() const override;

    QString roundId() const;
    bool selectRound(const QString &id);
    // The results shown (nullopt while computing or without a round).
    const std::optional<DashboardData> &data() const { return m_data; }

    // Opens (or raises) the list behind a figure key (RoundFigures::keys()); null for an unknown key.
    QDialog *openFigure(const QString &key);
    // Opens (or raises) the score card of a site or account in the round shown; null without a round.
    ScoreCardDialog *openScoreCard(ObjectType type, qint64 id);
    // What a row of a figure's list is: a site, an account, or neither (units, closures).
    static std::optional<ObjectType> objectTypeOfFigure(const QString &key);

    QComboBox *roundBox() const { return m_rounds; }
    // The headline paragraphs: overall, closures and registrations, data catalog.
    QList<QLabel *> headlineLabels() const { return m_headlines; }
    QChartView *kindChart() const { return m_kindChart; }
    QChartView *unitChart() const { return m_unitChart; }
    QChartView *catalogChart() const { return m_catalogChart; }

signals:
    // A finding was double-clicked on a score card (for the review workspace).
    void findingActivated(qint64 findingId);

private:
    void compute();
    void showResults(const QString &roundId, const std::optional<DashboardData> &data, const QString &error);
    static void replaceChart(QChartView *view, QChart *chart);

    Store &m_store;
    ResultsJob *m_job;
    QComboBox *m_rounds;
    QLabel *m_status;
    QWidget *m_content = nullptr; // figures and charts, hidden without results
    QList<QLabel *> m_headlines;
    QList<QLabel *> m_headings;
    QChartView *m_kindChart;
    QChartView *m_unitChart;
    QChartView *m_catalogChart;
    std::optional<DashboardData> m_data;
};

// The list behind one figure: a title and a read-only table.
class FigureListDialog : public QDialog {
    Q_OBJECT
public:
    explicit FigureListDialog(QWidget *parent = nullptr);
    void setList(const FigureList &list);
    QString key() const { return m_key; }
    QTableWidget *table() const { return m_table; }

signals:
    // A row was double-clicked: the figure's key and the row's id (RoundFigures' FigureList::ids).
    void rowActivated(const QString &key, qint64 id);

private:
    QString m_key;
    QLabel *m_title;
    QTableWidget *m_table;
};

} // namespace xj
