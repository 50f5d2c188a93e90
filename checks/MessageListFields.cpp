// What the cells and labels of a 留言 list say: the words that name its columns, dates in cell
// text, an item's values, whether a message was answered, and the list's JSON form (pages.facts).
#include "MessageListInternal.h"

#include "Vocabulary.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace xj {

using namespace messagelist;

namespace {

struct FieldWords {
    const char *field;
    QStringList contains; // a header containing one of these names the field
    QStringList equals;   // … or being exactly one of these
};

// In this order: 回复时间 is a reply date before it is anything with 时间, 未办结 a status.
const QList<FieldWords> &fieldWords()
{
    static const QList<FieldWords> words = {
        {MessageList::kReplyText,
         {QStringLiteral("答复内容"), QStringLiteral("回复内容"), QStringLiteral("答复意见"), QStringLiteral("回复意见"),
          QStringLiteral("办理结果"), QStringLiteral("处理结果"), QStringLiteral("答复结果"), QStringLiteral("办理意见"),
          QStringLiteral("处理意见")},
         {QStringLiteral("回复"), QStringLiteral("答复")}},
        {MessageList::kReplied,
         {QStringLiteral("回复时间"), QStringLiteral("答复时间"), QStringLiteral("办结时间"), QStringLiteral("回复日期"),
          QStringLiteral("答复日期"), QStringLiteral("办结日期"), QStringLiteral("反馈时间"), QStringLiteral("反馈日期"),
          QStringLiteral("处理时间")},
         {}},
        {MessageList::kStatus,
         {QStringLiteral("状态")},
         {QStringLiteral("办理情况"), QStringLiteral("处理情况"), QStringLiteral("是否回复"), QStringLiteral("是否答复")}},
        {MessageList::kUnit,
         {QStringLiteral("答复单位"), QStringLiteral("回复单位"), QStringLiteral("答复部门"), QStringLiteral("回复部门"),
          QStringLiteral("办理单位"), QStringLiteral("承办单位"), QStringLiteral("处理单位"), QStringLiteral("受理单位"),
          QStringLiteral("答复机构"), QStringLiteral("回复机构"), QStringLiteral("办理部门"), QStringLiteral("承办部门"),
          QStringLiteral("受理部门"), QStringLiteral("处理部门")},
         {}},
        {MessageList::kReceived,
         {QStringLiteral("留言时间"), QStringLiteral("来信时间"), QStringLiteral("提交时间"), QStringLiteral("提问时间"),
          QStringLiteral("咨询时间"), QStringLiteral("留言日期"), QStringLiteral("来信日期"), QStringLiteral("写信时间"),
          QStringLiteral("写信日期"), QStringLiteral("提交日期"), QStringLiteral("发信时间"), QStringLiteral("投诉时间"),
          QStringLiteral("建议时间"), QStringLiteral("来件时间"), QStringLiteral("提问日期"), QStringLiteral("咨询日期"),
          QStringLiteral("反映时间")},
         {}},
        {MessageList::kTitle,
         {QStringLiteral("标题"), QStringLiteral("主题")},
         {QStringLiteral("事项"), QStringLiteral("内容"), QStringLiteral("留言内容"), QStringLiteral("来信内容"),
          QStringLiteral("咨询内容"), QStringLiteral("问题")}},
        {kGenericDate,
         {},
         {QStringLiteral("时间"), QStringLiteral("日期"), QStringLiteral("发布时间"), QStringLiteral("发布日期")}},
    };
    return words;
}

QString normalized(const QString &cell)
{
    QString s = foldForMatch(cell);
    s.removeIf([](QChar c) {
        return c.isSpace() || c == QLatin1Char(':') || c == QChar(0xFF1A) || c == QLatin1Char('*') || c == QChar(0xFF0A)
               || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QChar(0x3010) || c == QChar(0x3011);
    });
    return s;
}

// Every word that can label a value, longest first (so 留言时间 wins over 时间 at one place).
const QRegularExpression &labelPattern()
{
    static const QRegularExpression re = [] {
        QStringList all;
        for (const FieldWords &w : fieldWords())
            all << w.contains << w.equals;
        std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (QString &w : all)
            w = QRegularExpression::escape(w);
        return QRegularExpression(QStringLiteral("(%1)\\s*[:：]").arg(all.join(QLatin1Char('|'))));
    }();
    return re;
}

bool containsAny(const QString &text, const QStringList &words)
{
    return std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return text.contains(w); });
}

