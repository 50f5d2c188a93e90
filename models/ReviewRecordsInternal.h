#pragma once
// Shared by the ReviewRecords*.cpp files: the review fields as JSON values (how the history
// stores them) and as SQL values, and small conversions. Internal to models/.

#include "ReviewRecords.h"

#include <QJsonValue>

namespace xj::review {

// The fields in FindingChange order, with their findings column (the same name).
const QStringList &fieldNames();

QJsonValue value(const FindingReview &r, const QString &field);
void setValue(FindingReview &r, const QString &field, const QJsonValue &v);
QVariant sqlValue(const QString &field, const QJsonValue &v);
// The values a change asks for, by field.
QJsonObject requested(const FindingChange &c);

QString now();
QDateTime timeFrom(const QVariant &v);
QString json(const QJsonObject &o);
QJsonObject jsonObject(const QString &text);
QString objectTypeCode(ObjectType t);
ObjectType objectTypeFrom(const QString &code);

// The columns read by reviewFrom, in its order.
extern const char kReviewColumns[];
FindingReview reviewFrom(const QSqlQuery &q);

} // namespace xj::review
