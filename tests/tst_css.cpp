// The CSS reader behind the hidden-link check: tokenizer, style sheet parser, selectors and their
// specificity, media queries and values (the cascade over a page: tst_csscascade).
#include "CssMedia.h"
#include "CssStyleSheet.h"
#include "CssValues.h"

#include <QColor>
#include <QtTest>

using namespace xj;

namespace {

QStringList types(const CssTokens &tokens)
{
    static const char *names[] = {"ident", "function", "at", "hash", "string", "bad-string", "url", "bad-url", "delim",
                                  "number", "percentage", "dimension", "ws", "cdo", "cdc", "colon", "semicolon",
                                  "comma", "[", "]", "(", ")", "{", "}"};
    QStringList out;
    for (const CssToken &t : tokens)
        out << QString::fromLatin1(names[t.type]);
    return out;
}

const CssDeclaration *find(const QList<CssDeclaration> &decls, const QString &property)
{
    for (const CssDeclaration &d : decls)
        if (d.property == property)
            return &d;
    return nullptr;
}

} // namespace

class TestCss : public QObject {
    Q_OBJECT

private slots:
    void tokenizerBasics();
    void tokenizerEscapes();
    void tokenizerStringsAndUrls();
    void commentsEverywhere();
    void declarationsAndImportant();
    void invalidSelectorDropsOnlyItsRule();
    void unclosedBlocksRunToTheEnd();
    void mediaRules();
    void mediaQueries_data();
    void mediaQueries();
    void importsReportedNotFollowed();
    void otherAtRulesSkipped();
    void selectorSpecificity_data();
    void selectorSpecificity();
    void unsupportedPseudoNeverMatches();
    void colours_data();
    void colours();
    void namedColoursAgreeWithQt();
    void legacyColours_data();
    void legacyColours();
    void lengths_data();
    void lengths();
};

void TestCss::tokenizerBasics()
{
    const CssTokens t = CssTokenizer::tokenize(u"a.b > #c:hover{width:-1.5e1px;top:50%;z:+3}");
    QCOMPARE(types(t), QStringList({"ident", "delim", "ident", "ws", "delim", "ws", "hash", "colon", "ident", "{",
                                    "ident", "colon", "dimension", "semicolon", "ident", "colon", "percentage",
                                    "semicolon", "ident", "colon", "number", "}"}));
    QCOMPARE(t.at(6).value, QStringLiteral("c"));
    QVERIFY(t.at(6).hashIsId);
    QCOMPARE(t.at(12).number, -15.0);
    QCOMPARE(t.at(12).value, QStringLiteral("px"));
    QCOMPARE(t.at(16).number, 50.0);
    QCOMPARE(t.at(20).number, 3.0);
    // "#123" is a hash but not an id; "--x" is an ident; "<!--" and "-->" are their own tokens.
    const CssTokens u = CssTokenizer::tokenize(u"#123 --x <!-- -->");
    QCOMPARE(types(u), QStringList({"hash", "ws", "ident", "ws", "cdo", "ws", "cdc"}));
    QVERIFY(!u.at(0).hashIsId);
}

void TestCss::tokenizerEscapes()
{
    // A browser reads "\64 isplay" as "display" and "n\o\ne" as "none": so must we.
    const auto decls = CssStyleSheet::parseDeclarations(QStringLiteral("\\64 isplay: n\\o\\ne; \\000063olor:red"));
    QCOMPARE(decls.size(), 2);
    QCOMPARE(decls.at(0).property, QStringLiteral("display"));
    QVERIFY(decls.at(0).value.first().isIdent(u"none"));
    QCOMPARE(decls.at(1).property, QStringLiteral("color"));
    // An escaped code point 0 or beyond U+10FFFF is U+FFFD; a CJK escape works like the character.
    const CssTokens t = CssTokenizer::tokenize(u".\\5b57 \\0 x");
    QCOMPARE(t.at(1).value, QStringLiteral("字\uFFFDx"));
}

void TestCss::tokenizerStringsAndUrls()
{
    CssTokens t = CssTokenizer::tokenize(u"'a\\'b' \"c\\\nd\" 'broken\nx");
    QCOMPARE(t.at(0).type, CssToken::String);
    QCOMPARE(t.at(0).value, QStringLiteral("a'b"));
    QCOMPARE(t.at(2).value, QStringLiteral("cd")); // an escaped newline continues the string
    QCOMPARE(t.at(4).type, CssToken::BadString);   // an unescaped newline breaks it
    t = CssTokenizer::tokenize(u"url( a/b.png ) url(\"q.css\") url(a b)");
    QCOMPARE(t.at(0).type, CssToken::Url);
    QCOMPARE(t.at(0).value, QStringLiteral("a/b.png"));
    QCOMPARE(t.at(2).type, CssToken::Function); // url("…") is a function with a string argument
    QCOMPARE(t.at(3).value, QStringLiteral("q.css"));
    QCOMPARE(t.last().type, CssToken::BadUrl);
}

