// The store on both backends: migrations, registry records, status history, rounds, counts.
#include "Migrator.h"
#include "Store.h"
#include "TestSupport.h"
#include "Vocabulary.h"

#include <QSqlQuery>
#include <QtTest>

using namespace xj;

class TestStore : public QObject {
    Q_OBJECT
private:
    static qint64 addUnit(Store &s, const QString &name)
    {
        Unit u;
        u.name = name;
        return s.insertUnit(u);
    }
    static Site portal(qint64 owner, const QString &name = QStringLiteral("临澜市人民政府门户网站"))
    {
        Site site;
        site.name = name;
        site.kind = SiteKind::Portal;
        site.url = QStringLiteral("https://www.linlan.example.gov.cn/");
        site.siteCode = QStringLiteral("4459000001");
        site.ownerId = owner;
        site.opened = QDate(2015, 3, 1);
        return site;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshDatabaseIsMigrated_data() { XJ_BACKEND_DATA(); }
    void freshDatabaseIsMigrated()
    {
        XJ_OPEN_STORE(store);
        Migrator m(store->database(), store->backend());
        QVERIFY(m.latestVersion() >= 1);
        QCOMPARE(store->schemaVersion(), m.latestVersion());
        QCOMPARE(m.currentVersion(), m.latestVersion());
        QVERIFY(m.migrate()); // nothing left to do: a no-op
        QCOMPARE(m.currentVersion(), m.latestVersion());
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        {
            auto store = test::sqliteStore(dir);
            QVERIFY(store);
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
        }
        QString error;
        auto again = Store::open(StoreLocation::sqlite(dir.filePath(QStringLiteral("test.sqlite"))), &error);
        QVERIFY(!again);
        QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
    }

    void olderDatabaseIsUpgradedInOneTransaction_data() { XJ_BACKEND_DATA(); }
    void olderDatabaseIsUpgradedInOneTransaction()
    {
        XJ_OPEN_STORE(store);
        // A private set of migrations: 001 and 002 apply; a broken 003 must leave version 2 intact.
        QTemporaryDir migrations;
        auto write = [&](const char *name, const char *sql) {
            QVERIFY(test::writeFile(migrations.filePath(QString::fromLatin1(name)), QByteArray(sql)));
        };
        // They run on a database of their own on the same backend.
        write("001_a.sql", "CREATE TABLE mig_a (id @PK@, v TEXT NOT NULL);\n");
        write("002_b.sql", "CREATE TABLE mig_b (id @PK@);\nINSERT INTO mig_a (v) VALUES ('x;y');\n");
        QTemporaryDir dbDir;
        std::unique_ptr<test::PgDatabase> pg;
        QSqlDatabase db;
        const QString conn = QStringLiteral("mig-test");
        if (backend == QLatin1String("sqlite")) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(dbDir.filePath(QStringLiteral("m.sqlite")));
        } else {
            QString why;
            pg = test::createPgDatabase(&why);
            QVERIFY2(pg, qPrintable(why));
            const auto loc = *StoreLocation::parse(pg->url, &why);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
            db.setHostName(loc.host);
            db.setPort(loc.port);
            db.setUserName(loc.user);
            db.setPassword(qEnvironmentVariable("PGPASSWORD"));
            db.setDatabaseName(loc.database);
        }
        QVERIFY(db.open());
        {
            Migrator m(db, store->backend(), migrations.path());
            QVERIFY2(m.migrate(), qPrintable(m.error()));
            QCOMPARE(m.currentVersion(), 2);
            write("003_broken.sql", "CREATE TABLE mig_c (id @PK@);\nTHIS IS NOT SQL;\n");
            Migrator broken(db, store->backend(), migrations.path());
            QVERIFY(!broken.migrate());
            QVERIFY(broken.error().contains(QLatin1String("003_broken.sql")));
            QCOMPARE(broken.currentVersion(), 2);
            QSqlQuery check(db);
            QVERIFY(!check.exec(QStringLiteral("SELECT count(*) FROM mig_c"))); // rolled back whole
            QVERIFY(check.exec(QStringLiteral("SELECT v FROM mig_a")));
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("x;y"));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(conn);
    }

