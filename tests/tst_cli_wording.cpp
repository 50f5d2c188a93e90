// `xunjian dictionary …` and `xunjian wording FILE` as inspectors call them: the starter list on
// first use, add/remove/import/export with exit codes and FILE:ROW:COLUMN problems, and the hits
// of a page with their offsets in its visible text.
#include "HtmlDocument.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using xj::test::runXunjian;

class TestCliWording : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    QStringList db(QStringList args) const { return args << QStringLiteral("--db") << m_db; }

    QJsonArray listJson(const QString &kind = {})
    {
        QStringList args{QStringLiteral("dictionary"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")};
        if (!kind.isEmpty())
            args << QStringLiteral("--kind") << kind;
        const auto r = runXunjian(db(args));
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.rawOut).array() : QJsonArray();
    }

private slots:
    void initTestCase()
    {
        qputenv("XUNJIAN_LANG", "en");
        m_db = m_dir.filePath(QStringLiteral("wording.sqlite"));
    }

    void starterOnFirstUse()
    {
        const QJsonArray all = listJson();
        QVERIFY(all.size() > 300);
        const QJsonArray serious = listJson(QStringLiteral("严重表述错误"));
        QVERIFY(!serious.isEmpty() && serious.size() < all.size());
        for (const QJsonValue &v : serious)
            QCOMPARE(v.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("serious"));
        QCOMPARE(runXunjian(db({QStringLiteral("dictionary"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("nonsense")})).exitCode, 2);
    }

    void addRemove()
    {
        auto r = runXunjian(db({QStringLiteral("dictionary"), QStringLiteral("add"), QStringLiteral("typo"), QStringLiteral("测式"), QStringLiteral("测试"),
                                QStringLiteral("--level"), QStringLiteral("一般")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto found = runXunjian(db({QStringLiteral("dictionary"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("测式")}));
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(found.out, QStringLiteral("typo\t测式\t测试\t一般\t\n"));
        r = runXunjian(db({QStringLiteral("dictionary"), QStringLiteral("add"), QStringLiteral("typo"), QStringLiteral("同样"), QStringLiteral("同样")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("同样")));
        r = runXunjian(db({QStringLiteral("dictionary"), QStringLiteral("remove"), QStringLiteral("typo"), QStringLiteral("测式")}));
        QCOMPARE(r.exitCode, 0);
        r = runXunjian(db({QStringLiteral("dictionary"), QStringLiteral("remove"), QStringLiteral("typo"), QStringLiteral("测式")}));
        QCOMPARE(r.exitCode, 2);
    }

    void importAndExport()
    {
        const QString txt = m_dir.filePath(QStringLiteral("words.txt"));
        QVERIFY(xj::test::writeFile(txt, QStringLiteral("# 自定义\n办仕→办事\n网占,网站\n").toUtf8()));
        auto r = runXunjian(db({QStringLiteral("dictionary"), QStringLiteral("import"), txt, QStringLiteral("--kind"), QStringLiteral("typo")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("2 added")));
        r = runXunjian(db({QStringLiteral("dictionary"), QStringLiteral("import"), txt}));
        QCOMPARE(r.exitCode, 2); // a word list needs its kind

        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(xj::test::writeFile(bad, xj::test::encode(QStringLiteral("类型,词语,正确\n错别字,好词,\n别字,坏词,\n"), QStringLiteral("gbk"))));
        r = runXunjian(db({QStringLiteral("dictionary"), QStringLiteral("import"), bad}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad.csv:3:A: ")), qPrintable(r.err));
        QVERIFY(listJson(QStringLiteral("typo")).size() > 0);
        QVERIFY(runXunjian(db({QStringLiteral("dictionary"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("好词")})).out.isEmpty());

        const QString out = m_dir.filePath(QStringLiteral("export.csv"));
        r = runXunjian(db({QStringLiteral("dictionary"), QStringLiteral("export"), out}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runXunjian(db({QStringLiteral("dictionary"), QStringLiteral("import"), out}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(" 0 added, 0 updated")), qPrintable(r.out));
    }

    void wordingOfAPage()
    {
        const QString html = QStringLiteral("<html><head><meta charset=\"gbk\"><title>测式</title></head><body>"
                                            "<h1>通知</h1><p>请按装修面积缴费。空调已按装完毕！</p><p style=\"display:none\">百家乐</p></body></html>");
        const QString page = m_dir.filePath(QStringLiteral("page.html"));
        QVERIFY(xj::test::writeFile(page, xj::test::encode(html, QStringLiteral("gbk"))));
        const auto r = runXunjian(db({QStringLiteral("wording"), page, QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject result = QJsonDocument::fromJson(r.rawOut).object();
        const QJsonArray hits = result.value(QStringLiteral("hits")).toArray();
        QCOMPARE(hits.size(), 1); // 按装修 is allowed, the hidden text and the title are not read
        const QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit.value(QStringLiteral("term")).toString(), QStringLiteral("按装"));
        QCOMPARE(hit.value(QStringLiteral("correct")).toString(), QStringLiteral("安装"));
        const QString text = xj::HtmlDocument::parse(html, QUrl()).visibleText();
        QCOMPARE(hit.value(QStringLiteral("offset")).toInt(), int(text.indexOf(QStringLiteral("按装完毕"))));
        QCOMPARE(hit.value(QStringLiteral("sentence")).toString(), QStringLiteral("空调已按装完毕！"));

        const auto plain = runXunjian(db({QStringLiteral("wording"), page, QStringLiteral("--engine"), QStringLiteral("aho-corasick")}));
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains(QString::number(text.indexOf(QStringLiteral("按装完毕"))) + QStringLiteral("\ttypo\t")), qPrintable(plain.out));
        QCOMPARE(runXunjian(db({QStringLiteral("wording"), m_dir.filePath(QStringLiteral("missing.txt"))})).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliWording)
#include "tst_cli_wording.moc"