void TestCss::commentsEverywhere()
{
    const CssStyleSheet sheet = CssStyleSheet::parse(QStringLiteral(
        "/* head */ .a/* x */.b /**/ { /* c */ display /* d */ : /* e */ none /* f */ ; } "
        "/* a { display: none } */ .c { color: red } /* unterminated"));
    QCOMPARE(sheet.rules().size(), 2);
    QCOMPARE(sheet.rules().at(0).selectors.first().specificity.classes, 2);
    const CssDeclaration *d = find(sheet.rules().at(0).declarations, QStringLiteral("display"));
    QVERIFY(d);
    QCOMPARE(d->valueText(), QStringLiteral("none"));
    QCOMPARE(sheet.rules().at(1).selectorText, QStringLiteral(".c"));
    // A comment splits a token: "dis/**/play" is not "display".
    QVERIFY(!find(CssStyleSheet::parseDeclarations(QStringLiteral("dis/**/play:none")), QStringLiteral("display")));
}

void TestCss::declarationsAndImportant()
{
    const auto decls = CssStyleSheet::parseDeclarations(
        QStringLiteral("color: red !important; top:-9999px!IMPORTANT ; left: 1px ! important; width: 0 !imp; ;"
                       "junk; : x; height:; font: 12px/1.5 \"宋体\", serif"));
    QCOMPARE(decls.size(), 5);
    QVERIFY(decls.at(0).important);
    QCOMPARE(decls.at(0).valueText(), QStringLiteral("red"));
    QVERIFY(decls.at(1).important);
    QCOMPARE(decls.at(1).valueText(), QStringLiteral("-9999px"));
    QVERIFY(decls.at(2).important);
    QVERIFY(!decls.at(3).important); // "!imp" is not "!important": part of an (invalid) value
    QCOMPARE(decls.at(4).property, QStringLiteral("font"));
    QCOMPARE(decls.at(4).valueText(), QStringLiteral("12px/1.5 \"宋体\", serif"));
}

void TestCss::invalidSelectorDropsOnlyItsRule()
{
    const CssStyleSheet sheet = CssStyleSheet::parse(
        QStringLiteral(".ok1 { color: red } a[x=] { display:none } .x, #123 { display:none } .ok2 { color: blue } "
                       "> a { display:none } .ok3 { top: 0 }"));
    QStringList kept;
    for (const CssStyleRule &r : sheet.rules())
        kept << r.selectorText;
    QCOMPARE(kept, QStringList({".ok1", ".ok2", ".ok3"}));
    QCOMPARE(sheet.droppedRules(), 3);
    // An unclosed "[" is a block that swallows the rest of the sheet, as in browsers.
    QCOMPARE(CssStyleSheet::parse(QStringLiteral(".a { color: red } b[ { x: y } .c { color: red }")).rules().size(), 1);
}

void TestCss::unclosedBlocksRunToTheEnd()
{
    const CssStyleSheet sheet = CssStyleSheet::parse(QStringLiteral(".a { color: red } .b { display: none; top: 1px"));
    QCOMPARE(sheet.rules().size(), 2);
    QCOMPARE(sheet.rules().at(1).declarations.size(), 2);
    // A "}" inside parentheses does not close the block.
    const CssStyleSheet paren = CssStyleSheet::parse(QStringLiteral(".a { background: url(x.png) no-repeat; x: f( } ); color: red } .b{}"));
    QCOMPARE(paren.rules().size(), 2);
    QVERIFY(find(paren.rules().at(0).declarations, QStringLiteral("color")));
}

void TestCss::mediaRules()
{
    const CssStyleSheet sheet = CssStyleSheet::parse(QStringLiteral(
        "@media print { .p { display: none } } @media screen { .s { display: none } } "
        "@media screen and (max-width: 600px) { .mobile { display: none } } "
        "@media all and (min-width: 1024px) { .desk { display: none } } "
        "@media not print { .np { color: red } } "
        "@media screen { @media (min-width: 100px) { .nested { color: red } } @media print { .no { color: red } } } "
        "@supports (display: grid) { .sup { color: red } } .after { color: red }"));
    QStringList kept;
    for (const CssStyleRule &r : sheet.rules())
        kept << r.selectorText;
    QCOMPARE(kept, QStringList({".s", ".desk", ".np", ".nested", ".sup", ".after"}));
    QCOMPARE(sheet.skippedMediaRules(), 3);
}

