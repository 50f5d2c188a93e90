// score ROUND [--format json|text] [--kind website|channel|account] [--site NAME]: every checked
// object's verdict with the points and the findings behind it (bulletin/ScoreCard).
#include "CliCommands.h"

#include "ScoreCard.h"

#include <QJsonDocument>

namespace xj::cli {

namespace {

// Columns line up in a terminal: CJK and full-width characters take two cells.
int cells(const QString &text)
{
    int n = 0;
    for (const uint c : text.toUcs4())
        n += (c >= 0x2E80 && !(c >= 0xFF61 && c <= 0xFFDC)) ? 2 : 1;
    return n;
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - cells(text)), QLatin1Char(' '));
}

QString number(double points)
{
    return QString::number(points, 'g', 10);
}

QString deductionsText(const ObjectVerdict &v)
{
    QStringList parts;
    for (auto it = v.deductions.cbegin(); it != v.deductions.cend(); ++it) {
        const double raw = v.rawDeductions.value(it.key());
        parts << (raw > it.value() ? CliTr::tr("%1 %2 (%3 before the cap)").arg(it.key(), number(it.value()), number(raw))
                                   : QStringLiteral("%1 %2").arg(it.key(), number(it.value())));
    }
    return parts.join(QStringLiteral(", "));
}

// The vetoes and the score the pending findings would bring; with the verdict they lead to when
// the object passes now.
QString ifConfirmedText(const ObjectVerdict &v, bool withVerdict = true)
{
    if (v.pendingFindingIds.isEmpty())
        return {};
    QStringList parts = v.pendingVetoes;
    if (v.scored)
        parts << CliTr::tr("score %1").arg(number(v.scoreIfConfirmed));
    const QString what = parts.join(QStringLiteral(", "));
    if (!v.passed || !withVerdict)
        return what;
    return v.wouldFailIfConfirmed ? CliTr::tr("%1: would fail").arg(what) : CliTr::tr("%1: would pass").arg(what);
}

QString stateText(const QString &state)
{
    if (state == QLatin1String("confirmed"))
        return CliTr::tr("confirmed");
    if (state == QLatin1String("dismissed"))
        return CliTr::tr("dismissed");
    return CliTr::tr("pending");
}

void printTable(const QList<ScoreCard> &cards)
{
    const QStringList headers{CliTr::tr("Name"), CliTr::tr("Kind"), CliTr::tr("Score"), CliTr::tr("Result"), CliTr::tr("Vetoes"),
                              CliTr::tr("Deductions"), CliTr::tr("If the pending findings were confirmed")};
    QList<QStringList> rows;
    for (const ScoreCard &c : cards) {
        const ObjectVerdict &v = c.verdict;
        rows.append({v.name, v.kind, v.scored ? number(v.score) : QStringLiteral("—"), v.passed ? CliTr::tr("passed") : CliTr::tr("failed"),
                     v.vetoes.join(QStringLiteral(", ")), deductionsText(v), ifConfirmedText(v)});
    }
    QList<int> widths;
    for (int col = 0; col < headers.size(); ++col) {
        int w = cells(headers[col]);
        for (const QStringList &r : std::as_const(rows))
            w = std::max(w, cells(r[col]));
        widths.append(w);
    }
    auto line = [&widths](const QStringList &r) {
        QString text;
        for (int col = 0; col < r.size(); ++col)
            text += col + 1 < r.size() ? padded(r[col], widths[col] + 2) : r[col];
        out() << text.trimmed() << '\n';
    };
    line(headers);
    for (const QStringList &r : std::as_const(rows))
        line(r);
}

