// Copies gumbo's tree into a DomTree before gumbo's memory is released: elements with their
// attributes, text nodes, and whether a browser draws them (isRendered, inherited).

#include "HtmlInternal.h"

#include <vector>

namespace xj::htmlinternal {

void buildDom(const GumboNode *document, DomTree *dom, DomIndex *index)
{
    if (!document)
        return;
    // Index in dom of the node being descended into, and whether it is drawn.
    struct Open {
        int node;
        bool rendered;
    };
    std::vector<Open> open;
    walk(document,
         [&](const GumboNode *n) {
             const int parent = open.empty() ? -1 : open.back().node;
             const bool parentRendered = open.empty() || open.back().rendered;
             DomNode d;
             d.parent = parent;
             switch (n->type) {
             case GUMBO_NODE_DOCUMENT:
                 d.type = DomNode::Document;
                 open.push_back({dom->append(d), true});
                 return true;
             case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA:
                 if (parent < 0)
                     return false;
                 d.type = DomNode::Text;
                 d.rendered = parentRendered;
                 d.text = QString::fromUtf8(n->v.text.text);
                 d.line = int(n->v.text.start_pos.line);
                 dom->append(d);
                 return false;
             case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE: {
                 d.type = DomNode::Element;
                 const GumboElement &e = n->v.element;
                 if (e.tag == GUMBO_TAG_UNKNOWN) {
                     GumboStringPiece piece = e.original_tag;
                     gumbo_tag_from_original_text(&piece);
                     d.tag = QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
                 } else {
                     d.tag = QString::fromLatin1(gumbo_normalized_tagname(e.tag));
                 }
                 d.attributes.reserve(qsizetype(e.attributes.length));
                 for (unsigned i = 0; i < e.attributes.length; ++i) {
                     const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
                     d.attributes.append({QString::fromUtf8(a->name).toLower(), QString::fromUtf8(a->value)});
                 }
                 d.line = int(e.start_pos.line);
                 d.rendered = parentRendered && isRendered(n);
                 const int i = dom->append(d);
                 index->insert(n, i);
                 // Template contents are inert: kept out, as the link extractor keeps them out.
                 if (n->type == GUMBO_NODE_TEMPLATE)
                     return false;
                 open.push_back({i, d.rendered});
                 return true;
             }
             default:
                 return false; // comments
             }
         },
         [&](const GumboNode *) {
             if (!open.empty())
                 open.pop_back();
         });
}

} // namespace xj::htmlinternal