void TestCss::mediaQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("applies");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("all") << "all" << true;
    QTest::newRow("SCREEN") << "SCREEN" << true;
    QTest::newRow("print") << "print" << false;
    QTest::newRow("print, screen") << "print, screen" << true;
    QTest::newRow("only screen") << "only screen" << true;
    QTest::newRow("not screen") << "not screen" << false;
    QTest::newRow("not print") << "not print" << true;
    QTest::newRow("max 600") << "(max-width: 600px)" << false;
    QTest::newRow("min 768") << "screen and (min-width: 768px)" << true;
    QTest::newRow("min 90em") << "(min-width: 90em)" << false; // 1440px > 1366px
    QTest::newRow("range") << "(width >= 1000px)" << true;
    QTest::newRow("range reversed") << "(400px <= width <= 700px)" << false;
    QTest::newRow("retina") << "(-webkit-min-device-pixel-ratio: 2)" << false;
    QTest::newRow("orientation") << "(orientation: portrait)" << false;
    QTest::newRow("or") << "(max-width: 600px) or (min-width: 1200px)" << true;
    QTest::newRow("not feature") << "not (max-width: 600px)" << true;
    QTest::newRow("unknown feature") << "(frobnicate: 3)" << false;
    QTest::newRow("speech") << "speech" << false;
    QTest::newRow("malformed") << "screen (min-width: 1px)" << false;
}

void TestCss::mediaQueries()
{
    QFETCH(QString, query);
    QFETCH(bool, applies);
    QCOMPARE(CssMedia::applies(query), applies);
}

void TestCss::importsReportedNotFollowed()
{
    const CssStyleSheet sheet = CssStyleSheet::parse(
        QStringLiteral("@import url(\"a.css\"); @import 'b.css' print; @import url(c.css) screen and (min-width: 1px);"
                       ".x { color: red }"));
    QCOMPARE(sheet.imports().size(), 3);
    QCOMPARE(sheet.imports().at(0).url, QStringLiteral("a.css"));
    QCOMPARE(sheet.imports().at(1).url, QStringLiteral("b.css"));
    QCOMPARE(sheet.imports().at(1).media, QStringLiteral("print"));
    QCOMPARE(sheet.imports().at(2).url, QStringLiteral("c.css"));
    QCOMPARE(sheet.rules().size(), 1);
}

void TestCss::otherAtRulesSkipped()
{
    const CssStyleSheet sheet = CssStyleSheet::parse(
        QStringLiteral("@charset \"gbk\"; @font-face { font-family: x; src: url(x.woff) } "
                       "@keyframes k { from { opacity: 0 } to { opacity: 1 } } @page { margin: 0 } .x { color: red }"));
    QCOMPARE(sheet.rules().size(), 1);
    QCOMPARE(sheet.rules().first().selectorText, QStringLiteral(".x"));
}

void TestCss::selectorSpecificity_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<int>("ids");
    QTest::addColumn<int>("classes");
    QTest::addColumn<int>("types");
    QTest::newRow("*") << "*" << 0 << 0 << 0;
    QTest::newRow("a") << "a" << 0 << 0 << 1;
    QTest::newRow("div a") << "div a" << 0 << 0 << 2;
    QTest::newRow(".x") << ".x" << 0 << 1 << 0;
    QTest::newRow("a[href]") << "a[href]" << 0 << 1 << 1;
    QTest::newRow("#a .b c") << "#a .b c" << 1 << 1 << 1;
    QTest::newRow("ul > li + li ~ li") << "ul > li + li ~ li" << 0 << 0 << 4;
    QTest::newRow("not") << "a:not(.x)" << 0 << 1 << 1;
    QTest::newRow("not list") << "a:not(.x, #y)" << 1 << 0 << 1;
    QTest::newRow("hover") << "a:hover" << 0 << 1 << 1;
    QTest::newRow("before") << "p::before" << 0 << 0 << 2;
}

void TestCss::selectorSpecificity()
{
    QFETCH(QString, selector);
    const auto list = CssSelectorParser::parseList(selector);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QTEST(list->first().specificity.ids, "ids");
    QTEST(list->first().specificity.classes, "classes");
    QTEST(list->first().specificity.types, "types");
}

