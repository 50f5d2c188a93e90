// 暗链 (W-N-DARKLINK), static pass: one fixture page per hiding technique, the same CSS used
// harmlessly, a GBK page, linked style sheets, script-written links, cloaking, severe keywords,
// and the findings filed from them.
#include "DarkLinkDetector.h"
#include "DarkLinkRules.h"
#include "DarkLinkScript.h"
#include "HtmlDocument.h"
#include "IndicatorSet.h"
#include "PageDecoder.h"

#include <QFile>
#include <QtTest>

using namespace xj;

namespace {

const QString kDataDir = QStringLiteral(XJ_SOURCE_DIR "/tests/data/darklinks/");
const QUrl kPageUrl(QStringLiteral("http://www.linlan.gov.cn/index.html"));
const QSet<QString> kOwn = {QStringLiteral("www.linlan.gov.cn")};

QByteArray fixtureBytes(const QString &name)
{
    QFile f(kDataDir + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

HtmlDocument fixture(const QString &name)
{
    const DecodedPage page = PageDecoder::decode(fixtureBytes(name));
    return HtmlDocument::parse(page.text, kPageUrl);
}

QStringList keywords()
{
    return DarkLinkRules::severeKeywords(IndicatorSet::defaults());
}

QList<HiddenLink> detect(const QString &html, const QStringList &css = {})
{
    return DarkLinkDetector::detect(HtmlDocument::parse(html, kPageUrl), css, kOwn, keywords());
}

QStringList urls(const QList<HiddenLink> &links)
{
    QStringList out;
    for (const HiddenLink &h : links)
        out << h.url.toString();
    return out;
}

QString describe(const QList<HiddenLink> &links)
{
    QStringList out;
    for (const HiddenLink &h : links)
        out << QStringLiteral("%1 %2 [%3]").arg(h.technique, h.url.toString(), h.cause);
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestDarkLinks : public QObject {
    Q_OBJECT

private slots:
    void eachTechniqueFound_data();
    void eachTechniqueFound();
    void harmlessPageReportsNothing();
    void colourViaAncestorAndLegacyAttributes();
    void hiddenAncestorWinsOverVisibleChild();
    void visibleChildOfHiddenVisibilityIsVisible();
    void gbkPage();
    void linkedStyleSheet();
    void cssOrderAcrossStyleAndLink();
    void scriptWrittenExtraction();
    void scriptWrittenVisibleStillReported();
    void cloaking();
    void severeKeywords_data();
    void severeKeywords();
    void ownAuthorities();
    void findingsFromHiddenLinks();
    void findingsRespectDisabledIndicator();
};

void TestDarkLinks::eachTechniqueFound_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("technique");
    QTest::addColumn<bool>("severe");
    QTest::newRow("display-none") << "display-none.html" << "http://www.bet365-casino.example/" << "display-none" << true;
    QTest::newRow("visibility-hidden") << "visibility-hidden.html" << "http://www.casino-games.example/" << "visibility-hidden" << true;
    QTest::newRow("opacity-zero") << "opacity-zero.html" << "http://av-video.example/" << "opacity-zero" << true;
    QTest::newRow("tiny-font") << "tiny-font.html" << "http://www.lottery.example/" << "tiny-font" << true;
    QTest::newRow("zero-size-overflow") << "zero-size-overflow.html" << "http://www.poker.example/" << "zero-size-overflow" << true;
    QTest::newRow("offscreen-position") << "offscreen-position.html" << "http://www.baccarat.example/" << "offscreen-position" << true;
    QTest::newRow("text-indent") << "text-indent.html" << "http://www.slots.example/" << "text-indent" << true;
    QTest::newRow("same-colour") << "same-colour.html" << "http://www.fake-invoice.example/" << "same-colour" << true;
    QTest::newRow("zero-iframe") << "zero-iframe.html" << "http://www.casino-frame.example/" << "zero-iframe" << true;
    QTest::newRow("marquee") << "marquee.html" << "http://www.mark-six.example/" << "marquee" << true;
    QTest::newRow("script-written") << "script-written.html" << "http://www.casino-script.example/" << "script-written" << true;
}

void TestDarkLinks::eachTechniqueFound()
{
    QFETCH(QString, file);
    QFETCH(QString, target);
    QFETCH(QString, technique);
    QFETCH(bool, severe);
    const HtmlDocument doc = fixture(file);
    const QList<HiddenLink> found = DarkLinkDetector::detect(doc, {}, kOwn, keywords());
    QVERIFY2(urls(found).contains(target), qPrintable(describe(found)));
    for (const HiddenLink &h : found) {
        if (h.url.toString() != target)
            continue;
        QCOMPARE(h.technique, technique);
        QVERIFY(h.external);
        QCOMPARE(h.severe, severe);
        QVERIFY(!h.path.isEmpty());
        QVERIFY(h.line > 0);
        QVERIFY(!h.cause.isEmpty());
    }
    // The visible outside link and the internal ones are never reported.
    QVERIFY(!urls(found).contains(QStringLiteral("http://www.gov.cn/")));
    for (const HiddenLink &h : found)
        QVERIFY2(!DarkLinkDetector::isOwn(h.url, kOwn), qPrintable(h.url.toString()));
}

void TestDarkLinks::harmlessPageReportsNothing()
{
    // A hidden dropdown of internal links, a link hidden only on :hover, a print-only and a
    // small-screen-only rule, light text on a dark box, an image badge with text-indent, a
    // <noscript> fallback and an empty link: nothing a visitor is kept from seeing.
    const QList<HiddenLink> found = DarkLinkDetector::detect(fixture(QStringLiteral("harmless.html")), {}, kOwn, keywords());
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
}

void TestDarkLinks::colourViaAncestorAndLegacyAttributes()
{
    // <body bgcolor> and <font color> in the old CMS way, and a link colour from a class rule.
    QList<HiddenLink> found = detect(QStringLiteral(
        "<body bgcolor=\"#FFFFFF\"><a href=\"http://a.example/\"><font color=white>白色文字</font></a>"
        "<a href=\"http://b.example/\"><font color=\"#333\">看得见</font></a></body>"));
    QCOMPARE(urls(found), QStringList({QStringLiteral("http://a.example/")}));
    QCOMPARE(found.first().technique, QStringLiteral("same-colour"));
    // A link's own colour comes from the browser (blue), not from the white of its parent.
    found = detect(QStringLiteral("<div style='color:#fff'><a href='http://c.example/'>blue link</a></div>"));
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
    // ... unless a rule colours links: "inherit" on a white background hides it.
    found = detect(QStringLiteral("<style>.f a { color: inherit }</style>"
                                  "<div class=f style='color:#fefefe'><a href='http://d.example/'>x</a></div>"));
    QCOMPARE(urls(found), QStringList({QStringLiteral("http://d.example/")}));
    // Semi-transparent colour over the ancestor's background, and a background image (unknown) behind.
    found = detect(QStringLiteral("<div style='background:#000'><a href='http://e.example/' style='color:rgba(255,255,255,0.01)'>x</a></div>"
                                  "<div style='background:#000 url(bg.png)'><a href='http://f.example/' style='color:#000'>y</a></div>"));
    QCOMPARE(urls(found), QStringList({QStringLiteral("http://e.example/")}));
}

void TestDarkLinks::hiddenAncestorWinsOverVisibleChild()
{
    const QList<HiddenLink> found = detect(QStringLiteral(
        "<style>#box { display: none } .box a { display: inline !important }</style>"
        "<div id=box class=box><p><a href='http://x.example/' style='display:block'>x</a></p></div>"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().technique, QStringLiteral("display-none"));
    QVERIFY2(found.first().cause.contains(QStringLiteral("div#box")), qPrintable(found.first().cause));
    QVERIFY2(found.first().cause.contains(QStringLiteral("#box")), qPrintable(found.first().cause));
}

void TestDarkLinks::visibleChildOfHiddenVisibilityIsVisible()
{
    // visibility inherits, and a child may show itself again: unlike display:none.
    QList<HiddenLink> found = detect(QStringLiteral(
        "<div style='visibility:hidden'><a href='http://x.example/' style='visibility:visible'>x</a>"
        "<a href='http://y.example/'>y</a></div>"));
    QCOMPARE(urls(found), QStringList({QStringLiteral("http://y.example/")}));
    QCOMPARE(found.first().technique, QStringLiteral("visibility-hidden"));
    // An iframe of no size inside a box that is not displayed: the box is the reason.
    found = detect(QStringLiteral("<div style='display:none'><iframe src='http://i.example/' width=0 height=0></iframe></div>"
                                  "<iframe src='http://j.example/' style='width:1px;height:1px;border:0'></iframe>"));
    QCOMPARE(urls(found), QStringList({QStringLiteral("http://i.example/"), QStringLiteral("http://j.example/")}));
    QCOMPARE(found.at(0).technique, QStringLiteral("display-none"));
    QCOMPARE(found.at(1).technique, QStringLiteral("zero-iframe"));
    // Tiny text with a visible image: the image shows the link.
    found = detect(QStringLiteral("<p style='font-size:0'><a href='http://z.example/'>text<img src=a.png width=88 height=31></a></p>"));
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
}

void TestDarkLinks::gbkPage()
{
    const QByteArray bytes = fixtureBytes(QStringLiteral("gbk.html"));
    QVERIFY(!bytes.contains("澳门赌场")); // really GBK on disk
    const DecodedPage page = PageDecoder::decode(bytes, "text/html");
    const HtmlDocument doc = HtmlDocument::parse(page.text, kPageUrl);
    const QList<HiddenLink> found = DarkLinkDetector::detect(doc, {}, kOwn, keywords());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().text, QStringLiteral("澳门赌场"));
    QVERIFY(found.first().severe);
    QCOMPARE(found.first().keyword, QStringLiteral("赌场"));
}

void TestDarkLinks::linkedStyleSheet()
{
    const HtmlDocument doc = fixture(QStringLiteral("linked-css.html"));
    QCOMPARE(doc.stylesheetUrls().size(), 2);
    // Without its style sheet the link looks visible; with it, it is off-screen. The print sheet
    // (display:none on body) does not apply to a visitor's screen.
    QVERIFY(DarkLinkDetector::detect(doc, {}, kOwn, keywords()).isEmpty());
    const QStringList css = {QString::fromUtf8(fixtureBytes(QStringLiteral("site.css"))),
                             QString::fromUtf8(fixtureBytes(QStringLiteral("print.css")))};
    const QList<HiddenLink> found = DarkLinkDetector::detect(doc, css, kOwn, keywords());
    QCOMPARE(urls(found), QStringList({QStringLiteral("http://www.escort.example/")}));
    QCOMPARE(found.first().technique, QStringLiteral("offscreen-position"));
    QVERIFY2(found.first().cause.contains(QStringLiteral("http://www.linlan.gov.cn/css/site.css")), qPrintable(found.first().cause));
    QVERIFY(found.first().severe);
    // Sheets fetched by URL, the print one missing: aligned by linkedCssFor.
    const QHash<QUrl, QString> byUrl = {{QUrl(QStringLiteral("http://www.linlan.gov.cn/css/site.css")), css.first()}};
    const QStringList aligned = DarkLinkDetector::linkedCssFor(doc, byUrl);
    QCOMPARE(aligned, QStringList({css.first(), QString()}));
    QCOMPARE(DarkLinkDetector::detect(doc, aligned, kOwn, keywords()).size(), 1);
}

void TestDarkLinks::cssOrderAcrossStyleAndLink()
{
    // Document order decides between equally specific rules of <style> and <link> sheets.
    const QString html = QStringLiteral("<style>.x { display: none }</style><link rel=stylesheet href='/a.css'>"
                                        "<a class=x href='http://x.example/'>x</a>");
    QVERIFY(detect(html, {QStringLiteral(".x { display: inline }")}).isEmpty());
    const QString reversed = QStringLiteral("<link rel=stylesheet href='/a.css'><style>.x { display: none }</style>"
                                            "<a class=x href='http://x.example/'>x</a>");
    QCOMPARE(detect(reversed, {QStringLiteral(".x { display: inline }")}).size(), 1);
    // An alternate style sheet is not applied.
    const QString alternate = QStringLiteral("<link rel='alternate stylesheet' href='/a.css'><a class=x href='http://x.example/'>x</a>");
    QVERIFY(detect(alternate, {QStringLiteral(".x { display: none }")}).isEmpty());
}

void TestDarkLinks::scriptWrittenExtraction()
{
    QStringList html = DarkLinkScript::writtenHtml(QStringLiteral(
        "// document.write('<a href=\"http://comment.example/\">no</a>')\n"
        "var re = /['\"]/g; document.writeln(\"<a href='http://one.example/'>\" + '\\x31' + \"</a>\");\n"
        "document.getElementById('x').innerHTML = '<a href=\"http://two.example/\">2</a>';\n"
        "document.write(unescape('%3Ca%20href%3D%22http%3A//three.example/%22%3E3%3C/a%3E'));\n"
        "$('#f').append(`<a href=\"http://four.example/\">${n}4</a>`);\n"
        "el.innerHTML == '<a href=\"http://compare.example/\">no</a>';\n"));
    QCOMPARE(html.size(), 4);
    QCOMPARE(html.at(0), QStringLiteral("<a href='http://one.example/'>1</a>"));
    QCOMPARE(html.at(1), QStringLiteral("<a href=\"http://two.example/\">2</a>"));
    QCOMPARE(html.at(2), QStringLiteral("<a href=\"http://three.example/\">3</a>"));
    QCOMPARE(html.at(3), QStringLiteral("<a href=\"http://four.example/\">4</a>"));
}

void TestDarkLinks::scriptWrittenVisibleStillReported()
{
    const HtmlDocument doc = fixture(QStringLiteral("script-written.html"));
    QList<HiddenLink> found = DarkLinkDetector::detect(doc, {}, kOwn, keywords());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().text, QStringLiteral("娱乐城"));
    QVERIFY2(found.first().cause.startsWith(QStringLiteral("display-none")), qPrintable(found.first().cause));
    QVERIFY(found.first().path.endsWith(QStringLiteral("script")));
    // Written visibly: still reported (the page source hides it), and says so.
    found = detect(QStringLiteral("<script>document.write('<a href=\"http://w.example/\">w</a>')</script>"
                                  "<script>document.write('<a href=\"/own.html\">own</a>')</script>"));
    QCOMPARE(urls(found), QStringList({QStringLiteral("http://w.example/")}));
    QCOMPARE(found.first().technique, QStringLiteral("script-written"));
    QCOMPARE(found.first().cause, QStringLiteral("written by an inline script"));
    // A script inside a hidden box writes into the hidden box.
    found = detect(QStringLiteral("<div style='display:none'><script>document.write('<a href=\"http://h.example/\">h</a>')</script></div>"));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().cause.startsWith(QStringLiteral("display-none")), qPrintable(found.first().cause));
}

void TestDarkLinks::cloaking()
{
    const HtmlDocument browser = fixture(QStringLiteral("cloak-browser.html"));
    const HtmlDocument spider = fixture(QStringLiteral("cloak-spider.html"));
    const QList<HiddenLink> found = DarkLinkDetector::cloaked(browser, spider, kOwn, keywords());
    QCOMPARE(urls(found), QStringList({QStringLiteral("http://www.cloaked-casino.example/")})); // once, not twice
    QCOMPARE(found.first().technique, QStringLiteral("cloaked"));
    QVERIFY(found.first().severe);
    QVERIFY(found.first().line > 0);
    // The same page twice: nothing cloaked.
    QVERIFY(DarkLinkDetector::cloaked(spider, spider, kOwn, keywords()).isEmpty());
    QVERIFY(DarkLinkDetector::crawlerUserAgent().contains("Baiduspider"));
}

void TestDarkLinks::severeKeywords_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("keyword");
    QTest::newRow("chinese text") << "http://a.example/" << "澳门百家乐" << "百家乐";
    QTest::newRow("url case") << "http://www.CASINO-royal.example/" << "" << "casino";
    QTest::newRow("AV alone") << "http://av8.example/" << "" << "AV";
    QTest::newRow("AV inside a word") << "http://www.travel.example/javascript" << "" << "";
    QTest::newRow("sex inside a word") << "http://www.sussex.example/" << "" << "";
    QTest::newRow("sex alone") << "http://a.example/sex/" << "" << "sex";
    QTest::newRow("percent-encoded path") << "http://a.example/%E5%8D%9A%E5%BD%A9/" << "" << "博彩";
    QTest::newRow("clean") << "http://www.gov.cn/" << "中国政府网" << "";
}

