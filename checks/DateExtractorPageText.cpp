// DateExtractor::extract, the page as a whole: regions (header, footer, sidebar), the article's
// PubDate meta and 发布时间 label, how much body text it has (a single-page column is not blank),
// whether it is only navigation, and lists written by script.
#include "DateExtractorInternal.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace xj::dateinternal {

namespace {

quint8 regionOfToken(const QString &token)
{
    // Prefixed forms ("g-header", "site-footer", "main-nav") only for words that name nothing
    // else: "list-top", "news-head" and "main-bottom" are content blocks.
    static const QRegularExpression headerNav(QStringLiteral(
        "^(?:(?:[a-z0-9]+[-_])?(?:header|nav|navbar|menu|submenu|topbar|toolbar|breadcrumbs?|crumbs?)|head|top|banner|position|location)"
        "(?:[-_]?(?:wrap|box|con|bar|main|nav|inner|container|area|list|[0-9]+))?$"));
    static const QRegularExpression footer(QStringLiteral(
        "^(?:(?:[a-z0-9]+[-_])?(?:footer|copyright)|foot|bottom|copy)(?:[-_]?(?:wrap|box|con|bar|main|inner|container|area|[0-9]+))?$"));
    static const QRegularExpression side(QStringLiteral("^(?:[a-z0-9]+[-_])?(?:left|right)?(?:side|sidebar|sider|aside)(?:[-_]?[a-z0-9]+)?$"));
    const QString t = token.toLower();
    if (footer.match(t).hasMatch())
        return Footer;
    if (headerNav.match(t).hasMatch())
        return HeaderNav;
    if (side.match(t).hasMatch())
        return Side;
    return None;
}

// A text's own paragraph: the nearest block ancestor (or the node's parent when there is none).
QList<int> blockOfEachNode(const DomTree &t)
{
    QList<int> block(t.size(), 0);
    for (int i = 1; i < t.size(); ++i) {
        const DomNode &n = t.node(i);
        const int p = n.parent >= 0 ? n.parent : 0;
        block[i] = n.type == DomNode::Element && isBlockForText(n.tag) ? i : block[p];
    }
    return block;
}

std::optional<QDate> metaDateOf(const HtmlDocument &doc, const QDate &asOf)
{
    static const char *const names[] = {"PubDate", "publishdate", "article:published_time", "publishtime",
                                        "firstpublishedtime", "dcterms.issued", "DC.date"};
    for (const char *name : names) {
        const QString value = doc.metaTag(QString::fromLatin1(name));
        for (const DateExtractor::Match &m : DateExtractor::matches(value, asOf))
            if (!m.yearInferred)
                return m.date;
    }
    return std::nullopt;
}

} // namespace

quint8 regionOf(const DomTree &t, int i)
{
    const DomNode &n = t.node(i);
    if (n.tag == QLatin1String("header") || n.tag == QLatin1String("nav"))
        return HeaderNav;
    if (n.tag == QLatin1String("footer"))
        return Footer;
    if (n.tag == QLatin1String("aside"))
        return Side;
    // A list row's class names the row ("top" is a pinned item), never a page region.
    static const QSet<QString> rowTags = {QStringLiteral("li"), QStringLiteral("tr"), QStringLiteral("dd"), QStringLiteral("dt"),
                                          QStringLiteral("a"), QStringLiteral("span"), QStringLiteral("em")};
    if (rowTags.contains(n.tag))
        return None;
    // Most elements have neither attribute; tokens repeat across a page (thread-local cache).
    thread_local QHash<QString, quint8> known;
    quint8 r = None;
    for (const auto &[name, value] : n.attributes) {
        if (name != QLatin1String("class") && name != QLatin1String("id"))
            continue;
        for (const QStringView token : QStringView(value).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString key = token.trimmed().toString();
            auto it = known.constFind(key);
            if (it == known.constEnd()) {
                if (known.size() > 4096)
                    known.clear();
                it = known.insert(key, regionOfToken(key));
            }
            r |= *it;
        }
    }
    return r;
}

bool isBlockForText(const QString &tag)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("li"),
        QStringLiteral("dd"), QStringLiteral("dt"), QStringLiteral("article"), QStringLiteral("section"),
        QStringLiteral("main"), QStringLiteral("body"), QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("center"), QStringLiteral("table"), QStringLiteral("ul"), QStringLiteral("ol"),
        QStringLiteral("dl"), QStringLiteral("form")};
    return blocks.contains(tag);
}