// One object in full: each indicator with its points and the findings behind it.
void printDetails(const ScoreCard &c)
{
    const ObjectVerdict &v = c.verdict;
    out() << '\n'
          << (v.scored ? CliTr::tr("%1 (%2, %3): %4, score %5").arg(v.name, v.kind, c.unit, v.passed ? CliTr::tr("passed") : CliTr::tr("failed"), number(v.score))
                       : CliTr::tr("%1 (%2, %3): %4").arg(v.name, v.kind, c.unit, v.passed ? CliTr::tr("passed") : CliTr::tr("failed")))
          << '\n';
    for (const IndicatorScore &s : c.indicators) {
        QString head;
        if (s.severity == QLatin1String("veto"))
            head = CliTr::tr("  %1 %2: veto").arg(s.code, s.name);
        else if (s.severity == QLatin1String("deduct"))
            head = s.maxPoints > 0 ? CliTr::tr("  %1 %2: −%3 (%4 before the cap of %5)").arg(s.code, s.name, number(s.capped), number(s.raw), number(s.maxPoints))
                                   : CliTr::tr("  %1 %2: −%3").arg(s.code, s.name, number(s.capped));
        else
            head = CliTr::tr("  %1 %2: notice").arg(s.code, s.name);
        if (!s.enabled)
            head += CliTr::tr(" (disabled in the indicator set)");
        out() << head << '\n';
        auto findings = [](const QList<Finding> &list, const QString &title) {
            if (list.isEmpty())
                return;
            out() << "    " << title << '\n';
            for (const Finding &f : list)
                out() << "      " << CliTr::tr("#%1 %2 %3 %4 %5").arg(f.id).arg(stateText(f.state), number(f.points), f.url, f.evidence).trimmed()
                      << '\n';
        };
        findings(s.counted, CliTr::tr("counted:"));
        findings(s.pending, s.severity == QLatin1String("veto")
                                ? CliTr::tr("pending review, not counted (a veto if confirmed):")
                                : CliTr::tr("pending review, not counted (would take %1 more):").arg(number(s.pendingPoints)));
        findings(s.notCounted, CliTr::tr("not counted:"));
    }
    if (!v.pendingFindingIds.isEmpty())
        out() << (v.wouldFailIfConfirmed && v.passed ? CliTr::tr("  Would fail if the pending findings were confirmed: %1")
                                                     : CliTr::tr("  If the pending findings were confirmed: %1"))
                         .arg(ifConfirmedText(v, false))
              << '\n';
}

} // namespace

int scoreCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ROUND"), CliTr::tr("The round."));
    p.addOption({QStringLiteral("format"), CliTr::tr("text or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    p.addOption({QStringLiteral("kind"), CliTr::tr("Only websites, channels or accounts: website, channel or account."), QStringLiteral("KIND")});
    p.addOption({QStringLiteral("site"), CliTr::tr("Only the object with this registered name (its findings in full in text)."),
                 QStringLiteral("NAME")});
    if (!parse(p, QStringLiteral("score"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err() << CliTr::tr("xunjian score: --format text or json") << Qt::endl;
        return kBadInput;
    }
    const QString kind = p.value(QStringLiteral("kind"));
    if (!kind.isEmpty() && kind != QLatin1String("website") && kind != QLatin1String("channel") && kind != QLatin1String("account")) {
        err() << CliTr::tr("xunjian score: --kind website, channel or account") << Qt::endl;
        return kBadInput;
    }
    if (p.positionalArguments().size() != 1) {
        err() << CliTr::tr("xunjian score: name an existing round") << Qt::endl;
        return kBadInput;
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    const QString roundId = p.positionalArguments().first();
    if (!store->round(roundId)) {
        err() << CliTr::tr("xunjian score: name an existing round") << Qt::endl;
        return kBadInput;
    }
    QString error;
    auto sheet = RoundScoreCards::compute(*store, roundId, &error);
    if (!sheet) {
        err() << "xunjian score: " << error << Qt::endl;
        return kFailed;
    }
    const QString site = p.value(QStringLiteral("site")).trimmed();
    sheet->cards.removeIf([&](const ScoreCard &c) {
        return (!kind.isEmpty() && c.kindCode != kind) || (!site.isEmpty() && c.verdict.name != site);
    });
    if (!site.isEmpty() && sheet->cards.isEmpty()) {
        err() << CliTr::tr("xunjian score: no %1 named \"%2\" was checked in round %3")
                     .arg(kind.isEmpty() ? CliTr::tr("object") : kind, site, roundId)
              << Qt::endl;
        return kBadInput;
    }
    if (format == QLatin1String("json")) {
        out() << QString::fromUtf8(QJsonDocument(sheet->toJson()).toJson(QJsonDocument::Indented)) << Qt::flush;
        return kOk;
    }
    const Round &r = sheet->round;
    out() << CliTr::tr("Round %1, as of %2, judged by %3")
                 .arg(r.id, (r.asOf.isValid() ? r.asOf : r.windowTo).toString(Qt::ISODate), sheet->set.label())
          << '\n';
    printTable(sheet->cards);
    if (!site.isEmpty())
        for (const ScoreCard &c : std::as_const(sheet->cards))
            printDetails(c);
    out().flush();
    return kOk;
}

} // namespace xj::cli
