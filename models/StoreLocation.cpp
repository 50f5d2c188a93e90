#include "StoreLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace xj {

StoreLocation StoreLocation::sqlite(const QString &path)
{
    StoreLocation l;
    l.backend = Backend::Sqlite;
    l.path = QFileInfo(path).absoluteFilePath();
    return l;
}

std::optional<StoreLocation> StoreLocation::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(t);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
            if (error)
                *error = QCoreApplication::translate("StoreLocation",
                                                     "%1: not a PostgreSQL address; expected postgresql://user@host:port/database")
                             .arg(t);
            return std::nullopt;
        }
        StoreLocation l;
        l.backend = Backend::Postgres;
        l.host = url.host();
        l.port = url.port(5432);
        l.user = url.userName();
        l.password = url.password();
        l.database = url.path().mid(1);
        return l;
    }
    QString path = t;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    if (path.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("StoreLocation", "no database given");
        return std::nullopt;
    }
    return sqlite(path);
}

QString StoreLocation::display() const
{
    if (backend == Backend::Sqlite)
        return QDir::toNativeSeparators(path);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString StoreLocation::evidenceDir() const
{
    if (backend == Backend::Sqlite)
        return path + QStringLiteral(".evidence");
    const QString dir = qEnvironmentVariable("XUNJIAN_EVIDENCE_DIR");
    return dir.isEmpty() ? QDir::home().filePath(QStringLiteral("xunjian-evidence/") + database) : dir;
}

} // namespace xj
