#pragma once
// The score card of one site, channel or account in a round (bulletin/ScoreCard): the verdict in
// a line (score and 合格/不合格, or the vetoes that failed it), then a tree of the indicators with
// findings — vetoes, deductions with their capped and raw points, notices — each expandable to
// the findings behind it (page, evidence, state). Findings awaiting review are shown apart, with
// what the verdict would be if they were confirmed ("would fail if confirmed") — never counted.
// Double-clicking a finding emits findingActivated(id), for the review workspace.
//
// ScoreCardDialog is the non-modal window the results dashboard opens it in (double-click an
// object in a figure's list).
//
// Threading: GUI thread. load() reads the store on a worker thread with a Store of its own
// (a round's findings take a moment to read); the card arrives queued. Deleting the view waits
// for a load still going.

#include "ScoreCard.h"
#include "StoreLocation.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QThread;
class QTreeWidget;
class QTreeWidgetItem;

namespace xj {

class ScoreCardView : public QWidget {
    Q_OBJECT
public:
    // Data roles of the tree's column 0.
    enum Role { FindingIdRole = Qt::UserRole, IndicatorCodeRole };

    explicit ScoreCardView(QWidget *parent = nullptr);
    ~ScoreCardView() override;

    // Reads the card on a worker thread; loaded() follows (unless another load() comes first).
    void load(const StoreLocation &location, const QString &roundId, ObjectType type, qint64 id);
    void setCard(const ScoreCard &card);
    void showError(const QString &error);
    bool isSettled() const { return !m_loading; }
    const std::optional<ScoreCard> &card() const { return m_card; }

    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *pendingLabel() const { return m_pending; }
    QTreeWidget *tree() const { return m_tree; }
    // The item of a finding, or of an indicator in a group ("counted", "pending", "not-counted");
    // nullptr when not shown.
    QTreeWidgetItem *findingItem(qint64 findingId) const;
    QTreeWidgetItem *indicatorItem(const QString &group, const QString &code) const;

signals:
    void findingActivated(qint64 findingId);
    void loaded();

private:
    void fillTree(const ScoreCard &card);
    void reap();

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_verdict;
    QLabel *m_pending;
    QLabel *m_note;
    QTreeWidget *m_tree;
    std::optional<ScoreCard> m_card;
    QList<QThread *> m_threads; // started, not yet waited for
    quint64 m_generation = 0;
    bool m_loading = false;
};

class ScoreCardDialog : public QDialog {
    Q_OBJECT
public:
    ScoreCardDialog(const StoreLocation &location, const QString &roundId, ObjectType type, qint64 id, QWidget *parent = nullptr);
    ScoreCardView *view() const { return m_view; }
    QString roundId() const { return m_roundId; }
    ObjectType objectType() const { return m_type; }
    qint64 objectId() const { return m_id; }

private:
    ScoreCardView *m_view;
    QString m_roundId;
    ObjectType m_type;
    qint64 m_id;
};

} // namespace xj
