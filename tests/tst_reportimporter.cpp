// The import of what other sources report — posts, reminders, messages, catalog counts, findings —
// on real files: encodings, XLSX, header aliases, how rows name registry objects, every kind of
// bad row with its FILE:ROW:COLUMN, atomicity, idempotence, a newer catalog, findings' states.
#include "CheckRecords.h"
#include "MediaRecords.h"
#include "RegistryImporter.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

#include <xlsxwriter.h>

using namespace xj;

namespace {

// A registry where names repeat: 临澜教育 on two platforms, 临澜市政务服务网 as a site and an account.
const QString kAccounts = QStringLiteral("账号名称,平台,主办单位\n"
                                         "临澜发布,微博,临澜市人民政府办公室\n"
                                         "临澜教育,微信公众号,临澜市教育局\n"
                                         "临澜教育,抖音,临澜市教育局\n"
                                         "临澜市政务服务网,微信公众号,临澜市政务服务数据管理局\n");
const QString kSites = QStringLiteral(
    "名称,类型,网址,网站标识码,主办单位,上级网站\n"
    "临澜市人民政府门户网站,门户网站,https://www.linlan.example.gov.cn/,4459000001,临澜市人民政府办公室,\n"
    "临澜市教育局频道,部门频道,https://www.linlan.example.gov.cn/jyj/,,临澜市教育局,临澜市人民政府门户网站\n"
    "临澜市政务服务网,服务平台,https://zwfw.linlan.example.gov.cn/,4459000006,临澜市政务服务数据管理局,\n");

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Store> store = test::sqliteStore(dir);
    Fixture()
    {
        QVERIFY(RegistryImporter(*store).importFile(write(QStringLiteral("sites.csv"), kSites), {}).ok);
        QVERIFY(RegistryImporter(*store).importFile(write(QStringLiteral("accounts.csv"), kAccounts), {}).ok);
        Round r;
        r.id = QStringLiteral("2022Q2");
        r.windowFrom = QDate(2022, 4, 1);
        r.windowTo = QDate(2022, 6, 30);
        QVERIFY(store->insertRound(r));
    }
    QString write(const QString &name, const QString &text, const QString &encoding = QStringLiteral("utf8"))
    {
        const QString path = dir.filePath(name);
        if (!test::writeFile(path, test::encode(text, encoding)))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    ImportResult import(const QString &path, const QString &round = {}, std::optional<TableKind> kind = std::nullopt)
    {
        RegistryImporter::Options o;
        o.kind = kind;
        o.round = round;
        return RegistryImporter(*store).importFile(path, o);
    }
    int count(const QString &table)
    {
        QSqlQuery q(store->database());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    }
    qint64 account(const QString &name, Platform p) { return store->accountByKey(name, p)->id; }
    qint64 site(const QString &name, SiteKind k) { return store->siteByKey(name, k)->id; }
    qint64 unit(const QString &name) { return store->unitByName(name)->id; }
};

QString problems(const ImportResult &r)
{
    QStringList lines;
    for (const auto &p : r.problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

void addEncodings()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-8") << QStringLiteral("utf8");
    QTest::newRow("GBK") << QStringLiteral("gbk");
}

} // namespace

class TestReportImporter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void posts_data() { addEncodings(); }
    void posts()
    {
        QFETCH(QString, encoding);
        Fixture f;
        const QString path = f.write(QStringLiteral("posts.csv"), QStringLiteral("账号名称,平台,发布时间,标题,链接\n"
                                                                                   "临澜发布,,2022-06-30 10:00,防汛提示,https://weibo.com/1\n"
                                                                                   "临澜教育,微信公众号,2022/6/1,开学通知,mp.weixin.qq.com/s/abc\n"
                                                                                   "临澜教育,抖音,2022年6月2日 08:30,招生视频,\n"),
                                     encoding);
        const auto r = f.import(path);
        QVERIFY2(r.ok, qPrintable(problems(r)));
        QCOMPARE(r.kind, TableKind::Posts);
        QCOMPARE(r.inserted, 3);
        MediaRecords media(*f.store);
        const auto wechat = media.posts(f.account(QStringLiteral("临澜教育"), Platform::WeChat));
        QCOMPARE(wechat.size(), 1);
        QCOMPARE(wechat.first().published, QDateTime(QDate(2022, 6, 1), QTime(0, 0)));
        QCOMPARE(wechat.first().title, QStringLiteral("开学通知"));
        QCOMPARE(wechat.first().link, QStringLiteral("http://mp.weixin.qq.com/s/abc"));
        QCOMPARE(wechat.first().source, QStringLiteral("import:posts.csv"));
        QCOMPARE(media.posts(f.account(QStringLiteral("临澜教育"), Platform::Douyin)).first().published,
                 QDateTime(QDate(2022, 6, 2), QTime(8, 30)));
        const auto again = f.import(path);
        QVERIFY(again.ok);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(f.count(QStringLiteral("posts")), 3);
    }

