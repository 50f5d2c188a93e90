// The 通报 drafted from the seed round (RoundFixture): every figure read back out of the text
// equals RoundResults', the structure follows the 2022Q2 bulletin, the attachments hold exactly
// the failed and flagged objects and the catalog counts, template errors name line:column, stale
// figures are found after a finding is dismissed, and the attachment XLSX re-opens in TableReader.

#include "AttachmentTables.h"
#include "BulletinDraft.h"
#include "CheckRecords.h"
#include "DocumentNumber.h"
#include "MediaEvaluation.h"
#include "RoundFixture.h"
#include "TableReader.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

DraftOptions seedOptions()
{
    DraftOptions o;
    o.agency = QStringLiteral("揭阳市政务服务数据管理局");
    o.city = QStringLiteral("揭阳市");
    o.date = QDate(2022, 8, 17);
    o.documentNumberTemplate = QStringLiteral("揭政数局函〔{year}〕{n}号");
    o.sequence = 41;
    return o;
}

// The body as one text, and the blocks of a kind.
QString bodyText(const BulletinDocument &d)
{
    QStringList out;
    for (const BulletinBlock &b : d.body)
        out << b.text;
    return out.join(QLatin1Char('\n'));
}

QStringList headings(const BulletinDocument &d, BulletinBlock::Kind kind)
{
    QStringList out;
    for (const BulletinBlock &b : d.body)
        if (b.kind == kind)
            out << b.text.section(QStringLiteral("。"), 0, 0);
    return out;
}

QRegularExpressionMatch find(const QString &text, const QString &pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(text);
    if (!m.hasMatch())
        qWarning("no match for %s", qPrintable(pattern));
    return m;
}

// "甲（287条）、乙（185条）" → [(甲, 287), (乙, 185)]
QList<UnitCount> namedCounts(const QString &list)
{
    QList<UnitCount> out;
    const QStringList items = list.split(QStringLiteral("、"));
    static const QRegularExpression item(QStringLiteral("^(.+)（(\\d+)条）$"));
    for (const QString &i : items) {
        const auto m = item.match(i);
        if (m.hasMatch())
            out.append({0, m.captured(1), m.captured(2).toInt()});
    }
    return out;
}

QStringList withoutTrailingEmpty(QStringList cells)
{
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    return cells;
}

} // namespace

class TestBulletinDraft : public QObject {
    Q_OBJECT

