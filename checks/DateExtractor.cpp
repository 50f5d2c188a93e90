// Dates in text, and PageDates as stored. The page walk is in DateExtractorPage.cpp.
#include "DateExtractor.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace xj {

namespace {

// Full-width digits and punctuation (０-９, －, ／, ．, ：, （, ［) are what Chinese input methods
// and many CMS templates produce; fold them one for one so positions stay those of the input.
QString fold(const QString &text)
{
    QString s = text;
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000 || u == 0x00A0)
            c = QLatin1Char(' ');
    }
    return s;
}

// What may not stand right before a date: a digit or a letter (part of a longer number, an
// identifier, a phone number) or a URL/path separator (/2022/06/30/ in a link shown as text).
// A colon counts only after a digit (09:00-12:00 is a time range; 发布时间：06-28 is a date).
#define XJ_NOT_AFTER "(?<![0-9A-Za-z/.\\-_=%])(?<![0-9]:)"
// … and right after it: another digit, or a separator followed by a digit (2022-06-30-1, 06-30-2022).
#define XJ_NOT_BEFORE "(?![0-9])(?![-/.][0-9])"

struct Pattern {
    QRegularExpression re;
    enum Kind { FullNumeric, FullChinese, ShortYear, Bracketed, MonthDay, ChineseMonthDay } kind;
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> p = {
        // 2022-06-30, 2022/6/30, 2022.06.30: one separator used consistently
        {QRegularExpression(QStringLiteral(XJ_NOT_AFTER "((?:19|20)[0-9]{2})([-/.])([0-9]{1,2})\\2([0-9]{1,2})" XJ_NOT_BEFORE)),
         Pattern::FullNumeric},
        // 2022年6月30日, 2022 年 06 月 30 日
        {QRegularExpression(QStringLiteral("(?<![0-9])((?:19|20)[0-9]{2})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})(?![0-9])\\s*[日号]?")),
         Pattern::FullChinese},
        // 22-06-30: two digits each, consistent separator
        {QRegularExpression(QStringLiteral(XJ_NOT_AFTER "([0-9]{2})([-/.])([0-9]{2})\\2([0-9]{2})" XJ_NOT_BEFORE)),
         Pattern::ShortYear},
        // [06-30], (6-30), 【06.30】, [6月30日]
        {QRegularExpression(QStringLiteral("[\\[(【]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?\\s*[\\])】]")),
         Pattern::Bracketed},
        // 06-30, 06/30: two digits each (6-3 is more often a range than a date)
        {QRegularExpression(QStringLiteral(XJ_NOT_AFTER "([0-9]{2})[-/]([0-9]{2})(?![0-9])(?![-/.:][0-9])")),
         Pattern::MonthDay},
        // 6月30日
        {QRegularExpression(QStringLiteral("(?<![0-9])([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日")),
         Pattern::ChineseMonthDay},
    };
    return p;
}

#undef XJ_NOT_AFTER
#undef XJ_NOT_BEFORE

// A clock widget ("今天是2022年6月30日 星期四", "2022-06-30 农历六月初二"): the date of the visit,
// not of any content.
bool isTodayWidget(const QString &s, qsizetype pos, qsizetype len)
{
    static const QRegularExpression before(QStringLiteral("(今天是|今天|今日|当前时间|当前日期|现在时间|现在是|北京时间)\\s*[:：]?\\s*$"));
    static const QRegularExpression after(
        QStringLiteral("^\\s*(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\\s*)?[(（]?\\s*(星期|礼拜|周[一二三四五六日天]|农历)"));
    const qsizetype from = std::max<qsizetype>(0, pos - 8);
    if (before.match(s.mid(from, pos - from)).hasMatch())
        return true;
    return after.match(s.mid(pos + len, 16)).hasMatch();
}

// The label right before a date: 1 publish, 2 update, 3 a bare 日期/时间; 0 none.
int labelRank(const QString &s, qsizetype pos)
{
    static const QRegularExpression publish(QStringLiteral(
        "(发布时间|发布日期|发表时间|发表日期|发稿时间|发文日期|公开日期|公开时间|公布日期|公布时间|发布于)\\s*[:：]?\\s*[\\[(【]?\\s*$"));
    static const QRegularExpression update(QStringLiteral("(更新时间|更新日期|修改时间|修改日期|更新于)\\s*[:：]?\\s*[\\[(【]?\\s*$"));
    // A bare 日期/时间 only as a word of its own (成文日期, 办理时间 are other dates) and with its
    // colon: without one it is a table's column header.
    static const QRegularExpression bare(QStringLiteral("(?:^|[^\\p{Han}])(日期|时间)\\s*[:：]\\s*[\\[(【]?\\s*$"));
    const qsizetype from = std::max<qsizetype>(0, pos - 14);
    const QString prefix = s.mid(from, pos - from);
    if (publish.match(prefix).hasMatch())
        return 1;
    if (update.match(prefix).hasMatch())
        return 2;
    if (bare.match(prefix).hasMatch())
        return 3;
    return 0;
}

// The newest year that puts month-day on or before `ceiling` (02-29 looks back to a leap year).
QDate inferYear(int month, int day, const QDate &ceiling)
{
    for (int y = ceiling.year(); y >= ceiling.year() - 8; --y) {
        const QDate d(y, month, day);
        if (d.isValid() && d <= ceiling)
            return d;
    }
    return {};
}

} // namespace

