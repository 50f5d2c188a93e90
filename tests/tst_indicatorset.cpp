// The indicator set as versioned data, on both backends: the built-in set stored once as version 1,
// saving adds a version and leaves the earlier row byte for byte as it was, exactly one version
// active, definitions validated with the place of the fault named, files round-tripped. The rules
// reading their numbers from a set: tst_indicatorsetrules.
#include "IndicatorSetStore.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace xj;
using namespace xj::test;

namespace {

// Every column of a row as text, to compare a row before and after with nothing left out.
QStringList rawRow(Store &store, qint64 id)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT * FROM indicator_sets WHERE id = ?"));
    q.addBindValue(id);
    QStringList out;
    if (q.exec() && q.next())
        for (int i = 0; i < q.record().count(); ++i)
            out << q.record().fieldName(i) + QLatin1Char('=') + (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
    return out;
}

IndicatorSet edited(const IndicatorSet &from, double linkCap, int staleDays)
{
    IndicatorSet set = from;
    IndicatorSettings link = *set.settings(QStringLiteral("W-D-LINK"));
    link.maxPoints = linkCap;
    set.setSettings(link);
    set.setParam(QStringLiteral("M-V2"), QStringLiteral("staleDays"), staleDays);
    return set;
}

} // namespace

class TestIndicatorSet : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString writeJson(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return writeFile(path, bytes) ? path : QString();
    }

