#include "RenderedDarkLinks.h"

#include "UrlNormalizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

#include <unistd.h>

namespace xj {

namespace {

// Messages in translation context "RenderedDarkLinks".
struct RenderTr {
    Q_DECLARE_TR_FUNCTIONS(RenderedDarkLinks)
};

constexpr int kViewportWidth = 1366;
constexpr int kViewportHeight = 768;
constexpr int kAnalysisMs = 2500; // kept for the script at the end of the time allowed

QUrl originOf(const QUrl &url)
{
    QUrl o;
    o.setScheme(url.scheme());
    o.setHost(url.host());
    o.setPort(url.port());
    o.setPath(QStringLiteral("/"));
    return o;
}

QString escapeAttribute(const QString &s)
{
    QString out = s.toHtmlEscaped(); // & < > "
    out.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return out;
}

// A page that frames the one analysed in a window of a visitor's size (see the header).
QString wrapper(const QUrl &src, const QString &srcdoc)
{
    const QString source = srcdoc.isNull() ? QStringLiteral("src=\"%1\"").arg(escapeAttribute(src.toString(QUrl::FullyEncoded)))
                                           : QStringLiteral("srcdoc=\"%1\"").arg(escapeAttribute(srcdoc));
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
                          "<iframe id=\"xj-frame\" sandbox=\"allow-scripts allow-same-origin allow-forms\" "
                          "width=\"%1\" height=\"%2\" style=\"border:0;display:block\" %3></iframe></body></html>")
        .arg(kViewportWidth)
        .arg(kViewportHeight)
        .arg(source);
}

} // namespace

RenderedDarkLinks::RenderedDarkLinks(const QSet<QString> &ownAuthorities, const QStringList &severeKeywords, QObject *parent)
    : QObject(parent), m_own(ownAuthorities), m_keywords(severeKeywords)
{
    prepareEnvironment();
    for (QTimer *t : {&m_settle, &m_evaluateBy, &m_deadline})
        t->setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &RenderedDarkLinks::analyse);
    connect(&m_evaluateBy, &QTimer::timeout, this, [this] {
        if (m_page && (m_phase == Phase::Framed || m_phase == Phase::Direct)) {
            m_page->triggerAction(QWebEnginePage::Stop);
            m_reframed = true; // no time left to frame the page again
            analyse();
        }
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish({}, RenderTr::tr("the page could not be loaded and analysed within %1 s").arg(m_options.timeoutMs / 1000.0));
    });
}

RenderedDarkLinks::~RenderedDarkLinks()
{
    // Pending script callbacks may be called while the page goes: they must find nothing to do.
    m_running = false;
    ++m_generation;
    // Every page (those let go with deleteLater too) before the profile, as QtWebEngine requires.
    qDeleteAll(findChildren<QWebEnginePage *>(Qt::FindDirectChildrenOnly));
    delete m_profile;
}

