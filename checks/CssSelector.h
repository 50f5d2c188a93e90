#pragma once
// Selectors (Selectors Level 3, plus :not() of Level 4 over compound selectors), parsed from a
// rule's prelude tokens. What a static reading of a page can decide is supported: type, universal,
// .class, #id, attribute selectors ([a], [a=v], ~= |= ^= $= *=, with the i flag), the four
// combinators, compound selectors, selector lists, :not(), and the structural pseudo-classes
// whose answer the tree alone gives (:root, :first-child, :last-child, :only-child, :link,
// :any-link; :visited never matches a fresh visitor). :hover, :focus, :focus-within,
// :focus-visible and :active are "interactive": they match only in a cascade that imagines the
// visitor pointing at everything (CssCascade's interactive mode, used to tell a dropdown that
// opens on hover from a link nobody can ever see); a rule that hides a link only on :hover hides
// nothing from a visitor who does not hover. Any other pseudo-class or pseudo-element (::before,
// :nth-child …) makes that selector never match: we must not guess.
//
// Matching (CssSelectorMatcher in CssCascade.cpp) needs the DomTree; parsing does not.

#include "CssTokenizer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xj {

struct CssSpecificity {
    int ids = 0, classes = 0, types = 0;
    bool operator<(const CssSpecificity &o) const
    {
        return ids != o.ids ? ids < o.ids : classes != o.classes ? classes < o.classes : types < o.types;
    }
    bool operator==(const CssSpecificity &o) const { return ids == o.ids && classes == o.classes && types == o.types; }
    CssSpecificity &operator+=(const CssSpecificity &o)
    {
        ids += o.ids;
        classes += o.classes;
        types += o.types;
        return *this;
    }
};

struct CssAttributeCondition {
    enum Op : quint8 { Exists, Equals, Includes, DashMatch, Prefix, Suffix, Substring };
    QString name; // lower case
    Op op = Exists;
    QString value;
    bool caseInsensitive = false;
};

struct CssCompoundSelector {
    enum Pseudo : quint8 { Root, FirstChild, LastChild, OnlyChild, Link };
    QString tag; // lower case; empty for * or none
    QStringList ids;
    QStringList classes;
    QList<CssAttributeCondition> attributes;
    QList<Pseudo> pseudos;
    QList<CssCompoundSelector> negations; // :not(a, b): none of them may match
    bool neverMatches = false;            // :visited, or a pseudo we do not evaluate
    bool interactive = false;             // :hover, :focus …: only in an interactive cascade
};

struct CssComplexSelector {
    enum Combinator : quint8 { Descendant, Child, NextSibling, SubsequentSibling };
    QList<CssCompoundSelector> compounds;  // left to right
    QList<Combinator> combinators;         // combinators[i] joins compounds[i] and compounds[i + 1]
    CssSpecificity specificity;
    bool neverMatches = false;             // some compound never matches
    QString text;                          // as written, for details and tests
};

class CssSelectorParser {
public:
    // A selector list; nullopt when it is invalid (then the whole rule is dropped, as browsers do).
    static std::optional<QList<CssComplexSelector>> parseList(const CssTokens &tokens);
    static std::optional<QList<CssComplexSelector>> parseList(const QString &text);
};

} // namespace xj
