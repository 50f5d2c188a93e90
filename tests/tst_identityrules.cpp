// The identity rules (W-D-IDENT, W-D-DOMAIN, W-D-TAGS, W-D-FIXIT) as pure functions over facts
// built by hand: points computed by hand under the default set, an edited set (pointsEach 1,
// smaller samples) changes them, a disabled indicator files nothing; domains (.gov.cn, .政务 in
// both forms, ports, IP addresses), site names against unit names, the home page header,
// unreadable pages, channels, stable fingerprints.
#include "IdentityRules.h"

#include <QJsonArray>
#include <QtTest>

using namespace xj;

namespace {

IdentityFacts completeFacts()
{
    IdentityFacts f;
    f.parsed = true;
    f.footerElement = true;
    f.badge = QStringLiteral("a 党政机关");
    f.siteCode = QStringLiteral("4452000001");
    f.icp = QStringLiteral("粤ICP备12345678号");
    f.policeRecord = QStringLiteral("粤公网安备44520202000123号");
    f.sponsor = QStringLiteral("揭阳市教育局");
    f.contact = QStringLiteral("0663-8221234");
    f.fixit = QStringLiteral("a 我为政府网站找错");
    f.title = QStringLiteral("揭阳市教育局");
    f.metaTags = IndicatorSet::defaults().list(QStringLiteral("W-D-TAGS"), QStringLiteral("articleTags"));
    return f;
}

PageIdentity page(qint64 id, const QString &role, const IdentityFacts &facts)
{
    PageIdentity p;
    p.pageId = id;
    p.url = role == QLatin1String("home") ? QStringLiteral("https://jyjyj.jieyang.gov.cn/")
                                          : QStringLiteral("https://jyjyj.jieyang.gov.cn/%1/%2.html").arg(role).arg(id);
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

double total(const QList<Finding> &findings)
{
    double sum = 0;
    for (const Finding &f : findings)
        sum += f.points;
    return sum;
}

QStringList fingerprints(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.fingerprint;
    return out;
}

IndicatorSet withDisabled(const QString &code)
{
    IndicatorSet set = IndicatorSet::defaults();
    IndicatorSettings s = *set.settings(code);
    s.enabled = false;
    set.setSettings(s);
    return set;
}

// Home lacks the badge; a column page lacks 标识码, ICP and 联系方式; a content page lacks all six.
QList<PageIdentity> identPages()
{
    IdentityFacts home = completeFacts();
    home.badge.clear();
    IdentityFacts column = completeFacts();
    column.siteCode.clear();
    column.icp.clear();
    column.contact.clear();
    IdentityFacts content = completeFacts();
    for (QString *s : {&content.badge, &content.siteCode, &content.icp, &content.policeRecord, &content.sponsor, &content.contact})
        s->clear();
    return {page(1, QStringLiteral("home"), home), page(2, QStringLiteral("column"), column),
            page(3, QStringLiteral("content"), content), page(4, QStringLiteral("content"), completeFacts())};
}

} // namespace

class TestIdentityRules : public QObject {
    Q_OBJECT
private slots:
    void identPointsByHand();
    void identCodeMismatch();
    void identEditedSetAndDisabled();
    void domainSuffix_data();
    void domainSuffix();
    void siteNames_data();
    void siteNames();
    void domainFindings();
    void headerName();
    void tagsSample();
    void fixitPoints();
    void unreadablePagesSkipped();
    void channelsJudgedAlike();
    void everyRuleDisabled();
};

void TestIdentityRules::identPointsByHand()
{
    const QList<Finding> f = IdentityRules::ident(site(), identPages(), IndicatorSet::defaults());
    QCOMPARE(f.size(), 3); // page 4 lacks nothing
    QCOMPARE(f[0].points, 0.5);     // 1 item
    QCOMPARE(f[1].points, 1.5);     // 3 items
    QCOMPARE(f[2].points, 3.0);     // 6 items
    QCOMPARE(f[0].evidence.contains(QStringLiteral("党政机关网站标识")), true);
    QVERIFY(f[1].evidence.contains(QStringLiteral("网站标识码")));
    QVERIFY(f[1].evidence.contains(QStringLiteral("ICP备案编号")));
    QVERIFY(f[1].evidence.contains(QStringLiteral("联系方式")));
    QVERIFY(!f[1].evidence.contains(QStringLiteral("主办单位")));
    QCOMPARE(f[1].fingerprint, QStringLiteral("W-D-IDENT|7|https://jyjyj.jieyang.gov.cn/column/2.html"));
    QCOMPARE(f[1].pageId, 2);
    QCOMPARE(f[1].objectType, ObjectType::Site);
    QCOMPARE(f[1].objectId, 7);
    QCOMPARE(f[1].severity, QStringLiteral("deduct"));
    QCOMPARE(f[2].details.value(QStringLiteral("missing")).toArray().size(), 6);
    // Stable: the same facts give the same fingerprints.
    QCOMPARE(fingerprints(IdentityRules::ident(site(), identPages(), IndicatorSet::defaults())), fingerprints(f));
}

void TestIdentityRules::identCodeMismatch()
{
    IdentityFacts wrong = completeFacts();
    wrong.siteCode = QStringLiteral("4452000099");
    IdentityFacts other = completeFacts();
    other.siteCode = QStringLiteral("445200001"); // one digit short
    IdentityFacts right = completeFacts();
    right.siteCode = QStringLiteral("４４５２０００００１");
    const QList<PageIdentity> pages = {page(2, QStringLiteral("column"), wrong), page(1, QStringLiteral("home"), right),
                                       page(3, QStringLiteral("content"), other), page(4, QStringLiteral("content"), wrong)};
    const QList<Finding> f = IdentityRules::ident(site(), pages, IndicatorSet::defaults());
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].fingerprint, QStringLiteral("W-D-IDENT|7|code-mismatch"));
    QCOMPARE(f[0].points, 0.5);
    QCOMPARE(f[0].pageId, 2);
    QVERIFY(f[0].evidence.contains(QStringLiteral("4452000099")));
    QVERIFY(f[0].evidence.contains(QStringLiteral("445200001、")) || f[0].evidence.contains(QStringLiteral("、445200001")));
    QVERIFY(f[0].evidence.contains(QStringLiteral("4452000001")));
    QCOMPARE(f[0].details.value(QStringLiteral("pages")).toInt(), 3);

    Site unregistered = site();
    unregistered.siteCode.clear();
    QVERIFY(IdentityRules::ident(unregistered, pages, IndicatorSet::defaults()).isEmpty());
}

