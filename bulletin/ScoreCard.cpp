// ScoreCard: the findings of one object sorted under the indicators they prove, beside the verdict
// RoundResults::judge() gives them.
#include "ScoreCard.h"

#include "IndicatorCatalog.h"
#include "RoundScope.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace xj {

namespace {

struct CardTr {
    Q_DECLARE_TR_FUNCTIONS(ScoreCard)
};

int severityRank(const QString &severity)
{
    if (severity == QLatin1String("veto"))
        return 0;
    if (severity == QLatin1String("deduct"))
        return 1;
    return severity == QLatin1String("notice") ? 2 : 3;
}

QJsonObject pointsJson(const QMap<QString, double> &points)
{
    QJsonObject o;
    for (auto it = points.cbegin(); it != points.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QString ScoreCard::kindCodeOf(const ObjectVerdict &v)
{
    if (v.type == ObjectType::Account)
        return QStringLiteral("account");
    return v.kind == Vocabulary<SiteKind>::zh(SiteKind::Channel) ? QStringLiteral("channel") : QStringLiteral("website");
}

QList<IndicatorScore> ScoreCard::ofSeverity(const QString &severity) const
{
    QList<IndicatorScore> out;
    for (const IndicatorScore &s : indicators)
        if (s.severity == severity)
            out.append(s);
    return out;
}

const IndicatorScore *ScoreCard::indicator(const QString &code) const
{
    for (const IndicatorScore &s : indicators)
        if (s.code == code)
            return &s;
    return nullptr;
}

int ScoreCard::pendingCount() const
{
    int n = 0;
    for (const IndicatorScore &s : indicators)
        n += int(s.pending.size());
    return n;
}

ScoreCard ScoreCard::build(const ObjectVerdict &judged, const QList<Finding> &findings, const IndicatorSet &set)
{
    ScoreCard card;
    card.verdict = judged;
    card.kindCode = kindCodeOf(judged);
    card.setId = set.id;
    card.setLabel = set.label();
    QList<Finding> sorted = findings;
    std::sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) { return a.id < b.id; });
    QMap<QString, IndicatorScore> byCode;
    for (const Finding &f : std::as_const(sorted)) {
        const QString code = RoundResults::codeOf(f);
        const QString severity = RoundResults::severityOf(f, set);
        IndicatorScore &s = byCode[code];
        if (s.code.isEmpty()) {
            const IndicatorInfo *info = IndicatorCatalog::byCode(code);
            s.code = code;
            s.name = info ? info->zh : code;
            s.severity = severity;
            s.objective = set.objective(code);
            s.enabled = set.enabled(code);
            s.maxPoints = severity == QLatin1String("deduct") ? set.maxPoints(code) : 0;
            s.raw = judged.rawDeductions.value(code);
            s.capped = judged.deductions.value(code);
            s.pendingPoints = judged.pendingDeductions.value(code);
        }
        // The same predicates as judge(): a deduction on an account is judged by nothing.
        const bool judgedHere = severity != QLatin1String("deduct") || judged.scored;
        if (judgedHere && RoundResults::counts(f, set))
            s.counted.append(f);
        else if (judgedHere && RoundResults::awaitsReview(f, set))
            s.pending.append(f);
        else
            s.notCounted.append(f);
    }
    card.indicators = byCode.values();
    std::stable_sort(card.indicators.begin(), card.indicators.end(), [](const IndicatorScore &a, const IndicatorScore &b) {
        return severityRank(a.severity) != severityRank(b.severity) ? severityRank(a.severity) < severityRank(b.severity) : a.code < b.code;
    });
    return card;
}

std::optional<ScoreCard> ScoreCard::load(Store &store, const QString &roundId, ObjectType type, qint64 id, QString *error,
                                         const ResultRules &rules)
{
    const auto round = store.round(roundId);
    if (!round) {
        if (error)
            *error = CardTr::tr("no round %1").arg(roundId);
        return std::nullopt;
    }
    const QDate asOf = round->asOf.isValid() ? round->asOf : round->windowTo;
    ObjectVerdict v;
    v.type = type;
    v.id = id;
    bool running = false;
    if (type == ObjectType::Site) {
        const auto s = store.site(id);
        if (!s) {
            if (error)
                *error = CardTr::tr("no website or channel with id %1").arg(id);
            return std::nullopt;
        }
        v.name = s->name;
        v.kind = Vocabulary<SiteKind>::zh(s->kind);
        v.ownerId = s->ownerId;
        v.scored = true;
        running = RoundScope::runningAt(store, *s, asOf);
    } else {
        const auto a = store.account(id);
        if (!a) {
            if (error)
                *error = CardTr::tr("no account with id %1").arg(id);
            return std::nullopt;
        }
        v.name = a->name;
        v.kind = Vocabulary<Platform>::zh(a->platform);
        v.ownerId = a->ownerId;
        running = RoundScope::runningAt(store, *a, asOf);
    }
    // The set is the round's, decided from all of its findings, as RoundResults decides it.
    const QList<Finding> roundFindings = CheckRecords(store).findings(roundId);
    const IndicatorSet set = RoundResults::judgingSet(store, roundFindings);
    QList<Finding> mine;
    for (const Finding &f : roundFindings)
        if (f.objectType == type && f.objectId == id)
            mine.append(f);
    ScoreCard card = build(RoundResults::judge(v, mine, rules, set), mine, set);
    card.round = *round;
    card.checked = running;
    if (const auto u = v.ownerId ? store.unit(v.ownerId) : std::nullopt)
        card.unit = u->name;
    return card;
}

QJsonObject ScoreCard::toJson() const
{
    const ObjectVerdict &v = verdict;
    const QJsonValue none(QJsonValue::Null);
    QJsonArray findings;
    for (const IndicatorScore &s : indicators) {
        auto add = [&](const QList<Finding> &list, const char *role) {
            for (const Finding &f : list)
                findings.append(QJsonObject{{QStringLiteral("id"), f.id},
                                            {QStringLiteral("indicator"), s.code},
                                            {QStringLiteral("severity"), s.severity},
                                            {QStringLiteral("points"), f.points},
                                            {QStringLiteral("state"), f.state},
                                            {QStringLiteral("role"), QLatin1String(role)},
                                            {QStringLiteral("url"), f.url},
                                            {QStringLiteral("link"), f.link.isNull() ? none : QJsonValue(f.link)},
                                            {QStringLiteral("evidence"), f.evidence}});
        };
        add(s.counted, "counted");
        add(s.pending, "if-confirmed");
        add(s.notCounted, "not-counted");
    }
    // By id, as `xunjian findings` lists them.
    QList<QJsonValue> ordered(findings.cbegin(), findings.cend());
    std::sort(ordered.begin(), ordered.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(QStringLiteral("id")).toInteger() < b.toObject().value(QStringLiteral("id")).toInteger();
    });
    findings = QJsonArray();
    for (const QJsonValue &f : ordered)
        findings.append(f);
    return {{QStringLiteral("name"), v.name},
            {QStringLiteral("kind"), kindCode},
            {QStringLiteral("kind_name"), v.kind},
            {QStringLiteral("id"), v.id},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("unit_id"), v.ownerId},
            {QStringLiteral("checked"), checked},
            {QStringLiteral("vetoes"), QJsonArray::fromStringList(v.vetoes)},
            {QStringLiteral("deductions"), pointsJson(v.deductions)},
            {QStringLiteral("deductions_before_cap"), pointsJson(v.rawDeductions)},
            {QStringLiteral("score"), v.scored ? QJsonValue(v.score) : none},
            {QStringLiteral("passed"), v.passed},
            {QStringLiteral("notices"), QJsonArray::fromStringList(v.notices)},
            {QStringLiteral("pending"),
             QJsonObject{{QStringLiteral("vetoes"), QJsonArray::fromStringList(v.pendingVetoes)},
                         {QStringLiteral("deductions"), pointsJson(v.pendingDeductions)},
                         {QStringLiteral("score_if_confirmed"), v.scored ? QJsonValue(v.scoreIfConfirmed) : none},
                         {QStringLiteral("would_fail_if_confirmed"), v.wouldFailIfConfirmed},
                         {QStringLiteral("findings"), idsJson(v.pendingFindingIds)}}},
            {QStringLiteral("findings"), findings}};
}

