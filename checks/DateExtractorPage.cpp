// DateExtractor::extract: the dated items of a page's lists, found on the rendered DomTree.
//
// How government list pages are built, and what this walk therefore looks for:
// - rows: li / tr / dd / dt (innermost ones: old CMS nest layout tables), or div / p rows outside
//   them, each holding one to three links (title, column tag, attachment) and usually a date in
//   a span, a cell or brackets; a row without a date may have it in the next sibling
//   (<dt><a/></dt><dd>2022-06-30</dd>);
// - <br>-separated links in one block ("<a>…</a>(2022-06-30)<br><a>…</a>…"), split into rows;
// - lists written by script into <script type="text/xml"> record sets (大汉 Hanweb jpage), which
//   a visitor sees once the script has run;
// - a list is a set of rows with the same parent and tag; it counts when enough of its rows are
//   dated, or, undated, when its link texts are as long as article titles (menus are 2–8
//   characters). Lists in header, footer, navigation and sidebars (热点, 推荐) are not the page's.
#include "DateExtractorInternal.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace xj {

using namespace dateinternal;

namespace {

struct Row {
    int container = -1;
    QString kind;      // the row tag, "#seg" for <br>-separated links
    QString text;      // all of it
    QString outside;   // the part outside links (where span.date and cells are)
    int linkChars = 0; // length of the title
    QString linkText;
    int nextSibling = -1; // where a date may stand instead (dd after dt)
    std::optional<QDate> date;
    bool inferred = false;
};

class PageWalk {
public:
    PageWalk(const DomTree &t, const QDate &asOf) : t(t), asOf(asOf) {}

    void run()
    {
        const int n = t.size();
        region.fill(None, n);
        inLink.fill(false, n);
        anchors.fill(0, n);
        for (int i = 0; i < n; ++i) { // top-down: parents come before children
            const DomNode &node = t.node(i);
            const int p = node.parent;
            if (p >= 0) {
                region[i] = region[p];
                inLink[i] = inLink[p];
            }
            if (node.type == DomNode::Element) {
                region[i] |= regionOf(t, i);
                if (node.tag == QLatin1String("a"))
                    inLink[i] = true;
            }
        }
        for (int i = n - 1; i > 0; --i) { // bottom-up: links per subtree
            if (isLink(i))
                ++anchors[i];
            if (t.node(i).parent >= 0)
                anchors[t.node(i).parent] += anchors[i];
        }
        findRows();
    }

    const DomTree &t;
    QDate asOf;
    QList<quint8> region;
    QList<bool> inLink;
    QList<int> anchors;
    QList<Row> rows;

    bool isLink(int i) const
    {
        const DomNode &node = t.node(i);
        if (node.type != DomNode::Element || !node.rendered || node.tag != QLatin1String("a"))
            return false;
        // 打印, 关闭, 返回顶部 are buttons, not links to anything.
        const QString href = t.attribute(i, u"href").trimmed();
        return !href.isEmpty() && !href.startsWith(QLatin1Char('#')) && !href.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive);
    }
    bool chrome(int i) const { return region[i] & (HeaderNav | Footer); }

    // Text under i (rendered only), optionally without link text; blocks and <br> end lines.
    void collect(int i, bool skipLinks, QString *out, int *linkChars, QString *linkText = nullptr) const
    {
        if (!t.node(i).rendered)
            return;
        struct Frame { int node; int next; };
        QList<Frame> stack{{i, t.node(i).firstChild}};
        while (!stack.isEmpty() && out->size() < 2000) {
            Frame &f = stack.last();
            if (f.next < 0) {
                const DomNode &done = t.node(f.node);
                if (done.type == DomNode::Element && (isBlockForText(done.tag) || done.tag == QLatin1String("tr")))
                    out->append(QLatin1Char('\n'));
                stack.removeLast();
                continue;
            }
            const int c = f.next;
            f.next = t.node(c).nextSibling;
            const DomNode &node = t.node(c);
            if (!node.rendered)
                continue;
            if (node.type == DomNode::Text) {
                if (inLink[c] && linkChars)
                    *linkChars += visibleChars(node.text);
                if (inLink[c] && linkText)
                    linkText->append(node.text);
                if (!(skipLinks && inLink[c]))
                    appendText(out, node.text);
            } else if (node.type == DomNode::Element) {
                if (node.tag == QLatin1String("br")) {
                    out->append(QLatin1Char('\n'));
                } else {
                    if (node.tag == QLatin1String("td") || node.tag == QLatin1String("th"))
                        out->append(QLatin1Char(' '));
                    stack.append({c, node.firstChild});
                }
            }
        }
    }

    void addRow(int container, const QString &kind, const QList<int> &nodes, int nextSibling)
    {
        Row r;
        r.container = container;
        r.kind = kind;
        r.nextSibling = nextSibling;
        for (int node : nodes) {
            if (t.node(node).type == DomNode::Text) {
                appendText(&r.text, t.node(node).text);
                if (!inLink[node])
                    appendText(&r.outside, t.node(node).text);
                continue;
            }
            collect(node, false, &r.text, &r.linkChars, &r.linkText);
            if (!inLink[node])
                collect(node, true, &r.outside, nullptr);
        }
        rows.append(r);
    }

