// The website indicators of a whole check run, end to end: a fixture site on 127.0.0.1 whose
// pages each carry a known problem (a stale home page and news column, a blank policy column, a
// footer without identifiers, a hidden link to a gambling site in a linked stylesheet, one only a
// search engine is served, a typo, a map image, a 留言 list with a late reply) and a clean
// second site that must come out without any of them. Then the run is judged again under an
// edited indicator set from the facts it kept.
#include "CheckRecords.h"
#include "IndicatorSetStore.h"
#include "MediaRecords.h"
#include "RawHttpServer.h"
#include "RoundCheck.h"
#include "TestSupport.h"
#include "WebsiteEvaluation.h"

#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

const char kGoodFooter[] =
    "<div class=\"footer\"><a href=\"https://bszs.conac.cn/sitename?method=show&amp;id=1\"><img src=\"/red.png\" alt=\"党政机关\"></a>"
    "<p>主办单位：临澜市教育局 联系电话：0663-8221234</p><p>网站标识码：4459000002 临ICP备12345678号 "
    "<a href=\"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44520202000123\">临公网安备 44520202000123号</a></p>"
    "<p><a href=\"https://zfwzzc.www.gov.cn/check_web/errorInfo_querySearch.action?term=4459000002\">我为政府网站找错</a></p></div>";

QByteArray page(const QString &title, const QString &body, const QString &footer, const QString &head = {})
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>%4</head><body>%2%3</body></html>")
        .arg(title, body, footer, head)
        .toUtf8();
}

RawReply htmlReply(const QByteArray &body)
{
    return RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8", body));
}

// A list of {href, title, date} items as CMSs print them: the date in a span after the link.
QString list(const QList<QStringList> &items)
{
    QString out = QStringLiteral("<ul class=\"list\">");
    for (const QStringList &i : items)
        out += QStringLiteral("<li><a href=\"%1\">%2</a><span class=\"date\">%3</span></li>").arg(i.at(0), i.at(1), i.at(2));
    return out + QStringLiteral("</ul>");
}

} // namespace

