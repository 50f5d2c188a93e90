// `xunjian indicators` as scripts call it: list (the built-in set stored once), show in text and
// JSON, export → edit → import --activate (a new version, the old one kept), importing the same
// file again stores nothing, activate by name and version, and the exit status of bad input.
#include "IndicatorSetStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace xj;
using namespace xj::test;

class TestCliIndicators : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    RunResult run(const QStringList &args) { return runXunjian(args + QStringList{QStringLiteral("--db"), m_db}); }

    QJsonArray list()
    {
        const RunResult r = run({QStringLiteral("indicators"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void initTestCase()
    {
        qputenv("XUNJIAN_LANG", "en");
        m_db = m_dir.filePath(QStringLiteral("indicators.sqlite"));
        QVERIFY(sqliteStore(m_dir, QStringLiteral("indicators.sqlite")));
    }

    void listShowsBuiltIn()
    {
        const RunResult text = run({QStringLiteral("indicators"), QStringLiteral("list")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.startsWith(IndicatorSet::defaultName() + QStringLiteral("\tv1\tactive\t")), qPrintable(text.out));
        const QJsonArray rows = list();
        QCOMPARE(rows.size(), 1); // listed twice, stored once
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("name")).toString(), IndicatorSet::defaultName());
        QCOMPARE(row.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(row.value(QStringLiteral("active")).toBool());
        QVERIFY(!row.value(QStringLiteral("created")).toString().isEmpty());
        QVERIFY(row.contains(QStringLiteral("note")));
    }

    void show()
    {
        const RunResult text = run({QStringLiteral("indicators"), QStringLiteral("show")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(QStringLiteral("v1 (active)")));
        QVERIFY2(text.out.contains(QStringLiteral("W-D-LINK\t可用性\tdeduct, objective, cap 1")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("    staleDays = 14")));
        const RunResult json = run({QStringLiteral("indicators"), QStringLiteral("show"), IndicatorSet::defaultName(), QStringLiteral("1"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QString error;
        const auto set = IndicatorSet::fromJson(QJsonDocument::fromJson(json.out.toUtf8()).object(), &error);
        QVERIFY2(set, qPrintable(error));
        QVERIFY(set->sameIndicators(IndicatorSet::defaults()));
        QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("show"), IndicatorSet::defaultName(), QStringLiteral("7")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("show"), QStringLiteral("无此指标集")}).exitCode, 2);
    }

    void exportEditImport()
    {
        const QString file = m_dir.filePath(QStringLiteral("set.json"));
        const RunResult exported = run({QStringLiteral("indicators"), QStringLiteral("export"), file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonObject indicators = json.value(QStringLiteral("indicators")).toObject();
        QJsonObject mv2 = indicators.value(QStringLiteral("M-V2")).toObject();
        mv2.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("staleDays"), 7}});
        indicators.insert(QStringLiteral("M-V2"), mv2);
        json.insert(QStringLiteral("indicators"), indicators);
        json.insert(QStringLiteral("note"), QStringLiteral("a week"));
        const QString edited = m_dir.filePath(QStringLiteral("edited.json"));
        QVERIFY(writeFile(edited, QJsonDocument(json).toJson()));

        const RunResult imported = run({QStringLiteral("indicators"), QStringLiteral("import"), edited, QStringLiteral("--activate")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("stored ") + IndicatorSet::defaultName() + QStringLiteral(" v2")), qPrintable(imported.out));
        QJsonArray rows = list();
        QCOMPARE(rows.size(), 2);
        QVERIFY(!rows.at(0).toObject().value(QStringLiteral("active")).toBool());
        QVERIFY(rows.at(1).toObject().value(QStringLiteral("active")).toBool());
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("note")).toString(), QStringLiteral("a week"));
        const RunResult shown = run({QStringLiteral("indicators"), QStringLiteral("show")});
        QVERIFY2(shown.out.contains(QStringLiteral("    staleDays = 7")), qPrintable(shown.out));

        // The same file again stores nothing; v1 is unchanged.
        const RunResult again = run({QStringLiteral("indicators"), QStringLiteral("import"), edited});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(again.out.contains(QStringLiteral("nothing stored")));
        QCOMPARE(list().size(), 2);
        const RunResult v1 = run({QStringLiteral("indicators"), QStringLiteral("show"), IndicatorSet::defaultName(), QStringLiteral("1")});
        QVERIFY(v1.out.contains(QStringLiteral("    staleDays = 14")));

        // Export by name and version writes that version.
        const QString v1File = m_dir.filePath(QStringLiteral("v1.json"));
        QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("export"), v1File, IndicatorSet::defaultName(), QStringLiteral("1")}).exitCode, 0);
        QString error;
        const auto read = IndicatorSetStore::readFile(v1File, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->version, 1);
        QVERIFY(read->sameIndicators(IndicatorSet::defaults()));
    }

    void activate()
    {
        const RunResult r = run({QStringLiteral("indicators"), QStringLiteral("activate"), IndicatorSet::defaultName(), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rows = list();
        QVERIFY(rows.at(0).toObject().value(QStringLiteral("active")).toBool());
        QVERIFY(!rows.at(1).toObject().value(QStringLiteral("active")).toBool());
        QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("activate"), IndicatorSet::defaultName(), QStringLiteral("9")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("activate"), IndicatorSet::defaultName()}).exitCode, 2);
    }

    void badInput()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(bad, R"({"indicators": {"M-V2": {"params": {"staleDays": "7"}}}})"));
        const RunResult r = run({QStringLiteral("indicators"), QStringLiteral("import"), bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad.json")) && r.err.contains(QStringLiteral("indicators.M-V2.params.staleDays")), qPrintable(r.err));
        QCOMPARE(list().size(), 2);
        QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("export")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliIndicators)
#include "tst_cli_indicators.moc"