// The first a[href] in the subtree (document order: descendants follow their ancestor).
QString firstLink(const HtmlDocument &doc, int node)
{
    const DomTree &dom = doc.dom();
    if (node < 0)
        return {};
    for (int j = node; j < dom.size() && (j == node || dom.isAncestor(node, j)); ++j) {
        if (!dom.isElement(j, u"a"))
            continue;
        const QString href = dom.attribute(j, u"href").trimmed();
        if (href.isEmpty() || href.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive) || href == QLatin1String("#"))
            continue;
        return doc.baseUrl().resolved(QUrl(href)).toString();
    }
    return {};
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

// --- Fields and dates

QString MessageListExtractor::fieldOfHeader(const QString &cellText)
{
    const QString h = normalized(cellText);
    if (h.isEmpty() || h.size() > 10)
        return {};
    for (const FieldWords &w : fieldWords())
        if (containsAny(h, w.contains) || w.equals.contains(h))
            return QLatin1String(w.field);
    return {};
}

QDate MessageListExtractor::dateInText(const QString &text, const QDate &asOf)
{
    const QString t = foldForMatch(text);
    static const QRegularExpression full(QStringLiteral("(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)"));
    if (const auto m = full.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
    }
    if (!asOf.isValid())
        return {};
    // "05-06" or "5月6日": the latest such day not after the as-of date.
    static const QRegularExpression monthDay(QStringLiteral("(?<![\\d.:/-])(\\d{1,2})\\s*(?:-|/|月)\\s*(\\d{1,2})(?![\\d:])"));
    if (const auto m = monthDay.match(t); m.hasMatch()) {
        QDate d(asOf.year(), m.captured(1).toInt(), m.captured(2).toInt());
        if (d.isValid() && d > asOf)
            d = QDate(asOf.year() - 1, d.month(), d.day());
        if (d.isValid())
            return d;
    }
    return {};
}

// --- Items

bool messagelist::promoteGenericDate(QStringList *fields)
{
    const bool messageish = fields->contains(QLatin1String(MessageList::kStatus)) || fields->contains(QLatin1String(MessageList::kUnit))
                            || fields->contains(QLatin1String(MessageList::kReplied))
                            || fields->contains(QLatin1String(MessageList::kReplyText));
    const bool hasReceived = fields->contains(QLatin1String(MessageList::kReceived));
    for (QString &f : *fields)
        if (f == QLatin1String(kGenericDate))
            f = messageish && !hasReceived ? QString::fromLatin1(MessageList::kReceived) : QString();
    QStringList distinct = *fields;
    distinct.removeAll(QString());
    distinct.removeDuplicates();
    const bool dated = distinct.contains(QLatin1String(MessageList::kReceived)) || distinct.contains(QLatin1String(MessageList::kReplied));
    return dated && distinct.size() >= 2;
}

void ItemValues::set(const QString &field, const QString &text, int node)
{
    if (field.isEmpty() || m_text.contains(field))
        return;
    m_text.insert(field, text.trimmed());
    m_node.insert(field, node);
}

QString ItemValues::text(const QString &field) const
{
    return m_text.value(field);
}

bool ItemValues::hasDate(const QDate &asOf) const
{
    return MessageListExtractor::dateInText(text(QLatin1String(MessageList::kReceived)), asOf).isValid()
           || MessageListExtractor::dateInText(text(QLatin1String(MessageList::kReplied)), asOf).isValid();
}

QStringList ItemValues::fields() const
{
    return m_text.keys();
}

ListedMessage ItemValues::toMessage(const HtmlDocument &doc, int item, const QDate &asOf) const
{
    ListedMessage m;
    m.node = item;
    m.received = MessageListExtractor::dateInText(text(QLatin1String(MessageList::kReceived)), asOf);
    m.replied = MessageListExtractor::dateInText(text(QLatin1String(MessageList::kReplied)), asOf);
    m.replyingUnit = text(QLatin1String(MessageList::kUnit)).section(QLatin1Char('\n'), 0, 0);
    m.hasReplyText = !text(QLatin1String(MessageList::kReplyText)).isEmpty();
    m.status = text(QLatin1String(MessageList::kStatus)).section(QLatin1Char('\n'), 0, 0);
    m.title = text(QLatin1String(MessageList::kTitle)).section(QLatin1Char('\n'), 0, 0);
    const int titleNode = m_node.value(QLatin1String(MessageList::kTitle), -1);
    m.link = firstLink(doc, titleNode >= 0 ? titleNode : item);
    if (m.title.isEmpty()) {
        // Labelled items often give the title as the item's link rather than with a label.
        const DomTree &dom = doc.dom();
        for (int j = item + 1; j < dom.size() && dom.isAncestor(item, j); ++j)
            if (dom.isElement(j, u"a") && !dom.text(j, 200).isEmpty()) {
                m.title = dom.text(j, 200).section(QLatin1Char('\n'), 0, 0);
                break;
            }
    }
    return m;
}

