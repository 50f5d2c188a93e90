#pragma once
// Shared by CssCascade.cpp (matching, gathering), CssCascadeSources.cpp (defaults, hints,
// shorthands) and CssComputeStyle.cpp (values): one declaration that applies to an element,
// with what decides its precedence.

#include "CssCascade.h"

namespace xj {

namespace cssinternal {

// Lowest first. Within the author origin, the style attribute comes after every rule.
enum class Origin : int { UserAgent = 0, Hint = 1, Author = 2, Inline = 3 };

} // namespace cssinternal

struct CssCascade::Candidate {
    QString property; // a longhand we compute
    CssTokens value;
    bool important = false;
    cssinternal::Origin origin = cssinternal::Origin::Author;
    CssSpecificity specificity;
    int order = 0;
    QString source;

    // Whether this loses to `o` in the cascade.
    bool precedes(const Candidate &o) const
    {
        if (important != o.important)
            return !important;
        if (origin != o.origin)
            return origin < o.origin;
        if (!(specificity == o.specificity))
            return specificity < o.specificity;
        return order < o.order;
    }
};

namespace cssinternal {

bool attributeMatches(const CssAttributeCondition &a, const QString &value);
// The browser's defaults and the HTML presentational attributes that apply to element e.
void userAgentAndHints(const DomTree &dom, int e, const CssColor &linkColor, QList<CssCascade::Candidate> *out);
// A declaration as the longhands we compute (shorthands such as font, background, margin,
// overflow and inset expanded); properties we do not compute are left out.
void expand(const CssDeclaration &d, Origin origin, const CssSpecificity &specificity, int order, const QString &source,
            QList<CssCascade::Candidate> *out);

} // namespace cssinternal

} // namespace xj
