#include "ReviewFixture.h"

#include "RoundCheck.h"
#include "TestSupport.h"

#include <QStringEncoder>
#include <QtTest>

namespace xj::test {

namespace {

QByteArray page(const QString &title, const QString &head, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>%2</head><body>%3"
                          "<div class=\"footer\">主办单位：临澜市人民政府办公室 网站标识码：4459000001</div></body></html>")
        .arg(title, head, body)
        .toUtf8();
}

} // namespace

bool ReviewFixture::build()
{
    if (!portal.start() || !tracker.start())
        return false;
    homeUrl = portal.url(QStringLiteral("/")).toString();
    columnUrl = portal.url(QStringLiteral("/news/")).toString();
    darkLink = tracker.url(QStringLiteral("/casino/")).toString();
    brokenLink = portal.url(QStringLiteral("/broken.html")).toString();
    trackerImage = tracker.url(QStringLiteral("/pixel.png")).toString();
    uncapturedImage = tracker.url(QStringLiteral("/never.png")).toString();
    const QString css = QStringLiteral(".banner { color: %1; background-image: url(/img/never-captured.png); }\n"
                                       ".hid { display: none; }\nbody { background-image: url(%2); }\n")
                            .arg(QLatin1String(kBannerColor), uncapturedImage);
    portal.setReply(QStringLiteral("/css/site.css"), RawReply::whole(RawHttpServer::response(200, "text/css", css.toUtf8())));
    const QByteArray homePage = page(
        QStringLiteral("临澜市人民政府"), QStringLiteral("<link rel=\"stylesheet\" href=\"/css/site.css\">"),
        QStringLiteral("<h1 class=\"banner\" id=\"banner\">临澜市人民政府</h1><nav><a href=\"/news/\">要闻动态</a></nav>"
                       "<p>政务公开 <a id=\"broken\" href=\"/broken.html\">失效链接</a></p>"
                       "<div class=\"hid\"><a id=\"dark\" href=\"%1\">澳门博彩 网上赌场 六合彩</a></div>"
                       "<p><img id=\"pixel\" src=\"%2\" width=\"1\" height=\"1\" alt=\"\"></p>"
                       "<p style=\"height:3000px\">正文</p>")
            .arg(darkLink, trackerImage));
    QStringEncoder gbk("GB18030");
    const QByteArray column = gbk.encode(QStringLiteral(
        "<html><head><title>要闻动态</title></head><body><ul><li><a href=\"/news/a1.html\">%1</a> 2026-12-01</li>"
        "</ul><div class=\"footer\">主办单位：临澜市人民政府办公室</div></body></html>").arg(columnText()));
    portal.setReply(QStringLiteral("/news/"), RawReply::whole(RawHttpServer::response(200, "text/html; charset=GBK", column)));
    portal.setReply(QStringLiteral("/news/a1.html"), RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8",
        page(columnText(), {}, QStringLiteral("<p>会议要求……</p>")))));
    tracker.setReply(QStringLiteral("/casino/"), RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8",
        page(QStringLiteral("娱乐城"), {}, QStringLiteral("<p>澳门博彩</p>")))));
    tracker.setReply(QStringLiteral("/pixel.png"), RawReply::whole(RawHttpServer::response(200, "image/png", QByteArray("\x89PNG\r\n\x1a\n", 8))));

    store = sqliteStore(dir);
    if (!store)
        return false;
    Unit u;
    u.name = QStringLiteral("临澜市人民政府办公室");
    const qint64 unit = store->insertUnit(u);
    Site s;
    s.name = QStringLiteral("临澜市人民政府门户网站");
    s.url = homeUrl;
    s.siteCode = QStringLiteral("4459000001");
    s.ownerId = unit;
    s.opened = QDate(2015, 1, 1);
    siteId = store->insertSite(s, QStringLiteral("test"));
    SiteColumn col;
    col.siteId = siteId;
    col.name = QStringLiteral("要闻动态");
    col.url = columnUrl;
    col.category = ColumnCategory::News;
    Round previous;
    previous.id = previousRoundId;
    previous.windowFrom = QDate(2026, 7, 1);
    previous.windowTo = QDate(2026, 9, 30);
    Round r;
    r.id = roundId;
    r.windowFrom = QDate(2026, 10, 1);
    r.windowTo = QDate(2026, 12, 31);
    if (!siteId || !store->insertColumn(col) || !store->insertRound(previous) || !store->insertRound(r))
        return false;

    auto crawl = [this](const QString &round) -> qint64 {
        CheckOptions o;
        o.roundId = round;
        o.policy.hostIntervalMs = 0;
        o.policy.maxPerHost = 4;
        o.policy.timeoutMs = 5000;
        o.policy.stallTimeoutMs = 3000;
        RoundCheck check(*store, o);
        bool done = false, completed = false;
        QObject::connect(&check, &RoundCheck::finished, [&](bool c) { done = true, completed = c; });
        QString error;
        if (!check.start(&error)) {
            qWarning("ReviewFixture: %s", qPrintable(error));
            return 0;
        }
        if (!QTest::qWaitFor([&done] { return done; }, 30000) || !completed)
            return 0;
        const auto runs = CheckRecords(*store).runs(round);
        return runs.isEmpty() ? 0 : runs.last().id;
    };
    // The previous round saw an older home page.
    const RawReply current = RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8", homePage));
    portal.setReply(QStringLiteral("/"), RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8",
        page(QStringLiteral("临澜市人民政府"), {}, QStringLiteral("<p>%1</p>").arg(previousText())))));
    previousRunId = crawl(previousRoundId);
    portal.setReply(QStringLiteral("/"), current);
    runId = crawl(roundId);
    portal.close();
    tracker.resetStats();
    return previousRunId > 0 && runId > previousRunId;
}

QList<Finding> ReviewFixture::findings(const QString &indicator) const
{
    return CheckRecords(*store).findings(roundId, indicator);
}

} // namespace xj::test
