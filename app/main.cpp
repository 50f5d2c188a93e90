// xunjian: with no command opens the workstation; with a command runs it headless (Cli.h).
#include "Cli.h"
#include "EvidenceScheme.h"
#include "Language.h"
#include "MainWindow.h"
#include "StoreOpening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <memory>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(QStringLiteral("Xunjian"));
    QCoreApplication::setApplicationName(QStringLiteral("xunjian"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XJ_VERSION));

    // QtWebEngine takes custom schemes only before the application object exists.
    xj::EvidenceUrl::registerScheme();

    if (xj::cli::isCommand(args)) {
        if (xj::cli::needsWidgets(args)) {
            // Pictures are taken offscreen unless the caller asked for a platform.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            xj::Language::install(xj::Language::effective());
            return xj::cli::run(args);
        }
        QCoreApplication app(argc, argv);
        xj::Language::install(xj::Language::effective());
        return xj::cli::run(args);
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/xunjian.svg")));
    xj::Language::install(xj::Language::effective());
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Xunjian: inspection of government websites and new media"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("main", "The store: a SQLite file or postgresql://user@host:port/db."),
                      QStringLiteral("DB")});
    parser.process(app);
    QString error;
    auto store = xj::openStore(parser.value(QStringLiteral("db")), &error);
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Xunjian"), error);
        return 1;
    }
    xj::MainWindow window(std::move(store));
    window.show();
    return app.exec();
}
