// Registry import: the sites table (websites, service platforms, department channels) and the
// columns table (栏目 of a site).
#include "RegistryImportContext.h"
#include "SiteCode.h"
#include "Vocabulary.h"

namespace xj {

namespace {

struct SiteRow {
    int row;
    Site site;
    QString owner;
    QString parent;
};
struct SitePlan {
    QList<SiteRow> rows;
};

QString siteKey(const QString &name, SiteKind kind)
{
    return Vocabulary<SiteKind>::code(kind) + QLatin1Char('\n') + name;
}

} // namespace

bool validateSites(RegistryImporter::Context &ctx)
{
    auto plan = std::make_shared<SitePlan>();
    const QList<Site> existing = ctx.store.sites();
    QHash<QString, const Site *> byKey;
    QHash<QString, const Site *> byCode;
    for (const Site &s : existing) {
        byKey.insert(siteKey(s.name, s.kind), &s);
        if (!s.siteCode.isEmpty())
            byCode.insert(s.siteCode, &s);
    }
    QHash<QString, int> rowOfKey, rowOfCode;
    QHash<QString, SiteKind> fileKinds; // name → kind, for hosts named in this file
    const int total = int(ctx.table.rows.size());
    int done = 0;
    for (const TableRow &row : ctx.table.rows) {
        if (++done % 500 == 0 && !ctx.progress(done, 2 * total))
            return ctx.result.cancelled = true, false;
        SiteRow r{row.number, {}, ctx.cell(row, QStringLiteral("owner")), ctx.cell(row, QStringLiteral("parent"))};
        Site &s = r.site;
        bool ok = true;
        s.name = ctx.cell(row, QStringLiteral("name"));
        if (s.name.isEmpty())
            ctx.problem(row.number, QStringLiteral("name"), ImportTr::tr("名称 is empty")), ok = false;
        const QString kindText = ctx.cell(row, QStringLiteral("kind"));
        const auto kind = Vocabulary<SiteKind>::parse(kindText);
        if (!kind) {
            ctx.problem(row.number, QStringLiteral("kind"),
                        ImportTr::tr("unknown kind \"%1\"; expected %2").arg(kindText, Vocabulary<SiteKind>::acceptedList()));
            ok = false;
        } else {
            s.kind = *kind;
        }
        const QString urlText = ctx.cell(row, QStringLiteral("url"));
        s.url = normalizeUrlCell(urlText);
        if (s.url.isEmpty())
            ctx.problem(row.number, QStringLiteral("url"), ImportTr::tr("\"%1\" is not an http(s) address").arg(urlText)), ok = false;
        s.siteCode = SiteCode::normalize(ctx.cell(row, QStringLiteral("site_code")));
        if (s.siteCode.isEmpty() && kind && *kind != SiteKind::Channel) {
            ctx.problem(row.number, QStringLiteral("site_code"), ImportTr::tr("网站标识码 is required for a %1").arg(Vocabulary<SiteKind>::zh(*kind)));
            ok = false;
        } else if (!s.siteCode.isEmpty() && !SiteCode::isWellFormed(s.siteCode)) {
            ctx.problem(row.number, QStringLiteral("site_code"),
                        ImportTr::tr("malformed 网站标识码 \"%1\": 10 digits, or bm and 8 digits").arg(s.siteCode));
            ok = false;
        }
        if (r.owner.isEmpty())
            ctx.problem(row.number, QStringLiteral("owner"), ImportTr::tr("主办单位 is empty")), ok = false;
        if (kind && *kind == SiteKind::Channel && r.parent.isEmpty() && ctx.has(QStringLiteral("parent")))
            ctx.problem(row.number, QStringLiteral("parent"), ImportTr::tr("a 部门频道 needs its hosting site in 上级网站")), ok = false;
        else if (kind && *kind == SiteKind::Channel && !ctx.has(QStringLiteral("parent")))
            ctx.problem(row.number, QStringLiteral("parent"),
                        ImportTr::tr("a 部门频道 needs its hosting site, but the file has no 上级网站 column")), ok = false;
        else if (kind && *kind != SiteKind::Channel && !r.parent.isEmpty())
            ctx.problem(row.number, QStringLiteral("parent"), ImportTr::tr("only a 部门频道 has a 上级网站")), ok = false;
        const QString statusText = ctx.cell(row, QStringLiteral("status"));
        if (!statusText.isEmpty()) {
            const auto st = Vocabulary<ObjectStatus>::parse(statusText);
            if (!st)
                ctx.problem(row.number, QStringLiteral("status"),
                            ImportTr::tr("unknown status \"%1\"; expected %2").arg(statusText, Vocabulary<ObjectStatus>::acceptedList())),
                    ok = false;
            else
                s.status = *st;
        }
        bool dateOk = true;
        s.opened = ctx.date(row, QStringLiteral("opened"), &dateOk);
        ok &= dateOk;
        s.registered = ctx.date(row, QStringLiteral("registered"), &dateOk);
        ok &= dateOk;
        s.icp = ctx.cell(row, QStringLiteral("icp"));
        s.policeRecord = ctx.cell(row, QStringLiteral("police_record"));
        s.extra = ctx.extras(row);
        if (!ok)
            continue;
        const QString key = siteKey(s.name, s.kind);
        if (const int first = rowOfKey.value(key)) {
            ctx.problem(row.number, QStringLiteral("name"),
                        ImportTr::tr("%1 \"%2\" already given in row %3").arg(Vocabulary<SiteKind>::zh(s.kind), s.name).arg(first));
            continue;
        }
        rowOfKey.insert(key, row.number);
        if (!s.siteCode.isEmpty()) {
            if (const int first = rowOfCode.value(s.siteCode)) {
                ctx.problem(row.number, QStringLiteral("site_code"),
                            ImportTr::tr("网站标识码 %1 already given in row %2").arg(s.siteCode).arg(first));
                continue;
            }
            rowOfCode.insert(s.siteCode, row.number);
            const Site *holder = byCode.value(s.siteCode);
            if (holder && siteKey(holder->name, holder->kind) != key) {
                ctx.problem(row.number, QStringLiteral("site_code"),
                            ImportTr::tr("网站标识码 %1 belongs to \"%2\" in the registry").arg(s.siteCode, holder->name));
                continue;
            }
        }
        if (s.kind != SiteKind::Channel)
            fileKinds.insert(s.name, s.kind);
        plan->rows.append(r);
    }
    // A channel's host may be in the registry or further down this file; it must not be a channel.
    for (const SiteRow &r : std::as_const(plan->rows)) {
        if (r.site.kind != SiteKind::Channel)
            continue;
        bool found = fileKinds.contains(r.parent);
        for (const Site &s : existing)
            found = found || (s.name == r.parent && s.kind != SiteKind::Channel);
        if (!found)
            ctx.problem(r.row, QStringLiteral("parent"),
                        ImportTr::tr("上级网站 \"%1\" is not a website in this file or in the registry").arg(r.parent));
    }
    ctx.plan = plan;
    return true;
}

bool writeSites(RegistryImporter::Context &ctx)
{
    auto &plan = *std::static_pointer_cast<SitePlan>(ctx.plan);
    QHash<QString, qint64> unitIds;
    for (const Unit &u : ctx.store.units())
        unitIds.insert(u.name, u.id);
    QHash<QString, Site> byKey;
    QHash<QString, qint64> hostIds; // non-channel name → id
    for (const Site &s : ctx.store.sites()) {
        byKey.insert(siteKey(s.name, s.kind), s);
        if (s.kind != SiteKind::Channel)
            hostIds.insert(s.name, s.id);
    }
    const int total = int(plan.rows.size());
    int done = 0;
    // Websites first, so that channels further up the file find their hosts.
    for (const bool channels : {false, true}) {
        for (const SiteRow &r : std::as_const(plan.rows)) {
            if ((r.site.kind == SiteKind::Channel) != channels)
                continue;
            if (++done % 500 == 0 && !ctx.progress(total + done, 2 * total))
                return ctx.result.cancelled = true, false;
            const qint64 ownerId = ensureUnit(ctx.store, unitIds, r.owner);
            if (!ownerId)
                return false;
            const qint64 parentId = channels ? hostIds.value(r.parent) : 0;
            auto it = byKey.find(siteKey(r.site.name, r.site.kind));
            if (it == byKey.end()) {
                Site s = r.site;
                s.ownerId = ownerId;
                s.parentId = parentId;
                s.id = ctx.store.insertSite(s, ctx.source);
                if (!s.id)
                    return false;
                if (!channels)
                    hostIds.insert(s.name, s.id);
                ++ctx.result.inserted;
                continue;
            }
            Site s = *it;
            bool changed = false;
            auto set = [&changed](auto &field, const auto &value) {
                if (field != value) {
                    field = value;
                    changed = true;
                }
            };
            // Only the columns the file has are compared: a file without ICP备案号 keeps it.
            set(s.url, r.site.url);
            set(s.ownerId, ownerId);
            const std::pair<const char *, std::function<void()>> optional[] = {
                {"site_code", [&] { set(s.siteCode, r.site.siteCode); }},
                {"icp", [&] { set(s.icp, r.site.icp); }},
                {"police_record", [&] { set(s.policeRecord, r.site.policeRecord); }},
                {"parent", [&] { set(s.parentId, parentId); }},
                {"opened", [&] { set(s.opened, r.site.opened); }},
                {"registered", [&] { set(s.registered, r.site.registered); }},
            };
            for (const auto &[key, apply] : optional)
                if (ctx.has(QString::fromLatin1(key)))
                    apply();
            changed |= mergeExtras(s.extra, r.site.extra);
            if (changed && !ctx.store.updateSite(s))
                return false;
            if (ctx.has(QStringLiteral("status")) && s.status != r.site.status) {
                if (!recordImportedStatus(ctx, ObjectType::Site, s.id, r.site.status))
                    return false;
                changed = true;
            }
            ++(changed ? ctx.result.updated : ctx.result.unchanged);
        }
    }
    return true;
}

// --- Columns

namespace {
struct ColumnRow {
    int row;
    SiteColumn column;
};
struct ColumnPlan {
    QList<ColumnRow> rows;
};
} // namespace

bool validateColumns(RegistryImporter::Context &ctx)
{
    auto plan = std::make_shared<ColumnPlan>();
    const QList<Site> sites = ctx.store.sites();
    QHash<QString, int> rowOfKey;
    for (const TableRow &row : ctx.table.rows) {
        ColumnRow r{row.number, {}};
        const QString siteText = ctx.cell(row, QStringLiteral("site"));
        const Site *site = nullptr;
        int matches = 0;
        const QString code = SiteCode::normalize(siteText);
        for (const Site &s : sites) {
            if (s.name == siteText || (!code.isEmpty() && s.siteCode == code)) {
                site = &s;
                ++matches;
            }
        }
        if (siteText.isEmpty())
            ctx.problem(row.number, QStringLiteral("site"), ImportTr::tr("网站 is empty"));
        else if (matches == 0)
            ctx.problem(row.number, QStringLiteral("site"), ImportTr::tr("no site \"%1\" in the registry (名称 or 网站标识码)").arg(siteText));
        else if (matches > 1)
            ctx.problem(row.number, QStringLiteral("site"),
                        ImportTr::tr("\"%1\" names %2 sites; give the 网站标识码 instead").arg(siteText).arg(matches));
        r.column.name = ctx.cell(row, QStringLiteral("column"));
        if (r.column.name.isEmpty())
            ctx.problem(row.number, QStringLiteral("column"), ImportTr::tr("栏目名称 is empty"));
        const QString urlText = ctx.cell(row, QStringLiteral("url"));
        r.column.url = normalizeUrlCell(urlText, matches == 1 ? site->url : QString());
        if (r.column.url.isEmpty())
            ctx.problem(row.number, QStringLiteral("url"), ImportTr::tr("\"%1\" is not an http(s) address").arg(urlText));
        const QString cat = ctx.cell(row, QStringLiteral("category"));
        if (!cat.isEmpty()) {
            const auto c = Vocabulary<ColumnCategory>::parse(cat);
            if (!c)
                ctx.problem(row.number, QStringLiteral("category"),
                            ImportTr::tr("unknown category \"%1\"; expected %2").arg(cat, Vocabulary<ColumnCategory>::acceptedList()));
            else
                r.column.category = *c;
        }
        r.column.extra = ctx.extras(row);
        if (matches != 1 || r.column.name.isEmpty() || r.column.url.isEmpty())
            continue;
        r.column.siteId = site->id;
        const QString key = QString::number(site->id) + QLatin1Char('\n') + r.column.name;
        if (const int first = rowOfKey.value(key)) {
            ctx.problem(row.number, QStringLiteral("column"),
                        ImportTr::tr("column \"%1\" of \"%2\" already given in row %3").arg(r.column.name, site->name).arg(first));
            continue;
        }
        rowOfKey.insert(key, row.number);
        plan->rows.append(r);
    }
    ctx.plan = plan;
    return true;
}

bool writeColumns(RegistryImporter::Context &ctx)
{
    auto &plan = *std::static_pointer_cast<ColumnPlan>(ctx.plan);
    for (const ColumnRow &r : std::as_const(plan.rows)) {
        auto existing = ctx.store.column(r.column.siteId, r.column.name);
        if (!existing) {
            if (!ctx.store.insertColumn(r.column))
                return false;
            ++ctx.result.inserted;
            continue;
        }
        SiteColumn c = *existing;
        bool changed = c.url != r.column.url;
        c.url = r.column.url;
        if (ctx.has(QStringLiteral("category")) && c.category != r.column.category) {
            c.category = r.column.category;
            changed = true;
        }
        changed |= mergeExtras(c.extra, r.column.extra);
        if (changed && !ctx.store.updateColumn(c))
            return false;
        ++(changed ? ctx.result.updated : ctx.result.unchanged);
    }
    return true;
}

} // namespace xj
