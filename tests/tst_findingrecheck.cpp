// Re-checking one finding against a real server on 127.0.0.1: a broken link still 404 is still
// present, the same link answering 200 is resolved; a hidden link (hidden by the page's linked
// stylesheet) is still present until the page drops it; a closed site that still serves content;
// indicators judged per site are fetched but left to the inspector; every answer is kept in a
// WARC file of the evidence folder that WarcReader reads back with intact digests.

#include "CheckRecords.h"
#include "FindingRecheck.h"
#include "IndicatorSetStore.h"
#include "LinkJudge.h"
#include "PageAnalysis.h"
#include "RawHttpServer.h"
#include "ReviewDecisionBar.h"
#include "ReviewRecords.h"
#include "RoundFixture.h"
#include "TestSupport.h"
#include "WarcReader.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

const QByteArray kHiddenPage = "<html><head><title>首页</title><link rel=stylesheet href=\"/s.css\"></head><body>"
                               "<p>临澜市人民政府门户网站</p><div class=\"x\"><a href=\"http://bet.example.com/\">澳门赌场</a></div>"
                               "</body></html>";
const QByteArray kCleanPage = "<html><head><title>首页</title><link rel=stylesheet href=\"/s.css\"></head><body>"
                              "<p>临澜市人民政府门户网站</p></body></html>";
const QByteArray kCss = ".x { display: none }";

QByteArray html(const QByteArray &body, int status = 200)
{
    return RawHttpServer::response(status, "text/html; charset=utf-8", body);
}

} // namespace

class TestFindingRecheck : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    RawHttpServer m_server;
    qint64 m_site = 0;
    const QString m_round = QStringLiteral("2026Q4");

    FetchPolicy policy() const
    {
        FetchPolicy p = FindingRecheck::defaultPolicy();
        p.hostIntervalMs = 0;
        p.timeoutMs = 5000;
        return p;
    }

    Finding file(Finding f)
    {
        f.roundId = m_round;
        f.objectId = m_site;
        f.id = CheckRecords(*m_store).upsertFinding(f);
        return f;
    }