    int nextElement(int i) const
    {
        for (int s = t.node(i).nextSibling; s >= 0; s = t.node(s).nextSibling)
            if (t.node(s).type == DomNode::Element)
                return s;
        return -1;
    }

    // <a>…</a> (06-30)<br><a>…</a> (06-29): one row per link and what follows it up to the next
    // link, <br> or block. Returns false when the children are not such a run.
    bool splitIntoSegments(int e)
    {
        QList<QList<int>> segments;
        QList<int> current;
        bool open = false;
        for (int c = t.node(e).firstChild; c >= 0; c = t.node(c).nextSibling) {
            const DomNode &node = t.node(c);
            if (!node.rendered)
                continue;
            const bool startsRow = node.type == DomNode::Element && anchors[c] == 1 && !isBlockForText(node.tag);
            const bool ends = node.type == DomNode::Element && (node.tag == QLatin1String("br") || isBlockForText(node.tag));
            if (startsRow || ends) {
                if (open)
                    segments.append(current);
                current.clear();
                open = startsRow;
            }
            if (open)
                current.append(c);
        }
        if (open)
            segments.append(current);
        if (segments.size() < 2)
            return false;
        int dated = 0;
        for (const QList<int> &s : segments) {
            QString text;
            for (int c : s) {
                if (t.node(c).type == DomNode::Text)
                    appendText(&text, t.node(c).text);
                else
                    collect(c, false, &text, nullptr);
            }
            dated += DateExtractor::matches(text, asOf).isEmpty() ? 0 : 1;
        }
        if (dated < 2 && segments.size() < 4)
            return false;
        for (const QList<int> &s : segments)
            addRow(e, QStringLiteral("#seg"), s, -1);
        return true;
    }

    void findRows()
    {
        static const QSet<QString> strongTags = {QStringLiteral("li"), QStringLiteral("tr"), QStringLiteral("dd"),
                                                 QStringLiteral("dt")};
        static const QSet<QString> weakTags = {QStringLiteral("div"), QStringLiteral("p")};
        const int n = t.size();
        QList<bool> strongRow(n, false), rowBelow(n, false);
        for (int i = n - 1; i > 0; --i) { // innermost li/tr/dd/dt holding 1–3 links
            const DomNode &node = t.node(i);
            if (node.type == DomNode::Element && node.rendered && !chrome(i) && strongTags.contains(node.tag)
                && anchors[i] >= 1 && anchors[i] <= 3 && !rowBelow[i])
                strongRow[i] = true;
            if (node.parent >= 0 && (rowBelow[i] || strongRow[i]))
                rowBelow[node.parent] = true;
        }
        QList<bool> insideRow(n, false);
        for (int i = 1; i < n; ++i) {
            const int p = t.node(i).parent;
            insideRow[i] = p >= 0 && (insideRow[p] || strongRow[p]);
        }
        // div/p rows and <br> runs, outside li/tr/dd/dt rows; innermost again.
        QList<bool> taken(n, false); // i is, or holds, a row
        for (int i = n - 1; i > 0; --i) {
            const DomNode &node = t.node(i);
            const bool candidate = node.type == DomNode::Element && node.rendered && !chrome(i) && !insideRow[i]
                                   && !rowBelow[i] && !strongRow[i] && !taken[i];
            if (candidate && anchors[i] >= 2 && splitIntoSegments(i)) {
                taken[i] = true;
            } else if (candidate && weakTags.contains(node.tag) && anchors[i] >= 1 && anchors[i] <= 3) {
                // <div class="item"><div class="title"><a/></div><div class="time">…</div></div>:
                // the row is the outermost div/p with the same links and a row's length of text.
                int row = i;
                for (int p = node.parent; p > 0 && weakTags.contains(t.node(p).tag) && !chrome(p) && anchors[p] == anchors[i];
                     p = t.node(p).parent) {
                    QString text;
                    collect(p, false, &text, nullptr);
                    if (visibleChars(text) > 300)
                        break;
                    row = p;
                }
                addRow(t.node(row).parent, t.node(row).tag, {row}, nextElement(row));
                for (int r = i; r >= 0 && r != t.node(row).parent; r = t.node(r).parent)
                    taken[r] = true;
            }
            if (node.parent >= 0 && taken[i])
                taken[node.parent] = true;
        }
        for (int i = 1; i < n; ++i)
            if (strongRow[i])
                addRow(t.node(i).parent, t.node(i).tag, {i}, nextElement(i));
    }
};

// A lone year heading a list ("2021年", "2021"): the year its year-less dates belong to.
int loneYear(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*((?:19|20)[0-9]{2})\\s*年?\\s*$"));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const auto m = re.match(line);
        if (m.hasMatch())
            return m.captured(1).toInt();
    }
    return 0;
}

