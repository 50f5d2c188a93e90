// The wording matcher's two engines (Hyperscan, Aho–Corasick) against a naive search and against
// each other on random input; UTF-16 offsets; and the W-N-WORDING check on top: allow-list,
// sentences, findings, and the starter list's own consistency.
#include "HtmlDocument.h"
#include "TestSupport.h"
#include "WordingAhoCorasick.h"
#include "WordingCheck.h"
#include "WordingMatcher.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QtTest>

using namespace xj;

Q_DECLARE_METATYPE(xj::WordingMatcher::Engine)

namespace {

// Every occurrence by brute force, sorted like findAll.
QList<LiteralMatch> naive(const QList<QByteArray> &patterns, const QByteArray &text)
{
    QList<LiteralMatch> out;
    for (int p = 0; p < patterns.size(); ++p) {
        if (patterns.at(p).isEmpty())
            continue;
        for (qsizetype at = text.indexOf(patterns.at(p)); at >= 0; at = text.indexOf(patterns.at(p), at + 1))
            out.append({p, at, at + patterns.at(p).size()});
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<LiteralMatch> naive(const QStringList &patterns, const QString &text)
{
    QList<LiteralMatch> out;
    for (int p = 0; p < patterns.size(); ++p) {
        if (patterns.at(p).isEmpty())
            continue;
        for (qsizetype at = text.indexOf(patterns.at(p)); at >= 0; at = text.indexOf(patterns.at(p), at + 1))
            out.append({p, at, at + patterns.at(p).size()});
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Strings over a small alphabet (CJK, ASCII and a character outside the BMP), so that random
// patterns overlap and nest often.
QString randomText(QRandomGenerator &rng, int minLength, int maxLength)
{
    static const QStringList alphabet = {QStringLiteral("安"), QStringLiteral("装"), QStringLiteral("按"), QStringLiteral("修"),
                                         QStringLiteral("a"),  QStringLiteral("b"),  QStringLiteral("𠀀"), QStringLiteral("。")};
    QString s;
    for (int n = minLength + int(rng.bounded(maxLength - minLength + 1)); n > 0; --n)
        s += alphabet.at(int(rng.bounded(qsizetype(alphabet.size()))));
    return s;
}

QString describe(const QList<LiteralMatch> &matches)
{
    QStringList parts;
    for (const LiteralMatch &m : matches.mid(0, 20))
        parts << QStringLiteral("%1@[%2,%3)").arg(m.pattern).arg(m.start).arg(m.end);
    return QString::number(matches.size()) + QStringLiteral(": ") + parts.join(QLatin1Char(' '));
}

QList<LiteralMatch> aho(const QList<QByteArray> &patterns, const QByteArray &text, qsizetype budget)
{
    WordingAhoCorasick ac(patterns, budget);
    QList<LiteralMatch> out;
    ac.scan(text.constData(), text.size(),
            [](void *c, int p, qsizetype s, qsizetype e) {
                static_cast<QList<LiteralMatch> *>(c)->append({p, s, e});
                return true;
            },
            &out);
    std::sort(out.begin(), out.end());
    return out;
}

WordingEntry entry(WordingKind kind, const QString &term, const QString &correct = {}, const QString &level = {})
{
    WordingEntry e;
    e.kind = kind;
    e.term = term;
    e.correct = correct;
    e.level = level;
    return e;
}

} // namespace

class TestWording : public QObject {
    Q_OBJECT

    void engineRows()
    {
        QTest::addColumn<WordingMatcher::Engine>("engine");
        QTest::newRow("aho-corasick") << WordingMatcher::Engine::AhoCorasick;
        QTest::newRow("hyperscan") << WordingMatcher::Engine::Hyperscan;
    }

    // The matcher of the row's engine, or a skip when this machine cannot run it.
    bool matcherFor(const QStringList &patterns, WordingMatcher &m)
    {
        QFETCH(WordingMatcher::Engine, engine);
        m = WordingMatcher(patterns, engine);
        return m.engine() == engine;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void overlapsAndNesting_data() { engineRows(); }
    void overlapsAndNesting()
    {
        WordingMatcher m;
        if (!matcherFor({QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("his"), QStringLiteral("hers")}, m))
            QSKIP(qPrintable(QStringLiteral("engine not available here: ") + m.note()));
        const QList<LiteralMatch> expected{{1, 1, 4}, {0, 2, 4}, {3, 2, 6}};
        QCOMPARE(m.findAll(QByteArrayLiteral("ushers")), expected);
        QCOMPARE(m.findAll(QStringLiteral("ushers")), expected);
        // Overlapping occurrences of one pattern: every one of them.
        WordingMatcher aa;
        QVERIFY(matcherFor({QStringLiteral("aa")}, aa));
        QCOMPARE(aa.findAll(QByteArrayLiteral("aaaa")), (QList<LiteralMatch>{{0, 0, 2}, {0, 1, 3}, {0, 2, 4}}));
    }

    void chineseMixedAndEdges_data() { engineRows(); }
    void chineseMixedAndEdges()
    {
        const QStringList patterns{QStringLiteral("按装"), QStringLiteral("按装修"), QStringLiteral("装修"), QStringLiteral("bet365"),
                                   QString(), QStringLiteral("按装")};
        WordingMatcher m;
        if (!matcherFor(patterns, m))
            QSKIP(qPrintable(QStringLiteral("engine not available here: ") + m.note()));
        const QString text = QStringLiteral("请按装修面积缴费，访问bet365的不是我们。结尾按装");
        const QList<LiteralMatch> found = m.findAll(text);
        QCOMPARE(found, naive(patterns, text));
        // Duplicated patterns are both reported; the empty one never; the one at the very end is.
        QCOMPARE(std::count_if(found.cbegin(), found.cend(), [](const LiteralMatch &x) { return x.pattern == 5; }), 2);
        QVERIFY(std::none_of(found.cbegin(), found.cend(), [](const LiteralMatch &x) { return x.pattern == 4; }));
        QCOMPARE(found.constLast().end, text.size());
        const auto longest = std::find_if(found.cbegin(), found.cend(), [](const LiteralMatch &x) { return x.pattern == 1; });
        QVERIFY(longest != found.cend());
        QCOMPARE(text.mid(longest->start, longest->end - longest->start), QStringLiteral("按装修"));
        QVERIFY(m.findAll(QString()).isEmpty());
        QVERIFY(m.findAll(QByteArray()).isEmpty());
        WordingMatcher none;
        matcherFor({}, none);
        QVERIFY(none.findAll(text).isEmpty());
        // A whole text that is a pattern.
        QCOMPARE(m.findAll(QStringLiteral("bet365")), (QList<LiteralMatch>{{3, 0, 6}}));
    }

    void utf16Offsets_data() { engineRows(); }
    void utf16Offsets()
    {
        WordingMatcher m;
        if (!matcherFor({QStringLiteral("按装")}, m))
            QSKIP(qPrintable(QStringLiteral("engine not available here: ") + m.note()));
        // 𠀀 is one character, two UTF-16 code units and four UTF-8 bytes; é two bytes; 一 three.
        const QString text = QStringLiteral("𠀀é一a按装𠀀按装");
        const QList<LiteralMatch> found = m.findAll(text);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).start, text.indexOf(QStringLiteral("按装")));
        QCOMPARE(found.at(0).start, 5);
        QCOMPARE(found.at(1).start, 9);
        QCOMPARE(found.at(1).end, text.size());
        QList<qsizetype> offsets{0, 4, 6, 9, 10, 13, 16, 20, 26};
        WordingMatcher::utf8ToUtf16Offsets(text.toUtf8(), offsets);
        QCOMPARE(offsets, (QList<qsizetype>{0, 2, 3, 4, 5, 6, 7, 9, 11}));
    }

    // Both engines and the brute force agree on random texts and random dictionaries, through
    // both interfaces; texts long enough to be scanned in parts cross the part boundaries.
    void enginesAgreeOnRandomInput()
    {
        if (!WordingMatcher::hyperscanAvailable())
            QSKIP("Hyperscan is not available here: only the Aho–Corasick engine runs (checked against brute force below)");
        QRandomGenerator rng(20240601);
        for (int round = 0; round < 120; ++round) {
            QStringList patterns;
            for (int n = 1 + int(rng.bounded(40)); n > 0; --n)
                patterns << randomText(rng, 1, 6);
            const QString text = randomText(rng, 0, round % 3 == 0 ? 6000 : 300);
            const WordingMatcher hs(patterns, WordingMatcher::Engine::Hyperscan);
            const WordingMatcher ac(patterns, WordingMatcher::Engine::AhoCorasick);
            QCOMPARE(hs.engine(), WordingMatcher::Engine::Hyperscan);
            QCOMPARE(ac.engine(), WordingMatcher::Engine::AhoCorasick);
            const QList<LiteralMatch> expected = naive(patterns, text);
            const QList<LiteralMatch> byHs = hs.findAll(text);
            const QList<LiteralMatch> byAc = ac.findAll(text);
            QVERIFY2(byHs == expected, qPrintable(QStringLiteral("round %1 hyperscan %2 expected %3").arg(round).arg(describe(byHs), describe(expected))));
            QVERIFY2(byAc == expected, qPrintable(QStringLiteral("round %1 aho-corasick %2 expected %3").arg(round).arg(describe(byAc), describe(expected))));
            QCOMPARE(hs.findAll(text.toUtf8()), ac.findAll(text.toUtf8()));
        }
    }

    // The Aho–Corasick tables: with no room for full rows (failure links everywhere) or with
    // rows for every state, the same answers as brute force.
    void ahoCorasickTablesAgree()
    {
        QRandomGenerator rng(7);
        for (int round = 0; round < 150; ++round) {
            QList<QByteArray> patterns;
            for (int n = 1 + int(rng.bounded(30)); n > 0; --n)
                patterns << randomText(rng, 1, 5).toUtf8();
            const QByteArray text = randomText(rng, 0, round % 2 ? 5000 : 200).toUtf8();
            const QList<LiteralMatch> expected = naive(patterns, text);
            QCOMPARE(aho(patterns, text, 0), expected);
            QCOMPARE(aho(patterns, text, qsizetype(64) << 20), expected);
        }
        WordingAhoCorasick small({QByteArrayLiteral("ab"), QByteArrayLiteral("abc")}, 0);
        QCOMPARE(small.denseStateCount(), 1); // the root only
        QCOMPARE(small.stateCount(), 4);
    }

    void tenThousandPatterns_data() { engineRows(); }
    void tenThousandPatterns()
    {
        QRandomGenerator rng(10000);
        QStringList patterns;
        QSet<QString> seen;
        // 2–6 characters from 300 common ones, as a dictionary of Chinese terms is.
        QString pool;
        for (char16_t c = 0x4E00; c < 0x4E00 + 300; ++c)
            pool += QChar(c);
        while (patterns.size() < 10000) {
            QString t;
            for (int n = 2 + int(rng.bounded(5)); n > 0; --n)
                t += pool.at(int(rng.bounded(qsizetype(pool.size()))));
            if (!seen.contains(t)) {
                seen.insert(t);
                patterns << t;
            }
        }
        QString text;
        for (int n = 0; n < 20000; ++n)
            text += rng.bounded(50) == 0 ? patterns.at(int(rng.bounded(qsizetype(patterns.size())))) : QString(pool.at(int(rng.bounded(qsizetype(pool.size())))));
        WordingMatcher m;
        if (!matcherFor(patterns, m))
            QSKIP(qPrintable(QStringLiteral("engine not available here: ") + m.note()));
        const QList<LiteralMatch> found = m.findAll(text);
        QVERIFY(found.size() > 300);
        QCOMPARE(found, naive(patterns, text));
    }

    void allowListSuppresses()
    {
        const CompiledDictionary dict({entry(WordingKind::Typo, QStringLiteral("按装"), QStringLiteral("安装")),
                                       entry(WordingKind::Allow, QStringLiteral("按装修")),
                                       entry(WordingKind::Typo, QStringLiteral("俱备"), QStringLiteral("具备")),
                                       entry(WordingKind::Allow, QStringLiteral("万事俱备")),
                                       entry(WordingKind::Sensitive, QStringLiteral("俱备"))});
        const QString text = QStringLiteral("物业费按装修面积收取。空调已按装完毕！万事俱备，条件俱备。");
        const QList<WordingHit> hits = WordingCheck::scan(text, dict);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).term, QStringLiteral("按装"));
        QCOMPARE(hits.at(0).offset, text.indexOf(QStringLiteral("按装完毕")));
        QCOMPARE(hits.at(0).sentence, QStringLiteral("空调已按装完毕！"));
        // A term listed under two kinds gives a hit of each, outside the allowed phrase only.
        QCOMPARE(hits.at(1).offset, text.lastIndexOf(QStringLiteral("俱备")));
        QCOMPARE(hits.at(2).offset, hits.at(1).offset);
        QVERIFY((hits.at(1).kind == WordingKind::Typo && hits.at(2).kind == WordingKind::Sensitive)
                || (hits.at(1).kind == WordingKind::Sensitive && hits.at(2).kind == WordingKind::Typo));
        QCOMPARE(hits.at(1).sentence, QStringLiteral("万事俱备，条件俱备。"));
    }

    void sentenceCut()
    {
        const QString text = QStringLiteral("第一句。第二句有按装问题；第三句\n第四句");
        QCOMPARE(WordingCheck::sentence(text, text.indexOf(QStringLiteral("按装")), 2), QStringLiteral("第二句有按装问题；"));
        QCOMPARE(WordingCheck::sentence(text, text.indexOf(QStringLiteral("第三")), 2), QStringLiteral("第三句"));
        QCOMPARE(WordingCheck::sentence(text, text.indexOf(QStringLiteral("第四")), 2), QStringLiteral("第四句"));
        // A sentence longer than the limit: a window around the term, cut marks where text goes on.
        const QString padding(200, QChar(0x5B57)); // 字
        const QString longText = padding + QStringLiteral("按装") + padding + QStringLiteral("。");
        const QString window = WordingCheck::sentence(longText, padding.size(), 2, 80);
        QVERIFY(window.startsWith(QStringLiteral("…")) && window.endsWith(QStringLiteral("…")));
        QCOMPARE(window.size(), 82);
        QVERIFY(window.contains(QStringLiteral("按装")));
        QVERIFY(window.indexOf(QStringLiteral("按装")) > 30);
        // Near the start of a long sentence: no cut mark on that side.
        const QString early = WordingCheck::sentence(QStringLiteral("按装") + padding, 0, 2, 80);
        QVERIFY(early.startsWith(QStringLiteral("按装")) && early.endsWith(QStringLiteral("…")));
        // Never half a surrogate pair.
        const QString wide = QString(60, QChar(0x5B57)) + QStringLiteral("按装") + QStringLiteral("𠀀").repeated(60);
        const QString cut = WordingCheck::sentence(wide, 60, 2, 80);
        QVERIFY(!cut.at(cut.size() - 2).isHighSurrogate());
    }

    void offsetsInVisibleText()
    {
        const HtmlDocument doc = HtmlDocument::parse(
            QStringLiteral("<html><head><title>按装</title></head><body><p>𠀀古字</p><div style=\"display:none\">按装</div>"
                           "<p>空调按装完毕。</p></body></html>"),
            QUrl(QStringLiteral("https://www.example.gov.cn/a.html")));
        const QString text = doc.visibleText();
        const QList<WordingHit> hits = WordingCheck::scan(text, CompiledDictionary({entry(WordingKind::Typo, QStringLiteral("按装"), QStringLiteral("安装"))}));
        QCOMPARE(hits.size(), 1); // the hidden one and the title are not read by visitors
        QCOMPARE(text.mid(hits.at(0).offset, hits.at(0).length), QStringLiteral("按装"));
        QCOMPARE(hits.at(0).sentence, QStringLiteral("空调按装完毕。"));
    }

    void findingsOnePerTerm()
    {
        const CompiledDictionary dict({entry(WordingKind::Typo, QStringLiteral("按装"), QStringLiteral("安装"), QStringLiteral("minor")),
                                       entry(WordingKind::Serious, QStringLiteral("中华人民共合国"), QStringLiteral("中华人民共和国")),
                                       entry(WordingKind::Sensitive, QStringLiteral("百家乐"))});
        const QString text = QStringLiteral("空调按装完毕。热水器按装完毕。中华人民共合国成立。欢迎访问百家乐。");
        const QList<WordingHit> hits = WordingCheck::scan(text, dict);
        QCOMPARE(hits.size(), 4);
        Site site;
        site.id = 42;
        const QString url = QStringLiteral("https://www.example.gov.cn/a.html");
        const QList<Finding> findings = WordingCheck::findings(site, 7, url, hits, IndicatorSet::defaults());
        QCOMPARE(findings.size(), 3);
        const Finding &typo = findings.at(0);
        QCOMPARE(typo.indicator, QStringLiteral("W-N-WORDING"));
        QCOMPARE(typo.severity, IndicatorSet::defaults().severity(QStringLiteral("W-N-WORDING")));
        QCOMPARE(typo.objectId, qint64(42));
        QCOMPARE(typo.pageId, qint64(7));
        QCOMPARE(typo.url, url);
        QCOMPARE(typo.state, QStringLiteral("pending"));
        QCOMPARE(typo.fingerprint, QStringLiteral("W-N-WORDING|42|") + url + QStringLiteral("|typo|按装"));
        QCOMPARE(typo.details.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(typo.details.value(QStringLiteral("offsets")).toArray(), (QJsonArray{2, 10}));
        QCOMPARE(typo.details.value(QStringLiteral("sentences")).toArray(), (QJsonArray{QStringLiteral("空调按装完毕。"), QStringLiteral("热水器按装完毕。")}));
        QCOMPARE(typo.details.value(QStringLiteral("correct")).toString(), QStringLiteral("安装"));
        QCOMPARE(typo.details.value(QStringLiteral("level")).toString(), QStringLiteral("minor"));
        QVERIFY(!typo.details.value(QStringLiteral("serious")).toBool());
        QVERIFY(typo.evidence.contains(QStringLiteral("按装")) && typo.evidence.contains(QStringLiteral("安装"))
                && typo.evidence.contains(QStringLiteral("空调按装完毕。")));
        const Finding &serious = findings.at(1);
        QVERIFY(serious.details.value(QStringLiteral("serious")).toBool());
        QCOMPARE(serious.details.value(QStringLiteral("kind")).toString(), QStringLiteral("serious"));
        QCOMPARE(findings.at(2).details.value(QStringLiteral("kind")).toString(), QStringLiteral("sensitive"));

        IndicatorSet off = IndicatorSet::defaults();
        IndicatorSettings s = *off.settings(QStringLiteral("W-N-WORDING"));
        s.enabled = false;
        off.setSettings(s);
        QVERIFY(WordingCheck::findings(site, 7, url, hits, off).isEmpty());
        IndicatorSet onlySerious = IndicatorSet::defaults();
        onlySerious.setParam(QStringLiteral("W-N-WORDING"), QStringLiteral("kinds"), QJsonArray{QStringLiteral("serious")});
        QCOMPARE(WordingCheck::findings(site, 7, url, hits, onlySerious).size(), 1);
    }

    // The starter list must not flag its own correct forms or allowed phrases: a term that
    // occurs inside a correct form would be reported on every page that writes it right.
    void starterListIsConsistent()
    {
        QTemporaryDir dir;
        auto store = test::sqliteStore(dir);
        QVERIFY(store);
        WordingDictionary dictionary(*store);
        int loaded = 0;
        QVERIFY2(dictionary.ensureStarter(&loaded), qPrintable(dictionary.lastError()));
        QVERIFY(loaded > 300);
        const QList<WordingEntry> entries = dictionary.entries();
        for (WordingKind k : WordingDictionary::kinds())
            QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [k](const WordingEntry &e) { return e.kind == k; }));
        const CompiledDictionary compiled(entries);
        for (const WordingEntry &e : entries) {
            const QString correctText = e.kind == WordingKind::Allow ? e.term : e.correct;
            if (correctText.isEmpty())
                continue;
            const QList<WordingHit> hits = WordingCheck::scan(correctText, compiled);
            QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("“%1” (for “%2”) is flagged as “%3”").arg(correctText, e.term, hits.value(0).term)));
            if (e.kind != WordingKind::Allow)
                QVERIFY2(!WordingCheck::scan(e.term, compiled).isEmpty(), qPrintable(e.term));
        }
    }
};

QTEST_GUILESS_MAIN(TestWording)
#include "tst_wording.moc"
