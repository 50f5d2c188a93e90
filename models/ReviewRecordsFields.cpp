// ReviewRecords: the review fields as JSON values (the history's form) and as SQL values, row
// reading, and the labels shown for codes.
#include "ReviewRecords.h"
#include "ReviewRecordsInternal.h"
#include "SqlRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace xj {

namespace review {

const QStringList &fieldNames()
{
    static const QStringList names = {QStringLiteral("state"),         QStringLiteral("severity"),
                                      QStringLiteral("indicator"),     QStringLiteral("points"),
                                      QStringLiteral("unit_id"),       QStringLiteral("deadline"),
                                      QStringLiteral("rectification"), QStringLiteral("note"),
                                      QStringLiteral("dismiss_reason")};
    return names;
}

QJsonValue value(const FindingReview &r, const QString &f)
{
    if (f == QLatin1String("state"))
        return r.state;
    if (f == QLatin1String("severity"))
        return r.severity;
    if (f == QLatin1String("indicator"))
        return r.indicator;
    if (f == QLatin1String("points"))
        return r.points;
    if (f == QLatin1String("unit_id"))
        return r.unitId > 0 ? QJsonValue(r.unitId) : QJsonValue(QJsonValue::Null);
    if (f == QLatin1String("deadline"))
        return r.deadline.isValid() ? QJsonValue(r.deadline.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    if (f == QLatin1String("rectification"))
        return r.rectification;
    if (f == QLatin1String("note"))
        return r.note;
    if (f == QLatin1String("dismiss_reason"))
        return r.dismissReason;
    return QJsonValue(QJsonValue::Undefined);
}

void setValue(FindingReview &r, const QString &f, const QJsonValue &v)
{
    if (f == QLatin1String("state"))
        r.state = v.toString();
    else if (f == QLatin1String("severity"))
        r.severity = v.toString();
    else if (f == QLatin1String("indicator"))
        r.indicator = v.toString();
    else if (f == QLatin1String("points"))
        r.points = v.toDouble();
    else if (f == QLatin1String("unit_id"))
        r.unitId = v.isNull() ? 0 : v.toInteger();
    else if (f == QLatin1String("deadline"))
        r.deadline = v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
    else if (f == QLatin1String("rectification"))
        r.rectification = v.toString();
    else if (f == QLatin1String("note"))
        r.note = v.toString();
    else if (f == QLatin1String("dismiss_reason"))
        r.dismissReason = v.toString();
}

QVariant sqlValue(const QString &f, const QJsonValue &v)
{
    if (f == QLatin1String("unit_id"))
        return v.isNull() || v.toInteger() <= 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(v.toInteger());
    if (f == QLatin1String("deadline"))
        return v.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v.toString());
    if (f == QLatin1String("points"))
        return v.toDouble();
    return sql::text(v.toString());
}

QJsonObject requested(const FindingChange &c)
{
    const FindingReview r = c.appliedTo({});
    QJsonObject out;
    for (const QString &f : c.fields())
        out.insert(f, value(r, f));
    return out;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString objectTypeCode(ObjectType t)
{
    return t == ObjectType::Site ? QStringLiteral("site") : QStringLiteral("account");
}

ObjectType objectTypeFrom(const QString &code)
{
    return code == QLatin1String("account") ? ObjectType::Account : ObjectType::Site;
}

const char kReviewColumns[] = "id, version, state, severity, indicator, points, unit_id, deadline, rectification, note, "
                              "dismiss_reason, reviewed_by, reviewed_at";

FindingReview reviewFrom(const QSqlQuery &q)
{
    FindingReview r;
    r.findingId = q.value(0).toLongLong();
    r.version = q.value(1).toInt();
    r.state = q.value(2).toString();
    r.severity = q.value(3).toString();
    r.indicator = q.value(4).toString();
    r.points = q.value(5).toDouble();
    r.unitId = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
    r.deadline = q.value(7).isNull() ? QDate() : QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.rectification = q.value(8).toString();
    r.note = q.value(9).toString();
    r.dismissReason = q.value(10).toString();
    r.reviewedBy = q.value(11).toString();
    r.reviewedAt = timeFrom(q.value(12));
    return r;
}

} // namespace review

QStringList ReviewRecords::rectificationCodes()
{
    return {QStringLiteral("open"), QStringLiteral("notified"), QStringLiteral("fixed"), QStringLiteral("verified")};
}

QString ReviewRecords::rectificationLabel(const QString &code)
{
    if (code == QLatin1String("open"))
        return tr("to rectify");
    if (code == QLatin1String("notified"))
        return tr("notified");
    if (code == QLatin1String("fixed"))
        return tr("rectified");
    if (code == QLatin1String("verified"))
        return tr("verified");
    return code;
}

QString ReviewRecords::checklistResultLabel(const QString &code)
{
    if (code == QLatin1String("pass"))
        return tr("pass");
    if (code == QLatin1String("fail"))
        return tr("fail");
    if (code == QLatin1String("na"))
        return tr("not applicable");
    if (code == QLatin1String("undecided"))
        return tr("undecided");
    return code;
}

QString ReviewRecords::fieldLabel(const QString &field)
{
    if (field == QLatin1String("state"))
        return tr("decision");
    if (field == QLatin1String("severity"))
        return tr("severity");
    if (field == QLatin1String("indicator"))
        return tr("indicator");
    if (field == QLatin1String("points"))
        return tr("points");
    if (field == QLatin1String("unit_id"))
        return tr("responsible unit");
    if (field == QLatin1String("deadline"))
        return tr("deadline");
    if (field == QLatin1String("rectification"))
        return tr("rectification");
    if (field == QLatin1String("note"))
        return tr("note");
    if (field == QLatin1String("dismiss_reason"))
        return tr("dismissal reason");
    return field;
}

} // namespace xj
