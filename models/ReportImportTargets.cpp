// Report import: how rows name the registry's objects (accounts, sites and channels) and counts.
#include "ReportImport.h"
#include "SiteCode.h"
#include "Vocabulary.h"

namespace xj {

namespace {

QString platformList(const QList<Account> &accounts)
{
    QStringList names;
    for (const Account &a : accounts)
        names << Vocabulary<Platform>::zh(a.platform);
    names.sort();
    return names.join(QStringLiteral("、"));
}

} // namespace

AccountLookup::AccountLookup(const Store &store)
{
    for (const Account &a : store.accounts())
        m_byName.insert(a.name, a);
}

qint64 AccountLookup::resolve(RegistryImporter::Context &ctx, const TableRow &row)
{
    const QString name = ctx.cell(row, QStringLiteral("account"));
    const QString platformText = ctx.cell(row, QStringLiteral("platform"));
    if (name.isEmpty()) {
        ctx.problem(row.number, QStringLiteral("account"), ImportTr::tr("账号名称 is empty"));
        return 0;
    }
    const QList<Account> named = m_byName.values(name);
    if (!platformText.isEmpty()) {
        const auto platform = Vocabulary<Platform>::parse(platformText);
        if (!platform) {
            ctx.problem(row.number, QStringLiteral("platform"),
                        ImportTr::tr("unknown platform \"%1\"; expected %2").arg(platformText, Vocabulary<Platform>::acceptedList()));
            return 0;
        }
        for (const Account &a : named)
            if (a.platform == *platform)
                return a.id;
        ctx.problem(row.number, QStringLiteral("account"),
                    named.isEmpty() ? ImportTr::tr("no account \"%1\" in the registry").arg(name)
                                    : ImportTr::tr("no %1 account \"%2\" in the registry (it has one on %3)")
                                          .arg(Vocabulary<Platform>::zh(*platform), name, platformList(named)));
        return 0;
    }
    if (named.isEmpty()) {
        ctx.problem(row.number, QStringLiteral("account"), ImportTr::tr("no account \"%1\" in the registry").arg(name));
        return 0;
    }
    if (named.size() > 1) {
        // Which of them posted cannot be guessed: the row must say.
        ctx.problem(row.number, QStringLiteral("account"),
                    ctx.has(QStringLiteral("platform"))
                        ? ImportTr::tr("\"%1\" names %2 accounts (%3); give 平台").arg(name).arg(named.size()).arg(platformList(named))
                        : ImportTr::tr("\"%1\" names %2 accounts (%3); add a 平台 column").arg(name).arg(named.size()).arg(platformList(named)));
        return 0;
    }
    return named.first().id;
}

ObjectLookup::ObjectLookup(const Store &store) : m_sites(store.sites()), m_accounts(store.accounts()) {}

std::optional<ObjectRef> ObjectLookup::resolve(RegistryImporter::Context &ctx, const TableRow &row, bool sites, bool accounts)
{
    const QString name = ctx.cell(row, QStringLiteral("target"));
    const QString kindText = ctx.cell(row, QStringLiteral("kind"));
    if (name.isEmpty()) {
        ctx.problem(row.number, QStringLiteral("target"), ImportTr::tr("对象 is empty"));
        return std::nullopt;
    }
    std::optional<SiteKind> siteKind;
    std::optional<Platform> platform;
    if (!kindText.isEmpty()) {
        siteKind = Vocabulary<SiteKind>::parse(kindText);
        platform = siteKind ? std::nullopt : Vocabulary<Platform>::parse(kindText);
        if (!siteKind && !platform) {
            ctx.problem(row.number, QStringLiteral("kind"),
                        ImportTr::tr("unknown 类型 \"%1\"; expected a site kind (%2) or a platform (%3)")
                            .arg(kindText, Vocabulary<SiteKind>::acceptedList(), Vocabulary<Platform>::acceptedList()));
            return std::nullopt;
        }
    }
    // Every object the cell can mean, then those of the allowed types.
    const QString code = SiteCode::normalize(name);
    QList<ObjectRef> all, allowed;
    for (const Site &s : std::as_const(m_sites)) {
        if ((s.name == name || (!code.isEmpty() && s.siteCode == code)) && !platform && (!siteKind || s.kind == *siteKind)) {
            all.append({ObjectType::Site, s.id, s.name, s.url});
            if (sites)
                allowed.append(all.last());
        }
    }
    for (const Account &a : std::as_const(m_accounts)) {
        if (a.name == name && !siteKind && (!platform || a.platform == *platform)) {
            all.append({ObjectType::Account, a.id, a.name, QString()});
            if (accounts)
                allowed.append(all.last());
        }
    }
    if (allowed.size() == 1)
        return allowed.first();
    if (allowed.size() > 1) {
        QList<Account> named; // when they are all accounts, the 平台 tells them apart
        for (const ObjectRef &o : std::as_const(allowed))
            for (const Account &a : std::as_const(m_accounts))
                if (o.type == ObjectType::Account && a.id == o.id)
                    named.append(a);
        if (named.size() == allowed.size())
            ctx.problem(row.number, QStringLiteral("target"),
                        ImportTr::tr("\"%1\" names %2 accounts (%3); give the 平台 in 类型").arg(name).arg(named.size()).arg(platformList(named)));
        else
            ctx.problem(row.number, QStringLiteral("target"),
                        ImportTr::tr("\"%1\" names %2 objects; give 类型 (the site's 类型 or the account's 平台) or the 网站标识码")
                            .arg(name)
                            .arg(allowed.size()));
    } else if (!all.isEmpty()) {
        ctx.problem(row.number, QStringLiteral("target"),
                    all.first().type == ObjectType::Account ? ImportTr::tr("\"%1\" is a new-media account, not a website").arg(name)
                                                            : ImportTr::tr("\"%1\" is a website, not a new-media account").arg(name));
    } else {
        ctx.problem(row.number, QStringLiteral("target"),
                    kindText.isEmpty() ? ImportTr::tr("no site, channel or account \"%1\" in the registry").arg(name)
                                       : ImportTr::tr("no %1 \"%2\" in the registry").arg(kindText, name));
    }
    return std::nullopt;
}

std::optional<int> countCell(RegistryImporter::Context &ctx, const TableRow &row, const QString &key)
{
    QString text = foldForMatch(ctx.cell(row, key));
    text.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    if (text.endsWith(QLatin1String(".0"))) // a whole number stored as a float by some exports
        text.chop(2);
    bool ok = false;
    const qlonglong n = text.toLongLong(&ok);
    if (text.isEmpty()) {
        ctx.problem(row.number, key, ImportTr::tr("%1 is empty: give a count (0 when there is none)").arg(ctx.fieldName(key)));
        return std::nullopt;
    }
    if (!ok || n < 0 || n > std::numeric_limits<int>::max()) {
        ctx.problem(row.number, key, ImportTr::tr("%1: \"%2\" is not a whole number ≥ 0").arg(ctx.fieldName(key), ctx.cell(row, key)));
        return std::nullopt;
    }
    return int(n);
}

} // namespace xj
