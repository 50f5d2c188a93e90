// `xunjian evaluate`, `summary` and `finding add` as scripts call them, on a registry in the image
// of the 2022Q2 bulletin: the summary JSON has exactly the keys of data-formats.md (rates written
// 80.0 and 98.8), the text says the bulletin's figures, and a finding recorded by hand changes the
// verdict only once it counts (an objective one at once, a needs-review one when confirmed).
#include "RoundFixture.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace xj;
using namespace xj::test;

class TestCliSummary : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    RunResult run(const QStringList &args) { return runXunjian(args + QStringList{QStringLiteral("--db"), m_db}); }

    QJsonObject summary()
    {
        const RunResult r = run({QStringLiteral("summary"), QStringLiteral("2022Q2"), QStringLiteral("--format"), QStringLiteral("json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static void hasKeys(const QJsonObject &o, const QStringList &keys, const char *where)
    {
        for (const QString &k : keys)
            QVERIFY2(o.contains(k), qPrintable(QStringLiteral("%1 lacks %2").arg(QLatin1String(where), k)));
    }

    RunResult add(const QStringList &more)
    {
        return run(QStringList{QStringLiteral("finding"), QStringLiteral("add"), QStringLiteral("2022Q2")} + more);
    }

private slots:
    void initTestCase()
    {
        qputenv("XUNJIAN_LANG", "en");
        m_db = m_dir.filePath(QStringLiteral("summary.sqlite"));
        auto store = sqliteStore(m_dir, QStringLiteral("summary.sqlite"));
        QVERIFY(store);
        RoundFixture fx;
        QVERIFY2(buildSeedRound(*store, &fx), qPrintable(store->lastError()));
        // A closed namesake on another platform, so that a name alone is ambiguous.
        Account closed;
        closed.name = QStringLiteral("普宁市生态环境");
        closed.platform = Platform::Weibo;
        closed.ownerId = fx.units.value(QStringLiteral("揭阳市人民政府办公室"));
        closed.status = ObjectStatus::Cancelled;
        QVERIFY(store->insertAccount(closed, QStringLiteral("test")));
    }

    void evaluate()
    {
        const RunResult r = run({QStringLiteral("evaluate"), QStringLiteral("2022Q2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("86 accounts")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("M-V2 1")));
        QCOMPARE(run({QStringLiteral("evaluate"), QStringLiteral("2099Q9")}).exitCode, 2);
    }

    void summaryJson()
    {
        const RunResult r = run({QStringLiteral("summary"), QStringLiteral("2022Q2"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("\"pass_rate\": 80.0")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\"pass_rate\": 98.8")));
        const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        hasKeys(j, {QStringLiteral("round"), QStringLiteral("window"), QStringLiteral("websites"), QStringLiteral("channels"), QStringLiteral("accounts"),
                    QStringLiteral("closed_in_window"), QStringLiteral("registered_in_window"), QStringLiteral("catalog")}, "summary");
        hasKeys(j.value(QStringLiteral("window")).toObject(), {QStringLiteral("from"), QStringLiteral("to")}, "window");
        const QJsonObject web = j.value(QStringLiteral("websites")).toObject();
        hasKeys(web, {QStringLiteral("checked"), QStringLiteral("service_platforms"), QStringLiteral("passed"), QStringLiteral("pass_rate"), QStringLiteral("failed")},
                "websites");
        QCOMPARE(web.value(QStringLiteral("checked")).toInt(), 10);
        QCOMPARE(web.value(QStringLiteral("service_platforms")).toInt(), 2);
        QCOMPARE(web.value(QStringLiteral("passed")).toInt(), 8);
        QCOMPARE(web.value(QStringLiteral("pass_rate")).toDouble(), 80.0);
        for (const QJsonValue &f : web.value(QStringLiteral("failed")).toArray())
            hasKeys(f.toObject(), {QStringLiteral("name"), QStringLiteral("reasons")}, "websites.failed");
        hasKeys(j.value(QStringLiteral("channels")).toObject(), {QStringLiteral("checked"), QStringLiteral("passed"), QStringLiteral("pass_rate")}, "channels");
        const QJsonObject acc = j.value(QStringLiteral("accounts")).toObject();
        hasKeys(acc, {QStringLiteral("checked"), QStringLiteral("passed"), QStringLiteral("pass_rate"), QStringLiteral("failed")}, "accounts");
        QCOMPARE(acc.value(QStringLiteral("checked")).toInt(), 86);
        QCOMPARE(acc.value(QStringLiteral("passed")).toInt(), 85);
        QCOMPARE(acc.value(QStringLiteral("pass_rate")).toDouble(), 98.8);
        for (const QJsonValue &c : j.value(QStringLiteral("closed_in_window")).toArray())
            hasKeys(c.toObject(), {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("date"), QStringLiteral("reason")},
                    "closed_in_window");
        QCOMPARE(j.value(QStringLiteral("closed_in_window")).toArray().size(), 2);
        for (const QJsonValue &c : j.value(QStringLiteral("registered_in_window")).toArray())
            hasKeys(c.toObject(), {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("date")}, "registered_in_window");
        const QJsonObject cat = j.value(QStringLiteral("catalog")).toObject();
        hasKeys(cat, {QStringLiteral("linked_total"), QStringLiteral("open_total"), QStringLiteral("linked_rank"), QStringLiteral("open_rank"),
                      QStringLiteral("linked_top"), QStringLiteral("open_top"), QStringLiteral("open_low_departments"), QStringLiteral("open_zero")},
                "catalog");
        QCOMPARE(cat.value(QStringLiteral("linked_top")).toArray().size(), 3);
        hasKeys(cat.value(QStringLiteral("open_top")).toArray().first().toObject(), {QStringLiteral("unit"), QStringLiteral("count")}, "open_top");
        QCOMPARE(cat.value(QStringLiteral("open_low_departments")).toArray().first().toString(), QStringLiteral("揭阳市发展和改革局"));
    }

    void summaryText()
    {
        const RunResult r = run({QStringLiteral("summary"), QStringLiteral("2022Q2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("10 checked (2 service platforms), 8 passed, pass rate 80%")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("86 checked, 85 passed, pass rate 98.8%")));
        QVERIFY(r.out.contains(QStringLiteral("空港经济区管委会门户网站")));
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("2099Q9")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("2022Q2"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    }

    void findingAddNeedsReview()
    {
        const QStringList w1{QStringLiteral("--target"), QStringLiteral("揭阳市人民政府门户网站"), QStringLiteral("--indicator"), QStringLiteral("W-V1"),
                             QStringLiteral("--description"), QStringLiteral("领导职务表述错误"), QStringLiteral("--url"), QStringLiteral("http://www.jieyang.gov.cn/a.html")};
        RunResult r = add(w1);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("pending")));
        QCOMPARE(summary().value(QStringLiteral("websites")).toObject().value(QStringLiteral("passed")).toInt(), 8); // not yet confirmed
        r = add(w1 + QStringList{QStringLiteral("--confirm")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject web = summary().value(QStringLiteral("websites")).toObject();
        QCOMPARE(web.value(QStringLiteral("passed")).toInt(), 7);
        QCOMPARE(web.value(QStringLiteral("pass_rate")).toDouble(), 70.0);

        // The same finding typed twice is one finding, manual and confirmed.
        const RunResult f = run({QStringLiteral("findings"), QStringLiteral("2022Q2"), QStringLiteral("--indicator"), QStringLiteral("W-V1")});
        int manual = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(f.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("source")).toString() != QLatin1String("manual"))
                continue;
            ++manual;
            QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));
            QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("veto"));
            QCOMPARE(o.value(QStringLiteral("evidence")).toString(), QStringLiteral("领导职务表述错误"));
            QCOMPARE(o.value(QStringLiteral("url")).toString(), QStringLiteral("http://www.jieyang.gov.cn/a.html"));
        }
        QCOMPARE(manual, 1);
    }

    void findingAddObjectiveByName()
    {
        // 互动回应差 is W-V5 for a website and M-V3 for an account; the target decides. M-V3 is
        // objective: it counts while pending.
        const QStringList m3{QStringLiteral("--target"), QStringLiteral("揭阳政务号01"), QStringLiteral("--indicator"), QStringLiteral("互动回应差"),
                             QStringLiteral("--description"), QStringLiteral("留言功能无法使用")};
        const RunResult r = add(m3);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("M-V3")));
        const QJsonObject acc = summary().value(QStringLiteral("accounts")).toObject();
        QCOMPARE(acc.value(QStringLiteral("passed")).toInt(), 84);
        QCOMPARE(acc.value(QStringLiteral("pass_rate")).toDouble(), 97.7);
    }

    void findingAddProblems()
    {
        const QStringList base{QStringLiteral("--indicator"), QStringLiteral("M-V1"), QStringLiteral("--description"), QStringLiteral("严重表述错误")};
        RunResult r = add(QStringList{QStringLiteral("--target"), QStringLiteral("普宁市生态环境")} + base);
        QCOMPARE(r.exitCode, 2); // two accounts have that name
        QVERIFY2(r.err.contains(QStringLiteral("--kind")), qPrintable(r.err));
        r = add(QStringList{QStringLiteral("--target"), QStringLiteral("普宁市生态环境"), QStringLiteral("--kind"), QStringLiteral("微博")} + base);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(add(QStringList{QStringLiteral("--target"), QStringLiteral("不存在的账号")} + base).exitCode, 2);
        QCOMPARE(add({QStringLiteral("--target"), QStringLiteral("揭阳政务号02"), QStringLiteral("--indicator"), QStringLiteral("D-OPEN-ZERO"),
                      QStringLiteral("--description"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(add({QStringLiteral("--target"), QStringLiteral("揭阳政务号02"), QStringLiteral("--indicator"), QStringLiteral("M-V1")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("finding"), QStringLiteral("add"), QStringLiteral("2099Q9"), QStringLiteral("--target"), QStringLiteral("揭阳政务号02"),
                      QStringLiteral("--indicator"), QStringLiteral("M-V1"), QStringLiteral("--description"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("finding"), QStringLiteral("remove")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSummary)
#include "tst_cli_summary.moc"