private slots:
    void initTestCase()
    {
        qputenv("XUNJIAN_LANG", "en");
        m_store = sqliteStore(m_dir);
        QVERIFY(m_store);
        QVERIFY(m_server.start());
        const qint64 unit = addUnit(*m_store, QStringLiteral("临澜市政府办"), UnitKind::Department);
        Site s;
        s.name = QStringLiteral("临澜市人民政府门户网站");
        s.kind = SiteKind::Portal;
        s.url = m_server.url(QStringLiteral("/")).toString();
        s.ownerId = unit;
        s.opened = QDate(2020, 1, 1);
        m_site = m_store->insertSite(s, QStringLiteral("test"));
        QVERIFY(m_site > 0);
        Round r;
        r.id = m_round;
        r.windowFrom = QDate(2026, 10, 1);
        r.windowTo = QDate(2026, 12, 31);
        r.asOf = QDate(2026, 12, 31);
        QVERIFY(m_store->insertRound(r));
        QVERIFY(!m_store->location().evidenceDir().isEmpty());
    }

    void brokenLinkStillBrokenThenFixed()
    {
        Finding f;
        f.indicator = QStringLiteral("W-D-LINK");
        f.severity = QStringLiteral("deduct");
        f.url = m_server.url(QStringLiteral("/")).toString();
        f.link = m_server.url(QStringLiteral("/gone.html")).toString();
        f.fingerprint = QStringLiteral("W-D-LINK|%1|gone").arg(m_site);
        f = file(f);
        m_server.setReply(QStringLiteral("/gone.html"), RawReply::whole(html("<title>404 Not Found</title>", 404)));
        RecheckResult r = FindingRecheck::run(*m_store, f, policy());
        QCOMPARE(r.verdict, RecheckResult::StillPresent);
        QCOMPARE(r.httpStatus, 404);
        QCOMPARE(r.url, QUrl(f.link));
        m_server.setReply(QStringLiteral("/gone.html"), RawReply::whole(html("<title>通知公告</title><p>内容</p>")));
        r = FindingRecheck::run(*m_store, f, policy());
        QCOMPARE(r.verdict, RecheckResult::Resolved);
        QCOMPARE(r.httpStatus, 200);
        QVERIFY2(r.evidence.contains(QStringLiteral("200")), qPrintable(r.evidence));

        // The answer is evidence: a WARC response record in the store's evidence folder.
        QVERIFY(!r.warc.file.isEmpty());
        QVERIFY(r.warc.file.startsWith(QStringLiteral("recheck")));
        WarcLocation at;
        at.file = QDir(m_store->location().evidenceDir()).filePath(r.warc.file);
        at.offset = r.warc.offset;
        at.length = r.warc.length;
        QString error;
        const auto record = WarcReader::read(at, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->type(), QByteArray("response"));
        QCOMPARE(record->targetUri(), f.link);
        QVERIFY(record->digestsOk());
    }

    void hiddenLinkUntilRemoved()
    {
        m_server.setReply(QStringLiteral("/s.css"), RawReply::whole(RawHttpServer::response(200, "text/css", kCss)));
        m_server.setReply(QStringLiteral("/"), RawReply::whole(html(kHiddenPage)));
        // The finding as the crawl files it: the page with its linked stylesheet.
        const IndicatorSet set = IndicatorSetStore(*m_store).active();
        PageAnalysisContext ctx;
        ctx.site = *m_store->site(m_site);
        ctx.url = m_server.url(QStringLiteral("/")).toString();
        ctx.role = QStringLiteral("home");
        ctx.round = *m_store->round(m_round);
        ctx.set = &set;
        ctx.ownAuthorities = {LinkJudge::authority(m_server.url(QStringLiteral("/")))};
        const HtmlDocument doc = HtmlDocument::parse(QString::fromUtf8(kHiddenPage), QUrl(ctx.url));
        const QList<Finding> found = PageAnalyzer::hiddenLinks(doc, ctx, {QString::fromUtf8(kCss)}, nullptr);
        QCOMPARE(found.size(), 1);
        const Finding f = file(found.first());
        m_server.resetStats();
        RecheckResult r = FindingRecheck::run(*m_store, f, policy());
        QVERIFY2(r.verdict == RecheckResult::StillPresent, qPrintable(r.evidence));
        QCOMPARE(m_server.hits(QStringLiteral("/s.css")), 1); // judged with its stylesheet, as the crawl does
        // Without the stylesheet the link would look visible: the rule comes from /s.css only.
        m_server.setReply(QStringLiteral("/"), RawReply::whole(html(kCleanPage)));
        r = FindingRecheck::run(*m_store, f, policy());
        QVERIFY2(r.verdict == RecheckResult::Resolved, qPrintable(r.evidence));
    }

    void siteLevelIndicatorsAreLeftToThePerson()
    {
        Finding f;
        f.indicator = QStringLiteral("W-V3");
        f.severity = QStringLiteral("veto");
        f.url = m_server.url(QStringLiteral("/")).toString();
        f.fingerprint = QStringLiteral("W-V3|%1").arg(m_site);
        f = file(f);
        QVERIFY(!FindingRecheck::judges(f.indicator));
        const RecheckResult r = FindingRecheck::run(*m_store, f, policy());
        QCOMPARE(r.verdict, RecheckResult::NotJudged);
        QCOMPARE(r.httpStatus, 200);
    }

    void fromTheDecisionBar()
    {
        // A confirmed broken link the unit fixed: Re-check in the review area marks it verified,
        // with the re-check as its note, one undoable history entry.
        Finding f;
        f.indicator = QStringLiteral("W-D-LINK");
        f.severity = QStringLiteral("deduct");
        f.url = m_server.url(QStringLiteral("/")).toString();
        f.link = m_server.url(QStringLiteral("/fixed.html")).toString();
        f.fingerprint = QStringLiteral("W-D-LINK|%1|fixed").arg(m_site);
        f = file(f);
        ReviewRecords records(*m_store);
        QString error;
        QCOMPARE(records.confirm(f.id, 1, QStringLiteral("alice"), nullptr, &error), ReviewRecords::Outcome::Saved);
        m_server.setReply(QStringLiteral("/fixed.html"), RawReply::whole(html("<title>通知</title><p>正文内容</p>")));
        ReviewDecisionBar bar(*m_store);
        bar.setActor(QStringLiteral("alice"));
        bar.setFinding(CheckRecords(*m_store).finding(f.id));
        QSignalSpy spy(&bar, &ReviewDecisionBar::rechecked);
        bar.recheckButton()->click();
        QVERIFY(!bar.recheckButton()->isEnabled()); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 20000);
        QVERIFY(bar.recheckButton()->isEnabled());
        const auto review = records.review(f.id);
        QCOMPARE(review->rectification, QStringLiteral("verified"));
        QVERIFY2(review->note.contains(QStringLiteral("200")), qPrintable(review->note));
        QCOMPARE(records.history(f.id).size(), 2);
        QVERIFY(bar.messageLabel()->text().contains(QStringLiteral("200")));
        // Still broken: nothing changes but the message.
        m_server.setReply(QStringLiteral("/fixed.html"), RawReply::whole(html("<title>404</title>", 404)));
        QCOMPARE(records.change(f.id, 3, [] { FindingChange c; c.rectification = QStringLiteral("fixed"); return c; }(),
                                QStringLiteral("alice"), nullptr, &error),
                 ReviewRecords::Outcome::Saved);
        bar.setFinding(CheckRecords(*m_store).finding(f.id));
        bar.recheckButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 20000);
        QCOMPARE(records.review(f.id)->rectification, QStringLiteral("fixed"));
        QCOMPARE(spy.at(1).at(0).value<RecheckResult>().verdict, RecheckResult::StillPresent);
    }

    void unreachablePage()
    {
        Finding f;
        f.indicator = QStringLiteral("W-N-WORDING");
        f.severity = QStringLiteral("deduct");
        f.url = m_server.url(QStringLiteral("/reset.html")).toString();
        f.fingerprint = QStringLiteral("W-N-WORDING|%1|x").arg(m_site);
        f = file(f);
        m_server.setReply(QStringLiteral("/reset.html"), RawReply::whole(QByteArray(), RawReply::End::Reset));
        const RecheckResult r = FindingRecheck::run(*m_store, f, policy());
        QCOMPARE(r.verdict, RecheckResult::Unreachable);
    }
};

QTEST_MAIN(TestFindingRecheck)
#include "tst_findingrecheck.moc"
