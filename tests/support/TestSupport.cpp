#include "TestSupport.h"

#include <QFile>
#include <QTest>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QUuid>

namespace xj::test {

std::unique_ptr<Store> sqliteStore(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    auto s = Store::open(StoreLocation::sqlite(dir.filePath(name)), &error);
    if (!s)
        qWarning("cannot open test store: %s", qPrintable(error));
    return s;
}

bool pgRequired()
{
    return qEnvironmentVariable("XUNJIAN_REQUIRE_PG") == QLatin1String("1");
}

static QString pgAdminUrl(const QString &database)
{
    const QString host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
    const QString port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    const QString user = qEnvironmentVariable("PGUSER", QStringLiteral("postgres"));
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost") : host, port, database);
}

static bool adminExec(const QString &sql, QString *why)
{
    const QString conn = QStringLiteral("xj-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
        db.setHostName(qEnvironmentVariable("PGHOST", QStringLiteral("localhost")));
        db.setPort(qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt());
        db.setUserName(qEnvironmentVariable("PGUSER", QStringLiteral("postgres")));
        db.setPassword(qEnvironmentVariable("PGPASSWORD"));
        db.setDatabaseName(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!db.open()) {
            if (why)
                *why = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && why)
                *why = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(conn);
    return ok;
}

std::unique_ptr<PgDatabase> createPgDatabase(QString *why)
{
    if (qEnvironmentVariableIsEmpty("PGPORT") && qEnvironmentVariableIsEmpty("PGHOST")) {
        if (why)
            *why = QStringLiteral("PGHOST/PGPORT are not set");
        return nullptr;
    }
    auto db = std::make_unique<PgDatabase>();
    db->name = QStringLiteral("xj_test_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(db->name), why))
        return nullptr;
    db->url = pgAdminUrl(db->name);
    return db;
}

PgDatabase::~PgDatabase()
{
    adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), nullptr);
}

QByteArray encode(const QString &text, const QString &encoding)
{
    if (encoding == QLatin1String("utf8"))
        return text.toUtf8();
    if (encoding == QLatin1String("utf8bom"))
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (encoding == QLatin1String("gbk")) {
        QStringEncoder enc("GB18030");
        return enc.encode(text);
    }
    if (encoding == QLatin1String("utf16le")) {
        QStringEncoder enc(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        return enc.encode(text);
    }
    qFatal("unknown test encoding %s", qPrintable(encoding));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

RunResult runXunjian(const QStringList &args, int timeoutMs)
{
    RunResult r;
    QProcess p;
    const QString bin = qEnvironmentVariable("XUNJIAN_BIN");
    if (bin.isEmpty()) {
        r.err = QStringLiteral("XUNJIAN_BIN is not set (run the tests through ctest)");
        return r;
    }
    p.start(bin, args);
    // Wait with the event loop running: servers of the test itself must go on answering.
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.rawOut = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.rawOut);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace xj::test
