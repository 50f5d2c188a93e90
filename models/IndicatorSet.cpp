#include "IndicatorSet.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace xj {

namespace {

struct SetTr {
    Q_DECLARE_TR_FUNCTIONS(IndicatorSet)
};

IndicatorSet buildDefaults()
{
    IndicatorSet set;
    set.name = IndicatorSet::defaultName();
    set.version = 1;
    QJsonObject params;
    QFile f(QStringLiteral(":/indicators/default-params.json"));
    if (f.open(QIODevice::ReadOnly))
        params = QJsonDocument::fromJson(f.readAll()).object();
    for (const IndicatorInfo &info : IndicatorCatalog::all()) {
        IndicatorSettings s;
        s.code = info.code;
        s.severity = info.severity;
        s.objective = info.objective;
        s.maxPoints = info.maxPoints;
        s.params = params.value(info.code).toObject();
        set.setSettings(s);
    }
    return set;
}

} // namespace

QString IndicatorSet::defaultName()
{
    return QStringLiteral("国办秘函〔2019〕19号");
}

const IndicatorSet &IndicatorSet::defaults()
{
    static const IndicatorSet set = buildDefaults();
    return set;
}

const IndicatorSettings *IndicatorSet::settings(const QString &code) const
{
    const auto it = m_settings.constFind(code);
    return it == m_settings.constEnd() ? nullptr : &*it;
}

bool IndicatorSet::enabled(const QString &code) const
{
    const IndicatorSettings *s = settings(code);
    return !s || s->enabled;
}

QString IndicatorSet::severity(const QString &code) const
{
    if (const IndicatorSettings *s = settings(code))
        return s->severity;
    const IndicatorInfo *info = IndicatorCatalog::byCode(code);
    return info ? info->severity : QStringLiteral("notice");
}

bool IndicatorSet::objective(const QString &code) const
{
    if (const IndicatorSettings *s = settings(code))
        return s->objective;
    const IndicatorInfo *info = IndicatorCatalog::byCode(code);
    return info ? info->objective : false;
}

double IndicatorSet::maxPoints(const QString &code) const
{
    if (const IndicatorSettings *s = settings(code))
        return s->maxPoints;
    const IndicatorInfo *info = IndicatorCatalog::byCode(code);
    return info ? info->maxPoints : 0;
}

namespace {
QJsonValue paramOf(const IndicatorSet &set, const QString &code, const QString &key)
{
    if (const IndicatorSettings *s = set.settings(code)) {
        const QJsonValue v = s->params.value(key);
        if (!v.isUndefined() && !v.isNull())
            return v;
    }
    if (&set != &IndicatorSet::defaults())
        return paramOf(IndicatorSet::defaults(), code, key);
    return {};
}
} // namespace

double IndicatorSet::number(const QString &code, const QString &key, double fallback) const
{
    const QJsonValue v = paramOf(*this, code, key);
    return v.isDouble() ? v.toDouble() : fallback;
}

int IndicatorSet::integer(const QString &code, const QString &key, int fallback) const
{
    const QJsonValue v = paramOf(*this, code, key);
    return v.isDouble() ? qRound(v.toDouble()) : fallback;
}

bool IndicatorSet::flag(const QString &code, const QString &key, bool fallback) const
{
    const QJsonValue v = paramOf(*this, code, key);
    return v.isBool() ? v.toBool() : fallback;
}

QStringList IndicatorSet::list(const QString &code, const QString &key) const
{
    QStringList out;
    const QJsonArray a = paramOf(*this, code, key).toArray();
    for (const QJsonValue &v : a)
        if (v.isString())
            out.append(v.toString());
    return out;
}

void IndicatorSet::setSettings(const IndicatorSettings &s)
{
    m_settings.insert(s.code, s);
}

void IndicatorSet::setParam(const QString &code, const QString &key, const QJsonValue &value)
{
    auto it = m_settings.find(code);
    if (it != m_settings.end())
        it->params.insert(key, value);
}

QList<IndicatorSettings> IndicatorSet::all() const
{
    QList<IndicatorSettings> out;
    for (const IndicatorInfo &info : IndicatorCatalog::all())
        if (const IndicatorSettings *s = settings(info.code))
            out.append(*s);
    return out;
}

QJsonObject IndicatorSet::toJson() const
{
    QJsonObject indicators;
    for (const IndicatorSettings &s : all()) {
        indicators.insert(s.code, QJsonObject{{QStringLiteral("severity"), s.severity},
                                              {QStringLiteral("objective"), s.objective},
                                              {QStringLiteral("maxPoints"), s.maxPoints},
                                              {QStringLiteral("enabled"), s.enabled},
                                              {QStringLiteral("params"), s.params}});
    }
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("indicators"), indicators}};
}