void TestDarkLinks::severeKeywords()
{
    QFETCH(QString, url);
    QFETCH(QString, text);
    QTEST(DarkLinkDetector::severeKeyword(QUrl(url), text, keywords()), "keyword");
}

void TestDarkLinks::ownAuthorities()
{
    QVERIFY(DarkLinkDetector::isOwn(QUrl(QStringLiteral("http://www.linlan.gov.cn/a")), kOwn));
    QVERIFY(DarkLinkDetector::isOwn(QUrl(QStringLiteral("https://jyj.linlan.gov.cn/")), kOwn)); // same registrable domain
    QVERIFY(!DarkLinkDetector::isOwn(QUrl(QStringLiteral("http://www.linlan.gov.cn.evil.example/")), kOwn));
    QVERIFY(!DarkLinkDetector::isOwn(QUrl(QStringLiteral("http://www.gov.cn/")), kOwn));
    const QSet<QString> local = {QStringLiteral("127.0.0.1:8080")};
    QVERIFY(DarkLinkDetector::isOwn(QUrl(QStringLiteral("http://127.0.0.1:8080/x")), local));
    QVERIFY(!DarkLinkDetector::isOwn(QUrl(QStringLiteral("http://127.0.0.1:9090/x")), local));
    QVERIFY(!DarkLinkDetector::isOwn(QUrl(QStringLiteral("http://10.0.0.1/")), {QStringLiteral("127.0.0.1")}));
}

