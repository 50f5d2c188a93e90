#pragma once
// One function per command; each gets the arguments after the command's name.

#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace xj::cli {

int importCommand(const QStringList &args);
int exportCommand(const QStringList &args);
int roundCommand(const QStringList &args);
int countsCommand(const QStringList &args);
int demoCommand(const QStringList &args);
int screenshotCommand(const QStringList &args);
int checkCommand(const QStringList &args);
int findingsCommand(const QStringList &args);
int probeCommand(const QStringList &args);
int monitorCommand(const QStringList &args);
int availabilityCommand(const QStringList &args);
int columnsCommand(const QStringList &args);
int evaluateCommand(const QStringList &args);
int summaryCommand(const QStringList &args);
int scoreCommand(const QStringList &args);
int findingCommand(const QStringList &args);
int fetchPostsCommand(const QStringList &args);
int darkLinksCommand(const QStringList &args);
int dictionaryCommand(const QStringList &args);
int wordingCommand(const QStringList &args);
int calendarCommand(const QStringList &args);
int indicatorsCommand(const QStringList &args);
int verifyCommand(const QStringList &args);
int signCommand(const QStringList &args);
int bulletinCommand(const QStringList &args);
int sealCommand(const QStringList &args);
int settingsCommand(const QStringList &args);
int reviewCommand(const QStringList &args);
int rectificationCommand(const QStringList &args);

// Messages of the commands, in translation context "cli".
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Shared helpers (CliSupport.cpp).
QTextStream &out();
QTextStream &err();
// Parses "xunjian CMD args" with the options given plus --db; prints the problem and returns false on bad usage.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args);
std::unique_ptr<Store> openStoreOrComplain(const QCommandLineParser &parser);
constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kBadInput = 2;

} // namespace xj::cli
