#include "RoundFixture.h"

#include "CheckRecords.h"
#include "MediaRecords.h"

#include <QTest>

namespace xj::test {

qint64 addUnit(Store &store, const QString &name, UnitKind kind, qint64 parent)
{
    Unit u;
    u.name = name;
    u.kind = kind;
    u.parentId = parent;
    return store.insertUnit(u);
}

qint64 addSite(Store &store, const QString &name, SiteKind kind, qint64 owner, const QDate &opened)
{
    Site s;
    s.name = name;
    s.kind = kind;
    s.url = QStringLiteral("http://%1.example.gov.cn/").arg(qHash(name) % 100000);
    s.ownerId = owner;
    s.opened = opened;
    return store.insertSite(s, QStringLiteral("test"));
}

qint64 addAccount(Store &store, const QString &name, Platform platform, qint64 owner, const QDate &opened)
{
    Account a;
    a.name = name;
    a.platform = platform;
    a.ownerId = owner;
    a.opened = opened;
    a.registered = opened.isValid() ? opened.addDays(1) : QDate();
    return store.insertAccount(a, QStringLiteral("test"));
}

bool addStatus(Store &store, ObjectType type, qint64 id, StatusEvent event, const QDate &date, const QString &reason)
{
    StatusChange c;
    c.objectType = type;
    c.objectId = id;
    c.event = event;
    c.effective = date;
    c.reason = reason;
    c.source = QStringLiteral("test");
    return store.recordStatus(c);
}

namespace {

bool finding(CheckRecords &records, qint64 siteId, const char *code, const QString &evidence, const QString &state, double points = 0)
{
    Finding f;
    f.roundId = QStringLiteral("2022Q2");
    f.objectType = ObjectType::Site;
    f.objectId = siteId;
    f.indicator = QString::fromLatin1(code);
    f.severity = f.indicator.startsWith(QLatin1String("W-V")) ? QStringLiteral("veto")
               : f.indicator.startsWith(QLatin1String("W-D")) ? QStringLiteral("deduct") : QStringLiteral("notice");
    f.points = points;
    f.evidence = evidence;
    f.state = state;
    f.source = QStringLiteral("import");
    f.fingerprint = QStringLiteral("%1|%2|%3").arg(f.indicator).arg(siteId).arg(evidence);
    return records.upsertFinding(f) > 0;
}

} // namespace

bool buildSeedRound(Store &store, RoundFixture *out)
{
    RoundFixture &fx = *out;
    Round r;
    r.id = fx.roundId;
    r.windowFrom = QDate(2022, 4, 1);
    r.windowTo = QDate(2022, 6, 30);
    r.asOf = r.windowTo;
    if (!store.insertRound(r))
        return false;
    auto unit = [&](const char *name, UnitKind kind, const char *parent = nullptr) {
        const qint64 id = addUnit(store, QString::fromUtf8(name), kind, parent ? fx.units.value(QString::fromUtf8(parent)) : 0);
        fx.units.insert(QString::fromUtf8(name), id);
        return id;
    };
    const qint64 office = unit("揭阳市人民政府办公室", UnitKind::Other);
    unit("揭阳市政务服务数据管理局", UnitKind::Department);
    unit("揭东区", UnitKind::County);
    unit("揭东区政务服务数据管理局", UnitKind::Department, "揭东区");
    unit("榕城区", UnitKind::County);
    unit("榕城区政务服务数据管理局", UnitKind::Department, "榕城区");
    unit("揭阳市生态环境局", UnitKind::Department);
    unit("揭阳市发展和改革局", UnitKind::Department);
    unit("揭阳市审计局", UnitKind::Department);
    unit("揭阳市信访局", UnitKind::Department);
    unit("普宁市", UnitKind::County);
    unit("普宁市政务服务数据管理局", UnitKind::Department, "普宁市");
    unit("揭阳产业转移工业园投资促进服务中心", UnitKind::Park);

    auto site = [&](const char *name, SiteKind kind) {
        const qint64 id = addSite(store, QString::fromUtf8(name), kind, office);
        fx.sites.insert(QString::fromUtf8(name), id);
        return id;
    };
    const qint64 portal = site("揭阳市人民政府门户网站", SiteKind::Portal);
    const qint64 jiedong = site("揭东区人民政府门户网站", SiteKind::Portal);
    const qint64 xincheng = site("粤东新城管委会门户网站", SiteKind::Portal);
    const qint64 park = site("揭阳产业园门户网站", SiteKind::Portal);
    site("榕城区人民政府门户网站", SiteKind::Portal);
    site("普宁市人民政府门户网站", SiteKind::Portal);
    const qint64 credit = site("信用揭阳网", SiteKind::Department);
    site("揭阳市发展和改革局网站", SiteKind::Department);
    site("揭阳市政务服务网", SiteKind::Platform);
    site("揭阳市公共资源交易平台", SiteKind::Platform);
    const qint64 airport = site("空港经济区管委会门户网站", SiteKind::Portal);
    for (const char *name : {"揭阳市教育局频道", "揭阳市林业局频道", "揭阳市审计局频道"}) {
        Site s;
        s.name = QString::fromUtf8(name);
        s.kind = SiteKind::Channel;
        s.url = QStringLiteral("http://www.jieyang.gov.cn/%1/").arg(fx.sites.size());
        s.ownerId = office;
        s.parentId = portal;
        s.opened = QDate(2020, 1, 1);
        fx.sites.insert(s.name, store.insertSite(s, QStringLiteral("test")));
    }
    if (!addStatus(store, ObjectType::Site, airport, StatusEvent::Offline, QDate(2022, 5, 16), QStringLiteral("改制"))
        || !addStatus(store, ObjectType::Site, credit, StatusEvent::RegisteredLate, QDate(2022, 6, 10), QStringLiteral("补报备案")))
        return false;

    CheckRecords records(store);
    if (!finding(records, jiedong, "W-V1", QStringLiteral("龙尾镇栏目严重表述错误"), QStringLiteral("confirmed"))
        || !finding(records, park, "W-V1", QStringLiteral("漏绘重要岛屿"), QStringLiteral("confirmed"))
        || !finding(records, park, "W-N-MAP", QStringLiteral("地图"), QStringLiteral("confirmed"))
        || !finding(records, xincheng, "W-N-WORDING", QStringLiteral("错、漏字"), QStringLiteral("confirmed"))
        || !finding(records, credit, "W-D-IDENT", QStringLiteral("页脚无网站标识码"), QStringLiteral("pending"), 0.5)
        || !finding(records, fx.sites.value(QStringLiteral("揭阳市林业局频道")), "W-V3", QStringLiteral("首页两周未更新"), QStringLiteral("pending")))
        return false;

    MediaRecords media(store);
    auto account = [&](const QString &name, Platform p, const QDate &opened = QDate(2020, 1, 1)) {
        const qint64 id = addAccount(store, name, p, office, opened);
        fx.accounts.insert(name, id);
        return id;
    };
    auto post = [&](qint64 id, const QDate &d) { return media.addPost({0, id, QDateTime(d, QTime(10, 0)), d.toString(Qt::ISODate), {}, {}}); };
    if (!store.begin())
        return false;
    for (int i = 1; i <= 84; ++i)
        if (!post(account(QStringLiteral("揭阳政务号%1").arg(i, 2, 10, QLatin1Char('0')), Platform::WeChat), QDate(2022, 6, 25)))
            return false;
    const qint64 market = account(QStringLiteral("揭阳市场监管"), Platform::Douyin, QDate(2022, 6, 10));
    const qint64 puning = account(QStringLiteral("普宁市生态环境"), Platform::WeChat);
    const qint64 rongcheng = account(QStringLiteral("榕城发布"), Platform::Weibo);
    account(QStringLiteral("揭阳林业"), Platform::Douyin, QDate(2022, 7, 5));
    if (!post(market, QDate(2022, 6, 25)) || !post(puning, QDate(2022, 5, 1)) || !post(puning, QDate(2022, 5, 20))
        || !post(rongcheng, QDate(2022, 3, 1))
        || !media.addReminder({0, puning, QDateTime(QDate(2022, 5, 28), QTime(9, 0)), QStringLiteral("短信")})
        || !media.addReminder({0, puning, QDateTime(QDate(2022, 6, 5), QTime(9, 0)), QStringLiteral("短信")})
        || !store.commit())
        return false;
    if (!addStatus(store, ObjectType::Account, rongcheng, StatusEvent::Cancelled, QDate(2022, 6, 1), QStringLiteral("待核查名单")))
        return false;

    const struct {
        const char *unit;
        int linked, open;
    } catalog[] = {{"揭阳市政务服务数据管理局", 287, 220}, {"揭东区政务服务数据管理局", 185, 122}, {"榕城区政务服务数据管理局", 164, 40},
                   {"揭阳市生态环境局", 50, 101},          {"揭阳市发展和改革局", 30, 5},         {"揭阳市审计局", 10, 9},
                   {"揭阳市信访局", 10, 10},              {"普宁市政务服务数据管理局", 20, 0},   {"揭阳产业转移工业园投资促进服务中心", 5, 0}};
    for (const auto &c : catalog)
        if (!media.setCatalogCount({fx.roundId, fx.units.value(QString::fromUtf8(c.unit)), c.linked, c.open}))
            return false;
    return media.setRanks(fx.roundId, 7, 13);
}

} // namespace xj::test