void TestCss::unsupportedPseudoNeverMatches()
{
    const auto list = CssSelectorParser::parseList(QStringLiteral("a:hover, .x::after, li:nth-child(2), a:visited, .y, a:link"));
    QVERIFY(list);
    QCOMPARE(list->size(), 6);
    for (int i = 1; i < 4; ++i)
        QVERIFY2(list->at(i).neverMatches, qPrintable(list->at(i).text));
    // :hover matches only in an interactive cascade.
    QVERIFY(!list->at(0).neverMatches);
    QVERIFY(list->at(0).compounds.last().interactive);
    QVERIFY(!list->at(4).neverMatches);
    QVERIFY(!list->at(5).neverMatches);
    QVERIFY(!list->at(5).compounds.last().interactive);
}

void TestCss::colours_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("name");
    QTest::newRow("#fff") << "#FFF" << "#ffffff";
    QTest::newRow("#ffffff") << "#ffffff" << "#ffffff";
    QTest::newRow("white") << "White" << "#ffffff";
    QTest::newRow("rgb") << "rgb(255, 255, 255)" << "#ffffff";
    QTest::newRow("rgb %") << "rgb(100%,100%,100%)" << "#ffffff";
    QTest::newRow("rgb space") << "rgb(255 255 255 / 100%)" << "#ffffff";
    QTest::newRow("rgba") << "rgba(0,0,0,.5)" << "rgba(0, 0, 0, 0.5)";
    QTest::newRow("hsl") << "hsl(0, 100%, 50%)" << "#ff0000";
    QTest::newRow("hsl white") << "hsl(120deg 10% 100%)" << "#ffffff";
    QTest::newRow("#rgba") << "#0000" << "rgba(0, 0, 0, 0)";
    QTest::newRow("transparent") << "transparent" << "rgba(0, 0, 0, 0)";
    QTest::newRow("bad") << "#ggg" << "";
    QTest::newRow("not a colour") << "red blue" << "";
}

void TestCss::colours()
{
    QFETCH(QString, value);
    QFETCH(QString, name);
    const auto c = CssValues::color(CssTokenizer::tokenize(value));
    QCOMPARE(c ? c->name() : QString(), name);
}

void TestCss::namedColoursAgreeWithQt()
{
    // Our table must be CSS's: Qt knows the same SVG/CSS keyword colours.
    const QStringList names = QColor::colorNames();
    int checked = 0;
    for (const QString &n : names) {
        if (n == QLatin1String("transparent"))
            continue;
        const auto ours = CssValues::namedColor(n);
        QVERIFY2(ours, qPrintable(n));
        QCOMPARE(ours->name(), QColor::fromString(n).name());
        ++checked;
    }
    QVERIFY(checked >= 147);
}

void TestCss::legacyColours_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("name");
    QTest::newRow("#ffffff") << "#ffffff" << "#ffffff";
    QTest::newRow("no hash") << "ffffff" << "#ffffff";
    QTest::newRow("short hash") << "#fff" << "#ffffff";
    QTest::newRow("short no hash") << "fff" << "#0f0f0f"; // HTML's legacy rules, not CSS's
    QTest::newRow("named") << "WHITE" << "#ffffff";
    QTest::newRow("junk") << "chucknorris" << "#c00000";
    QTest::newRow("empty") << "" << "";
}

void TestCss::legacyColours()
{
    QFETCH(QString, attribute);
    QFETCH(QString, name);
    const auto c = CssValues::legacyColor(attribute);
    QCOMPARE(c ? c->name() : QString(), name);
}

void TestCss::lengths_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<double>("px"); // NaN: not resolvable
    QTest::newRow("0") << "0" << 0.0;
    QTest::newRow("px") << "-9999px" << -9999.0;
    QTest::newRow("pt") << "0.5pt" << 0.5 * 96 / 72;
    QTest::newRow("em") << "2em" << 32.0;
    QTest::newRow("rem") << "-100rem" << -1600.0;
    QTest::newRow("%") << "50%" << 8.0; // of the 16px font size given as base
    QTest::newRow("auto") << "auto" << qQNaN();
    QTest::newRow("number") << "12" << qQNaN();
    QTest::newRow("calc") << "calc(1px + 2px)" << qQNaN();
}

void TestCss::lengths()
{
    QFETCH(QString, value);
    QFETCH(double, px);
    const auto len = CssValues::lengthPx(CssTokenizer::tokenize(value), 16, 16);
    if (qIsNaN(px))
        QVERIFY(!len);
    else
        QCOMPARE(*len, px);
}

QTEST_MAIN(TestCss)
#include "tst_css.moc"
