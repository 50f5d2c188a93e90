#pragma once
// An indicator set: every indicator of IndicatorCatalog with the severity, objective flag, cap and
// parameters (thresholds, points, keyword lists) one inspection applies. The default set is
// indicators.md (IndicatorCatalog + resources/indicators/default-params.json); inspectors edit,
// name and version their own (IndicatorSetStore keeps them in the database), and every finding
// records the set version that judged it. Rules read their numbers from here, never from code.
//
// A plain value: cheap to copy, safe to hand across threads.

#include "IndicatorCatalog.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace xj {

struct IndicatorSettings {
    QString code;
    QString severity;      // veto, deduct, notice
    bool objective = true;
    double maxPoints = 0;  // deductions: the cap
    bool enabled = true;   // a disabled indicator files no findings and counts nothing
    QJsonObject params;    // rule parameters by key (numbers, booleans, string lists)
};

class IndicatorSet {
public:
    qint64 id = 0;      // row in indicator_sets; 0 for the built-in default not yet stored
    QString name;       // e.g. "国办秘函〔2019〕19号" or "国办秘函〔2019〕19号 + 广东补充"
    int version = 1;
    QString note;
    // Where IndicatorSetStore keeps it; not part of the definition JSON.
    QDateTime createdAt; // UTC; invalid until stored
    bool active = false; // the version new checks judge by

    // indicators.md as shipped.
    static const IndicatorSet &defaults();
    static QString defaultName();

    const IndicatorSettings *settings(const QString &code) const; // nullptr when unknown
    bool enabled(const QString &code) const;
    QString severity(const QString &code) const;   // the catalog's for unknown codes
    bool objective(const QString &code) const;
    double maxPoints(const QString &code) const;

    // A parameter of an indicator; the default set's value when this set lacks it, else fallback.
    double number(const QString &code, const QString &key, double fallback = 0) const;
    int integer(const QString &code, const QString &key, int fallback = 0) const;
    bool flag(const QString &code, const QString &key, bool fallback = false) const;
    QStringList list(const QString &code, const QString &key) const;

    void setSettings(const IndicatorSettings &s);
    void setParam(const QString &code, const QString &key, const QJsonValue &value);
    QList<IndicatorSettings> all() const; // in catalog order

    // The definition JSON stored in indicator_sets.definition (docs/formats.md):
    // {"name": …, "version": …, "note": …, "indicators": {"W-V3": {"severity": …, "objective": …,
    //  "maxPoints": …, "enabled": …, "params": {…}}, …}}. fromJson fills what is missing from the
    // defaults and fails, with *error naming the place ("indicators.M-V2.params.staleDays: …"), on
    // unknown codes or parameters, wrongly typed values and negative numbers.
    QJsonObject toJson() const;
    static std::optional<IndicatorSet> fromJson(const QJsonObject &json, QString *error);

    // The "indicators" part of toJson(): what the set judges by, without its name, version and note.
    QJsonObject indicatorsJson() const;
    // Same indicators, severities, caps, flags and parameters (names, versions and notes aside).
    bool sameIndicators(const IndicatorSet &other) const;

    // "国办秘函〔2019〕19号 v3".
    QString label() const;

private:
    QHash<QString, IndicatorSettings> m_settings;
};

} // namespace xj
