// ReviewPane: the source mode (the captured HTML with the offending markup marked) and the
// screenshots of the pane, whole or a region dragged with a rubber band.
#include "ReviewPane.h"

#include "PageDecoder.h"
#include "ReviewHighlight.h"
#include "WarcReader.h"

#include <QBuffer>
#include <QDir>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QRubberBand>
#include <QStackedWidget>
#include <QTextBlock>
#include <QWebEngineView>

namespace xj {

namespace {

constexpr qint64 kMaxSource = qint64(16) << 20;

// Where the flagged thing is in the page's source: [start, start + length).
QPair<int, int> flaggedRange(const QString &html, const Finding &f)
{
    const QString kind = ReviewHighlight::kindOf(f);
    QStringList needles;
    if (kind == QLatin1String("wording")) {
        needles << f.details.value(QStringLiteral("term")).toString();
    } else if (kind == QLatin1String("link")) {
        // The href as written may be relative: the whole URL, then its path and query, then its path.
        const QUrl link(f.link);
        needles << f.link << link.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority) << link.path();
    } else if (kind == QLatin1String("footer")) {
        const int footer = html.lastIndexOf(QLatin1String("<footer"), -1, Qt::CaseInsensitive);
        const int at = footer >= 0 ? footer : html.lastIndexOf(QLatin1String("foot"), -1, Qt::CaseInsensitive);
        if (at >= 0) {
            const int end = html.indexOf(QLatin1Char('>'), at);
            return {at, (end > at ? end + 1 : at + 4) - at};
        }
    }
    for (const QString &n : std::as_const(needles)) {
        if (n.size() < 2 || n == QLatin1String("/"))
            continue;
        const int at = html.indexOf(n);
        if (at < 0)
            continue;
        if (kind != QLatin1String("link"))
            return {at, int(n.size())};
        // The whole tag holding the link.
        const int open = html.lastIndexOf(QLatin1Char('<'), at);
        const int close = html.indexOf(QLatin1Char('>'), at);
        return open >= 0 && close > at ? QPair<int, int>(open, close + 1 - open) : QPair<int, int>(at, int(n.size()));
    }
    return {-1, 0};
}

} // namespace

void ReviewPane::showSource(qint64 runId)
{
    m_loading = false;
    m_stack->setCurrentWidget(m_source);
    m_source->setExtraSelections({});
    const auto ref = runId ? CheckRecords(m_store).capturedResponse(runId, m_finding.url) : std::nullopt;
    if (!ref) {
        m_source->setPlainText(tr("No capture kept for %1.").arg(m_finding.url));
        m_status->setText(QString());
        return;
    }
    QString error;
    const WarcLocation location{QDir(m_store.location().evidenceDir()).filePath(ref->file), ref->offset, ref->length, {}};
    const auto record = WarcReader::read(location, &error);
    const auto message = record ? WarcReader::parseHttp(record->block, &error) : std::nullopt;
    const auto body = message ? WarcReader::decodedBody(*message, kMaxSource, &error) : std::nullopt;
    if (!body) {
        m_source->setPlainText(tr("The evidence of %1 cannot be read: %2").arg(m_finding.url, error));
        return;
    }
    const DecodedPage page = PageDecoder::decode(*body, message->header("Content-Type"));
    m_source->setPlainText(page.text);
    m_shownRunId = runId;
    m_status->setText(tr("run %1: %2 (%3)").arg(runId).arg(m_finding.url, page.charset));
    const auto [start, length] = flaggedRange(page.text, m_finding);
    if (start < 0)
        return;
    QTextEdit::ExtraSelection mark;
    mark.format.setBackground(QColor(0xff, 0xd4, 0x00));
    mark.format.setProperty(QTextFormat::OutlinePen, QPen(Qt::red));
    mark.cursor = QTextCursor(m_source->document());
    mark.cursor.setPosition(start);
    mark.cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    m_source->setExtraSelections({mark});
    QTextCursor at(m_source->document());
    at.setPosition(start);
    m_source->setTextCursor(at);
    m_source->centerCursor();
    emit highlighted({{QStringLiteral("found"), true},
                      {QStringLiteral("kind"), ReviewHighlight::kindOf(m_finding)},
                      {QStringLiteral("sourceOffset"), start},
                      {QStringLiteral("text"), page.text.mid(start, length)}});
}

QByteArray ReviewPane::screenshot(const QRect &region) const
{
    QWidget *shown = m_stack->currentWidget();
    const QPixmap picture = shown->grab(region.isValid() ? region.intersected(shown->rect()) : QRect(QPoint(0, 0), QSize(-1, -1)));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (picture.isNull() || !picture.save(&buffer, "PNG"))
        return {};
    return png;
}

void ReviewPane::startRegionCapture()
{
    if (m_regionOverlay)
        return;
    // A transparent sheet over the page takes the drag, so the page sees no mouse at all.
    QWidget *shown = m_stack->currentWidget();
    m_regionOverlay = new QWidget(shown);
    m_regionOverlay->setObjectName(QStringLiteral("regionOverlay"));
    m_regionOverlay->setAttribute(Qt::WA_NoSystemBackground);
    m_regionOverlay->setCursor(Qt::CrossCursor);
    m_regionOverlay->setGeometry(shown->rect());
    m_regionOverlay->installEventFilter(this);
    m_regionOverlay->show();
    m_regionOverlay->raise();
    m_band = new QRubberBand(QRubberBand::Rectangle, m_regionOverlay);
    m_status->setText(tr("Drag over the page to capture a region; Esc cancels"));
    m_regionOverlay->setFocus();
}

bool ReviewPane::isCapturingRegion() const
{
    return m_regionOverlay != nullptr;
}

bool ReviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_regionOverlay)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        m_bandOrigin = static_cast<QMouseEvent *>(event)->position().toPoint();
        m_band->setGeometry(QRect(m_bandOrigin, QSize()));
        m_band->show();
        return true;
    case QEvent::MouseMove:
        m_band->setGeometry(QRect(m_bandOrigin, static_cast<QMouseEvent *>(event)->position().toPoint()).normalized());
        return true;
    case QEvent::MouseButtonRelease: {
        // From the press to the release point, that point excluded: a drag of 100 pixels is 100 wide.
        const QPoint end = static_cast<QMouseEvent *>(event)->position().toPoint();
        finishRegion(QRect(QPoint(std::min(m_bandOrigin.x(), end.x()), std::min(m_bandOrigin.y(), end.y())),
                           QSize(std::abs(end.x() - m_bandOrigin.x()), std::abs(end.y() - m_bandOrigin.y()))));
        return true;
    }
    case QEvent::KeyPress:
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape)
            finishRegion({});
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void ReviewPane::finishRegion(const QRect &region)
{
    QWidget *overlay = m_regionOverlay;
    m_regionOverlay = nullptr;
    m_band = nullptr;
    overlay->hide();
    overlay->deleteLater();
    m_status->setText(m_finding.url);
    if (region.width() < 4 || region.height() < 4)
        return; // a click, or Esc: nothing captured
    emit regionCaptured(screenshot(region), region);
}

} // namespace xj