    void reminders_data() { addEncodings(); }
    void reminders()
    {
        QFETCH(QString, encoding);
        Fixture f;
        const QString path = f.write(QStringLiteral("reminders.csv"),
                                     QStringLiteral("账号名称,平台,提醒时间,方式\n临澜发布,,2022-06-10,短信\n临澜教育,抖音,2022-06-12 09:00,电话\n"
                                                    "临澜教育,抖音,2022-06-20 09:00,电话\n"),
                                     encoding);
        const auto r = f.import(path);
        QVERIFY2(r.ok, qPrintable(problems(r)));
        QCOMPARE(r.kind, TableKind::Reminders);
        QCOMPARE(r.inserted, 3);
        const auto list = MediaRecords(*f.store).reminders(f.account(QStringLiteral("临澜教育"), Platform::Douyin));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().reminded, QDateTime(QDate(2022, 6, 12), QTime(9, 0)));
        QCOMPARE(list.first().channel, QStringLiteral("电话"));
        QCOMPARE(f.import(path).inserted, 0);
    }

    void messages_data() { addEncodings(); }
    void messages()
    {
        QFETCH(QString, encoding);
        Fixture f;
        // A site by name, by 网站标识码, an account, and a name shared by a site and an account told
        // apart by 类型.
        const QString head = QStringLiteral("对象,类型,留言时间,回复时间,标题\n");
        const QString rows = QStringLiteral("临澜市人民政府门户网站,,2022-05-01 09:00,2022-05-03 10:00,咨询一\n"
                                            "4459000006,,2022-05-02,%1,咨询二\n"
                                            "临澜发布,,2022-05-03,,留言三\n"
                                            "临澜市政务服务网,微信公众号,2022-05-04,2022-05-05,留言四\n");
        const auto r = f.import(f.write(QStringLiteral("messages.csv"), head + rows.arg(QString()), encoding));
        QVERIFY2(r.ok, qPrintable(problems(r)));
        QCOMPARE(r.kind, TableKind::Messages);
        QCOMPARE(r.inserted, 4);
        MediaRecords media(*f.store);
        const qint64 platform = f.site(QStringLiteral("临澜市政务服务网"), SiteKind::Platform);
        QCOMPARE(media.messages(ObjectType::Site, platform).size(), 1);
        QVERIFY(!media.messages(ObjectType::Site, platform).first().replied.isValid()); // unanswered
        QCOMPARE(media.messages(ObjectType::Account, f.account(QStringLiteral("临澜市政务服务网"), Platform::WeChat)).size(), 1);
        // A later export of the same list: the reply is now known; nothing else changes.
        const auto later = f.import(f.write(QStringLiteral("messages-later.csv"), head + rows.arg(QStringLiteral("2022-05-09")), encoding));
        QVERIFY2(later.ok, qPrintable(problems(later)));
        QCOMPARE(later.inserted, 0);
        QCOMPARE(later.updated, 1);
        QCOMPARE(later.unchanged, 3);
        QCOMPARE(media.messages(ObjectType::Site, platform).first().replied, QDateTime(QDate(2022, 5, 9), QTime(0, 0)));
        // The first file again does not erase the reply.
        QCOMPARE(f.import(f.dir.filePath(QStringLiteral("messages.csv"))).updated, 0);
        QVERIFY(media.messages(ObjectType::Site, platform).first().replied.isValid());
        QCOMPARE(f.count(QStringLiteral("messages")), 4);
    }

    void catalog_data() { addEncodings(); }
    void catalog()
    {
        QFETCH(QString, encoding);
        Fixture f;
        const QString q2 = QStringLiteral("序号,单位,挂接目录数,开放数据数\n1,临澜市政务服务数据管理局,287,220\n"
                                          "2,临澜市教育局,\"1,024\",0\n3,临澜市人民政府办公室,12,9\n,合计,1323,229\n");
        const auto r = f.import(f.write(QStringLiteral("catalog.csv"), q2, encoding), QStringLiteral("2022Q2"));
        QVERIFY2(r.ok, qPrintable(problems(r)));
        QCOMPARE(r.kind, TableKind::Catalog);
        QCOMPARE(r.inserted, 3); // the 合计 row is a sum, not a unit
        MediaRecords media(*f.store);
        QCOMPARE(media.catalog(QStringLiteral("2022Q2")).size(), 3);
        // A newer file for the round replaces the counts it gives.
        const QString newer = QStringLiteral("单位,挂接目录数,开放数据数\n临澜市政务服务数据管理局,290,225\n临澜市教育局,1024,0\n");
        const auto n = f.import(f.write(QStringLiteral("catalog-newer.csv"), newer, encoding), QStringLiteral("2022Q2"));
        QVERIFY2(n.ok, qPrintable(problems(n)));
        QCOMPARE(n.updated, 1);
        QCOMPARE(n.unchanged, 1);
        QHash<qint64, CatalogCount> byUnit;
        for (const CatalogCount &c : media.catalog(QStringLiteral("2022Q2")))
            byUnit.insert(c.unitId, c);
        QCOMPARE(byUnit.value(f.unit(QStringLiteral("临澜市政务服务数据管理局"))).linked, 290);
        QCOMPARE(byUnit.value(f.unit(QStringLiteral("临澜市政务服务数据管理局"))).open, 225);
        QCOMPARE(byUnit.value(f.unit(QStringLiteral("临澜市教育局"))).linked, 1024);
        QCOMPARE(byUnit.value(f.unit(QStringLiteral("临澜市人民政府办公室"))).linked, 12); // not in the newer file: kept
        QCOMPARE(f.import(f.dir.filePath(QStringLiteral("catalog-newer.csv")), QStringLiteral("2022Q2")).unchanged, 2);
    }

    void findings_data() { addEncodings(); }
    void findings()
    {
        QFETCH(QString, encoding);
        Fixture f;
        const QString csv = QStringLiteral("对象,指标,问题描述,网址,发现时间,状态,扣分,来源\n"
                                           "临澜市人民政府门户网站,W-D-LINK,链接无法访问,/a.html,2022-06-01,,0.2,开普云\n"
                                           "临澜市教育局频道,暗链,隐藏链接指向博彩网站,,,已确认,,\n"
                                           "临澜发布,内容不更新,两周未更新,,,已排除,,\n"
                                           "临澜发布,互动回应差,留言超过三个月未回复,,,待复核,,\n"
                                           "临澜市人民政府门户网站,互动回应差,咨询栏目无人回复,,,,,\n");
        const QString path = f.write(QStringLiteral("findings.csv"), csv, encoding);
        const auto r = f.import(path, QStringLiteral("2022Q2"));
        QVERIFY2(r.ok, qPrintable(problems(r)));
        QCOMPARE(r.kind, TableKind::Findings);
        QCOMPARE(r.inserted, 5);
        const auto list = CheckRecords(*f.store).findings(QStringLiteral("2022Q2"));
        QCOMPARE(list.size(), 5);
        QHash<QString, Finding> byEvidence;
        for (const Finding &x : list)
            byEvidence.insert(x.evidence, x);
        const Finding link = byEvidence.value(QStringLiteral("链接无法访问"));
        QCOMPARE(link.indicator, QStringLiteral("W-D-LINK"));
        QCOMPARE(link.severity, QStringLiteral("deduct"));
        QCOMPARE(link.points, 0.2);
        QCOMPARE(link.url, QStringLiteral("https://www.linlan.example.gov.cn/a.html")); // relative to the site
        QCOMPARE(link.source, QStringLiteral("import"));
        QCOMPARE(link.state, QStringLiteral("pending"));
        QCOMPARE(link.details.value(QStringLiteral("found")).toString(), QStringLiteral("2022-06-01T00:00:00"));
        QCOMPARE(link.details.value(QStringLiteral("extra")).toObject().value(QStringLiteral("来源")).toString(), QStringLiteral("开普云"));
        const Finding dark = byEvidence.value(QStringLiteral("隐藏链接指向博彩网站"));
        QCOMPARE(dark.indicator, QStringLiteral("W-N-DARKLINK"));
        QCOMPARE(dark.state, QStringLiteral("confirmed"));
        QCOMPARE(dark.objectId, f.site(QStringLiteral("临澜市教育局频道"), SiteKind::Channel));
        QCOMPARE(dark.url, QStringLiteral("https://www.linlan.example.gov.cn/jyj/")); // no 网址: the site
        QCOMPARE(byEvidence.value(QStringLiteral("两周未更新")).indicator, QStringLiteral("M-V2"));
        QCOMPARE(byEvidence.value(QStringLiteral("两周未更新")).state, QStringLiteral("dismissed"));
        // One Chinese name, two indicators: the object decides.
        QCOMPARE(byEvidence.value(QStringLiteral("留言超过三个月未回复")).indicator, QStringLiteral("M-V3"));
        QCOMPARE(byEvidence.value(QStringLiteral("留言超过三个月未回复")).objectType, ObjectType::Account);
        QCOMPARE(byEvidence.value(QStringLiteral("咨询栏目无人回复")).indicator, QStringLiteral("W-V5"));
        QCOMPARE(byEvidence.value(QStringLiteral("咨询栏目无人回复")).severity, QStringLiteral("veto"));

        const auto again = f.import(path, QStringLiteral("2022Q2"));
        QVERIFY(again.ok);
        QCOMPARE(again.inserted + again.updated, 0);
        QCOMPARE(f.count(QStringLiteral("findings")), 5);

        // Inspectors mark the spreadsheet and import it again: a stated decision replaces the
        // stored one; 待复核 never undoes a decision.
        QString marked = csv;
        marked.replace(QStringLiteral("/a.html,2022-06-01,,"), QStringLiteral("/a.html,2022-06-01,已确认,"));
        marked.replace(QStringLiteral("两周未更新,,,已排除"), QStringLiteral("两周未更新,,,待复核"));
        const auto decided = f.import(f.write(QStringLiteral("findings-marked.csv"), marked, encoding), QStringLiteral("2022Q2"));
        QVERIFY2(decided.ok, qPrintable(problems(decided)));
        QCOMPARE(decided.inserted, 0);
        QCOMPARE(decided.updated, 1);
        QHash<QString, QString> states;
        for (const Finding &x : CheckRecords(*f.store).findings(QStringLiteral("2022Q2")))
            states.insert(x.evidence, x.state);
        QCOMPARE(states.value(QStringLiteral("链接无法访问")), QStringLiteral("confirmed"));
        QCOMPARE(states.value(QStringLiteral("两周未更新")), QStringLiteral("dismissed"));
        QCOMPARE(f.count(QStringLiteral("findings")), 5);
    }

    void xlsxPosts()
    {
        Fixture f;
        const QString path = f.dir.filePath(QStringLiteral("posts.xlsx"));
        lxw_workbook *wb = workbook_new(path.toUtf8().constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "发布");
        lxw_format *stamp = workbook_add_format(wb);
        format_set_num_format(stamp, "yyyy-mm-dd hh:mm");
        const char *headers[] = {"账号名称", "平台", "发布时间", "标题"};
        for (int c = 0; c < 4; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), headers[c], nullptr);
        worksheet_write_string(ws, 1, 0, "临澜教育", nullptr);
        worksheet_write_string(ws, 1, 1, "抖音", nullptr);
        lxw_datetime published = {2022, 6, 15, 18, 45, 0};
        worksheet_write_datetime(ws, 1, 2, &published, stamp);
        worksheet_write_string(ws, 1, 3, "毕业季", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
        const auto r = f.import(path);
        QVERIFY2(r.ok, qPrintable(problems(r)));
        QCOMPARE(r.kind, TableKind::Posts);
        const auto posts = MediaRecords(*f.store).posts(f.account(QStringLiteral("临澜教育"), Platform::Douyin));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().published, QDateTime(QDate(2022, 6, 15), QTime(18, 45)));
    }

    void headerAliases()
    {
        Fixture f;
        // English aliases, decorations, and a table recognised by them alone.
        const auto posts = f.import(f.write(QStringLiteral("posts-en.csv"),
                                            QStringLiteral(" account ,platform,发布时间（北京时间）＊,title\n临澜发布,weibo,2022-06-30 10:00,A\n")));
        QVERIFY2(posts.ok, qPrintable(problems(posts)));
        QCOMPARE(posts.kind, TableKind::Posts);
        const auto catalog = f.import(f.write(QStringLiteral("catalog-en.csv"), QStringLiteral("unit,linked,open\n临澜市教育局,5,3\n")),
                                      QStringLiteral("2022Q2"));
        QVERIFY2(catalog.ok, qPrintable(problems(catalog)));
        QCOMPARE(catalog.kind, TableKind::Catalog);
        const auto findings = f.import(f.write(QStringLiteral("findings-en.csv"),
                                               QStringLiteral("target,indicator,description,state\n临澜发布,m-v2,no posts,confirmed\n")),
                                       QStringLiteral("2022Q2"));
        QVERIFY2(findings.ok, qPrintable(problems(findings)));
        QCOMPARE(findings.kind, TableKind::Findings);
        const auto messages = f.import(f.write(QStringLiteral("messages-en.csv"), QStringLiteral("target,received,replied\n临澜发布,2022-05-01,\n")));
        QVERIFY2(messages.ok, qPrintable(problems(messages)));
        QCOMPARE(messages.kind, TableKind::Messages);
        // The registry's own tables are still told apart from these.
        QCOMPARE(TableSchemas::detect({QStringLiteral("单位"), QStringLiteral("单位类型")}, nullptr), TableKind::Units);
        QCOMPARE(TableSchemas::detect({QStringLiteral("名称"), QStringLiteral("状态"), QStringLiteral("日期")}, nullptr), TableKind::Status);
        QCOMPARE(TableSchemas::detect({QStringLiteral("账号名称"), QStringLiteral("平台"), QStringLiteral("主办单位")}, nullptr), TableKind::Accounts);
        const std::pair<const char *, TableKind> names[] = {{"发布", TableKind::Posts},   {"提醒", TableKind::Reminders},
                                                            {"留言", TableKind::Messages}, {"目录", TableKind::Catalog},
                                                            {"问题", TableKind::Findings}, {"findings", TableKind::Findings}};
        for (const auto &[name, kind] : names)
            QCOMPARE(TableSchemas::byName(QString::fromUtf8(name))->kind, kind);
    }

    void badRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("round");
        QTest::addColumn<QString>("expected"); // FILE:ROW:COL of one reported problem
        const QString posts = QStringLiteral("账号名称,平台,发布时间\n临澜发布,,2022-06-30\n");
        QTest::newRow("unknown account") << "posts.csv" << posts + QStringLiteral("临澜新闻,,2022-06-30\n") << QString() << "posts.csv:3:A:";
        QTest::newRow("ambiguous name") << "posts.csv" << posts + QStringLiteral("临澜教育,,2022-06-30\n") << QString() << "posts.csv:3:A:";
        QTest::newRow("no such platform") << "posts.csv" << posts + QStringLiteral("临澜发布,抖音,2022-06-30\n") << QString() << "posts.csv:3:A:";
        QTest::newRow("bad date") << "posts.csv" << posts + QStringLiteral("临澜发布,,2022-06-31\n") << QString() << "posts.csv:3:C:";
        QTest::newRow("missing date") << "reminders.csv" << QStringLiteral("账号名称,提醒时间\n临澜发布,2022-06-01\n临澜发布,\n") << QString()
                                      << "reminders.csv:3:B:";
        const QString messages = QStringLiteral("对象,留言时间,回复时间\n临澜发布,2022-05-01,\n");
        QTest::newRow("ambiguous object") << "messages.csv" << messages + QStringLiteral("临澜市政务服务网,2022-05-01,\n") << QString()
                                          << "messages.csv:3:A:";
        QTest::newRow("reply before message") << "messages.csv" << messages + QStringLiteral("临澜发布,2022-05-03,2022-05-02\n") << QString()
                                              << "messages.csv:3:C:";
        const QString catalog = QStringLiteral("单位,挂接目录数,开放数据数\n临澜市教育局,5,3\n");
        QTest::newRow("negative count") << "catalog.csv" << catalog + QStringLiteral("临澜市人民政府办公室,-1,3\n") << "2022Q2" << "catalog.csv:3:B:";
        QTest::newRow("fractional count") << "catalog.csv" << catalog + QStringLiteral("临澜市人民政府办公室,1,2.5\n") << "2022Q2" << "catalog.csv:3:C:";
        QTest::newRow("unknown unit") << "catalog.csv" << catalog + QStringLiteral("临澜市不存在局,1,2\n") << "2022Q2" << "catalog.csv:3:A:";
        QTest::newRow("catalog without round") << "catalog.csv" << catalog << QString() << "catalog.csv: ";
        QTest::newRow("catalog of unknown round") << "catalog.csv" << catalog << "2099Q1" << "catalog.csv: ";
        const QString findings = QStringLiteral("对象,指标,问题描述,状态\n临澜发布,M-V2,未更新,\n");
        QTest::newRow("unknown indicator") << "findings.csv" << findings + QStringLiteral("临澜发布,M-V9,未更新,\n") << "2022Q2" << "findings.csv:3:B:";
        QTest::newRow("catalog indicator") << "findings.csv" << findings + QStringLiteral("临澜发布,无数据开放,零,\n") << "2022Q2" << "findings.csv:3:B:";
        QTest::newRow("website indicator on an account") << "findings.csv" << findings + QStringLiteral("临澜发布,首页不更新,未更新,\n") << "2022Q2"
                                                         << "findings.csv:3:A:";
        QTest::newRow("unknown state") << "findings.csv" << findings + QStringLiteral("临澜发布,M-V2,未更新2,已处理\n") << "2022Q2" << "findings.csv:3:D:";
        QTest::newRow("empty description") << "findings.csv" << findings + QStringLiteral("临澜发布,M-V2,,\n") << "2022Q2" << "findings.csv:3:C:";
        QTest::newRow("findings without round") << "findings.csv" << findings << QString() << "findings.csv: ";
    }
    void badRows()
    {
        QFETCH(QString, file);
        QFETCH(QString, csv);
        QFETCH(QString, round);
        QFETCH(QString, expected);
        Fixture f;
        const int imports = f.count(QStringLiteral("imports"));
        const auto r = f.import(f.write(file, csv, QStringLiteral("gbk")), round);
        QVERIFY(!r.ok);
        const QString all = problems(r);
        QVERIFY2(all.contains(expected), qPrintable(QStringLiteral("expected %1 in:\n%2").arg(expected, all)));
        // All or nothing: not even the good row.
        for (const char *table : {"posts", "reminders", "messages", "catalog_counts", "findings"})
            QCOMPARE(f.count(QString::fromLatin1(table)), 0);
        QCOMPARE(f.count(QStringLiteral("imports")), imports);
    }

    void cancelWritesNothing()
    {
        Fixture f;
        QString csv = QStringLiteral("账号名称,平台,发布时间,标题\n");
        for (int i = 0; i < 3000; ++i)
            csv += QStringLiteral("临澜发布,微博,2022-06-01 08:00,第%1条\n").arg(i);
        RegistryImporter::Options o;
        int calls = 0;
        o.progress = [&calls](int done, int total) {
            Q_ASSERT(done <= total);
            return ++calls < 4; // cancel once the write phase has begun
        };
        const auto r = RegistryImporter(*f.store).importFile(f.write(QStringLiteral("big.csv"), csv), o);
        QVERIFY(r.cancelled);
        QCOMPARE(f.count(QStringLiteral("posts")), 0);
        o.progress = {};
        QCOMPARE(RegistryImporter(*f.store).importFile(f.dir.filePath(QStringLiteral("big.csv")), o).inserted, 3000);
    }
};

QTEST_GUILESS_MAIN(TestReportImporter)
#include "tst_reportimporter.moc"
