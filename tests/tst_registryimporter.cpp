// The registry importer: encodings, XLSX, header aliases, every kind of bad row, atomicity,
// idempotence, status history — on real files in a temporary folder.
#include "RegistryImporter.h"
#include "TestSupport.h"
#include "Vocabulary.h"

#include <QSqlQuery>
#include <QtTest>

#include <xlsxwriter.h>

using namespace xj;

namespace {

const QString kUnits = QStringLiteral(
    "单位,单位类型,上级单位,联系人,联系电话\n"
    "临澜市人民政府办公室,其他,,王明,0668-1234567\n"
    "临澜市教育局,市直部门,,李华,0668-2234567\n"
    "澄江区人民政府,县区,,赵强,0668-3234567\n"
    "澄江区政务服务数据管理局,县区,澄江区人民政府,钱芳,0668-4234567\n");

const QString kSites = QStringLiteral(
    "名称,类型,网址,网站标识码,ICP备案号,主办单位,上级网站,状态,开通日期,备案日期\n"
    "临澜市教育局频道,部门频道,https://www.linlan.example.gov.cn/jyj/,,,临澜市教育局,临澜市人民政府门户网站,运行,2019/3/1,\n"
    "临澜市人民政府门户网站,门户网站,https://www.linlan.example.gov.cn/,4459000001,粤ICP备05012345号,临澜市人民政府办公室,,运行,2015年3月1日,2015-03-05\n"
    "临澜市政务服务网,服务平台,https://zwfw.linlan.example.gov.cn/,4459000006,,临澜市政务服务数据管理局,,运行,2018.06.01,\n");

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Store> store = test::sqliteStore(dir);
    QString write(const QString &name, const QString &text, const QString &encoding = QStringLiteral("utf8"))
    {
        const QString path = dir.filePath(name);
        if (!test::writeFile(path, test::encode(text, encoding)))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    ImportResult import(const QString &path, std::optional<TableKind> kind = std::nullopt)
    {
        RegistryImporter::Options o;
        o.kind = kind;
        return RegistryImporter(*store).importFile(path, o);
    }
    int count(const QString &table)
    {
        QSqlQuery q(store->database());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    }
};

QString problems(const ImportResult &r)
{
    QStringList lines;
    for (const auto &p : r.problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestRegistryImporter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void encodings_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-8") << QStringLiteral("utf8");
        QTest::newRow("UTF-8 BOM") << QStringLiteral("utf8bom");
        QTest::newRow("GBK") << QStringLiteral("gbk");
        QTest::newRow("UTF-16LE") << QStringLiteral("utf16le");
    }
    void encodings()
    {
        QFETCH(QString, encoding);
        Fixture f;
        const auto units = f.import(f.write(QStringLiteral("units.csv"), kUnits, encoding));
        QVERIFY2(units.ok, qPrintable(problems(units)));
        QCOMPARE(units.kind, TableKind::Units);
        QCOMPARE(units.inserted, 4);
        const auto sites = f.import(f.write(QStringLiteral("sites.csv"), kSites, encoding));
        QVERIFY2(sites.ok, qPrintable(problems(sites)));
        QCOMPARE(sites.kind, TableKind::Sites);
        QCOMPARE(sites.inserted, 3);
        const auto portal = f.store->siteByKey(QStringLiteral("临澜市人民政府门户网站"), SiteKind::Portal);
        QVERIFY(portal);
        QCOMPARE(portal->opened, QDate(2015, 3, 1));
        QCOMPARE(portal->registered, QDate(2015, 3, 5));
        QCOMPARE(portal->icp, QStringLiteral("粤ICP备05012345号"));
        // The channel comes first in the file; its host is further down and is found.
        const auto channel = f.store->siteByKey(QStringLiteral("临澜市教育局频道"), SiteKind::Channel);
        QVERIFY(channel);
        QCOMPARE(channel->parentId, portal->id);
        // 主办单位 not in units.csv is created.
        QVERIFY(f.store->unitByName(QStringLiteral("临澜市政务服务数据管理局")));
        QCOMPARE(f.store->unit(f.store->unitByName(QStringLiteral("澄江区政务服务数据管理局"))->parentId)->name,
                 QStringLiteral("澄江区人民政府"));
    }

    void xlsx()
    {
        Fixture f;
        QVERIFY(f.import(f.write(QStringLiteral("units.csv"), kUnits)).ok);
        const QString path = f.dir.filePath(QStringLiteral("accounts.xlsx"));
        lxw_workbook *wb = workbook_new(path.toUtf8().constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "账号");
        lxw_format *date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy-mm-dd");
        const char *headers[] = {"账号名称", "平台", "账号ID", "主办单位", "开通日期", "备案日期"};
        for (int c = 0; c < 6; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), headers[c], nullptr);
        worksheet_write_string(ws, 1, 0, "临澜教育", nullptr);
        worksheet_write_string(ws, 1, 1, "微信公众号", nullptr);
        worksheet_write_number(ws, 1, 2, 3012345678.0, nullptr); // an id typed as a number
        worksheet_write_string(ws, 1, 3, "临澜市教育局", nullptr);
        lxw_datetime opened = {2021, 3, 15, 0, 0, 0};
        worksheet_write_datetime(ws, 1, 4, &opened, date);
        worksheet_write_number(ws, 1, 5, 44273, date); // Excel serial of 2021-03-18
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
        const auto r = f.import(path);
        QVERIFY2(r.ok, qPrintable(problems(r)));
        QCOMPARE(r.kind, TableKind::Accounts);
        const auto a = f.store->accountByKey(QStringLiteral("临澜教育"), Platform::WeChat);
        QVERIFY(a);
        QCOMPARE(a->accountId, QStringLiteral("3012345678"));
        QCOMPARE(a->opened, QDate(2021, 3, 15));
        QCOMPARE(a->registered, QDate(2021, 3, 18));
    }

