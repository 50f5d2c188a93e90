#pragma once
// The cascade over a parsed page (DomTree): which declarations apply to an element, which one
// wins, and the computed values of the properties that decide whether a visitor can see a link —
// display, visibility, opacity, font-size, width/height and overflow, position and offsets,
// margins, text-indent, clip, color and background.
//
// Order of precedence (CSS Cascade 4, author origin): the user-agent defaults browsers ship
// (display of each element, link colour, [hidden]), then HTML presentational attributes (bgcolor,
// <font color size>, width/height, <body text link>), then style sheets by specificity and source
// order, then the style attribute; !important declarations of sheets beat the style attribute, and
// the style attribute's !important beats them. An invalid value never wins: the next declaration
// does, as in browsers (which drop it when parsing). visibility, color, font-size and text-indent
// inherit; the others do not; "inherit", "initial", "unset" and "revert" are understood.
//
// Class and id selectors match ASCII case-insensitively, as in quirks mode, which is what the
// table-layout pages of most government CMSs render in.
//
// Styles are computed lazily, only for the elements asked about and their ancestors, and kept.
// The DomTree must outlive the cascade. Not thread-safe (one cascade per page and thread).

#include "CssStyleSheet.h"
#include "CssValues.h"
#include "DomTree.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace xj {

struct CssComputedStyle {
    QString display = QStringLiteral("inline"); // keyword, lower case
    QString visibility = QStringLiteral("visible");
    double opacity = 1;
    double fontSizePx = 16;
    std::optional<double> width, height, maxWidth, maxHeight; // nullopt: auto, none or not resolvable
    QString overflowX = QStringLiteral("visible"), overflowY = QStringLiteral("visible");
    QString position = QStringLiteral("static");
    QString floating = QStringLiteral("none");
    std::optional<double> left, top, marginLeft, marginTop;
    double textIndentPx = 0;
    CssColor color;                 // black unless set
    CssColor background {0, 0, 0, 0}; // transparent unless set
    bool backgroundImage = false;
    bool clipEmpty = false;         // clip: rect() of no area (it takes effect when absolutely positioned)
    bool replaced = false;          // img, iframe, video …: width and height apply even when inline
    // Where each decided value came from, by property: "style attribute", ".x (inline <style> 1, line 3)".
    QHash<QString, QString> sources;

    // Whether width and height apply: not for non-replaced inline boxes (an inline <a width:0> is not 0 wide).
    bool sizeApplies() const;
    bool clipsOverflow() const; // overflow hidden/clip/scroll/auto on either axis
};

class CssCascade {
public:
    // `sheets` in cascade order (the page's <style> and <link> sheets as they appear); `labels`
    // name them in sources ("inline <style> 1", a stylesheet URL); missing labels are numbered.
    // interactive: :hover, :focus, :focus-within, :focus-visible and :active match every element,
    // as if the visitor pointed at and focused everything (what could ever be shown).
    CssCascade(const DomTree &dom, const QList<CssStyleSheet> &sheets, const QStringList &labels = {},
               bool interactive = false);
    ~CssCascade();
    CssCascade(const CssCascade &) = delete;
    CssCascade &operator=(const CssCascade &) = delete;

    const DomTree &dom() const { return m_dom; }
    // The computed style of an element (of a text node: its parent's; of the document: the initial one).
    const CssComputedStyle &style(int node) const;
    // The colour a visitor sees behind the node: the backgrounds of it and its ancestors composed
    // over the white canvas; nullopt when a background image lies in between (colour unknown).
    std::optional<CssColor> effectiveBackground(int node) const;
    // Whether a selector matches an element (tests and callers that need one answer).
    bool matches(const CssComplexSelector &selector, int element) const;

    struct Candidate; // one declaration that applies to an element (CssCascade.cpp)

private:
    struct Entry {
        const CssComplexSelector *selector;
        const CssStyleRule *rule;
        int sheet;
        int order; // source order across all sheets
    };
    void indexRules();
    bool matchesCompound(const CssCompoundSelector &c, int element) const;
    bool matchesFrom(const CssComplexSelector &s, qsizetype k, int element, QSet<quint64> *failed) const;
    int parentElement(int node) const;
    const QStringList &classesOf(int element) const;
    QList<Candidate> candidates(int element) const;
    void compute(int element, CssComputedStyle *out, const CssComputedStyle &parent) const;

    const DomTree &m_dom;
    std::vector<CssStyleSheet> m_sheets;
    QStringList m_labels;
    std::vector<Entry> m_entries;
    QHash<QString, QList<int>> m_byId, m_byClass, m_byTag;
    QList<int> m_universal;
    std::vector<int> m_prevElement, m_nextElement; // element siblings, -1 when none
    mutable std::vector<std::unique_ptr<CssComputedStyle>> m_styles;
    mutable std::vector<std::unique_ptr<QStringList>> m_classes;
    CssComputedStyle m_initial;
    CssColor m_linkColor {0, 0, 0xee, 1}; // a:link as browsers draw it, or <body link=…>
    bool m_interactive = false;
};

} // namespace xj
