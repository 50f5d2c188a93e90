// The depth guard run before gumbo. gumbo's tree construction checks element scopes by walking
// the stack of open elements, so a page of 100 000 nested <div>s (500 KB) takes minutes to parse
// and a million never finishes. Chromium caps its tree at 512 levels; we get the same effect by
// ignoring start tags that would open deeper than that.
//
// The depth is estimated by a light tokenizer pass that follows the HTML tokenizer's rules for
// what is a tag (comments, quoted attribute values, raw text of <script>/<style>/<textarea>…) and
// the tree-construction rules that decide what an end tag or an implicit close really closes
// (element scope, the "special" elements an ordinary end tag cannot close through, the adoption
// agency for <b>/<a>…, <li>/<td>/<option> closing their predecessors). It errs on the high side,
// which only matters past the limit. This is not used to read the page — gumbo does that — only
// to keep gumbo's work bounded.

#include "HtmlInternal.h"

#include <QHash>
#include <cstring>
#include <initializer_list>

namespace xj::htmlinternal {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

// Tag ids: gumbo's enum for known tags, a hash above it for the rest (collisions are harmless
// for an estimate, and a page of a million invented tag names cannot grow a table).
int tagId(const QByteArray &name)
{
    const GumboTag tag = gumbo_tagn_enum(name.constData(), unsigned(name.size()));
    if (tag != GUMBO_TAG_UNKNOWN)
        return int(tag);
    return int(GUMBO_TAG_LAST) + 1 + int(qHash(name) % 0x3fffffffU);
}

struct Tag {
    QByteArray name;  // lower case
    qsizetype end;    // index after '>' (or the end of data)
    bool selfClosing; // "/>"
    bool complete;    // '>' was found
};

// The tokenizer's tag states, from just after "<" or "</".
Tag readTag(const char *d, qsizetype n, qsizetype pos)
{
    Tag t{{}, n, false, false};
    while (pos < n && !isSpace(d[pos]) && d[pos] != '/' && d[pos] != '>')
        t.name += lower(d[pos++]);
    while (pos < n) {
        const char c = d[pos];
        if (c == '>') {
            t.end = pos + 1;
            t.complete = true;
            return t;
        }
        if (isSpace(c) || c == '/') {
            t.selfClosing = c == '/' && pos + 1 < n && d[pos + 1] == '>';
            ++pos;
            continue;
        }
        ++pos; // attribute name; its first character may be '='
        while (pos < n && !isSpace(d[pos]) && d[pos] != '/' && d[pos] != '>' && d[pos] != '=')
            ++pos;
        while (pos < n && isSpace(d[pos]))
            ++pos;
        if (pos < n && d[pos] == '=') {
            ++pos;
            while (pos < n && isSpace(d[pos]))
                ++pos;
            if (pos < n && (d[pos] == '"' || d[pos] == '\'')) {
                const void *close = std::memchr(d + pos + 1, d[pos], size_t(n - pos - 1));
                pos = close ? static_cast<const char *>(close) - d + 1 : n;
            } else {
                while (pos < n && !isSpace(d[pos]) && d[pos] != '>')
                    ++pos;
            }
        }
    }
    return t;
}

// Start of "</name" followed by a tag-name terminator, at or after pos; n when absent.
qsizetype findEndTag(const QByteArray &html, qsizetype pos, const QByteArray &name)
{
    const qsizetype n = html.size();
    for (;;) {
        pos = html.indexOf("</", pos);
        if (pos < 0 || pos + 2 + name.size() > n)
            return n;
        bool match = true;
        for (qsizetype k = 0; k < name.size() && match; ++k)
            match = lower(html.at(pos + 2 + k)) == name.at(k);
        const qsizetype after = pos + 2 + name.size();
        if (match && (after == n || isSpace(html.at(after)) || html.at(after) == '/' || html.at(after) == '>'))
            return pos;
        pos += 2;
    }
}

GumboTag knownTag(int id) { return id < int(GUMBO_TAG_LAST) ? GumboTag(id) : GUMBO_TAG_UNKNOWN; }

enum TagClass : quint8 {
    Special = 1,    // the spec's "special" category: an ordinary end tag does not close through one
    Boundary = 2,   // limits of "has an element in scope"; also the markers scoping formatting elements
    Formatting = 4, // closed by the adoption agency
    NotCounted = 8, // void, or never deep: html/head/body are singletons, <p> and table sections
                    // close implicitly (a <p> nests only inside a counted element such as <object>)
    KeepsLinks = 16 // get a little headroom past the limit, so a deep link is still a link
};

quint8 classOf(int id)
{
    static const auto table = [] {
        std::vector<quint8> t(size_t(GUMBO_TAG_LAST) + 1, 0);
        auto mark = [&t](quint8 c, std::initializer_list<const char *> names) {
            for (const char *name : names)
                t[size_t(gumbo_tag_enum(name))] |= c;
        };
        // Void elements and the uncounted ones are left out: they are never on the stack.
        mark(Special, {"address", "applet", "article", "aside", "blockquote", "button", "caption", "center",
                       "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
                       "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "iframe",
                       "li", "listing", "main", "marquee", "menu", "nav", "noembed", "noframes", "noscript",
                       "object", "ol", "plaintext", "pre", "script", "section", "select", "style", "summary",
                       "table", "td", "template", "textarea", "th", "title", "tr", "ul", "xmp",
                       "foreignobject", "desc"});
        mark(Boundary, {"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
                        "foreignobject", "desc"});
        mark(Formatting, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
                          "tt", "u"});
        mark(NotCounted, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                          "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image", "html",
                          "head", "body", "p", "tbody", "thead", "tfoot", "colgroup"});
        mark(KeepsLinks, {"a", "iframe", "form", "object", "video", "audio", "map"});
        t[size_t(GUMBO_TAG_UNKNOWN)] = 0;
        return t;
    }();
    return id < int(GUMBO_TAG_LAST) ? table[size_t(id)] : 0;
}

