// A whole round built only from the files units and platforms send — registry, status changes,
// posts, catalog counts and a platform's finding — imported with `xunjian import`, and its
// `xunjian summary --format json` checked field by field against what the files imply.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace xj::test;

class TestCliRoundFiles : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    RunResult run(const QStringList &args) { return runXunjian(args + QStringList{QStringLiteral("--db"), m_db}); }
    QString file(const QString &name, const QString &text, const QString &encoding = QStringLiteral("utf8"))
    {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, encode(text, encoding)))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        qputenv("XUNJIAN_LANG", "en");
        m_db = m_dir.filePath(QStringLiteral("round.sqlite"));
        const QStringList registry = {
            file(QStringLiteral("units.csv"), QStringLiteral("单位,单位类型\n甲市数据局,市直部门\n乙区政府,县区\n甲市林业局,市直部门\n")),
            file(QStringLiteral("sites.csv"), QStringLiteral(
                "名称,类型,网址,网站标识码,主办单位,上级网站,开通日期,备案日期\n"
                "甲市人民政府门户网站,门户网站,https://www.jia.example.gov.cn/,4459000001,甲市数据局,,2015-01-01,2015-01-03\n"
                "甲市政务服务网,服务平台,https://zwfw.jia.example.gov.cn/,4459000002,甲市数据局,,2018-01-01,\n"
                "乙区人民政府门户网站,门户网站,https://www.yi.example.gov.cn/,4459020001,乙区政府,,2016-01-01,2016-01-02\n"
                "旧园区门户网站,门户网站,https://old.example.gov.cn/,4459000009,甲市林业局,,2014-01-01,2014-01-02\n"
                "甲市林业局频道,部门频道,https://www.jia.example.gov.cn/lyj/,,甲市林业局,甲市人民政府门户网站,2019-01-01,\n"), QStringLiteral("gbk")),
            file(QStringLiteral("accounts.csv"), QStringLiteral(
                "账号名称,平台,主办单位,开通日期,备案日期\n"
                "甲市发布,微信公众号,甲市数据局,2018-01-01,2018-01-02\n"
                "乙区发布,微博,乙区政府,2019-03-01,2019-03-02\n"
                "甲市林业,抖音,甲市林业局,2020-05-01,2020-05-02\n")),
            file(QStringLiteral("status.csv"), QStringLiteral(
                "名称,类型,状态,日期,原因\n旧园区门户网站,门户网站,下线,2026-08-15,改制\n甲市政务服务网,服务平台,补报备案,2026-07-20,\n")),
        };
        auto ok = [](const RunResult &r) { return r.exitCode == 0 ? QString() : r.err; };
        for (const QString &f : registry)
            QCOMPARE(ok(run({QStringLiteral("import"), f})), QString());
        QCOMPARE(ok(run({QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("2026Q3"), QStringLiteral("--from"),
                         QStringLiteral("2026-07-01"), QStringLiteral("--to"), QStringLiteral("2026-09-30")})), QString());
        // 甲市林业 last posted on 1 August: nothing in the last two weeks before the as-of date.
        QString posts = QStringLiteral("账号名称,平台,发布时间,标题\n");
        for (const char *date : {"2026-07-10", "2026-08-20", "2026-09-25"})
            posts += QStringLiteral("甲市发布,微信公众号,%1 10:00,动态\n").arg(QLatin1String(date));
        for (const char *date : {"2026-07-15", "2026-09-28"})
            posts += QStringLiteral("乙区发布,微博,%1 09:30,动态\n").arg(QLatin1String(date));
        posts += QStringLiteral("甲市林业,抖音,2026-08-01 08:00,护林防火\n");
        QCOMPARE(ok(run({QStringLiteral("import"), file(QStringLiteral("posts.csv"), posts)})), QString());
        QCOMPARE(ok(run({QStringLiteral("import"), QStringLiteral("--round"), QStringLiteral("2026Q3"),
                         file(QStringLiteral("catalog.csv"), QStringLiteral("单位,挂接目录数,开放数据数\n甲市数据局,100,50\n乙区政府,80,0\n甲市林业局,30,5\n"))})),
                 QString());
        // A monitoring platform's confirmed 严重表述错误 on 乙区's portal.
        QCOMPARE(ok(run({QStringLiteral("import"), QStringLiteral("--round"), QStringLiteral("2026Q3"),
                         file(QStringLiteral("findings.csv"), QStringLiteral("对象,指标,问题描述,网址,状态\n乙区人民政府门户网站,W-V1,严重表述错误,https://www.yi.example.gov.cn/x.html,已确认\n"))})),
                 QString());
        QCOMPARE(ok(run({QStringLiteral("round"), QStringLiteral("set"), QStringLiteral("2026Q3"), QStringLiteral("--linked-rank"),
                         QStringLiteral("7"), QStringLiteral("--open-rank"), QStringLiteral("13")})), QString());
    }

    void summaryFieldByField()
    {
        const auto r = run({QStringLiteral("summary"), QStringLiteral("2026Q3"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("round")).toString(), QStringLiteral("2026Q3"));
        QCOMPARE(s.value(QStringLiteral("window")).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("2026-07-01"));
        QCOMPARE(s.value(QStringLiteral("window")).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("2026-09-30"));

        // Websites running at the as-of date: two portals and the platform (the park portal went offline in the window).
        const QJsonObject w = s.value(QStringLiteral("websites")).toObject();
        QCOMPARE(w.value(QStringLiteral("checked")).toInt(), 3);
        QCOMPARE(w.value(QStringLiteral("service_platforms")).toInt(), 1);
        QCOMPARE(w.value(QStringLiteral("passed")).toInt(), 2);
        QCOMPARE(w.value(QStringLiteral("pass_rate")).toDouble(), 66.7);
        const QJsonArray wf = w.value(QStringLiteral("failed")).toArray();
        QCOMPARE(wf.size(), 1);
        QCOMPARE(wf[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("乙区人民政府门户网站"));
        QVERIFY(wf[0].toObject().value(QStringLiteral("reasons")).toArray().contains(QJsonValue(QStringLiteral("W-V1"))));

        const QJsonObject c = s.value(QStringLiteral("channels")).toObject();
        QCOMPARE(c.value(QStringLiteral("checked")).toInt(), 1);
        QCOMPARE(c.value(QStringLiteral("passed")).toInt(), 1);
        QCOMPARE(c.value(QStringLiteral("pass_rate")).toDouble(), 100.0);

        const QJsonObject a = s.value(QStringLiteral("accounts")).toObject();
        QCOMPARE(a.value(QStringLiteral("checked")).toInt(), 3);
        QCOMPARE(a.value(QStringLiteral("passed")).toInt(), 2);
        QCOMPARE(a.value(QStringLiteral("pass_rate")).toDouble(), 66.7);
        const QJsonArray af = a.value(QStringLiteral("failed")).toArray();
        QCOMPARE(af.size(), 1);
        QCOMPARE(af[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("甲市林业"));
        QVERIFY(af[0].toObject().value(QStringLiteral("reasons")).toArray().contains(QJsonValue(QStringLiteral("M-V2"))));

        const QJsonArray closed = s.value(QStringLiteral("closed_in_window")).toArray();
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("旧园区门户网站"));
        QCOMPARE(closed[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("下线"));
        QCOMPARE(closed[0].toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-08-15"));
        QCOMPARE(closed[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("改制"));
        QVERIFY(!closed[0].toObject().value(QStringLiteral("kind")).toString().isEmpty());
        const QJsonArray registered = s.value(QStringLiteral("registered_in_window")).toArray();
        QCOMPARE(registered.size(), 1);
        QCOMPARE(registered[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("甲市政务服务网"));
        QCOMPARE(registered[0].toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-07-20"));

        const QJsonObject cat = s.value(QStringLiteral("catalog")).toObject();
        QCOMPARE(cat.value(QStringLiteral("linked_total")).toInt(), 210);
        QCOMPARE(cat.value(QStringLiteral("open_total")).toInt(), 55);
        QCOMPARE(cat.value(QStringLiteral("linked_rank")).toInt(), 7);
        QCOMPARE(cat.value(QStringLiteral("open_rank")).toInt(), 13);
        auto units = [](const QJsonArray &top) {
            QStringList out;
            for (const QJsonValue &v : top)
                out << QStringLiteral("%1:%2").arg(v.toObject().value(QStringLiteral("unit")).toString())
                           .arg(v.toObject().value(QStringLiteral("count")).toInt());
            return out;
        };
        QCOMPARE(units(cat.value(QStringLiteral("linked_top")).toArray()),
                 QStringList({QStringLiteral("甲市数据局:100"), QStringLiteral("乙区政府:80"), QStringLiteral("甲市林业局:30")}));
        // A unit with nothing open is not among the "top" ones, even when fewer than three have any.
        QCOMPARE(units(cat.value(QStringLiteral("open_top")).toArray()),
                 QStringList({QStringLiteral("甲市数据局:50"), QStringLiteral("甲市林业局:5")}));
        // 市直部门 under 10 open items: 甲市林业局 (5); 乙区政府 is a 县区. Units with none: 乙区政府.
        auto names = [](const QJsonArray &list) {
            QStringList out;
            for (const QJsonValue &v : list)
                out << (v.isString() ? v.toString() : v.toObject().value(QStringLiteral("unit")).toString());
            return out;
        };
        QCOMPARE(names(cat.value(QStringLiteral("open_low_departments")).toArray()), QStringList{QStringLiteral("甲市林业局")});
        QCOMPARE(names(cat.value(QStringLiteral("open_zero")).toArray()), QStringList{QStringLiteral("乙区政府")});
    }
};

QTEST_GUILESS_MAIN(TestCliRoundFiles)
#include "tst_cli_roundfiles.moc"
