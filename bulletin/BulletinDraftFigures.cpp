// BulletinDraft: the values a template resolves — the figures of RoundResults as the bulletin
// prints them, and the 存在问题 texts written from the findings behind the verdicts.
#include "BulletinDraft.h"

#include "DocumentNumber.h"

#include <algorithm>

namespace xj {

namespace {

QString shortDate(const QDate &d)
{
    return d.isValid() ? BulletinDraft::tr("%1月%2日").arg(d.month()).arg(d.day()) : QString();
}

// "6月底" when the date closes its month (截至6月底), else "6月15日".
QString monthPoint(const QDate &d)
{
    if (!d.isValid())
        return {};
    return d.day() == d.daysInMonth() ? BulletinDraft::tr("%1月底").arg(d.month()) : shortDate(d);
}

// A rate as formatRate prints it, without its %: the template writes the sign ("{…pass_rate}%").
QString rateText(double percent)
{
    QString s = formatRate(percent);
    if (s.endsWith(QLatin1Char('%')))
        s.chop(1);
    return s;
}

void addKind(TemplateValues &v, const QString &prefix, const KindResult &k)
{
    v.text.insert(prefix + QStringLiteral(".checked"), QString::number(k.checked));
    v.text.insert(prefix + QStringLiteral(".passed"), QString::number(k.passed));
    v.text.insert(prefix + QStringLiteral(".failed"), QString::number(k.checked - k.passed));
    v.text.insert(prefix + QStringLiteral(".pass_rate"), rateText(k.passRate));
    QStringList failed;
    for (const ObjectVerdict &o : k.failed())
        failed << o.name;
    v.lists.insert(prefix + QStringLiteral(".failed_names"), failed);
    v.text.insert(prefix + QStringLiteral(".notices"), QString::number(k.withNotices().size()));
}

void addTop(TemplateValues &v, const QString &prefix, const QList<UnitCount> &top, int slotCount)
{
    QStringList items;
    for (const UnitCount &c : top)
        items << BulletinDraft::tr("%1（%2条）").arg(c.unit).arg(c.count);
    v.lists.insert(prefix, items);
    v.text.insert(prefix + QStringLiteral(".size"), BulletinDraft::chineseNumber(int(top.size())));
    // Every slot exists, empty when fewer units have counts: a template naming the third stays valid.
    for (int n = 1; n <= std::max(slotCount, int(top.size())); ++n) {
        const QString slot = QStringLiteral("%1.%2.").arg(prefix).arg(n);
        v.text.insert(slot + QStringLiteral("unit"), n <= top.size() ? top[n - 1].unit : QString());
        v.text.insert(slot + QStringLiteral("count"), n <= top.size() ? QString::number(top[n - 1].count) : QString());
    }
}

QStringList unitNames(const QList<UnitCount> &list)
{
    QStringList out;
    for (const UnitCount &c : list)
        out << c.unit;
    return out;
}

// What a 存在问题 text is written from, as RoundResults judged it: per indicator the objects it
// concerns ("W-V1=甲、乙；W-D-IDENT=丙"). Not printed: it lets staleFigures flag that text when a
// verdict changes (the text itself also quotes findings, which RoundResults does not hold).
QString problemBasis(const QList<const KindResult *> &kinds)
{
    QMap<QString, QStringList> byCode;
    for (const KindResult *k : kinds)
        for (const ObjectVerdict &o : k->objects) {
            QStringList codes = o.vetoes + o.notices;
            for (auto it = o.deductions.cbegin(); it != o.deductions.cend(); ++it)
                if (it.value() > 0)
                    codes << it.key();
            for (const QString &code : std::as_const(codes))
                byCode[code] << o.name;
        }
    QStringList parts;
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().join(QStringLiteral("、"));
    return parts.join(QStringLiteral("；"));
}

TemplateValues figureValues(const RoundResults &r)
{
    TemplateValues v;
    const QDate from = r.round.windowFrom, to = r.round.windowTo;
    const QDate asOf = r.round.asOf.isValid() ? r.round.asOf : to;
    const int quarter = from.isValid() ? (from.month() - 1) / 3 + 1 : 0;
    v.text.insert(QStringLiteral("round"), r.round.id);
    v.text.insert(QStringLiteral("year"), from.isValid() ? QString::number(from.year()) : QString());
    v.text.insert(QStringLiteral("quarter"), quarter ? QString::number(quarter) : QString());
    v.text.insert(QStringLiteral("quarter_zh"), BulletinDraft::chineseQuarter(quarter));
    v.text.insert(QStringLiteral("window.from"), BulletinDocument::chineseDate(from));
    v.text.insert(QStringLiteral("window.to"), BulletinDocument::chineseDate(to));
    v.text.insert(QStringLiteral("window.to_short"), shortDate(to));
    v.text.insert(QStringLiteral("as_of"), BulletinDocument::chineseDate(asOf));
    v.text.insert(QStringLiteral("as_of_month"), monthPoint(asOf));

    addKind(v, QStringLiteral("websites"), r.websites);
    v.text.insert(QStringLiteral("websites.service_platforms"), QString::number(r.servicePlatforms));
    addKind(v, QStringLiteral("channels"), r.channels);
    addKind(v, QStringLiteral("accounts"), r.accounts);

    QStringList closedSites, closedSiteItems, closedAccounts, late, registered;
    for (const ListedObject &l : r.closedInWindow) {
        if (l.type == ObjectType::Site) {
            closedSites << l.name;
            closedSiteItems << (l.reason.isEmpty() ? BulletinDraft::tr("%1于%2%3").arg(l.name, shortDate(l.date), l.status)
                                                   : BulletinDraft::tr("%1因%2原因于%3%4").arg(l.name, l.reason, shortDate(l.date), l.status));
        } else {
            closedAccounts << BulletinDraft::tr("%1（%2）").arg(l.name, l.kind);
        }
    }
    for (const ListedObject &l : r.registeredInWindow) {
        if (l.late)
            late << l.name;
        else
            registered << BulletinDraft::tr("%1（%2）").arg(l.name, l.kind);
    }
    v.lists.insert(QStringLiteral("closed.sites"), closedSites);
    v.lists.insert(QStringLiteral("closed.site_items"), closedSiteItems);
    v.lists.insert(QStringLiteral("closed.accounts"), closedAccounts);
    v.lists.insert(QStringLiteral("registered.late"), late);
    v.lists.insert(QStringLiteral("registered.new"), registered);
    v.text.insert(QStringLiteral("closed.count"), QString::number(r.closedInWindow.size()));
    v.text.insert(QStringLiteral("registered.count"), QString::number(r.registeredInWindow.size()));
    v.text.insert(QStringLiteral("changes.count"), QString::number(r.closedInWindow.size() + r.registeredInWindow.size()));

    const CatalogResult &c = r.catalog;
    v.text.insert(QStringLiteral("catalog.units"), QString::number(c.units));
    v.text.insert(QStringLiteral("catalog.linked_total"), QString::number(c.linkedTotal));
    v.text.insert(QStringLiteral("catalog.open_total"), QString::number(c.openTotal));
    v.text.insert(QStringLiteral("catalog.linked_rank"), c.linkedRank ? QString::number(*c.linkedRank) : QString());
    v.text.insert(QStringLiteral("catalog.open_rank"), c.openRank ? QString::number(*c.openRank) : QString());
    addTop(v, QStringLiteral("catalog.linked_top"), c.linkedTop, r.rules.topCount);
    addTop(v, QStringLiteral("catalog.open_top"), c.openTop, r.rules.topCount);
    v.lists.insert(QStringLiteral("catalog.open_low"), unitNames(c.openLow));
    v.text.insert(QStringLiteral("catalog.open_low.count"), QString::number(c.openLow.size()));
    v.text.insert(QStringLiteral("catalog.open_low_threshold"), QString::number(r.rules.openLowThreshold));
    v.lists.insert(QStringLiteral("catalog.open_zero"), unitNames(c.openZero));
    v.text.insert(QStringLiteral("catalog.open_zero.count"), QString::number(c.openZero.size()));
    v.text.insert(QStringLiteral("problems.websites.basis"), problemBasis({&r.websites, &r.channels}));
    v.text.insert(QStringLiteral("problems.accounts.basis"), problemBasis({&r.accounts}));
    return v;
}

// One sentence per indicator: how many objects of a kind it concerns, naming the worst examples.
struct ProblemWriter {
    const RoundMaterial &m;
    int examples = 2;
    QStringList sentences;

