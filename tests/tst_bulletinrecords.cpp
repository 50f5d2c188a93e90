// Bulletins in the store: drafts, finalisation with 发文字号 sequences, immutability (in code and
// by the database's trigger), retraction, superseding versions, lookup by SHA-256; both backends.
#include "BulletinRecords.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtTest>

using namespace xj;

namespace {

const QString kTemplate = QStringLiteral("揭政数局函〔{year}〕{n}号");

// A stand-in for typesetting + signing: bytes that differ per number and content.
BulletinRecords::Render pdfFor(const QString &content, const QString &signer = QStringLiteral("揭阳市政务服务数据管理局"))
{
    return [content, signer](int n) -> std::optional<FinalPdf> {
        const QString number = QString(kTemplate).replace(QLatin1String("{n}"), QString::number(n));
        return FinalPdf{"%PDF-1.4\n% " + number.toUtf8() + ' ' + content.toUtf8() + "\n%%EOF\n", signer, number};
    };
}

qint64 draft(BulletinRecords &records, const QString &round, const QString &title)
{
    BulletinRecord b;
    b.roundId = round;
    b.title = title;
    b.document = QStringLiteral("{\"title\":\"%1\"}").arg(title);
    return records.saveDraft(b);
}

void addRound(Store &store, const QString &id)
{
    Round r;
    r.id = id;
    r.windowFrom = QDate(2022, 4, 1);
    r.windowTo = QDate(2022, 6, 30);
    r.asOf = QDate(2022, 7, 15);
    QVERIFY2(store.insertRound(r), qPrintable(store.lastError()));
}

} // namespace

