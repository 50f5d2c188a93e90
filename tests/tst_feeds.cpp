// Account feeds: FeedReader on RSS (RFC 822 dates with offsets and GMT, dc:date), Atom, a GBK
// feed with its XML declaration, malformed and oversized feeds; the 订阅地址 column of the accounts
// import; and FeedPostFetcher end to end against feeds served on 127.0.0.1.
#include "FeedPostFetcher.h"
#include "FeedReader.h"
#include "RawHttpServer.h"
#include "RegistryExporter.h"
#include "RegistryImporter.h"
#include "TestSupport.h"

#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

const QByteArray kRss =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
    "<channel><title>临澜发布</title><link>https://example.org/</link>\n"
    "<image><title>logo</title></image>\n"
    "<item><title>防汛 通知</title><link>https://example.org/a/1</link><pubDate>Wed, 10 Jun 2026 08:30:00 +0800</pubDate></item>\n"
    "<item><title><![CDATA[疫苗 <b>接种</b>]]></title><link>/a/2</link><pubDate>Thu, 11 Jun 2026 01:00:00 GMT</pubDate></item>\n"
    "<item><title>dc</title><link>https://example.org/a/3</link><dc:date>2026-06-12T09:15:00+08:00</dc:date></item>\n"
    "<item><title>无日期</title><link>https://example.org/a/4</link></item>\n"
    "</channel></rss>";

const QByteArray kAtom =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>临澜教育</title>\n"
    "<entry><title type=\"html\">开学 安排</title><link rel=\"self\" href=\"https://example.org/self/1\"/>\n"
    "<link rel=\"alternate\" href=\"https://example.org/e/1\"/><published>2026-06-01T10:00:00Z</published>\n"
    "<updated>2026-06-05T10:00:00Z</updated></entry>\n"
    "<entry><title>更新</title><link href=\"e/2\"/><updated>2026-06-02T12:30:00.250+08:00</updated></entry>\n"
    "</feed>";

} // namespace

class TestFeeds : public QObject {
    Q_OBJECT

private slots:
    void dates()
    {
        QCOMPARE(FeedReader::parseRfc822(QStringLiteral("Wed, 10 Jun 2026 08:30:00 +0800")).toUTC(), utc(2026, 6, 10, 0, 30));
        QCOMPARE(FeedReader::parseRfc822(QStringLiteral("10 Jun 2026 08:30 GMT")).toUTC(), utc(2026, 6, 10, 8, 30));
        QCOMPARE(FeedReader::parseRfc822(QStringLiteral("Wed, 10 Jun 26 08:30:00 EST")).toUTC(), utc(2026, 6, 10, 13, 30));
        QCOMPARE(FeedReader::parseRfc822(QStringLiteral("Wed, 10 June 2026 08:30:00 +08:00")).toUTC(), utc(2026, 6, 10, 0, 30));
        QVERIFY(!FeedReader::parseRfc822(QStringLiteral("Wed, 31 Feb 2026 08:30:00 GMT")).isValid());
        QVERIFY(!FeedReader::parseRfc822(QStringLiteral("Wed, 10 Jun 2026 08:30:00 XYZ")).isValid());
        QVERIFY(!FeedReader::parseRfc822(QStringLiteral("yesterday")).isValid());
        QCOMPARE(FeedReader::parseIso8601(QStringLiteral("2026-06-12T09:15:00+08:00")).toUTC(), utc(2026, 6, 12, 1, 15));
        QCOMPARE(FeedReader::parseIso8601(QStringLiteral("2026-06-12T09:15:00.123456Z")).toUTC(), utc(2026, 6, 12, 9, 15));
        QCOMPARE(FeedReader::parseIso8601(QStringLiteral("2026-06-12")).date(), QDate(2026, 6, 12));
        QVERIFY(!FeedReader::parseIso8601(QStringLiteral("2026-13-12T00:00:00Z")).isValid());
        QCOMPARE(FeedReader::parseAnyDate(QStringLiteral("Thu, 11 Jun 2026 01:00:00 GMT")).toUTC(), utc(2026, 6, 11, 1, 0));
    }

