#include "ReviewPane.h"

#include "EvidenceScheme.h"
#include "ReviewBrowser.h"
#include "ReviewHighlight.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QRubberBand>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace xj {

ReviewPane::ReviewPane(Store &store, ReviewBrowserProfile *profile, Mode mode, QWidget *parent)
    : QWidget(parent), m_store(store), m_profile(profile), m_mode(mode), m_modeBox(new QComboBox),
      m_scripts(new QCheckBox(tr("Scripts"))), m_zoom(new QSpinBox), m_shot(new QToolButton), m_status(new QLabel),
      m_stack(new QStackedWidget), m_view(new QWebEngineView), m_page(new ReviewPage(profile, m_view)),
      m_source(new QPlainTextEdit)
{
    for (Mode m : {Mode::Captured, Mode::Live, Mode::Previous, Mode::Source})
        m_modeBox->addItem(modeLabel(m), int(m));
    m_modeBox->setCurrentIndex(int(mode));
    m_modeBox->setToolTip(tr("What this pane shows (M switches)"));
    m_scripts->setToolTip(tr("Run the captured page's JavaScript (live pages always run it)"));
    m_zoom->setRange(25, 400);
    m_zoom->setSingleStep(10);
    m_zoom->setSuffix(QStringLiteral(" %"));
    m_zoom->setValue(100);
    m_zoom->setToolTip(tr("Zoom"));
    m_shot->setText(tr("Screenshot"));
    m_shot->setPopupMode(QToolButton::MenuButtonPopup);
    auto *shotMenu = new QMenu(m_shot);
    shotMenu->addAction(tr("Whole pane"), this, [this] { emit regionCaptured(screenshot(), {}); });
    shotMenu->addAction(tr("Region…"), this, &ReviewPane::startRegionCapture);
    m_shot->setMenu(shotMenu);
    connect(m_shot, &QToolButton::clicked, this, [this] { emit regionCaptured(screenshot(), {}); });
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long URL must not widen the pane

    m_view->setPage(m_page);
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_source);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_modeBox);
    bar->addWidget(m_scripts);
    bar->addWidget(m_zoom);
    bar->addWidget(m_shot);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_modeBox, &QComboBox::activated, this, [this](int i) { setMode(Mode(m_modeBox->itemData(i).toInt())); });
    connect(m_scripts, &QCheckBox::toggled, this, &ReviewPane::setScriptsEnabled);
    connect(m_zoom, &QSpinBox::valueChanged, this, [this](int v) { m_view->setZoomFactor(v / 100.0); });
    connect(m_page, &QWebEnginePage::loadFinished, this, &ReviewPane::onLoadFinished);
    connect(m_page, &QWebEnginePage::scrollPositionChanged, this, &ReviewPane::scrolled);
    m_page->setBackgroundColor(Qt::white);
    m_scripts->setEnabled(mode == Mode::Captured || mode == Mode::Previous);
}

ReviewPane::~ReviewPane()
{
    // The page goes before the view and long before the profile.
    m_page->disconnect(this);
    m_view->setPage(nullptr);
    delete m_page;
}

QString ReviewPane::modeLabel(Mode mode)
{
    switch (mode) {
    case Mode::Captured:
        return tr("As captured");
    case Mode::Live:
        return tr("Live now");
    case Mode::Previous:
        return tr("Previous round");
    case Mode::Source:
        return tr("Source");
    }
    return {};
}

QString ReviewPane::paneCode() const
{
    switch (m_mode) {
    case Mode::Live:
        return QStringLiteral("live");
    case Mode::Previous:
        return QStringLiteral("previous");
    case Mode::Captured:
    case Mode::Source:
        break;
    }
    return QStringLiteral("captured");
}

void ReviewPane::showFinding(const Finding &finding)
{
    m_finding = finding;
    load();
}

void ReviewPane::clear()
{
    m_finding = Finding();
    ++m_generation;
    m_originalUrl.clear();
    m_shownRunId = 0;
    showMessage(tr("Choose a finding in the list."));
}

void ReviewPane::setMode(Mode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    if (m_finding.id || !m_finding.url.isEmpty())
        load();
    if (changed)
        emit modeChanged(mode);
}

void ReviewPane::nextMode()
{
    setMode(Mode((int(m_mode) + 1) % 4));
}

