#pragma once
// The rendered pass of the 暗链 check: a real browser engine (QtWebEngine, off the record,
// JavaScript on, images optional) loads the page, runs its scripts, lays it out in a 1366×768
// window, and a script then walks every a[href] and iframe[src] asking the engine — computed
// style and geometry — whether a visitor can see it (DarkLinkDetector.h lists the techniques).
// It sees what the static pass cannot: links that scripts write or restyle, layout that hides.
//
// How the window gets its size: QtWebEngineCore has no view (no widgets here), and a page
// without a view lays out in a 0×0 viewport. So the page is loaded inside a 1366×768 sandboxed
// iframe (scripts and same-origin access allowed, top navigation and pop-ups not) of a wrapper
// page given the page's origin; the script reaches into it. A page that redirects to another
// origin is framed again at its final URL; a page that refuses to be framed (X-Frame-Options:
// DENY) is analysed directly without a viewport, using computed styles only (approximate()).
//
// Bounded: the whole run ends within Options::timeoutMs (default 10 s) — when the page has not
// finished loading by then, what has loaded is analysed; `finished` is emitted exactly once per
// start(), from the event loop, never from inside start().
//
// Environment: QtWebEngine needs a QGuiApplication (a QCoreApplication crashes it; without one
// the run ends at once with error()). prepareEnvironment() — also called by the constructor —
// sets QTWEBENGINE_CHROMIUM_FLAGS (--no-sandbox as root, --disable-gpu) and XDG_RUNTIME_DIR when
// unset; it must run before the first page is created. Linking QtWebEngineCore already sets
// Qt::AA_ShareOpenGLContexts before the application object exists. Headless: QT_QPA_PLATFORM=offscreen.

#include "DarkLinkDetector.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QWebEnginePage;
class QWebEngineProfile;

namespace xj {

class RenderedDarkLinks : public QObject {
    Q_OBJECT

public:
    struct Options {
        int timeoutMs = 10000; // the whole run, load and analysis
        int settleMs = 1000;   // after loadFinished, for late scripts and timers
        bool loadImages = false;
    };

    RenderedDarkLinks(const QSet<QString> &ownAuthorities, const QStringList &severeKeywords, QObject *parent = nullptr);
    ~RenderedDarkLinks() override;

    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }

    void start(const QUrl &url);
    // Markup already fetched, shown as if served from baseUrl (at most about 2 MB: QtWebEngine's setHtml limit).
    void start(const QString &html, const QUrl &baseUrl);
    bool isRunning() const { return m_running; }

    // After finished: why nothing could be analysed ("" when the page was analysed).
    QString error() const { return m_error; }
    QUrl analysedUrl() const { return m_analysedUrl; } // the document's URL after redirects
    bool approximate() const { return m_approximate; } // analysed without a viewport
    int linksSeen() const { return m_linksSeen; }      // a[href] and iframe[src] on the page
    bool truncated() const { return m_truncated; }     // the script ran out of time or reported 2000 links

    // Sets the environment QtWebEngine needs (see above); harmless when called again.
    static void prepareEnvironment();
    // The analysis script's answer (JSON) as hidden links, judged outside/severe like the static pass.
    static QList<HiddenLink> fromReport(const QString &json, const QSet<QString> &ownAuthorities,
                                        const QStringList &severeKeywords, QString *error = nullptr, QUrl *documentUrl = nullptr,
                                        int *linksSeen = nullptr, bool *truncated = nullptr);
    // The analysis script, a function expression taking {frame: bool, geometry: bool}.
    static QString analysisScript();

signals:
    void finished(const QList<xj::HiddenLink> &links);

private:
    enum class Phase { Idle, Framed, Direct, Analysing };
    void begin();
    void loadFramed(const QUrl &url, const QString &srcdoc = QString());
    void loadDirect(const QUrl &url);
    void onLoadFinished(bool ok);
    void analyse();
    void onReport(const QString &json);
    void finish(const QList<HiddenLink> &links, const QString &error);

    QSet<QString> m_own;
    QStringList m_keywords;
    Options m_options;
    QWebEngineProfile *m_profile = nullptr;
    QPointer<QWebEnginePage> m_page;
    QTimer m_settle;
    QTimer m_evaluateBy; // stop loading and analyse what is there
    QTimer m_deadline;   // end, whatever happened
    Phase m_phase = Phase::Idle;
    QUrl m_url;
    QUrl m_framedUrl;
    bool m_reframed = false;
    bool m_markup = false; // start(html, baseUrl)
    bool m_running = false;
    bool m_approximate = false;
    bool m_truncated = false;
    int m_linksSeen = 0;
    quint64 m_generation = 0; // ignores answers from an earlier load of the same page object
    QString m_error;
    QUrl m_analysedUrl;
};

} // namespace xj