void RenderedDarkLinks::prepareEnvironment()
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    // Chromium refuses to run as root with its sandbox; there is no GPU on inspection servers.
    if (geteuid() == 0 && !flags.contains("--no-sandbox"))
        flags += " --no-sandbox";
    if (!flags.contains("--disable-gpu"))
        flags += " --disable-gpu";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    if (runtime.isEmpty() || !QDir(QString::fromLocal8Bit(runtime)).exists()) {
        const QString dir = QDir::tempPath() + QStringLiteral("/xunjian-runtime-%1").arg(geteuid());
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
    if (!QCoreApplication::instance())
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

void RenderedDarkLinks::start(const QUrl &url)
{
    if (m_running) {
        qWarning("RenderedDarkLinks::start: a run is in progress");
        return;
    }
    m_url = url;
    m_markup = false;
    begin();
    if (m_running)
        loadFramed(url);
}

void RenderedDarkLinks::start(const QString &html, const QUrl &baseUrl)
{
    if (m_running) {
        qWarning("RenderedDarkLinks::start: a run is in progress");
        return;
    }
    m_url = baseUrl;
    m_markup = true; // nothing to load again from the network
    begin();
    if (m_running)
        loadFramed(baseUrl, html.isNull() ? QStringLiteral("") : html);
}

void RenderedDarkLinks::begin()
{
    m_running = true;
    m_error.clear();
    m_analysedUrl.clear();
    m_approximate = false;
    m_truncated = false;
    m_reframed = false;
    m_linksSeen = 0;
    ++m_generation;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // QtWebEngine would crash without a GUI application object: report it instead.
        m_phase = Phase::Idle;
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                finish({}, RenderTr::tr("the rendered check needs a GUI application object (QGuiApplication)"));
        });
        return;
    }
    if (!m_profile) {
        m_profile = new QWebEngineProfile(this); // no storage name: off the record
        // The engine's own User-Agent names "QtWebEngine": cloaking scripts may take it for a robot.
        QString ua = m_profile->httpUserAgent();
        ua.remove(QRegularExpression(QStringLiteral("QtWebEngine/\\S+\\s*")));
        m_profile->setHttpUserAgent(ua);
    }
    QWebEngineSettings *s = m_profile->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
    s->setAttribute(QWebEngineSettings::AutoLoadImages, m_options.loadImages);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    const int total = std::max(1000, m_options.timeoutMs);
    m_deadline.start(total);
    m_evaluateBy.start(std::max(total / 2, total - kAnalysisMs));
}

void RenderedDarkLinks::loadFramed(const QUrl &url, const QString &srcdoc)
{
    m_phase = Phase::Framed;
    m_framedUrl = url;
    if (m_page) {
        m_page->disconnect(this); // its late loadFinished must not start the new page's settle
        m_page->deleteLater();    // we may be inside one of its callbacks
    }
    m_page = new QWebEnginePage(m_profile, this);
    m_page->setAudioMuted(true);
    connect(m_page, &QWebEnginePage::loadFinished, this, &RenderedDarkLinks::onLoadFinished);
    // A srcdoc frame takes the wrapper's URL as its base: the wrapper is given the page's URL.
    m_page->setHtml(wrapper(url, srcdoc), srcdoc.isNull() ? originOf(url) : url);
}

void RenderedDarkLinks::loadDirect(const QUrl &url)
{
    m_phase = Phase::Direct;
    if (m_page) {
        m_page->disconnect(this);
        m_page->deleteLater();
    }
    m_page = new QWebEnginePage(m_profile, this);
    m_page->setAudioMuted(true);
    connect(m_page, &QWebEnginePage::loadFinished, this, &RenderedDarkLinks::onLoadFinished);
    m_page->load(url);
}

void RenderedDarkLinks::onLoadFinished(bool)
{
    if (m_phase == Phase::Framed || m_phase == Phase::Direct)
        m_settle.start(std::max(0, m_options.settleMs)); // a later load (frame, redirect) restarts it
}

