// `xunjian import` of the reported tables (--round for catalog and findings) and `xunjian round
// set` (the province ranks), as scripts call them: exit codes, FILE:ROW:COLUMN on stderr.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using xj::test::runXunjian;

class TestCliReports : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    QString write(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        if (!xj::test::writeFile(path, xj::test::encode(text, QStringLiteral("gbk"))))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QJsonObject round(const QString &id)
    {
        const auto r = runXunjian({QStringLiteral("round"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--db"), m_db});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        qputenv("XUNJIAN_LANG", "en"); // messages are checked by their place, not their words
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const auto r = runXunjian({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void catalogNeedsARound()
    {
        const QString path = write(QStringLiteral("catalog.csv"), QStringLiteral("单位,挂接目录数,开放数据数\n临澜市政务服务数据管理局,287,220\n"
                                                                                 "临澜市教育局,35,8\n合计,322,228\n"));
        const auto missing = runXunjian({QStringLiteral("import"), path, QStringLiteral("--db"), m_db});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(path + QStringLiteral(": ")), qPrintable(missing.err));
        QVERIFY2(missing.err.contains(QLatin1String("--round")), qPrintable(missing.err));
        const auto unknown = runXunjian({QStringLiteral("import"), path, QStringLiteral("--round"), QStringLiteral("1999Q1"),
                                         QStringLiteral("--db"), m_db});
        QCOMPARE(unknown.exitCode, 2);
        const auto ok = runXunjian({QStringLiteral("import"), path, QStringLiteral("--round"), QStringLiteral("2026Q3"),
                                    QStringLiteral("--db"), m_db});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.contains(QLatin1String("catalog table of round 2026Q3")), qPrintable(ok.out));
        QVERIFY2(ok.out.contains(QLatin1String(": 2 new, 0 changed, 0 unchanged")), qPrintable(ok.out));
        const auto again = runXunjian({QStringLiteral("import"), path, QStringLiteral("--as"), QStringLiteral("目录"),
                                       QStringLiteral("--round"), QStringLiteral("2026Q3"), QStringLiteral("--db"), m_db});
        QVERIFY2(again.out.contains(QLatin1String(": 0 new, 0 changed, 2 unchanged")), qPrintable(again.out));
    }

    void findingsAndPostsInOneCall()
    {
        // Files of several tables in one call: --round is used by the tables that need one.
        const QString findings = write(QStringLiteral("findings.csv"), QStringLiteral("对象,指标,问题描述,网址,状态\n"
                                                                                      "临澜市人民政府门户网站,错敏词,“国务院”误写,/xw/1.html,已确认\n"));
        const QString posts = write(QStringLiteral("posts.csv"), QStringLiteral("账号名称,平台,发布时间,标题\n临澜发布,微博,2026-09-20 09:30,秋分\n"));
        // The demo round comes with the findings of resources/demo/findings.csv: one more now.
        const auto listFindings = [this] {
            const auto list = runXunjian({QStringLiteral("findings"), QStringLiteral("2026Q3"), QStringLiteral("--format"),
                                          QStringLiteral("json"), QStringLiteral("--db"), m_db});
            return list.exitCode == 0 ? QJsonDocument::fromJson(list.out.toUtf8()).array() : QJsonArray();
        };
        const qsizetype before = listFindings().size();
        const auto r = runXunjian({QStringLiteral("import"), findings, posts, QStringLiteral("--round"), QStringLiteral("2026Q3"),
                                   QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray all = listFindings();
        QCOMPARE(all.size(), before + 1);
        QJsonObject f;
        for (const QJsonValue &v : all)
            if (v.toObject().value(QStringLiteral("evidence")).toString() == QStringLiteral("“国务院”误写"))
                f = v.toObject();
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.value(QStringLiteral("indicator")).toString(), QStringLiteral("W-N-WORDING"));
        QCOMPARE(f.value(QStringLiteral("source")).toString(), QStringLiteral("import"));
        QCOMPARE(f.value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(f.value(QStringLiteral("target")).toString(), QStringLiteral("临澜市人民政府门户网站"));
        QCOMPARE(f.value(QStringLiteral("url")).toString(), QStringLiteral("https://www.linlan.example.gov.cn/xw/1.html"));
    }

    void badRowsNameTheirPlace()
    {
        // 临澜发布 is on several platforms in the demo: the row must say which.
        const QString posts = write(QStringLiteral("posts-bad.csv"), QStringLiteral("账号名称,平台,发布时间\n临澜发布,微博,2026-09-21\n临澜发布,,2026-09-22\n"
                                                                                    "临澜发布,微博,2026-09-31\n"));
        const auto r = runXunjian({QStringLiteral("import"), posts, QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(posts + QStringLiteral(":3:A: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(posts + QStringLiteral(":4:C: ")), qPrintable(r.err));
        const QString findings = write(QStringLiteral("findings-bad.csv"), QStringLiteral("对象,指标,问题描述\n临澜发布,M-V7,?\n"));
        const auto f = runXunjian({QStringLiteral("import"), findings, QStringLiteral("--round"), QStringLiteral("2026Q3"), QStringLiteral("--db"), m_db});
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(findings + QStringLiteral(":2:B: ")), qPrintable(f.err));
    }

    void roundSetRanks()
    {
        const auto set = runXunjian({QStringLiteral("round"), QStringLiteral("set"), QStringLiteral("2026Q3"), QStringLiteral("--linked-rank"),
                                     QStringLiteral("7"), QStringLiteral("--open-rank"), QStringLiteral("13"), QStringLiteral("--db"), m_db});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(round(QStringLiteral("2026Q3")).value(QStringLiteral("linked_rank")).toInt(), 7);
        QCOMPARE(round(QStringLiteral("2026Q3")).value(QStringLiteral("open_rank")).toInt(), 13);
        // One option: the other rank is kept; "none" clears.
        const auto one = runXunjian({QStringLiteral("round"), QStringLiteral("set"), QStringLiteral("2026Q3"), QStringLiteral("--open-rank"),
                                     QStringLiteral("none"), QStringLiteral("--db"), m_db});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(round(QStringLiteral("2026Q3")).value(QStringLiteral("linked_rank")).toInt(), 7);
        QVERIFY(round(QStringLiteral("2026Q3")).value(QStringLiteral("open_rank")).isNull());
        for (const QStringList &bad : {QStringList{QStringLiteral("2026Q3"), QStringLiteral("--linked-rank"), QStringLiteral("0")},
                                       QStringList{QStringLiteral("2026Q3"), QStringLiteral("--open-rank"), QStringLiteral("第七")},
                                       QStringList{QStringLiteral("2026Q3")},
                                       QStringList{QStringLiteral("1999Q1"), QStringLiteral("--linked-rank"), QStringLiteral("1")}}) {
            const auto r = runXunjian(QStringList{QStringLiteral("round"), QStringLiteral("set")} + bad + QStringList{QStringLiteral("--db"), m_db});
            QVERIFY2(r.exitCode == 2, qPrintable(bad.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.err));
        }
        QCOMPARE(round(QStringLiteral("2026Q3")).value(QStringLiteral("linked_rank")).toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
