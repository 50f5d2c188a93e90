// The `xunjian` executable as scripts and inspectors call it: exit codes, FILE:ROW:COLUMN
// problems on stderr, export that Excel opens and that imports back unchanged, rounds, demo.
#include "RegistryExporter.h"
#include "TableReader.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using xj::test::runXunjian;

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        qputenv("XUNJIAN_LANG", "en"); // messages are checked by their place, not their words
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const auto r = runXunjian({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void demoRefusesToOverwrite()
    {
        const auto r = runXunjian({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--force")));
    }

    void demoIssuesBulletinsAsItsBureau()
    {
        const auto r = runXunjian({QStringLiteral("settings"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("bulletin.agency = 临澜市政务服务数据管理局")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("bulletin.number_template = 临政数局函〔{year}〕{n}号")));
        // Its round has the findings a monitoring platform reported, for the review areas to show.
        const auto f = runXunjian({QStringLiteral("findings"), QStringLiteral("2026Q3"), QStringLiteral("--format"),
                                   QStringLiteral("csv"), QStringLiteral("--db"), m_db});
        QCOMPARE(f.exitCode, 0);
        QCOMPARE(f.out.count(QStringLiteral(",import,")), 10);
    }

    void countsInTheBulletinsTerms()
    {
        const auto text = runXunjian({QStringLiteral("counts"), QStringLiteral("--db"), m_db});
        QCOMPARE(text.exitCode, 0);
        const auto json = runXunjian({QStringLiteral("counts"), QStringLiteral("--db"), m_db, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("websites")).toInt() > 0);
        const QString expected = QStringLiteral("%1 个政府网站（含 %2 个服务平台）、%3 个部门频道、%4 个政务新媒体")
                                     .arg(o.value(QStringLiteral("websites")).toInt())
                                     .arg(o.value(QStringLiteral("service_platforms")).toInt())
                                     .arg(o.value(QStringLiteral("channels")).toInt())
                                     .arg(o.value(QStringLiteral("accounts")).toInt());
        QCOMPARE(text.out.trimmed(), expected);
    }

    void badImportExitsTwoAndNamesThePlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("sites-bad.csv"));
        QVERIFY(xj::test::writeFile(path, xj::test::encode(QStringLiteral("名称,类型,网址,网站标识码,主办单位\n"
                                                                          "新网站,门户网站,https://new.example.gov.cn/,4459990001,新单位\n"
                                                                          "坏网站,门户网站,https://bad.example.gov.cn/,12AB,新单位\n"),
                                                           QStringLiteral("gbk"))));
        const auto before = runXunjian({QStringLiteral("counts"), QStringLiteral("--db"), m_db});
        const auto r = runXunjian({QStringLiteral("import"), path, QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path + QStringLiteral(":3:D: ")), qPrintable(r.err));
        const auto after = runXunjian({QStringLiteral("counts"), QStringLiteral("--db"), m_db});
        QCOMPARE(after.out, before.out);
        const auto forced = runXunjian({QStringLiteral("import"), path, QStringLiteral("--as"), QStringLiteral("nonsense"), QStringLiteral("--db"), m_db});
        QCOMPARE(forced.exitCode, 2);
    }

    void exportOpensInExcelAndImportsBackUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("ext");
        for (const char *kind : {"units", "sites", "columns", "accounts", "status"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1.csv").arg(QLatin1String(kind)))) << QString::fromLatin1(kind) << QStringLiteral("csv");
            QTest::newRow(qPrintable(QStringLiteral("%1.xlsx").arg(QLatin1String(kind)))) << QString::fromLatin1(kind) << QStringLiteral("xlsx");
        }
    }
    void exportOpensInExcelAndImportsBackUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, ext);
        const QString file = m_dir.filePath(kind + QStringLiteral("-export.") + ext);
        const auto r = runXunjian({QStringLiteral("export"), kind, file, QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(4);
        if (ext == QLatin1String("csv"))
            QVERIFY(head.startsWith("\xEF\xBB\xBF")); // Excel and WPS need the BOM to read UTF-8
        else
            QVERIFY(head.startsWith("PK\x03\x04"));
        QString error;
        const auto table = xj::TableReader::read(file, &error);
        QVERIFY2(table, qPrintable(error));
        QVERIFY(table->rows.size() > 0);
        // Into the same database: nothing new, nothing changed.
        const auto again = runXunjian({QStringLiteral("import"), file, QStringLiteral("--as"), kind, QStringLiteral("--db"), m_db});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QLatin1String(": 0 new, 0 changed")), qPrintable(again.out));
    }

    void exportIntoFreshDatabaseReproducesTheRegistry()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QStringList files;
        for (const char *kind : {"units", "sites", "columns", "accounts", "status"}) {
            const QString file = dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".xlsx"));
            QCOMPARE(runXunjian({QStringLiteral("export"), QString::fromLatin1(kind), file, QStringLiteral("--db"), m_db}).exitCode, 0);
            files << file;
        }
        const auto imported = runXunjian(QStringList{QStringLiteral("import")} + files + QStringList{QStringLiteral("--db"), copy});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const auto a = runXunjian({QStringLiteral("counts"), QStringLiteral("--db"), m_db, QStringLiteral("--format"), QStringLiteral("json")});
        const auto b = runXunjian({QStringLiteral("counts"), QStringLiteral("--db"), copy, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(b.out, a.out);
    }

    void rounds()
    {
        const auto created = runXunjian({QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("2026Q4"), QStringLiteral("--from"),
                                         QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026年12月31日"),
                                         QStringLiteral("--db"), m_db});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const auto dup = runXunjian({QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("2026Q4"), QStringLiteral("--from"),
                                     QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--db"), m_db});
        QCOMPARE(dup.exitCode, 2);
        const auto backwards = runXunjian({QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("X"), QStringLiteral("--from"),
                                           QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-10-01"), QStringLiteral("--db"), m_db});
        QCOMPARE(backwards.exitCode, 2);
        const auto badDate = runXunjian({QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("Y"), QStringLiteral("--from"),
                                         QStringLiteral("2026-13-01"), QStringLiteral("--to"), QStringLiteral("2026-12-01"), QStringLiteral("--db"), m_db});
        QCOMPARE(badDate.exitCode, 2);
        const auto list = runXunjian({QStringLiteral("round"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("--db"), m_db});
        const QJsonArray rounds = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rounds.size(), 2); // the demo's 2026Q3 and this one
        QCOMPARE(rounds.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("2026Q4"));
        QCOMPARE(rounds.at(0).toObject().value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-12-31"));
    }

    void unknownCommandShowsUsage()
    {
        const auto r = runXunjian({QStringLiteral("help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("import")));
    }

    void screenshotOfTheRegistry()
    {
        const QString png = m_dir.filePath(QStringLiteral("registry.png"));
        const auto r = runXunjian({QStringLiteral("screenshot"), QStringLiteral("--view"), QStringLiteral("registry"), QStringLiteral("--out"), png,
                                   QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1440, 900));
        // Not a blank picture: many distinct colours where text and tables were drawn.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        const auto bad = runXunjian({QStringLiteral("screenshot"), QStringLiteral("--view"), QStringLiteral("nowhere"), QStringLiteral("--out"), png,
                                     QStringLiteral("--db"), m_db});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
