#include "StoreOpening.h"

#include <QDir>
#include <QStandardPaths>

namespace xj {

QString defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("xunjian.sqlite"));
}

std::unique_ptr<Store> openStore(const QString &dbOption, QString *error)
{
    QString text = dbOption;
    if (text.isEmpty())
        text = qEnvironmentVariable("XUNJIAN_DB");
    if (text.isEmpty())
        text = defaultStorePath();
    const auto location = StoreLocation::parse(text, error);
    if (!location)
        return nullptr;
    return Store::open(*location, error);
}

} // namespace xj