void TestIdentityRules::identEditedSetAndDisabled()
{
    IndicatorSet edited = IndicatorSet::defaults();
    edited.setParam(QStringLiteral("W-D-IDENT"), QStringLiteral("pointsEach"), 1);
    const QList<Finding> f = IdentityRules::ident(site(), identPages(), edited);
    QCOMPARE(f.size(), 3);
    QCOMPARE(total(f), 1.0 + 3.0 + 6.0);
    QVERIFY(IdentityRules::ident(site(), identPages(), withDisabled(QStringLiteral("W-D-IDENT"))).isEmpty());
}

void TestIdentityRules::domainSuffix_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("under");
    QTest::newRow("gov.cn") << "https://jyjyj.jieyang.gov.cn/" << true;
    QTest::newRow("port ignored") << "http://www.jieyang.gov.cn:8080/index.html" << true;
    QTest::newRow("no scheme") << "www.jieyang.gov.cn" << true;
    QTest::newRow("trailing dot") << "http://www.jieyang.gov.cn./" << true;
    QTest::newRow("upper case") << "HTTP://WWW.JIEYANG.GOV.CN/" << true;
    QTest::newRow("政务") << "http://揭阳市教育局.政务/" << true;
    QTest::newRow("政务 ace") << "http://www.jieyang.xn--zfr164b/" << true;
    QTest::newRow("com.cn") << "http://www.jyjy.com.cn/" << false;
    QTest::newRow("look-alike") << "http://gov.cn.example.com/" << false;
    QTest::newRow("suffix glued") << "http://jieyanggov.cn/" << false;
    QTest::newRow("ipv4") << "http://121.12.34.56:8080/" << false;
    QTest::newRow("ipv6") << "http://[2001:db8::1]/" << false;
}

void TestIdentityRules::domainSuffix()
{
    QFETCH(QString, url);
    QFETCH(bool, under);
    const QStringList suffixes = IndicatorSet::defaults().list(QStringLiteral("W-D-DOMAIN"), QStringLiteral("suffixes"));
    const QString host = IdentityRules::hostOf(url);
    QVERIFY(!host.isEmpty());
    QCOMPARE(IdentityRules::hostUnder(host, suffixes), under);

    Site s = site();
    s.url = url;
    const QList<Finding> f = IdentityRules::domain(s, kUnit, {}, IndicatorSet::defaults());
    QCOMPARE(f.size(), under ? 0 : 1);
    if (!under) {
        QCOMPARE(f[0].fingerprint, QStringLiteral("W-D-DOMAIN|7|suffix"));
        QCOMPARE(f[0].points, 1.0);
        QVERIFY2(f[0].evidence.contains(host), qPrintable(f[0].evidence));
        QCOMPARE(f[0].details.value(QStringLiteral("ip")).toBool(), IdentityRules::isIpAddress(host));
    }
}

