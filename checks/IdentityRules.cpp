#include "IdentityRules.h"

#include "SiteCode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace xj {

namespace {

// Messages in translation context "IdentityRules".
struct IdentityTr {
    Q_DECLARE_TR_FUNCTIONS(IdentityRules)
};

const QString kIdent = QStringLiteral("W-D-IDENT");
const QString kDomain = QStringLiteral("W-D-DOMAIN");
const QString kTags = QStringLiteral("W-D-TAGS");
const QString kFixit = QStringLiteral("W-D-FIXIT");

Finding base(const Site &site, const QString &code, const IndicatorSet &set, const QString &what)
{
    Finding f;
    f.objectType = ObjectType::Site;
    f.objectId = site.id;
    f.indicator = code;
    f.severity = set.severity(code);
    f.source = QStringLiteral("check");
    f.state = QStringLiteral("pending");
    f.fingerprint = code + QLatin1Char('|') + QString::number(site.id) + QLatin1Char('|') + what;
    return f;
}

Finding pageFinding(const Site &site, const QString &code, const IndicatorSet &set, const PageIdentity &page)
{
    Finding f = base(site, code, set, page.url);
    f.url = page.url;
    f.pageId = page.pageId;
    f.details.insert(QStringLiteral("role"), page.role);
    return f;
}

// The pages that can be judged, each URL once (a page met twice would file one fingerprint twice).
QList<PageIdentity> readable(const QList<PageIdentity> &pages)
{
    QList<PageIdentity> out;
    QSet<QString> seen;
    for (const PageIdentity &p : pages)
        if (p.facts.parsed && !seen.contains(p.url)) {
            seen.insert(p.url);
            out.append(p);
        }
    return out;
}

const PageIdentity *homeOf(const QList<PageIdentity> &pages)
{
    for (const PageIdentity &p : pages)
        if (p.role == QLatin1String("home"))
            return &p;
    return nullptr;
}

QString listed(const QStringList &items)
{
    return items.join(QStringLiteral("、"));
}

} // namespace

QStringList IdentityRules::codes()
{
    return {kDomain, kIdent, kFixit, kTags};
}

QList<Finding> IdentityRules::evaluate(const Site &site, const QString &unitName, const QList<PageIdentity> &pages,
                                       const IndicatorSet &set)
{
    return domain(site, unitName, pages, set) + ident(site, pages, set) + fixit(site, pages, set) + tags(site, pages, set);
}

QStringList IdentityRules::missingItems(const IdentityFacts &f)
{
    QStringList missing;
    const QList<QPair<QString, const QString *>> items = {
        {QStringLiteral("badge"), &f.badge},   {QStringLiteral("siteCode"), &f.siteCode},
        {QStringLiteral("icp"), &f.icp},       {QStringLiteral("police"), &f.policeRecord},
        {QStringLiteral("sponsor"), &f.sponsor}, {QStringLiteral("contact"), &f.contact}};
    for (const auto &[code, value] : items)
        if (value->isEmpty())
            missing << code;
    return missing;
}

QString IdentityRules::itemName(const QString &item)
{
    // The names of 国办秘函〔2019〕19号, as inspectors and the bulletin write them.
    static const QHash<QString, QString> names = {
        {QStringLiteral("badge"), QStringLiteral("党政机关网站标识")}, {QStringLiteral("siteCode"), QStringLiteral("网站标识码")},
        {QStringLiteral("icp"), QStringLiteral("ICP备案编号")},        {QStringLiteral("police"), QStringLiteral("公安机关备案标识")},
        {QStringLiteral("sponsor"), QStringLiteral("主办单位")},       {QStringLiteral("contact"), QStringLiteral("联系方式")}};
    return names.value(item, item);
}

