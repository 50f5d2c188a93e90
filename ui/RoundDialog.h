#pragma once
// Opens a new inspection round: its ID (e.g. 2026Q3), the window its checks cover and the as-of
// date whose registry it checks. Proposes the quarter after today's (the first one without a
// round); typing a quarter ID moves the window to that quarter; as-of follows the window's end.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "Store.h"

#include <QDialog>
#include <memory>

namespace xj {

namespace Ui {
class RoundDialog;
}

class RoundDialog : public QDialog {
    Q_OBJECT
public:
    explicit RoundDialog(Store &store, QWidget *parent = nullptr);
    ~RoundDialog() override;

    // The quarter after `today`'s, skipping quarters that have a round already.
    static Round proposal(const QList<Round> &existing, const QDate &today);

    QString roundId() const { return m_round.id; }
    QString validationError() const;

    void accept() override;

private:
    void idEdited(const QString &text);
    void windowEndChanged(const QDate &date);
    void validate();

    Store &m_store;
    Round m_round;
    QDate m_lastTo;
    std::unique_ptr<Ui::RoundDialog> m_ui;
};

} // namespace xj
