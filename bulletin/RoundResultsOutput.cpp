// RoundResults as scripts read it (the summary JSON of data-formats.md) and as people read it.
#include "RoundResults.h"

#include "DocumentNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace xj {

namespace {

// Messages in translation context "RoundResults".
struct ResultsTr {
    Q_DECLARE_TR_FUNCTIONS(RoundResults)
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString typeCode(ObjectType t)
{
    return t == ObjectType::Site ? QStringLiteral("site") : QStringLiteral("account");
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray failedJson(const KindResult &k)
{
    QJsonArray out;
    for (const ObjectVerdict &v : k.failed()) {
        QJsonObject o{{QStringLiteral("name"), v.name},
                      {QStringLiteral("reasons"), strings(v.reasons())},
                      {QStringLiteral("kind"), v.kind},
                      {QStringLiteral("id"), v.id},
                      {QStringLiteral("findings"), [&v] {
                           QJsonArray ids;
                           for (qint64 id : v.findingIds)
                               ids.append(id);
                           return ids;
                       }()}};
        if (v.scored)
            o.insert(QStringLiteral("score"), v.score);
        out.append(o);
    }
    return out;
}

QJsonArray noticesJson(const KindResult &k)
{
    QJsonArray out;
    for (const ObjectVerdict &v : k.withNotices())
        out.append(QJsonObject{{QStringLiteral("name"), v.name}, {QStringLiteral("kind"), v.kind},
                               {QStringLiteral("id"), v.id}, {QStringLiteral("indicators"), strings(v.notices)}});
    return out;
}

QJsonObject kindJson(const KindResult &k)
{
    return {{QStringLiteral("checked"), k.checked},
            {QStringLiteral("passed"), k.passed},
            {QStringLiteral("pass_rate"), k.passRate},
            {QStringLiteral("failed"), failedJson(k)},
            {QStringLiteral("notices"), noticesJson(k)}};
}

QJsonArray listedJson(const QList<ListedObject> &list, bool closures)
{
    QJsonArray out;
    for (const ListedObject &l : list) {
        QJsonObject o{{QStringLiteral("name"), l.name}, {QStringLiteral("kind"), l.kind}, {QStringLiteral("date"), iso(l.date)},
                      {QStringLiteral("object_type"), typeCode(l.type)}, {QStringLiteral("id"), l.id}};
        if (closures) {
            o.insert(QStringLiteral("status"), l.status);
            o.insert(QStringLiteral("reason"), l.reason);
        } else {
            o.insert(QStringLiteral("late"), l.late);
        }
        out.append(o);
    }
    return out;
}

QJsonArray countsJson(const QList<UnitCount> &list)
{
    QJsonArray out;
    for (const UnitCount &c : list)
        out.append(QJsonObject{{QStringLiteral("unit"), c.unit}, {QStringLiteral("count"), c.count}, {QStringLiteral("unit_id"), c.unitId}});
    return out;
}

QJsonArray unitNames(const QList<UnitCount> &list)
{
    QJsonArray out;
    for (const UnitCount &c : list)
        out.append(c.unit);
    return out;
}

QJsonValue rank(const std::optional<int> &r)
{
    return r ? QJsonValue(*r) : QJsonValue(QJsonValue::Null);
}

QString namesAndCounts(const QList<UnitCount> &list)
{
    QStringList parts;
    for (const UnitCount &c : list)
        parts << ResultsTr::tr("%1 (%2)").arg(c.unit).arg(c.count);
    return parts.isEmpty() ? ResultsTr::tr("none") : parts.join(QStringLiteral("、"));
}

} // namespace

QJsonObject RoundResults::toJson() const
{
    QJsonObject websitesJson = kindJson(websites);
    websitesJson.insert(QStringLiteral("service_platforms"), servicePlatforms);
    return {{QStringLiteral("round"), round.id},
            {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), iso(round.windowFrom)}, {QStringLiteral("to"), iso(round.windowTo)}}},
            {QStringLiteral("as_of"), iso(round.asOf.isValid() ? round.asOf : round.windowTo)},
            {QStringLiteral("websites"), websitesJson},
            {QStringLiteral("channels"), kindJson(channels)},
            {QStringLiteral("accounts"), kindJson(accounts)},
            {QStringLiteral("closed_in_window"), listedJson(closedInWindow, true)},
            {QStringLiteral("registered_in_window"), listedJson(registeredInWindow, false)},
            {QStringLiteral("catalog"),
             QJsonObject{{QStringLiteral("units"), catalog.units},
                         {QStringLiteral("linked_total"), catalog.linkedTotal},
                         {QStringLiteral("open_total"), catalog.openTotal},
                         {QStringLiteral("linked_rank"), rank(catalog.linkedRank)},
                         {QStringLiteral("open_rank"), rank(catalog.openRank)},
                         {QStringLiteral("linked_top"), countsJson(catalog.linkedTop)},
                         {QStringLiteral("open_top"), countsJson(catalog.openTop)},
                         {QStringLiteral("open_low_departments"), unitNames(catalog.openLow)},
                         {QStringLiteral("open_low_threshold"), rules.openLowThreshold},
                         {QStringLiteral("open_low_counts"), countsJson(catalog.openLow)},
                         {QStringLiteral("open_zero"), unitNames(catalog.openZero)}}}};
}

