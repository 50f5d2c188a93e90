// `xunjian check` and `xunjian findings` as scripts call them, against a fixture site on
// 127.0.0.1: the JSON keys of data-formats.md, CSV with a BOM, exit codes, a round that does not
// exist, and `probe`/`availability`.
#include "RawHttpServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace xj::test;

class TestCliCheck : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    RawHttpServer m_site;

    RunResult run(const QStringList &args) { return runXunjian(args + QStringList{QStringLiteral("--db"), m_db}); }

private slots:
    void initTestCase()
    {
        qputenv("XUNJIAN_LANG", "en");
        QVERIFY(m_site.start());
        m_site.setReply(QStringLiteral("/"), RawReply::whole(RawHttpServer::response(200, "text/html; charset=utf-8",
            "<html><head><title>测试门户</title></head><body><a href=\"/ok.html\">好</a> <a href=\"/dead.html\">坏链接</a></body></html>")));
        m_site.setReply(QStringLiteral("/ok.html"), RawReply::whole(RawHttpServer::response(200, "text/html", "<html><title>ok</title><body>正文内容</body></html>")));
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const QString sites = m_dir.filePath(QStringLiteral("sites.csv"));
        QVERIFY(writeFile(sites, QStringLiteral("名称,类型,网址,网站标识码,主办单位\n测试门户网站,门户网站,%1,4459000001,测试单位\n")
                                     .arg(m_site.url(QStringLiteral("/")).toString()).toUtf8()));
        QCOMPARE(run({QStringLiteral("import"), sites}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("T1"), QStringLiteral("--from"), QStringLiteral("2026-07-01"),
                      QStringLiteral("--to"), QStringLiteral("2026-09-30")}).exitCode, 0);
    }

    void checkThenFindingsJson()
    {
        const auto c = run({QStringLiteral("check"), QStringLiteral("T1"), QStringLiteral("--host-interval"), QStringLiteral("0"),
                            QStringLiteral("--user-agent"), QStringLiteral("Inspector/1.0 (test)")});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        const auto seen = m_site.requests();
        QVERIFY(std::any_of(seen.begin(), seen.end(), [](const SeenRequest &r) { return r.head.contains("User-Agent: Inspector/1.0 (test)"); }));
        const auto f = run({QStringLiteral("findings"), QStringLiteral("T1"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(f.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(f.out.toUtf8()).array();
        const QJsonObject *dead = nullptr;
        QList<QJsonObject> objects;
        for (const QJsonValue &v : all)
            objects.append(v.toObject());
        for (const QJsonObject &o : objects)
            if (o.value(QStringLiteral("indicator")).toString() == QLatin1String("W-D-LINK"))
                dead = &o;
        QVERIFY2(dead, qPrintable(f.out));
        for (const char *key : {"id", "target", "target_kind", "owner", "indicator", "severity", "points", "url", "link", "evidence", "state", "source"})
            QVERIFY2(dead->contains(QLatin1String(key)), key);
        QCOMPARE(dead->value(QStringLiteral("target")).toString(), QStringLiteral("测试门户网站"));
        QCOMPARE(dead->value(QStringLiteral("owner")).toString(), QStringLiteral("测试单位"));
        QCOMPARE(dead->value(QStringLiteral("severity")).toString(), QStringLiteral("deduct"));
        QCOMPARE(dead->value(QStringLiteral("points")).toDouble(), 0.2);
        QCOMPARE(QUrl(dead->value(QStringLiteral("link")).toString()).path(), QStringLiteral("/dead.html"));
        QCOMPARE(dead->value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(dead->value(QStringLiteral("source")).toString(), QStringLiteral("check"));
        QVERIFY(dead->value(QStringLiteral("evidence")).toString().contains(QLatin1String("404")));
        QVERIFY(dead->value(QStringLiteral("evidence")).toString().contains(QStringLiteral("坏链接")));
        for (const QJsonObject &o : objects)
            QVERIFY(QUrl(o.value(QStringLiteral("link")).toString()).path() != QLatin1String("/ok.html"));

        const auto csv = run({QStringLiteral("findings"), QStringLiteral("T1"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.rawOut.startsWith("\xEF\xBB\xBF")); // Excel and WPS need it
        QVERIFY(csv.out.contains(QLatin1String("W-D-LINK")));
    }

    void badRoundIsBadInput()
    {
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("NOPE")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("findings"), QStringLiteral("NOPE")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("T1"), QStringLiteral("--target"), QStringLiteral("无此网站")}).exitCode, 2);
    }

    void probeAndAvailability()
    {
        const auto p = run({QStringLiteral("probe")});
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        QVERIFY(p.out.contains(QStringLiteral("测试门户网站")));
        QVERIFY(p.out.startsWith(QLatin1String("ok")));
        const auto a = run({QStringLiteral("availability"), QStringLiteral("T1"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(a.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(a.out.toUtf8()).array();
        QCOMPARE(all.size(), 1);
        // Probes of today are outside the 2026Q3 window (or far too few): a shortfall, not a verdict.
        QCOMPARE(all[0].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("insufficient-coverage"));
        const auto m = run({QStringLiteral("monitor"), QStringLiteral("--interval"), QStringLiteral("1s"), QStringLiteral("--passes"), QStringLiteral("2")});
        QVERIFY2(m.exitCode == 0, qPrintable(m.err));
        QCOMPARE(m.out.count(QLatin1String("pass ")), 2);
        QVERIFY(m_site.hits(QStringLiteral("/")) >= 4); // check + probe + two monitor passes
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