void TestIdentityRules::siteNames_data()
{
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("unitName");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("passes");
    const int dept = int(SiteKind::Department), portal = int(SiteKind::Portal), platform = int(SiteKind::Platform);
    QTest::newRow("full name") << "揭阳市教育局网站" << "揭阳市教育局" << dept << true;
    QTest::newRow("full-width spaces") << "揭阳市 教育局　网站" << "揭阳市教育局" << dept << true;
    QTest::newRow("portal") << "揭阳市人民政府门户网站" << "揭阳市人民政府" << portal << true;
    QTest::newRow("政府 short") << "揭阳市政府门户网站" << "揭阳市人民政府" << portal << true;
    QTest::newRow("bare region") << "揭阳教育网" << "揭阳市教育局" << dept << true;
    QTest::newRow("district") << "榕城区教育局网站" << "揭阳市榕城区教育局" << dept << true;
    QTest::newRow("park 管委会") << "揭阳空港经济区管委会网站" << "揭阳空港经济区管理委员会" << dept << true;
    QTest::newRow("市场 not a region") << "揭阳市市场监督管理局网站" << "揭阳市市场监督管理局" << dept << true;
    QTest::newRow("城市 not a region") << "揭阳市城市管理和综合执法局" << "揭阳市城市管理和综合执法局" << dept << true;
    QTest::newRow("party prefix") << "揭阳市委组织部网站" << "中共揭阳市委组织部" << dept << true;
    QTest::newRow("no region in unit") << "海关网站" << "揭阳海关" << dept << true;
    QTest::newRow("platform by service") << "揭阳市政务服务网" << "揭阳市政务服务数据管理局" << platform << true;
    QTest::newRow("no department") << "中国揭阳" << "揭阳市人民政府" << portal << false;
    QTest::newRow("wrong region") << "揭阳市教育局网站" << "揭阳市榕城区教育局" << dept << false;
    QTest::newRow("no region") << "教育信息网" << "揭阳市教育局" << dept << false;
    QTest::newRow("platform no region") << "政务服务网" << "揭阳市政务服务数据管理局" << platform << false;
    QTest::newRow("other department") << "揭阳市卫生健康局网站" << "揭阳市教育局" << dept << false;
}

void TestIdentityRules::siteNames()
{
    QFETCH(QString, siteName);
    QFETCH(QString, unitName);
    QFETCH(int, kind);
    QFETCH(bool, passes);
    QCOMPARE(IdentityRules::nameNamesUnit(siteName, unitName, SiteKind(kind)), passes);
}

