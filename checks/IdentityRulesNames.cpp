// The W-D-DOMAIN judgements of IdentityRules: domain suffixes, IP hosts, and whether a site's
// name names its unit. The name rules are deliberately lenient — a finding here goes to a person
// (W-D-DOMAIN needs review) and a wrong one costs an inspector's time — so they pass anything
// that plausibly is the unit's name and fail only names that leave out the region or the
// department altogether.

#include "IdentityRules.h"

#include "IdentityCheck.h"

#include <QHostAddress>
#include <QUrl>

namespace xj {

namespace {

// The ASCII-compatible form of a host or suffix, so that "揭阳.政务" and "xn--….xn--zfr164b"
// compare equal whichever form the registry or QUrl gave.
QString aceOf(const QString &domain)
{
    const QByteArray ace = QUrl::toAce(domain);
    return ace.isEmpty() ? domain.toLower() : QString::fromLatin1(ace).toLower();
}

// Characters that end a region's name (广东省, 揭阳市, 揭西县, 榕城区, 空港经济区, 锡场镇, 自治州…).
// 乡 is left out: "城乡" is in too many department names.
bool isLevel(QChar c)
{
    static const QString levels = QStringLiteral("省市县区州盟旗镇");
    return levels.contains(c);
}

// A candidate region that is a word of a department's name, not a place: 城市管理, 市场监督,
// 公安局揭东区分局 (an organ's name before the level character).
bool notARegion(const QString &candidate)
{
    static const QStringList words = {QStringLiteral("城市"), QStringLiteral("都市"), QStringLiteral("社区"),
                                      QStringLiteral("园区"), QStringLiteral("小区"), QStringLiteral("地区"),
                                      QStringLiteral("景区"), QStringLiteral("城区"), QStringLiteral("市区"),
                                      QStringLiteral("辖区"), QStringLiteral("片区"), QStringLiteral("城镇")};
    static const QString organs = QStringLiteral("局委厅办院会部所站队处科室中心司");
    if (words.contains(candidate))
        return true;
    for (QChar c : candidate)
        if (organs.contains(c))
            return true;
    return false;
}

constexpr int kMaxRegionLength = 8; // 广西壮族自治区 is 7

} // namespace

QString IdentityRules::foldName(const QString &name)
{
    const QString folded = IdentityCheck::foldWidth(name).toLower();
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded)
        if (!c.isSpace() && !c.isPunct() && !c.isSymbol())
            out.append(c);
    return out;
}