ItemValues messagelist::labelledValues(const QString &itemText)
{
    ItemValues values;
    for (const QString &line : itemText.split(QLatin1Char('\n'))) {
        QList<QRegularExpressionMatch> labels;
        for (auto it = labelPattern().globalMatch(line); it.hasNext();)
            labels.append(it.next());
        for (int k = 0; k < labels.size(); ++k) {
            const qsizetype from = labels[k].capturedEnd(0);
            const qsizetype to = k + 1 < labels.size() ? labels[k + 1].capturedStart(0) : line.size();
            const QString label = labels[k].captured(1);
            QString field = MessageListExtractor::fieldOfHeader(label);
            values.set(field, line.mid(from, to - from));
            values.addLabel(label);
        }
    }
    // A bare 时间： beside 状态/答复单位 is the received date, as in a grid.
    QStringList fields = values.fields();
    if (fields.contains(QLatin1String(kGenericDate))) {
        const QStringList before = fields;
        promoteGenericDate(&fields); // same length and order: an empty target drops the value
        ItemValues promoted;
        for (int k = 0; k < before.size(); ++k)
            promoted.set(fields[k], values.text(before[k]));
        for (const QString &l : values.labels())
            promoted.addLabel(l);
        return promoted;
    }
    return values;
}

// --- Answered or not

std::optional<bool> ListedMessage::answered() const
{
    static const QStringList open = {QStringLiteral("未回复"), QStringLiteral("未答复"), QStringLiteral("未办结"), QStringLiteral("办理中"),
                                     QStringLiteral("处理中"), QStringLiteral("待回复"), QStringLiteral("待答复"), QStringLiteral("待处理"),
                                     QStringLiteral("受理中"), QStringLiteral("已受理"), QStringLiteral("转办中"), QStringLiteral("未处理")};
    static const QStringList done = {QStringLiteral("已回复"), QStringLiteral("已答复"), QStringLiteral("已办结"), QStringLiteral("已处理"),
                                     QStringLiteral("已反馈"), QStringLiteral("已解决"), QStringLiteral("办结"), QStringLiteral("已完成")};
    if (containsAny(status, open))
        return false;
    if (containsAny(status, done) || replied.isValid() || hasReplyText)
        return true;
    return std::nullopt;
}

bool ListedMessage::markedInvalid() const
{
    static const QStringList invalid = {QStringLiteral("无效"), QStringLiteral("不予受理"), QStringLiteral("不受理"),
                                        QStringLiteral("重复"), QStringLiteral("撤回"), QStringLiteral("已撤销")};
    return containsAny(status, invalid);
}

// --- JSON (pages.facts["messages"])

QJsonObject MessageList::toJson() const
{
    QJsonArray items;
    for (const ListedMessage &m : messages)
        items.append(QJsonObject{{QStringLiteral("title"), m.title}, {QStringLiteral("received"), iso(m.received)},
                                 {QStringLiteral("replied"), iso(m.replied)}, {QStringLiteral("unit"), m.replyingUnit},
                                 {QStringLiteral("reply_text"), m.hasReplyText}, {QStringLiteral("status"), m.status},
                                 {QStringLiteral("link"), m.link}});
    return {{QStringLiteral("is_list"), isMessageList}, {QStringLiteral("layout"), layout},
            {QStringLiteral("fields"), QJsonArray::fromStringList(fields)}, {QStringLiteral("headers"), QJsonArray::fromStringList(headers)},
            {QStringLiteral("messages"), items}};
}

MessageList MessageList::fromJson(const QJsonObject &json)
{
    MessageList list;
    list.isMessageList = json.value(QStringLiteral("is_list")).toBool();
    list.layout = json.value(QStringLiteral("layout")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("fields")).toArray())
        list.fields << v.toString();
    for (const QJsonValue &v : json.value(QStringLiteral("headers")).toArray())
        list.headers << v.toString();
    for (const QJsonValue &v : json.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject o = v.toObject();
        ListedMessage m;
        m.title = o.value(QStringLiteral("title")).toString();
        m.received = QDate::fromString(o.value(QStringLiteral("received")).toString(), Qt::ISODate);
        m.replied = QDate::fromString(o.value(QStringLiteral("replied")).toString(), Qt::ISODate);
        m.replyingUnit = o.value(QStringLiteral("unit")).toString();
        m.hasReplyText = o.value(QStringLiteral("reply_text")).toBool();
        m.status = o.value(QStringLiteral("status")).toString();
        m.link = o.value(QStringLiteral("link")).toString();
        list.messages.append(m);
    }
    return list;
}

} // namespace xj
