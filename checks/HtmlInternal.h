#pragma once
// Internals of HtmlDocument shared by its .cpp files. Includes gumbo: not for use outside checks/
// (gumbo is a private dependency of xj_checks).

#include "HtmlDocument.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

#include <gumbo.h>
#include <vector>

namespace xj::htmlinternal {

inline const GumboVector *childrenOf(const GumboNode *n)
{
    if (n->type == GUMBO_NODE_DOCUMENT)
        return &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE)
        return &n->v.element.children;
    return nullptr;
}

inline bool isElement(const GumboNode *n)
{
    return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

// An HTML-namespace element with this tag (SVG <a>, <title>, <style> are not HTML ones).
inline bool isHtml(const GumboNode *n, GumboTag tag)
{
    return isElement(n) && n->v.element.tag == tag && n->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

inline const char *rawAttr(const GumboNode *n, const char *name)
{
    if (!isElement(n))
        return nullptr;
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : nullptr;
}

inline bool hasAttr(const GumboNode *n, const char *name) { return rawAttr(n, name) != nullptr; }

inline QString attr(const GumboNode *n, const char *name)
{
    const char *v = rawAttr(n, name);
    return v ? QString::fromUtf8(v) : QString();
}

// Depth-first, without recursion: parsed pages can be hundreds of levels deep and the crawler's
// worker threads have small stacks. enter(node) returns whether to descend; leave(node) is called
// after the children of each node that was descended into.
template <typename Enter, typename Leave>
void walk(const GumboNode *root, Enter &&enter, Leave &&leave)
{
    struct Frame {
        const GumboNode *node;
        unsigned next;
    };
    if (!root || !enter(root))
        return;
    std::vector<Frame> stack{{root, 0}};
    while (!stack.empty()) {
        const GumboNode *node = stack.back().node;
        const GumboVector *kids = childrenOf(node);
        if (kids && stack.back().next < kids->length) {
            const auto *child = static_cast<const GumboNode *>(kids->data[stack.back().next++]);
            if (enter(child))
                stack.push_back({child, 0});
        } else {
            leave(node);
            stack.pop_back();
        }
    }
}

// Text of a subtree as a visitor reads it (HtmlDocument::visibleText rules). Stops collecting
// once about maxChars characters are gathered or 8 × maxChars nodes visited (-1: no limit).
QString renderText(const GumboNode *root, qsizetype maxChars = -1);
// Whether a browser draws the element at all (no script/style/head…, no [hidden], no inline
// display:none).
bool isRendered(const GumboNode *n);
// HtmlDocument::footerText rules; `visibleText` is the whole page's, for the fallback. *element
// is the footer element chosen, or nullptr for the fallback.
QString footerText(const GumboNode *document, const QString &visibleText, bool *fromElement,
                   const GumboNode **element = nullptr);

// gumbo node → its index in the DomTree built from it.
using DomIndex = QHash<const GumboNode *, int>;

// Every link in the tree, resolved against `base`; with an index, each knows its DomTree node.
void extractLinks(const GumboNode *document, const QUrl &base, const QString &queryCharset,
                  QList<ExtractedLink> *out, const DomIndex *index = nullptr);

// The DomTree of a parsed document (HtmlDom.cpp), and the index of every element in it.
void buildDom(const GumboNode *document, DomTree *dom, DomIndex *index);
// A link as written → the URL a browser requests (tabs/newlines removed, "\" as "/", the query
// encoded in the page's charset), resolved and normalised; invalid for unfetchable links.
QUrl resolveLink(const QUrl &base, const QString &href, const QString &queryCharset);

// Blanks (overwrites with spaces, keeping line breaks, so source positions stay exact) the start
// tags that would nest deeper than maxDepth, judged by a light tokenizer pass. Returns how many.
int flattenDeepNesting(QByteArray &utf8, int maxDepth);

} // namespace xj::htmlinternal