void ReviewPane::setScriptsEnabled(bool enabled)
{
    if (m_scripts->isChecked() != enabled)
        m_scripts->setChecked(enabled); // comes back here through toggled
    else if (m_page->scriptsEnabled() != enabled) {
        m_page->setScriptsEnabled(enabled);
        if (m_mode == Mode::Captured || m_mode == Mode::Previous)
            load(); // scripts run from the start of a page or not at all
    }
}

bool ReviewPane::scriptsEnabled() const
{
    return m_page->scriptsEnabled();
}

void ReviewPane::setZoomPercent(int percent)
{
    m_zoom->setValue(percent);
}

int ReviewPane::zoomPercent() const
{
    return m_zoom->value();
}

void ReviewPane::load()
{
    ++m_generation; // a highlight answer for the page shown before is dropped
    m_originalUrl = QUrl(m_finding.url);
    m_shownRunId = 0;
    m_scripts->setEnabled(m_mode == Mode::Captured || m_mode == Mode::Previous);
    if (m_finding.url.isEmpty()) {
        showMessage(tr("This finding names no page."));
        return;
    }
    qint64 runId = m_finding.runId;
    if (m_mode == Mode::Previous) {
        runId = m_finding.runId ? CheckRecords(m_store).previousCaptureRun(m_finding.runId, m_finding.url) : 0;
        if (!runId) {
            showMessage(tr("No earlier round captured %1.").arg(m_finding.url));
            return;
        }
    }
    if (m_mode == Mode::Source) {
        showSource(runId);
        return;
    }
    QUrl target = m_originalUrl;
    if (m_mode != Mode::Live) {
        target = EvidenceUrl::encode(runId, m_originalUrl);
        if (!target.isValid()) {
            showMessage(runId ? tr("%1 cannot be shown from the evidence.").arg(m_finding.url)
                              : tr("No capture kept for this finding (it was not found by a crawl)."));
            return;
        }
        QUrl page = m_originalUrl;
        page.setFragment(QString());
        if (!m_profile->evidence()->isCaptured(runId, page)) {
            showMessage(tr("Run %1 kept no capture of %2: the check did not fetch it, or got no answer.").arg(runId).arg(m_finding.url));
            return;
        }
        m_shownRunId = runId;
    }
    m_stack->setCurrentWidget(m_view);
    m_status->setText(m_mode == Mode::Live ? m_finding.url : tr("run %1: %2").arg(runId).arg(m_finding.url));
    m_status->setToolTip(m_finding.url);
    m_loading = true;
    m_page->load(target);
}

void ReviewPane::showMessage(const QString &text)
{
    m_loading = false;
    m_stack->setCurrentWidget(m_view);
    m_status->clear(); // the page says it
    m_page->setHtml(QStringLiteral("<html><body style=\"font-family:sans-serif;color:#555;padding:2em\">%1</body></html>")
                        .arg(text.toHtmlEscaped()));
}

void ReviewPane::onLoadFinished(bool ok)
{
    if (!m_loading)
        return; // a message set with setHtml
    if (m_page->isLoading())
        return; // the end of a load a newer one replaced (J pressed quickly)
    m_loading = false;
    emit loaded(ok);
    if (ok && !ReviewHighlight::kindOf(m_finding).isEmpty())
        highlight(m_finding);
}

void ReviewPane::highlight(const Finding &finding)
{
    const quint64 generation = m_generation;
    QPointer<ReviewPane> self(this);
    m_page->runJavaScript(ReviewHighlight::script(finding, m_shownRunId), QWebEngineScript::ApplicationWorld,
                          [self, generation](const QVariant &result) {
                              if (self && generation == self->m_generation)
                                  emit self->highlighted(result.toMap());
                          });
}

void ReviewPane::scrollPageTo(const QPointF &pos)
{
    if (m_stack->currentWidget() != m_view || m_loading)
        return;
    m_page->runJavaScript(QStringLiteral("window.scrollTo(%1, %2)").arg(pos.x()).arg(pos.y()), QWebEngineScript::ApplicationWorld);
}

QString ReviewPane::selectedText() const
{
    if (m_stack->currentWidget() == m_source)
        return m_source->textCursor().selectedText();
    return m_page->selectedText();
}

} // namespace xj
