// Identity: what IdentityCheck reads from real page files (tests/data/identity: a complete footer
// and the same footer with each item cut out, an old GBK table layout decoded as the crawler
// does, a badge alone, a 标识码 differing from the registry's, full-width forms, script-drawn
// badges, a "返回顶部" bar after the footer, meta tags of article and column pages), and the
// rules W-D-IDENT, W-D-DOMAIN, W-D-TAGS, W-D-FIXIT over facts with points computed by hand, under
// the default set, an edited one and one with the indicators disabled.
#include "IdentityCheck.h"
#include "IdentityRules.h"
#include "PageDecoder.h"

#include <QRegularExpression>
#include <QtTest>

using namespace xj;

namespace {

QByteArray fixtureBytes(const QString &name)
{
    QFile f(QStringLiteral(XJ_SOURCE_DIR "/tests/data/identity/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

// As the crawler reads a page: bytes decoded the browser's way, then parsed with the charset.
HtmlDocument parseBytes(const QByteArray &bytes, const QString &url = QStringLiteral("https://jyjyj.jieyang.gov.cn/"))
{
    const DecodedPage page = PageDecoder::decode(bytes, QByteArrayLiteral("text/html"));
    HtmlDocument::Options options;
    options.documentCharset = page.charset;
    return HtmlDocument::parse(page.text, QUrl(url), options);
}

IdentityFacts analyzeFixture(const QString &name)
{
    return IdentityCheck::analyze(parseBytes(fixtureBytes(name)));
}

// complete.html with the parts marked <!--item-->…<!--/item--> cut out.
QByteArray completeWithout(const QString &item)
{
    QString html = QString::fromUtf8(fixtureBytes(QStringLiteral("complete.html")));
    const QRegularExpression marked(QStringLiteral("<!--%1-->.*?<!--/%1-->").arg(item),
                                    QRegularExpression::DotMatchesEverythingOption);
    html.remove(marked);
    return html.toUtf8();
}

PageIdentity page(qint64 id, const QString &role, const IdentityFacts &facts)
{
    PageIdentity p;
    p.pageId = id;
    p.url = QStringLiteral("https://jyjyj.jieyang.gov.cn/%1/%2.html").arg(role).arg(id);
    if (role == QLatin1String("home"))
        p.url = QStringLiteral("https://jyjyj.jieyang.gov.cn/");
    p.role = role;
    p.facts = facts;
    return p;
}

Site site()
{
    Site s;
    s.id = 7;
    s.name = QStringLiteral("揭阳市教育局网站");
    s.kind = SiteKind::Department;
    s.url = QStringLiteral("https://jyjyj.jieyang.gov.cn/");
    s.siteCode = QStringLiteral("4452000001");
    return s;
}

const QString kUnit = QStringLiteral("揭阳市教育局");

QList<Finding> ofCode(const QList<Finding> &all, const QString &code)
{
    QList<Finding> out;
    for (const Finding &f : all)
        if (f.indicator == code)
            out << f;
    return out;
}

double total(const QList<Finding> &findings)
{
    double sum = 0;
    for (const Finding &f : findings)
        sum += f.points;
    return sum;
}

} // namespace

class TestIdentity : public QObject {
    Q_OBJECT
private slots:
    // ---- IdentityCheck on page files ----
    void completeFooter();
    void eachItemMissing_data();
    void eachItemMissing();
    void gbkTableLayout();
    void badgeOnly();
    void mismatchedCodeShown();
    void fullWidthAndScripts();
    void shortBarAfterFooter();
    void metaTagsOfArticleAndColumn();
    void factsJson();
    void recognisers_data();
    void recognisers();
    void pagesThroughRules();
};

void TestIdentity::completeFooter()
{
    const IdentityFacts f = analyzeFixture(QStringLiteral("complete.html"));
    QVERIFY(f.parsed);
    QVERIFY(f.footerElement);
    QVERIFY2(!f.badge.isEmpty(), "conac link with the 党政机关 badge");
    QCOMPARE(f.conacId, QStringLiteral("0A1B2C3D4E5F"));
    QCOMPARE(f.siteCode, QStringLiteral("4452000001"));
    QCOMPARE(f.icp, QStringLiteral("粤ICP备12345678号-1"));
    QCOMPARE(f.policeRecord, QStringLiteral("粤公网安备44520202000123号"));
    QCOMPARE(f.sponsor, QStringLiteral("揭阳市教育局"));
    QVERIFY2(!f.contact.isEmpty(), qPrintable(f.contact));
    QVERIFY2(f.fixit.contains(QStringLiteral("找错")), qPrintable(f.fixit));
    QCOMPARE(f.title, QStringLiteral("揭阳市教育局"));
    QCOMPARE(f.logoAlt, QStringLiteral("揭阳市教育局"));
    QCOMPARE(f.h1, QStringLiteral("揭阳市教育局"));
    QCOMPARE(f.metaTags, (QStringList{QStringLiteral("SiteName"), QStringLiteral("SiteDomain"), QStringLiteral("SiteIDCode"),
                                      QStringLiteral("ColumnName"), QStringLiteral("ColumnType")}));
    QVERIFY(IdentityRules::missingItems(f).isEmpty());
}

void TestIdentity::eachItemMissing_data()
{
    QTest::addColumn<QString>("item");
    for (const char *item : {"badge", "siteCode", "icp", "police", "sponsor", "contact"})
        QTest::newRow(item) << QString::fromLatin1(item);
}

void TestIdentity::eachItemMissing()
{
    QFETCH(QString, item);
    const IdentityFacts f = IdentityCheck::analyze(parseBytes(completeWithout(item)));
    QCOMPARE(IdentityRules::missingItems(f), QStringList{item});
    QVERIFY(!f.fixit.isEmpty());

    const IdentityFacts noFixit = IdentityCheck::analyze(parseBytes(completeWithout(QStringLiteral("fixit"))));
    QVERIFY(noFixit.fixit.isEmpty());
    QVERIFY(IdentityRules::missingItems(noFixit).isEmpty());
}

void TestIdentity::gbkTableLayout()
{
    const QByteArray bytes = fixtureBytes(QStringLiteral("gbk-table.html"));
    QVERIFY2(!bytes.contains("主办单位"), "the fixture is GBK, not UTF-8");
    const DecodedPage decoded = PageDecoder::decode(bytes, QByteArrayLiteral("text/html"));
    QCOMPARE(decoded.charset, QStringLiteral("GB18030"));
    const IdentityFacts f = analyzeFixture(QStringLiteral("gbk-table.html"));
    QVERIFY(f.parsed);
    QVERIFY2(!f.footerElement, "no footer element in the table layout");
    QVERIFY2(!f.badge.isEmpty(), "the badge in the cell next to the text");
    QCOMPARE(f.sponsor, QStringLiteral("揭阳市教育局"));
    QVERIFY(f.contact.contains(QStringLiteral("0663-8221234")));
    QCOMPARE(f.icp, QStringLiteral("粤ICP备12345678号"));
    QCOMPARE(f.policeRecord, QStringLiteral("粤公网安备44520202000123号"));
    // The article quotes a 标识码 (4452000777): not the footer's.
    QVERIFY2(f.siteCode.isEmpty(), qPrintable(f.siteCode));
    QCOMPARE(IdentityRules::missingItems(f), QStringList{QStringLiteral("siteCode")});
    QVERIFY(f.fixit.isEmpty());
    QVERIFY(f.title.startsWith(QStringLiteral("关于做好2022年")));
    QVERIFY(f.hasEmptyMeta(QStringLiteral("PubDate")));
    QVERIFY(!f.hasMeta(QStringLiteral("PubDate")));
    QVERIFY(!f.hasMeta(QStringLiteral("ContentSource")));
    QVERIFY(f.hasMeta(QStringLiteral("ArticleTitle")));
}

void TestIdentity::badgeOnly()
{
    const IdentityFacts f = analyzeFixture(QStringLiteral("badge-only.html"));
    QVERIFY(!f.badge.isEmpty());
    QCOMPARE(IdentityRules::missingItems(f),
             (QStringList{QStringLiteral("siteCode"), QStringLiteral("icp"), QStringLiteral("police"),
                          QStringLiteral("sponsor"), QStringLiteral("contact")}));
}

void TestIdentity::mismatchedCodeShown()
{
    const IdentityFacts f = analyzeFixture(QStringLiteral("mismatch.html"));
    QCOMPARE(f.siteCode, QStringLiteral("4452000099"));
    QVERIFY(IdentityRules::missingItems(f).isEmpty());
    const QList<Finding> findings = IdentityRules::ident(site(), {page(1, QStringLiteral("content"), f)}, IndicatorSet::defaults());
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].fingerprint, QStringLiteral("W-D-IDENT|7|code-mismatch"));
    QVERIFY(findings[0].evidence.contains(QStringLiteral("4452000099")));
    QVERIFY(findings[0].evidence.contains(QStringLiteral("4452000001")));
}

void TestIdentity::fullWidthAndScripts()
{
    const IdentityFacts f = analyzeFixture(QStringLiteral("fullwidth.html"));
    QCOMPARE(f.siteCode, QStringLiteral("4452000001"));
    QCOMPARE(f.icp, QStringLiteral("粤ICP备12345678号-1"));
    QCOMPARE(f.policeRecord, QStringLiteral("粤公网安备44520202000123号"));
    QCOMPARE(f.sponsor, QStringLiteral("揭阳市教育局"));
    QCOMPARE(f.contact, QStringLiteral("(0663)8221234"));
    QVERIFY2(f.badge.contains(QStringLiteral("conac")), qPrintable(f.badge));
    QVERIFY2(!f.fixit.isEmpty(), "the jiucuo.js script draws the entry");
    // Shown as the registry's once folded: no mismatch.
    QVERIFY(IdentityRules::ident(site(), {page(1, QStringLiteral("home"), f)}, IndicatorSet::defaults()).isEmpty());
}

void TestIdentity::shortBarAfterFooter()
{
    const IdentityFacts f = analyzeFixture(QStringLiteral("short-bar.html"));
    QVERIFY(f.footerElement);
    QVERIFY2(IdentityRules::missingItems(f).isEmpty(), qPrintable(IdentityRules::missingItems(f).join(QLatin1Char(','))));
    QVERIFY(!f.fixit.isEmpty());
}

void TestIdentity::metaTagsOfArticleAndColumn()
{
    const IndicatorSet &set = IndicatorSet::defaults();
    const IdentityFacts article = analyzeFixture(QStringLiteral("article-complete.html"));
    for (const QString &tag : set.list(QStringLiteral("W-D-TAGS"), QStringLiteral("articleTags")))
        QVERIFY2(article.hasMeta(tag), qPrintable(tag));
    QVERIFY2(article.metaTags.contains(QStringLiteral("SiteName")), "sitename spelt as indicators.md does");
    QVERIFY(article.metaTags.contains(QStringLiteral("og:title")));
    QCOMPARE(article.metaTags.first(), QStringLiteral("SiteName"));

    const IdentityFacts column = analyzeFixture(QStringLiteral("column-missing.html"));
    QVERIFY(!column.hasMeta(QStringLiteral("ColumnType")));
    QVERIFY(!column.hasMeta(QStringLiteral("SiteIDCode")));
    QVERIFY(column.hasEmptyMeta(QStringLiteral("SiteIDCode")));

    const QList<Finding> findings = IdentityRules::tags(
        site(), {page(1, QStringLiteral("content"), article), page(2, QStringLiteral("column"), column)}, set);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].pageId, 2);
    QCOMPARE(findings[0].details.value(QStringLiteral("missing")).toArray().size(), 2);
    QVERIFY(findings[0].evidence.contains(QStringLiteral("ColumnType")));
    QVERIFY(findings[0].evidence.contains(QStringLiteral("SiteIDCode")));
}

