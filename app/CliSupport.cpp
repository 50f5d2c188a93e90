#include "CliCommands.h"

#include "StoreOpening.h"

#include <QCoreApplication>

namespace xj::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("cli", "The store: a SQLite file or postgresql://user@host:port/db."),
                      QStringLiteral("DB")});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("xunjian ") + command} + args)) {
        err() << "xunjian " << command << ": " << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return false;
    }
    return true;
}

std::unique_ptr<Store> openStoreOrComplain(const QCommandLineParser &parser)
{
    QString error;
    auto store = openStore(parser.value(QStringLiteral("db")), &error);
    if (!store)
        err() << "xunjian: " << error << Qt::endl;
    return store;
}

} // namespace xj::cli
