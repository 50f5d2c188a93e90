#include "DomTree.h"

#include <QRegularExpression>
#include <QSet>

namespace xj {

namespace {

// Elements that start and end a line of text (HtmlText.cpp's isBlock, by name).
bool isBlockTag(const QString &tag)
{
    static const QSet<QString> blocks = {
        QStringLiteral("address"), QStringLiteral("article"), QStringLiteral("aside"), QStringLiteral("blockquote"),
        QStringLiteral("body"), QStringLiteral("caption"), QStringLiteral("center"), QStringLiteral("dd"),
        QStringLiteral("details"), QStringLiteral("dir"), QStringLiteral("div"), QStringLiteral("dl"),
        QStringLiteral("dt"), QStringLiteral("fieldset"), QStringLiteral("figcaption"), QStringLiteral("figure"),
        QStringLiteral("footer"), QStringLiteral("form"), QStringLiteral("h1"), QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"),
        QStringLiteral("header"), QStringLiteral("hgroup"), QStringLiteral("hr"), QStringLiteral("html"),
        QStringLiteral("legend"), QStringLiteral("li"), QStringLiteral("listing"), QStringLiteral("main"),
        QStringLiteral("menu"), QStringLiteral("nav"), QStringLiteral("ol"), QStringLiteral("option"),
        QStringLiteral("p"), QStringLiteral("plaintext"), QStringLiteral("pre"), QStringLiteral("section"),
        QStringLiteral("summary"), QStringLiteral("table"), QStringLiteral("tbody"), QStringLiteral("tfoot"),
        QStringLiteral("thead"), QStringLiteral("tr"), QStringLiteral("ul"), QStringLiteral("xmp"),
        QStringLiteral("marquee")};
    return blocks.contains(tag);
}

bool isInvisibleChar(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200B || u == 0x2060 || u == 0xFEFF || u == 0x00AD || u == u'\r';
}

} // namespace

int DomTree::append(const DomNode &n)
{
    const int i = int(m_nodes.size());
    m_nodes.append(n);
    m_lastChild.append(-1);
    DomNode &added = m_nodes.last();
    added.firstChild = -1;
    added.nextSibling = -1;
    if (n.parent >= 0 && n.parent < i) {
        const int last = m_lastChild.at(n.parent);
        if (last < 0)
            m_nodes[n.parent].firstChild = i;
        else
            m_nodes[last].nextSibling = i;
        m_lastChild[n.parent] = i;
    }
    return i;
}

bool DomTree::isElement(int i, QStringView tag) const
{
    if (i < 0 || i >= size())
        return false;
    const DomNode &n = m_nodes.at(i);
    return n.type == DomNode::Element && (tag.isEmpty() || n.tag == tag);
}

QString DomTree::attribute(int i, QStringView name) const
{
    if (i < 0 || i >= size())
        return {};
    for (const auto &a : m_nodes.at(i).attributes)
        if (a.first == name)
            return a.second.isNull() ? QStringLiteral("") : a.second;
    return {};
}

bool DomTree::hasAttribute(int i, QStringView name) const
{
    return !attribute(i, name).isNull();
}

QStringList DomTree::classes(int i) const
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return attribute(i, u"class").split(whitespace, Qt::SkipEmptyParts);
}

QList<int> DomTree::children(int i) const
{
    QList<int> out;
    if (i < 0 || i >= size())
        return out;
    for (int c = m_nodes.at(i).firstChild; c >= 0; c = m_nodes.at(c).nextSibling)
        out.append(c);
    return out;
}

QList<int> DomTree::elements(QStringView tag) const
{
    QList<int> out;
    for (int i = 0; i < size(); ++i)
        if (m_nodes.at(i).type == DomNode::Element && m_nodes.at(i).tag == tag)
            out.append(i);
    return out;
}

int DomTree::closest(int i, QStringView tag) const
{
    for (; i >= 0 && i < size(); i = m_nodes.at(i).parent)
        if (isElement(i, tag))
            return i;
    return -1;
}

bool DomTree::isAncestor(int ancestor, int i) const
{
    if (i < 0 || i >= size())
        return false;
    for (int p = m_nodes.at(i).parent; p >= 0; p = m_nodes.at(p).parent)
        if (p == ancestor)
            return true;
    return false;
}

QString DomTree::text(int root, qsizetype maxChars) const
{
    if (root < 0 || root >= size())
        return {};
    QString out;
    bool space = false;
    auto lineBreak = [&] {
        space = false;
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
    };
    // Iterative pre-order walk with explicit leave steps (trees can be 512 deep).
    struct Frame {
        int node;
        int next;
    };
    QList<Frame> stack;
    auto enter = [&](int i) -> bool {
        const DomNode &n = m_nodes.at(i);
        if (!n.rendered)
            return false;
        if (n.type == DomNode::Text) {
            for (QChar c : n.text) {
                if (isInvisibleChar(c))
                    continue;
                if (c.isSpace()) {
                    space = true;
                } else {
                    if (space && !out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
                        out += QLatin1Char(' ');
                    space = false;
                    out += c;
                }
            }
            return false;
        }
        if (n.type == DomNode::Element) {
            if (n.tag == QLatin1String("br")) {
                lineBreak();
                return false;
            }
            if (isBlockTag(n.tag))
                lineBreak();
        }
        return true;
    };
    auto leave = [&](int i) {
        const DomNode &n = m_nodes.at(i);
        if (n.type != DomNode::Element)
            return;
        if (isBlockTag(n.tag))
            lineBreak();
        else if (n.tag == QLatin1String("td") || n.tag == QLatin1String("th") || n.tag == QLatin1String("img"))
            space = true;
    };
    if (enter(root))
        stack.append({root, m_nodes.at(root).firstChild});
    while (!stack.isEmpty()) {
        if (maxChars >= 0 && out.size() > maxChars)
            break;
        Frame &f = stack.last();
        if (f.next >= 0) {
            const int child = f.next;
            f.next = m_nodes.at(child).nextSibling;
            if (enter(child))
                stack.append({child, m_nodes.at(child).firstChild});
        } else {
            leave(f.node);
            stack.removeLast();
        }
    }
    QStringList lines;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const QString t = line.simplified();
        if (!t.isEmpty())
            lines << t;
    }
    QString result = lines.join(QLatin1Char('\n'));
    if (maxChars >= 0 && result.size() > maxChars)
        result.truncate(maxChars);
    return result;
}

QString DomTree::path(int i) const
{
    QStringList parts;
    for (; i >= 0 && i < size(); i = m_nodes.at(i).parent) {
        const DomNode &n = m_nodes.at(i);
        if (n.type != DomNode::Element)
            continue;
        if (n.tag == QLatin1String("html"))
            break;
        QString part = n.tag;
        const QString id = attribute(i, u"id");
        if (!id.isEmpty()) {
            part += QLatin1Char('#') + id;
        } else if (n.parent >= 0) {
            int same = 0, position = 0;
            for (int c = m_nodes.at(n.parent).firstChild; c >= 0; c = m_nodes.at(c).nextSibling) {
                if (m_nodes.at(c).type == DomNode::Element && m_nodes.at(c).tag == n.tag) {
                    ++same;
                    if (c == i)
                        position = same;
                }
            }
            if (same > 1)
                part += QStringLiteral(":nth-of-type(%1)").arg(position);
        }
        parts.prepend(part);
    }
    return parts.join(QStringLiteral(" > "));
}

} // namespace xj
