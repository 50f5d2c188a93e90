// A whole check run against fixture sites served on 127.0.0.1: what must be found (broken links
// on home, column and content pages; a soft 404; a link into a shut-down site; a shut-down site
// still serving) and what must not (working pages, images, files), evidence kept and readable,
// and a killed run resumed without duplicate findings.
#include "CheckRecords.h"
#include "ColumnSuggestions.h"
#include "Vocabulary.h"
#include "RawHttpServer.h"
#include "RoundCheck.h"
#include "TestSupport.h"
#include "WarcReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {
QByteArray html(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>%2"
                          "<div class=\"footer\">主办单位：临澜市人民政府办公室 网站标识码：4459000001</div></body></html>")
        .arg(title, body)
        .toUtf8();
}
} // namespace

class TestRoundCheck : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    RawHttpServer m_portal;
    RawHttpServer m_closed;
    qint64 m_portalId = 0;
    qint64 m_closedId = 0;

    CheckOptions options() const
    {
        CheckOptions o;
        o.roundId = QStringLiteral("2026Q3");
        o.policy.hostIntervalMs = 0;
        o.policy.maxPerHost = 4;
        o.policy.timeoutMs = 5000;
        o.policy.stallTimeoutMs = 3000;
        return o;
    }
    // Runs a check to the end (bounded by a timeout); returns whether it completed.
    bool runToEnd(const CheckOptions &o)
    {
        RoundCheck check(*m_store, o);
        bool done = false, completed = false;
        connect(&check, &RoundCheck::finished, this, [&](bool c) { done = true, completed = c; });
        QString error;
        if (!check.start(&error))
            qWarning("%s", qPrintable(error));
        return QTest::qWaitFor([&done] { return done; }, 30000) && completed;
    }
    QList<Finding> findings(const QString &indicator = {}) { return CheckRecords(*m_store).findings(QStringLiteral("2026Q3"), indicator); }
    static bool has(const QList<Finding> &all, const QString &pagePath, const QString &linkPath)
    {
        return std::any_of(all.begin(), all.end(), [&](const Finding &f) {
            return QUrl(f.url).path() == pagePath && (linkPath.isEmpty() || QUrl(f.link).path() == linkPath);
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_portal.start());
        QVERIFY(m_closed.start());
        const QString portal = m_portal.url(QStringLiteral("/")).toString();
        const QString closedSite = m_closed.url(QStringLiteral("/")).toString();
        m_portal.setReply(QStringLiteral("/"), RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8", html(
            QStringLiteral("临澜市人民政府"),
            QStringLiteral("<nav><a href=\"/zcwj/\">政策文件</a><a href=\"/tzgg/index.html\">通知公告</a><a href=\"/sitemap.html\">网站地图</a></nav>"
                           "<a href=\"/news/\">要闻动态</a> <a href=\"/broken.html\">失效链接</a> <a href=\"/soft404.html\">旧专题</a>"
                           "<img src=\"/img/logo.png\" alt=\"标志\"> <a href=\"%1old/\">临澜港经开区</a> <a href=\"/news/a1.html\">一篇文章</a>")
                .arg(closedSite)))));
        QStringEncoder gbk("GB18030");
        const QByteArray columnPage = gbk.encode(QStringLiteral(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>要闻动态</title></head><body>"
            "<ul><li><a href=\"/news/a1.html\">临澜召开全市政务公开工作会议</a> 2026-09-28</li>"
            "<li><a href=\"/news/a2.html\">我市推进数字政府建设</a> 2026-09-20</li>"
            "<li><a href=\"/news/gone.html\">已撤稿的文章</a> 2026-09-01</li></ul></body></html>"));
        m_portal.setReply(QStringLiteral("/news/"), RawReply::whole(RawHttpServer::response(200, "text/html", columnPage)));
        m_portal.setReply(QStringLiteral("/news/a1.html"), RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8",
            html(QStringLiteral("临澜召开全市政务公开工作会议"), QStringLiteral("<p>会议要求……</p><a href=\"/files/missing.pdf\">附件：会议材料</a>")))));
        m_portal.setReply(QStringLiteral("/news/a2.html"), RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8",
            html(QStringLiteral("我市推进数字政府建设"), QStringLiteral("<p>正文内容……</p><a href=\"/news/\">返回</a>")))));
        m_portal.setReply(QStringLiteral("/soft404.html"), RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8",
            html(QStringLiteral("页面不存在"), QStringLiteral("<p>您访问的页面不存在或已删除</p>")))));
        for (const char *section : {"/zcwj/", "/tzgg/index.html", "/sitemap.html"})
            m_portal.setReply(QString::fromLatin1(section), RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8",
                html(QStringLiteral("栏目"), QStringLiteral("<p>栏目页面</p>")))));
        m_portal.setReply(QStringLiteral("/img/logo.png"), RawReply::whole(RawHttpServer::response(200, "image/png", QByteArray("\x89PNG\r\n\x1a\n....", 12))));
        m_closed.setReply(QStringLiteral("/"), RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8", html(
            QStringLiteral("临澜港经济开发区"), QStringLiteral("<p>园区新闻：临澜港经济开发区举行招商推介会，签约项目十二个，总投资超过八十亿元。</p>")))));
        m_closed.setReply(QStringLiteral("/old/"), RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8", html(QStringLiteral("旧栏目"), QStringLiteral("<p>旧内容</p>")))));

        m_store = test::sqliteStore(m_dir);
        QVERIFY(m_store);
        Unit u;
        u.name = QStringLiteral("临澜市人民政府办公室");
        const qint64 unit = m_store->insertUnit(u);
        Site p;
        p.name = QStringLiteral("临澜市人民政府门户网站");
        p.url = portal;
        p.siteCode = QStringLiteral("4459000001");
        p.ownerId = unit;
        p.opened = QDate(2015, 1, 1);
        m_portalId = m_store->insertSite(p, QStringLiteral("test"));
        Site c = p;
        c.name = QStringLiteral("临澜港经济开发区门户网站");
        c.url = closedSite;
        c.siteCode = QStringLiteral("4459000007");
        m_closedId = m_store->insertSite(c, QStringLiteral("test"));
        StatusChange off;
        off.objectId = m_closedId;
        off.event = StatusEvent::Offline;
        off.effective = QDate(2026, 8, 15);
        QVERIFY(m_store->recordStatus(off));
        SiteColumn col;
        col.siteId = m_portalId;
        col.name = QStringLiteral("要闻动态");
        col.url = m_portal.url(QStringLiteral("/news/")).toString();
        col.category = ColumnCategory::News;
        QVERIFY(m_store->insertColumn(col));
        Round r;
        r.id = QStringLiteral("2026Q3");
        r.windowFrom = QDate(2026, 7, 1);
        r.windowTo = QDate(2026, 9, 30);
        QVERIFY(m_store->insertRound(r));
    }

    void fullRun()
    {
        QVERIFY(runToEnd(options()));
        const auto broken = findings(QStringLiteral("W-D-LINK"));
        QVERIFY2(has(broken, QStringLiteral("/"), QStringLiteral("/broken.html")), "broken link on the home page");
        QVERIFY2(has(broken, QStringLiteral("/news/"), QStringLiteral("/news/gone.html")), "broken link on a GBK column page");
        QVERIFY2(has(broken, QStringLiteral("/news/a1.html"), QStringLiteral("/files/missing.pdf")), "broken attachment on a content page");
        for (const Finding &f : broken) {
            QCOMPARE(f.points, QUrl(f.url).path() == QLatin1String("/") ? 0.2 : 0.1);
            QCOMPARE(f.severity, QStringLiteral("deduct"));
            QVERIFY(f.evidence.contains(QLatin1String("404")));
            QVERIFY(QUrl(f.link).path() != QLatin1String("/img/logo.png"));
            QVERIFY(QUrl(f.link).path() != QLatin1String("/news/a1.html"));
            QVERIFY(QUrl(f.link).path() != QLatin1String("/soft404.html")); // answers 200: a wrong link, not a broken one
        }
        const Finding *gone = nullptr;
        for (const Finding &f : broken)
            if (QUrl(f.link).path() == QLatin1String("/news/gone.html"))
                gone = &f;
        QVERIFY(gone && gone->evidence.contains(QStringLiteral("已撤稿的文章"))); // link text from the GBK page

        const auto wrong = findings(QStringLiteral("W-N-WRONGLINK"));
        QVERIFY2(has(wrong, QStringLiteral("/"), QStringLiteral("/soft404.html")), "soft 404");
        QVERIFY2(has(wrong, QStringLiteral("/"), QStringLiteral("/old/")), "link into a shut-down site");
        QVERIFY(!has(wrong, QStringLiteral("/"), QStringLiteral("/news/a1.html")));
        for (const Finding &f : wrong)
            QCOMPARE(f.severity, QStringLiteral("notice"));

        const auto shutdown = findings(QStringLiteral("W-N-SHUTDOWN"));
        QCOMPARE(shutdown.size(), 1);
        QCOMPARE(shutdown[0].objectId, m_closedId);
        QVERIFY(findings(QStringLiteral("W-N-TLS")).size() <= 2); // plain-HTTP fixtures: HTTPS missing is reported, nothing else

        // Columns in the home page's navigation that the registry lacks are proposed, with a guess.
        const auto proposed = ColumnSuggestions(*m_store).list();
        QStringList names;
        for (const ColumnSuggestion &c : proposed)
            names << c.name + QLatin1Char('/') + Vocabulary<ColumnCategory>::code(c.category);
        QVERIFY2(names.contains(QStringLiteral("政策文件/policy")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY2(names.contains(QStringLiteral("通知公告/notice")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(!names.join(QLatin1Char(',')).contains(QStringLiteral("网站地图")));
        QVERIFY(!names.join(QLatin1Char(',')).contains(QStringLiteral("要闻动态"))); // registered already

        // Evidence: every page's capture is readable and is the page as served (GBK bytes included).
        CheckRecords rec(*m_store);
        const qint64 run = rec.runs(QStringLiteral("2026Q3")).last().id;
        const auto pages = rec.pages(run);
        QVERIFY(pages.size() >= 4); // home, column, two sampled content pages (+ the closed site's home)
        for (const PageRecord &p : pages) {
            QCOMPARE(p.state, QStringLiteral("done"));
            QVERIFY2(p.warc.isValid(), qPrintable(p.url));
            QString error;
            WarcLocation loc{QDir(m_store->location().evidenceDir()).filePath(p.warc.file), p.warc.offset, p.warc.length, {}};
            const auto record = WarcReader::read(loc, &error);
            QVERIFY2(record, qPrintable(error));
            QVERIFY(record->digestsOk());
            if (QUrl(p.url).path() == QLatin1String("/news/")) {
                QCOMPARE(p.charset, QStringLiteral("GB18030"));
                QCOMPARE(p.title, QStringLiteral("要闻动态"));
            }
        }
    }

    void rerunKeepsDecisionsAndAddsNothing()
    {
        const auto before = findings();
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE findings SET state = 'dismissed' WHERE indicator = 'W-N-WRONGLINK'")));
        CheckOptions o = options();
        o.resume = false;
        QVERIFY(runToEnd(o));
        const auto after = findings();
        QCOMPARE(after.size(), before.size());
        for (const Finding &f : after)
            if (f.indicator == QLatin1String("W-N-WRONGLINK"))
                QCOMPARE(f.state, QStringLiteral("dismissed"));
    }

    void killedRunResumesWithoutDuplicates()
    {
        const int expected = int(findings().size());
        // Slow answers keep the run going long enough to be stopped half-way.
        const QByteArray a2 = RawHttpServer::response(200, "text/html; charset=utf-8",
            html(QStringLiteral("我市推进数字政府建设"), QStringLiteral("<p>正文内容……</p><a href=\"/news/\">返回</a>")));
        m_portal.setReply(QStringLiteral("/news/a2.html"), RawReply::delayed(a2, 1500));
        for (const char *section : {"/zcwj/", "/tzgg/index.html", "/sitemap.html"})
            m_portal.setReply(QString::fromLatin1(section), RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8",
                html(QStringLiteral("栏目"), QStringLiteral("<p>栏目页面</p>")))));
        m_portal.setReply(QStringLiteral("/img/logo.png"), RawReply::delayed(RawHttpServer::response(200, "image/png", "PNG"), 1500));
        CheckOptions o = options();
        o.resume = false;
        {
            // Stopped as if killed: after the first answers, before the end.
            RoundCheck check(*m_store, o);
            QString error;
            QVERIFY(check.start(&error));
            auto started = [&check] {
                const auto all = check.progress();
                return std::any_of(all.begin(), all.end(), [](const SiteProgress &p) { return p.pagesDone > 0; });
            };
            QTRY_VERIFY_WITH_TIMEOUT(started(), 10000);
        }
        CheckRecords rec(*m_store);
        QVERIFY(rec.unfinishedRun(QStringLiteral("2026Q3")));
        o.resume = true;
        QVERIFY(runToEnd(o));
        QVERIFY(!rec.unfinishedRun(QStringLiteral("2026Q3")));
        QCOMPARE(int(findings().size()), expected);
    }

    // Hostile answers behind links: the run ends, each is a broken link with its own cause, and
    // nothing hangs. (The fetcher's own tests cover each behaviour in detail.)
    void hostileLinksAreBrokenNotFatal()
    {
        RawHttpServer bad;
        QVERIFY(bad.start());
        bad.setReply(QStringLiteral("/loop-a"), RawReply::whole(RawHttpServer::response(302, "text/html", "", "Location: /loop-b\r\n")));
        bad.setReply(QStringLiteral("/loop-b"), RawReply::whole(RawHttpServer::response(302, "text/html", "", "Location: /loop-a\r\n")));
        bad.setReply(QStringLiteral("/bomb"), RawReply::whole(RawHttpServer::response(200, "text/html", gzipOfZeros(200 << 20), "Content-Encoding: gzip\r\n")));
        bad.setReply(QStringLiteral("/reset"), RawReply::whole("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n<html>", RawReply::End::Reset));
        bad.setReply(QStringLiteral("/stall"), RawReply::whole("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", RawReply::End::Hang));
        bad.setReply(QStringLiteral("/chunks"), RawReply::whole("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n"));
        QString links;
        for (const char *path : {"/loop-a", "/bomb", "/reset", "/stall", "/chunks"})
            links += QStringLiteral("<a href=\"%1\">%2</a> ").arg(bad.url(QString::fromLatin1(path)).toString(), QString::fromLatin1(path));
        m_portal.setReply(QStringLiteral("/hostile.html"), RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8",
            html(QStringLiteral("外链汇总"), links))));
        // Reached from the home page through a registered column of its own.
        SiteColumn col;
        col.siteId = m_portalId;
        col.name = QStringLiteral("友情链接");
        col.url = m_portal.url(QStringLiteral("/hostile.html")).toString();
        QVERIFY(m_store->insertColumn(col));
        CheckOptions o = options();
        o.resume = false;
        o.policy.stallTimeoutMs = 1000;
        o.policy.timeoutMs = 3000;
        QElapsedTimer t;
        t.start();
        QVERIFY(runToEnd(o));
        QVERIFY(t.elapsed() < 20000);
        QHash<QString, QString> errorOf;
        for (const Finding &f : findings(QStringLiteral("W-D-LINK")))
            errorOf.insert(QUrl(f.link).path(), f.details.value(QStringLiteral("error")).toString());
        QCOMPARE(errorOf.value(QStringLiteral("/loop-a")), QStringLiteral("redirect-loop"));
        QCOMPARE(errorOf.value(QStringLiteral("/bomb")), QStringLiteral("decompression-bomb"));
        QCOMPARE(errorOf.value(QStringLiteral("/reset")), QStringLiteral("reset"));
        QVERIFY(errorOf.value(QStringLiteral("/stall")) == QLatin1String("stall") || errorOf.value(QStringLiteral("/stall")) == QLatin1String("timeout"));
        QCOMPARE(errorOf.value(QStringLiteral("/chunks")), QStringLiteral("bad-chunking"));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM site_columns WHERE name = '友情链接'")));
    }
};

QTEST_GUILESS_MAIN(TestRoundCheck)
#include "tst_roundcheck.moc"
