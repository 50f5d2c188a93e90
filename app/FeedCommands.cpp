// fetch-posts ROUND [--target NAME…] [--ignore-robots]
#include "CliCommands.h"

#include "FeedPostFetcher.h"
#include "Vocabulary.h"

#include <QCoreApplication>

namespace xj::cli {

int fetchPostsCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ROUND"), CliTr::tr("The round: its as-of date decides which accounts are running."));
    p.addOption({QStringLiteral("target"), CliTr::tr("Read only this account's feed (账号名称, repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("ignore-robots"), CliTr::tr("Fetch feeds even where robots.txt disallows it.")});
    if (!parse(p, QStringLiteral("fetch-posts"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    const auto round = p.positionalArguments().size() == 1 ? store->round(p.positionalArguments().first()) : std::nullopt;
    if (!round) {
        err() << CliTr::tr("xunjian fetch-posts: name an existing round") << Qt::endl;
        return kBadInput;
    }
    FeedPostFetcher fetcher(*store);
    FetchPolicy policy = FetchPolicy::polite();
    policy.obeyRobots = !p.isSet(QStringLiteral("ignore-robots"));
    fetcher.setPolicy(policy);
    QObject::connect(&fetcher, &FeedPostFetcher::accountDone, &fetcher, [](const FeedOutcome &o) {
        const QString who = QStringLiteral("%1 (%2)").arg(o.accountName, Vocabulary<Platform>::zh(o.platform));
        QString line = o.ok() || o.items > 0
                           ? CliTr::tr("%1: %2 new, %3 already known").arg(who).arg(o.newPosts).arg(o.known)
                           : CliTr::tr("%1: error %2: %3").arg(who, o.error, o.errorDetail);
        if (o.undated)
            line += CliTr::tr(", %n without a date (skipped)", nullptr, o.undated);
        if (o.truncated)
            line += CliTr::tr(", only the first %1 items read").arg(o.items);
        if (!o.ok() && o.items > 0)
            line += CliTr::tr("; error %1: %2").arg(o.error, o.errorDetail);
        out() << line << Qt::endl;
    });
    QObject::connect(&fetcher, &FeedPostFetcher::finished, &fetcher, [](int accounts, int newPosts, int failures) {
        if (accounts == 0)
            out() << CliTr::tr("no running account of the round has a feed address (订阅地址)") << Qt::endl;
        else
            out() << CliTr::tr("%1 feeds read, %2 new posts, %3 errors").arg(accounts).arg(newPosts).arg(failures) << Qt::endl;
        QCoreApplication::exit(0);
    });
    QString error;
    if (!fetcher.start(*round, p.values(QStringLiteral("target")), &error)) {
        err() << CliTr::tr("xunjian fetch-posts: %1").arg(error) << Qt::endl;
        return kBadInput;
    }
    QCoreApplication::exec();
    return kOk;
}

} // namespace xj::cli
