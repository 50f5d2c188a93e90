#pragma once
// One side of the review workspace: a finding's page as captured (served from the WARC evidence),
// live now, as the previous round captured it, or its HTML source with the offending markup
// marked. Shows the flagged thing (ReviewHighlight) once the page has loaded, zooms, and takes
// screenshots of what it shows — the whole visible pane or a region dragged with the mouse.
//
// The pages belong to the ReviewBrowserProfile given, which must outlive the pane.
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "CheckRecords.h"

#include <QPointer>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRubberBand;
class QSpinBox;
class QStackedWidget;
class QToolButton;
class QWebEngineView;

namespace xj {

class ReviewBrowserProfile;
class ReviewPage;

class ReviewPane : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Captured, Live, Previous, Source };
    Q_ENUM(Mode)

    ReviewPane(Store &store, ReviewBrowserProfile *profile, Mode mode, QWidget *parent = nullptr);
    ~ReviewPane() override;

    // Shows `finding`'s page in the current mode and marks the flagged thing when it has loaded.
    void showFinding(const Finding &finding);
    void clear();
    const Finding &finding() const { return m_finding; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    void nextMode(); // Captured → Live → Previous → Source → Captured
    static QString modeLabel(Mode mode);
    // The pane as ReviewRecords names it for screenshots: captured, live or previous (the source
    // is the capture's).
    QString paneCode() const;

    // JavaScript of captured pages (off by default); live pages always run it.
    void setScriptsEnabled(bool enabled);
    bool scriptsEnabled() const;
    void setZoomPercent(int percent);
    int zoomPercent() const;

    // Runs the highlight script in the page now; the result comes with highlighted().
    void highlight(const Finding &finding);
    // The pane's picture as PNG: the whole visible page, or `region` of it (view coordinates).
    QByteArray screenshot(const QRect &region = {}) const;
    // Lets the user drag a region over the page; regionCaptured() brings its PNG.
    void startRegionCapture();
    bool isCapturingRegion() const;
    // Text selected in the page or the source.
    QString selectedText() const;
    // Where the pane is: the page's original URL and the run it was captured in (0 when live).
    QUrl originalUrl() const { return m_originalUrl; }
    qint64 shownRunId() const { return m_shownRunId; }
    bool isLoading() const { return m_loading; }

    // Scrolls the page to `pos` (CSS pixels), as the other pane scrolled.
    void scrollPageTo(const QPointF &pos);

    ReviewPage *page() const { return m_page; }
    QWebEngineView *view() const { return m_view; }
    QPlainTextEdit *sourceView() const { return m_source; }
    QComboBox *modeBox() const { return m_modeBox; }
    QCheckBox *scriptsBox() const { return m_scripts; }
    QSpinBox *zoomBox() const { return m_zoom; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void loaded(bool ok);
    void highlighted(const QVariantMap &result);
    void scrolled(const QPointF &pos);
    // A screenshot the user took (the Screenshot button or a dragged region); region null = all.
    void regionCaptured(const QByteArray &png, const QRect &region);
    void modeChanged(ReviewPane::Mode mode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void showMessage(const QString &text);
    void showSource(qint64 runId);
    void onLoadFinished(bool ok);
    void finishRegion(const QRect &region);

    Store &m_store;
    ReviewBrowserProfile *m_profile;
    Mode m_mode;
    Finding m_finding;
    QUrl m_originalUrl;
    qint64 m_shownRunId = 0;
    bool m_loading = false;
    quint64 m_generation = 0; // a late loadFinished of an earlier finding is ignored

    QComboBox *m_modeBox;
    QCheckBox *m_scripts;
    QSpinBox *m_zoom;
    QToolButton *m_shot;
    QLabel *m_status;
    QStackedWidget *m_stack;
    QWebEngineView *m_view;
    ReviewPage *m_page;
    QPlainTextEdit *m_source;
    QWidget *m_regionOverlay = nullptr;
    QRubberBand *m_band = nullptr;
    QPoint m_bandOrigin;
};

} // namespace xj
