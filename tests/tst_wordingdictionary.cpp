// The wording dictionary on both backends: entries added, changed, found and removed; txt and
// csv/xlsx imports (UTF-8 and GBK) that are all or nothing, idempotent, and name every problem as
// FILE:ROW:COLUMN; export that imports back unchanged; the starter list loaded once per store.
#include "TestSupport.h"
#include "WordingDictionary.h"
#include "WordingDictionaryDialog.h"
#include "WordingEntriesModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

using namespace xj;

namespace {

WordingEntry entry(WordingKind kind, const QString &term, const QString &correct = {}, const QString &level = {})
{
    WordingEntry e;
    e.kind = kind;
    e.term = term;
    e.correct = correct;
    e.level = level;
    e.source = QStringLiteral("test");
    return e;
}

QStringList problemLines(const WordingImportResult &r)
{
    QStringList lines;
    for (const ImportProblem &p : r.problems)
        lines << p.toString();
    return lines;
}

} // namespace

class TestWordingDictionary : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XUNJIAN_LANG", "en");
    }

    void spellings()
    {
        QCOMPARE(WordingDictionary::parseKind(QStringLiteral("错别字")), WordingKind::Typo);
        QCOMPARE(WordingDictionary::parseKind(QStringLiteral(" Serious ")), WordingKind::Serious);
        QCOMPARE(WordingDictionary::parseKind(QStringLiteral("白名单")), WordingKind::Allow);
        QCOMPARE(WordingDictionary::parseKind(QStringLiteral("敏感词")), WordingKind::Sensitive);
        QVERIFY(!WordingDictionary::parseKind(QStringLiteral("错误")));
        QCOMPARE(*WordingDictionary::parseLevel(QStringLiteral("疑似")), QStringLiteral("suspected"));
        QCOMPARE(*WordingDictionary::parseLevel(QString()), QString());
        QVERIFY(!WordingDictionary::parseLevel(QStringLiteral("很严重")));
        QVERIFY(WordingDictionary::problem(entry(WordingKind::Typo, QStringLiteral("按装"), QStringLiteral("按装"))).contains(QStringLiteral("按装")));
        QVERIFY(!WordingDictionary::problem(entry(WordingKind::Typo, QStringLiteral(" 按装"))).isEmpty());
        QVERIFY(!WordingDictionary::problem(entry(WordingKind::Typo, QString())).isEmpty());
        QVERIFY(WordingDictionary::problem(entry(WordingKind::Typo, QStringLiteral("按装"), QStringLiteral("安装"), QStringLiteral("minor"))).isEmpty());
    }

    void crud_data() { XJ_BACKEND_DATA(); }
    void crud()
    {
        XJ_OPEN_STORE(store);
        WordingDictionary d(*store);
        WordingChange change = WordingChange::Unchanged;
        QVERIFY2(d.add(entry(WordingKind::Typo, QStringLiteral("按装"), QStringLiteral("安装")), &change), qPrintable(d.lastError()));
        QCOMPARE(change, WordingChange::Inserted);
        QVERIFY(d.add(entry(WordingKind::Typo, QStringLiteral("按装"), QStringLiteral("安装")), &change));
        QCOMPARE(change, WordingChange::Unchanged);
        QVERIFY(d.add(entry(WordingKind::Typo, QStringLiteral("按装"), QStringLiteral("安装"), QStringLiteral("minor")), &change));
        QCOMPARE(change, WordingChange::Updated);
        // The same term under another kind is another entry.
        QVERIFY(d.add(entry(WordingKind::Sensitive, QStringLiteral("按装")), &change));
        QCOMPARE(change, WordingChange::Inserted);
        QVERIFY(d.add(entry(WordingKind::Serious, QStringLiteral("中华人民共合国"), QStringLiteral("中华人民共和国"))));
        QVERIFY(d.add(entry(WordingKind::Allow, QStringLiteral("按装修"))));
        QVERIFY(d.add(entry(WordingKind::Typo, QStringLiteral("100%达标"), QStringLiteral("百分之百达标"))));
        QVERIFY(!d.add(entry(WordingKind::Typo, QStringLiteral("渡假"), QStringLiteral("渡假"))));
        QVERIFY(!d.lastError().isEmpty());

        QCOMPARE(d.count(), 5);
        QCOMPARE(d.count(WordingKind::Typo), 2);
        const QList<WordingEntry> all = d.entries();
        QCOMPARE(all.first().kind, WordingKind::Serious); // serious first, allow last
        QCOMPARE(all.last().kind, WordingKind::Allow);
        const auto typo = d.find(WordingKind::Typo, QStringLiteral("按装"));
        QVERIFY(typo);
        QCOMPARE(typo->level, QStringLiteral("minor"));
        QCOMPARE(typo->correct, QStringLiteral("安装"));
        QCOMPARE(d.entry(typo->id)->term, QStringLiteral("按装"));
        // Search: a substring of term, correct form or note; % and _ are literal.
        QCOMPARE(d.count(std::nullopt, QStringLiteral("安装")), 1);
        QCOMPARE(d.count(std::nullopt, QStringLiteral("按装")), 3);
        QCOMPARE(d.count(std::nullopt, QStringLiteral("%")), 1);
        QCOMPARE(d.count(std::nullopt, QStringLiteral("_")), 0);
        QCOMPARE(d.entries(std::nullopt, QStringLiteral("按装"), 2, 1).size(), 2);
        QCOMPARE(d.entries(std::nullopt, {}, 2, 4).size(), 1);

        WordingEntry edited = *typo;
        edited.term = QStringLiteral("按装了");
        edited.correct = QStringLiteral("安装了");
        QVERIFY2(d.update(edited), qPrintable(d.lastError()));
        QVERIFY(!d.find(WordingKind::Typo, QStringLiteral("按装")));
        edited.kind = WordingKind::Sensitive;
        edited.term = QStringLiteral("按装"); // taken by the sensitive entry
        QVERIFY(!d.update(edited));
        QVERIFY(d.lastError().contains(QStringLiteral("按装")));

        bool found = false;
        QVERIFY(d.remove(WordingKind::Sensitive, QStringLiteral("按装"), &found));
        QVERIFY(found);
        QVERIFY(d.remove(WordingKind::Sensitive, QStringLiteral("按装"), &found));
        QVERIFY(!found);
        QVERIFY(d.remove(typo->id));
        QVERIFY(!d.remove(typo->id));
        QCOMPARE(d.count(), 3);
    }

    void importText_data() { XJ_BACKEND_DATA(); }
    void importText()
    {
        XJ_OPEN_STORE(store);
        WordingDictionary d(*store);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typos.txt"));
        const QString text = QStringLiteral("# 常见错别字\n按装→安装\n渡假,度假\n\n既使 -> 即使\n侯车\t候车\n再接再励，再接再厉\n一股作气\n");
        QVERIFY(test::writeFile(path, test::encode(text, QStringLiteral("gbk"))));
        WordingImportResult r = d.importFile(path, WordingKind::Typo);
        QVERIFY2(r.ok, qPrintable(problemLines(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.encoding, QStringLiteral("GB18030"));
        QCOMPARE(r.rows, 6);
        QCOMPARE(r.inserted, 6);
        QCOMPARE(d.find(WordingKind::Typo, QStringLiteral("既使"))->correct, QStringLiteral("即使"));
        QCOMPARE(d.find(WordingKind::Typo, QStringLiteral("再接再励"))->correct, QStringLiteral("再接再厉"));
        QCOMPARE(d.find(WordingKind::Typo, QStringLiteral("侯车"))->source, QStringLiteral("import:typos.txt"));
        QVERIFY(d.find(WordingKind::Typo, QStringLiteral("一股作气"))->correct.isEmpty());
        // Again: nothing changes.
        r = d.importFile(path, WordingKind::Typo);
        QVERIFY(r.ok);
        QCOMPARE(r.inserted + r.updated, 0);
        QCOMPARE(r.unchanged, 6);
        // A line without a correct form keeps the one the store has.
        QVERIFY(test::writeFile(path, QByteArrayLiteral("按装\n")));
        QVERIFY(d.importFile(path, WordingKind::Typo).ok);
        QCOMPARE(d.find(WordingKind::Typo, QStringLiteral("按装"))->correct, QStringLiteral("安装"));
        // Without a kind a word list cannot be read.
        QVERIFY(!d.importFile(path).ok);

        // Problems: every one named, nothing written.
        const QString bad = dir.filePath(QStringLiteral("bad.txt"));
        QVERIFY(test::writeFile(bad, QStringLiteral("新词→新的词\n甲,乙,丙\n→安装\n同样→同样\n按装→安置\n按装→按置\n").toUtf8()));
        r = d.importFile(bad, WordingKind::Typo);
        QVERIFY(!r.ok);
        const QStringList lines = problemLines(r);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("bad.txt:2:B: ")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("bad.txt:3:A: ")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("bad.txt:4:B: ")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("bad.txt:6:A: ")) && lines.at(3).contains(QStringLiteral("5")), qPrintable(lines.at(3)));
        QVERIFY(!d.find(WordingKind::Typo, QStringLiteral("新词")));
    }

    void importTable_data() { XJ_BACKEND_DATA(); }
    void importTable()
    {
        XJ_OPEN_STORE(store);
        WordingDictionary d(*store);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("词库.csv"));
        const QString csv = QStringLiteral("# 说明行，含逗号\n类型,词语,正确,级别,备注,经办人\n错别字,按装,安装,一般,,张三\n严重表述错误,中华人民共合国,中华人民共和国,,国名,\n"
                                           "敏感词,百家乐,,,,\n允许词,按装修,,,,\n");
        QVERIFY(test::writeFile(path, test::encode(csv, QStringLiteral("gbk"))));
        WordingImportResult r = d.importFile(path);
        QVERIFY2(r.ok, qPrintable(problemLines(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.inserted, 4);
        QCOMPARE(d.find(WordingKind::Serious, QStringLiteral("中华人民共合国"))->note, QStringLiteral("国名"));
        QCOMPARE(d.find(WordingKind::Typo, QStringLiteral("按装"))->level, QStringLiteral("minor"));
        r = d.importFile(path);
        QVERIFY(r.ok);
        QCOMPARE(r.unchanged, 4);

        // Without 类型 the caller's kind; a changed correct form updates the entry.
        const QString noKind = dir.filePath(QStringLiteral("typos.csv"));
        QVERIFY(test::writeFile(noKind, QStringLiteral("词语,正确\n按装,安装好\n渡假,度假\n").toUtf8()));
        QVERIFY(!d.importFile(noKind).ok);
        r = d.importFile(noKind, WordingKind::Typo);
        QVERIFY(r.ok);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.inserted, 1);
        QCOMPARE(d.find(WordingKind::Typo, QStringLiteral("按装"))->level, QStringLiteral("minor")); // no 级别 column: kept

        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(test::writeFile(bad, QStringLiteral("类型,词语,正确,级别\n错字,新词,新的词,\n别字,甲,,\n错别字,,安装,\n错别字,乙,乙,\n错别字,丙,丁,很严重\n")
                                         .toUtf8()));
        r = d.importFile(bad);
        QVERIFY(!r.ok);
        const QStringList lines = problemLines(r);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("bad.csv:3:A: ")) && lines.at(0).contains(QStringLiteral("别字")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("bad.csv:4:B: ")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("bad.csv:5:C: ")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("bad.csv:6:D: ")), qPrintable(lines.at(3)));
        QVERIFY(!d.find(WordingKind::Typo, QStringLiteral("新词"))); // row 2 was fine, and not written

        const QString noTerm = dir.filePath(QStringLiteral("noterm.csv"));
        QVERIFY(test::writeFile(noTerm, QStringLiteral("类型,正确\n错别字,安装\n").toUtf8()));
        r = d.importFile(noTerm);
        QVERIFY(!r.ok);
        QVERIFY2(problemLines(r).value(0).startsWith(QStringLiteral("noterm.csv:1: ")), qPrintable(problemLines(r).value(0)));
    }

    void exportImportsBack_data() { XJ_BACKEND_DATA(); }
    void exportImportsBack()
    {
        XJ_OPEN_STORE(store);
        WordingDictionary d(*store);
        QVERIFY(d.add(entry(WordingKind::Typo, QStringLiteral("按装"), QStringLiteral("安装"), QStringLiteral("suspected"))));
        QVERIFY(d.add(entry(WordingKind::Serious, QStringLiteral("台湾总统"), QStringLiteral("台湾地区领导人"))));
        QVERIFY(d.add(entry(WordingKind::Allow, QStringLiteral("按装修, 按面积"))));
        QTemporaryDir dir;
        for (const QString &name : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")}) {
            const QString path = dir.filePath(name);
            QString error;
            QVERIFY2(d.exportFile(path, &error), qPrintable(error));
            QTemporaryDir otherDir;
            auto other = test::sqliteStore(otherDir);
            WordingDictionary copy(*other);
            const WordingImportResult r = copy.importFile(path);
            QVERIFY2(r.ok, qPrintable(problemLines(r).join(QLatin1Char('\n'))));
            const QList<WordingEntry> a = d.entries(), b = copy.entries();
            QCOMPARE(b.size(), a.size());
            for (int i = 0; i < a.size(); ++i) {
                QCOMPARE(b.at(i).kind, a.at(i).kind);
                QCOMPARE(b.at(i).term, a.at(i).term);
                QCOMPARE(b.at(i).correct, a.at(i).correct);
                QCOMPARE(b.at(i).level, a.at(i).level);
                QCOMPARE(b.at(i).source, a.at(i).source);
            }
            QCOMPARE(d.importFile(path).unchanged, 3);
        }
    }

    void starterOncePerStore_data() { XJ_BACKEND_DATA(); }
    void starterOncePerStore()
    {
        XJ_OPEN_STORE(store);
        WordingDictionary d(*store);
        int loaded = 0;
        QVERIFY2(d.ensureStarter(&loaded), qPrintable(d.lastError()));
        QVERIFY(loaded > 300);
        QCOMPARE(d.count(), loaded);
        QCOMPARE(d.find(WordingKind::Typo, QStringLiteral("按装"))->source, QStringLiteral("starter"));
        QVERIFY(d.ensureStarter(&loaded));
        QCOMPARE(loaded, 0);
        // Emptied by the inspectors: it stays empty.
        for (const WordingEntry &e : d.entries())
            QVERIFY(d.remove(e.id));
        QVERIFY(d.ensureStarter(&loaded));
        QCOMPARE(loaded, 0);
        QCOMPARE(d.count(), 0);
        // Asked for, it comes back.
        const WordingImportResult r = d.loadStarter();
        QVERIFY(r.ok);
        QVERIFY(r.inserted > 300);
    }

    // The dialog reads a large dictionary a page at a time, filters by kind and searches.
    void dialogReadsLazily()
    {
        QTemporaryDir dir;
        auto store = test::sqliteStore(dir);
        WordingDictionary d(*store);
        const QString path = dir.filePath(QStringLiteral("many.txt"));
        QString text;
        for (int i = 0; i < 1200; ++i)
            text += QStringLiteral("错词%1,对词%1\n").arg(i, 4, 10, QLatin1Char('0'));
        QVERIFY(test::writeFile(path, text.toUtf8()));
        QVERIFY(d.importFile(path, WordingKind::Sensitive).ok);

        WordingDictionaryDialog dialog(d); // not empty: the starter list stays out
        WordingEntriesModel *model = dialog.model();
        const int total = d.count();
        QCOMPARE(total, 1200);
        QCOMPARE(model->totalCount(), total);
        QCOMPARE(model->rowCount(), WordingEntriesModel::kPageSize);
        QVERIFY(model->canFetchMore({}));
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), total);

        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindFilter"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("sensitive")));
        QCOMPARE(model->totalCount(), d.count(WordingKind::Sensitive));
        QCOMPARE(model->data(model->index(0, WordingEntriesModel::KindColumn)).toString(), WordingDictionary::kindLabel(WordingKind::Sensitive));
        auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("search"));
        search->setText(QStringLiteral("对词0042"));
        QTRY_COMPARE(model->totalCount(), 1);
        QCOMPARE(model->data(model->index(0, WordingEntriesModel::TermColumn)).toString(), QStringLiteral("错词0042"));

        // Removing the selected entry goes through the dictionary.
        dialog.findChild<QTableView *>(QStringLiteral("table"))->selectRow(0);
        QTimer::singleShot(0, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        dialog.removeSelected();
        QVERIFY(!d.find(WordingKind::Sensitive, QStringLiteral("错词0042")));
        QCOMPARE(model->totalCount(), 0);
    }
};

QTEST_MAIN(TestWordingDictionary)
#include "tst_wordingdictionary.moc"