private slots:
    void defaultStoredOnce_data() { XJ_BACKEND_DATA(); }
    void defaultStoredOnce()
    {
        XJ_OPEN_STORE(store);
        IndicatorSetStore sets(*store);
        QVERIFY(sets.versions().isEmpty());
        const IndicatorSet first = sets.active();
        QVERIFY2(first.id > 0, qPrintable(store->lastError()));
        QCOMPARE(first.name, IndicatorSet::defaultName());
        QCOMPARE(first.version, 1);
        QVERIFY(first.active);
        QVERIFY(first.createdAt.isValid());
        QVERIFY(first.sameIndicators(IndicatorSet::defaults()));
        // Asked again, by another instance too: the same row, nothing added.
        QCOMPARE(IndicatorSetStore(*store).active().id, first.id);
        QCOMPARE(sets.active().id, first.id);
        QCOMPARE(sets.versions().size(), 1);
        QCOMPARE(sets.byId(first.id)->version, 1);
        QCOMPARE(sets.find(IndicatorSet::defaultName(), 1)->id, first.id);
        QVERIFY(!sets.find(IndicatorSet::defaultName(), 2));
        QVERIFY(!sets.byId(first.id + 100));
    }

    void saveAddsVersion_data() { XJ_BACKEND_DATA(); }
    void saveAddsVersion()
    {
        XJ_OPEN_STORE(store);
        IndicatorSetStore sets(*store);
        const IndicatorSet v1 = sets.active();
        const QStringList rowBefore = rawRow(*store, v1.id);
        QVERIFY(!rowBefore.isEmpty());

        QString error;
        const auto v2 = sets.save(edited(v1, 2, 7), QStringLiteral("stricter"), &error);
        QVERIFY2(v2, qPrintable(error));
        QVERIFY(v2->id != v1.id);
        QCOMPARE(v2->name, v1.name);
        QCOMPARE(v2->version, 2);
        QCOMPARE(v2->note, QStringLiteral("stricter"));
        QVERIFY(!v2->active);
        QCOMPARE(v2->maxPoints(QStringLiteral("W-D-LINK")), 2.0);
        QCOMPARE(v2->integer(QStringLiteral("M-V2"), QStringLiteral("staleDays")), 7);
        // The earlier version is untouched, column for column, and still the active one.
        QCOMPARE(rawRow(*store, v1.id), rowBefore);
        QCOMPARE(sets.byId(v1.id)->maxPoints(QStringLiteral("W-D-LINK")), 1.0);
        QCOMPARE(sets.active().id, v1.id);

        // Saving v1 again (even unchanged) is the next version, never an update.
        const auto v3 = sets.save(v1, QString(), &error);
        QVERIFY2(v3, qPrintable(error));
        QCOMPARE(v3->version, 3);
        QCOMPARE(rawRow(*store, v1.id), rowBefore);

        // A new name starts at 1; the list is by name, then version.
        IndicatorSet gd = *v2;
        gd.name = QStringLiteral("国办秘函〔2019〕19号 + 广东补充");
        const auto gd1 = sets.save(gd, QStringLiteral("provincial"), &error);
        QVERIFY2(gd1, qPrintable(error));
        QCOMPARE(gd1->version, 1);
        QStringList listed;
        for (const IndicatorSet &s : sets.versions())
            listed << s.label();
        QCOMPARE(listed, (QStringList{QStringLiteral("国办秘函〔2019〕19号 v1"), QStringLiteral("国办秘函〔2019〕19号 v2"),
                                      QStringLiteral("国办秘函〔2019〕19号 v3"), QStringLiteral("国办秘函〔2019〕19号 + 广东补充 v1")}));
        QCOMPARE(sets.versions(gd.name).size(), 1);
        QCOMPARE(sets.latest(IndicatorSet::defaultName())->version, 3);

        IndicatorSet unnamed = v1;
        unnamed.name = QStringLiteral("  ");
        QVERIFY(!sets.save(unnamed, QString(), &error));
        QVERIFY(!error.isEmpty());
    }

    void saveFirstKeepsDefault_data() { XJ_BACKEND_DATA(); }
    void saveFirstKeepsDefault()
    {
        // An edited default saved before anything asked for the active set: the built-in one is
        // still version 1, and active.
        XJ_OPEN_STORE(store);
        IndicatorSetStore sets(*store);
        QString error;
        const auto saved = sets.save(edited(IndicatorSet::defaults(), 3, 10), QString(), &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->version, 2);
        QCOMPARE(sets.active().version, 1);
        QVERIFY(sets.active().sameIndicators(IndicatorSet::defaults()));
    }

    void activateSwitches_data() { XJ_BACKEND_DATA(); }
    void activateSwitches()
    {
        XJ_OPEN_STORE(store);
        IndicatorSetStore sets(*store);
        const IndicatorSet v1 = sets.active();
        QString error;
        const auto v2 = sets.save(edited(v1, 2, 7), QString(), &error);
        QVERIFY2(v2, qPrintable(error));
        QVERIFY(sets.activate(v2->id));
        QCOMPARE(sets.active().id, v2->id);
        auto activeCount = [&] {
            int n = 0;
            for (const IndicatorSet &s : sets.versions())
                n += s.active ? 1 : 0;
            return n;
        };
        QCOMPARE(activeCount(), 1);
        QVERIFY(!sets.byId(v1.id)->active);
        // An unknown id changes nothing.
        QVERIFY(!sets.activate(v2->id + 1000));
        QCOMPARE(sets.active().id, v2->id);
        QCOMPARE(activeCount(), 1);
        // Activating the active one again keeps it so.
        QVERIFY(sets.activate(v2->id));
        QCOMPARE(activeCount(), 1);
        QVERIFY(sets.activate(v1.id));
        QCOMPARE(sets.active().id, v1.id);
        QCOMPARE(activeCount(), 1);
    }

    void fromJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown code") << QByteArray(R"({"indicators": {"W-X9": {}}})") << QStringLiteral("indicators.W-X9: no such indicator");
        QTest::newRow("code not as spelt") << QByteArray(R"({"indicators": {"m-v2": {}}})") << QStringLiteral("indicators.m-v2");
        QTest::newRow("number as text") << QByteArray(R"({"indicators": {"M-V2": {"params": {"staleDays": "7"}}}})")
                                        << QStringLiteral("indicators.M-V2.params.staleDays: expected a number");
        QTest::newRow("negative") << QByteArray(R"({"indicators": {"W-V3": {"params": {"days": -1}}}})")
                                  << QStringLiteral("indicators.W-V3.params.days");
        QTest::newRow("unknown parameter") << QByteArray(R"({"indicators": {"M-V2": {"params": {"stalDays": 7}}}})")
                                           << QStringLiteral("indicators.M-V2.params.stalDays: no such parameter");
        QTest::newRow("flag as number") << QByteArray(R"({"indicators": {"M-P-REGISTER": {"params": {"lateOnlyInWindow": 1}}}})")
                                        << QStringLiteral("indicators.M-P-REGISTER.params.lateOnlyInWindow: expected true or false");
        QTest::newRow("list item") << QByteArray(R"({"indicators": {"W-N-MAP": {"params": {"keywords": ["地图", 3]}}}})")
                                   << QStringLiteral("indicators.W-N-MAP.params.keywords[1]");
        QTest::newRow("severity") << QByteArray(R"({"indicators": {"W-V2": {"severity": "fatal"}}})")
                                  << QStringLiteral("indicators.W-V2.severity: expected veto, deduct or notice, not \"fatal\"");
        QTest::newRow("cap") << QByteArray(R"({"indicators": {"W-D-LINK": {"maxPoints": "1"}}})") << QStringLiteral("indicators.W-D-LINK.maxPoints");
        QTest::newRow("enabled") << QByteArray(R"({"indicators": {"W-D-LINK": {"enabled": "no"}}})") << QStringLiteral("indicators.W-D-LINK.enabled");
        QTest::newRow("unknown key") << QByteArray(R"({"indicators": {"W-D-LINK": {"cap": 1}}})") << QStringLiteral("indicators.W-D-LINK.cap: unknown key");
        QTest::newRow("params not object") << QByteArray(R"({"indicators": {"W-D-LINK": {"params": []}}})") << QStringLiteral("indicators.W-D-LINK.params");
        QTest::newRow("indicators not object") << QByteArray(R"({"indicators": []})") << QStringLiteral("indicators: expected an object");
        QTest::newRow("name") << QByteArray(R"({"name": 5})") << QStringLiteral("name: expected a text");
        QTest::newRow("version") << QByteArray(R"({"version": 1.5})") << QStringLiteral("version:");
    }
    void fromJsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QString error;
        QVERIFY(!IndicatorSet::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void fromJsonFillsAndKeeps()
    {
        // What a file leaves out comes from the defaults; what it says is kept, and survives
        // toJson/fromJson unchanged.
        QString error;
        const auto set = IndicatorSet::fromJson(
            QJsonDocument::fromJson(R"({"name": "测试", "version": 4, "note": "n",
                "indicators": {"M-V2": {"params": {"staleDays": 7}}, "W-N-MAP": {"enabled": false, "objective": true,
                               "params": {"keywords": ["地图"]}}, "W-D-TAGS": {"maxPoints": 0.5, "severity": "notice"}}})")
                .object(),
            &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->name, QStringLiteral("测试"));
        QCOMPARE(set->version, 4);
        QCOMPARE(set->integer(QStringLiteral("M-V2"), QStringLiteral("staleDays")), 7);
        QCOMPARE(set->integer(QStringLiteral("M-V3"), QStringLiteral("replyMonths")), 3);
        QVERIFY(!set->enabled(QStringLiteral("W-N-MAP")));
        QVERIFY(set->objective(QStringLiteral("W-N-MAP")));
        QCOMPARE(set->list(QStringLiteral("W-N-MAP"), QStringLiteral("keywords")), QStringList{QStringLiteral("地图")});
        QCOMPARE(set->severity(QStringLiteral("W-D-TAGS")), QStringLiteral("notice"));
        QCOMPARE(set->maxPoints(QStringLiteral("W-D-TAGS")), 0.5);
        QCOMPARE(set->maxPoints(QStringLiteral("W-D-NEWS")), 5.0);
        const auto again = IndicatorSet::fromJson(set->toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), set->toJson());
        QVERIFY(!again->sameIndicators(IndicatorSet::defaults()));
        QCOMPARE(IndicatorSet::fromJson(IndicatorSet::defaults().toJson(), &error)->toJson(), IndicatorSet::defaults().toJson());
    }

    void readFileErrors()
    {
        QString error;
        const QString broken = writeJson(QStringLiteral("broken.json"), "{\n  \"name\": \"x\",\n  \"indicators\": {,}\n}\n");
        QVERIFY(!IndicatorSetStore::readFile(broken, &error));
        QVERIFY2(error.contains(QStringLiteral("broken.json")) && error.contains(QStringLiteral("line 3")), qPrintable(error));
        const QString unknown = writeJson(QStringLiteral("unknown.json"), R"({"indicators": {"W-X9": {}}})");
        QVERIFY(!IndicatorSetStore::readFile(unknown, &error));
        QVERIFY2(error.contains(QStringLiteral("unknown.json")) && error.contains(QStringLiteral("indicators.W-X9")), qPrintable(error));
        const QString array = writeJson(QStringLiteral("array.json"), "[]");
        QVERIFY(!IndicatorSetStore::readFile(array, &error));
        QVERIFY2(error.contains(QStringLiteral("array.json")), qPrintable(error));
        QVERIFY(!IndicatorSetStore::readFile(m_dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
    }

    void importExportRoundTrip_data() { XJ_BACKEND_DATA(); }
    void importExportRoundTrip()
    {
        XJ_OPEN_STORE(store);
        IndicatorSetStore sets(*store);
        QString error;
        IndicatorSet changed = edited(sets.active(), 2, 7);
        changed.setParam(QStringLiteral("W-N-MAP"), QStringLiteral("keywords"), QJsonArray{QStringLiteral("地图"), QStringLiteral("界线")});
        const auto v2 = sets.save(changed, QStringLiteral("edited"), &error);
        QVERIFY2(v2, qPrintable(error));
        const QString file = m_dir.filePath(QStringLiteral("export-%1.json").arg(store->backend() == StoreLocation::Backend::Sqlite ? 1 : 2));
        QVERIFY2(IndicatorSetStore::exportFile(*v2, file, &error), qPrintable(error));
        const auto read = IndicatorSetStore::readFile(file, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->toJson(), v2->toJson());

        // The same indicators again: the stored version, nothing new.
        bool stored = true;
        const auto same = sets.importFile(file, &error, &stored);
        QVERIFY2(same, qPrintable(error));
        QVERIFY(!stored);
        QCOMPARE(same->id, v2->id);
        QCOMPARE(sets.versions().size(), 2);

        // Under another name: version 1 of it, with the file's indicators and note.
        QJsonObject renamed = read->toJson();
        renamed.insert(QStringLiteral("name"), QStringLiteral("揭阳补充"));
        renamed.insert(QStringLiteral("version"), 9);
        const QString other = writeJson(QStringLiteral("renamed-%1.json").arg(backend), QJsonDocument(renamed).toJson());
        const auto imported = sets.importFile(other, &error, &stored);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(stored);
        QCOMPARE(imported->name, QStringLiteral("揭阳补充"));
        QCOMPARE(imported->version, 1);
        QCOMPARE(imported->note, QStringLiteral("edited"));
        QVERIFY(imported->sameIndicators(*v2));
        QCOMPARE(imported->list(QStringLiteral("W-N-MAP"), QStringLiteral("keywords")),
                 (QStringList{QStringLiteral("地图"), QStringLiteral("界线")}));
        QVERIFY(!imported->active);

        // A faulty file stores nothing.
        const QString bad = writeJson(QStringLiteral("bad-%1.json").arg(backend), R"({"indicators": {"M-V2": {"params": {"staleDays": "7"}}}})");
        QVERIFY(!sets.importFile(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("bad-")) && error.contains(QStringLiteral("indicators.M-V2.params.staleDays")), qPrintable(error));
        QCOMPARE(sets.versions().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorSet)
#include "tst_indicatorset.moc"
