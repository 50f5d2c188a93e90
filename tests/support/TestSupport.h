#pragma once
// Helpers shared by the test executables: throwaway stores on both backends, files in the
// encodings units send, and running the real `xunjian` executable.

#include "Store.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace xj::test {

// A SQLite store in a fresh folder (kept alive by the returned dir).
std::unique_ptr<Store> sqliteStore(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.sqlite"));

// A fresh PostgreSQL database on the server the PG* variables name (scripts/test starts one with
// pg_virtualenv). Returns null and sets *why when there is none. The database is dropped when the
// returned guard is destroyed.
struct PgDatabase {
    QString url;
    QString name;
    ~PgDatabase();
};
std::unique_ptr<PgDatabase> createPgDatabase(QString *why);
// True when tests must not skip PostgreSQL (XUNJIAN_REQUIRE_PG=1, set by scripts/test).
bool pgRequired();

// Text as units send it: "utf8", "utf8bom", "gbk", "utf16le" (with BOM).
QByteArray encode(const QString &text, const QString &encoding);
bool writeFile(const QString &path, const QByteArray &bytes);

struct RunResult {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray rawOut; // stdout as bytes (QString::fromUtf8 drops a BOM)
};
// Runs the built xunjian ($XUNJIAN_BIN) with args; waits at most `timeoutMs`.
RunResult runXunjian(const QStringList &args, int timeoutMs = 60000);

} // namespace xj::test

// For data-driven tests that run against both backends: QFETCH(QString, backend) then
// XJ_OPEN_STORE(store) gives a fresh Store or skips/fails as the environment requires.
#define XJ_BACKEND_DATA()                                                                                              \
    QTest::addColumn<QString>("backend");                                                                              \
    QTest::newRow("sqlite") << QStringLiteral("sqlite");                                                               \
    QTest::newRow("postgresql") << QStringLiteral("postgresql")

#define XJ_OPEN_STORE(store)                                                                                           \
    QFETCH(QString, backend);                                                                                          \
    QTemporaryDir xjDir_;                                                                                              \
    std::unique_ptr<xj::test::PgDatabase> xjPg_;                                                                       \
    std::unique_ptr<xj::Store> store;                                                                                  \
    if (backend == QLatin1String("sqlite")) {                                                                          \
        store = xj::test::sqliteStore(xjDir_);                                                                         \
    } else {                                                                                                           \
        QString why_;                                                                                                  \
        xjPg_ = xj::test::createPgDatabase(&why_);                                                                     \
        if (!xjPg_) {                                                                                                  \
            if (xj::test::pgRequired())                                                                                \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL required but unavailable: ") + why_));                     \
            QSKIP("no PostgreSQL server here (PG* unset); scripts/test starts one with pg_virtualenv");                \
        }                                                                                                              \
        QString err_;                                                                                                  \
        store = xj::Store::open(*xj::StoreLocation::parse(xjPg_->url, &err_), &err_);                                  \
        QVERIFY2(store, qPrintable(err_));                                                                             \
    }                                                                                                                  \
    QVERIFY(store)
