// The cascade behind the hidden-link check, over pages parsed by HtmlDocument: specificity and
// source order, !important and the style attribute, inheritance, combinators, shorthands and
// HTML presentational attributes.
#include "CssCascade.h"
#include "HtmlDocument.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace xj;

namespace {

// The first element with this id.
int byId(const DomTree &dom, const QString &id)
{
    for (int i = 0; i < dom.size(); ++i)
        if (dom.isElement(i) && dom.attribute(i, u"id") == id)
            return i;
    return -1;
}

} // namespace

class TestCssCascade : public QObject {
    Q_OBJECT

private slots:
    void cascadeSpecificityAndOrder();
    void cascadeImportantAndInline();
    void cascadeInheritance();
    void cascadeCombinators();
    void cascadeShorthands();
    void cascadePresentationalHints();
    void hostileSelectorsStayFast();
    void interactiveCascade();
};

void TestCssCascade::cascadeSpecificityAndOrder()
{
    const HtmlDocument doc = HtmlDocument::parse(QStringLiteral(
        "<style>#x { color: red } .c { color: blue } p { color: green } .c { display: none } "
        ".c.d { display: block } .d { display: inline }</style>"
        "<p id=x class='c d'>a</p><p id=y class=c>b</p>"), QUrl(QStringLiteral("http://a.example/")));
    const CssCascade cascade(doc.dom(), {CssStyleSheet::parse(doc.inlineStyles().join(QLatin1Char('\n')))});
    const int x = byId(doc.dom(), QStringLiteral("x"));
    const int y = byId(doc.dom(), QStringLiteral("y"));
    QCOMPARE(cascade.style(x).color.name(), QStringLiteral("#ff0000"));    // the id wins over later classes
    QCOMPARE(cascade.style(x).display, QStringLiteral("block"));           // .c.d beats the later .d
    QCOMPARE(cascade.style(y).color.name(), QStringLiteral("#0000ff"));
    QCOMPARE(cascade.style(y).display, QStringLiteral("none"));
}

void TestCssCascade::cascadeImportantAndInline()
{
    const HtmlDocument doc = HtmlDocument::parse(QStringLiteral(
        "<style>.a { display: none !important } #b { display: none } .c { color: red !important } "
        "p { visibility: hidden !important }</style>"
        "<p id=a class=a style='display:block'>a</p><p id=b style='display:block'>b</p>"
        "<p id=c class=c style='color: blue !important; visibility: visible !important'>c</p>"),
        QUrl(QStringLiteral("http://a.example/")));
    const CssCascade cascade(doc.dom(), {CssStyleSheet::parse(doc.inlineStyles().join(QLatin1Char('\n')))});
    QCOMPARE(cascade.style(byId(doc.dom(), QStringLiteral("a"))).display, QStringLiteral("none")); // !important beats inline
    QCOMPARE(cascade.style(byId(doc.dom(), QStringLiteral("b"))).display, QStringLiteral("block")); // inline beats an id
    const CssComputedStyle &c = cascade.style(byId(doc.dom(), QStringLiteral("c")));
    QCOMPARE(c.color.name(), QStringLiteral("#0000ff")); // inline !important beats sheet !important
    QCOMPARE(c.visibility, QStringLiteral("visible"));
}

void TestCssCascade::cascadeInheritance()
{
    const HtmlDocument doc = HtmlDocument::parse(QStringLiteral(
        "<div id=outer style='visibility:hidden; color:#fff; font-size:0; display:block; opacity:0.5'>"
        "<span id=inner>x<b id=back style='visibility:visible; font-size:2em'>y</b></span>"
        "<i id=inherit style='display:inherit; opacity: inherit'>z</i></div>"),
        QUrl(QStringLiteral("http://a.example/")));
    const CssCascade cascade(doc.dom(), {});
    const CssComputedStyle &inner = cascade.style(byId(doc.dom(), QStringLiteral("inner")));
    QCOMPARE(inner.visibility, QStringLiteral("hidden"));
    QCOMPARE(inner.color.name(), QStringLiteral("#ffffff"));
    QCOMPARE(inner.fontSizePx, 0.0);
    QCOMPARE(inner.display, QStringLiteral("inline")); // display does not inherit
    QCOMPARE(inner.opacity, 1.0);                       // nor does opacity
    const CssComputedStyle &back = cascade.style(byId(doc.dom(), QStringLiteral("back")));
    QCOMPARE(back.visibility, QStringLiteral("visible"));
    QCOMPARE(back.fontSizePx, 0.0); // 2em of 0
    const CssComputedStyle &inherit = cascade.style(byId(doc.dom(), QStringLiteral("inherit")));
    QCOMPARE(inherit.display, QStringLiteral("block"));
    QCOMPARE(inherit.opacity, 0.5);
}