void dateRows(PageWalk &w, QList<Row *> list)
{
    auto dateOf = [&](Row *r, int hint) {
        QList<DateExtractor::Match> m = DateExtractor::matches(r->outside, w.asOf, hint);
        DateExtractor::Match chosen;
        if (!m.isEmpty()) {
            chosen = m.first();
        } else if (!(m = DateExtractor::matches(r->text, w.asOf, hint)).isEmpty()) {
            chosen = m.last(); // only the title has one: "… 2022-06-30" at its end
        } else if (r->nextSibling >= 0 && w.anchors[r->nextSibling] == 0) {
            QString sibling;
            w.collect(r->nextSibling, false, &sibling, nullptr);
            if (visibleChars(sibling) <= 30 && !(m = DateExtractor::matches(sibling, w.asOf, hint)).isEmpty())
                chosen = m.first();
        }
        r->date = chosen.date.isValid() ? std::optional<QDate>(chosen.date) : std::nullopt;
        r->inferred = chosen.yearInferred;
    };
    for (Row *r : list)
        dateOf(r, 0);
    // The year the list prints: most of its items with full dates, or a heading of its own.
    int dated = 0, full = 0, fullYear = 0;
    for (const Row *r : list) {
        if (!r->date)
            continue;
        ++dated;
        if (!r->inferred) {
            ++full;
            fullYear = std::max(fullYear, r->date->year());
        }
    }
    if (full == dated)
        return;
    int hint = full * 2 >= dated ? fullYear : 0;
    const int container = list.first()->container;
    if (!hint && container >= 0) {
        // The element right before the list: its heading.
        int previous = -1;
        const int parent = w.t.node(container).parent;
        for (int s = parent >= 0 ? w.t.node(parent).firstChild : -1; s >= 0 && s != container; s = w.t.node(s).nextSibling)
            if (w.t.node(s).type == DomNode::Element)
                previous = s;
        QString heading;
        if (previous >= 0)
            w.collect(previous, false, &heading, nullptr);
        hint = loneYear(heading);
    }
    if (hint)
        for (Row *r : list)
            if (r->inferred)
                dateOf(r, hint);
}

int medianLinkChars(const QList<Row *> &list)
{
    QList<int> lengths;
    for (const Row *r : list)
        lengths.append(r->linkChars);
    std::sort(lengths.begin(), lengths.end());
    return lengths.isEmpty() ? 0 : lengths.at(lengths.size() / 2);
}

} // namespace

PageDates DateExtractor::extract(const HtmlDocument &doc, const QDate &asOf)
{
    PageDates out;
    const DomTree &t = doc.dom();
    if (t.isEmpty()) {
        fillPageText(doc, t, {}, {}, asOf, &out);
        return out;
    }
    PageWalk w(t, asOf);
    w.run();

    QHash<QPair<int, QString>, QList<Row *>> lists;
    QList<QPair<int, QString>> order;
    // Pagination (首页 上一页 1 2 3 下一页 尾页) and 更多>> rows are not items.
    static const QRegularExpression pagination(
        QStringLiteral("^(?:首页|上一页|下一页|尾页|末页|上页|下页|更多|更多>>|more|GO|跳转|\\[?[0-9]+\\]?|>>|»|<<|«|>|<|\\s)*$"),
        QRegularExpression::CaseInsensitiveOption);
    for (Row &r : w.rows) {
        if (pagination.match(r.linkText.simplified()).hasMatch())
            continue;
        const auto key = qMakePair(r.container, r.kind);
        if (!lists.contains(key))
            order.append(key);
        lists[key].append(&r);
    }
    struct Counted {
        QList<Row *> rows;
        bool side = false;
    };
    QList<Counted> counted;
    for (const auto &key : order) {
        QList<Row *> &list = lists[key];
        dateRows(w, list);
        int dated = 0;
        for (const Row *r : list)
            dated += r->date ? 1 : 0;
        // Items carry titles: a dated line whose links are 来源 or 打印 is an article's byline.
        static const QRegularExpression byline(QStringLiteral("来源|作者|浏览|点击|阅读|字号|分享"));
        const int titleChars = medianLinkChars(list);
        const bool lone = list.size() == 1 && (titleChars < 10 || byline.match(list.first()->outside).hasMatch());
        const bool isList = dated > 0 ? dated * 3 >= list.size() && titleChars >= 6 && !lone
                                      : (list.size() >= 3 && titleChars >= 12);
        if (isList)
            counted.append({list, key.first >= 0 && (w.region[key.first] & Side)});
    }
    // Sidebars (热点信息, 推荐阅读) show other columns' news: not this page's, unless it has nothing else.
    const bool hasMain = std::any_of(counted.begin(), counted.end(), [](const Counted &c) { return !c.side; });
    for (const Counted &c : counted) {
        if (hasMain && c.side)
            continue;
        out.listItems += int(c.rows.size());
        for (const Row *r : c.rows)
            if (r->date)
                out.itemDates.append(*r->date);
    }
    int scriptedItems = 0;
    out.itemDates += scriptedRecordDates(doc, t, w.region, asOf, &scriptedItems);
    out.listItems += scriptedItems;
    std::sort(out.itemDates.begin(), out.itemDates.end(), std::greater<QDate>());
    fillPageText(doc, t, w.region, w.inLink, asOf, &out);
    return out;
}

} // namespace xj
