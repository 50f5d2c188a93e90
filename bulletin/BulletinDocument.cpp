#include "BulletinDocument.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace xj {

namespace {

struct DocumentTr {
    Q_DECLARE_TR_FUNCTIONS(BulletinDocument)
};

const char *const kKinds[] = {"paragraph", "heading1", "heading2", "heading3", "heading4"};

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

QJsonObject tableJson(const BulletinTable &t)
{
    QJsonArray rows;
    for (const QStringList &r : t.rows)
        rows << strings(r);
    QJsonArray weights;
    for (int w : t.columnWeights)
        weights << w;
    return QJsonObject{{QStringLiteral("header"), strings(t.header)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("columnWeights"), weights},
                       {QStringLiteral("totalRow"), strings(t.totalRow)}};
}

BulletinTable table(const QJsonObject &o)
{
    BulletinTable t;
    t.header = stringList(o.value(QLatin1String("header")));
    for (const QJsonValue &r : o.value(QLatin1String("rows")).toArray())
        t.rows << stringList(r);
    for (const QJsonValue &w : o.value(QLatin1String("columnWeights")).toArray())
        t.columnWeights << w.toInt();
    t.totalRow = stringList(o.value(QLatin1String("totalRow")));
    return t;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString BulletinDocument::chineseDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QJsonObject BulletinDocument::toJson() const
{
    QJsonArray blocks;
    for (const BulletinBlock &b : body) {
        QJsonObject o{{QStringLiteral("kind"), QLatin1String(kKinds[b.kind])}, {QStringLiteral("text"), b.text}};
        if (!b.figureKey.isEmpty())
            o.insert(QStringLiteral("figures"), b.figureKey);
        blocks << o;
    }
    QJsonArray atts;
    for (const BulletinAttachment &a : attachments)
        atts << QJsonObject{{QStringLiteral("title"), a.title},
                            {QStringLiteral("notesBefore"), strings(a.notesBefore)},
                            {QStringLiteral("table"), tableJson(a.table)},
                            {QStringLiteral("notesAfter"), strings(a.notesAfter)}};
    return QJsonObject{{QStringLiteral("agency"), agency},
                       {QStringLiteral("agencyMark"), agencyMark},
                       {QStringLiteral("documentNumber"), documentNumber},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("recipients"), recipients},
                       {QStringLiteral("body"), blocks},
                       {QStringLiteral("attachments"), atts},
                       {QStringLiteral("date"), dateText(date)},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("copiesTo"), copiesTo},
                       {QStringLiteral("printedBy"), printedBy},
                       {QStringLiteral("printedOn"), dateText(printedOn)}};
}

std::optional<BulletinDocument> BulletinDocument::fromJson(const QJsonObject &json, QString *error)
{
    BulletinDocument d;
    d.agency = json.value(QLatin1String("agency")).toString();
    d.agencyMark = json.value(QLatin1String("agencyMark")).toString();
    d.documentNumber = json.value(QLatin1String("documentNumber")).toString();
    d.title = json.value(QLatin1String("title")).toString();
    d.recipients = json.value(QLatin1String("recipients")).toString();
    const QJsonArray blocks = json.value(QLatin1String("body")).toArray();
    for (int i = 0; i < blocks.size(); ++i) {
        const QJsonObject o = blocks.at(i).toObject();
        const QString kind = o.value(QLatin1String("kind")).toString(QStringLiteral("paragraph"));
        int k = -1;
        for (int j = 0; j < int(std::size(kKinds)); ++j)
            if (kind == QLatin1String(kKinds[j]))
                k = j;
        if (k < 0) {
            if (error)
                *error = DocumentTr::tr("body[%1].kind: unknown block kind \"%2\"").arg(i).arg(kind);
            return std::nullopt;
        }
        d.body << BulletinBlock{BulletinBlock::Kind(k), o.value(QLatin1String("text")).toString(),
                                o.value(QLatin1String("figures")).toString()};
    }
    for (const QJsonValue &v : json.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject o = v.toObject();
        BulletinAttachment a;
        a.title = o.value(QLatin1String("title")).toString();
        a.notesBefore = stringList(o.value(QLatin1String("notesBefore")));
        a.table = table(o.value(QLatin1String("table")).toObject());
        a.notesAfter = stringList(o.value(QLatin1String("notesAfter")));
        d.attachments << a;
    }
    d.date = QDate::fromString(json.value(QLatin1String("date")).toString(), Qt::ISODate);
    d.note = json.value(QLatin1String("note")).toString();
    d.copiesTo = json.value(QLatin1String("copiesTo")).toString();
    d.printedBy = json.value(QLatin1String("printedBy")).toString();
    d.printedOn = QDate::fromString(json.value(QLatin1String("printedOn")).toString(), Qt::ISODate);
    return d;
}

} // namespace xj
