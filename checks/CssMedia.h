#pragma once
// Whether a media query list (Media Queries Level 4, the parts pages use) applies to the visitor
// the hidden-link check imagines: a desktop browser window, 1366×768 CSS pixels, screen, device
// pixel ratio 1, light colour scheme, a mouse. Print-only rules do not apply; "screen", "all" and
// no media type do. A feature we do not know makes its query not apply, so that an unknown
// condition never hides a link by our reckoning (the rendered pass sees the real thing).
//
// Used for @media blocks, @import's media, and the media attribute of <style> and <link>.

#include "CssTokenizer.h"

namespace xj {

class CssMedia {
public:
    static constexpr double kViewportWidth = 1366;
    static constexpr double kViewportHeight = 768;

    // An empty list applies (it means "all").
    static bool applies(const CssTokens &queryList);
    static bool applies(const QString &queryList);
};

} // namespace xj
