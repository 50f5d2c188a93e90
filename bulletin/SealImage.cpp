#include "SealImage.h"

#include "BulletinFonts.h"

#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace xj {

namespace {

const QColor kSealRed(220, 20, 30, 235);

QPainterPath star(QPointF centre, double outerRadius)
{
    QPainterPath path;
    const double inner = outerRadius * 0.382;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 ? inner : outerRadius;
        const double a = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF p(centre.x() + r * std::cos(a), centre.y() + r * std::sin(a));
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

} // namespace

QImage SealImage::sample(const QString &agency, int sizePx)
{
    QImage image(sizePx, sizePx, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double s = sizePx;
    const QPointF c(s / 2, s / 2);
    const double ring = s * 0.035;
    p.setPen(QPen(kSealRed, ring));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, s / 2 - ring, s / 2 - ring);
    p.setPen(Qt::NoPen);
    p.setBrush(kSealRed);
    p.drawPath(star(c, s * 0.15));

    // The name along the upper arc, from lower left over the top to lower right, each character
    // upright towards the centre. Spread over at most 240°, closer together for short names.
    const BulletinFonts fonts;
    const QString name = agency.isEmpty() ? tr("示例机关") : agency;
    const int n = int(name.size());
    const double span = qMin(240.0, 24.0 * n);
    const double radius = s / 2 - ring * 2 - s * 0.085;
    const double charPx = qMin(s * 0.13, 2 * M_PI * radius * span / 360.0 / n * 0.92);
    QFont font = fonts.font(FontRole::Heading1, charPx);
    font.setBold(true);
    p.setFont(font);
    p.setPen(kSealRed);
    for (int i = 0; i < n; ++i) {
        const double angle = -90.0 - span / 2 + span * (i + 0.5) / n; // degrees, 0 = right
        p.save();
        p.translate(c);
        p.rotate(angle + 90);
        p.translate(0, -radius);
        const QRectF box(-charPx / 2, -charPx / 2, charPx, charPx);
        p.drawText(box, Qt::AlignCenter, name.at(i));
        p.restore();
    }
    // 样章 under the star, so the sample can never pass for a real seal.
    QFont small = fonts.font(FontRole::Heading1, s * 0.09);
    small.setBold(true);
    p.setFont(small);
    p.drawText(QRectF(0, c.y() + s * 0.17, s, s * 0.12), Qt::AlignCenter, tr("样章"));
    p.end();
    return image;
}

QImage SealImage::load(const QString &path, QString *error)
{
    QImageReader reader(path);
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = tr("%1: not an image the program can read (%2)").arg(path, reader.errorString());
        return {};
    }
    if (!image.hasAlphaChannel()) {
        if (error)
            *error = tr("%1: the seal image has no transparency; use a PNG whose background is transparent").arg(path);
        return {};
    }
    return image;
}

} // namespace xj
