#pragma once
// Reading the CSS values the hidden-link check depends on: lengths (px, pt, em, rem, %, vw …) in
// CSS pixels, and colours (names, #hex, rgb()/rgba(), hsl()/hsla(), transparent, currentcolor,
// and the legacy HTML attribute colours of bgcolor/color="fff") as RGBA, so that "#FFF", "white"
// and "rgb(255,255,255)" compare equal.

#include "CssTokenizer.h"

#include <optional>

namespace xj {

struct CssColor {
    int r = 0, g = 0, b = 0;
    double alpha = 1;
    bool isTransparent() const { return alpha <= 0.0; }
    bool isOpaque() const { return alpha >= 1.0; }
    // "#rrggbb", or "rgba(r, g, b, a)" when not opaque.
    QString name() const;
    // A colour shown over an opaque one.
    CssColor over(const CssColor &below) const;
    // A visitor cannot tell the two apart: every channel within `tolerance` (the colours must be opaque).
    bool looksLike(const CssColor &other, int tolerance = 6) const;
    bool operator==(const CssColor &o) const { return r == o.r && g == o.g && b == o.b && alpha == o.alpha; }
};

class CssValues {
public:
    static constexpr double kRootFontSize = 16;

    // A length in CSS pixels. em/ex/ch are relative to `fontSizePx`, rem to the 16px root, vw/vh
    // to CssMedia's viewport, percentages to `percentBase` (unknown when percentBase < 0; 0% is 0).
    // A bare number is a length only when it is 0. nullopt: not a length we can resolve (auto, calc()).
    static std::optional<double> lengthPx(const CssToken &token, double fontSizePx, double percentBase = -1);
    // A value that is exactly one length (whitespace ignored).
    static std::optional<double> lengthPx(const CssTokens &value, double fontSizePx, double percentBase = -1);

    // A colour value; currentcolor resolves to `current`. nullopt when not a colour.
    static std::optional<CssColor> color(const CssTokens &value, const CssColor &current = {});
    // HTML's "rules for parsing a legacy colour value", simplified: a CSS colour, or hex digits
    // without the "#" (bgcolor="ffffff"). nullopt when the attribute is empty or unreadable.
    static std::optional<CssColor> legacyColor(const QString &attribute);
    static std::optional<CssColor> namedColor(const QString &name);

    // The tokens without whitespace.
    static CssTokens significant(const CssTokens &value);
};

} // namespace xj
