#include "DarkLinkRules.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace xj {

QStringList DarkLinkRules::severeKeywords(const IndicatorSet &set)
{
    return set.list(code(), QStringLiteral("severeKeywords"));
}

QList<Finding> DarkLinkRules::findings(const Site &site, qint64 pageId, const QString &pageUrl,
                                       const QList<HiddenLink> &links, const IndicatorSet &set)
{
    QList<Finding> out;
    if (!set.enabled(code()))
        return out;
    // One finding per target; further techniques are noted in it. A severe occurrence (its text
    // may name the keyword where another's does not) is the one described.
    QList<HiddenLink> ordered = links;
    std::stable_partition(ordered.begin(), ordered.end(), [](const HiddenLink &h) { return h.severe; });
    QHash<QString, qsizetype> byTarget;
    for (const HiddenLink &h : std::as_const(ordered)) {
        if (!h.external)
            continue;
        const QString target = h.url.toString();
        const auto seen = byTarget.constFind(target);
        if (seen != byTarget.constEnd()) {
            Finding &f = out[*seen];
            QJsonArray others = f.details.value(QStringLiteral("other_techniques")).toArray();
            if (h.technique != f.details.value(QStringLiteral("technique")).toString() && !others.contains(h.technique)) {
                others.append(h.technique);
                f.details.insert(QStringLiteral("other_techniques"), others);
            }
            continue;
        }
        Finding f;
        f.objectType = ObjectType::Site;
        f.objectId = site.id;
        f.indicator = code();
        f.severity = set.severity(code());
        f.points = 0; // a notice: it counts only through W-V1 once a person confirms it
        f.url = pageUrl;
        f.link = target;
        f.pageId = pageId;
        f.state = QStringLiteral("pending");
        const QString where = h.line > 0 ? tr("%1, line %2").arg(h.path).arg(h.line) : h.path;
        const QString shown = h.text.isEmpty() ? tr("(no text)") : QStringLiteral("«%1»").arg(h.text.left(80));
        f.evidence = tr("hidden link to %1 %2: %3, at %4").arg(target, shown, DarkLinkDetector::techniqueText(h.technique), where);
        if (h.severe)
            f.evidence += tr("; severe: it contains «%1» (gambling, porn or similar content)").arg(h.keyword);
        f.details = {{QStringLiteral("technique"), h.technique},
                     {QStringLiteral("target"), target},
                     {QStringLiteral("text"), h.text},
                     {QStringLiteral("path"), h.path},
                     {QStringLiteral("line"), h.line},
                     {QStringLiteral("cause"), h.cause},
                     {QStringLiteral("severe"), h.severe},
                     {QStringLiteral("needs_review"), !set.objective(code())},
                     {QStringLiteral("feeds"), QStringLiteral("W-V1")}};
        if (h.severe)
            f.details.insert(QStringLiteral("keyword"), h.keyword);
        f.fingerprint = QStringLiteral("%1|%2|%3|%4").arg(code()).arg(site.id).arg(pageUrl, target);
        byTarget.insert(target, out.size());
        out.append(f);
    }
    return out;
}

} // namespace xj