bool isSpecial(int id) { return classOf(id) & Special; }
bool isScopeBoundary(int id) { return classOf(id) & Boundary; }
bool isFormatting(int id) { return classOf(id) & Formatting; }

// The stack of open elements as the tree builder would have it, approximately. Wherever the
// model is unsure it keeps elements open: overestimating depth only costs some ignored tags past
// the limit, underestimating would let a crafted page through to gumbo's quadratic paths.
class OpenElements {
public:
    qsizetype depth() const { return qsizetype(m_stack.size()); }
    bool isOpen(int id) const { return m_open.value(id) > 0; }
    bool inForeign() const { return m_foreign > 0; }
    int top() const { return m_stack.empty() ? -1 : m_stack.back(); }

    void push(int id)
    {
        m_stack.push_back(id);
        ++m_open[id];
        m_foreign += isForeignRoot(id);
    }
    void popTo(qsizetype index) // pops the entry at index and all above it
    {
        while (depth() > index && index >= 0)
            pop();
    }
    void popTop(int id)
    {
        if (top() == id)
            pop();
    }
    // The nearest open entry matching `match`, or -1 when `stop` holds first or it is not in the
    // top 128 entries — a bound on the cost per tag, so a crafted page cannot make each tag walk
    // the whole stack.
    template <typename Match, typename Stop>
    qsizetype find(Match match, Stop stop) const
    {
        const qsizetype lowest = std::max<qsizetype>(0, depth() - 128);
        for (qsizetype i = depth() - 1; i >= lowest; --i) {
            const int id = m_stack[size_t(i)];
            if (match(id))
                return i;
            if (stop(id))
                return -1;
        }
        return -1;
    }
    qsizetype find(int wanted, bool (*stop)(int)) const
    {
        return isOpen(wanted) ? find([wanted](int id) { return id == wanted; }, stop) : -1;
    }
    // The adoption agency, for depth: with no special element above the formatting element,
    // everything from it up is closed; otherwise only the formatting element leaves the stack
    // (the special element and what it holds stay open).
    void adopt(qsizetype index)
    {
        if (index < 0)
            return;
        for (qsizetype i = index + 1; i < depth(); ++i) {
            if (isSpecial(m_stack[size_t(i)])) {
                eraseAt(index);
                return;
            }
        }
        popTo(index);
    }

    void eraseAt(qsizetype index) // takes one entry out, leaving those above it open
    {
        if (index < 0)
            return;
        const int id = m_stack[size_t(index)];
        m_stack.erase(m_stack.begin() + index);
        --m_open[id];
        m_foreign -= isForeignRoot(id);
    }

private:
    static bool isForeignRoot(int id) { return id == int(GUMBO_TAG_SVG) || id == int(GUMBO_TAG_MATH); }
    void pop()
    {
        const int id = m_stack.back();
        m_stack.pop_back();
        --m_open[id];
        m_foreign -= isForeignRoot(id);
    }

    std::vector<int> m_stack;
    QHash<int, int> m_open;
    int m_foreign = 0;
};

bool never(int) { return false; }
bool isMarker(int id) { return isScopeBoundary(id) && id != int(GUMBO_TAG_TABLE); }
bool tableBoundary(int id)
{
    return id == int(GUMBO_TAG_TABLE) || id == int(GUMBO_TAG_TEMPLATE) || id == int(GUMBO_TAG_HTML);
}
// A new <li>/<dd> closes the open one through ordinary elements and address/div/p only.
bool listItemStop(int id)
{
    return isSpecial(id) && id != int(GUMBO_TAG_ADDRESS) && id != int(GUMBO_TAG_DIV) && id != int(GUMBO_TAG_P);
}

void endTag(OpenElements &open, int id)
{
    if (!open.isOpen(id))
        return; // stray end tag: ignored
    const GumboTag tag = knownTag(id);
    if (tag == GUMBO_TAG_FORM)
        open.eraseAt(open.find(id, never)); // </form> takes the form off the stack, nothing above it
    else if (isFormatting(id))
        open.adopt(open.find(id, isScopeBoundary));
    else if (isSpecial(id))
        open.popTo(open.find(id, isScopeBoundary));
    else // "any other end tag": does not close through a special element
        open.popTo(open.find(id, isSpecial));
}

