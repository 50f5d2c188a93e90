// review ROUND --finding ID (--confirm | --dismiss REASON | …) | review ROUND --history ID |
// rectification ROUND [--unit U] [--format text|json|xlsx --out F]
#include "CliCommands.h"

#include "BulletinTypesetter.h"
#include "FindingRecheck.h"
#include "RectificationNotice.h"
#include "RegistryExporter.h"
#include "ReviewRecords.h"
#include "StoreSettings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace xj::cli {

namespace {


// A unit by id or by name; empty text = none (clears). nullopt (with the message printed) when unknown.
std::optional<qint64> unitOrComplain(const Store &store, const QString &text, const QString &command)
{
    if (text.trimmed().isEmpty())
        return 0;
    if (const auto u = store.unitByName(text.trimmed()))
        return u->id;
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok && store.unit(id))
        return id;
    err() << CliTr::tr("xunjian %1: no unit “%2”").arg(command, text) << Qt::endl;
    return std::nullopt;
}

QString describe(const FindingReview &r)
{
    QStringList parts{r.state, r.severity, r.indicator, ReviewRecords::rectificationLabel(r.rectification)};
    if (r.deadline.isValid())
        parts << CliTr::tr("deadline %1").arg(r.deadline.toString(Qt::ISODate));
    if (r.unitId > 0)
        parts << CliTr::tr("unit %1").arg(r.unitId);
    if (!r.dismissReason.isEmpty())
        parts << CliTr::tr("dismissed because: %1").arg(r.dismissReason);
    if (!r.note.isEmpty())
        parts << CliTr::tr("note: %1").arg(r.note);
    return parts.join(QStringLiteral(", "));
}

QString valuesText(const QJsonObject &o)
{
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text = v.isNull() ? QStringLiteral("—") : v.isDouble() ? QString::number(v.toDouble()) : v.toString();
        parts << QStringLiteral("%1=%2").arg(it.key(), text);
    }
    return parts.join(QStringLiteral(" "));
}

int printHistory(ReviewRecords &records, qint64 findingId)
{
    const auto review = records.review(findingId);
    if (!review) {
        err() << CliTr::tr("xunjian review: finding %1 does not exist").arg(findingId) << Qt::endl;
        return kBadInput;
    }
    out() << CliTr::tr("finding %1, version %2: %3").arg(findingId).arg(review->version).arg(describe(*review)) << '\n';
    for (const HistoryEntry &h : records.history(findingId)) {
        QString line = QStringLiteral("#%1 %2 %3 %4").arg(h.id).arg(h.at.toString(Qt::ISODate), h.actor, h.action);
        if (h.undoOf)
            line += CliTr::tr(" of #%1").arg(h.undoOf);
        if (!h.before.isEmpty() || !h.after.isEmpty())
            line += QStringLiteral(": %1 → %2").arg(valuesText(h.before), valuesText(h.after));
        if (!h.reason.isEmpty())
            line += CliTr::tr(" (reason: %1)").arg(h.reason);
        if (h.undone)
            line += CliTr::tr(" [undone]");
        out() << line << '\n';
    }
    out().flush();
    return kOk;
}

// --recheck: 0 when the problem is gone, 1 when it is still there or could not be judged.
int recheck(ReviewRecords &records, const Finding &finding, bool verify, const QString &actor)
{
    const RecheckResult r = FindingRecheck::run(records.store(), finding, FindingRecheck::defaultPolicy());
    QString verdict;
    switch (r.verdict) {
    case RecheckResult::Resolved: verdict = CliTr::tr("resolved"); break;
    case RecheckResult::StillPresent: verdict = CliTr::tr("still present"); break;
    case RecheckResult::NotJudged: verdict = CliTr::tr("not judged"); break;
    case RecheckResult::Unreachable: verdict = CliTr::tr("unreachable"); break;
    }
    out() << CliTr::tr("finding %1: %2: %3").arg(finding.id).arg(verdict, r.evidence) << '\n';
    if (!r.warc.file.isEmpty())
        out() << CliTr::tr("  kept as evidence: %1 at %2").arg(r.warc.file).arg(r.warc.offset) << '\n';
    out().flush();
    if (r.verdict != RecheckResult::Resolved)
        return kFailed;
    if (verify) {
        QString error;
        ReviewConflict conflict;
        FindingChange c;
        c.rectification = QStringLiteral("verified");
        c.note = CliTr::tr("Re-checked %1: %2").arg(r.at.toString(Qt::ISODate), r.evidence);
        const auto o = records.change(finding.id, records.review(finding.id)->version, c, actor, &conflict, &error);
        if (o != ReviewRecords::Outcome::Saved && o != ReviewRecords::Outcome::Unchanged) {
            err() << "xunjian review: " << error << Qt::endl;
            return o == ReviewRecords::Outcome::Refused ? kBadInput : kFailed;
        }
        out() << CliTr::tr("finding %1: rectification verified").arg(finding.id) << Qt::endl;
    }
    return kOk;
}

} // namespace

int reviewCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ROUND"), CliTr::tr("The round."));
    p.addOption({QStringLiteral("finding"), CliTr::tr("The finding to decide on (its id)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("history"), CliTr::tr("Print the finding's history instead."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("confirm"), CliTr::tr("The finding stands.")});
    p.addOption({QStringLiteral("pending"), CliTr::tr("Back to awaiting review.")});
    p.addOption({QStringLiteral("dismiss"), CliTr::tr("The finding is wrong or does not count, for this reason."), QStringLiteral("REASON")});
    p.addOption({QStringLiteral("severity"), CliTr::tr("veto, deduct, notice or manual (needs --reason)."), QStringLiteral("S")});
    p.addOption({QStringLiteral("indicator"), CliTr::tr("Another indicator code (needs --reason)."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("reason"), CliTr::tr("Why the severity or indicator changes."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("note"), CliTr::tr("A note on the finding."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("unit"), CliTr::tr("The responsible unit (name or id; empty clears)."), QStringLiteral("UNIT")});
    p.addOption({QStringLiteral("deadline"), CliTr::tr("The rectification deadline, YYYY-MM-DD (empty clears)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("rectification"), CliTr::tr("open, notified, fixed or verified."), QStringLiteral("STATUS")});
    p.addOption({QStringLiteral("undo"), CliTr::tr("Undo the finding's last change.")});
    p.addOption({QStringLiteral("expect-version"), CliTr::tr("Save only if the finding is still at this version."), QStringLiteral("N")});
    p.addOption({QStringLiteral("actor"), CliTr::tr("Who decides (default: $USER)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("recheck"), CliTr::tr("Fetch the finding's link or page now and judge it again (kept as WARC evidence).")});
    p.addOption({QStringLiteral("verify"), CliTr::tr("With --recheck: when it is resolved, set the rectification to verified (已复核).")});
    if (!parse(p, QStringLiteral("review"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    if (p.positionalArguments().size() != 1) {
        err() << CliTr::tr("xunjian review: name one round") << Qt::endl;
        return kBadInput;
    }
    const QString roundId = p.positionalArguments().first();
    const bool history = p.isSet(QStringLiteral("history"));
    if (history == p.isSet(QStringLiteral("finding"))) {
        err() << CliTr::tr("xunjian review: give --finding ID or --history ID") << Qt::endl;
        return kBadInput;
    }
    bool ok = false;
    const qint64 findingId = p.value(history ? QStringLiteral("history") : QStringLiteral("finding")).toLongLong(&ok);
    if (!ok || findingId <= 0) {
        err() << CliTr::tr("xunjian review: “%1” is not a finding id")
                     .arg(p.value(history ? QStringLiteral("history") : QStringLiteral("finding")))
              << Qt::endl;
        return kBadInput;
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    if (!store->round(roundId)) {
        err() << CliTr::tr("xunjian review: no round “%1”").arg(roundId) << Qt::endl;
        return kBadInput;
    }
    const auto finding = CheckRecords(*store).finding(findingId);
    if (!finding || finding->roundId != roundId) {
        err() << CliTr::tr("xunjian review: finding %1 is not a finding of round %2").arg(findingId).arg(roundId) << Qt::endl;
        return kBadInput;
    }
    ReviewRecords records(*store);
    if (history)
        return printHistory(records, findingId);
    if (p.isSet(QStringLiteral("recheck")))
        return recheck(records, *finding, p.isSet(QStringLiteral("verify")),
                       p.isSet(QStringLiteral("actor")) ? p.value(QStringLiteral("actor")) : ReviewRecords::defaultActor());

    FindingChange c;
    const bool undo = p.isSet(QStringLiteral("undo"));
    int states = 0;
    if (p.isSet(QStringLiteral("confirm")))
        c.state = QStringLiteral("confirmed"), ++states;
    if (p.isSet(QStringLiteral("pending")))
        c.state = QStringLiteral("pending"), ++states;
    if (p.isSet(QStringLiteral("dismiss"))) {
        c.state = QStringLiteral("dismissed"), ++states;
        c.dismissReason = p.value(QStringLiteral("dismiss")).trimmed();
        c.reason = *c.dismissReason;
    }
    if (states > 1) {
        err() << CliTr::tr("xunjian review: finding %1: give one of --confirm, --pending, --dismiss").arg(findingId) << Qt::endl;
        return kBadInput;
    }
    if (p.isSet(QStringLiteral("severity")))
        c.severity = p.value(QStringLiteral("severity")).trimmed();
    if (p.isSet(QStringLiteral("indicator")))
        c.indicator = p.value(QStringLiteral("indicator")).trimmed();
    if (p.isSet(QStringLiteral("reason")))
        c.reason = p.value(QStringLiteral("reason")).trimmed();
    if (p.isSet(QStringLiteral("note")))
        c.note = p.value(QStringLiteral("note"));
    if (p.isSet(QStringLiteral("rectification")))
        c.rectification = p.value(QStringLiteral("rectification")).trimmed();
    if (p.isSet(QStringLiteral("unit"))) {
        const auto unit = unitOrComplain(*store, p.value(QStringLiteral("unit")), QStringLiteral("review"));
        if (!unit)
            return kBadInput;
        c.unitId = *unit;
    }
    if (p.isSet(QStringLiteral("deadline"))) {
        const QString text = p.value(QStringLiteral("deadline")).trimmed();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !d.isValid()) {
            err() << CliTr::tr("xunjian review: finding %1: --deadline takes a date YYYY-MM-DD, not “%2”").arg(findingId).arg(text)
                  << Qt::endl;
            return kBadInput;
        }
        c.deadline = d;
    }
    if (undo == !c.isEmpty()) {
        err() << CliTr::tr("xunjian review: finding %1: say what to change (--confirm, --dismiss, --severity, --note, "
                           "--unit, --deadline, --rectification) or --undo, not both")
                     .arg(findingId)
              << Qt::endl;
        return kBadInput;
    }

    int expected = records.review(findingId)->version;
    if (p.isSet(QStringLiteral("expect-version"))) {
        expected = p.value(QStringLiteral("expect-version")).toInt(&ok);
        if (!ok || expected < 1) {
            err() << CliTr::tr("xunjian review: finding %1: --expect-version takes a version number").arg(findingId) << Qt::endl;
            return kBadInput;
        }
    }
    const QString actor = p.isSet(QStringLiteral("actor")) ? p.value(QStringLiteral("actor")) : ReviewRecords::defaultActor();
    ReviewConflict conflict;
    QString error;
    const ReviewRecords::Outcome o = undo ? records.undo(findingId, expected, actor, &conflict, &error)
                                          : records.change(findingId, expected, c, actor, &conflict, &error);
    switch (o) {
    case ReviewRecords::Outcome::Saved:
    case ReviewRecords::Outcome::Unchanged: {
        const auto now = records.review(findingId);
        out() << CliTr::tr("finding %1, version %2: %3%4")
                     .arg(findingId)
                     .arg(now->version)
                     .arg(describe(*now))
                     .arg(o == ReviewRecords::Outcome::Unchanged ? CliTr::tr(" (nothing changed)") : QString())
              << '\n';
        if (const qint64 promoted = records.promotedFinding(findingId))
            out() << CliTr::tr("finding %1 is promoted to finding %2").arg(findingId).arg(promoted) << '\n';
        out().flush();
        return kOk;
    }
    case ReviewRecords::Outcome::Conflict:
        err() << "xunjian review: " << error << '\n'
              << CliTr::tr("  now: version %1: %2").arg(conflict.theirs.version).arg(describe(conflict.theirs)) << '\n';
        if (!conflict.bothChanged.isEmpty())
            err() << CliTr::tr("  changed by both: %1").arg(conflict.bothChanged.join(QStringLiteral(", "))) << '\n';
        err().flush();
        return kFailed;
    case ReviewRecords::Outcome::Refused:
        err() << "xunjian review: " << error << Qt::endl;
        return kBadInput;
    case ReviewRecords::Outcome::Failed:
        break;
    }
    err() << "xunjian review: " << error << Qt::endl;
    return kFailed;
}

// 整改通知 as 公文: one PDF for --unit, else one per unit into the --out folder, from the agency
// setting (or --agency) and dated --date (default today).
static int writeNotices(Store &store, const Round &round, const QList<RectificationRow> &rows, const QCommandLineParser &p,
                 bool oneUnit, const QDate &today)
{
    const QString agency = p.isSet(QStringLiteral("agency")) ? p.value(QStringLiteral("agency"))
                                                              : StoreSettings(store).value(setting::kAgency);
    if (agency.isEmpty()) {
        err() << CliTr::tr("xunjian rectification: no issuing agency: give --agency or set bulletin.agency with `xunjian settings`")
              << Qt::endl;
        return kBadInput;
    }
    const QList<RectificationNoticeInput> notices = RectificationNotice::fromRows(rows, round, agency, today);
    if (notices.isEmpty()) {
        err() << CliTr::tr("xunjian rectification: nothing open to write a notice about") << Qt::endl;
        return kFailed;
    }
    const QString target = p.value(QStringLiteral("out"));
    if (!oneUnit && !QDir().mkpath(target)) {
        err() << CliTr::tr("xunjian rectification: cannot create the folder %1").arg(target) << Qt::endl;
        return kFailed;
    }
    for (const RectificationNoticeInput &notice : notices) {
        QString error;
        BulletinTypesetter typesetter;
        const QByteArray pdf = typesetter.pdf(RectificationNotice::document(notice), &error);
        QString file = target;
        if (!oneUnit) {
            QString name = CliTr::tr("整改通知-%1").arg(notice.unit);
            name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
            file = QDir(target).filePath(name + QStringLiteral(".pdf"));
        }
        if (pdf.isEmpty() || !BulletinTypesetter::writeFile(file, pdf, &error)) {
            err() << "xunjian rectification: " << error << Qt::endl;
            return kFailed;
        }
        out() << CliTr::tr("%1: %n finding(s), %2", nullptr, int(notice.items.size())).arg(notice.unit, file) << Qt::endl;
    }
    return kOk;
}

int rectificationCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ROUND"), CliTr::tr("The round."));
    p.addOption({QStringLiteral("unit"), CliTr::tr("Only this unit's findings (name or id)."), QStringLiteral("UNIT")});
    p.addOption({QStringLiteral("format"), CliTr::tr("text, json or xlsx"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    p.addOption({QStringLiteral("out"), CliTr::tr("Write to this file (required for xlsx)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("today"), CliTr::tr("The day overdue is judged on (default: today)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("agency"), CliTr::tr("The issuing agency of the notices (default: the store's bulletin.agency)."),
                 QStringLiteral("NAME")});
    if (!parse(p, QStringLiteral("rectification"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("xlsx")
        && format != QLatin1String("pdf")) {
        err() << CliTr::tr("xunjian rectification: --format text, json, xlsx or pdf") << Qt::endl;
        return kBadInput;
    }
    if (format == QLatin1String("pdf") && !p.isSet(QStringLiteral("out"))) {
        err() << CliTr::tr("xunjian rectification: --format pdf needs --out (a PDF with --unit, else a folder: one 整改通知 per unit)")
              << Qt::endl;
        return kBadInput;
    }
    if (format == QLatin1String("xlsx") && !p.isSet(QStringLiteral("out"))) {
        err() << CliTr::tr("xunjian rectification: --format xlsx needs --out FILE.xlsx") << Qt::endl;
        return kBadInput;
    }
    QDate today = QDate::currentDate();
    if (p.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            err() << CliTr::tr("xunjian rectification: --today takes a date YYYY-MM-DD") << Qt::endl;
            return kBadInput;
        }
    }
    if (p.positionalArguments().size() != 1) {
        err() << CliTr::tr("xunjian rectification: name one round") << Qt::endl;
        return kBadInput;
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    const QString roundId = p.positionalArguments().first();
    if (!store->round(roundId)) {
        err() << CliTr::tr("xunjian rectification: no round “%1”").arg(roundId) << Qt::endl;
        return kBadInput;
    }
    std::optional<qint64> unit;
    if (p.isSet(QStringLiteral("unit"))) {
        unit = unitOrComplain(*store, p.value(QStringLiteral("unit")), QStringLiteral("rectification"));
        if (!unit || *unit == 0)
            return kBadInput;
    }
    const QList<RectificationRow> rows = ReviewRecords(*store).rectificationList(roundId, unit, today);

    QList<QStringList> table{{CliTr::tr("Unit"), CliTr::tr("Object"), CliTr::tr("Finding"), CliTr::tr("Indicator"),
                              CliTr::tr("Problem"), CliTr::tr("Page"), CliTr::tr("Deadline"), CliTr::tr("Status"),
                              CliTr::tr("Overdue")}};
    QJsonArray json;
    for (const RectificationRow &r : rows) {
        const QString deadline = r.deadline.isValid() ? r.deadline.toString(Qt::ISODate) : QString();
        table << QStringList{r.unitName, r.objectName, QString::number(r.finding.id), r.finding.indicator, r.finding.evidence,
                             r.finding.url, deadline, ReviewRecords::rectificationLabel(r.status),
                             r.overdue ? CliTr::tr("overdue") : QString()};
        json.append(QJsonObject{{QStringLiteral("finding"), r.finding.id},
                                {QStringLiteral("indicator"), r.finding.indicator},
                                {QStringLiteral("severity"), r.finding.severity},
                                {QStringLiteral("objectType"), r.finding.objectType == ObjectType::Site ? QStringLiteral("site")
                                                                                                        : QStringLiteral("account")},
                                {QStringLiteral("objectId"), r.finding.objectId},
                                {QStringLiteral("object"), r.objectName},
                                {QStringLiteral("unitId"), r.unitId},
                                {QStringLiteral("unit"), r.unitName},
                                {QStringLiteral("unitFromRegistry"), r.unitFromRegistry},
                                {QStringLiteral("url"), r.finding.url},
                                {QStringLiteral("evidence"), r.finding.evidence},
                                {QStringLiteral("deadline"), deadline.isEmpty() ? QJsonValue() : QJsonValue(deadline)},
                                {QStringLiteral("status"), r.status},
                                {QStringLiteral("overdue"), r.overdue}});
    }
    QString error;
    if (format == QLatin1String("pdf"))
        return writeNotices(*store, *store->round(roundId), rows, p, unit.has_value(), today);
    if (format == QLatin1String("xlsx")) {
        if (!RegistryExporter::writeXlsx(table, p.value(QStringLiteral("out")), CliTr::tr("Rectification"), &error)) {
            err() << "xunjian rectification: " << error << Qt::endl;
            return kFailed;
        }
        return kOk;
    }
    QByteArray bytes;
    if (format == QLatin1String("json")) {
        const QJsonObject doc{{QStringLiteral("round"), roundId},
                              {QStringLiteral("today"), today.toString(Qt::ISODate)},
                              {QStringLiteral("rows"), json}};
        bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else {
        QString text;
        for (const QStringList &row : std::as_const(table))
            text += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
        bytes = text.toUtf8();
    }
    if (p.isSet(QStringLiteral("out"))) {
        QFile f(p.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
            err() << CliTr::tr("xunjian rectification: cannot write %1: %2").arg(f.fileName(), f.errorString()) << Qt::endl;
            return kFailed;
        }
        return kOk;
    }
    out() << QString::fromUtf8(bytes) << Qt::flush;
    return kOk;
}

} // namespace xj::cli
