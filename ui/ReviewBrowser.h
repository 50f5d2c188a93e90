#pragma once
// The embedded browser of the review workspace, made safe to open hostile pages in.
//
// ReviewBrowserProfile: an off-the-record QWebEngineProfile (no persistent cookies, cache in
// memory only) that serves captured pages (EvidenceSchemeHandler), refuses every download and has
// no file:// access, no clipboard, no plugins, no popups from scripts.
//
// ReviewPage: a page of that profile that denies every feature permission (camera, microphone,
// location, notifications, clipboard…), opens no windows (createWindow returns nullptr), navigates
// to http(s) and captured pages only, picks no files and shows no script dialogs. A captured page
// runs without JavaScript unless asked (setScriptsEnabled); a live page runs it (hidden links need
// it). Its EvidenceRequestGuard keeps captured pages off the network.
//
// The profile must outlive its pages: delete the pages (the panes) first.
// Threading: all members are called from the GUI thread.

#include <QWebEnginePage>
#include <QWebEngineProfile>

namespace xj {

class EvidenceRequestGuard;
class EvidenceSchemeHandler;
class Store;

class ReviewBrowserProfile : public QWebEngineProfile {
    Q_OBJECT
public:
    explicit ReviewBrowserProfile(Store &store, QObject *parent = nullptr);

    EvidenceSchemeHandler *evidence() const { return m_evidence; }
    int refusedDownloads() const { return m_refusedDownloads; }

private:
    EvidenceSchemeHandler *m_evidence;
    int m_refusedDownloads = 0;
};

class ReviewPage : public QWebEnginePage {
    Q_OBJECT
public:
    explicit ReviewPage(ReviewBrowserProfile *profile, QObject *parent = nullptr);

    // Captured pages (the evidence scheme) run scripts only when enabled; live pages always do.
    void setScriptsEnabled(bool enabled);
    bool scriptsEnabled() const { return m_scriptsForCaptured; }

    EvidenceRequestGuard *guard() const { return m_guard; }
    // What was refused, for the tests and the status line.
    int refusedWindows() const { return m_refusedWindows; }
    int deniedPermissions() const { return m_deniedPermissions; }
    QList<QUrl> refusedNavigations() const { return m_refusedNavigations; }

protected:
    QWebEnginePage *createWindow(WebWindowType type) override;
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles, const QStringList &acceptedMimeTypes) override;
    void javaScriptAlert(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptPrompt(const QUrl &securityOrigin, const QString &msg, const QString &defaultValue, QString *result) override;

private:
    void denyPermission(const QUrl &origin, Feature feature);
    void applyScriptSetting(const QUrl &url);

    EvidenceRequestGuard *m_guard;
    bool m_scriptsForCaptured = false;
    int m_refusedWindows = 0;
    int m_deniedPermissions = 0;
    QList<QUrl> m_refusedNavigations;
};

} // namespace xj