// Start tags that close open elements first. Returns false when the parser ignores the tag.
bool beforeStartTag(OpenElements &open, GumboTag tag, int id)
{
    switch (tag) {
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TR: case GUMBO_TAG_CAPTION:
        if (!open.isOpen(int(GUMBO_TAG_TABLE)))
            return false; // table parts outside a table are ignored
        break;
    default:
        break;
    }
    switch (tag) {
    case GUMBO_TAG_LI:
        open.popTo(open.find([](int e) { return e == int(GUMBO_TAG_LI); }, listItemStop));
        break;
    case GUMBO_TAG_DD: case GUMBO_TAG_DT:
        open.popTo(open.find([](int e) { return e == int(GUMBO_TAG_DD) || e == int(GUMBO_TAG_DT); }, listItemStop));
        break;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        open.popTo(open.find([](int e) { return e == int(GUMBO_TAG_TD) || e == int(GUMBO_TAG_TH); }, tableBoundary));
        break;
    case GUMBO_TAG_TR: { // clears back to the table (its cells, and anything foster-parented)
        const qsizetype table = open.find(int(GUMBO_TAG_TABLE), never);
        if (table >= 0)
            open.popTo(table + 1);
        break;
    }
    case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP:
        open.popTop(int(GUMBO_TAG_OPTION));
        if (tag == GUMBO_TAG_OPTGROUP && open.isOpen(int(GUMBO_TAG_SELECT)))
            open.popTop(int(GUMBO_TAG_OPTGROUP));
        break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        for (GumboTag h : {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6})
            open.popTop(int(h));
        break;
    case GUMBO_TAG_A: // a new <a> adopts the open one (up to a marker such as a table cell)
        open.adopt(open.find(id, isMarker));
        break;
    case GUMBO_TAG_NOBR:
        open.adopt(open.find(id, isScopeBoundary));
        break;
    case GUMBO_TAG_BUTTON:
        open.popTo(open.find(id, isScopeBoundary));
        break;
    case GUMBO_TAG_SELECT: // inside a <select>, <select> only closes it
        if (open.isOpen(id)) {
            open.popTo(open.find(id, never));
            return false;
        }
        break;
    case GUMBO_TAG_FORM:
        return !open.isOpen(id); // a nested <form> is ignored
    default:
        break;
    }
    return true;
}

} // namespace

int flattenDeepNesting(QByteArray &html, int maxDepth)
{
    char *d = html.data(); // detaches once, before any pointer is taken
    const qsizetype n = html.size();
    OpenElements open;
    int blanked = 0;
    qsizetype i = 0;
    while (i < n) {
        const void *lt = std::memchr(d + i, '<', size_t(n - i));
        if (!lt)
            break;
        i = static_cast<const char *>(lt) - d;
        if (i + 1 >= n)
            break;
        const char c1 = d[i + 1];
        if (c1 == '!' || c1 == '?' || (c1 == '/' && (i + 2 >= n || !isAlpha(d[i + 2])))) {
            // Comment ("<!-->" closes itself), doctype, bogus comment, CDATA (approximately).
            const bool comment = i + 3 < n && d[i + 2] == '-' && d[i + 3] == '-';
            const qsizetype end = comment ? html.indexOf("-->", i + 2) : html.indexOf('>', i + 1);
            if (end < 0)
                break;
            i = end + (comment ? 3 : 1);
            continue;
        }
        if (c1 == '/') {
            const Tag t = readTag(d, n, i + 2);
            endTag(open, tagId(t.name));
            i = t.end;
            continue;
        }
        if (!isAlpha(c1)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        const Tag t = readTag(d, n, i + 1);
        i = t.end;
        if (!t.complete)
            break; // the parser drops a tag cut by the end of data
        const int id = tagId(t.name);
        const GumboTag tag = knownTag(id);
        if (classOf(id) & NotCounted)
            continue;
        if (!beforeStartTag(open, tag, id))
            continue;
        if (t.selfClosing && open.inForeign())
            continue; // <path/> in SVG is closed; in HTML "/>" means nothing
        // Link-bearing elements cannot pile up themselves (an <a> closes the open <a>), and the
        // margin is small.
        const bool keepsLinks = classOf(id) & KeepsLinks;
        if (open.depth() >= maxDepth + (keepsLinks ? 16 : 0)) {
            for (qsizetype k = start; k < t.end; ++k)
                if (d[k] != '\n' && d[k] != '\r')
                    d[k] = ' ';
            ++blanked;
            continue; // its contents, raw text or not, are now parsed as markup: scan them so
        }
        open.push(id);
        if (open.inForeign())
            continue; // <style>/<script>/<title> in SVG hold markup, not raw text
        switch (tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TITLE:
        case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
            i = findEndTag(html, i, t.name);
            break;
        case GUMBO_TAG_PLAINTEXT:
            return blanked; // everything after it is text
        default:
            break;
        }
    }
    return blanked;
}

} // namespace xj::htmlinternal