    enum Part { Vetoes, Deductions, Notices };

    void write(const KindResult &k, const QString &noun, Part part)
    {
        QMap<QString, QList<ObjectVerdict>> byCode;
        for (const ObjectVerdict &o : k.objects) {
            const QStringList codes = part == Vetoes ? o.vetoes : part == Notices ? o.notices : o.deductions.keys();
            for (const QString &code : codes)
                if (part != Deductions || o.deductions.value(code) > 0)
                    byCode[code].append(o);
        }
        QStringList codes = byCode.keys();
        // The most widespread problem first; the code breaks ties so the text is stable.
        std::stable_sort(codes.begin(), codes.end(), [&](const QString &a, const QString &b) { return byCode[a].size() > byCode[b].size(); });
        for (const QString &code : std::as_const(codes)) {
            QList<ObjectVerdict> objects = byCode.value(code);
            if (part == Deductions) // the worst: the most points lost on this indicator
                std::stable_sort(objects.begin(), objects.end(), [&code](const ObjectVerdict &a, const ObjectVerdict &b) {
                    return a.deductions.value(code) > b.deductions.value(code);
                });
            QStringList named;
            for (const ObjectVerdict &o : objects.mid(0, examples)) {
                const QString evidence = m.evidence(o, code);
                named << (evidence.isEmpty() ? o.name : BulletinDraft::tr("%1（%2）").arg(o.name, evidence));
            }
            const QString name = AttachmentTables::indicatorName(code);
            const QString count = QString::number(objects.size());
            if (part == Vetoes)
                sentences << BulletinDraft::tr("%1个%2因“%3”被单项否决，如%4。").arg(count, noun, name, named.join(QStringLiteral("、")));
            else if (part == Deductions)
                sentences << BulletinDraft::tr("%1个%2在“%3”方面被扣分，如%4。").arg(count, noun, name, named.join(QStringLiteral("、")));
            else
                sentences << BulletinDraft::tr("%1个%2存在“%3”情况，如%4。").arg(count, noun, name, named.join(QStringLiteral("、")));
        }
    }
};

} // namespace

QString BulletinDraft::chineseQuarter(int quarter)
{
    switch (quarter) {
    case 1: return tr("第一季度");
    case 2: return tr("第二季度");
    case 3: return tr("第三季度");
    case 4: return tr("第四季度");
    default: return {};
    }
}

QMap<QString, QString> BulletinDraft::figures(const RoundResults &results)
{
    const TemplateValues v = figureValues(results);
    QMap<QString, QString> out = v.text;
    for (auto it = v.lists.cbegin(); it != v.lists.cend(); ++it)
        out.insert(it.key(), it.value().join(QStringLiteral("、")));
    return out;
}

TemplateValues BulletinDraft::values(const RoundMaterial &m, const DraftOptions &options)
{
    TemplateValues v = figureValues(m.results);
    const RoundResults &r = m.results;
    ProblemWriter websites{m, options.examplesPerProblem, {}};
    for (ProblemWriter::Part part : {ProblemWriter::Vetoes, ProblemWriter::Deductions, ProblemWriter::Notices}) {
        websites.write(r.websites, tr("政府网站"), part);
        websites.write(r.channels, tr("部门频道"), part);
    }
    ProblemWriter accounts{m, options.examplesPerProblem, {}};
    for (ProblemWriter::Part part : {ProblemWriter::Vetoes, ProblemWriter::Notices})
        accounts.write(r.accounts, tr("政务新媒体"), part);
    v.text.insert(QStringLiteral("problems.websites"), websites.sentences.join(QString()));
    v.text.insert(QStringLiteral("problems.accounts"), accounts.sentences.join(QString()));
    const bool any = !websites.sentences.isEmpty() || !accounts.sentences.isEmpty() || !r.catalog.openZero.isEmpty()
                  || !r.catalog.openLow.isEmpty();
    v.text.insert(QStringLiteral("problems.any"), any ? QStringLiteral("1") : QString());
    v.text.insert(QStringLiteral("agency"), options.agency);
    v.text.insert(QStringLiteral("city"), options.city);
    return v;
}

} // namespace xj