QList<Finding> IdentityRules::ident(const Site &site, const QList<PageIdentity> &pages, const IndicatorSet &set)
{
    QList<Finding> out;
    if (!set.enabled(kIdent))
        return out;
    const double each = set.number(kIdent, QStringLiteral("pointsEach"), 0.5);
    const QList<PageIdentity> judged = readable(pages);
    for (const PageIdentity &p : judged) {
        const QStringList missing = missingItems(p.facts);
        if (missing.isEmpty())
            continue;
        QStringList names;
        for (const QString &m : missing)
            names << itemName(m);
        Finding f = pageFinding(site, kIdent, set, p);
        f.points = each * missing.size();
        f.evidence = IdentityTr::tr("the page footer lacks %n item(s): %1", nullptr, int(missing.size())).arg(listed(names));
        f.details.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missing));
        f.details.insert(QStringLiteral("missing_names"), QJsonArray::fromStringList(names));
        f.details.insert(QStringLiteral("footer_element"), p.facts.footerElement);
        out.append(f);
    }

    // The 标识码 shown must be the registry's: one finding for the site, naming every code shown.
    const QString registered = SiteCode::normalize(site.siteCode);
    if (registered.isEmpty())
        return out;
    QStringList shownCodes;
    const PageIdentity *first = nullptr;
    int pagesWrong = 0;
    for (const PageIdentity &p : judged) {
        if (p.facts.siteCode.isEmpty())
            continue;
        const QString shown = SiteCode::normalize(p.facts.siteCode);
        if (shown == registered)
            continue;
        ++pagesWrong;
        if (!shownCodes.contains(p.facts.siteCode))
            shownCodes << p.facts.siteCode;
        if (!first || (p.role == QLatin1String("home") && first->role != QLatin1String("home")))
            first = &p;
    }
    if (!first)
        return out;
    Finding f = base(site, kIdent, set, QStringLiteral("code-mismatch"));
    f.url = first->url;
    f.pageId = first->pageId;
    f.points = each;
    f.evidence = IdentityTr::tr("网站标识码 shown %1 differs from the registry's %2 (%n page(s))", nullptr, pagesWrong)
                     .arg(listed(shownCodes), site.siteCode.trimmed());
    f.details = {{QStringLiteral("shown"), QJsonArray::fromStringList(shownCodes)},
                 {QStringLiteral("registered"), site.siteCode.trimmed()},
                 {QStringLiteral("pages"), pagesWrong}};
    out.append(f);
    return out;
}

QList<Finding> IdentityRules::domain(const Site &site, const QString &unitName, const QList<PageIdentity> &pages,
                                     const IndicatorSet &set)
{
    QList<Finding> out;
    if (!set.enabled(kDomain))
        return out;
    const double each = set.number(kDomain, QStringLiteral("pointsEach"), 1);
    QStringList suffixes = set.list(kDomain, QStringLiteral("suffixes"));
    if (suffixes.isEmpty())
        suffixes = {QStringLiteral(".gov.cn"), QStringLiteral(".政务")};

    // A site without a URL has nothing to judge here (the registry import reports it).
    const QString host = hostOf(site.url);
    if (!host.isEmpty() && !hostUnder(host, suffixes)) {
        Finding f = base(site, kDomain, set, QStringLiteral("suffix"));
        f.url = site.url;
        f.points = each;
        f.evidence = isIpAddress(host)
                         ? IdentityTr::tr("the site is addressed by the IP address %1, not a domain under %2").arg(host, listed(suffixes))
                         : IdentityTr::tr("the domain %1 is not under %2").arg(host, listed(suffixes));
        f.details = {{QStringLiteral("item"), QStringLiteral("suffix")}, {QStringLiteral("host"), host},
                     {QStringLiteral("suffixes"), QJsonArray::fromStringList(suffixes)},
                     {QStringLiteral("ip"), isIpAddress(host)}};
        out.append(f);
    }

    if (!nameNamesUnit(site.name, unitName, site.kind)) {
        QString department;
        const QStringList regions = regionsOf(unitName, &department);
        Finding f = base(site, kDomain, set, QStringLiteral("name"));
        f.url = site.url;
        f.points = each;
        f.evidence = IdentityTr::tr("the site's name %1 does not name its unit %2 (region %3, department %4)")
                         .arg(site.name, unitName, regions.isEmpty() ? QString() : regions.last(), department);
        f.details = {{QStringLiteral("item"), QStringLiteral("name")}, {QStringLiteral("site_name"), site.name},
                     {QStringLiteral("unit_name"), unitName}, {QStringLiteral("regions"), QJsonArray::fromStringList(regions)},
                     {QStringLiteral("department"), department}};
        out.append(f);
    }

    const QList<PageIdentity> judged = readable(pages);
    const PageIdentity *home = homeOf(judged);
    if (home && !headerShowsName(home->facts, site.name, unitName)) {
        Finding f = base(site, kDomain, set, QStringLiteral("header"));
        f.url = home->url;
        f.pageId = home->pageId;
        f.points = each;
        const QString none = IdentityTr::tr("(none)");
        const auto shown = [&none](const QString &s) { return s.isEmpty() ? none : s; };
        f.evidence = IdentityTr::tr("the home page header does not show the name %1: title %2, logo %3, h1 %4")
                         .arg(site.name, shown(home->facts.title), shown(home->facts.logoAlt), shown(home->facts.h1));
        f.details = {{QStringLiteral("item"), QStringLiteral("header")}, {QStringLiteral("site_name"), site.name},
                     {QStringLiteral("title"), home->facts.title}, {QStringLiteral("logo_alt"), home->facts.logoAlt},
                     {QStringLiteral("h1"), home->facts.h1}};
        out.append(f);
    }
    return out;
}