void RenderedDarkLinks::analyse()
{
    if (!m_page || (m_phase != Phase::Framed && m_phase != Phase::Direct))
        return;
    m_settle.stop();
    const bool framed = m_phase == Phase::Framed;
    if (!framed && !m_reframed && originOf(m_page->url()) != originOf(m_framedUrl)) {
        // Redirected to another origin: frame the final URL, where the wrapper can reach it.
        m_reframed = true;
        loadFramed(m_page->url());
        return;
    }
    m_phase = Phase::Analysing;
    const QJsonObject opts {{QStringLiteral("frame"), framed},
                            {QStringLiteral("geometry"), framed},
                            {QStringLiteral("tiny"), DarkLinkDetector::kTinyPx},
                            {QStringLiteral("offscreen"), DarkLinkDetector::kOffscreenPx},
                            {QStringLiteral("noOpacity"), DarkLinkDetector::kNoOpacity},
                            {QStringLiteral("fast"), DarkLinkDetector::kMarqueeFastAmount},
                            {QStringLiteral("tolerance"), DarkLinkDetector::kColourTolerance},
                            {QStringLiteral("budgetMs"), kAnalysisMs - 500},
                            {QStringLiteral("maxLinks"), 2000}};
    const QString call = QStringLiteral("(%1)(%2)").arg(analysisScript(),
                                                        QString::fromUtf8(QJsonDocument(opts).toJson(QJsonDocument::Compact)));
    const quint64 generation = m_generation;
    m_page->runJavaScript(call, QWebEngineScript::ApplicationWorld, [this, generation, framed](const QVariant &result) {
        if (generation != m_generation || !m_running)
            return;
        const QString json = result.toString();
        QString error;
        QUrl url;
        int seen = 0;
        bool truncated = false;
        const QList<HiddenLink> links = fromReport(json, m_own, m_keywords, &error, &url, &seen, &truncated);
        if (error.isEmpty()) {
            m_analysedUrl = url;
            m_approximate = !framed;
            m_linksSeen = seen;
            m_truncated = truncated;
            finish(links, QString());
        } else if (framed && !m_reframed && !m_markup && error != QLatin1String("no-answer")) {
            // Cross-origin redirect or refused framing: load the page itself to learn where it is.
            loadDirect(m_framedUrl);
        } else {
            finish({}, error == QLatin1String("no-answer") ? RenderTr::tr("the analysis script did not answer")
                                                          : RenderTr::tr("the page could not be analysed (%1)").arg(error));
        }
    });
}

QList<HiddenLink> RenderedDarkLinks::fromReport(const QString &json, const QSet<QString> &own, const QStringList &keywords,
                                                QString *error, QUrl *documentUrl, int *linksSeen, bool *truncated)
{
    QList<HiddenLink> out;
    const QJsonObject report = QJsonDocument::fromJson(json.toUtf8()).object();
    if (report.isEmpty()) {
        if (error)
            *error = QStringLiteral("no-answer");
        return out;
    }
    if (report.contains(QStringLiteral("error"))) {
        if (error)
            *error = report.value(QStringLiteral("error")).toString();
        return out;
    }
    if (error)
        error->clear();
    if (documentUrl)
        *documentUrl = QUrl(report.value(QStringLiteral("url")).toString());
    if (linksSeen)
        *linksSeen = report.value(QStringLiteral("seen")).toInt();
    if (truncated)
        *truncated = report.value(QStringLiteral("truncated")).toBool();
    for (const QJsonValue &v : report.value(QStringLiteral("links")).toArray()) {
        const QJsonObject o = v.toObject();
        const QUrl url = UrlNormalizer::normalize(QUrl(o.value(QStringLiteral("url")).toString()));
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            continue;
        if (DarkLinkDetector::isOwn(url, own))
            continue;
        HiddenLink h;
        h.url = url;
        h.text = o.value(QStringLiteral("text")).toString().simplified();
        h.technique = o.value(QStringLiteral("technique")).toString();
        h.path = o.value(QStringLiteral("path")).toString();
        h.cause = o.value(QStringLiteral("cause")).toString();
        h.external = true;
        h.keyword = DarkLinkDetector::severeKeyword(url, h.text, keywords);
        h.severe = !h.keyword.isEmpty();
        out.append(h);
    }
    return out;
}

void RenderedDarkLinks::finish(const QList<HiddenLink> &links, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_phase = Phase::Idle;
    m_settle.stop();
    m_evaluateBy.stop();
    m_deadline.stop();
    m_error = error;
    if (m_page) {
        // The page may still run scripts and timers: stop it and let it go (not from inside its own callback).
        m_page->disconnect(this);
        m_page->triggerAction(QWebEnginePage::Stop);
        m_page->deleteLater();
        m_page = nullptr;
    }
    emit finished(links);
}

} // namespace xj
