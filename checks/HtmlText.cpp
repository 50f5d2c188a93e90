// Visible text and footer text. The identifier checks (网站标识码, ICP备案, 公安备案, 主办单位)
// and the wording checks read this, so it must be what a visitor sees: no script or style
// source, no hidden blocks, one line per block so that "主办单位：…" and "网站标识码：…" stay
// on their own lines, and whitespace collapsed the way the browser collapses it.

#include "HtmlInternal.h"

namespace xj::htmlinternal {

namespace {

// Characters a browser draws as nothing: removing them lets "4459​000001" with a zero-width
// space still read as the identifier it shows.
bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200B || u == 0x2060 || u == 0xFEFF || u == 0x00AD;
}

class TextBuilder {
public:
    qsizetype size() const { return m_out.size(); }

    void text(const char *utf8, bool preformatted)
    {
        const QString s = QString::fromUtf8(utf8);
        for (QChar c : s) {
            if (isInvisible(c) || c == QLatin1Char('\r'))
                continue;
            if (preformatted) {
                m_out += c;
                m_space = false;
            } else if (c.isSpace()) { // ASCII whitespace, &nbsp;, U+3000 ideographic space…
                m_space = true;
            } else {
                if (m_space && !m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')))
                    m_out += QLatin1Char(' ');
                m_space = false;
                m_out += c;
            }
        }
    }
    void space() { m_space = true; } // between table cells
    void lineBreak()
    {
        m_space = false;
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')))
            m_out += QLatin1Char('\n');
    }
    QString result() const
    {
        QStringList lines;
        for (const QString &line : m_out.split(QLatin1Char('\n'))) {
            const QString t = line.simplified();
            if (!t.isEmpty())
                lines << t;
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    QString m_out;
    bool m_space = false;
};

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_P: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_XMP: case GUMBO_TAG_MARQUEE:
        return true;
    default:
        return false;
    }
}

bool isPreformatted(const GumboNode *n)
{
    return isHtml(n, GUMBO_TAG_PRE) || isHtml(n, GUMBO_TAG_TEXTAREA) || isHtml(n, GUMBO_TAG_LISTING)
           || isHtml(n, GUMBO_TAG_PLAINTEXT) || isHtml(n, GUMBO_TAG_XMP);
}

// Only the inline style: rules from stylesheets are the hidden-link detector's business, and an
// inline display:none is how most injected blocks hide.
bool hiddenByInlineStyle(const GumboNode *n)
{
    const char *style = rawAttr(n, "style");
    if (!style)
        return false;
    QByteArray s;
    for (const char *p = style; *p; ++p)
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f')
            s += (*p >= 'A' && *p <= 'Z') ? char(*p - 'A' + 'a') : *p;
    return s.contains("display:none") || s.contains("visibility:hidden");
}

bool footerLike(const GumboNode *n)
{
    if (isHtml(n, GUMBO_TAG_FOOTER))
        return true;
    for (const char *name : {"id", "class"}) {
        const QByteArray v = QByteArray(rawAttr(n, name)).toLower();
        if (v.contains("foot") || v.contains("bottom") || v.contains("copyright"))
            return true;
    }
    return false;
}

} // namespace

bool isRendered(const GumboNode *n)
{
    if (n->type == GUMBO_NODE_TEMPLATE)
        return false;
    if (n->type != GUMBO_NODE_ELEMENT)
        return true;
    switch (n->v.element.tag) { // in any namespace: SVG <style>, <script>, <title> are not drawn either
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_TITLE: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_IFRAME: // its "content" is fallback text for browsers without frames
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_CANVAS: // fallback text too
        return false;
    case GUMBO_TAG_INPUT:
        return QByteArray(rawAttr(n, "type")).toLower() != "hidden";
    default:
        break;
    }
    return !hasAttr(n, "hidden") && !hiddenByInlineStyle(n);
}

QString renderText(const GumboNode *root, qsizetype maxChars)
{
    TextBuilder b;
    int pre = 0;
    // With a limit, the walk is bounded by nodes too: anchors can nest (through table captions
    // and cells), and each must not re-walk the rest of the page for its few words.
    qsizetype nodesLeft = maxChars >= 0 ? 8 * maxChars + 256 : -1;
    walk(root,
         [&](const GumboNode *n) {
             if (maxChars >= 0 && (b.size() > maxChars || --nodesLeft < 0))
                 return false;
             switch (n->type) {
             case GUMBO_NODE_DOCUMENT:
                 return true;
             case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA:
                 b.text(n->v.text.text, pre > 0);
                 return false;
             case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE:
                 break;
             default:
                 return false; // comments
             }
             if (!isRendered(n))
                 return false;
             const GumboTag tag = n->v.element.tag;
             if (tag == GUMBO_TAG_BR) {
                 b.lineBreak();
                 return false;
             }
             if (isBlock(tag))
                 b.lineBreak();
             pre += isPreformatted(n);
             return true;
         },
         [&](const GumboNode *n) {
             if (!isElement(n))
                 return;
             const GumboTag tag = n->v.element.tag;
             if (isBlock(tag))
                 b.lineBreak();
             else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_IMG)
                 b.space();
             pre -= isPreformatted(n);
         });
    return b.result();
}

QString footerText(const GumboNode *document, const QString &visibleText, bool *fromElement,
                   const GumboNode **element)
{
    if (element)
        *element = nullptr;
    // Outermost candidates only: <div id="footer"> holds <div class="copyright">, and the whole
    // footer is wanted, not its last piece.
    std::vector<const GumboNode *> candidates;
    walk(document,
         [&](const GumboNode *n) {
             if (n->type == GUMBO_NODE_DOCUMENT)
                 return true;
             if (!isElement(n) || !isRendered(n))
                 return false;
             if (footerLike(n)) {
                 candidates.push_back(n);
                 return false;
             }
             return true;
         },
         [](const GumboNode *) {});
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
        const QString text = renderText(*it);
        if (!text.isEmpty()) {
            *fromElement = true;
            if (element)
                *element = *it;
            return text;
        }
    }
    *fromElement = false;
    // No marked footer (table layouts): the last lines holding about 15% of the text.
    const QStringList lines = visibleText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const qsizetype wanted = visibleText.size() * 15 / 100;
    qsizetype taken = 0, first = lines.size();
    while (first > 0 && (taken < wanted || first == lines.size()))
        taken += lines.at(--first).size() + 1;
    return lines.mid(first).join(QLatin1Char('\n'));
}

} // namespace xj::htmlinternal