    void headerAliasesAndDecorations()
    {
        Fixture f;
        // English aliases, spaces, full-width brackets with notes, trailing ＊, and an unknown column.
        const QString text = QStringLiteral(
            " name ,kind,url＊,网站标识码（10位）,owner,status,备注\n"
            "临澜市人民政府门户网站,portal,www.linlan.example.gov.cn,４４５９０００００１,临澜市人民政府办公室,running,集约化\n");
        const auto r = f.import(f.write(QStringLiteral("sites-en.csv"), text));
        QVERIFY2(r.ok, qPrintable(problems(r)));
        const auto s = f.store->siteByKey(QStringLiteral("临澜市人民政府门户网站"), SiteKind::Portal);
        QVERIFY(s);
        QCOMPARE(s->siteCode, QStringLiteral("4459000001")); // full-width digits folded
        QCOMPARE(s->url, QStringLiteral("http://www.linlan.example.gov.cn")); // bare host: http assumed
        QCOMPARE(s->extra.value(QStringLiteral("备注")).toString(), QStringLiteral("集约化"));
    }

    void badRows_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("expected"); // FILE:ROW:COL prefix of one reported problem
        const QString head = QStringLiteral("名称,类型,网址,网站标识码,主办单位,上级网站,开通日期\n");
        const QString good = QStringLiteral("临澜市人民政府门户网站,门户网站,https://www.linlan.example.gov.cn/,4459000001,临澜市人民政府办公室,,2015-03-01\n");
        QTest::newRow("bad date") << head + good + QStringLiteral("澄江区人民政府门户网站,门户网站,https://www.chengjiang.example.gov.cn/,4459020001,澄江区人民政府,,2015-02-30\n")
                                  << QStringLiteral("bad.csv:3:G:");
        QTest::newRow("unknown kind") << head + good + QStringLiteral("某网站,微网站,https://a.example.gov.cn/,4459020001,澄江区人民政府,,\n")
                                      << QStringLiteral("bad.csv:3:B:");
        QTest::newRow("malformed site code") << head + good + QStringLiteral("某网站,部门网站,https://a.example.gov.cn/,44590,澄江区人民政府,,\n")
                                             << QStringLiteral("bad.csv:3:D:");
        QTest::newRow("missing site code") << head + good + QStringLiteral("某网站,部门网站,https://a.example.gov.cn/,,澄江区人民政府,,\n")
                                           << QStringLiteral("bad.csv:3:D:");
        QTest::newRow("duplicate key") << head + good + good << QStringLiteral("bad.csv:3:A:");
        QTest::newRow("duplicate site code") << head + good + QStringLiteral("另一网站,部门网站,https://b.example.gov.cn/,4459000001,澄江区人民政府,,\n")
                                             << QStringLiteral("bad.csv:3:D:");
        QTest::newRow("channel without host") << head + good + QStringLiteral("临澜市教育局频道,部门频道,https://www.linlan.example.gov.cn/jyj/,,临澜市教育局,,\n")
                                              << QStringLiteral("bad.csv:3:F:");
        QTest::newRow("channel with unknown host") << head + good + QStringLiteral("临澜市教育局频道,部门频道,https://www.linlan.example.gov.cn/jyj/,,临澜市教育局,不存在的网站,\n")
                                                   << QStringLiteral("bad.csv:3:F:");
        QTest::newRow("not a url") << head + good + QStringLiteral("某网站,部门网站,ftp://a.example.gov.cn/,4459020001,澄江区人民政府,,\n")
                                   << QStringLiteral("bad.csv:3:C:");
        QTest::newRow("missing column") << QStringLiteral("名称,类型,网址\n某网站,部门网站,https://a.example.gov.cn/\n")
                                        << QStringLiteral("bad.csv:1:");
    }
    void badRows()
    {
        QFETCH(QString, csv);
        QFETCH(QString, expected);
        Fixture f;
        const auto r = f.import(f.write(QStringLiteral("bad.csv"), csv), TableKind::Sites);
        QVERIFY(!r.ok);
        const QString all = problems(r);
        QVERIFY2(all.contains(expected), qPrintable(QStringLiteral("expected %1 in:\n%2").arg(expected, all)));
        // All or nothing: not even the good row, nor the units it would have created.
        QCOMPARE(f.count(QStringLiteral("sites")), 0);
        QCOMPARE(f.count(QStringLiteral("units")), 0);
        QCOMPARE(f.count(QStringLiteral("imports")), 0);
    }

    void everyProblemIsListed()
    {
        Fixture f;
        const QString csv = QStringLiteral("账号名称,平台,主办单位,开通日期\n"
                                           "甲,微信公众号,临澜市教育局,2020-01-01\n"
                                           ",微博,临澜市教育局,\n"
                                           "乙,飞书,临澜市教育局,\n"
                                           "丙,抖音,,明天\n");
        const auto r = f.import(f.write(QStringLiteral("accounts.csv"), csv, QStringLiteral("gbk")));
        QVERIFY(!r.ok);
        const QString all = problems(r);
        for (const char *where : {"accounts.csv:3:A:", "accounts.csv:4:B:", "accounts.csv:5:C:", "accounts.csv:5:D:"})
            QVERIFY2(all.contains(QLatin1String(where)), qPrintable(all));
        QCOMPARE(f.count(QStringLiteral("accounts")), 0);
    }

    void reimportChangesNothing()
    {
        Fixture f;
        const QString units = f.write(QStringLiteral("units.csv"), kUnits);
        const QString sites = f.write(QStringLiteral("sites.csv"), kSites);
        QVERIFY(f.import(units).ok);
        QVERIFY(f.import(sites).ok);
        const int history = f.count(QStringLiteral("status_history"));
        const auto again = f.import(sites);
        QVERIFY(again.ok);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 3);
        const auto unitsAgain = f.import(units);
        QCOMPARE(unitsAgain.inserted + unitsAgain.updated, 0);
        QCOMPARE(f.count(QStringLiteral("sites")), 3);
        QCOMPARE(f.count(QStringLiteral("status_history")), history);
        QCOMPARE(f.count(QStringLiteral("imports")), 4); // the registry's history of files
    }

    void changedStatusIsRecorded()
    {
        Fixture f;
        QVERIFY(f.import(f.write(QStringLiteral("units.csv"), kUnits)).ok);
        QVERIFY(f.import(f.write(QStringLiteral("sites.csv"), kSites)).ok);
        QString changed = kSites;
        changed.replace(QStringLiteral("4459000006,,临澜市政务服务数据管理局,,运行"), QStringLiteral("4459000006,,临澜市政务服务数据管理局,,关停"));
        const auto r = f.import(f.write(QStringLiteral("sites-q3.csv"), changed));
        QVERIFY2(r.ok, qPrintable(problems(r)));
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.statusChanges, 1);
        const auto s = f.store->siteByKey(QStringLiteral("临澜市政务服务网"), SiteKind::Platform);
        QCOMPARE(s->status, ObjectStatus::Closed);
        const auto h = f.store->history(ObjectType::Site, s->id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.last().event, StatusEvent::Closed);
        QVERIFY(h.last().reason.contains(QLatin1String("sites-q3.csv")));
    }

    void statusTable()
    {
        Fixture f;
        QVERIFY(f.import(f.write(QStringLiteral("units.csv"), kUnits)).ok);
        QVERIFY(f.import(f.write(QStringLiteral("sites.csv"), kSites)).ok);
        const QString accounts = QStringLiteral("账号名称,平台,主办单位\n临澜市政务服务网,微信公众号,临澜市政务服务数据管理局\n临澜教育,抖音,临澜市教育局\n");
        QVERIFY(f.import(f.write(QStringLiteral("accounts.csv"), accounts)).ok);
        // Rows out of date order; a name shared by a site and an account needs 类型.
        const QString status = QStringLiteral("名称,类型,状态,日期,原因\n"
                                              "临澜教育,抖音,注销,2026-09-05,整合\n"
                                              "临澜教育,抖音,待核查,2026-07-10,省反馈名单\n"
                                              "临澜市政务服务网,服务平台,补报备案,2026-07-20,\n");
        const auto r = f.import(f.write(QStringLiteral("status.csv"), status));
        QVERIFY2(r.ok, qPrintable(problems(r)));
        QCOMPARE(r.kind, TableKind::Status);
        QCOMPARE(r.inserted, 3);
        const auto a = f.store->accountByKey(QStringLiteral("临澜教育"), Platform::Douyin);
        QCOMPARE(a->status, ObjectStatus::Cancelled);
        const auto p = f.store->siteByKey(QStringLiteral("临澜市政务服务网"), SiteKind::Platform);
        QCOMPARE(p->registered, QDate(2026, 7, 20));
        QCOMPARE(p->status, ObjectStatus::Running);
        QCOMPARE(f.import(f.dir.filePath(QStringLiteral("status.csv"))).inserted, 0); // idempotent

        const QString ambiguous = QStringLiteral("名称,状态,日期\n临澜市政务服务网,关停,2026-08-01\n不存在,关停,2026-08-01\n临澜教育,关停,\n");
        const auto bad = f.import(f.write(QStringLiteral("status-bad.csv"), ambiguous), TableKind::Status);
        QVERIFY(!bad.ok);
        const QString all = problems(bad);
        QVERIFY2(all.contains(QLatin1String("status-bad.csv:2:A:")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("status-bad.csv:3:A:")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("status-bad.csv:4:C:")), qPrintable(all));
    }

    void columnsTable()
    {
        Fixture f;
        QVERIFY(f.import(f.write(QStringLiteral("units.csv"), kUnits)).ok);
        QVERIFY(f.import(f.write(QStringLiteral("sites.csv"), kSites)).ok);
        const QString cols = QStringLiteral("网站,栏目名称,网址,类别\n"
                                            "临澜市人民政府门户网站,要闻动态,/ywdt/,动态要闻\n"
                                            "4459000001,政策文件,https://www.linlan.example.gov.cn/zcwj/,政策文件\n"
                                            "临澜市政务服务网,办事指南,https://zwfw.linlan.example.gov.cn/bszn/,办事\n");
        const auto r = f.import(f.write(QStringLiteral("columns.csv"), cols));
        QVERIFY2(r.ok, qPrintable(problems(r)));
        QCOMPARE(r.inserted, 3);
        const auto portal = f.store->siteByKey(QStringLiteral("临澜市人民政府门户网站"), SiteKind::Portal);
        const auto c = f.store->column(portal->id, QStringLiteral("要闻动态"));
        QVERIFY(c);
        QCOMPARE(c->url, QStringLiteral("https://www.linlan.example.gov.cn/ywdt/")); // relative, resolved
        QCOMPARE(c->category, ColumnCategory::News);
        const auto bad = f.import(f.write(QStringLiteral("columns-bad.csv"), QStringLiteral("网站,栏目名称,网址,类别\n无此网站,要闻,/a/,动态要闻\n临澜市政务服务网,办事指南,/x/,杂项\n")));
        QVERIFY(!bad.ok);
        QVERIFY(problems(bad).contains(QLatin1String("columns-bad.csv:2:A:")));
        QVERIFY(problems(bad).contains(QLatin1String("columns-bad.csv:3:D:")));
    }

    void unitsTableProblems()
    {
        Fixture f;
        const auto r = f.import(f.write(QStringLiteral("units.csv"),
                                        QStringLiteral("单位,单位类型,上级单位\n甲局,市直部门,\n乙局,部委,\n丙局,其他,丁局\n甲局,其他,\n戊局,其他,戊局\n")));
        QVERIFY(!r.ok);
        const QString all = problems(r);
        for (const char *where : {"units.csv:3:B:", "units.csv:4:C:", "units.csv:5:A:", "units.csv:6:C:"})
            QVERIFY2(all.contains(QLatin1String(where)), qPrintable(all));
        QCOMPARE(f.count(QStringLiteral("units")), 0);
    }

    void unknownTableIsExplained()
    {
        Fixture f;
        const auto r = f.import(f.write(QStringLiteral("what.csv"), QStringLiteral("甲,乙,丙\n1,2,3\n")));
        QVERIFY(!r.ok);
        QVERIFY(problems(r).startsWith(QLatin1String("what.csv:1:")));
        const auto missing = f.import(f.dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!missing.ok);
        QVERIFY(problems(missing).startsWith(QLatin1String("nope.csv")));
    }

    void cancelWritesNothing()
    {
        Fixture f;
        QString csv = QStringLiteral("账号名称,平台,主办单位\n");
        for (int i = 0; i < 3000; ++i)
            csv += QStringLiteral("账号%1,微信公众号,单位%2\n").arg(i).arg(i % 7);
        RegistryImporter::Options o;
        int calls = 0;
        o.progress = [&calls](int done, int total) {
            Q_ASSERT(done <= total);
            return ++calls < 4; // cancel once the write phase has begun
        };
        const auto r = RegistryImporter(*f.store).importFile(f.write(QStringLiteral("big.csv"), csv), o);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QCOMPARE(f.count(QStringLiteral("accounts")), 0);
        QCOMPARE(f.count(QStringLiteral("units")), 0);
        o.progress = {};
        const auto full = RegistryImporter(*f.store).importFile(f.dir.filePath(QStringLiteral("big.csv")), o);
        QVERIFY(full.ok);
        QCOMPARE(full.inserted, 3000);
        QCOMPARE(f.count(QStringLiteral("units")), 7);
    }

    // The same import, idempotence and atomicity on both backends (PostgreSQL aborts a whole
    // transaction on the first failed statement; SQLite does not).
    void demoOnBothBackends_data() { XJ_BACKEND_DATA(); }
    void demoOnBothBackends()
    {
        XJ_OPEN_STORE(store);
        auto run = [&store](const QString &path) { return RegistryImporter(*store).importFile(path, {}); };
        for (const char *name : {"units", "sites", "columns", "accounts", "status"})
            QVERIFY2(run(QStringLiteral(":/demo/%1.csv").arg(QLatin1String(name))).ok, name);
        const RegistryCounts before = store->counts();
        for (const char *name : {"units", "sites", "columns", "accounts", "status"}) {
            const auto again = run(QStringLiteral(":/demo/%1.csv").arg(QLatin1String(name)));
            QVERIFY(again.ok);
            QCOMPARE(again.inserted + again.updated, 0);
        }
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("accounts.csv"));
        QVERIFY(test::writeFile(bad, QStringLiteral("账号名称,平台,主办单位\n新账号甲,微博,新单位\n新账号乙,微博,新单位\n新账号甲,微博,新单位\n").toUtf8()));
        QVERIFY(!run(bad).ok);
        QVERIFY(!store->unitByName(QStringLiteral("新单位")));
        const RegistryCounts after = store->counts();
        QCOMPARE(after.accounts, before.accounts);
        QCOMPARE(after.units, before.units);
    }

    void demoDataImports()
    {
        Fixture f;
        for (const char *name : {"units", "sites", "columns", "accounts", "status"}) {
            const auto r = f.import(QStringLiteral(":/demo/%1.csv").arg(QLatin1String(name)));
            QVERIFY2(r.ok, qPrintable(QString::fromLatin1(name) + QLatin1Char('\n') + problems(r)));
            QVERIFY(r.inserted > 0);
        }
        const RegistryCounts c = f.store->counts();
        QVERIFY(c.websites >= 10);
        QVERIFY(c.servicePlatforms >= 2);
        QVERIFY(c.channels >= 25);
        QVERIFY(c.accounts >= 70);
        QVERIFY(c.closedOrPending > 0);
    }
};

QTEST_GUILESS_MAIN(TestRegistryImporter)
#include "tst_registryimporter.moc"
