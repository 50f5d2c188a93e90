#pragma once
// The headless commands of `xunjian` (import, export, round, demo, screenshot, …).
// Exit status: 0 done, 1 failed (I/O, database), 2 bad input or usage (problems are listed).

#include <QStringList>

namespace xj::cli {

// Arguments without the program name. The application object exists already.
int run(const QStringList &args);
// True when args name a command (not the GUI).
bool isCommand(const QStringList &args);
// Whether the command needs QApplication (widgets) rather than QCoreApplication.
bool needsWidgets(const QStringList &args);

} // namespace xj::cli