bool looksLikeFooterText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("版权所有|Copyright|©|ICP备|公网安备|网站标识码|技术支持|主办单位|承办单位|"
                                                      "建议使用|分辨率|地址[:：]|电话[:：]|邮编|传真|最后更新|网站更新|访问量|访问人数|您是第"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

void appendText(QString *out, const QString &piece)
{
    if (!out->isEmpty() && !piece.isEmpty() && out->back().isDigit() && piece.front().isDigit())
        out->append(QLatin1Char(' '));
    out->append(piece);
}

int visibleChars(const QString &s)
{
    int n = 0;
    for (QChar c : s)
        if (!c.isSpace())
            ++n;
    return n;
}

void fillPageText(const HtmlDocument &doc, const DomTree &t, const QList<quint8> &region, const QList<bool> &inLink,
                  const QDate &asOf, PageDates *out)
{
    out->metaDate = metaDateOf(doc, asOf);
    if (t.isEmpty()) {
        out->labelledDate = DateExtractor::labelledDate(doc.visibleText(), asOf);
        return;
    }
    const QList<int> block = blockOfEachNode(t);
    // One pass over the text nodes (document order): the page's text without its chrome, for the
    // 发布时间 label, and per paragraph the text outside links and inside them.
    QHash<int, QString> ownText;
    QHash<int, int> ownLinkChars;
    QList<int> blocksInOrder;
    int links = 0;
    for (int i = 1; i < t.size(); ++i) {
        const DomNode &n = t.node(i);
        if (!n.rendered)
            continue;
        if (n.type == DomNode::Element && n.tag == QLatin1String("a") && !t.attribute(i, u"href").trimmed().isEmpty())
            ++links;
        if (n.type != DomNode::Text || (region[i] & Footer))
            continue;
        const int b = block[i];
        if (!ownText.contains(b) && !ownLinkChars.contains(b))
            blocksInOrder.append(b);
        if (inLink[i])
            ownLinkChars[b] += visibleChars(n.text);
        else
            appendText(&ownText[b], n.text);
    }
    // The page's own text, paragraph by paragraph, without header, footer and footer-like
    // paragraphs (网站更新时间：… is the site's, not an article's): where 发布时间：… stands.
    QString body;
    int bodyChars = 0, linkChars = 0, textChars = 0;
    for (int b : blocksInOrder) {
        const QString own = ownText.value(b);
        if (looksLikeFooterText(own))
            continue;
        if (!(region[b] & HeaderNav) && body.size() < 40000 && !own.trimmed().isEmpty())
            body += QLatin1Char('\n') + own;
        const int chars = visibleChars(own);
        linkChars += ownLinkChars.value(b);
        textChars += chars;
        if (!(region[b] & (HeaderNav | Side)))
            bodyChars += chars;
    }
    out->labelledDate = DateExtractor::labelledDate(body, asOf);
    out->articleChars = bodyChars;
    // Only navigation: no list, nothing dated, little text of its own, and links making most of
    // what it shows (a portal's 导航 page, a splash page with 进入主站).
    out->navigationOnly = out->itemDates.isEmpty() && out->listItems == 0 && !out->labelledDate && links >= 1 && bodyChars < 200
                          && linkChars * 2 >= (linkChars + textChars);

    if (out->listItems == 0 && out->itemDates.isEmpty()) {
        // Lists fetched by script after load: what the page shows cannot be told from its HTML.
        static const QRegularExpression loads(
            QStringLiteral("\\$\\.(ajax|get|post|getJSON)\\s*\\(|XMLHttpRequest|\\bfetch\\s*\\(|axios|jsonp|\\.load\\s*\\("),
            QRegularExpression::CaseInsensitiveOption);
        for (int s : t.elements(u"script")) {
            if (region[s] & (HeaderNav | Footer))
                continue;
            for (int c = t.node(s).firstChild; c >= 0; c = t.node(c).nextSibling)
                if (t.node(c).type == DomNode::Text && loads.match(t.node(c).text).hasMatch())
                    out->scriptedList = true;
        }
    }
}

QList<QDate> scriptedRecordDates(const HtmlDocument &doc, const DomTree &t, const QList<quint8> &region,
                                 const QDate &asOf, int *items)
{
    static const QRegularExpression record(QStringLiteral("<record[^>]*>\\s*<!\\[CDATA\\[(.*?)\\]\\]>\\s*</record>"),
                                           QRegularExpression::DotMatchesEverythingOption
                                               | QRegularExpression::CaseInsensitiveOption);
    QList<QDate> dates;
    *items = 0;
    for (int s : t.elements(u"script")) {
        if (!t.attribute(s, u"type").contains(QLatin1String("xml"), Qt::CaseInsensitive) || (region[s] & (HeaderNav | Footer)))
            continue;
        QString source;
        for (int c = t.node(s).firstChild; c >= 0; c = t.node(c).nextSibling)
            if (t.node(c).type == DomNode::Text)
                source += t.node(c).text;
        QString records;
        for (auto it = record.globalMatch(source); it.hasNext();)
            records += it.next().captured(1);
        if (records.trimmed().isEmpty())
            continue;
        // Table rows only parse inside a table.
        const bool rowsOfTable = records.trimmed().startsWith(QLatin1String("<tr"), Qt::CaseInsensitive);
        const QString html = QStringLiteral("<html><body>") + (rowsOfTable ? QStringLiteral("<table>") : QString())
                             + records + (rowsOfTable ? QStringLiteral("</table>") : QString()) + QStringLiteral("</body></html>");
        const PageDates inner = DateExtractor::extract(HtmlDocument::parse(html, doc.pageUrl()), asOf);
        dates += inner.itemDates;
        *items += inner.listItems;
    }
    return dates;
}

} // namespace xj::dateinternal