void TestIdentityRules::domainFindings()
{
    QString department;
    QCOMPARE(IdentityRules::regionsOf(QStringLiteral("揭阳市榕城区教育局"), &department),
             (QStringList{QStringLiteral("揭阳市"), QStringLiteral("榕城区")}));
    QCOMPARE(department, QStringLiteral("教育局"));
    QCOMPARE(IdentityRules::regionsOf(QStringLiteral("揭阳市市场监督管理局"), &department), QStringList{QStringLiteral("揭阳市")});
    QCOMPARE(department, QStringLiteral("市场监督管理局"));
    QCOMPARE(IdentityRules::regionsOf(QStringLiteral("揭阳市城市管理和综合执法局"), &department), QStringList{QStringLiteral("揭阳市")});
    QCOMPARE(department, QStringLiteral("城市管理和综合执法局"));
    QCOMPARE(IdentityRules::regionsOf(QStringLiteral("揭阳市公安局揭东区分局"), &department), QStringList{QStringLiteral("揭阳市")});
    QCOMPARE(IdentityRules::regionsOf(QStringLiteral("揭阳空港经济区管理委员会"), &department),
             QStringList{QStringLiteral("揭阳空港经济区")});
    QCOMPARE(department, QStringLiteral("管理委员会"));

    Site s = site();
    s.url = QStringLiteral("http://121.12.34.56/");
    s.name = QStringLiteral("中国揭阳");
    IdentityFacts home = completeFacts();
    home.title = QStringLiteral("首页");
    const QList<Finding> f = IdentityRules::domain(s, QStringLiteral("揭阳市人民政府"), {page(1, QStringLiteral("home"), home)},
                                                   IndicatorSet::defaults());
    QCOMPARE(fingerprints(f), (QStringList{QStringLiteral("W-D-DOMAIN|7|suffix"), QStringLiteral("W-D-DOMAIN|7|name"),
                                           QStringLiteral("W-D-DOMAIN|7|header")}));
    QCOMPARE(total(f), 3.0);
    QVERIFY(f[1].evidence.contains(QStringLiteral("中国揭阳")));
    QVERIFY(f[2].evidence.contains(QStringLiteral("首页")));
    QCOMPARE(f[2].pageId, 1);

    IndicatorSet edited = IndicatorSet::defaults();
    edited.setParam(QStringLiteral("W-D-DOMAIN"), QStringLiteral("pointsEach"), 0.5);
    edited.setParam(QStringLiteral("W-D-DOMAIN"), QStringLiteral("suffixes"), QJsonArray{QStringLiteral(".gov.cn")});
    QCOMPARE(total(IdentityRules::domain(s, QStringLiteral("揭阳市人民政府"), {page(1, QStringLiteral("home"), home)}, edited)), 1.5);
    Site zhengwu = site();
    zhengwu.url = QStringLiteral("http://揭阳市教育局.政务/");
    QCOMPARE(IdentityRules::domain(zhengwu, kUnit, {}, edited).size(), 1); // .政务 no longer listed
    QVERIFY(IdentityRules::domain(s, QStringLiteral("揭阳市人民政府"), {page(1, QStringLiteral("home"), home)},
                                  withDisabled(QStringLiteral("W-D-DOMAIN"))).isEmpty());
}

void TestIdentityRules::headerName()
{
    IdentityFacts home = completeFacts();
    home.title = QStringLiteral("首页");
    QVERIFY(!IdentityRules::headerShowsName(home, QStringLiteral("揭阳市教育局网站"), kUnit));
    home.logoAlt = QStringLiteral("揭阳市教育局");
    QVERIFY(IdentityRules::headerShowsName(home, QStringLiteral("揭阳市教育局网站"), kUnit));
    home.logoAlt.clear();
    home.h1 = QStringLiteral("揭阳市人民政府门户网站");
    QVERIFY(IdentityRules::headerShowsName(home, QStringLiteral("揭阳市人民政府门户网站"), QString()));
    QVERIFY(!IdentityRules::headerShowsName(home, QStringLiteral("揭阳市教育局网站"), kUnit));
    // No home page among the pages: nothing to judge.
    QVERIFY(IdentityRules::domain(site(), kUnit, {page(2, QStringLiteral("column"), home)}, IndicatorSet::defaults()).isEmpty());
}

void TestIdentityRules::tagsSample()
{
    IdentityFacts bare = completeFacts();
    bare.metaTags = {QStringLiteral("SiteName")};
    IdentityFacts columnOk = completeFacts();
    columnOk.metaTags = IndicatorSet::defaults().list(QStringLiteral("W-D-TAGS"), QStringLiteral("columnTags"));
    QList<PageIdentity> pages = {page(1, QStringLiteral("home"), bare)};
    for (int i = 0; i < 7; ++i)
        pages << page(10 + i, QStringLiteral("content"), bare);
    pages << page(30, QStringLiteral("column"), columnOk);
    for (int i = 0; i < 6; ++i)
        pages << page(20 + i, QStringLiteral("column"), bare);
    const QList<Finding> f = IdentityRules::tags(site(), pages, IndicatorSet::defaults());
    // 5 content pages sampled (10…14), 5 column pages (30 passes, 20…23 fail); home not sampled.
    QCOMPARE(f.size(), 5 + 4);
    QCOMPARE(f[0].pageId, 10);
    QCOMPARE(f[4].pageId, 14);
    QCOMPARE(f[5].pageId, 20);
    QCOMPARE(f[8].pageId, 23);
    QCOMPARE(total(f), 9 * 0.1);
    QCOMPARE(f[0].details.value(QStringLiteral("missing")).toArray().size(), 7);  // 8 article tags less SiteName
    QCOMPARE(f[5].details.value(QStringLiteral("missing")).toArray().size(), 4);  // 5 column tags less SiteName
    QVERIFY(f[0].evidence.contains(QStringLiteral("ContentSource")));
    QVERIFY(!f[5].evidence.contains(QStringLiteral("ContentSource")));

    IndicatorSet edited = IndicatorSet::defaults();
    edited.setParam(QStringLiteral("W-D-TAGS"), QStringLiteral("pointsEach"), 1);
    edited.setParam(QStringLiteral("W-D-TAGS"), QStringLiteral("contentSample"), 2);
    edited.setParam(QStringLiteral("W-D-TAGS"), QStringLiteral("columnSample"), 1);
    const QList<Finding> g = IdentityRules::tags(site(), pages, edited);
    QCOMPARE(g.size(), 2); // two content pages; the one column page sampled (30) passes
    QCOMPARE(total(g), 2.0);
    QVERIFY(IdentityRules::tags(site(), pages, withDisabled(QStringLiteral("W-D-TAGS"))).isEmpty());
}

