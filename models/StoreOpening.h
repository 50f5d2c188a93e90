#pragma once
// Which store a command or the GUI opens: --db, else $XUNJIAN_DB, else the user's default
// SQLite file in the application data folder.

#include "Store.h"

namespace xj {

QString defaultStorePath();
std::unique_ptr<Store> openStore(const QString &dbOption, QString *error);

} // namespace xj
