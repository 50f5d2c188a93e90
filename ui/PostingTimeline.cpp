#include "PostingTimeline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace xj {

PostingTimeline::PostingTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("postingTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PostingTimeline::setData(const QDate &windowFrom, const QDate &windowTo, const QDate &asOf, const QList<QDate> &posts)
{
    m_gaps.clear();
    m_posts.clear();
    m_from = windowFrom;
    m_to = windowTo;
    m_asOf = asOf.isValid() ? asOf : windowTo;
    if (!m_from.isValid() || !m_to.isValid() || m_from > m_to) {
        m_from = m_to = m_asOf = {};
    } else {
        for (const QDate &d : posts)
            if (d.isValid() && d <= m_asOf)
                m_posts.append(d);
        std::sort(m_posts.begin(), m_posts.end());
        m_posts.erase(std::unique(m_posts.begin(), m_posts.end()), m_posts.end());
        for (int i = 0; i < m_posts.size(); ++i) {
            const bool last = i + 1 == m_posts.size();
            const QDate to = last ? m_asOf : m_posts[i + 1];
            if (to < m_from || to == m_posts[i])
                continue; // ends before the window
            m_gaps.append({m_posts[i], to, int(m_posts[i].daysTo(to)), last});
        }
    }
    setToolTip(summary());
    update();
}

int PostingTimeline::gapCount(int minDays) const
{
    return int(std::count_if(m_gaps.cbegin(), m_gaps.cend(), [minDays](const Gap &g) { return g.days >= minDays; }));
}

int PostingTimeline::postDays() const
{
    return int(std::count_if(m_posts.cbegin(), m_posts.cend(), [this](const QDate &d) { return d >= m_from && d <= m_to; }));
}

QString PostingTimeline::summary() const
{
    if (!m_from.isValid())
        return tr("No round to show posts for.");
    if (m_posts.isEmpty())
        return tr("No post on record up to %1.").arg(m_asOf.toString(Qt::ISODate));
    int longest = 0;
    for (const Gap &g : m_gaps)
        longest = std::max(longest, g.days);
    return tr("%n day(s) with posts in the window", nullptr, postDays()) + QStringLiteral("; ")
         + tr("%n gap(s) of %1 days or more", nullptr, gapCount()).arg(kWarnDays) + QStringLiteral("; ")
         + tr("%n gap(s) over %1 days", nullptr, overdueCount()).arg(kLimitDays) + QStringLiteral("; ")
         + tr("longest %n day(s)", nullptr, longest);
}

QSize PostingTimeline::sizeHint() const
{
    return {360, fontMetrics().height() * 2 + 40};
}

QSize PostingTimeline::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

double PostingTimeline::xOf(const QDate &d, const QRectF &strip) const
{
    const QDate start = std::min(m_from, m_posts.isEmpty() ? m_from : std::max(m_posts.first(), m_from.addDays(-kLimitDays)));
    const QDate end = std::max(m_to, m_asOf);
    const double span = std::max<qint64>(1, start.daysTo(end));
    const double t = std::clamp(double(start.daysTo(d)) / span, 0.0, 1.0);
    return strip.left() + t * strip.width();
}

void PostingTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int text = fm.height();
    // Bracket label on top, the strip in the middle, dates below.
    const QRectF strip(4, text + 6, width() - 8, 18);
    const QPalette pal = palette();
    p.fillRect(strip, pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(strip);
    if (!m_from.isValid()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(strip, Qt::AlignCenter, tr("no round"));
        return;
    }
    // The window itself, lightly shaded.
    const QRectF window(QPointF(xOf(m_from, strip), strip.top()), QPointF(xOf(m_to, strip), strip.bottom()));
    p.fillRect(window, pal.color(QPalette::AlternateBase));

    // Gaps from 12 days on: amber; over 14: red.
    for (const Gap &g : m_gaps) {
        if (g.days < kWarnDays)
            continue;
        const QColor c = g.days > kLimitDays ? QColor(220, 60, 50, 110) : QColor(240, 170, 30, 120);
        p.fillRect(QRectF(QPointF(xOf(g.from, strip), strip.top() + 1), QPointF(xOf(g.to, strip), strip.bottom() - 1)), c);
    }
    // A tick per post day.
    p.setPen(QPen(QColor(30, 90, 170), 2));
    for (const QDate &d : m_posts) {
        const double x = xOf(d, strip);
        p.drawLine(QPointF(x, strip.top() + 2), QPointF(x, strip.bottom() - 2));
    }
    // The 14-day bracket ending at the as-of date.
    const double bx0 = xOf(m_asOf.addDays(-kLimitDays), strip), bx1 = xOf(m_asOf, strip);
    const double by = strip.top() - 3;
    p.setPen(QPen(pal.color(QPalette::WindowText), 1));
    QPainterPath bracket;
    bracket.moveTo(bx0, by + 3);
    bracket.lineTo(bx0, by);
    bracket.lineTo(bx1, by);
    bracket.lineTo(bx1, by + 3);
    p.drawPath(bracket);
    const QString limit = tr("%n day(s)", nullptr, kLimitDays);
    const double lw = fm.horizontalAdvance(limit);
    p.drawText(QRectF(std::min((bx0 + bx1 - lw) / 2, width() - lw - 2), 1, lw + 2, text), Qt::AlignLeft, limit);
    // The as-of date.
    p.setPen(QPen(pal.color(QPalette::WindowText), 1, Qt::DashLine));
    p.drawLine(QPointF(bx1, strip.top() - 2), QPointF(bx1, strip.bottom() + 2));
    // Dates below: the window's ends and the as-of date.
    p.setPen(pal.color(QPalette::WindowText));
    const double ty = strip.bottom() + 3;
    const QString from = m_from.toString(QStringLiteral("MM-dd")), asOf = m_asOf.toString(QStringLiteral("MM-dd"));
    p.drawText(QRectF(strip.left(), ty, width() / 2.0, text), Qt::AlignLeft, from);
    p.drawText(QRectF(strip.right() - width() / 2.0, ty, width() / 2.0, text), Qt::AlignRight, tr("as of %1").arg(asOf));
}

} // namespace xj