void TestIdentityRules::fixitPoints()
{
    IdentityFacts none = completeFacts();
    none.fixit.clear();
    const QList<PageIdentity> pages = {page(1, QStringLiteral("home"), none), page(2, QStringLiteral("column"), none),
                                       page(3, QStringLiteral("content"), completeFacts()),
                                       page(4, QStringLiteral("content"), none)};
    const QList<Finding> f = IdentityRules::fixit(site(), pages, IndicatorSet::defaults());
    QCOMPARE(f.size(), 3);
    QCOMPARE(f[0].points, 1.0);
    QCOMPARE(f[1].points, 0.2);
    QCOMPARE(f[2].points, 0.2);
    QCOMPARE(f[0].fingerprint, QStringLiteral("W-D-FIXIT|7|https://jyjyj.jieyang.gov.cn/"));

    QList<PageIdentity> homeFine = pages;
    homeFine[0].facts = completeFacts();
    QCOMPARE(total(IdentityRules::fixit(site(), homeFine, IndicatorSet::defaults())), 0.4);

    IndicatorSet edited = IndicatorSet::defaults();
    edited.setParam(QStringLiteral("W-D-FIXIT"), QStringLiteral("homePoints"), 0.5);
    edited.setParam(QStringLiteral("W-D-FIXIT"), QStringLiteral("otherPoints"), 0.1);
    QCOMPARE(total(IdentityRules::fixit(site(), pages, edited)), 0.5 + 0.1 + 0.1);
    QVERIFY(IdentityRules::fixit(site(), pages, withDisabled(QStringLiteral("W-D-FIXIT"))).isEmpty());
}

void TestIdentityRules::unreadablePagesSkipped()
{
    IdentityFacts unread; // parsed = false: every item looks missing, none is judged
    QList<PageIdentity> pages = {page(1, QStringLiteral("home"), unread), page(2, QStringLiteral("content"), unread)};
    QVERIFY(IdentityRules::evaluate(site(), kUnit, pages, IndicatorSet::defaults()).isEmpty());
    // The same URL twice is judged once.
    IdentityFacts bad = completeFacts();
    bad.sponsor.clear();
    pages = {page(2, QStringLiteral("content"), bad), page(2, QStringLiteral("content"), bad)};
    QCOMPARE(IdentityRules::ident(site(), pages, IndicatorSet::defaults()).size(), 1);
}

void TestIdentityRules::channelsJudgedAlike()
{
    Site channel = site();
    channel.kind = SiteKind::Channel;
    channel.url = QStringLiteral("https://www.jieyang.gov.cn/jyjyj/");
    const QList<Finding> asSite = IdentityRules::evaluate(site(), kUnit, identPages(), IndicatorSet::defaults());
    const QList<Finding> asChannel = IdentityRules::evaluate(channel, kUnit, identPages(), IndicatorSet::defaults());
    QVERIFY(!asSite.isEmpty());
    QCOMPARE(fingerprints(asChannel), fingerprints(asSite));
    QCOMPARE(total(asChannel), total(asSite));
}

void TestIdentityRules::everyRuleDisabled()
{
    IndicatorSet set = IndicatorSet::defaults();
    for (const QString &code : IdentityRules::codes()) {
        IndicatorSettings s = *set.settings(code);
        s.enabled = false;
        set.setSettings(s);
    }
    Site s = site();
    s.url = QStringLiteral("http://10.0.0.1/");
    QVERIFY(IdentityRules::evaluate(s, QStringLiteral("揭阳市人民政府"), identPages(), set).isEmpty());
    QVERIFY(!IdentityRules::evaluate(s, QStringLiteral("揭阳市人民政府"), identPages(), IndicatorSet::defaults()).isEmpty());
}

QTEST_MAIN(TestIdentityRules)
#include "tst_identityrules.moc"