QList<DateExtractor::Match> DateExtractor::matches(const QString &text, const QDate &asOf, int hintYear)
{
    QList<Match> out;
    const QString s = fold(text);
    if (!std::any_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
        return out;
    // Without an as-of date a year-less date has no year (never the wall clock's): left out.
    const QDate reference = asOf;
    QDate ceiling = reference.isValid() ? reference.addDays(kFutureToleranceDays) : QDate();
    if (ceiling.isValid() && hintYear > 0 && hintYear < ceiling.year())
        ceiling = QDate(hintYear, 12, 31);

    QList<QPair<qsizetype, qsizetype>> taken; // ranges already read as (part of) a date
    auto overlaps = [&](qsizetype from, qsizetype to) {
        for (const auto &r : taken)
            if (from < r.second && r.first < to)
                return true;
        return false;
    };
    for (const Pattern &p : patterns()) {
        auto it = p.re.globalMatch(s);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype from = m.capturedStart(0), to = m.capturedEnd(0);
            if (overlaps(from, to))
                continue;
            taken.append({from, to});
            QDate date;
            bool inferred = false;
            switch (p.kind) {
            case Pattern::FullNumeric:
                date = QDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
                break;
            case Pattern::FullChinese:
                date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
                break;
            case Pattern::ShortYear:
                // Only as a date not after the as-of date: 98-06-30 is a serial number, not 2098.
                date = QDate(2000 + m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
                if (date.isValid() && !(ceiling.isValid() && date <= reference.addDays(kFutureToleranceDays)))
                    date = QDate();
                inferred = true;
                break;
            case Pattern::Bracketed:
            case Pattern::MonthDay:
            case Pattern::ChineseMonthDay:
                date = ceiling.isValid() ? inferYear(m.captured(1).toInt(), m.captured(2).toInt(), ceiling) : QDate();
                inferred = true;
                break;
            }
            if (!date.isValid() || isTodayWidget(s, from, to - from))
                continue;
            Match match;
            match.date = date;
            match.position = from;
            match.length = to - from;
            match.yearInferred = inferred;
            match.labelRank = labelRank(s, from);
            out.append(match);
        }
    }
    std::sort(out.begin(), out.end(), [](const Match &a, const Match &b) { return a.position < b.position; });
    return out;
}

QList<QDate> DateExtractor::datesInText(const QString &text, const QDate &asOf)
{
    QList<QDate> out;
    for (const Match &m : matches(text, asOf))
        out.append(m.date);
    return out;
}

std::optional<QDate> DateExtractor::labelledDate(const QString &text, const QDate &asOf)
{
    const Match *best = nullptr;
    const QList<Match> all = matches(text, asOf);
    for (const Match &m : all)
        if (m.labelRank > 0 && (!best || m.labelRank < best->labelRank))
            best = &m;
    if (!best)
        return std::nullopt;
    return best->date;
}

// ---- PageDates ----

std::optional<QDate> PageDates::newest() const
{
    if (!itemDates.isEmpty())
        return *std::max_element(itemDates.begin(), itemDates.end());
    if (listItems == 0 && labelledDate)
        return labelledDate;
    if (listItems == 0 && metaDate)
        return metaDate;
    return std::nullopt;
}

std::optional<QDate> PageDates::newestUpTo(const QDate &asOf) const
{
    std::optional<QDate> best;
    for (const QDate &d : itemDates)
        if (d <= asOf && (!best || d > *best))
            best = d;
    if (best || listItems > 0)
        return best; // a list page is as fresh as its list: its PubDate is often the template's
    if (labelledDate && *labelledDate <= asOf)
        return labelledDate;
    if (metaDate && *metaDate <= asOf)
        return metaDate;
    return std::nullopt;
}

bool PageDates::blank() const
{
    return listItems == 0 && itemDates.isEmpty() && !labelledDate && !metaDate && !scriptedList
           && articleChars < kBlankMaxArticleChars;
}

QJsonObject PageDates::toJson() const
{
    QJsonObject o;
    QList<QDate> sorted = itemDates;
    std::sort(sorted.begin(), sorted.end(), std::greater<QDate>());
    QJsonArray items;
    for (int i = 0; i < sorted.size() && i < kMaxStoredItems; ++i)
        items.append(sorted[i].toString(Qt::ISODate));
    if (!items.isEmpty())
        o.insert(QStringLiteral("items"), items);
    if (listItems)
        o.insert(QStringLiteral("n"), listItems);
    if (metaDate)
        o.insert(QStringLiteral("meta"), metaDate->toString(Qt::ISODate));
    if (labelledDate)
        o.insert(QStringLiteral("label"), labelledDate->toString(Qt::ISODate));
    if (navigationOnly)
        o.insert(QStringLiteral("nav"), true);
    if (articleChars)
        o.insert(QStringLiteral("chars"), articleChars);
    if (scriptedList)
        o.insert(QStringLiteral("script"), true);
    return o;
}

PageDates PageDates::fromJson(const QJsonObject &json)
{
    PageDates p;
    for (const QJsonValue &v : json.value(QStringLiteral("items")).toArray()) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (d.isValid())
            p.itemDates.append(d);
    }
    std::sort(p.itemDates.begin(), p.itemDates.end(), std::greater<QDate>());
    p.listItems = std::max(json.value(QStringLiteral("n")).toInt(), int(p.itemDates.size()));
    const QDate meta = QDate::fromString(json.value(QStringLiteral("meta")).toString(), Qt::ISODate);
    if (meta.isValid())
        p.metaDate = meta;
    const QDate label = QDate::fromString(json.value(QStringLiteral("label")).toString(), Qt::ISODate);
    if (label.isValid())
        p.labelledDate = label;
    p.navigationOnly = json.value(QStringLiteral("nav")).toBool();
    p.articleChars = json.value(QStringLiteral("chars")).toInt();
    p.scriptedList = json.value(QStringLiteral("script")).toBool();
    return p;
}

} // namespace xj
