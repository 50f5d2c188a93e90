// Report import: the posts table (an account's publishing history) and the reminders table
// (update reminders sent to an account's unit).
#include "MediaRecords.h"
#include "ReportImport.h"

namespace xj {

namespace {

struct PostPlan {
    QList<Post> posts;
};
struct ReminderPlan {
    QList<Reminder> reminders;
};


} // namespace

bool validatePosts(RegistryImporter::Context &ctx)
{
    auto plan = std::make_shared<PostPlan>();
    AccountLookup accounts(ctx.store);
    const int total = int(ctx.table.rows.size());
    int done = 0;
    for (const TableRow &row : ctx.table.rows) {
        if (++done % kProgressEvery == 0 && !ctx.progress(done, 2 * total))
            return ctx.result.cancelled = true, false;
        Post p;
        p.accountId = accounts.resolve(ctx, row);
        bool ok = p.accountId != 0;
        bool timeOk = true;
        p.published = ctx.dateTime(row, QStringLiteral("published"), &timeOk);
        if (timeOk && !p.published.isValid())
            ctx.problem(row.number, QStringLiteral("published"), ImportTr::tr("发布时间 is empty")), ok = false;
        ok &= timeOk;
        p.title = ctx.cell(row, QStringLiteral("title"));
        const QString linkText = ctx.cell(row, QStringLiteral("link"));
        p.link = normalizeUrlCell(linkText);
        if (!linkText.isEmpty() && p.link.isEmpty())
            ctx.problem(row.number, QStringLiteral("link"), ImportTr::tr("\"%1\" is not an http(s) address").arg(linkText)), ok = false;
        p.source = ctx.source;
        // A post listed twice (exports of overlapping periods) is one post: the store's natural
        // key (account, time, title) merges them, so no problem is made of it.
        if (ok)
            plan->posts.append(p);
    }
    ctx.plan = plan;
    return true;
}

bool writePosts(RegistryImporter::Context &ctx)
{
    MediaRecords records(ctx.store);
    return writeEach(ctx, std::static_pointer_cast<PostPlan>(ctx.plan)->posts,
                     [&records](const Post &p, bool *isNew) { return records.addPost(p, isNew); });
}

bool validateReminders(RegistryImporter::Context &ctx)
{
    auto plan = std::make_shared<ReminderPlan>();
    AccountLookup accounts(ctx.store);
    const int total = int(ctx.table.rows.size());
    int done = 0;
    for (const TableRow &row : ctx.table.rows) {
        if (++done % kProgressEvery == 0 && !ctx.progress(done, 2 * total))
            return ctx.result.cancelled = true, false;
        Reminder r;
        r.accountId = accounts.resolve(ctx, row);
        bool ok = r.accountId != 0;
        bool timeOk = true;
        r.reminded = ctx.dateTime(row, QStringLiteral("reminded"), &timeOk);
        if (timeOk && !r.reminded.isValid())
            ctx.problem(row.number, QStringLiteral("reminded"), ImportTr::tr("提醒时间 is empty")), ok = false;
        ok &= timeOk;
        r.channel = ctx.cell(row, QStringLiteral("channel")); // 短信 · 电话 · 通知 …: an open list
        if (ok)
            plan->reminders.append(r);
    }
    ctx.plan = plan;
    return true;
}

bool writeReminders(RegistryImporter::Context &ctx)
{
    MediaRecords records(ctx.store);
    return writeEach(ctx, std::static_pointer_cast<ReminderPlan>(ctx.plan)->reminders,
                     [&records](const Reminder &r, bool *isNew) { return records.addReminder(r, isNew); });
}

} // namespace xj
