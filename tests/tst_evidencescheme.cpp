// The review workspace's embedded browser: a page crawled for real is shown from its WARC evidence
// after its server has stopped — stylesheet applied, GBK text right, uncaptured subresources
// answered "not found" and never fetched — the flagged link is found and a hidden one made
// visible, and the browser refuses windows, file:// and permissions.
#include "EvidenceScheme.h"
#include "RenderedDarkLinks.h"
#include "ReviewBrowser.h"
#include "ReviewFixture.h"
#include "ReviewPane.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QWebEngineSettings>
#include <QSignalSpy>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

QVariant runJs(QWebEnginePage *page, const QString &code)
{
    QVariant out;
    bool done = false;
    page->runJavaScript(code, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) { out = v, done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("JavaScript did not answer: %s", qPrintable(code.left(80)));
    return out;
}

} // namespace

class TestEvidenceScheme : public QObject {
    Q_OBJECT
    ReviewFixture m_fx;
    std::unique_ptr<ReviewBrowserProfile> m_profile;

    Finding findingOn(const QString &url, const QString &link = {})
    {
        const QList<Finding> all = m_fx.findings();
        for (const Finding &f : all)
            if (f.url == url && (link.isEmpty() || f.link == link))
                return f;
        Finding f; // a page without findings: shown as a manual finding on it would be
        f.runId = m_fx.runId;
        f.url = url;
        return f;
    }
    // A pane showing `f` captured, loaded (false when it did not load in time).
    bool show(ReviewPane &pane, const Finding &f)
    {
        QSignalSpy loaded(&pane, &ReviewPane::loaded);
        pane.showFinding(f);
        return loaded.wait(15000) && loaded.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.build());
        m_profile = std::make_unique<ReviewBrowserProfile>(*m_fx.store);
    }
    void cleanupTestCase() { m_profile.reset(); }

    void urlsRoundTrip()
    {
        const QUrl original(QStringLiteral("https://www.example.gov.cn:8443/a/b%20c.html?x=1&y=%E4%B8%AD#top"));
        const QUrl ev = EvidenceUrl::encode(42, original);
        QVERIFY(EvidenceUrl::isEvidence(ev));
        for (const QString &label : ev.host().split(QLatin1Char('.')))
            QVERIFY(label.size() <= 63);
        qint64 run = 0;
        QUrl back;
        QVERIFY(EvidenceUrl::decode(ev, &run, &back));
        QCOMPARE(run, 42);
        QCOMPARE(back.toString(QUrl::FullyEncoded), original.toString(QUrl::FullyEncoded));
        // Relative references resolve inside the same capture.
        QVERIFY(EvidenceUrl::decode(ev.resolved(QUrl(QStringLiteral("/css/site.css"))), &run, &back));
        QCOMPARE(back.toString(), QStringLiteral("https://www.example.gov.cn:8443/css/site.css"));
        QVERIFY(!EvidenceUrl::encode(42, QUrl(QStringLiteral("file:///etc/passwd"))).isValid());
        QVERIFY(!EvidenceUrl::decode(QUrl(QStringLiteral("xj-evidence://capture/1/x")), &run, &back));
    }

    void capturedPageRendersWithoutNetwork()
    {
        ReviewPane pane(*m_fx.store, m_profile.get(), ReviewPane::Mode::Captured);
        pane.resize(900, 700);
        pane.show();
        QVERIFY(show(pane, findingOn(m_fx.homeUrl)));
        QVERIFY(EvidenceUrl::isEvidence(pane.page()->url()));
        // The stylesheet came from the capture: its rule applies.
        QTRY_COMPARE_WITH_TIMEOUT(runJs(pane.page(), QStringLiteral("getComputedStyle(document.getElementById('banner')).color")).toString(),
                                  QString::fromLatin1(ReviewFixture::kBannerColor), 10000);
        QCOMPARE(runJs(pane.page(), QStringLiteral("document.title")).toString(), QStringLiteral("临澜市人民政府"));
        // Uncaptured: the stylesheet's background images, one on the portal (down anyway), one on the
        // tracker, which is up: asked of the evidence, answered "not found", never fetched.
        QTRY_VERIFY_WITH_TIMEOUT(m_profile->evidence()->notFound().contains(QUrl(m_fx.uncapturedImage)), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_profile->evidence()->notFound().contains(QUrl(m_fx.homeUrl).resolved(QUrl(QStringLiteral("/img/never-captured.png")))), 10000);
        // The <img> on the tracker was captured by the link check: served from the evidence.
        QVERIFY(!m_profile->evidence()->notFound().contains(QUrl(m_fx.trackerImage)));
        QTRY_COMPARE_WITH_TIMEOUT(runJs(pane.page(), QStringLiteral("document.getElementById('pixel').complete")).toBool(), true, 5000);
        QVERIFY(pane.page()->guard()->redirected() >= 2); // the two absolute tracker URLs
        QTest::qWait(300);
        QCOMPARE(m_fx.tracker.hits(QStringLiteral("/pixel.png")), 0);
        QCOMPARE(m_fx.tracker.requests().size(), 0);
        // Scripts are off for captured pages by default.
        QVERIFY(!pane.scriptsEnabled());
        QVERIFY(!pane.page()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
    }

    void gbkPageReadsRight()
    {
        ReviewPane pane(*m_fx.store, m_profile.get(), ReviewPane::Mode::Captured);
        pane.resize(900, 700);
        pane.show();
        QVERIFY(show(pane, findingOn(m_fx.columnUrl)));
        const QString text = runJs(pane.page(), QStringLiteral("document.body.innerText")).toString();
        QVERIFY2(text.contains(ReviewFixture::columnText()), qPrintable(text.left(200)));
        QCOMPARE(runJs(pane.page(), QStringLiteral("document.characterSet")).toString().toUpper(), QStringLiteral("GBK"));
    }

    void previousRoundsCapture()
    {
        ReviewPane pane(*m_fx.store, m_profile.get(), ReviewPane::Mode::Previous);
        pane.resize(900, 700);
        pane.show();
        QVERIFY(show(pane, findingOn(m_fx.homeUrl)));
        QCOMPARE(pane.shownRunId(), m_fx.previousRunId);
        QTRY_VERIFY_WITH_TIMEOUT(runJs(pane.page(), QStringLiteral("document.body.innerText")).toString().contains(ReviewFixture::previousText()), 5000);
        // The current capture does not have it.
        pane.setMode(ReviewPane::Mode::Captured);
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading() && pane.shownRunId() == m_fx.runId, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(runJs(pane.page(), QStringLiteral("document.getElementById('banner') !== null")).toBool(), 5000);
        QVERIFY(!runJs(pane.page(), QStringLiteral("document.body.innerText")).toString().contains(ReviewFixture::previousText()));
    }

    void highlightsBrokenLink()
    {
        const Finding broken = findingOn(m_fx.homeUrl, m_fx.brokenLink);
        QCOMPARE(broken.indicator, QStringLiteral("W-D-LINK"));
        ReviewPane pane(*m_fx.store, m_profile.get(), ReviewPane::Mode::Captured);
        pane.resize(900, 700);
        pane.show();
        QSignalSpy highlighted(&pane, &ReviewPane::highlighted);
        QVERIFY(show(pane, broken));
        QVERIFY(highlighted.wait(10000));
        QVERIFY(highlighted.first().first().toMap().value(QStringLiteral("found")).toBool());
        const QString href = runJs(pane.page(), QStringLiteral("document.querySelector('[data-xj-highlight]').href")).toString();
        QUrl original;
        QVERIFY2(EvidenceUrl::decode(QUrl(href), nullptr, &original), qPrintable(href));
        QCOMPARE(original.toString(), broken.link);
        QCOMPARE(runJs(pane.page(), QStringLiteral("document.querySelector('[data-xj-highlight]').id")).toString(), QStringLiteral("broken"));
        QVERIFY(runJs(pane.page(), QStringLiteral("getComputedStyle(document.querySelector('[data-xj-highlight]')).outlineStyle")).toString()
                == QLatin1String("solid"));
    }

    void hiddenLinkMadeVisible()
    {
        Finding dark = findingOn(m_fx.homeUrl, m_fx.darkLink);
        QVERIFY2(dark.id > 0, "the crawl filed the hidden link");
        ReviewPane pane(*m_fx.store, m_profile.get(), ReviewPane::Mode::Captured);
        pane.resize(900, 700);
        pane.show();
        Finding plain; // the page alone, nothing to highlight: the link stays hidden as captured
        plain.runId = m_fx.runId;
        plain.url = m_fx.homeUrl;
        QVERIFY(show(pane, plain));
        QTRY_COMPARE_WITH_TIMEOUT(runJs(pane.page(), QStringLiteral("document.getElementById('dark').offsetWidth")).toInt(), 0, 5000);
        QSignalSpy highlighted(&pane, &ReviewPane::highlighted);
        pane.highlight(dark);
        QVERIFY(highlighted.wait(10000));
        const QVariantMap r = highlighted.first().first().toMap();
        QVERIFY(r.value(QStringLiteral("found")).toBool());
        QVERIFY(r.value(QStringLiteral("width")).toInt() > 0);
        QCOMPARE(runJs(pane.page(), QStringLiteral("document.querySelector('[data-xj-highlight]').id")).toString(), QStringLiteral("dark"));
        QVERIFY(runJs(pane.page(), QStringLiteral("document.getElementById('dark').offsetWidth")).toInt() > 0);
    }

    void highlightsWordingAndFooter()
    {
        ReviewPane pane(*m_fx.store, m_profile.get(), ReviewPane::Mode::Captured);
        pane.resize(900, 700);
        pane.show();
        Finding wording = findingOn(m_fx.columnUrl);
        wording.indicator = QStringLiteral("W-N-WORDING");
        wording.details = {{QStringLiteral("term"), QStringLiteral("政务公开")},
                           {QStringLiteral("sentences"), QJsonArray{ReviewFixture::columnText()}}};
        QSignalSpy highlighted(&pane, &ReviewPane::highlighted);
        QVERIFY(show(pane, wording));
        QVERIFY(highlighted.wait(10000));
        QCOMPARE(runJs(pane.page(), QStringLiteral("document.querySelector('mark[data-xj-highlight]').textContent")).toString(),
                 QStringLiteral("政务公开"));
        Finding ident = findingOn(m_fx.columnUrl);
        ident.indicator = QStringLiteral("W-D-IDENT");
        highlighted.clear();
        pane.highlight(ident);
        QVERIFY(highlighted.wait(10000));
        QCOMPARE(runJs(pane.page(), QStringLiteral("document.querySelector('div[data-xj-highlight]').className")).toString(),
                 QStringLiteral("footer"));
    }

    void sourceModeMarksMarkup()
    {
        ReviewPane pane(*m_fx.store, m_profile.get(), ReviewPane::Mode::Source);
        QSignalSpy highlighted(&pane, &ReviewPane::highlighted);
        pane.showFinding(findingOn(m_fx.homeUrl, m_fx.brokenLink));
        QCOMPARE(highlighted.size(), 1);
        QVERIFY(highlighted.first().first().toMap().value(QStringLiteral("text")).toString().contains(QLatin1String("href=\"/broken.html\"")));
        QVERIFY(pane.sourceView()->toPlainText().contains(QStringLiteral("澳门博彩")));
    }

    void screenshotsArePng()
    {
        ReviewPane pane(*m_fx.store, m_profile.get(), ReviewPane::Mode::Captured);
        pane.resize(900, 700);
        pane.show();
        QVERIFY(show(pane, findingOn(m_fx.homeUrl)));
        QByteArray png;
        // The compositor may hand over its first frame a little later: poll.
        QTRY_VERIFY_WITH_TIMEOUT((png = pane.screenshot(QRect(0, 0, 200, 100))).startsWith("\x89PNG")
                                     && !QImage::fromData(png).isNull()
                                     && QImage::fromData(png).pixelColor(5, 5) != QColor(Qt::black),
                                 10000);
        QCOMPARE(QImage::fromData(png).size(), QSize(200, 100));
        QSignalSpy captured(&pane, &ReviewPane::regionCaptured);
        pane.startRegionCapture();
        QVERIFY(pane.isCapturingRegion());
        QWidget *overlay = pane.findChild<QWidget *>(QStringLiteral("regionOverlay"));
        QVERIFY(overlay);
        QTest::mousePress(overlay, Qt::LeftButton, {}, QPoint(10, 10));
        QTest::mouseMove(overlay, QPoint(110, 60));
        QTest::mouseRelease(overlay, Qt::LeftButton, {}, QPoint(110, 60));
        QCOMPARE(captured.size(), 1);
        QCOMPARE(QImage::fromData(captured.first().first().toByteArray()).size(), QSize(100, 50));
        QVERIFY(!pane.isCapturingRegion());
    }

    void browserRefusesWindowsFilesAndPermissions()
    {
        struct ExposedPage : ReviewPage {
            using ReviewPage::ReviewPage;
            QWebEnginePage *openWindow(WebWindowType type) { return createWindow(type); }
        } page(m_profile.get());
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        // A live page (JavaScript on) on a trustworthy origin, so that it may ask for permissions.
        page.setHtml(QStringLiteral("<html><body><a id=\"f\" href=\"file:///etc/passwd\">f</a></body></html>"),
                     QUrl(QStringLiteral("http://127.0.0.1/")));
        QVERIFY(loaded.wait(10000));
        QVERIFY(page.settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
        // Scripts may not open windows at all; a window the engine asks for (target=_blank) is refused.
        QCOMPARE(runJs(&page, QStringLiteral("String(window.open('http://127.0.0.1:1/popup'))")).toString(), QStringLiteral("null"));
        QCOMPARE(page.openWindow(QWebEnginePage::WebBrowserTab), nullptr);
        QCOMPARE(page.refusedWindows(), 1);
        runJs(&page, QStringLiteral("Notification.requestPermission(); 0"));
        QTRY_VERIFY_WITH_TIMEOUT(page.deniedPermissions() >= 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(runJs(&page, QStringLiteral("Notification.permission")).toString(), QStringLiteral("denied"), 5000);
        // Downloads are refused.
        const int refused = m_profile->refusedDownloads();
        runJs(&page, QStringLiteral("var a = document.createElement('a'); a.download = 'x.txt';"
                                    "a.href = URL.createObjectURL(new Blob(['hi'])); document.body.appendChild(a); a.click(); 0"));
        QTRY_COMPARE_WITH_TIMEOUT(m_profile->refusedDownloads(), refused + 1, 5000);
        // A live page may not read the evidence.
        const QUrl evidence = EvidenceUrl::encode(m_fx.runId, QUrl(m_fx.homeUrl));
        const int served = m_profile->evidence()->served();
        runJs(&page, QStringLiteral("var i = new Image(); i.src = '%1'; document.body.appendChild(i); 0").arg(evidence.toString(QUrl::FullyEncoded)));
        QTRY_VERIFY_WITH_TIMEOUT(page.guard()->blockedUrls().contains(evidence), 5000);
        QCOMPARE(m_profile->evidence()->served(), served);
        page.load(QUrl(QStringLiteral("file:///etc/passwd")));
        QTRY_VERIFY_WITH_TIMEOUT(page.refusedNavigations().contains(QUrl(QStringLiteral("file:///etc/passwd"))), 5000);
        QVERIFY(!page.url().isLocalFile());
        QVERIFY(!m_profile->settings()->testAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls));
        QVERIFY(m_profile->isOffTheRecord());
    }
};

int main(int argc, char **argv)
{
    // The scheme must be known before the application object exists: QTEST_MAIN cannot do this.
    EvidenceUrl::registerScheme();
    RenderedDarkLinks::prepareEnvironment(); // --no-sandbox as root, no GPU, as the workstation does
    QApplication app(argc, argv);
    TestEvidenceScheme test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_evidencescheme.moc"
