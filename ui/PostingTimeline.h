#pragma once
// An account's posting over a round's window, as a strip: a tick per day with a post, the as-of
// date, and the silences between posts — from 12 days on highlighted (posting just before the
// two-week limit, 踩点), longer than 14 days in red (the limit broken, M-V2) — and a 14-day bracket
// ending at the as-of date: the account must have posted inside it.
//
// A gap runs from one post day to the next, and from the last post to the as-of date; only gaps
// that end inside the window count. The time before the first post on record is not a gap (the
// account may be new, or older posts not imported).
//
// Threading: a widget; all members are called from the GUI thread. It reads no store: the owner
// passes the dates.

#include <QDate>
#include <QList>
#include <QWidget>

namespace xj {

class PostingTimeline : public QWidget {
    Q_OBJECT
public:
    static constexpr int kWarnDays = 12;  // a silence this long is highlighted
    static constexpr int kLimitDays = 14; // longer than this breaks the rule

    struct Gap {
        QDate from; // the post day (or the as-of date for the open gap, to)
        QDate to;
        int days = 0;
        bool open = false; // from the last post to the as-of date
    };

    explicit PostingTimeline(QWidget *parent = nullptr);

    // The window and as-of date of the round, and the account's posts (any order; days outside
    // the window are used only to measure the first gap). An invalid window clears the strip.
    void setData(const QDate &windowFrom, const QDate &windowTo, const QDate &asOf, const QList<QDate> &posts);
    void clear() { setData({}, {}, {}, {}); }

    const QList<Gap> &gaps() const { return m_gaps; }
    // Gaps of at least minDays (default: the highlighted ones).
    int gapCount(int minDays = kWarnDays) const;
    // Gaps longer than the limit.
    int overdueCount() const { return gapCount(kLimitDays + 1); }
    int postDays() const; // post days inside the window
    // One line for people: posts, highlighted and overdue gaps.
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double xOf(const QDate &d, const QRectF &strip) const;

    QDate m_from, m_to, m_asOf;
    QList<QDate> m_posts; // distinct days, sorted
    QList<Gap> m_gaps;
};

} // namespace xj
