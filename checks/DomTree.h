#pragma once
// The parsed page as a compact, read-only element tree, kept after gumbo's own tree is freed so
// that every analysis (dates of list items, footer identifiers, hidden links, map images, message
// tables) walks the same tree the browser would build without parsing the page again. Nodes are
// stored in document order in one array; a node refers to others by index (-1: none).
//
// A plain value shared between copies of an HtmlDocument (immutable once built): safe to read
// from any thread.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace xj {

struct DomNode {
    enum Type : quint8 { Document, Element, Text };
    Type type = Element;
    bool rendered = true; // false when it or an ancestor is never drawn: head, script, style,
                          // noscript, template, [hidden], inline display:none / visibility:hidden
                          // (the rules of HtmlDocument::visibleText)
    QString tag;          // elements: lower-case local name ("svg" children keep theirs)
    QList<QPair<QString, QString>> attributes; // elements: names lower-case, source order
    QString text;         // text nodes: as written, entities decoded, whitespace not collapsed
    int parent = -1;
    int firstChild = -1;
    int nextSibling = -1;
    int line = 0;         // 1-based source line of the start tag or text (0: parser-inserted)
};

class DomTree {
public:
    int size() const { return int(m_nodes.size()); }
    bool isEmpty() const { return m_nodes.isEmpty(); }
    const DomNode &node(int i) const { return m_nodes.at(i); }
    static constexpr int root() { return 0; } // the document node (when not empty)

    bool isElement(int i, QStringView tag = {}) const;
    QString attribute(int i, QStringView name) const; // null when absent
    bool hasAttribute(int i, QStringView name) const;
    QStringList classes(int i) const;                  // class attribute split on whitespace
    QList<int> children(int i) const;                  // element and text children, in order
    QList<int> elements(QStringView tag) const;        // every element with this tag, document order
    int closest(int i, QStringView tag) const;         // i itself or its nearest ancestor with tag; -1
    bool isAncestor(int ancestor, int i) const;
    // Text of the subtree as a visitor reads it: unrendered parts skipped, one line per block
    // element (p, div, li, tr, br, h1…), whitespace (&nbsp;, U+3000) collapsed, lines trimmed.
    // Stops after about maxChars characters (-1: no limit).
    QString text(int i, qsizetype maxChars = -1) const;
    // A CSS-like path for evidence and review: "body > div#footer > p:nth-of-type(2) > a".
    QString path(int i) const;

    // Building (HtmlDocument's parser only).
    int append(const DomNode &n); // links it under n.parent as the last child; returns its index

private:
    QList<DomNode> m_nodes;
    QList<int> m_lastChild; // per node, for append
};

} // namespace xj