QString IdentityRules::hostOf(const QString &siteUrl)
{
    const QUrl url = QUrl::fromUserInput(siteUrl.trimmed());
    QString host = url.host().toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

bool IdentityRules::isIpAddress(const QString &host)
{
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    return !QHostAddress(h).isNull();
}

bool IdentityRules::hostUnder(const QString &host, const QStringList &suffixes)
{
    if (host.isEmpty() || isIpAddress(host))
        return false;
    const QString aceHost = aceOf(host);
    for (QString suffix : suffixes) {
        suffix = suffix.trimmed();
        while (suffix.startsWith(QLatin1Char('.')))
            suffix.remove(0, 1);
        if (suffix.isEmpty())
            continue;
        const QString aceSuffix = aceOf(suffix);
        // Under the suffix, not equal to it: "gov.cn" itself is nobody's site.
        if (aceHost.endsWith(QLatin1Char('.') + aceSuffix))
            return true;
    }
    return false;
}

QStringList IdentityRules::regionsOf(const QString &unitName, QString *department)
{
    QString name = foldName(unitName);
    // 中共揭阳市委组织部: the party prefix is not part of the region.
    for (const QString &prefix : {QStringLiteral("中国共产党"), QStringLiteral("中共")})
        if (name.startsWith(prefix))
            name.remove(0, prefix.size());
    QStringList regions;
    qsizetype pos = 0;
    for (;;) {
        // The next level character at least one character after pos, within a region's length.
        qsizetype found = -1;
        for (qsizetype j = pos + 1; j < name.size() && j < pos + kMaxRegionLength; ++j) {
            if (isLevel(name.at(j)) && !notARegion(name.mid(pos, j - pos + 1))) {
                found = j;
                break;
            }
        }
        if (found < 0)
            break;
        regions << name.mid(pos, found - pos + 1);
        pos = found + 1;
    }
    if (department)
        *department = name.mid(pos);
    return regions;
}

// Whether a site name names a department: its full name, its short form (人民政府 → 政府,
// 管理委员会 → 管委会), or its name without the organ word (教育局 → 教育, 发展和改革局 → 发展和改革).
static bool namesDepartment(const QString &site, const QString &department)
{
    if (site.contains(department))
        return true;
    static const QList<QPair<QString, QString>> shortForms = {
        {QStringLiteral("人民政府"), QStringLiteral("政府")}, {QStringLiteral("管理委员会"), QStringLiteral("管委会")}};
    for (const auto &[full, shortForm] : shortForms)
        if (department.endsWith(full) && site.contains(department.left(department.size() - full.size()) + shortForm))
            return true;
    QString core = department;
    for (const QString &organ : {QStringLiteral("委员会"), QStringLiteral("办公室"), QStringLiteral("局"), QStringLiteral("委"),
                                 QStringLiteral("厅"), QStringLiteral("办"), QStringLiteral("部"), QStringLiteral("院"),
                                 QStringLiteral("署"), QStringLiteral("中心")})
        if (core.endsWith(organ)) {
            core.chop(organ.size());
            break;
        }
    return core.size() >= 2 && core != department && site.contains(core);
}

// The rule, in order:
//  1. The site's name contains the unit's name (folded: width, spaces, punctuation): passes
//     (揭阳市教育局 ↔ 揭阳市教育局网站, 揭阳市人民政府 ↔ 揭阳市人民政府门户网站).
//  2. The unit's name shows no region (揭阳海关, a unit named without its place): nothing can be
//     judged on the region, so the name passes — conservative.
//  3. Otherwise the name must contain the unit's most specific region, with or without its level
//     character (榕城区 or 榕城), and — except for service platforms (服务平台 are named after
//     the service: 揭阳市政务服务网 of 揭阳市政务服务数据管理局) — the department after the
//     region, in full or short (namesDepartment: 揭阳市政府门户网站, 揭阳教育网 pass).
//  "中国揭阳" for 揭阳市人民政府 fails (no department): 政府网站发展指引 wants the organ's name;
//  so does 揭阳市教育局网站 registered for 揭阳市榕城区教育局 (not its region).
bool IdentityRules::nameNamesUnit(const QString &siteName, const QString &unitName, SiteKind kind)
{
    const QString site = foldName(siteName);
    const QString unit = foldName(unitName);
    if (unit.isEmpty() || site.contains(unit))
        return true;
    QString department;
    const QStringList regions = regionsOf(unitName, &department);
    if (regions.isEmpty())
        return true;
    const QString region = regions.last();
    const QString bare = region.left(region.size() - 1);
    const bool namesRegion = site.contains(region) || (bare.size() >= 2 && site.contains(bare));
    if (!namesRegion)
        return false;
    if (kind == SiteKind::Platform || department.isEmpty())
        return true;
    return namesDepartment(site, department);
}

// The header passes when its title, logo alt or h1 contains the site's name without the words
// "门户网站", "网站", "官网" (headers show "揭阳市教育局", the register says "揭阳市教育局网站"),
// or the unit's name (a header naming the organ names what the site should be called).
bool IdentityRules::headerShowsName(const IdentityFacts &home, const QString &siteName, const QString &unitName)
{
    const QString header = foldName(home.title) + QLatin1Char('\n') + foldName(home.logoAlt) + QLatin1Char('\n')
                           + foldName(home.h1);
    QString core = foldName(siteName);
    for (const QString &suffix : {QStringLiteral("门户网站"), QStringLiteral("官方网站"), QStringLiteral("网站"),
                                  QStringLiteral("官网"), QStringLiteral("门户")})
        if (core.endsWith(suffix) && core.size() > suffix.size() + 1) {
            core.chop(suffix.size());
            break;
        }
    const QString unit = foldName(unitName);
    return (core.size() >= 2 && header.contains(core)) || (unit.size() >= 2 && header.contains(unit));
}

} // namespace xj
