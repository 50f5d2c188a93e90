// screenshot --view NAME --out FILE.png: the README's pictures, taken offscreen.
#include "CliCommands.h"

#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QThread>

namespace xj::cli {

int screenshotCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("view"), QCoreApplication::translate("cli", "The view: %1.").arg(MainWindow::viewNames().join(QStringLiteral(", "))),
                 QStringLiteral("NAME"), QStringLiteral("registry")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("cli", "The PNG file to write."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("size"), QCoreApplication::translate("cli", "Window size, WIDTHxHEIGHT."), QStringLiteral("SIZE"),
                 QStringLiteral("1440x900")});
    if (!parse(p, QStringLiteral("screenshot"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    const QString view = p.value(QStringLiteral("view"));
    const QString outFile = p.value(QStringLiteral("out"));
    const QStringList size = p.value(QStringLiteral("size")).split(QLatin1Char('x'));
    if (outFile.isEmpty() || size.size() != 2 || size[0].toInt() < 320 || size[1].toInt() < 240) {
        err() << QCoreApplication::translate("cli", "xunjian screenshot: give --out FILE.png and a --size like 1440x900") << Qt::endl;
        return kBadInput;
    }
    if (!MainWindow::viewNames().contains(view)) {
        err() << QCoreApplication::translate("cli", "xunjian screenshot: unknown view \"%1\"; expected one of %2")
                     .arg(view, MainWindow::viewNames().join(QStringLiteral(", ")))
              << Qt::endl;
        return kBadInput;
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    MainWindow window(std::move(store));
    window.resize(size[0].toInt(), size[1].toInt());
    window.show();
    window.showView(view);
    // Let layouts, lazy models and deferred loads settle: poll rather than sleep a fixed time.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (timer.elapsed() > 400 && window.isSettled())
            break;
        QThread::msleep(20);
    }
    QWidget *target = window.screenshotTarget();
    const QPixmap picture = target->grab();
    if (picture.isNull() || !picture.save(outFile, "PNG")) {
        err() << QCoreApplication::translate("cli", "xunjian screenshot: cannot write %1").arg(outFile) << Qt::endl;
        return kFailed;
    }
    out() << outFile << Qt::endl;
    return kOk;
}

} // namespace xj::cli