class TestBulletinRecords : public QObject {
    Q_OBJECT
private slots:
    void finalIsImmutable_data() { XJ_BACKEND_DATA(); }
    void finalIsImmutable()
    {
        XJ_OPEN_STORE(store);
        addRound(*store, QStringLiteral("2022Q2"));
        BulletinRecords records(*store);
        const qint64 id = draft(records, QStringLiteral("2022Q2"), QStringLiteral("关于检查情况的通报"));
        QVERIFY2(id > 0, qPrintable(records.lastError()));

        // A draft can be edited.
        BulletinRecord edited = *records.bulletin(id);
        edited.title = QStringLiteral("关于2022年第二季度检查情况的通报");
        QCOMPARE(records.saveDraft(edited), id);
        QCOMPARE(records.bulletin(id)->title, edited.title);

        QVERIFY2(records.finalize(id, kTemplate, 2022, pdfFor(QStringLiteral("v1"))), qPrintable(records.lastError()));
        const BulletinRecord final = *records.bulletin(id);
        QCOMPARE(final.state, BulletinRecord::Final);
        QCOMPARE(final.documentNumber, QStringLiteral("揭政数局函〔{year}〕1号"));
        QCOMPARE(final.sha256, QString::fromLatin1(QCryptographicHash::hash(final.pdf, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(final.signer, QStringLiteral("揭阳市政务服务数据管理局"));
        QVERIFY(final.finalizedAt.isValid());
        QVERIFY(final.pdf.contains("v1"));

        // Refused by the code…
        edited.title = QStringLiteral("改过的标题");
        QCOMPARE(records.saveDraft(edited), 0);
        QVERIFY(!records.lastError().isEmpty());
        QVERIFY(!records.finalize(id, kTemplate, 2022, pdfFor(QStringLiteral("again"))));
        QVERIFY(!records.deleteDraft(id));
        // …and by the database, for any other writer.
        QSqlQuery raw(store->database());
        QVERIFY(!raw.exec(QStringLiteral("UPDATE bulletins SET title = 'x' WHERE id = %1").arg(id)));
        QVERIFY(!raw.exec(QStringLiteral("UPDATE bulletins SET state = 'draft' WHERE id = %1").arg(id)));
        QVERIFY(!raw.exec(QStringLiteral("UPDATE bulletins SET pdf = NULL, state = 'retracted' WHERE id = %1").arg(id)));
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM bulletins WHERE id = %1").arg(id)));
        const BulletinRecord after = *records.bulletin(id);
        QCOMPARE(after.title, final.title);
        QCOMPARE(after.pdf, final.pdf);
        QCOMPARE(after.state, BulletinRecord::Final);

        // Retraction is the one change allowed; after it nothing changes.
        QVERIFY2(records.retract(id, QStringLiteral("数据有误")), qPrintable(records.lastError()));
        QCOMPARE(records.bulletin(id)->state, BulletinRecord::Retracted);
        QCOMPARE(records.bulletin(id)->retractReason, QStringLiteral("数据有误"));
        QCOMPARE(records.bulletin(id)->pdf, final.pdf);
        QVERIFY(!records.retract(id, QStringLiteral("again")));
        QVERIFY(!raw.exec(QStringLiteral("UPDATE bulletins SET retract_reason = 'x' WHERE id = %1").arg(id)));
        QVERIFY(!raw.exec(QStringLiteral("UPDATE bulletins SET state = 'final' WHERE id = %1").arg(id)));
    }

    void versionsSupersede_data() { XJ_BACKEND_DATA(); }
    void versionsSupersede()
    {
        XJ_OPEN_STORE(store);
        addRound(*store, QStringLiteral("2022Q2"));
        BulletinRecords records(*store);
        const qint64 v1 = draft(records, QStringLiteral("2022Q2"), QStringLiteral("通报"));
        QVERIFY(v1 > 0);
        QCOMPARE(records.newVersion(v1), 0); // a draft is edited, not versioned
        QVERIFY(records.finalize(v1, kTemplate, 2022, pdfFor(QStringLiteral("v1"))));
        const qint64 v2 = records.newVersion(v1);
        QVERIFY2(v2 > 0, qPrintable(records.lastError()));
        const BulletinRecord second = *records.bulletin(v2);
        QCOMPARE(second.state, BulletinRecord::Draft);
        QCOMPARE(second.version, 2);
        QCOMPARE(second.supersedesId, v1);
        QCOMPARE(second.document, records.bulletin(v1)->document);
        QCOMPARE(second.roundId, QStringLiteral("2022Q2"));
        QVERIFY(second.pdf.isEmpty());
        QCOMPARE(records.supersededBy(v1)->id, v2);
        QCOMPARE(records.newVersion(v1), 0); // only one successor
        QVERIFY(records.finalize(v2, kTemplate, 2022, pdfFor(QStringLiteral("v2"))));
        QCOMPARE(records.bulletin(v2)->documentNumber, QStringLiteral("揭政数局函〔{year}〕2号"));
        QCOMPARE(records.bulletin(v1)->state, BulletinRecord::Final); // the old one stays on record
        QCOMPARE(records.bulletins(QStringLiteral("2022Q2")).size(), 2);
        // A round with bulletins on record cannot be deleted from under them.
        QSqlQuery raw(store->database());
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM rounds WHERE id = '2022Q2'")));
    }

    void numberingPerTemplateAndYear_data() { XJ_BACKEND_DATA(); }
    void numberingPerTemplateAndYear()
    {
        XJ_OPEN_STORE(store);
        BulletinRecords records(*store);
        const QString other = QStringLiteral("揭政数局〔{year}〕{n}号");
        QCOMPARE(records.lastNumber(kTemplate, 2022), 0);
        QCOMPARE(records.takeNumber(kTemplate, 2022), 1);
        QCOMPARE(records.takeNumber(kTemplate, 2022), 2);
        QCOMPARE(records.takeNumber(kTemplate, 2023), 1);
        QCOMPARE(records.takeNumber(other, 2022), 1);
        QCOMPARE(records.lastNumber(kTemplate, 2022), 2);

        // A finalisation that fails leaves the sequence where it was.
        const qint64 id = draft(records, QString(), QStringLiteral("整改通知"));
        QVERIFY(id > 0);
        QVERIFY(!records.finalize(id, kTemplate, 2022, [](int) { return std::optional<FinalPdf>(); }));
        QCOMPARE(records.lastNumber(kTemplate, 2022), 2);
        QCOMPARE(records.bulletin(id)->state, BulletinRecord::Draft);
        int given = 0;
        QVERIFY(records.finalize(id, kTemplate, 2022, [&given](int n) {
            given = n;
            return pdfFor(QStringLiteral("notice"))(n);
        }));
        QCOMPARE(given, 3);
        QCOMPARE(records.lastNumber(kTemplate, 2022), 3);
        QCOMPARE(records.lastNumber(kTemplate, 2023), 1);
    }

    void findBySha256_data() { XJ_BACKEND_DATA(); }
    void findBySha256()
    {
        XJ_OPEN_STORE(store);
        BulletinRecords records(*store);
        const qint64 a = draft(records, QString(), QStringLiteral("甲"));
        const qint64 b = draft(records, QString(), QStringLiteral("乙"));
        QVERIFY(records.finalize(a, kTemplate, 2022, pdfFor(QStringLiteral("a"))));
        const QByteArray pdfA = records.bulletin(a)->pdf;
        const QString hashA = QString::fromLatin1(QCryptographicHash::hash(pdfA, QCryptographicHash::Sha256).toHex());
        const auto found = records.findBySha256(hashA.toUpper());
        QVERIFY(found);
        QCOMPARE(found->id, a);
        QCOMPARE(found->pdf, pdfA);
        QVERIFY(!records.findBySha256(QString::fromLatin1(
            QCryptographicHash::hash(pdfA + ' ', QCryptographicHash::Sha256).toHex())));
        QVERIFY(records.bulletin(b)->sha256.isEmpty()); // drafts have no PDF to match
        QVERIFY(records.deleteDraft(b));
        QVERIFY(!records.bulletin(b));
    }
};

QTEST_MAIN(TestBulletinRecords)
#include "tst_bulletinrecords.moc"
