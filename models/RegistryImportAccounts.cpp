// Registry import: the accounts table (政务新媒体) and the status table (changes of status).
#include "MediaRecords.h"
#include "RegistryImportContext.h"
#include "Vocabulary.h"

namespace xj {

namespace {

struct AccountRow {
    int row;
    Account account;
    QString owner;
    QString feedUrl; // 订阅地址: the account's RSS/Atom feed, kept in accounts.feed_url
};
struct AccountPlan {
    QList<AccountRow> rows;
};

QString accountKey(const QString &name, Platform p)
{
    return Vocabulary<Platform>::code(p) + QLatin1Char('\n') + name;
}

} // namespace

bool validateAccounts(RegistryImporter::Context &ctx)
{
    auto plan = std::make_shared<AccountPlan>();
    plan->rows.reserve(ctx.table.rows.size());
    QHash<QString, int> rowOfKey;
    const int total = int(ctx.table.rows.size());
    int done = 0;
    for (const TableRow &row : ctx.table.rows) {
        if (++done % 1000 == 0 && !ctx.progress(done, 2 * total))
            return ctx.result.cancelled = true, false;
        AccountRow r{row.number, {}, ctx.cell(row, QStringLiteral("owner")), {}};
        Account &a = r.account;
        bool ok = true;
        a.name = ctx.cell(row, QStringLiteral("name"));
        if (a.name.isEmpty())
            ctx.problem(row.number, QStringLiteral("name"), ImportTr::tr("账号名称 is empty")), ok = false;
        const QString platformText = ctx.cell(row, QStringLiteral("platform"));
        const auto platform = Vocabulary<Platform>::parse(platformText);
        if (!platform)
            ctx.problem(row.number, QStringLiteral("platform"),
                        ImportTr::tr("unknown platform \"%1\"; expected %2").arg(platformText, Vocabulary<Platform>::acceptedList())),
                ok = false;
        else
            a.platform = *platform;
        if (r.owner.isEmpty())
            ctx.problem(row.number, QStringLiteral("owner"), ImportTr::tr("主办单位 is empty")), ok = false;
        const QString statusText = ctx.cell(row, QStringLiteral("status"));
        if (!statusText.isEmpty()) {
            const auto st = Vocabulary<ObjectStatus>::parse(statusText);
            if (!st)
                ctx.problem(row.number, QStringLiteral("status"),
                            ImportTr::tr("unknown status \"%1\"; expected %2").arg(statusText, Vocabulary<ObjectStatus>::acceptedList())),
                    ok = false;
            else
                a.status = *st;
        }
        bool dateOk = true;
        a.opened = ctx.date(row, QStringLiteral("opened"), &dateOk);
        ok &= dateOk;
        a.registered = ctx.date(row, QStringLiteral("registered"), &dateOk);
        ok &= dateOk;
        a.actualName = ctx.cell(row, QStringLiteral("actual_name"));
        a.accountId = ctx.cell(row, QStringLiteral("account_id"));
        a.extra = ctx.extras(row);
        const QString feedText = ctx.cell(row, QStringLiteral("feed"));
        r.feedUrl = normalizeUrlCell(feedText);
        if (!feedText.isEmpty() && r.feedUrl.isEmpty())
            ctx.problem(row.number, QStringLiteral("feed"), ImportTr::tr("订阅地址 \"%1\" is not an http(s) address").arg(feedText)), ok = false;
        if (!ok)
            continue;
        const QString key = accountKey(a.name, a.platform);
        if (const int first = rowOfKey.value(key)) {
            ctx.problem(row.number, QStringLiteral("name"),
                        ImportTr::tr("%1 account \"%2\" already given in row %3").arg(Vocabulary<Platform>::zh(a.platform), a.name).arg(first));
            continue;
        }
        rowOfKey.insert(key, row.number);
        plan->rows.append(r);
    }
    ctx.plan = plan;
    return true;
}

bool writeAccounts(RegistryImporter::Context &ctx)
{
    auto &plan = *std::static_pointer_cast<AccountPlan>(ctx.plan);
    QHash<QString, qint64> unitIds;
    for (const Unit &u : ctx.store.units())
        unitIds.insert(u.name, u.id);
    QHash<QString, Account> byKey;
    for (const Account &a : ctx.store.accounts())
        byKey.insert(accountKey(a.name, a.platform), a);
    MediaRecords media(ctx.store);
    const bool hasFeed = ctx.has(QStringLiteral("feed"));
    const int total = int(plan.rows.size());
    int done = 0;
    for (const AccountRow &r : std::as_const(plan.rows)) {
        if (++done % 1000 == 0 && !ctx.progress(total + done, 2 * total))
            return ctx.result.cancelled = true, false;
        const qint64 ownerId = ensureUnit(ctx.store, unitIds, r.owner);
        if (!ownerId)
            return false;
        auto it = byKey.find(accountKey(r.account.name, r.account.platform));
        if (it == byKey.end()) {
            Account a = r.account;
            a.ownerId = ownerId;
            a.id = ctx.store.insertAccount(a, ctx.source);
            if (!a.id || (hasFeed && !r.feedUrl.isEmpty() && !media.setFeedUrl(a.id, r.feedUrl)))
                return false;
            ++ctx.result.inserted;
            continue;
        }
        Account a = *it;
        bool changed = false;
        auto set = [&changed](auto &field, const auto &value) {
            if (field != value) {
                field = value;
                changed = true;
            }
        };
        set(a.ownerId, ownerId);
        const std::pair<const char *, std::function<void()>> optional[] = {
            {"actual_name", [&] { set(a.actualName, r.account.actualName); }},
            {"account_id", [&] { set(a.accountId, r.account.accountId); }},
            {"opened", [&] { set(a.opened, r.account.opened); }},
            {"registered", [&] { set(a.registered, r.account.registered); }},
        };
        for (const auto &[key, apply] : optional)
            if (ctx.has(QString::fromLatin1(key)))
                apply();
        changed |= mergeExtras(a.extra, r.account.extra);
        if (changed && !ctx.store.updateAccount(a))
            return false;
        // Like the other optional fields: compared only when the file has the column.
        if (hasFeed && media.feedUrl(a.id) != r.feedUrl) {
            if (!media.setFeedUrl(a.id, r.feedUrl))
                return false;
            changed = true;
        }
        if (ctx.has(QStringLiteral("status")) && a.status != r.account.status) {
            if (!recordImportedStatus(ctx, ObjectType::Account, a.id, r.account.status))
                return false;
            changed = true;
        }
        ++(changed ? ctx.result.updated : ctx.result.unchanged);
    }
    return true;
}

// --- Status changes

namespace {
struct StatusPlan {
    QList<StatusChange> changes;
};
} // namespace

bool validateStatus(RegistryImporter::Context &ctx)
{
    auto plan = std::make_shared<StatusPlan>();
    for (const TableRow &row : ctx.table.rows) {
        StatusChange c;
        const QString name = ctx.cell(row, QStringLiteral("name"));
        const QString kindText = ctx.cell(row, QStringLiteral("kind"));
        bool ok = true;
        if (name.isEmpty()) {
            ctx.problem(row.number, QStringLiteral("name"), ImportTr::tr("名称 is empty"));
            ok = false;
        } else if (kindText.isEmpty()) {
            // Without 类型 the name must point at one object only.
            const QList<Site> sites = ctx.store.sitesByName(name);
            const QList<Account> accounts = ctx.store.accountsByName(name);
            const int n = int(sites.size() + accounts.size());
            if (n == 0)
                ctx.problem(row.number, QStringLiteral("name"), ImportTr::tr("no site, channel or account \"%1\" in the registry").arg(name)), ok = false;
            else if (n > 1)
                ctx.problem(row.number, QStringLiteral("name"),
                            ImportTr::tr("\"%1\" names %2 objects; give 类型 (the site's 类型 or the account's 平台)").arg(name).arg(n)),
                    ok = false;
            else if (!sites.isEmpty())
                c.objectType = ObjectType::Site, c.objectId = sites.first().id;
            else
                c.objectType = ObjectType::Account, c.objectId = accounts.first().id;
        } else if (const auto siteKind = Vocabulary<SiteKind>::parse(kindText)) {
            const auto s = ctx.store.siteByKey(name, *siteKind);
            if (!s)
                ctx.problem(row.number, QStringLiteral("name"), ImportTr::tr("no %1 \"%2\" in the registry").arg(Vocabulary<SiteKind>::zh(*siteKind), name)), ok = false;
            else
                c.objectType = ObjectType::Site, c.objectId = s->id;
        } else if (const auto platform = Vocabulary<Platform>::parse(kindText)) {
            const auto a = ctx.store.accountByKey(name, *platform);
            if (!a)
                ctx.problem(row.number, QStringLiteral("name"), ImportTr::tr("no %1 account \"%2\" in the registry").arg(Vocabulary<Platform>::zh(*platform), name)), ok = false;
            else
                c.objectType = ObjectType::Account, c.objectId = a->id;
        } else {
            ctx.problem(row.number, QStringLiteral("kind"),
                        ImportTr::tr("unknown 类型 \"%1\"; expected a site kind (%2) or a platform (%3)")
                            .arg(kindText, Vocabulary<SiteKind>::acceptedList(), Vocabulary<Platform>::acceptedList()));
            ok = false;
        }
        const QString statusText = ctx.cell(row, QStringLiteral("status"));
        const auto event = Vocabulary<StatusEvent>::parse(statusText);
        if (!event)
            ctx.problem(row.number, QStringLiteral("status"),
                        ImportTr::tr("unknown status \"%1\"; expected %2").arg(statusText, Vocabulary<StatusEvent>::acceptedList())),
                ok = false;
        else
            c.event = *event;
        bool dateOk = true;
        c.effective = ctx.date(row, QStringLiteral("date"), &dateOk);
        if (dateOk && !c.effective.isValid())
            ctx.problem(row.number, QStringLiteral("date"), ImportTr::tr("日期 is empty: a status change needs the date it took effect")), ok = false;
        ok &= dateOk;
        c.reason = ctx.cell(row, QStringLiteral("reason"));
        c.source = ctx.source;
        if (ok)
            plan->changes.append(c);
    }
    // Applied in date order, so that the latest change of each object decides its status.
    std::stable_sort(plan->changes.begin(), plan->changes.end(),
                     [](const StatusChange &a, const StatusChange &b) { return a.effective < b.effective; });
    ctx.plan = plan;
    return true;
}

bool writeStatus(RegistryImporter::Context &ctx)
{
    auto &plan = *std::static_pointer_cast<StatusPlan>(ctx.plan);
    for (const StatusChange &c : std::as_const(plan.changes)) {
        bool changed = false;
        if (!ctx.store.recordStatus(c, &changed))
            return false;
        if (changed)
            ++ctx.result.inserted, ++ctx.result.statusChanges;
        else
            ++ctx.result.unchanged;
    }
    return true;
}

} // namespace xj