void TestCssCascade::cascadeCombinators()
{
    const HtmlDocument doc = HtmlDocument::parse(QStringLiteral(
        "<style>div > .c { top: 1px } div .d { top: 2px } h1 + p { top: 3px } h1 ~ ul { top: 4px } "
        "a[href^='http://x'] { top: 5px } a:not([href]) { top: 6px } [data-k~=two] { top: 7px } "
        "li:first-child { top: 8px } a[HREF$='.CN' i] { top: 9px }</style>"
        "<div><span class=c id=c1></span><p><span class='c d' id=c2></span></p></div>"
        "<h1></h1><p id=p1></p><p id=p2></p><ul id=u></ul>"
        "<a id=a1 href='http://x.example/'></a><a id=a2></a><i id=k data-k='one two'></i>"
        "<ol><li id=l1></li><li id=l2></li></ol><a id=a3 href='http://y.gov.cn'></a>"),
        QUrl(QStringLiteral("http://a.example/")));
    const CssCascade cascade(doc.dom(), {CssStyleSheet::parse(doc.inlineStyles().join(QLatin1Char('\n')))});
    auto top = [&](const char *id) {
        const auto v = cascade.style(byId(doc.dom(), QString::fromLatin1(id))).top;
        return v ? *v : -1.0;
    };
    QCOMPARE(top("c1"), 1.0);
    QCOMPARE(top("c2"), 2.0); // not a child of div: only the descendant rule
    QCOMPARE(top("p1"), 3.0);
    QCOMPARE(top("p2"), -1.0);
    QCOMPARE(top("u"), 4.0);
    QCOMPARE(top("a1"), 5.0);
    QCOMPARE(top("a2"), 6.0);
    QCOMPARE(top("k"), 7.0);
    QCOMPARE(top("l1"), 8.0);
    QCOMPARE(top("l2"), -1.0);
    QCOMPARE(top("a3"), 9.0);
}

void TestCssCascade::cascadeShorthands()
{
    const HtmlDocument doc = HtmlDocument::parse(QStringLiteral(
        "<p id=f style='font: italic bold 0/0 a'>x</p><p id=g style='font: 12px/1.5 serif; font-size: 1px'>y</p>"
        "<p id=b style='background: #fff url(x.png) no-repeat'>z</p><p id=c style='background: #000'>w</p>"
        "<p id=o style='overflow: hidden visible; margin: 0 0 0 -2000px'>v</p>"),
        QUrl(QStringLiteral("http://a.example/")));
    const CssCascade cascade(doc.dom(), {});
    QCOMPARE(cascade.style(byId(doc.dom(), QStringLiteral("f"))).fontSizePx, 0.0);
    QCOMPARE(cascade.style(byId(doc.dom(), QStringLiteral("g"))).fontSizePx, 1.0);
    QVERIFY(cascade.style(byId(doc.dom(), QStringLiteral("b"))).backgroundImage);
    const CssComputedStyle &c = cascade.style(byId(doc.dom(), QStringLiteral("c")));
    QVERIFY(!c.backgroundImage);
    QCOMPARE(c.background.name(), QStringLiteral("#000000"));
    const CssComputedStyle &o = cascade.style(byId(doc.dom(), QStringLiteral("o")));
    QCOMPARE(o.overflowX, QStringLiteral("hidden"));
    QCOMPARE(o.overflowY, QStringLiteral("visible"));
    QCOMPARE(*o.marginLeft, -2000.0);
}