QList<Finding> IdentityRules::tags(const Site &site, const QList<PageIdentity> &pages, const IndicatorSet &set)
{
    QList<Finding> out;
    if (!set.enabled(kTags))
        return out;
    const double each = set.number(kTags, QStringLiteral("pointsEach"), 0.1);
    int contentLeft = set.integer(kTags, QStringLiteral("contentSample"), 5);
    int columnLeft = set.integer(kTags, QStringLiteral("columnSample"), 5);
    const QStringList columnTags = set.list(kTags, QStringLiteral("columnTags"));
    const QStringList articleTags = set.list(kTags, QStringLiteral("articleTags"));
    for (const PageIdentity &p : readable(pages)) {
        const bool content = p.role == QLatin1String("content");
        const bool column = p.role == QLatin1String("column");
        if ((content && contentLeft-- <= 0) || (column && columnLeft-- <= 0) || (!content && !column))
            continue;
        QStringList missing, empty;
        for (const QString &tag : content ? articleTags : columnTags) {
            if (p.facts.hasMeta(tag))
                continue;
            missing << tag;
            if (p.facts.hasEmptyMeta(tag))
                empty << tag;
        }
        if (missing.isEmpty())
            continue;
        Finding f = pageFinding(site, kTags, set, p);
        f.points = each;
        f.evidence = content ? IdentityTr::tr("article page lacks the meta tag(s) %1").arg(listed(missing))
                             : IdentityTr::tr("column page lacks the meta tag(s) %1").arg(listed(missing));
        if (!empty.isEmpty())
            f.evidence += IdentityTr::tr(" (present but empty: %1)").arg(listed(empty));
        f.details.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missing));
        f.details.insert(QStringLiteral("empty"), QJsonArray::fromStringList(empty));
        out.append(f);
    }
    return out;
}

QList<Finding> IdentityRules::fixit(const Site &site, const QList<PageIdentity> &pages, const IndicatorSet &set)
{
    QList<Finding> out;
    if (!set.enabled(kFixit))
        return out;
    const double homePoints = set.number(kFixit, QStringLiteral("homePoints"), 1);
    const double otherPoints = set.number(kFixit, QStringLiteral("otherPoints"), 0.2);
    bool homeSeen = false;
    for (const PageIdentity &p : readable(pages)) {
        const bool home = p.role == QLatin1String("home") && !homeSeen;
        homeSeen = homeSeen || home;
        if (!p.facts.fixit.isEmpty())
            continue;
        Finding f = pageFinding(site, kFixit, set, p);
        f.points = home ? homePoints : otherPoints;
        f.evidence = home ? IdentityTr::tr("the home page footer has no 我为政府网站找错 entry")
                          : IdentityTr::tr("the page footer has no 我为政府网站找错 entry");
        out.append(f);
    }
    return out;
}

} // namespace xj