    // The seed round, with its account rules evaluated as tst_roundresults does.
    bool seed(Store &store, RoundFixture &fx)
    {
        if (!buildSeedRound(store, &fx))
            return false;
        return bool(MediaEvaluation::run(store, *store.round(fx.roundId)));
    }

private slots:
    void figuresMatchRoundResults_data() { XJ_BACKEND_DATA(); }
    void figuresMatchRoundResults()
    {
        XJ_OPEN_STORE(store);
        RoundFixture fx;
        QVERIFY2(seed(*store, fx), qPrintable(store->lastError()));
        const auto res = RoundResults::compute(*store, fx.roundId);
        QVERIFY(res);
        QString error;
        const auto doc = BulletinDraft::generate(*store, fx.roundId, BulletinTemplate::builtIn(), seedOptions(), &error);
        QVERIFY2(doc, qPrintable(error));
        const QString text = bodyText(*doc);
        if (qEnvironmentVariableIsSet("XJ_SHOW_DRAFT")) // to read the draft: XJ_SHOW_DRAFT=1
            for (const BulletinBlock &b : doc->body)
                qInfo().noquote() << b.kind << b.text << "\n   [" << QString(b.figureKey).replace(QLatin1Char('\n'), QLatin1Char(' ')) << "]";

        QCOMPARE(doc->documentNumber, QStringLiteral("揭政数局函〔2022〕41号"));
        QCOMPARE(doc->title, QStringLiteral("关于2022年第二季度全市政府网站和政务新媒体检查情况的通报"));
        QCOMPARE(doc->recipients, QStringLiteral("各县（市、区）人民政府（管委会），市政府各部门、各直属单位"));
        QCOMPARE(doc->agency, QStringLiteral("揭阳市政务服务数据管理局"));
        QCOMPARE(doc->date, QDate(2022, 8, 17));
        QVERIFY(text.contains(QStringLiteral("国办发〔2017〕47号")) && text.contains(QStringLiteral("国办秘函〔2019〕19号")));
        QVERIFY(text.contains(QStringLiteral("组织开展了2022年第二季度全市政府网站与政务新媒体检查工作")));

        // 总体运行情况: the counts and the rates, as the seed prints them (80%, 98.8%).
        auto m = find(text, QStringLiteral("在运行的(\\d+)个政府网站（含(\\d+)个服务平台）、(\\d+)个部门频道、(\\d+)个政务新媒体"));
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(1).toInt(), res->websites.checked);
        QCOMPARE(m.captured(2).toInt(), res->servicePlatforms);
        QCOMPARE(m.captured(3).toInt(), res->channels.checked);
        QCOMPARE(m.captured(4).toInt(), res->accounts.checked);
        m = find(text, QStringLiteral("网站整体合格率为([0-9.]+%)"));
        QCOMPARE(m.captured(1), formatRate(res->websites.passRate));
        QCOMPARE(m.captured(1), QStringLiteral("80%"));
        m = find(text, QStringLiteral("部门频道合格率为([0-9.]+%)"));
        QCOMPARE(m.captured(1), formatRate(res->channels.passRate));
        m = find(text, QStringLiteral("符合检查指标要求，合格率为([0-9.]+%)"));
        QCOMPARE(m.captured(1), formatRate(res->accounts.passRate));
        QCOMPARE(m.captured(1), QStringLiteral("98.8%"));

        // 关停补报情况: the closure and the 补报备案 of the window, named.
        QVERIFY2(text.contains(QStringLiteral("空港经济区管委会门户网站因改制原因于5月16日下线")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("信用揭阳网在全国政府网站信息报送系统中完成补报备案")));
        QVERIFY(text.contains(QStringLiteral("至6月底，榕城发布（微博）已完成关停注销")));

