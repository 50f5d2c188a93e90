#include "ReviewBrowser.h"

#include "EvidenceScheme.h"

#include <QWebEngineDownloadRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineSettings>

namespace xj {

ReviewBrowserProfile::ReviewBrowserProfile(Store &store, QObject *parent)
    : QWebEngineProfile(parent), m_evidence(new EvidenceSchemeHandler(store, this))
{
    // No storage name: off the record. Said again for the cookies and cache to be explicit.
    setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    setSpellCheckEnabled(false);
    installUrlSchemeHandler(EvidenceUrl::scheme(), m_evidence);
    connect(this, &QWebEngineProfile::downloadRequested, this, [this](QWebEngineDownloadRequest *download) {
        ++m_refusedDownloads;
        download->cancel();
    });
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, true);
}

ReviewPage::ReviewPage(ReviewBrowserProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent), m_guard(new EvidenceRequestGuard(this))
{
    setUrlRequestInterceptor(m_guard);
    setAudioMuted(true);
    connect(this, &QWebEnginePage::featurePermissionRequested, this, &ReviewPage::denyPermission);
    // Downloads are refused by the profile; a page asking to go full screen is refused here.
    connect(this, &QWebEnginePage::fullScreenRequested, this, [](QWebEngineFullScreenRequest request) { request.reject(); });
    settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
}

void ReviewPage::setScriptsEnabled(bool enabled)
{
    m_scriptsForCaptured = enabled;
    applyScriptSetting(url());
}

void ReviewPage::applyScriptSetting(const QUrl &url)
{
    const bool captured = EvidenceUrl::isEvidence(url);
    settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, captured ? m_scriptsForCaptured : true);
}

QWebEnginePage *ReviewPage::createWindow(WebWindowType)
{
    ++m_refusedWindows; // popups and target=_blank links: never a new window
    return nullptr;
}

bool ReviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    const QString sch = url.scheme();
    bool ok = sch == QLatin1String("http") || sch == QLatin1String("https") || EvidenceUrl::isEvidence(url)
        || url == QUrl(QStringLiteral("about:blank"));
    // setHtml() navigates to a data: URL typed by us; a page may not send itself to one.
    if (sch == QLatin1String("data") && type == NavigationTypeTyped)
        ok = true;
    if (!ok) {
        m_refusedNavigations.append(url);
        return false;
    }
    if (isMainFrame)
        applyScriptSetting(url);
    return true;
}

QStringList ReviewPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    return {}; // no local file leaves the machine through a reviewed page
}

void ReviewPage::javaScriptAlert(const QUrl &, const QString &) {}

bool ReviewPage::javaScriptConfirm(const QUrl &, const QString &)
{
    return false;
}

bool ReviewPage::javaScriptPrompt(const QUrl &, const QString &, const QString &, QString *)
{
    return false;
}

void ReviewPage::denyPermission(const QUrl &origin, Feature feature)
{
    ++m_deniedPermissions;
    setFeaturePermission(origin, feature, PermissionDeniedByUser);
}

} // namespace xj