void TestIdentity::factsJson()
{
    const IdentityFacts f = analyzeFixture(QStringLiteral("complete.html"));
    const QJsonObject json = f.toJson();
    const IdentityFacts back = IdentityFacts::fromJson(json);
    QCOMPARE(back.toJson(), json);
    QCOMPARE(back.siteCode, f.siteCode);
    QCOMPARE(back.metaTags, f.metaTags);
    QVERIFY(back.footerElement);

    const QJsonObject sparse = analyzeFixture(QStringLiteral("badge-only.html")).toJson();
    QVERIFY2(!sparse.contains(QStringLiteral("icp")), "empty values are left out");
    QVERIFY(sparse.contains(QStringLiteral("badge")));
    QVERIFY(!IdentityFacts::fromJson(QJsonObject()).parsed);
    QVERIFY(!IdentityCheck::analyze(HtmlDocument()).parsed);
}

void TestIdentity::recognisers_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("code plain") << "siteCode" << "网站标识码：4452000001 粤ICP备1号" << "4452000001";
    QTest::newRow("code bm") << "siteCode" << "政府网站标识码 bm01000001" << "bm01000001";
    QTest::newRow("code 识别码") << "siteCode" << "网站识别码4452000001ICP备" << "4452000001";
    QTest::newRow("code none") << "siteCode" << "网站标识码：" << "";
    QTest::newRow("icp label only") << "icp" << "ICP备案号：待定" << "";
    QTest::newRow("icp spaced") << "icp" << "ICP备案号：粤ICP备 05085454号 -2" << "粤ICP备05085454号-2";
    QTest::newRow("icp no 号") << "icp" << "京ICP备05070218" << "京ICP备05070218";
    QTest::newRow("police") << "police" << "粤公网安备：44520202000123号" << "粤公网安备44520202000123号";
    QTest::newRow("sponsor trailing") << "sponsor" << "揭阳市人民政府办公室主办 揭阳市信息中心承办" << "揭阳市人民政府办公室";
    QTest::newRow("sponsor by") << "sponsor" << "本网站由揭阳市教育局主办" << "揭阳市教育局";
    QTest::newRow("sponsor glued") << "sponsor" << "主办单位：揭阳市教育局承办单位：揭阳市信息中心" << "揭阳市教育局";
    QTest::newRow("sponsor empty") << "sponsor" << "主办单位： |" << "";
    QTest::newRow("contact link") << "contact" << "网站地图 联系我们" << "联系我们";
    QTest::newRow("contact mobile") << "contact" << "值班 13812345678" << "13812345678";
    QTest::newRow("contact email") << "contact" << "jyjyj@jieyang.gov.cn" << "jyjyj@jieyang.gov.cn";
    QTest::newRow("no phone in record") << "contact" << "粤公网安备 44520202000123号 粤ICP备05085454号" << "";
    QTest::newRow("fixit text") << "fixit" << "我为政府 网站找错" << "我为政府网站找错";
    QTest::newRow("fixit absent") << "fixit" << "网站纠错" << "";
}