        // 数据开放情况: totals, ranks, the top three with their counts, the low and the zero units.
        m = find(text, QStringLiteral("挂接目录总数为(\\d+)条，位列全省地级市第(\\d+)名；挂接数量排名前三位的单位依次为([^。；]+)"));
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(1).toInt(), res->catalog.linkedTotal);
        QCOMPARE(m.captured(2).toInt(), *res->catalog.linkedRank);
        QList<UnitCount> top = namedCounts(m.captured(3));
        QCOMPARE(top.size(), res->catalog.linkedTop.size());
        for (int i = 0; i < top.size(); ++i) {
            QCOMPARE(top[i].unit, res->catalog.linkedTop[i].unit);
            QCOMPARE(top[i].count, res->catalog.linkedTop[i].count);
        }
        QCOMPARE(top.value(0).count, 287);
        m = find(text, QStringLiteral("公共数据开放总量为(\\d+)条，位列全省地级市第(\\d+)名；开放数量排名前三位的单位依次为([^。；]+)"));
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(1).toInt(), res->catalog.openTotal);
        QCOMPARE(m.captured(2).toInt(), *res->catalog.openRank);
        top = namedCounts(m.captured(3));
        QCOMPARE(top.size(), res->catalog.openTop.size());
        for (int i = 0; i < top.size(); ++i) {
            QCOMPARE(top[i].unit, res->catalog.openTop[i].unit);
            QCOMPARE(top[i].count, res->catalog.openTop[i].count);
        }
        m = find(text, QStringLiteral("市政府直属部门中，(.+?)等(\\d+)个部门开放数量少于(\\d+)条"));
        QVERIFY(m.hasMatch());
        QStringList low;
        for (const UnitCount &c : res->catalog.openLow)
            low << c.unit;
        QCOMPARE(m.captured(1).split(QStringLiteral("、")), low);
        QCOMPARE(m.captured(2).toInt(), res->catalog.openLow.size());
        QCOMPARE(m.captured(3).toInt(), res->rules.openLowThreshold);
        m = find(text, QStringLiteral("如([^。]+)开放数量为0"));
        QStringList zero;
        for (const UnitCount &c : res->catalog.openZero)
            zero << c.unit;
        QCOMPARE(m.captured(1).split(QStringLiteral("、")), zero);

        // 存在问题: the failed websites named with their evidence, the failing account named.
        QVERIFY(text.contains(QStringLiteral("2个政府网站因“%1”被单项否决，如揭东区人民政府门户网站（龙尾镇栏目严重表述错误）、揭阳产业园门户网站（漏绘重要岛屿）")
                                  .arg(AttachmentTables::indicatorName(QStringLiteral("W-V1")))));
        QVERIFY(text.contains(QStringLiteral("1个政务新媒体因“%1”被单项否决，如普宁市生态环境")
                                  .arg(AttachmentTables::indicatorName(QStringLiteral("M-V2")))));

        // The structure of the seed bulletin, numbered by the draft.
        QCOMPARE(headings(*doc, BulletinBlock::Heading1),
                 (QStringList{QStringLiteral("一、总体情况"), QStringLiteral("二、存在问题"), QStringLiteral("三、工作要求")}));
        QCOMPARE(headings(*doc, BulletinBlock::Heading2),
                 (QStringList{QStringLiteral("（一）总体运行情况"), QStringLiteral("（二）关停补报情况"), QStringLiteral("（三）数据开放情况"),
                              QStringLiteral("（一）政府网站运维监管仍需加强"), QStringLiteral("（二）政务新媒体运维管理有待完善"),
                              QStringLiteral("（三）数据挂接开放需加快推进"),
                              QStringLiteral("（一）严格落实网络意识形态工作和网络安全工作责任制"),
                              QStringLiteral("（二）规范管理政府网站和政务新媒体运维工作"),
                              QStringLiteral("（三）大力推动政务数据和公共数据挂接开放工作")}));
        QVERIFY(!text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('@')));

        // The figures a block states travel with it.
        const BulletinBlock overall = doc->body.at(2);
        QVERIFY(overall.text.startsWith(QStringLiteral("（一）总体运行情况")));
        const QMap<QString, QString> stated = BulletinDraft::statedFigures(overall);
        QCOMPARE(stated.value(QStringLiteral("websites.pass_rate")), QStringLiteral("80"));
        QCOMPARE(stated.value(QStringLiteral("accounts.pass_rate")), QStringLiteral("98.8"));
        QCOMPARE(stated.value(QStringLiteral("websites.checked")), QString::number(res->websites.checked));
        QVERIFY(BulletinDraft::staleFigures(*doc, BulletinDraft::figures(*res)).isEmpty());

        // 附件说明: both attachments, with their notes.
        QCOMPARE(doc->attachments.size(), 2);
        QCOMPARE(doc->attachments[0].title, QStringLiteral("存在突出问题的政府网站和政务新媒体名单"));
        QCOMPARE(doc->attachments[1].title, QStringLiteral("揭阳市政务数据目录发布统计表"));
        QCOMPARE(doc->attachments[0].notesBefore,
                 (QStringList{QStringLiteral("（第二季度）"), QStringLiteral("注：检查采样时间为2022年4月1日至6月30日。")}));
        QCOMPARE(doc->attachments[1].notesAfter, QStringList{QStringLiteral("注：统计截止时间为2022年6月30日。")});
    }

    void attachmentsHoldTheResults_data() { XJ_BACKEND_DATA(); }
    void attachmentsHoldTheResults()
    {
        XJ_OPEN_STORE(store);
        RoundFixture fx;
        QVERIFY2(seed(*store, fx), qPrintable(store->lastError()));
        const auto material = RoundMaterial::load(*store, fx.roundId);
        QVERIFY(material);
        const RoundResults &res = material->results;
        const BulletinTable problems = AttachmentTables::problemObjects(*material);
        QCOMPARE(problems.header, (QStringList{QStringLiteral("序号"), QStringLiteral("类型"), QStringLiteral("名称"),
                                               QStringLiteral("主办单位"), QStringLiteral("主要问题"), QStringLiteral("结论")}));
        // Exactly the failed objects, then the passed ones with counting notices.
        QList<ObjectVerdict> expected;
        for (const KindResult *k : {&res.websites, &res.channels, &res.accounts})
            expected += k->failed();
        const int failedCount = int(expected.size());
        for (const KindResult *k : {&res.websites, &res.channels, &res.accounts})
            for (const ObjectVerdict &v : k->withNotices())
                if (v.passed)
                    expected << v;
        QCOMPARE(problems.rows.size(), expected.size());
        QVERIFY(failedCount >= 4); // 2 websites, 1 channel, 1 account in the fixture
        for (int i = 0; i < expected.size(); ++i) {
            const QStringList row = problems.rows[i];
            QCOMPARE(row[0], QString::number(i + 1));
            QCOMPARE(row[1], expected[i].kind);
            QCOMPARE(row[2], expected[i].name);
            QCOMPARE(row[3], QStringLiteral("揭阳市人民政府办公室"));
            const QStringList codes = i < failedCount ? expected[i].reasons() : expected[i].notices;
            QVERIFY(!codes.isEmpty());
            for (const QString &code : codes)
                QVERIFY2(row[4].contains(AttachmentTables::indicatorName(code)), qPrintable(row[4]));
            QCOMPARE(row[5], i < failedCount ? QStringLiteral("不合格") : QStringLiteral("需整改"));
        }
        QCOMPARE(problems.rows[0][2], QStringLiteral("揭东区人民政府门户网站"));
        QVERIFY(problems.rows[0][4].contains(QStringLiteral("龙尾镇栏目严重表述错误")));

        // 附件2: one row per unit with counts, summing to RoundResults' totals.
        const BulletinTable catalog = AttachmentTables::catalogCounts(*material);
        QCOMPARE(catalog.rows.size(), res.catalog.units);
        int linked = 0, open = 0;
        for (const QStringList &row : catalog.rows) {
            linked += row[2].toInt();
            open += row[3].toInt();
        }
        QCOMPARE(linked, res.catalog.linkedTotal);
        QCOMPARE(open, res.catalog.openTotal);
        QCOMPARE(catalog.totalRow, (QStringList{QStringLiteral("合计"), QString(), QString::number(res.catalog.linkedTotal),
                                                QString::number(res.catalog.openTotal)}));
    }

    void staleFiguresAfterDismissal()
    {
        QTemporaryDir dir;
        auto store = sqliteStore(dir);
        QVERIFY(store);
        RoundFixture fx;
        QVERIFY2(seed(*store, fx), qPrintable(store->lastError()));
        QString error;
        const auto doc = BulletinDraft::generate(*store, fx.roundId, BulletinTemplate::builtIn(), seedOptions(), &error);
        QVERIFY2(doc, qPrintable(error));
        const auto before = RoundResults::compute(*store, fx.roundId);
        QVERIFY(BulletinDraft::staleFigures(*doc, BulletinDraft::figures(*before)).isEmpty());

        CheckRecords records(*store);
        qint64 veto = 0;
        for (const Finding &f : records.findings(fx.roundId, QStringLiteral("W-V1")))
            if (f.objectId == fx.sites.value(QStringLiteral("揭东区人民政府门户网站")))
                veto = f.id;
        QVERIFY(veto);
        QVERIFY(records.setFindingState(veto, QStringLiteral("dismissed")));
        const auto after = RoundResults::compute(*store, fx.roundId);
        QCOMPARE(after->websites.passRate, 90.0);
        const QStringList stale = BulletinDraft::staleFigures(*doc, BulletinDraft::figures(*after));
        QVERIFY2(stale.contains(QStringLiteral("websites.pass_rate")), qPrintable(stale.join(QLatin1Char(' '))));
        QVERIFY(!stale.contains(QStringLiteral("websites.checked")));
        QVERIFY(!stale.contains(QStringLiteral("accounts.pass_rate")));
        QVERIFY(stale.contains(QStringLiteral("problems.websites.basis"))); // the 存在问题 text named it
        QVERIFY(!stale.contains(QStringLiteral("problems.accounts.basis")));
        // A new draft states the new rate.
        const auto redraft = BulletinDraft::generate(*store, fx.roundId, BulletinTemplate::builtIn(), seedOptions(), &error);
        QVERIFY(bodyText(*redraft).contains(QStringLiteral("网站整体合格率为90%")));
    }

    void templateSyntax()
    {
        TemplateValues v;
        v.text.insert(QStringLiteral("n"), QStringLiteral("3"));
        v.text.insert(QStringLiteral("zero"), QStringLiteral("0"));
        v.lists.insert(QStringLiteral("names"), {QStringLiteral("甲"), QStringLiteral("乙")});
        v.lists.insert(QStringLiteral("none"), {});
        v.text.insert(QStringLiteral("at"), QStringLiteral("@h1 not a heading"));
        QString error;
        const auto t = BulletinTemplate::parse(QStringLiteral("% a comment {unknown}\n@h1 共{n}个：{names}；{names|，}\n"
                                                              "{#zero}gone{/zero}{^zero}kept{/zero}{#none}gone{/none}{#names}有{/names}\n"
                                                              "{#n}\n跨行\n{/n}\n{{literal}}\n{at}\n"),
                                               QStringLiteral("t.txt"), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->keys(), (QStringList{QStringLiteral("at"), QStringLiteral("n"), QStringLiteral("names"), QStringLiteral("none"), QStringLiteral("zero")}));
        const auto lines = t->render(v, &error);
        QVERIFY2(lines, qPrintable(error));
        QStringList texts;
        for (const RenderedLine &l : *lines)
            texts << l.text;
        QCOMPARE(texts, (QStringList{QStringLiteral("@h1 共3个：甲、乙；甲，乙"), QStringLiteral("kept有"), QStringLiteral("跨行"),
                                     QStringLiteral("{literal}"), QStringLiteral("@h1 not a heading")}));
        QVERIFY(lines->first().directive);
        QVERIFY(!lines->last().directive); // a value's @ is text
        QCOMPARE(lines->first().keys, (QStringList{QStringLiteral("n"), QStringLiteral("names")}));
        QCOMPARE(lines->first().sourceLine, 2);
    }

    void templateErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("parses");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown placeholder") << QStringLiteral("第一行\n  合格率为{website_rate}%\n") << true << QStringLiteral("t.txt:2:7: ");
        QTest::newRow("unknown in a kept section") << QStringLiteral("{#n}\nx{y}{/n}") << true << QStringLiteral("t.txt:2:2: ");
        QTest::newRow("unknown in a dropped section") << QStringLiteral("{^n}\n\n  x{y}{/n}") << true << QStringLiteral("t.txt:3:4: ");
        QTest::newRow("unknown section key") << QStringLiteral("a\nb{#nope}c{/nope}") << true << QStringLiteral("t.txt:2:2: ");
        QTest::newRow("unclosed section") << QStringLiteral("a\n{#n}b") << false << QStringLiteral("t.txt:2:1: ");
        QTest::newRow("wrong close") << QStringLiteral("{#n}b{/m}") << false << QStringLiteral("t.txt:1:6: ");
        QTest::newRow("unclosed brace") << QStringLiteral("ab{n\n}") << false << QStringLiteral("t.txt:1:3: ");
        QTest::newRow("unknown directive") << QStringLiteral("x\n{#n}@h9 标题{/n}") << false << QStringLiteral("t.txt:2:5: ");
    }
    void templateErrors()
    {
        QFETCH(QString, text);
        QFETCH(bool, parses);
        QFETCH(QString, message);
        TemplateValues v;
        v.text.insert(QStringLiteral("n"), QStringLiteral("1"));
        QString error;
        const auto t = BulletinTemplate::parse(text, QStringLiteral("t.txt"), &error);
        QCOMPARE(bool(t), parses);
        if (t)
            QVERIFY(!t->render(v, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void editedTemplateFile()
    {
        QTemporaryDir dir;
        auto store = sqliteStore(dir);
        RoundFixture fx;
        QVERIFY2(seed(*store, fx), qPrintable(store->lastError()));
        const QString path = dir.filePath(QStringLiteral("my-bulletin.txt"));
        QVERIFY(writeFile(path, QStringLiteral("@title 通报\n@h1 情况\n共检查{websites.checked}个网站，{unknown_key}。\n").toUtf8()));
        QString error;
        const auto t = BulletinTemplate::load(path, &error);
        QVERIFY2(t, qPrintable(error));
        QVERIFY(!BulletinDraft::generate(*store, fx.roundId, *t, seedOptions(), &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(":3:")) && error.contains(QStringLiteral("unknown_key")), qPrintable(error));
        QVERIFY(!BulletinTemplate::load(dir.filePath(QStringLiteral("absent.txt")), &error));
        // Every key of the built-in template is one the draft provides.
        const auto material = RoundMaterial::load(*store, fx.roundId);
        const TemplateValues values = BulletinDraft::values(*material, seedOptions());
        for (const QString &key : BulletinTemplate::builtIn().keys())
            QVERIFY2(values.contains(key), qPrintable(key));
    }

    void xlsxRoundTrip()
    {
        QTemporaryDir dir;
        auto store = sqliteStore(dir);
        RoundFixture fx;
        QVERIFY2(seed(*store, fx), qPrintable(store->lastError()));
        QString error;
        const auto doc = BulletinDraft::generate(*store, fx.roundId, BulletinTemplate::builtIn(), seedOptions(), &error);
        QVERIFY2(doc, qPrintable(error));
        for (int i = 0; i < doc->attachments.size(); ++i) {
            const BulletinAttachment &a = doc->attachments[i];
            const QString path = dir.filePath(QStringLiteral("附件%1.xlsx").arg(i + 1));
            QVERIFY2(AttachmentTables::writeXlsx(a, path, &error), qPrintable(error));
            QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
            const auto table = TableReader::read(path, &error);
            QVERIFY2(table, qPrintable(error));
            QCOMPARE(table->format, QStringLiteral("xlsx"));
            QCOMPARE(table->headers, QStringList{a.title}); // the title row comes first
            QList<QStringList> expected;
            for (const QString &n : a.notesBefore)
                expected << QStringList{n};
            expected << a.table.header;
            expected += a.table.rows;
            if (!a.table.totalRow.isEmpty())
                expected << a.table.totalRow;
            for (const QString &n : a.notesAfter)
                expected << QStringList{n};
            QCOMPARE(table->rows.size(), expected.size());
            for (int r = 0; r < expected.size(); ++r)
                QCOMPARE(withoutTrailingEmpty(table->rows[r].cells), withoutTrailingEmpty(expected[r]));
        }
        QVERIFY(!AttachmentTables::writeXlsx(doc->attachments[0], dir.filePath(QStringLiteral("no/such/dir/a.xlsx")), &error));
    }
};

QTEST_GUILESS_MAIN(TestBulletinDraft)
#include "tst_bulletindraft.moc"
