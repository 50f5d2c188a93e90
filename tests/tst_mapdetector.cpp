// W-N-MAP candidates: map images found by alt, figcaption, file name (a Latin keyword as a whole
// word), nearby text, lazy-loading attributes and a 审图号; and the 网站地图 (sitemap) links and
// icons that must not be taken for maps. Findings follow the indicator set.
#include "MapDetector.h"

#include <QtTest>

using namespace xj;

namespace {

HtmlDocument fixture(const QString &name)
{
    QFile f(QStringLiteral(XJ_SOURCE_DIR "/tests/data/maps/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return HtmlDocument::parse(QString::fromUtf8(f.readAll()), QUrl(QStringLiteral("http://www.example.gov.cn/xqgk/index.html")));
}

const MapCandidate *byImage(const QList<MapCandidate> &all, const QString &tail)
{
    for (const MapCandidate &c : all)
        if (c.imageUrl.endsWith(tail))
            return &c;
    return nullptr;
}

} // namespace

class TestMapDetector : public QObject {
    Q_OBJECT

private slots:
    void findsMapImages()
    {
        const QList<MapCandidate> found = MapDetector::detect(fixture(QStringLiteral("found.html")),
                                                              MapDetector::keywords(IndicatorSet::defaults()));
        QStringList urls;
        for (const MapCandidate &c : found)
            urls << c.imageUrl;
        QCOMPARE(found.size(), 6); // the repeated 行政区划图 is one candidate
        const MapCandidate *alt = byImage(found, QStringLiteral("/images/2024/xzqh.jpg"));
        QVERIFY(alt);
        QCOMPARE(alt->why, QStringLiteral("alt"));
        QCOMPARE(alt->keyword, QStringLiteral("行政区划图"));
        QCOMPARE(alt->imageUrl, QStringLiteral("http://www.example.gov.cn/images/2024/xzqh.jpg"));
        QVERIFY2(alt->path.endsWith(QStringLiteral("img")), qPrintable(alt->path));
        QCOMPARE(byImage(found, QStringLiteral("p2.jpg"))->why, QStringLiteral("figcaption"));
        QCOMPARE(byImage(found, QStringLiteral("quweiMap.png"))->why, QStringLiteral("src"));
        QCOMPARE(byImage(found, QStringLiteral("quweiMap.png"))->keyword, QStringLiteral("map"));
        const MapCandidate *lazy = byImage(found, QStringLiteral("/images/2024/lazy.jpg"));
        QVERIFY2(lazy, qPrintable(urls.join(QLatin1Char(' '))));
        QCOMPARE(lazy->why, QStringLiteral("nearby"));
        QCOMPARE(lazy->matched, QStringLiteral("城区交通地图"));
        // A file named 标准地图 (percent-encoded in the page).
        QVERIFY2(std::any_of(found.cbegin(), found.cend(), [](const MapCandidate &c) { return c.why == QLatin1String("src") && c.keyword == QStringLiteral("地图"); }),
                 qPrintable(urls.join(QLatin1Char(' '))));
        // 地形图 is a default keyword, and the 审图号 beside it is kept: an approved map is still queued.
        const MapCandidate *approved = byImage(found, QStringLiteral("dxt.jpg"));
        QVERIFY(approved);
        QCOMPARE(approved->keyword, QStringLiteral("地形图"));
        QCOMPARE(approved->approval, QStringLiteral("GS(2019)1822号"));
    }

    void sitemapIsNotAMap()
    {
        const QList<MapCandidate> found = MapDetector::detect(fixture(QStringLiteral("none.html")),
                                                              MapDetector::keywords(IndicatorSet::defaults()));
        QStringList shown;
        for (const MapCandidate &c : found)
            shown << c.imageUrl + QLatin1Char(' ') + c.why + QLatin1Char(' ') + c.matched;
        QVERIFY2(found.isEmpty(), qPrintable(shown.join(QLatin1Char('\n'))));
        // The same page with a keyword added by an inspector finds what that keyword names.
        QStringList more = MapDetector::keywords(IndicatorSet::defaults());
        more << QStringLiteral("乡村");
        QCOMPARE(MapDetector::detect(fixture(QStringLiteral("none.html")), more).size(), 1);
    }

    void findingsFollowTheSet()
    {
        const QList<MapCandidate> found = MapDetector::detect(fixture(QStringLiteral("found.html")),
                                                              MapDetector::keywords(IndicatorSet::defaults()));
        Site site;
        site.id = 9;
        const QString page = QStringLiteral("http://www.example.gov.cn/xqgk/index.html");
        IndicatorSet set = IndicatorSet::defaults();
        const QList<Finding> findings = MapDetector::findings(site, 5, page, found, set, QStringLiteral("2024Q2"));
        QCOMPARE(findings.size(), found.size());
        const Finding &f = findings.first();
        QCOMPARE(f.indicator, QStringLiteral("W-N-MAP"));
        QCOMPARE(f.severity, QStringLiteral("notice"));
        QCOMPARE(f.state, QStringLiteral("pending"));
        QCOMPARE(f.points, 0.0);
        QCOMPARE(f.pageId, qint64(5));
        QCOMPARE(f.roundId, QStringLiteral("2024Q2"));
        QCOMPARE(f.fingerprint, QStringLiteral("W-N-MAP|9|%1|%2").arg(page, found.first().imageUrl));
        QVERIFY(f.evidence.contains(found.first().imageUrl));
        const auto approved = std::find_if(findings.cbegin(), findings.cend(),
                                           [](const Finding &x) { return x.details.value(QStringLiteral("approved_map")).toBool(); });
        QVERIFY(approved != findings.cend());
        QVERIFY2(approved->evidence.contains(QStringLiteral("GS(2019)1822号")), qPrintable(approved->evidence));
        // Keywords edited in the set change what is found; a disabled indicator files nothing.
        set.setParam(QStringLiteral("W-N-MAP"), QStringLiteral("keywords"), QJsonArray{QStringLiteral("示意图")});
        const QList<MapCandidate> narrowed = MapDetector::detect(fixture(QStringLiteral("found.html")), MapDetector::keywords(set));
        QStringList shown;
        for (const MapCandidate &c : narrowed)
            shown << c.imageUrl + QLatin1Char(' ') + c.why + QLatin1Char(' ') + c.matched;
        QVERIFY2(narrowed.size() == 2, qPrintable(shown.join(QLatin1Char('\n')))); // + the 审图号 one
        IndicatorSettings s = *set.settings(QStringLiteral("W-N-MAP"));
        s.enabled = false;
        set.setSettings(s);
        QVERIFY(MapDetector::findings(site, 5, page, found, set).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMapDetector)
#include "tst_mapdetector.moc"