QByteArray RoundResults::toJsonText() const
{
    // QJsonDocument writes 80.0 as 80. Rates are put in as marked strings and the marks replaced
    // by the number with its one decimal, so scripts and people see 80.0 and 98.8 alike.
    static const QString mark = QStringLiteral("\uE000rate:");
    QJsonObject o = toJson();
    for (const char *kind : {"websites", "channels", "accounts"}) {
        QJsonObject k = o.value(QLatin1String(kind)).toObject();
        k.insert(QStringLiteral("pass_rate"), mark + QString::number(k.value(QStringLiteral("pass_rate")).toDouble(), 'f', 1));
        o.insert(QLatin1String(kind), k);
    }
    QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    static const QRegularExpression marked(QStringLiteral("\"\uE000rate:([0-9.]+)\""));
    text.replace(marked, QStringLiteral("\\1"));
    return text.toUtf8();
}

QStringList RoundResults::textLines() const
{
    QStringList out;
    const QDate asOf = round.asOf.isValid() ? round.asOf : round.windowTo;
    out << ResultsTr::tr("Round %1: window %2 – %3, as of %4").arg(round.id, iso(round.windowFrom), iso(round.windowTo), iso(asOf));
    auto failedLine = [&out](const KindResult &k) {
        for (const ObjectVerdict &v : k.failed())
            out << ResultsTr::tr("  failed: %1 (%2): %3").arg(v.name, v.kind, v.reasons().join(QStringLiteral(", ")));
    };
    out << ResultsTr::tr("Websites: %1 checked (%2 service platforms), %3 passed, pass rate %4")
               .arg(websites.checked).arg(servicePlatforms).arg(websites.passed).arg(formatRate(websites.passRate));
    failedLine(websites);
    out << ResultsTr::tr("Channels: %1 checked, %2 passed, pass rate %3").arg(channels.checked).arg(channels.passed).arg(formatRate(channels.passRate));
    failedLine(channels);
    out << ResultsTr::tr("Accounts: %1 checked, %2 passed, pass rate %3").arg(accounts.checked).arg(accounts.passed).arg(formatRate(accounts.passRate));
    failedLine(accounts);
    for (const ObjectVerdict &v : accounts.withNotices())
        out << ResultsTr::tr("  notice: %1 (%2): %3").arg(v.name, v.kind, v.notices.join(QStringLiteral(", ")));
    for (const ListedObject &l : closedInWindow)
        out << ResultsTr::tr("Closed in the window: %1 (%2), %3 on %4 %5").arg(l.name, l.kind, l.status, iso(l.date), l.reason).trimmed();
    for (const ListedObject &l : registeredInWindow)
        out << (l.late ? ResultsTr::tr("Registered late in the window: %1 (%2) on %3") : ResultsTr::tr("Registered in the window: %1 (%2) on %3"))
                   .arg(l.name, l.kind, iso(l.date));
    const QString none = ResultsTr::tr("unknown");
    out << ResultsTr::tr("Catalog: %1 linked (province rank %2), %3 open (province rank %4)")
               .arg(catalog.linkedTotal)
               .arg(catalog.linkedRank ? QString::number(*catalog.linkedRank) : none)
               .arg(catalog.openTotal)
               .arg(catalog.openRank ? QString::number(*catalog.openRank) : none);
    out << ResultsTr::tr("  most linked: %1").arg(namesAndCounts(catalog.linkedTop));
    out << ResultsTr::tr("  most open: %1").arg(namesAndCounts(catalog.openTop));
    out << ResultsTr::tr("  city departments with fewer than %1 open: %2").arg(rules.openLowThreshold).arg(namesAndCounts(catalog.openLow));
    out << ResultsTr::tr("  units with nothing open: %1").arg(namesAndCounts(catalog.openZero));
    return out;
}

} // namespace xj