namespace {

// A value as it is written in the file, for messages.
QString jsonText(const QJsonValue &v)
{
    const QByteArray inArray = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(inArray.mid(1, inArray.size() - 2));
}

// A parameter's value has the type of its default; a list holds strings only (every list of the
// default set is one); numbers are counts, days and points, never negative.
QString paramProblem(const QString &path, const QJsonValue &def, const QJsonValue &value)
{
    if (def.type() != value.type()) {
        if (def.isDouble())
            return SetTr::tr("%1: expected a number").arg(path);
        if (def.isBool())
            return SetTr::tr("%1: expected true or false").arg(path);
        if (def.isArray())
            return SetTr::tr("%1: expected a list of texts").arg(path);
        return SetTr::tr("%1: wrong type of value").arg(path);
    }
    if (value.isDouble() && value.toDouble() < 0)
        return SetTr::tr("%1: expected a number ≥ 0").arg(path);
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            if (!items.at(i).isString())
                return SetTr::tr("%1[%2]: expected a text").arg(path).arg(i);
    }
    return {};
}

// One indicator's object of the definition over the settings it starts from; empty when fine.
QString applyIndicator(const QString &code, const QJsonObject &o, IndicatorSettings *s)
{
    const QString at = QStringLiteral("indicators.") + code;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue &v = it.value();
        const QString path = at + QLatin1Char('.') + key;
        if (key == QLatin1String("severity")) {
            const QString sev = v.toString();
            if (sev != QLatin1String("veto") && sev != QLatin1String("deduct") && sev != QLatin1String("notice"))
                return SetTr::tr("%1: expected veto, deduct or notice, not %2").arg(path, jsonText(v));
            s->severity = sev;
        } else if (key == QLatin1String("maxPoints")) {
            if (!v.isDouble() || v.toDouble() < 0)
                return SetTr::tr("%1: expected a number of points ≥ 0").arg(path);
            s->maxPoints = v.toDouble();
        } else if (key == QLatin1String("objective") || key == QLatin1String("enabled")) {
            if (!v.isBool())
                return SetTr::tr("%1: expected true or false").arg(path);
            (key == QLatin1String("objective") ? s->objective : s->enabled) = v.toBool();
        } else if (key == QLatin1String("params")) {
            if (!v.isObject())
                return SetTr::tr("%1: expected an object").arg(path);
            const QJsonObject params = v.toObject();
            for (auto p = params.begin(); p != params.end(); ++p) {
                const QString paramPath = path + QLatin1Char('.') + p.key();
                // Keys are those of the default set: a misspelt key would otherwise be kept and
                // silently never read.
                const QJsonValue def = IndicatorSet::defaults().settings(code)->params.value(p.key());
                if (def.isUndefined())
                    return SetTr::tr("%1: no such parameter").arg(paramPath);
                const QString problem = paramProblem(paramPath, def, p.value());
                if (!problem.isEmpty())
                    return problem;
                s->params.insert(p.key(), p.value());
            }
        } else {
            return SetTr::tr("%1: unknown key").arg(path);
        }
    }
    return {};
}

} // namespace

std::optional<IndicatorSet> IndicatorSet::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<IndicatorSet> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    IndicatorSet set = defaults();
    set.id = 0;
    const QJsonValue name = json.value(QStringLiteral("name"));
    const QJsonValue version = json.value(QStringLiteral("version"));
    const QJsonValue note = json.value(QStringLiteral("note"));
    const QJsonValue indicatorsValue = json.value(QStringLiteral("indicators"));
    if (!name.isUndefined() && !name.isString())
        return fail(SetTr::tr("name: expected a text"));
    if (!version.isUndefined() && (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt()))
        return fail(SetTr::tr("version: expected a whole number ≥ 1"));
    if (!note.isUndefined() && !note.isString())
        return fail(SetTr::tr("note: expected a text"));
    if (!indicatorsValue.isUndefined() && !indicatorsValue.isObject())
        return fail(SetTr::tr("indicators: expected an object"));
    set.name = name.toString(defaultName()).trimmed();
    set.version = version.toInt(1);
    set.note = note.toString();
    if (set.name.isEmpty())
        return fail(SetTr::tr("name: the indicator set has no name"));
    const QJsonObject indicators = indicatorsValue.toObject();
    for (auto it = indicators.begin(); it != indicators.end(); ++it) {
        // Codes as stored: exactly the catalog's spelling, so that a definition reads back the same.
        const IndicatorInfo *info = IndicatorCatalog::byCode(it.key());
        if (!info || info->code != it.key())
            return fail(SetTr::tr("indicators.%1: no such indicator").arg(it.key()));
        if (!it.value().isObject())
            return fail(SetTr::tr("indicators.%1: expected an object").arg(it.key()));
        IndicatorSettings s = *set.settings(info->code);
        const QString problem = applyIndicator(info->code, it.value().toObject(), &s);
        if (!problem.isEmpty())
            return fail(problem);
        set.setSettings(s);
    }
    return set;
}

QJsonObject IndicatorSet::indicatorsJson() const
{
    return toJson().value(QStringLiteral("indicators")).toObject();
}

bool IndicatorSet::sameIndicators(const IndicatorSet &other) const
{
    return indicatorsJson() == other.indicatorsJson();
}

QString IndicatorSet::label() const
{
    return SetTr::tr("%1 v%2").arg(name).arg(version);
}

} // namespace xj