void TestCssCascade::cascadePresentationalHints()
{
    const HtmlDocument doc = HtmlDocument::parse(QStringLiteral(
        "<body bgcolor=black link=white><table bgcolor='#123456'><tr><td id=td>x</td></tr></table>"
        "<font id=f color=white size=1>y</font><a id=a href='/x'>z</a><p id=h hidden>q</p>"
        "<p id=h2 hidden style='display:block'>r</p><iframe id=i width=0 height='1'></iframe>"),
        QUrl(QStringLiteral("http://a.example/")));
    const CssCascade cascade(doc.dom(), {});
    const DomTree &dom = doc.dom();
    QCOMPARE(cascade.effectiveBackground(byId(dom, QStringLiteral("td")))->name(), QStringLiteral("#123456"));
    QCOMPARE(cascade.style(byId(dom, QStringLiteral("f"))).color.name(), QStringLiteral("#ffffff"));
    QCOMPARE(cascade.style(byId(dom, QStringLiteral("f"))).fontSizePx, 10.0);
    QCOMPARE(cascade.style(byId(dom, QStringLiteral("a"))).color.name(), QStringLiteral("#ffffff")); // <body link>
    QCOMPARE(cascade.effectiveBackground(byId(dom, QStringLiteral("a")))->name(), QStringLiteral("#000000"));
    QCOMPARE(cascade.style(byId(dom, QStringLiteral("h"))).display, QStringLiteral("none"));
    QCOMPARE(cascade.style(byId(dom, QStringLiteral("h2"))).display, QStringLiteral("block")); // author CSS beats [hidden]
    const CssComputedStyle &i = cascade.style(byId(dom, QStringLiteral("i")));
    QCOMPARE(*i.width, 0.0);
    QCOMPARE(*i.height, 1.0);
}

void TestCssCascade::hostileSelectorsStayFast()
{
    // Descendant and sibling chains that fail only at their left end, over a page nested 500 deep
    // with 3000 siblings: naive backtracking would try billions of combinations.
    QString html = QStringLiteral("<style>span div div div div div div a { top: 1px } b ~ i ~ i ~ i ~ i ~ u { top: 2px }"
                                  "div div div div div div a { left: 3px }</style>");
    for (int i = 0; i < 500; ++i)
        html += QStringLiteral("<div>");
    html += QStringLiteral("<a id=deep href='/'>x</a>");
    for (int i = 0; i < 3000; ++i)
        html += QStringLiteral("<i></i>");
    html += QStringLiteral("<u id=last></u>");
    const HtmlDocument doc = HtmlDocument::parse(html, QUrl(QStringLiteral("http://a.example/")));
    const CssCascade cascade(doc.dom(), {CssStyleSheet::parse(doc.inlineStyles().join(QLatin1Char('\n')))});
    QElapsedTimer clock;
    clock.start();
    const CssComputedStyle &deep = cascade.style(byId(doc.dom(), QStringLiteral("deep")));
    QVERIFY(!deep.top);
    QCOMPARE(*deep.left, 3.0); // the chain that does match still matches
    QVERIFY(!cascade.style(byId(doc.dom(), QStringLiteral("last"))).top);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestCssCascade::interactiveCascade()
{
    const HtmlDocument doc = HtmlDocument::parse(QStringLiteral(
        "<style>.menu ul { display: none } .menu:hover ul { display: block } a:focus { top: 1px } "
        "li:not(:hover) { left: 2px }</style>"
        "<div class=menu><ul id=u><li id=l><a id=a href='/'>x</a></li></ul></div>"), QUrl(QStringLiteral("http://a.example/")));
    const QList<CssStyleSheet> sheets = {CssStyleSheet::parse(doc.inlineStyles().join(QLatin1Char('\n')))};
    const CssCascade still(doc.dom(), sheets);
    const CssCascade pointing(doc.dom(), sheets, {}, true);
    const DomTree &dom = doc.dom();
    QCOMPARE(still.style(byId(dom, QStringLiteral("u"))).display, QStringLiteral("none"));
    QCOMPARE(pointing.style(byId(dom, QStringLiteral("u"))).display, QStringLiteral("block"));
    QVERIFY(!still.style(byId(dom, QStringLiteral("a"))).top);
    QCOMPARE(*pointing.style(byId(dom, QStringLiteral("a"))).top, 1.0);
    QCOMPARE(*still.style(byId(dom, QStringLiteral("l"))).left, 2.0); // nobody hovers it
    QVERIFY(!pointing.style(byId(dom, QStringLiteral("l"))).left);
}

QTEST_MAIN(TestCssCascade)
#include "tst_csscascade.moc"