    void rss()
    {
        const ParsedFeed f = FeedReader::parse(kRss, "application/rss+xml", QUrl(QStringLiteral("https://example.org/feed.xml")));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.kind, ParsedFeed::Kind::Rss);
        QCOMPARE(f.title, QStringLiteral("临澜发布"));
        QCOMPARE(f.items.size(), 4);
        QCOMPARE(f.items[0].title, QStringLiteral("防汛 通知"));
        QCOMPARE(f.items[0].published.toUTC(), utc(2026, 6, 10, 0, 30));
        QCOMPARE(f.items[1].title, QStringLiteral("疫苗 <b>接种</b>"));
        QCOMPARE(f.items[1].link, QStringLiteral("https://example.org/a/2"));
        QCOMPARE(f.items[1].published.toUTC(), utc(2026, 6, 11, 1, 0));
        QCOMPARE(f.items[2].published.toUTC(), utc(2026, 6, 12, 1, 15));
        QVERIFY(!f.items[3].published.isValid());
    }

    void atom()
    {
        const ParsedFeed f = FeedReader::parse(kAtom, "application/atom+xml", QUrl(QStringLiteral("https://example.org/atom/")));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.kind, ParsedFeed::Kind::Atom);
        QCOMPARE(f.title, QStringLiteral("临澜教育"));
        QCOMPARE(f.items.size(), 2);
        QCOMPARE(f.items[0].title, QStringLiteral("开学 安排"));
        QCOMPARE(f.items[0].link, QStringLiteral("https://example.org/e/1")); // alternate, not self
        QCOMPARE(f.items[0].published.toUTC(), utc(2026, 6, 1, 10, 0));      // published before updated
        QCOMPARE(f.items[1].link, QStringLiteral("https://example.org/atom/e/2"));
        QCOMPARE(f.items[1].published.toUTC(), utc(2026, 6, 2, 4, 30));
    }

    void gbkDeclared()
    {
        // "临澜发布" and "防汛通知" in GBK, declared by the XML declaration only (no header charset).
        const QByteArray body = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<rss version=\"2.0\"><channel><title>"
                                "\xc1\xd9\xc0\xbd\xb7\xa2\xb2\xbc</title><item><title>\xb7\xc0\xd1\xb4\xcd\xa8\xd6\xaa</title>"
                                "<pubDate>Wed, 10 Jun 2026 08:30:00 +0800</pubDate></item></channel></rss>";
        const ParsedFeed f = FeedReader::parse(body, "text/xml");
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.charset, QStringLiteral("GB18030"));
        QCOMPARE(f.title, QStringLiteral("临澜发布"));
        QCOMPARE(f.items.size(), 1);
        QCOMPARE(f.items[0].title, QStringLiteral("防汛通知"));
        // The same bytes without a declaration, labelled by the header.
        QByteArray bare = body;
        bare.remove(0, bare.indexOf('\n') + 1);
        const ParsedFeed g = FeedReader::parse(bare, "application/rss+xml; charset=gb2312");
        QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
        QCOMPARE(g.items.value(0).title, QStringLiteral("防汛通知"));
    }

    void malformed()
    {
        const QByteArray broken = "<rss><channel><item><title>一</title><pubDate>Wed, 10 Jun 2026 08:30:00 GMT</pubDate></item>"
                                  "<item><title>二</title><pubDate>Thu, 11 Jun 2026 08:30:00 GMT</pubDate></item>"
                                  "<item><title>&nbsp;坏</titl></item></channel>";
        const ParsedFeed f = FeedReader::parse(broken);
        QCOMPARE(f.items.size(), 2);
        QVERIFY(!f.error.isEmpty());
        QVERIFY(!FeedReader::parse("<html><body>not a feed</body></html>").error.isEmpty());
        QVERIFY(!FeedReader::parse("").error.isEmpty());
        QVERIFY(!FeedReader::parse(QByteArray(100, '\0')).error.isEmpty());
        // Entity expansion stays bounded.
        QByteArray bomb = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">";
        for (int i = 1; i < 10; ++i)
            bomb += QStringLiteral("<!ENTITY a%1 \"%2\">").arg(i).arg(QString(QStringLiteral("&a%1;").arg(i == 1 ? QString() : QString::number(i - 1))).repeated(10)).toLatin1();
        bomb += "]><rss><channel><item><title>&a9;</title></item></channel></rss>";
        QVERIFY(FeedReader::parse(bomb).items.value(0).title.size() < 1000000);
    }

    void cap()
    {
        QByteArray body = "<rss><channel>";
        for (int i = 0; i < 20; ++i)
            body += "<item><title>t" + QByteArray::number(i) + "</title><pubDate>Wed, 10 Jun 2026 08:30:00 GMT</pubDate></item>";
        body += "</channel></rss>";
        const ParsedFeed f = FeedReader::parse(body, {}, {}, 5);
        QCOMPARE(f.items.size(), 5);
        QVERIFY(f.truncated);
    }

    void importFeedColumn()
    {
        QTemporaryDir dir;
        auto store = test::sqliteStore(dir);
        auto write = [&dir](const QString &name, const QString &text) {
            const QString path = dir.filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(text.toUtf8());
            return path;
        };
        RegistryImporter importer(*store);
        MediaRecords media(*store);
        ImportResult r = importer.importFile(write(QStringLiteral("a.csv"),
            QStringLiteral("账号名称,平台,主办单位,订阅地址\n临澜发布,微博,临澜市政府办,https://rss.example/weibo/1\n临澜教育,微信公众号,临澜市教育局,\n")), {});
        QVERIFY(r.ok);
        const auto fabu = store->accountByKey(QStringLiteral("临澜发布"), Platform::Weibo);
        QVERIFY(fabu);
        QCOMPARE(media.feedUrl(fabu->id), QStringLiteral("https://rss.example/weibo/1"));
        // Without the column the address is kept; with it, a change counts as an update.
        r = importer.importFile(write(QStringLiteral("b.csv"), QStringLiteral("账号名称,平台,主办单位\n临澜发布,微博,临澜市政府办\n")), {});
        QVERIFY(r.ok);
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(media.feedUrl(fabu->id), QStringLiteral("https://rss.example/weibo/1"));
        r = importer.importFile(write(QStringLiteral("c.csv"), QStringLiteral("账号名称,平台,主办单位,feed\n临澜发布,微博,临澜市政府办,https://rss.example/weibo/2\n")), {});
        QCOMPARE(r.updated, 1);
        QCOMPARE(media.feedUrl(fabu->id), QStringLiteral("https://rss.example/weibo/2"));
        r = importer.importFile(write(QStringLiteral("d.csv"), QStringLiteral("账号名称,平台,主办单位,订阅地址\n临澜发布,微博,临澜市政府办,ftp://x/y\n")), {});
        QVERIFY(!r.ok);
        QCOMPARE(r.problems.size(), 1);
        const auto rows = RegistryExporter::rows(*store, TableKind::Accounts);
        QCOMPARE(rows.first().last(), QStringLiteral("订阅地址"));
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const QStringList &row) { return row.last() == QLatin1String("https://rss.example/weibo/2"); }));
    }

    void endToEnd()
    {
        RawHttpServer server;
        QVERIFY(server.start());
        server.setReply(QStringLiteral("/rss.xml"), RawReply::whole(RawHttpServer::response(200, "application/rss+xml", kRss)));
        server.setReply(QStringLiteral("/atom.xml"), RawReply::whole(RawHttpServer::response(200, "application/atom+xml", kAtom)));
        QTemporaryDir dir;
        auto store = test::sqliteStore(dir);
        Unit u;
        u.name = QStringLiteral("临澜市政府办");
        const qint64 unit = store->insertUnit(u);
        MediaRecords media(*store);
        auto add = [&](const QString &name, const QString &target, ObjectStatus status = ObjectStatus::Running) {
            Account a;
            a.name = name;
            a.platform = Platform::Weibo;
            a.ownerId = unit;
            a.status = status;
            const qint64 id = store->insertAccount(a, QStringLiteral("test"));
            if (!target.isEmpty())
                media.setFeedUrl(id, server.url(target).toString());
            return id;
        };
        const qint64 rssId = add(QStringLiteral("临澜发布"), QStringLiteral("/rss.xml"));
        const qint64 atomId = add(QStringLiteral("临澜教育"), QStringLiteral("/atom.xml"));
        add(QStringLiteral("临澜卫健"), QStringLiteral("/missing.xml"));
        add(QStringLiteral("无订阅"), QString());
        add(QStringLiteral("已关停"), QStringLiteral("/atom.xml"), ObjectStatus::Closed);
        Round round;
        round.id = QStringLiteral("2026Q2");
        round.windowFrom = QDate(2026, 4, 1);
        round.windowTo = QDate(2026, 6, 30);
        round.asOf = QDate::currentDate();
        QVERIFY(store->insertRound(round));

        auto run = [&](QHash<QString, FeedOutcome> *outcomes) {
            FeedPostFetcher fetcher(*store);
            FetchPolicy policy = FetchPolicy::polite();
            policy.hostIntervalMs = 0; // one local host serves every feed
            policy.timeoutMs = 5000;
            fetcher.setPolicy(policy);
            bool done = false;
            connect(&fetcher, &FeedPostFetcher::accountDone, this, [outcomes](const FeedOutcome &o) { outcomes->insert(o.accountName, o); });
            connect(&fetcher, &FeedPostFetcher::finished, this, [&done](int, int, int) { done = true; });
            QString error;
            QVERIFY2(fetcher.start(round, {}, &error), qPrintable(error));
            QCOMPARE(fetcher.accountCount(), 3);
            QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        };
        QHash<QString, FeedOutcome> first;
        run(&first);
        QCOMPARE(first.size(), 3);
        const FeedOutcome r = first.value(QStringLiteral("临澜发布"));
        QVERIFY2(r.ok(), qPrintable(r.errorDetail));
        QCOMPARE(r.newPosts, 3);
        QCOMPARE(r.undated, 1);
        QCOMPARE(first.value(QStringLiteral("临澜教育")).newPosts, 2);
        QCOMPARE(first.value(QStringLiteral("临澜卫健")).error, QStringLiteral("http-404"));
        const QList<Post> posts = media.posts(rssId);
        QCOMPARE(posts.size(), 3);
        QCOMPARE(posts.first().source, QStringLiteral("feed"));
        QCOMPARE(posts.first().published.toUTC(), utc(2026, 6, 10, 0, 30));
        QCOMPARE(media.posts(atomId).size(), 2);
        QVERIFY(server.hits(QStringLiteral("/robots.txt")) >= 1); // robots.txt honoured by default

        QHash<QString, FeedOutcome> second;
        run(&second);
        QCOMPARE(second.value(QStringLiteral("临澜发布")).newPosts, 0);
        QCOMPARE(second.value(QStringLiteral("临澜发布")).known, 3);
        QCOMPARE(second.value(QStringLiteral("临澜教育")).known, 2);
        QVERIFY(!second.value(QStringLiteral("临澜卫健")).ok());
        QCOMPARE(media.posts(rssId).size(), 3);

        FeedPostFetcher fetcher(*store);
        QString error;
        QVERIFY(!fetcher.start(round, {QStringLiteral("不存在")}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeeds)
#include "tst_feeds.moc"
