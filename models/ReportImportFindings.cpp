// Report import: the findings table (problems reported by a monitoring platform or recorded by
// hand) of a round (--round), filed as findings with source "import".
#include "CheckRecords.h"
#include "IndicatorCatalog.h"
#include "ReportImport.h"
#include "Vocabulary.h"

#include <QCryptographicHash>

namespace xj {

namespace {

struct FindingRow {
    int row;
    Finding finding;
};
struct FindingPlan {
    QList<FindingRow> rows;
};

// 待复核 (default) · 已确认 · 已排除, or the stored codes.
std::optional<QString> parseState(const QString &text)
{
    static const QHash<QString, QString> states = {
        {QStringLiteral("待复核"), QStringLiteral("pending")},   {QStringLiteral("pending"), QStringLiteral("pending")},
        {QStringLiteral("已确认"), QStringLiteral("confirmed")}, {QStringLiteral("confirmed"), QStringLiteral("confirmed")},
        {QStringLiteral("已排除"), QStringLiteral("dismissed")}, {QStringLiteral("dismissed"), QStringLiteral("dismissed")},
    };
    if (text.isEmpty())
        return QStringLiteral("pending");
    const auto it = states.constFind(foldForMatch(text));
    return it == states.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

// The same problem of the same object at the same place is the same finding, whatever the file
// it comes in and whatever its state: indicator, object, the 网址 as given and the description.
// Hashed, because a description can be long and PostgreSQL limits the size of an index entry.
QString fingerprint(const QString &indicator, const ObjectRef &o, const QString &url, const QString &description)
{
    const QByteArray place = (url + QLatin1Char('\n') + description).toUtf8();
    return QStringLiteral("%1|%2:%3|%4")
        .arg(indicator, o.type == ObjectType::Site ? QStringLiteral("site") : QStringLiteral("account"))
        .arg(o.id)
        .arg(QString::fromLatin1(QCryptographicHash::hash(place, QCryptographicHash::Sha1).toHex()));
}

// The indicator of a row, among those the cell can name, that judges the object's kind.
const IndicatorInfo *indicatorFor(const QList<const IndicatorInfo *> &candidates, ObjectType type)
{
    const IndicatorTarget wanted = type == ObjectType::Site ? IndicatorTarget::Website : IndicatorTarget::Account;
    for (const IndicatorInfo *i : candidates)
        if (i->target == wanted)
            return i;
    return nullptr;
}

} // namespace

bool validateFindings(RegistryImporter::Context &ctx)
{
    auto plan = std::make_shared<FindingPlan>();
    ObjectLookup objects(ctx.store);
    QHash<QString, int> indexOfFingerprint;
    const int total = int(ctx.table.rows.size());
    int done = 0;
    for (const TableRow &row : ctx.table.rows) {
        if (++done % 500 == 0 && !ctx.progress(done, 2 * total))
            return ctx.result.cancelled = true, false;
        bool ok = true;
        const QString indicatorText = ctx.cell(row, QStringLiteral("indicator"));
        QList<const IndicatorInfo *> candidates = IndicatorCatalog::find(indicatorText);
        const bool anyKnown = !candidates.isEmpty();
        candidates.removeIf([](const IndicatorInfo *i) { return i->target == IndicatorTarget::Catalog; });
        if (indicatorText.isEmpty()) {
            ctx.problem(row.number, QStringLiteral("indicator"), ImportTr::tr("指标 is empty")), ok = false;
        } else if (!anyKnown) {
            ctx.problem(row.number, QStringLiteral("indicator"),
                        ImportTr::tr("unknown indicator \"%1\": give a code of the indicator list (W-V2, W-D-LINK, M-V2 …) or its Chinese name")
                            .arg(indicatorText));
            ok = false;
        } else if (candidates.isEmpty()) {
            ctx.problem(row.number, QStringLiteral("indicator"),
                        ImportTr::tr("%1 is counted from the catalog table, not filed as a finding").arg(indicatorText));
            ok = false;
        }
        // A website indicator narrows 对象 to sites, an account one to accounts; an unknown
        // indicator leaves both, so that the 对象 cell is still checked and reported.
        bool sites = !ok, accounts = !ok;
        for (const IndicatorInfo *i : std::as_const(candidates)) {
            sites |= i->target == IndicatorTarget::Website;
            accounts |= i->target == IndicatorTarget::Account;
        }
        const auto object = objects.resolve(ctx, row, sites, accounts);
        const IndicatorInfo *info = object && ok ? indicatorFor(candidates, object->type) : nullptr;
        ok = ok && info;

        Finding f;
        f.roundId = ctx.options.round;
        f.source = QStringLiteral("import");
        f.evidence = ctx.cell(row, QStringLiteral("description"));
        if (f.evidence.isEmpty())
            ctx.problem(row.number, QStringLiteral("description"), ImportTr::tr("问题描述 is empty")), ok = false;
        const QString urlText = ctx.cell(row, QStringLiteral("url"));
        const QString url = normalizeUrlCell(urlText, object ? object->url : QString());
        if (!urlText.isEmpty() && url.isEmpty())
            ctx.problem(row.number, QStringLiteral("url"), ImportTr::tr("\"%1\" is not an http(s) address").arg(urlText)), ok = false;
        bool timeOk = true;
        const QDateTime found = ctx.dateTime(row, QStringLiteral("found"), &timeOk);
        ok &= timeOk;
        const QString stateText = ctx.cell(row, QStringLiteral("state"));
        const auto state = parseState(stateText);
        if (!state)
            ctx.problem(row.number, QStringLiteral("state"),
                        ImportTr::tr("unknown state \"%1\"; expected 待复核, 已确认 or 已排除").arg(stateText)), ok = false;
        const QString pointsText = foldForMatch(ctx.cell(row, QStringLiteral("points")));
        bool pointsOk = true;
        f.points = pointsText.isEmpty() ? 0 : pointsText.toDouble(&pointsOk);
        if (!pointsOk || f.points < 0 || f.points > 100)
            ctx.problem(row.number, QStringLiteral("points"),
                        ImportTr::tr("扣分: \"%1\" is not a number of points between 0 and 100").arg(ctx.cell(row, QStringLiteral("points")))),
                ok = false;
        if (!ok)
            continue;

        f.objectType = object->type;
        f.objectId = object->id;
        f.indicator = info->code;
        f.severity = info->severity;
        f.url = url.isEmpty() ? object->url : url; // where the problem is: the page, else the site
        f.state = *state;
        f.fingerprint = fingerprint(info->code, *object, url, f.evidence);
        if (found.isValid())
            f.details.insert(QStringLiteral("found"), found.toString(Qt::ISODate));
        f.details.insert(QStringLiteral("file"), ctx.file);
        const QJsonObject extra = ctx.extras(row);
        if (!extra.isEmpty())
            f.details.insert(QStringLiteral("extra"), extra);
        // The same problem twice in one file is one finding; twice with different decisions or
        // points is a contradiction the file must settle.
        if (const auto it = indexOfFingerprint.constFind(f.fingerprint); it != indexOfFingerprint.constEnd()) {
            const FindingRow &first = plan->rows[*it];
            if (first.finding.state != f.state || first.finding.points != f.points)
                ctx.problem(row.number, QStringLiteral("state"),
                            ImportTr::tr("the same finding is in row %1 with another 状态 or 扣分").arg(first.row));
            continue;
        }
        indexOfFingerprint.insert(f.fingerprint, int(plan->rows.size()));
        plan->rows.append({row.number, f});
    }
    ctx.plan = plan;
    return true;
}

bool writeFindings(RegistryImporter::Context &ctx)
{
    auto &plan = *std::static_pointer_cast<FindingPlan>(ctx.plan);
    CheckRecords records(ctx.store);
    QHash<QString, Finding> stored;
    for (const Finding &f : records.findings(ctx.options.round))
        if (f.source == QLatin1String("import"))
            stored.insert(f.fingerprint, f);
    const int total = int(plan.rows.size());
    int done = 0;
    for (const FindingRow &r : std::as_const(plan.rows)) {
        if (++done % 500 == 0 && !ctx.progress(total + done, 2 * total))
            return ctx.result.cancelled = true, false;
        const Finding &f = r.finding;
        const auto old = stored.constFind(f.fingerprint);
        const qint64 id = records.upsertFinding(f);
        if (!id)
            return false;
        if (old == stored.constEnd()) {
            ++ctx.result.inserted;
            continue;
        }
        // upsertFinding keeps a stored decision. A file that states one (已确认/已排除) is a later
        // decision — the spreadsheet inspectors mark and import again — and replaces it; 待复核,
        // the default of every export, never undoes a decision.
        bool changed = old->points != f.points;
        if (f.state != QLatin1String("pending") && f.state != old->state) {
            if (!records.setFindingState(id, f.state))
                return false;
            changed = true;
        }
        ++(changed ? ctx.result.updated : ctx.result.unchanged);
    }
    return true;
}

} // namespace xj