std::optional<RoundScoreCards> RoundScoreCards::compute(Store &store, const QString &roundId, QString *error, const ResultRules &rules)
{
    const QList<Finding> findings = CheckRecords(store).findings(roundId);
    const auto results = RoundResults::computeFrom(store, roundId, findings, rules, error);
    if (!results)
        return std::nullopt;
    RoundScoreCards out;
    out.round = results->round;
    out.set = results->indicatorSet;
    QHash<QPair<int, qint64>, QList<Finding>> byObject;
    for (const Finding &f : findings)
        byObject[{int(f.objectType), f.objectId}].append(f);
    QHash<qint64, QString> unitNames;
    for (const Unit &u : store.units())
        unitNames.insert(u.id, u.name);
    for (const KindResult *k : {&results->websites, &results->channels, &results->accounts}) {
        for (const ObjectVerdict &v : k->objects) {
            ScoreCard card = ScoreCard::build(v, byObject.value({int(v.type), v.id}), out.set);
            card.round = out.round;
            card.unit = unitNames.value(v.ownerId);
            out.cards.append(card);
        }
    }
    return out;
}

QJsonObject RoundScoreCards::toJson() const
{
    QJsonArray objects;
    for (const ScoreCard &c : cards)
        objects.append(c.toJson());
    return {{QStringLiteral("round"), round.id},
            {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), iso(round.windowFrom)}, {QStringLiteral("to"), iso(round.windowTo)}}},
            {QStringLiteral("as_of"), iso(round.asOf.isValid() ? round.asOf : round.windowTo)},
            {QStringLiteral("indicator_set"),
             QJsonObject{{QStringLiteral("id"), set.id ? QJsonValue(set.id) : QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("name"), set.name},
                         {QStringLiteral("version"), set.version},
                         {QStringLiteral("label"), set.label()}}},
            {QStringLiteral("objects"), objects}};
}

} // namespace xj
