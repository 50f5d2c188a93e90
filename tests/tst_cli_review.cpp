// `xunjian review` and `xunjian rectification` as scripts call them, on SQLite and PostgreSQL:
// decisions are saved with their history and undone; a dismissal without a reason, a severity
// change without one, an unknown finding and a stale --expect-version are refused naming the
// finding; the rectification list (text, JSON, XLSX) shows a unit's open and overdue findings.
#include "CheckRecords.h"
#include "ReviewRecords.h"
#include "RoundFixture.h"
#include "TableReader.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace xj;
using namespace xj::test;

class TestCliReview : public QObject {
    Q_OBJECT

    static qint64 file(Store &store, qint64 site, const QString &indicator, const QString &key)
    {
        Finding f;
        f.roundId = QStringLiteral("2026Q4");
        f.objectId = site;
        f.indicator = indicator;
        f.severity = QStringLiteral("deduct");
        f.url = QStringLiteral("http://127.0.0.1/") + key;
        f.evidence = QStringLiteral("断链 ") + key;
        f.fingerprint = indicator + QLatin1Char('|') + key;
        return CheckRecords(store).upsertFinding(f);
    }

private slots:
    void initTestCase() { qputenv("XUNJIAN_LANG", "en"); }

    void reviewAndRectification_data() { XJ_BACKEND_DATA(); }
    void reviewAndRectification()
    {
        XJ_OPEN_STORE(store);
        const QString db = backend == QLatin1String("sqlite") ? store->location().path : xjPg_->url;
        const qint64 data = addUnit(*store, QStringLiteral("临澜市数据局"), UnitKind::Department);
        const qint64 school = addUnit(*store, QStringLiteral("临澜市教育局"), UnitKind::Department);
        const qint64 site = addSite(*store, QStringLiteral("临澜市数据局网站"), SiteKind::Department, data);
        Round round;
        round.id = QStringLiteral("2026Q4");
        round.windowFrom = QDate(2026, 10, 1);
        round.windowTo = QDate(2026, 12, 31);
        round.asOf = QDate(2026, 12, 31);
        QVERIFY(store->insertRound(round));
        const qint64 a = file(*store, site, QStringLiteral("W-D-LINK"), QStringLiteral("a"));
        const qint64 b = file(*store, site, QStringLiteral("W-D-LINK"), QStringLiteral("b"));
        QVERIFY(a > 0 && b > 0);
        auto run = [&](QStringList args) {
            args << QStringLiteral("--db") << db;
            return runXunjian(args);
        };
        auto review = [&](qint64 id, const QStringList &more) {
            return run(QStringList{QStringLiteral("review"), QStringLiteral("2026Q4"), QStringLiteral("--finding"),
                                   QString::number(id), QStringLiteral("--actor"), QStringLiteral("alice")}
                       + more);
        };
        const QString A = QString::number(a);

        RunResult r = review(a, {QStringLiteral("--confirm")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("version 2")), qPrintable(r.out));
        r = review(a, {QStringLiteral("--unit"), QStringLiteral("临澜市教育局"), QStringLiteral("--deadline"),
                       QStringLiteral("2027-01-05"), QStringLiteral("--note"), QStringLiteral("首页")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = review(a, {QStringLiteral("--dismiss"), QString()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(A), qPrintable(r.err));
        r = review(a, {QStringLiteral("--severity"), QStringLiteral("notice")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(A), qPrintable(r.err));
        r = review(a, {QStringLiteral("--confirm"), QStringLiteral("--expect-version"), QStringLiteral("1"),
                       QStringLiteral("--note"), QStringLiteral("旧版本")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(A) && r.err.contains(QStringLiteral("note")), qPrintable(r.err));
        r = review(999999, {QStringLiteral("--confirm")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("999999")), qPrintable(r.err));
        r = review(a, {QStringLiteral("--deadline"), QStringLiteral("next week")});
        QCOMPARE(r.exitCode, 2);

        // b: confirmed, then undone back to pending; its history says so.
        QCOMPARE(review(b, {QStringLiteral("--confirm")}).exitCode, 0);
        QCOMPARE(review(b, {QStringLiteral("--undo")}).exitCode, 0);
        r = run({QStringLiteral("review"), QStringLiteral("2026Q4"), QStringLiteral("--history"), QString::number(b),
                 QStringLiteral("--actor"), QStringLiteral("alice")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("pending")) && r.out.contains(QStringLiteral("undo"))
                     && r.out.contains(QStringLiteral("[undone]")) && r.out.contains(QStringLiteral("alice")),
                 qPrintable(r.out));
        QCOMPARE(review(b, {QStringLiteral("--undo")}).exitCode, 2); // nothing left to undo

        ReviewRecords records(*store);
        QCOMPARE(records.review(a)->state, QStringLiteral("confirmed"));
        QCOMPARE(records.review(a)->unitId, school);
        QCOMPARE(records.review(a)->note, QStringLiteral("首页"));
        QCOMPARE(records.review(b)->state, QStringLiteral("pending"));
        QCOMPARE(records.history(a).size(), 2);

        // The rectification list: a is the school's, overdue on 2027-01-10, not on 2027-01-01.
        r = run({QStringLiteral("rectification"), QStringLiteral("2026Q4"), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--today"), QStringLiteral("2027-01-10"), QStringLiteral("--unit"), QStringLiteral("临澜市教育局")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("finding")).toInteger(), a);
        QCOMPARE(row.value(QStringLiteral("unit")).toString(), QStringLiteral("临澜市教育局"));
        QCOMPARE(row.value(QStringLiteral("object")).toString(), QStringLiteral("临澜市数据局网站"));
        QCOMPARE(row.value(QStringLiteral("deadline")).toString(), QStringLiteral("2027-01-05"));
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(row.value(QStringLiteral("overdue")).toBool());
        r = run({QStringLiteral("rectification"), QStringLiteral("2026Q4"), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--today"), QStringLiteral("2027-01-01")});
        QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray().first()
                     .toObject().value(QStringLiteral("overdue")).toBool());
        r = run({QStringLiteral("rectification"), QStringLiteral("2026Q4"), QStringLiteral("--unit"), QStringLiteral("临澜市数据局"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray().size(), 0);

        QTemporaryDir out;
        const QString xlsx = out.filePath(QStringLiteral("整改.xlsx"));
        r = run({QStringLiteral("rectification"), QStringLiteral("2026Q4"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                 QStringLiteral("--out"), xlsx, QStringLiteral("--today"), QStringLiteral("2027-01-10")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString error;
        const auto table = TableReader::read(xlsx, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 1);
        QVERIFY(table->rows.first().cells.contains(QStringLiteral("临澜市教育局")));
        QVERIFY(table->rows.first().cells.contains(A));
        QVERIFY(table->rows.first().cells.contains(QStringLiteral("overdue")));
        QCOMPARE(run({QStringLiteral("rectification"), QStringLiteral("2026Q4"), QStringLiteral("--format"),
                      QStringLiteral("xlsx")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("rectification"), QStringLiteral("2099Q1")}).exitCode, 2);

        // The 整改通知 as a 公文: one PDF per unit into a folder, or one for --unit.
        r = run({QStringLiteral("rectification"), QStringLiteral("2026Q4"), QStringLiteral("--format"), QStringLiteral("pdf"),
                 QStringLiteral("--out"), out.filePath(QStringLiteral("notices"))});
        QCOMPARE(r.exitCode, 2); // no agency yet
        QVERIFY2(r.err.contains(QStringLiteral("bulletin.agency")), qPrintable(r.err));
        r = run({QStringLiteral("rectification"), QStringLiteral("2026Q4"), QStringLiteral("--format"), QStringLiteral("pdf"),
                 QStringLiteral("--out"), out.filePath(QStringLiteral("notices")), QStringLiteral("--agency"),
                 QStringLiteral("临澜市政务服务数据管理局"), QStringLiteral("--today"), QStringLiteral("2027-01-10")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString notice = out.filePath(QStringLiteral("notices/整改通知-临澜市教育局.pdf"));
        QVERIFY2(QFile::exists(notice), qPrintable(r.out));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {notice, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(extracted.contains(QStringLiteral("关于临澜市教育局政府网站和政务新媒体问题整改的通知")), qPrintable(extracted));
        QVERIFY(extracted.contains(QStringLiteral("根据2026年第四季度全市政府网站和政务新媒体检查情况")));
        QVERIFY(extracted.contains(QStringLiteral("其中1个问题已超过整改期限")));
        // Table cells wrap inside their cell: in content-stream order (-raw) each is whole.
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), notice, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString raw = QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(raw.contains(QStringLiteral("待整改（逾期）")), qPrintable(raw));
        QVERIFY(raw.contains(QStringLiteral("临澜市数据局网站")));
        QVERIFY(extracted.contains(QStringLiteral("临澜市政务服务数据管理局2027年1月10日")));
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