void TestIdentity::recognisers()
{
    QFETCH(QString, what);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString got;
    if (what == QLatin1String("siteCode"))
        got = IdentityCheck::findSiteCode(text);
    else if (what == QLatin1String("icp"))
        got = IdentityCheck::findIcp(text);
    else if (what == QLatin1String("police"))
        got = IdentityCheck::findPoliceRecord(text);
    else if (what == QLatin1String("sponsor"))
        got = IdentityCheck::findSponsor(text);
    else if (what == QLatin1String("contact"))
        got = IdentityCheck::findContact(text);
    else
        got = IdentityCheck::findFixitText(text);
    QCOMPARE(got, expected);
}

// The fixture pages of one site through every rule: points by hand from what the pages lack.
void TestIdentity::pagesThroughRules()
{
    const QList<PageIdentity> pages = {
        page(1, QStringLiteral("home"), analyzeFixture(QStringLiteral("complete.html"))),       // lacks nothing
        page(2, QStringLiteral("column"), analyzeFixture(QStringLiteral("badge-only.html"))),   // 5 items, 找错, ColumnName…
        page(3, QStringLiteral("content"), analyzeFixture(QStringLiteral("gbk-table.html"))),   // 标识码, 找错, PubDate, ContentSource
    };
    const QList<Finding> all = IdentityRules::evaluate(site(), kUnit, pages, IndicatorSet::defaults());
    const QList<Finding> ident = ofCode(all, QStringLiteral("W-D-IDENT"));
    QCOMPARE(ident.size(), 2);
    QCOMPARE(total(ident), 5 * 0.5 + 1 * 0.5);
    QVERIFY(ident[0].evidence.contains(QStringLiteral("公安机关备案标识")));
    QCOMPARE(total(ofCode(all, QStringLiteral("W-D-FIXIT"))), 0.2 + 0.2);
    QCOMPARE(ofCode(all, QStringLiteral("W-D-TAGS")).size(), 2);   // badge-only has no tags; gbk lacks 2
    QCOMPARE(ofCode(all, QStringLiteral("W-D-DOMAIN")).size(), 0); // .gov.cn, named after the unit, in the header
    for (const Finding &f : all)
        QCOMPARE(f.severity, QStringLiteral("deduct"));
}

QTEST_MAIN(TestIdentity)
#include "tst_identity.moc"
