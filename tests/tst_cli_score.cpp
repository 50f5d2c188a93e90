// `xunjian score` as scripts call it, on a registry in the image of the 2022Q2 bulletin: the JSON
// has the keys of docs/formats.md, every point is traced to finding ids, a finding awaiting
// review shows under "pending" and not in the score, --kind and --site narrow the list, an edited
// and activated indicator set changes the score and is named, the text is a table for people,
// and an unknown round, kind or name exits 2.
#include "CheckRecords.h"
#include "IndicatorSetStore.h"
#include "RoundFixture.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace xj;
using namespace xj::test;

class TestCliScore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    RoundFixture m_fx;
    QHash<QString, qint64> m_findings; // by evidence

    RunResult run(const QStringList &args) { return runXunjian(args + QStringList{QStringLiteral("--db"), m_db}); }

    QJsonObject score(const QStringList &more = {})
    {
        const RunResult r = run(QStringList{QStringLiteral("score"), QStringLiteral("2022Q2"), QStringLiteral("--format"), QStringLiteral("json")} + more);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static QJsonObject object(const QJsonObject &sheet, const QString &name)
    {
        for (const QJsonValue &v : sheet.value(QStringLiteral("objects")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        return {};
    }

    static QList<qint64> ids(const QJsonArray &findings, const QString &role)
    {
        QList<qint64> out;
        for (const QJsonValue &v : findings)
            if (v.toObject().value(QStringLiteral("role")).toString() == role)
                out << v.toObject().value(QStringLiteral("id")).toInteger();
        return out;
    }

    bool file(Store &store, const QString &site, const char *code, const char *state, double points, const QString &evidence)
    {
        Finding f;
        f.roundId = m_fx.roundId;
        f.objectId = m_fx.sites.value(site);
        f.indicator = QString::fromLatin1(code);
        f.points = points;
        f.state = QString::fromLatin1(state);
        f.evidence = evidence;
        f.url = QStringLiteral("http://example.gov.cn/page");
        f.fingerprint = QStringLiteral("%1|%2|%3").arg(f.indicator).arg(f.objectId).arg(evidence);
        const qint64 id = CheckRecords(store).upsertFinding(f);
        m_findings.insert(evidence, id);
        return id > 0;
    }

private slots:
    void initTestCase()
    {
        qputenv("XUNJIAN_LANG", "en");
        m_db = m_dir.filePath(QStringLiteral("score.sqlite"));
        auto store = sqliteStore(m_dir, QStringLiteral("score.sqlite"));
        QVERIFY(store);
        QVERIFY2(buildSeedRound(*store, &m_fx), qPrintable(store->lastError()));
        // 揭阳市发展和改革局网站: links over their cap, a domain deduction and a veto awaiting review.
        const QString ndrc = QStringLiteral("揭阳市发展和改革局网站");
        for (int i = 0; i < 6; ++i)
            QVERIFY(file(*store, ndrc, "W-D-LINK", "pending", 0.2, QStringLiteral("断链%1").arg(i)));
        QVERIFY(file(*store, ndrc, "W-D-IDENT", "confirmed", 0.5, QStringLiteral("无网站标识码")));
        QVERIFY(file(*store, ndrc, "W-D-IDENT", "dismissed", 0.5, QStringLiteral("无ICP备案编号")));
        QVERIFY(file(*store, ndrc, "W-D-DOMAIN", "pending", 1, QStringLiteral("网站名称不规范")));
        QVERIFY(file(*store, ndrc, "W-V1", "pending", 0, QStringLiteral("疑似暗链指向博彩")));
    }

    void json()
    {
        const QJsonObject j = score();
        QCOMPARE(j.value(QStringLiteral("round")).toString(), QStringLiteral("2022Q2"));
        QCOMPARE(j.value(QStringLiteral("as_of")).toString(), QStringLiteral("2022-06-30"));
        QCOMPARE(j.value(QStringLiteral("window")).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("2022-04-01"));
        const QJsonObject set = j.value(QStringLiteral("indicator_set")).toObject();
        QCOMPARE(set.value(QStringLiteral("name")).toString(), QStringLiteral("国办秘函〔2019〕19号"));
        QCOMPARE(set.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(set.value(QStringLiteral("label")).toString(), QStringLiteral("国办秘函〔2019〕19号 v1"));
        QCOMPARE(j.value(QStringLiteral("objects")).toArray().size(), 10 + 3 + 86);

        const QJsonObject o = object(j, QStringLiteral("揭阳市发展和改革局网站"));
        for (const char *key : {"name", "kind", "kind_name", "id", "unit", "unit_id", "checked", "vetoes", "deductions", "deductions_before_cap",
                                "score", "passed", "notices", "pending", "findings"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("website"));
        QCOMPARE(o.value(QStringLiteral("kind_name")).toString(), QStringLiteral("部门网站"));
        QCOMPARE(o.value(QStringLiteral("unit")).toString(), QStringLiteral("揭阳市人民政府办公室"));
        QCOMPARE(o.value(QStringLiteral("id")).toInteger(), m_fx.sites.value(QStringLiteral("揭阳市发展和改革局网站")));
        // By hand: W-D-LINK 6 × 0.2 = 1.2 → 1; W-D-IDENT 0.5 (the dismissed one not); 100 − 1.5.
        QCOMPARE(o.value(QStringLiteral("score")).toDouble(), 98.5);
        QVERIFY(o.value(QStringLiteral("passed")).toBool());
        QCOMPARE(o.value(QStringLiteral("vetoes")).toArray(), QJsonArray());
        const QJsonObject deductions = o.value(QStringLiteral("deductions")).toObject();
        QCOMPARE(deductions.keys(), (QStringList{QStringLiteral("W-D-IDENT"), QStringLiteral("W-D-LINK")}));
        QCOMPARE(deductions.value(QStringLiteral("W-D-LINK")).toDouble(), 1.0);
        QCOMPARE(o.value(QStringLiteral("deductions_before_cap")).toObject().value(QStringLiteral("W-D-LINK")).toDouble(), 1.2);
        const QJsonObject pending = o.value(QStringLiteral("pending")).toObject();
        QCOMPARE(pending.value(QStringLiteral("vetoes")).toArray(), QJsonArray{QStringLiteral("W-V1")});
        QCOMPARE(pending.value(QStringLiteral("deductions")).toObject().value(QStringLiteral("W-D-DOMAIN")).toDouble(), 1.0);
        QCOMPARE(pending.value(QStringLiteral("score_if_confirmed")).toDouble(), 97.5);
        QVERIFY(pending.value(QStringLiteral("would_fail_if_confirmed")).toBool());
        QCOMPARE(pending.value(QStringLiteral("findings")).toArray().size(), 2);

        // The ids behind each point.
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 10);
        QList<qint64> counted;
        for (int i = 0; i < 6; ++i)
            counted << m_findings.value(QStringLiteral("断链%1").arg(i));
        counted << m_findings.value(QStringLiteral("无网站标识码"));
        QCOMPARE(ids(findings, QStringLiteral("counted")), counted);
        QCOMPARE(ids(findings, QStringLiteral("if-confirmed")),
                 (QList<qint64>{m_findings.value(QStringLiteral("网站名称不规范")), m_findings.value(QStringLiteral("疑似暗链指向博彩"))}));
        QCOMPARE(ids(findings, QStringLiteral("not-counted")), QList<qint64>{m_findings.value(QStringLiteral("无ICP备案编号"))});
        const QJsonObject first = findings.first().toObject();
        for (const char *key : {"id", "indicator", "severity", "points", "state", "role", "url", "link", "evidence"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("evidence")).toString(), QStringLiteral("断链0"));
        QCOMPARE(first.value(QStringLiteral("points")).toDouble(), 0.2);

        // A veto: failed, with its finding.
        const QJsonObject jiedong = object(j, QStringLiteral("揭东区人民政府门户网站"));
        QVERIFY(!jiedong.value(QStringLiteral("passed")).toBool());
        QCOMPARE(jiedong.value(QStringLiteral("vetoes")).toArray(), QJsonArray{QStringLiteral("W-V1")});
        QCOMPARE(ids(jiedong.value(QStringLiteral("findings")).toArray(), QStringLiteral("counted")).size(), 1);
        // An account: no score.
        const QJsonObject account = object(j, QStringLiteral("揭阳政务号01"));
        QCOMPARE(account.value(QStringLiteral("kind")).toString(), QStringLiteral("account"));
        QVERIFY(account.value(QStringLiteral("score")).isNull());
        QVERIFY(account.value(QStringLiteral("pending")).toObject().value(QStringLiteral("score_if_confirmed")).isNull());
    }

    void filters()
    {
        QJsonArray objects = score({QStringLiteral("--kind"), QStringLiteral("channel")}).value(QStringLiteral("objects")).toArray();
        QCOMPARE(objects.size(), 3);
        for (const QJsonValue &v : objects)
            QCOMPARE(v.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("channel"));
        QCOMPARE(score({QStringLiteral("--kind"), QStringLiteral("account")}).value(QStringLiteral("objects")).toArray().size(), 86);
        QCOMPARE(score({QStringLiteral("--kind"), QStringLiteral("website")}).value(QStringLiteral("objects")).toArray().size(), 10);
        objects = score({QStringLiteral("--site"), QStringLiteral("信用揭阳网")}).value(QStringLiteral("objects")).toArray();
        QCOMPARE(objects.size(), 1);
        QCOMPARE(objects[0].toObject().value(QStringLiteral("score")).toDouble(), 99.5);
    }

    void text()
    {
        const RunResult r = run({QStringLiteral("score"), QStringLiteral("2022Q2"), QStringLiteral("--kind"), QStringLiteral("website")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.first().contains(QStringLiteral("国办秘函〔2019〕19号 v1")), qPrintable(lines.first()));
        QVERIFY(lines.value(1).startsWith(QStringLiteral("Name")));
        QCOMPARE(lines.size(), 2 + 10);
        const QString ndrc = lines.filter(QStringLiteral("揭阳市发展和改革局网站")).value(0);
        QVERIFY2(ndrc.contains(QStringLiteral("98.5")) && ndrc.contains(QStringLiteral("passed")), qPrintable(ndrc));
        QVERIFY(ndrc.contains(QStringLiteral("W-D-LINK 1 (1.2 before the cap)")));
        QVERIFY(ndrc.contains(QStringLiteral("would fail")));
        QVERIFY(lines.filter(QStringLiteral("揭东区人民政府门户网站")).value(0).contains(QStringLiteral("failed")));
        // One site in full: the findings behind each point.
        const RunResult one = run({QStringLiteral("score"), QStringLiteral("2022Q2"), QStringLiteral("--site"), QStringLiteral("揭阳市发展和改革局网站")});
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QVERIFY2(one.out.contains(QStringLiteral("#%1 ").arg(m_findings.value(QStringLiteral("断链3")))), qPrintable(one.out));
        QVERIFY(one.out.contains(QStringLiteral("疑似暗链指向博彩")));
        QVERIFY(one.out.contains(QStringLiteral("Would fail if the pending findings were confirmed")));
    }

    void badInput()
    {
        QCOMPARE(run({QStringLiteral("score"), QStringLiteral("2099Q9")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("score")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("score"), QStringLiteral("2022Q2"), QStringLiteral("--kind"), QStringLiteral("unit")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("score"), QStringLiteral("2022Q2"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
        const RunResult none = run({QStringLiteral("score"), QStringLiteral("2022Q2"), QStringLiteral("--site"), QStringLiteral("不存在的网站")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("不存在的网站")));
        // Taken offline in the window: not one of the round's checked objects.
        QCOMPARE(run({QStringLiteral("score"), QStringLiteral("2022Q2"), QStringLiteral("--site"), QStringLiteral("空港经济区管委会门户网站")}).exitCode, 2);
    }

    void editedSetChangesTheScore()
    {
        {
            QString error;
            auto store = Store::open(*StoreLocation::parse(m_db, &error), &error);
            QVERIFY2(store, qPrintable(error));
            IndicatorSetStore sets(*store);
            IndicatorSet set = sets.active();
            IndicatorSettings link = *set.settings(QStringLiteral("W-D-LINK"));
            link.maxPoints = 2;
            set.setSettings(link);
            const auto saved = sets.save(set, QStringLiteral("W-D-LINK cap 2"), &error);
            QVERIFY2(saved, qPrintable(error));
            QVERIFY(sets.activate(saved->id));
        }
        const QJsonObject j = score({QStringLiteral("--site"), QStringLiteral("揭阳市发展和改革局网站")});
        QCOMPARE(j.value(QStringLiteral("indicator_set")).toObject().value(QStringLiteral("version")).toInt(), 2);
        const QJsonObject o = j.value(QStringLiteral("objects")).toArray().first().toObject();
        // 1.2 under the new cap of 2: 100 − 1.2 − 0.5.
        QCOMPARE(o.value(QStringLiteral("deductions")).toObject().value(QStringLiteral("W-D-LINK")).toDouble(), 1.2);
        QCOMPARE(o.value(QStringLiteral("score")).toDouble(), 98.3);
    }
};

QTEST_GUILESS_MAIN(TestCliScore)
#include "tst_cli_score.moc"
