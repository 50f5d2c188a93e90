#include "RoundFigures.h"

#include "DocumentNumber.h"

namespace xj {

namespace {

QString link(const QString &key, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(key, text);
}

QString num(const QString &key, int n)
{
    return link(key, QString::number(n));
}

// Names joined as the bulletin joins them: A、B、C.
QString names(const QList<UnitCount> &list, bool withCounts)
{
    QStringList out;
    for (const UnitCount &c : list)
        out << (withCounts ? QStringLiteral("%1（%2条）").arg(c.unit.toHtmlEscaped()).arg(c.count) : c.unit.toHtmlEscaped());
    return out.join(QStringLiteral("、"));
}

QList<ObjectVerdict> platforms(const RoundResults &r)
{
    QList<ObjectVerdict> out;
    for (const ObjectVerdict &v : r.websites.objects)
        if (r.servicePlatformIds.contains(v.id))
            out.append(v);
    return out;
}

QString ids(const QList<qint64> &list)
{
    QStringList out;
    for (qint64 id : list)
        out << QString::number(id);
    return out.join(QStringLiteral(", "));
}

} // namespace

QList<RoundFigures::Paragraph> RoundFigures::headlines(const DashboardData &d)
{
    const RoundResults &r = d.results;
    QList<Paragraph> out;

    QString overall = QStringLiteral("对全市在运行的%1个政府网站（含%2个服务平台）、%3个部门频道、%4个政务新媒体进行了全覆盖检查。")
                          .arg(num(QStringLiteral("checked-websites"), r.websites.checked),
                               num(QStringLiteral("platforms"), r.servicePlatforms), num(QStringLiteral("checked-channels"), r.channels.checked),
                               num(QStringLiteral("checked-accounts"), r.accounts.checked));
    overall += QStringLiteral("网站整体合格率为%1。").arg(link(QStringLiteral("failed-websites"), formatRate(r.websites.passRate)));
    if (r.channels.checked > 0)
        overall += QStringLiteral("部门频道合格率为%1。").arg(link(QStringLiteral("failed-channels"), formatRate(r.channels.passRate)));
    overall += QStringLiteral("政务新媒体合格率为%1。").arg(link(QStringLiteral("failed-accounts"), formatRate(r.accounts.passRate)));
    out.append({QStringLiteral("（一）总体运行情况"), overall});

    QString window;
    if (r.closedInWindow.isEmpty()) {
        window = QStringLiteral("本季度无关停、下线、注销的政府网站和政务新媒体。");
    } else {
        QStringList items;
        for (const ListedObject &l : r.closedInWindow)
            items << QStringLiteral("%1（%2）").arg(l.name.toHtmlEscaped(), l.status);
        window = QStringLiteral("本季度关停、下线、注销%1个：%2。").arg(num(QStringLiteral("closed"), int(r.closedInWindow.size())),
                                                                      items.join(QStringLiteral("、")));
    }
    if (!r.registeredInWindow.isEmpty()) {
        QStringList items;
        for (const ListedObject &l : r.registeredInWindow)
            items << (l.late ? QStringLiteral("%1（补报备案）").arg(l.name.toHtmlEscaped()) : l.name.toHtmlEscaped());
        window += QStringLiteral("完成备案%1个：%2。").arg(num(QStringLiteral("registered"), int(r.registeredInWindow.size())),
                                                         items.join(QStringLiteral("、")));
    }
    out.append({QStringLiteral("（二）关停补报情况"), window});

    const CatalogResult &c = r.catalog;
    QString data;
    if (c.units == 0) {
        data = QStringLiteral("本季度无数据目录统计。");
    } else {
        data = QStringLiteral("数据挂接目录总数为%1条").arg(num(QStringLiteral("catalog-linked"), c.linkedTotal));
        if (c.linkedRank)
            data += QStringLiteral("，位列全省地级市第%1名").arg(*c.linkedRank);
        if (!c.linkedTop.isEmpty())
            data += QStringLiteral("；挂接数量排名前%1位的单位依次为%2")
                        .arg(QString::number(c.linkedTop.size()), link(QStringLiteral("catalog-linked-top"), names(c.linkedTop, true)));
        data += QStringLiteral("。公共数据开放总量为%1条").arg(num(QStringLiteral("catalog-open"), c.openTotal));
        if (c.openRank)
            data += QStringLiteral("，位列全省地级市第%1名").arg(*c.openRank);
        if (!c.openTop.isEmpty())
            data += QStringLiteral("；开放数量排名前%1位的单位依次为%2")
                        .arg(QString::number(c.openTop.size()), link(QStringLiteral("catalog-open-top"), names(c.openTop, true)));
        data += QStringLiteral("。");
        if (!c.openLow.isEmpty())
            data += QStringLiteral("市政府直属部门中，%1等%2个部门开放数量少于%3条。")
                        .arg(names(c.openLow, false), num(QStringLiteral("catalog-open-low"), int(c.openLow.size())))
                        .arg(r.rules.openLowThreshold);
        if (!c.openZero.isEmpty())
            data += QStringLiteral("%1开放数量为0（%2个单位）。").arg(names(c.openZero, false), num(QStringLiteral("catalog-open-zero"), int(c.openZero.size())));
    }
    out.append({QStringLiteral("（三）数据开放情况"), data});
    return out;
}

QStringList RoundFigures::keys()
{
    return {QStringLiteral("checked-websites"), QStringLiteral("platforms"), QStringLiteral("checked-channels"),
            QStringLiteral("checked-accounts"), QStringLiteral("failed-websites"), QStringLiteral("failed-channels"),
            QStringLiteral("failed-accounts"), QStringLiteral("closed"), QStringLiteral("registered"),
            QStringLiteral("catalog-linked"), QStringLiteral("catalog-open"), QStringLiteral("catalog-linked-top"),
            QStringLiteral("catalog-open-top"), QStringLiteral("catalog-open-low"), QStringLiteral("catalog-open-zero")};
}

std::optional<FigureList> RoundFigures::list(const DashboardData &d, const QString &key)
{
    const RoundResults &r = d.results;
    FigureList f;
    f.key = key;
    auto verdicts = [&](const QString &title, const QList<ObjectVerdict> &list) {
        f.title = title;
        f.headers = {tr("Name"), tr("Kind"), tr("Owner unit"), tr("Result"), tr("Score"), tr("Reasons"), tr("Notices"), tr("Findings")};
        for (const ObjectVerdict &v : list) {
            f.rows.append({v.name, v.kind, d.unitNames.value(v.ownerId), v.passed ? tr("passed") : tr("failed"),
                           v.scored ? QString::number(v.score) : QString(), v.passed ? QString() : v.reasons().join(QStringLiteral(", ")),
                           v.notices.join(QStringLiteral(", ")), ids(v.findingIds)});
            f.ids.append(v.id);
        }
    };
    auto listed = [&](const QString &title, const QList<ListedObject> &list) {
        f.title = title;
        f.headers = {tr("Name"), tr("Kind"), tr("Date"), tr("Event"), tr("Reason")};
        for (const ListedObject &l : list) {
            const QString event = !l.status.isEmpty() ? l.status : l.late ? tr("registered late") : tr("registered");
            f.rows.append({l.name, l.kind, l.date.toString(Qt::ISODate), event, l.reason});
            f.ids.append(l.id);
        }
    };
    auto units = [&](const QString &title, const QList<UnitCount> &list) {
        f.title = title;
        f.headers = {tr("Unit"), tr("Items")};
        for (const UnitCount &c : list) {
            f.rows.append({c.unit, QString::number(c.count)});
            f.ids.append(c.unitId);
        }
    };
    auto catalog = [&](const QString &title, bool linked) {
        QList<UnitCount> list;
        for (const CatalogCount &c : d.catalog)
            list.append({c.unitId, d.unitNames.value(c.unitId), linked ? c.linked : c.open});
        units(title, list);
    };
    if (key == QLatin1String("checked-websites"))
        verdicts(tr("Websites checked"), r.websites.objects);
    else if (key == QLatin1String("platforms"))
        verdicts(tr("Service platforms checked"), platforms(r));
    else if (key == QLatin1String("checked-channels"))
        verdicts(tr("Department channels checked"), r.channels.objects);
    else if (key == QLatin1String("checked-accounts"))
        verdicts(tr("New-media accounts checked"), r.accounts.objects);
    else if (key == QLatin1String("failed-websites"))
        verdicts(tr("Websites that failed (%1 of %2)").arg(r.websites.checked - r.websites.passed).arg(r.websites.checked), r.websites.failed());
    else if (key == QLatin1String("failed-channels"))
        verdicts(tr("Channels that failed (%1 of %2)").arg(r.channels.checked - r.channels.passed).arg(r.channels.checked), r.channels.failed());
    else if (key == QLatin1String("failed-accounts"))
        verdicts(tr("Accounts that failed (%1 of %2)").arg(r.accounts.checked - r.accounts.passed).arg(r.accounts.checked), r.accounts.failed());
    else if (key == QLatin1String("closed"))
        listed(tr("Closed, taken offline or cancelled in the window"), r.closedInWindow);
    else if (key == QLatin1String("registered"))
        listed(tr("Registered in the window"), r.registeredInWindow);
    else if (key == QLatin1String("catalog-linked"))
        catalog(tr("Linked catalog items per unit"), true);
    else if (key == QLatin1String("catalog-open"))
        catalog(tr("Open data items per unit"), false);
    else if (key == QLatin1String("catalog-linked-top"))
        units(tr("Units with the most linked items"), r.catalog.linkedTop);
    else if (key == QLatin1String("catalog-open-top"))
        units(tr("Units with the most open items"), r.catalog.openTop);
    else if (key == QLatin1String("catalog-open-low"))
        units(tr("City departments with fewer than %1 open items").arg(r.rules.openLowThreshold), r.catalog.openLow);
    else if (key == QLatin1String("catalog-open-zero"))
        units(tr("Units with no open items"), r.catalog.openZero);
    else
        return std::nullopt;
    return f;
}

} // namespace xj