class TestSiteChecks : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    RawHttpServer m_bad;
    RawHttpServer m_good;
    RawHttpServer m_scripted;
    qint64 m_badId = 0;
    qint64 m_goodId = 0;
    const QString m_round = QStringLiteral("2026Q3");

    bool runToEnd()
    {
        CheckOptions o;
        o.roundId = m_round;
        o.policy.hostIntervalMs = 0;
        o.policy.maxPerHost = 4;
        o.policy.timeoutMs = 5000;
        o.policy.stallTimeoutMs = 3000;
        RoundCheck check(*m_store, o);
        bool done = false, completed = false;
        connect(&check, &RoundCheck::finished, this, [&](bool c) { done = true, completed = c; });
        QString error;
        if (!check.start(&error))
            qWarning("%s", qPrintable(error));
        return QTest::qWaitFor([&done] { return done; }, 60000) && completed;
    }
    QList<Finding> findings(qint64 siteId, const QString &indicator)
    {
        QList<Finding> out;
        for (const Finding &f : CheckRecords(*m_store).findings(m_round, indicator))
            if (f.objectId == siteId)
                out << f;
        return out;
    }
    qint64 addColumn(qint64 siteId, const QString &name, const QUrl &url, ColumnCategory category)
    {
        SiteColumn c;
        c.siteId = siteId;
        c.name = name;
        c.url = url.toString();
        c.category = category;
        return m_store->insertColumn(c);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_bad.start());
        QVERIFY(m_good.start());
        m_store = sqliteStore(m_dir);
        QVERIFY(m_store);

        // The site with problems. Its home page shows only old news (W-V3), its footer lacks
        // every identifier (W-D-IDENT, W-D-FIXIT), a linked stylesheet hides a link to a casino
        // (W-N-DARKLINK, severe), it misspells 安装 (W-N-WORDING) and shows a map (W-N-MAP).
        const QString hiddenCss = QStringLiteral(".sponsor{position:absolute;left:-9999px}");
        m_bad.setReply(QStringLiteral("/css/site.css"), RawReply::whole(RawHttpServer::response(200, "text/css", hiddenCss.toUtf8())));
        m_bad.setReply(QStringLiteral("/"), htmlReply(page(
            QStringLiteral("临澜市文化局"),
            QStringLiteral("<h1>临澜市文化局</h1><nav><a href=\"/news/\">工作动态</a><a href=\"/zcwj/\">政策文件</a><a href=\"/hdjl/\">互动交流</a></nav>")
                + list({{QStringLiteral("/news/1.html"), QStringLiteral("文化下乡活动圆满结束"), QStringLiteral("2026-05-06")},
                        {QStringLiteral("/news/2.html"), QStringLiteral("全市文化工作会议召开"), QStringLiteral("2026-04-20")}})
                + QStringLiteral("<p>请群众按装最新版本的客户端。</p><figure><img src=\"/img/area.png\" alt=\"临澜市行政区划图\"></figure>"
                                 "<div class=\"sponsor\"><a href=\"http://casino.example.net/\">百家乐娱乐城</a></div>"),
            QStringLiteral("<div class=\"footer\"><p>版权所有 临澜市文化局</p></div>"),
            QStringLiteral("<link rel=\"stylesheet\" href=\"/css/site.css\">"))));
        m_bad.setReply(QStringLiteral("/news/"), htmlReply(page(QStringLiteral("工作动态"),
            list({{QStringLiteral("/news/1.html"), QStringLiteral("文化下乡活动圆满结束"), QStringLiteral("2026-05-06")},
                  {QStringLiteral("/news/2.html"), QStringLiteral("全市文化工作会议召开"), QStringLiteral("2026-04-20")}}), {})));
        for (const char *p : {"/news/1.html", "/news/2.html"})
            m_bad.setReply(QString::fromLatin1(p), htmlReply(page(QStringLiteral("文章"),
                QStringLiteral("<h1>文章</h1><p>发布时间：2026-04-20</p><p>正文。</p>"), {})));
        m_bad.setReply(QStringLiteral("/zcwj/"), htmlReply(page(QStringLiteral("政策文件"), QStringLiteral("<ul class=\"list\"></ul>"), {})));
        // A 留言 list whose second message was answered 10 working days after it came in.
        m_bad.setReply(QStringLiteral("/hdjl/"), htmlReply(page(QStringLiteral("互动交流"), QStringLiteral(
            "<table><tr><th>标题</th><th>留言时间</th><th>回复时间</th><th>答复单位</th></tr>"
            "<tr><td><a href=\"/hdjl/1.html\">图书馆开放时间咨询</a></td><td>2026-09-01</td><td>2026-09-02</td><td>临澜市文化局</td></tr>"
            "<tr><td><a href=\"/hdjl/2.html\">非遗补贴申请</a></td><td>2026-08-03</td><td>2026-08-17</td><td>临澜市文化局</td></tr>"
            "</table>"), {})));
        m_bad.setReply(QStringLiteral("/img/area.png"), RawReply::whole(RawHttpServer::response(200, "image/png", QByteArray("\x89PNG\r\n\x1a\n....", 12))));

        // The clean site: fresh lists, every identifier, nothing hidden.
        const QString fresh = list({{QStringLiteral("/news/1.html"), QStringLiteral("教育工作会议召开"), QStringLiteral("2026-09-28")},
                                    {QStringLiteral("/news/2.html"), QStringLiteral("秋季开学工作部署"), QStringLiteral("2026-09-20")}});
        m_good.setReply(QStringLiteral("/"), htmlReply(page(QStringLiteral("临澜市教育局"),
            QStringLiteral("<h1>临澜市教育局</h1><nav><a href=\"/news/\">教育动态</a><a href=\"/zcwj/\">政策文件</a></nav>") + fresh,
            QString::fromUtf8(kGoodFooter))));
        m_good.setReply(QStringLiteral("/news/"), htmlReply(page(QStringLiteral("教育动态"), fresh, QString::fromUtf8(kGoodFooter))));
        m_good.setReply(QStringLiteral("/zcwj/"), htmlReply(page(QStringLiteral("政策文件"),
            list({{QStringLiteral("/zcwj/1.html"), QStringLiteral("关于印发招生工作方案的通知"), QStringLiteral("2026-07-15")}}), QString::fromUtf8(kGoodFooter))));
        for (const char *p : {"/news/1.html", "/news/2.html", "/zcwj/1.html"})
            m_good.setReply(QString::fromLatin1(p), htmlReply(page(QStringLiteral("文章"),
                QStringLiteral("<h1>文章</h1><p>发布时间：2026-09-20</p><p>正文。</p>"), QString::fromUtf8(kGoodFooter))));
        m_good.setReply(QStringLiteral("/red.png"), RawReply::whole(RawHttpServer::response(200, "image/png", QByteArray("\x89PNG\r\n\x1a\n....", 12))));

        Unit culture;
        culture.name = QStringLiteral("临澜市文化局");
        Unit education;
        education.name = QStringLiteral("临澜市教育局");
        Site bad;
        bad.name = QStringLiteral("临澜市文化局网站");
        bad.kind = SiteKind::Department;
        bad.url = m_bad.url(QStringLiteral("/")).toString();
        bad.siteCode = QStringLiteral("4459000001");
        bad.ownerId = m_store->insertUnit(culture);
        bad.opened = QDate(2015, 1, 1);
        m_badId = m_store->insertSite(bad, QStringLiteral("test"));
        Site good = bad;
        good.name = QStringLiteral("临澜市教育局网站");
        good.url = m_good.url(QStringLiteral("/")).toString();
        good.siteCode = QStringLiteral("4459000002");
        good.ownerId = m_store->insertUnit(education);
        m_goodId = m_store->insertSite(good, QStringLiteral("test"));
        QVERIFY(m_badId && m_goodId);
        QVERIFY(addColumn(m_badId, QStringLiteral("工作动态"), m_bad.url(QStringLiteral("/news/")), ColumnCategory::News));
        QVERIFY(addColumn(m_badId, QStringLiteral("政策文件"), m_bad.url(QStringLiteral("/zcwj/")), ColumnCategory::Policy));
        QVERIFY(addColumn(m_badId, QStringLiteral("互动交流"), m_bad.url(QStringLiteral("/hdjl/")), ColumnCategory::Interaction));
        QVERIFY(addColumn(m_goodId, QStringLiteral("教育动态"), m_good.url(QStringLiteral("/news/")), ColumnCategory::News));
        QVERIFY(addColumn(m_goodId, QStringLiteral("政策文件"), m_good.url(QStringLiteral("/zcwj/")), ColumnCategory::Policy));
        Round r;
        r.id = m_round;
        r.windowFrom = QDate(2026, 7, 1);
        r.windowTo = QDate(2026, 9, 30);
        r.asOf = QDate(2026, 9, 30);
        QVERIFY(m_store->insertRound(r));
        QVERIFY(runToEnd());
    }

    void freshness()
    {
        QCOMPARE(findings(m_badId, QStringLiteral("W-V3")).size(), 1);
        QCOMPARE(findings(m_badId, QStringLiteral("W-D-NEWS")).size(), 1);
        const auto policy = findings(m_badId, QStringLiteral("W-D-POLICY"));
        QCOMPARE(policy.size(), 1); // an empty list is blank, so not updated
        for (const QString &code : {QStringLiteral("W-V3"), QStringLiteral("W-V4"), QStringLiteral("W-D-NEWS"),
                                    QStringLiteral("W-D-POLICY"), QStringLiteral("W-D-COLUMN")})
            QVERIFY2(findings(m_goodId, code).isEmpty(), qPrintable(code));
    }

    void identity()
    {
        const auto ident = findings(m_badId, QStringLiteral("W-D-IDENT"));
        QVERIFY(!ident.isEmpty());
        // "版权所有" is not 主办单位: all six items are missing, 0.5 each.
        QVERIFY(std::any_of(ident.begin(), ident.end(), [](const Finding &f) { return QUrl(f.url).path() == QLatin1String("/") && qFuzzyCompare(f.points, 3.0); }));
        QVERIFY(!findings(m_badId, QStringLiteral("W-D-FIXIT")).isEmpty());
        QVERIFY(findings(m_goodId, QStringLiteral("W-D-IDENT")).isEmpty());
        QVERIFY(findings(m_goodId, QStringLiteral("W-D-FIXIT")).isEmpty());
    }

    void hiddenLinksWordingAndMaps()
    {
        const auto dark = findings(m_badId, QStringLiteral("W-N-DARKLINK"));
        QVERIFY(std::any_of(dark.begin(), dark.end(), [](const Finding &f) {
            return QUrl(f.link.isEmpty() ? f.details.value(QStringLiteral("target")).toString() : f.link).host() == QLatin1String("casino.example.net")
                   || f.evidence.contains(QLatin1String("casino.example.net"));
        }));
        for (const Finding &f : dark) {
            QCOMPARE(f.state, QStringLiteral("pending")); // needs review
            QCOMPARE(f.severity, QStringLiteral("notice"));
        }
        const auto wording = findings(m_badId, QStringLiteral("W-N-WORDING"));
        QVERIFY(std::any_of(wording.begin(), wording.end(), [](const Finding &f) { return f.evidence.contains(QStringLiteral("按装")); }));
        QVERIFY(!findings(m_badId, QStringLiteral("W-N-MAP")).isEmpty());
        for (const QString &code : {QStringLiteral("W-N-DARKLINK"), QStringLiteral("W-N-WORDING"), QStringLiteral("W-N-MAP")})
            QVERIFY2(findings(m_goodId, code).isEmpty(), qPrintable(code));
    }

    void messages()
    {
        const auto msg = findings(m_badId, QStringLiteral("W-D-MSG"));
        QVERIFY(std::any_of(msg.begin(), msg.end(), [](const Finding &f) { return f.evidence.contains(QStringLiteral("非遗补贴申请")) || f.details.contains(QStringLiteral("workingDays")); }));
    }

    void everyFindingRecordsItsSet()
    {
        const IndicatorSet active = IndicatorSetStore(*m_store).active();
        QVERIFY(active.id > 0);
        for (const Finding &f : CheckRecords(*m_store).findings(m_round))
            QCOMPARE(f.indicatorSetId, active.id);
    }

    // A link that only a browser's layout hides (a script sets its style after loading) is found
    // by `check --render`, in a separate process with its own offscreen application object.
    void renderedPassFromTheCommandLine()
    {
        QVERIFY(m_scripted.start());
        m_scripted.setReply(QStringLiteral("/"), htmlReply(page(QStringLiteral("临澜市档案馆"),
            QStringLiteral("<h1>临澜市档案馆</h1><p id=\"x\"><a href=\"http://bet.example.org/\">真人荷官</a></p>"
                           "<script>document.getElementById('x').style.display = 'none';</script>"), QString::fromUtf8(kGoodFooter))));
        Unit archive;
        archive.name = QStringLiteral("临澜市档案馆");
        Site s;
        s.name = QStringLiteral("临澜市档案馆网站");
        s.kind = SiteKind::Department;
        s.url = m_scripted.url(QStringLiteral("/")).toString();
        s.ownerId = m_store->insertUnit(archive);
        s.opened = QDate(2015, 1, 1);
        const qint64 id = m_store->insertSite(s, QStringLiteral("test"));
        QVERIFY(id);
        const RunResult r = runXunjian({QStringLiteral("check"), m_round, QStringLiteral("--db"), m_dir.filePath(QStringLiteral("test.sqlite")),
                                        QStringLiteral("--target"), s.name, QStringLiteral("--fresh"), QStringLiteral("--render"),
                                        QStringLiteral("--host-interval"), QStringLiteral("0")}, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto dark = findings(id, QStringLiteral("W-N-DARKLINK"));
        QVERIFY2(std::any_of(dark.begin(), dark.end(), [](const Finding &f) {
                     return f.details.value(QStringLiteral("rendered")).toBool() && f.details.value(QStringLiteral("severe")).toBool()
                            && f.details.value(QStringLiteral("target")).toString().contains(QLatin1String("bet.example.org"));
                 }),
                 qPrintable(r.err));
    }

    // An edited set judges the stored facts again (WebsiteEvaluation reads no network).
    void rejudgeUnderEditedSet()
    {
        IndicatorSetStore sets(*m_store);
        IndicatorSet edited = sets.active();
        edited.setParam(QStringLiteral("W-D-IDENT"), QStringLiteral("pointsEach"), 0.25);
        IndicatorSettings news = *edited.settings(QStringLiteral("W-D-NEWS"));
        news.enabled = false;
        edited.setSettings(news);
        QString error;
        const auto saved = sets.save(edited, QStringLiteral("test"), &error);
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(sets.activate(saved->id));
        const auto round = m_store->round(m_round);
        const auto report = WebsiteEvaluation::rejudge(*m_store, *round, *saved, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->filed > 0);
        QVERIFY(findings(m_badId, QStringLiteral("W-D-NEWS")).isEmpty());
        const auto ident = findings(m_badId, QStringLiteral("W-D-IDENT"));
        QVERIFY(std::any_of(ident.begin(), ident.end(), [](const Finding &f) { return QUrl(f.url).path() == QLatin1String("/") && qFuzzyCompare(f.points, 1.5); }));
        for (const Finding &f : ident)
            QCOMPARE(f.indicatorSetId, saved->id);
    }
};

QTEST_GUILESS_MAIN(TestSiteChecks)
#include "tst_sitechecks.moc"