void TestDarkLinks::findingsFromHiddenLinks()
{
    Site site;
    site.id = 42;
    site.name = QStringLiteral("临澜市人民政府");
    const HtmlDocument doc = fixture(QStringLiteral("display-none.html"));
    QList<HiddenLink> links = DarkLinkDetector::detect(doc, {}, kOwn, keywords());
    QCOMPARE(links.size(), 2);
    links += links.first(); // the same target found again (e.g. by the rendered pass) …
    links.last().technique = QStringLiteral("opacity-zero");
    HiddenLink own = links.first(); // … and an internal one, which is never filed
    own.url = QUrl(QStringLiteral("http://www.linlan.gov.cn/x"));
    own.external = false;
    links += own;
    const QList<Finding> findings = DarkLinkRules::findings(site, 7, kPageUrl.toString(), links, IndicatorSet::defaults());
    QCOMPARE(findings.size(), 2);
    const Finding *severe = nullptr, *plain = nullptr;
    for (const Finding &f : findings)
        (f.details.value(QStringLiteral("severe")).toBool() ? severe : plain) = &f;
    QVERIFY(severe && plain);
    QCOMPARE(severe->indicator, QStringLiteral("W-N-DARKLINK"));
    QCOMPARE(severe->severity, IndicatorSet::defaults().severity(QStringLiteral("W-N-DARKLINK")));
    QCOMPARE(severe->objectId, 42);
    QCOMPARE(severe->pageId, 7);
    QCOMPARE(severe->url, kPageUrl.toString());
    QCOMPARE(severe->link, QStringLiteral("http://www.bet365-casino.example/"));
    QCOMPARE(severe->fingerprint, QStringLiteral("W-N-DARKLINK|42|http://www.linlan.gov.cn/index.html|http://www.bet365-casino.example/"));
    QCOMPARE(severe->details.value(QStringLiteral("technique")).toString(), QStringLiteral("display-none"));
    QCOMPARE(severe->details.value(QStringLiteral("keyword")).toString(), QStringLiteral("博彩"));
    QVERIFY(severe->details.value(QStringLiteral("needs_review")).toBool());
    QCOMPARE(severe->details.value(QStringLiteral("other_techniques")).toArray().size(), 1);
    QVERIFY2(severe->evidence.contains(QStringLiteral("博彩")), qPrintable(severe->evidence));
    QVERIFY2(severe->evidence.contains(QStringLiteral("http://www.bet365-casino.example/")), qPrintable(severe->evidence));
    QVERIFY(!plain->details.value(QStringLiteral("severe")).toBool());
    QVERIFY(!plain->details.contains(QStringLiteral("keyword")));
    QVERIFY(plain->details.value(QStringLiteral("line")).toInt() > 0);
    QVERIFY(!plain->details.value(QStringLiteral("path")).toString().isEmpty());
}

void TestDarkLinks::findingsRespectDisabledIndicator()
{
    IndicatorSet set = IndicatorSet::defaults();
    IndicatorSettings s = *set.settings(QStringLiteral("W-N-DARKLINK"));
    s.enabled = false;
    set.setSettings(s);
    const QList<HiddenLink> links = DarkLinkDetector::detect(fixture(QStringLiteral("display-none.html")), {}, kOwn, keywords());
    QVERIFY(!links.isEmpty());
    QVERIFY(DarkLinkRules::findings(Site(), 1, kPageUrl.toString(), links, set).isEmpty());
    // Severe keywords come from the caller (the set's list): without them nothing is severe.
    for (const HiddenLink &h : DarkLinkDetector::detect(fixture(QStringLiteral("display-none.html")), {}, kOwn, {}))
        QVERIFY(!h.severe);
}

QTEST_MAIN(TestDarkLinks)
#include "tst_darklinks.moc"