    // A database made by the first release (only 001) opens and is upgraded, its data kept.
    void firstReleaseDatabaseIsUpgraded()
    {
        QTemporaryDir dir, first;
        QVERIFY(QFile::copy(QStringLiteral(":/migrations/001_registry.sql"), first.filePath(QStringLiteral("001_registry.sql"))));
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            Migrator m(db, StoreLocation::Backend::Sqlite, first.path());
            QVERIFY2(m.migrate(), qPrintable(m.error()));
            QCOMPARE(m.currentVersion(), 1);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO units (name) VALUES ('临澜市教育局')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        QString error;
        auto store = Store::open(StoreLocation::sqlite(path), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), Migrator(store->database(), store->backend()).latestVersion());
        QVERIFY(store->schemaVersion() >= 2);
        QVERIFY(store->unitByName(QStringLiteral("临澜市教育局")));
    }

    void unitsSitesAccounts_data() { XJ_BACKEND_DATA(); }
    void unitsSitesAccounts()
    {
        XJ_OPEN_STORE(store);
        const qint64 owner = addUnit(*store, QStringLiteral("临澜市人民政府办公室"));
        QVERIFY2(owner > 0, qPrintable(store->lastError()));
        QVERIFY(!addUnit(*store, QStringLiteral("临澜市人民政府办公室"))); // unique name
        Site p = portal(owner);
        p.extra.insert(QStringLiteral("备注"), QStringLiteral("集约化平台"));
        p.id = store->insertSite(p, QStringLiteral("test"));
        QVERIFY2(p.id > 0, qPrintable(store->lastError()));
        Site channel;
        channel.name = QStringLiteral("临澜市教育局频道");
        channel.kind = SiteKind::Channel;
        channel.url = QStringLiteral("https://www.linlan.example.gov.cn/jyj/");
        channel.ownerId = owner;
        channel.parentId = p.id;
        channel.id = store->insertSite(channel, QStringLiteral("test"));
        QVERIFY(channel.id > 0);
        const auto read = store->site(channel.id);
        QVERIFY(read);
        QCOMPARE(read->parentId, p.id);
        QCOMPARE(read->kind, SiteKind::Channel);
        QCOMPARE(store->siteByKey(p.name, SiteKind::Portal)->extra.value(QStringLiteral("备注")).toString(),
                 QStringLiteral("集约化平台"));
        QCOMPARE(store->siteByCode(QStringLiteral("4459000001"))->id, p.id);
        // Same name, same kind: refused. Same name, other kind: fine.
        QVERIFY(!store->insertSite(p, QStringLiteral("test")));
        Site otherKind = p;
        otherKind.kind = SiteKind::Department;
        otherKind.siteCode = QStringLiteral("4459000002");
        QVERIFY(store->insertSite(otherKind, QStringLiteral("test")) > 0);
        QCOMPARE(store->sitesByName(p.name).size(), 2);
        // Foreign keys hold on both backends.
        Site orphan = portal(999999, QStringLiteral("无主网站"));
        QVERIFY(!store->insertSite(orphan, QStringLiteral("test")));

        Account a;
        a.name = QStringLiteral("临澜发布");
        a.platform = Platform::WeChat;
        a.ownerId = owner;
        a.opened = QDate(2018, 5, 2);
        a.id = store->insertAccount(a, QStringLiteral("test"));
        QVERIFY(a.id > 0);
        a.actualName = QStringLiteral("临澜发布官方");
        QVERIFY(store->updateAccount(a));
        QCOMPARE(store->accountByKey(QStringLiteral("临澜发布"), Platform::WeChat)->actualName, QStringLiteral("临澜发布官方"));
        QVERIFY(!store->accountByKey(QStringLiteral("临澜发布"), Platform::Weibo));

        SiteColumn c;
        c.siteId = p.id;
        c.name = QStringLiteral("要闻动态");
        c.url = QStringLiteral("https://www.linlan.example.gov.cn/ywdt/");
        c.category = ColumnCategory::News;
        QVERIFY(store->insertColumn(c) > 0);
        QVERIFY(!store->insertColumn(c)); // unique per site
        QCOMPARE(store->columns(p.id).size(), 1);
        QCOMPARE(store->column(p.id, c.name)->category, ColumnCategory::News);

        const RegistryCounts counts = store->counts();
        QCOMPARE(counts.websites, 2);
        QCOMPARE(counts.channels, 1);
        QCOMPARE(counts.accounts, 1);
        QCOMPARE(counts.units, 1);
    }

    void statusHistory_data() { XJ_BACKEND_DATA(); }
    void statusHistory()
    {
        XJ_OPEN_STORE(store);
        const qint64 owner = addUnit(*store, QStringLiteral("临澜港经济开发区管委会"));
        Site s = portal(owner, QStringLiteral("临澜港经济开发区门户网站"));
        s.id = store->insertSite(s, QStringLiteral("test"));
        QVERIFY(s.id > 0);
        auto history = store->history(ObjectType::Site, s.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].event, StatusEvent::Running);
        QCOMPARE(history[0].effective, QDate(2015, 3, 1));

        StatusChange off;
        off.objectType = ObjectType::Site;
        off.objectId = s.id;
        off.event = StatusEvent::Offline;
        off.effective = QDate(2026, 8, 15);
        off.reason = QStringLiteral("改制");
        bool changed = false;
        QVERIFY(store->recordStatus(off, &changed));
        QVERIFY(changed);
        QCOMPARE(store->site(s.id)->status, ObjectStatus::Offline);
        QVERIFY(store->recordStatus(off, &changed)); // the same change again: nothing new
        QVERIFY(!changed);
        QCOMPARE(store->history(ObjectType::Site, s.id).size(), 2);

        // An older change arriving later does not override the newer one.
        StatusChange pending = off;
        pending.event = StatusEvent::Pending;
        pending.effective = QDate(2026, 7, 10);
        QVERIFY(store->recordStatus(pending));
        QCOMPARE(store->site(s.id)->status, ObjectStatus::Offline);
        QCOMPARE(*store->statusAt(ObjectType::Site, s.id, QDate(2026, 7, 31)), ObjectStatus::Pending);
        QCOMPARE(*store->statusAt(ObjectType::Site, s.id, QDate(2026, 6, 30)), ObjectStatus::Running);
        QVERIFY(!store->statusAt(ObjectType::Site, s.id, QDate(2010, 1, 1)));

        // 补报备案: running, and the registration date is set.
        StatusChange late = off;
        late.event = StatusEvent::RegisteredLate;
        late.effective = QDate(2026, 9, 20);
        QVERIFY(store->recordStatus(late));
        QCOMPARE(store->site(s.id)->status, ObjectStatus::Running);
        QCOMPARE(store->site(s.id)->registered, QDate(2026, 9, 20));

        StatusChange undated = off;
        undated.effective = QDate();
        QVERIFY(!store->recordStatus(undated));
        StatusChange nobody = off;
        nobody.objectId = 424242;
        QVERIFY(!store->recordStatus(nobody));
        QCOMPARE(store->history(ObjectType::Site, s.id).size(), 4);
    }

    void initialStateIsReplacedByDatedEntry_data() { XJ_BACKEND_DATA(); }
    void initialStateIsReplacedByDatedEntry()
    {
        XJ_OPEN_STORE(store);
        const qint64 owner = addUnit(*store, QStringLiteral("临澜市林业局"));
        Account a;
        a.name = QStringLiteral("临澜林业");
        a.platform = Platform::Weibo;
        a.ownerId = owner;
        a.status = ObjectStatus::Closed; // arrives closed: the date it closed is not known yet
        a.id = store->insertAccount(a, QStringLiteral("import:accounts.csv"));
        QVERIFY(a.id > 0);
        auto h = store->history(ObjectType::Account, a.id);
        QCOMPARE(h.size(), 1);
        QVERIFY(h[0].source.startsWith(QLatin1String("initial:")));
        StatusChange dated;
        dated.objectType = ObjectType::Account;
        dated.objectId = a.id;
        dated.event = StatusEvent::Closed;
        dated.effective = QDate(2026, 7, 28);
        dated.reason = QStringLiteral("整合至临澜发布");
        QVERIFY(store->recordStatus(dated));
        h = store->history(ObjectType::Account, a.id);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h[0].effective, QDate(2026, 7, 28));
        QCOMPARE(h[0].reason, QStringLiteral("整合至临澜发布"));
    }

    void rounds_data() { XJ_BACKEND_DATA(); }
    void rounds()
    {
        XJ_OPEN_STORE(store);
        Round r;
        r.id = QStringLiteral("2026Q3");
        r.windowFrom = QDate(2026, 7, 1);
        r.windowTo = QDate(2026, 9, 30);
        QVERIFY2(store->insertRound(r), qPrintable(store->lastError()));
        QVERIFY(!store->insertRound(r)); // unique id
        const auto read = store->round(QStringLiteral("2026Q3"));
        QVERIFY(read);
        QCOMPARE(read->asOf, QDate(2026, 9, 30)); // defaults to the window's end
        QCOMPARE(read->state, RoundState::Planned);
        Round backwards = r;
        backwards.id = QStringLiteral("bad");
        backwards.windowFrom = QDate(2026, 10, 1);
        QVERIFY(!store->insertRound(backwards));
        Round q2 = r;
        q2.id = QStringLiteral("2026Q2");
        q2.windowFrom = QDate(2026, 4, 1);
        q2.windowTo = QDate(2026, 6, 30);
        QVERIFY(store->insertRound(q2));
        QCOMPARE(store->rounds().first().id, QStringLiteral("2026Q3")); // newest first
        r.state = RoundState::Checking;
        QVERIFY(store->updateRound(r));
        QCOMPARE(store->round(r.id)->state, RoundState::Checking);
    }

    void transactionsNestAndRollBack_data() { XJ_BACKEND_DATA(); }
    void transactionsNestAndRollBack()
    {
        XJ_OPEN_STORE(store);
        QVERIFY(store->begin());
        QVERIFY(store->begin());
        QVERIFY(addUnit(*store, QStringLiteral("甲")) > 0);
        QVERIFY(store->commit()); // inner: nothing committed yet
        store->rollback();
        QVERIFY(!store->unitByName(QStringLiteral("甲")));
        QVERIFY(store->begin());
        QVERIFY(addUnit(*store, QStringLiteral("乙")) > 0);
        QVERIFY(store->commit());
        QVERIFY(store->unitByName(QStringLiteral("乙")));
    }

    void locationParsing()
    {
        QString error;
        auto pg = StoreLocation::parse(QStringLiteral("postgresql://insp:secret@db.example:5433/xunjian"), &error);
        QVERIFY(pg);
        QCOMPARE(pg->backend, StoreLocation::Backend::Postgres);
        QCOMPARE(pg->host, QStringLiteral("db.example"));
        QCOMPARE(pg->port, 5433);
        QCOMPARE(pg->user, QStringLiteral("insp"));
        QCOMPARE(pg->database, QStringLiteral("xunjian"));
        QVERIFY(!pg->display().contains(QLatin1String("secret")));
        QVERIFY(!StoreLocation::parse(QStringLiteral("postgresql://"), &error));
        auto file = StoreLocation::parse(QStringLiteral("demo.sqlite"), &error);
        QVERIFY(file && file->backend == StoreLocation::Backend::Sqlite);
        QVERIFY(QFileInfo(file->path).isAbsolute());
        QCOMPARE(file->evidenceDir(), file->path + QStringLiteral(".evidence"));
    }

    void notADatabaseIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QVERIFY(test::writeFile(path, QByteArray(4096, 'x')));
        QString error;
        QVERIFY(!Store::open(StoreLocation::sqlite(path), &error));
        QVERIFY2(error.contains(QLatin1String("junk.sqlite")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
