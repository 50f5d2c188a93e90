// BulletinDraft: the rendered template read as a 公文 — directives, numbered headings, paragraphs
// with the figures they state — and the comparison of stated figures with newer results.
#include "BulletinDraft.h"

#include "StoreSettings.h"

#include "DocumentNumber.h"

namespace xj {

// 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一: heading numbers of 公文 (一、 and （一）).
QString BulletinDraft::chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10, ones = n % 10;
    QString s = (tens > 1 ? QString(digits.at(tens)) : QString()) + QStringLiteral("十");
    if (ones)
        s += digits.at(ones);
    return s;
}

namespace {

QString headingNumber(int level, int n)
{
    switch (level) {
    case 1: return BulletinDraft::chineseNumber(n) + QStringLiteral("、");
    case 2: return QStringLiteral("（%1）").arg(BulletinDraft::chineseNumber(n));
    case 3: return QStringLiteral("%1.").arg(n);
    default: return QStringLiteral("（%1）").arg(n);
    }
}

QString statedText(QStringList keys, const QMap<QString, QString> &figures)
{
    // A 存在问题 text states the verdicts it was written from.
    for (const QString &text : {QStringLiteral("problems.websites"), QStringLiteral("problems.accounts")})
        if (keys.contains(text))
            keys << text + QStringLiteral(".basis");
    QStringList out;
    for (const QString &key : std::as_const(keys))
        if (figures.contains(key))
            out << key + QLatin1Char('=') + figures.value(key);
    return out.join(QLatin1Char('\n'));
}

} // namespace

DraftOptions BulletinDraft::storeOptions(Store &store, const QDate &date)
{
    const StoreSettings settings(store);
    DraftOptions o;
    o.agency = settings.value(setting::kAgency);
    o.city = settings.value(setting::kCity);
    o.recipients = settings.value(setting::kRecipients);
    o.documentNumberTemplate = settings.value(setting::kNumberTemplate);
    o.date = date;
    return o;
}

std::optional<BulletinDocument> BulletinDraft::generate(Store &store, const QString &roundId, const BulletinTemplate &tpl,
                                                        const DraftOptions &options, QString *error)
{
    const auto material = RoundMaterial::load(store, roundId, options.rules, error);
    if (!material)
        return std::nullopt;
    return generate(*material, tpl, options, error);
}

std::optional<BulletinDocument> BulletinDraft::generate(const RoundMaterial &material, const BulletinTemplate &tpl,
                                                        const DraftOptions &options, QString *error)
{
    const auto lines = tpl.render(values(material, options), error);
    if (!lines)
        return std::nullopt;
    const QMap<QString, QString> stated = figures(material.results);

    BulletinDocument doc;
    doc.agency = options.agency;
    doc.date = options.date;
    const int year = options.date.isValid() ? options.date.year() : material.results.round.windowFrom.year();
    if (options.sequence > 0 && !options.documentNumberTemplate.isEmpty())
        doc.documentNumber = DocumentNumber::format(options.documentNumberTemplate, year, options.sequence);

    BulletinAttachment attachments[2];
    int counters[4] = {0, 0, 0, 0};
    for (const RenderedLine &line : *lines) {
        QString directive, text = line.text;
        if (line.directive) {
            directive = text.mid(1).section(QLatin1Char(' '), 0, 0);
            text = text.mid(1 + directive.size()).trimmed();
        }
        if (directive == QLatin1String("title")) {
            doc.title = text;
        } else if (directive == QLatin1String("recipients")) {
            doc.recipients = text;
        } else if (directive.startsWith(QLatin1String("attachment"))) {
            BulletinAttachment &a = attachments[directive.mid(10, 1) == QLatin1String("1") ? 0 : 1];
            if (directive.endsWith(QLatin1String("-title")))
                a.title = text;
            else if (directive.endsWith(QLatin1String("-before")))
                a.notesBefore << text;
            else
                a.notesAfter << text;
        } else if (directive.size() == 2 && directive.startsWith(QLatin1Char('h'))) {
            const int level = directive.at(1).digitValue();
            const int n = ++counters[level - 1];
            for (int deeper = level; deeper < 4; ++deeper)
                counters[deeper] = 0; // （一） starts again under each 一、
            const BulletinBlock::Kind kinds[] = {BulletinBlock::Heading1, BulletinBlock::Heading2, BulletinBlock::Heading3,
                                                 BulletinBlock::Heading4};
            doc.body.append({kinds[level - 1], headingNumber(level, n) + text, statedText(line.keys, stated)});
        } else {
            doc.body.append({BulletinBlock::Paragraph, text, statedText(line.keys, stated)});
        }
    }
    if (!options.recipients.isEmpty())
        doc.recipients = options.recipients;
    while (doc.recipients.endsWith(QStringLiteral("：")) || doc.recipients.endsWith(QLatin1Char(':')))
        doc.recipients.chop(1);

    attachments[0].table = AttachmentTables::problemObjects(material);
    attachments[1].table = AttachmentTables::catalogCounts(material);
    // An attachment without rows is left out, and with it its line in the 附件说明.
    for (const BulletinAttachment &a : attachments)
        if (!a.title.isEmpty() && !a.table.rows.isEmpty())
            doc.attachments << a;
    return doc;
}

QMap<QString, QString> BulletinDraft::statedFigures(const BulletinBlock &block)
{
    QMap<QString, QString> out;
    const QStringList entries = block.figureKey.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const int eq = entry.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(entry.left(eq), entry.mid(eq + 1));
        else
            out.insert(entry, QString()); // a bare key: stated, value unknown
    }
    return out;
}

QStringList BulletinDraft::staleFigures(const BulletinDocument &document, const QMap<QString, QString> &newFigures)
{
    QStringList out;
    for (const BulletinBlock &b : document.body) {
        const QMap<QString, QString> stated = statedFigures(b);
        for (auto it = stated.cbegin(); it != stated.cend(); ++it)
            if ((!newFigures.contains(it.key()) || newFigures.value(it.key()) != it.value()) && !out.contains(it.key()))
                out << it.key();
    }
    out.sort();
    return out;
}

} // namespace xj
