// CssCascade::compute: the winning declaration of each property, resolved against the parent's
// computed style, with the browser's initial values and inheritance.
#include "CssCascadeInternal.h"

#include <QSet>

#include <functional>

namespace xj {

namespace {

QString defaultDisplay(const QString &tag)
{
    static const QSet<QString> none = {
        QStringLiteral("head"), QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("title"),
        QStringLiteral("meta"), QStringLiteral("link"), QStringLiteral("base"), QStringLiteral("template"),
        QStringLiteral("area"), QStringLiteral("datalist"), QStringLiteral("param"), QStringLiteral("noembed"),
        QStringLiteral("noframes"), QStringLiteral("rp")};
    static const QSet<QString> block = {
        QStringLiteral("html"), QStringLiteral("body"), QStringLiteral("div"), QStringLiteral("p"),
        QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("form"), QStringLiteral("header"), QStringLiteral("footer"),
        QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("nav"), QStringLiteral("aside"),
        QStringLiteral("main"), QStringLiteral("address"), QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("center"), QStringLiteral("hr"), QStringLiteral("fieldset"), QStringLiteral("figure"),
        QStringLiteral("figcaption"), QStringLiteral("details"), QStringLiteral("menu"), QStringLiteral("dir"),
        QStringLiteral("legend"), QStringLiteral("frameset"), QStringLiteral("frame"), QStringLiteral("hgroup"),
        QStringLiteral("listing"), QStringLiteral("xmp"), QStringLiteral("plaintext"), QStringLiteral("optgroup")};
    static const QHash<QString, QString> other = {
        {QStringLiteral("li"), QStringLiteral("list-item")}, {QStringLiteral("summary"), QStringLiteral("list-item")},
        {QStringLiteral("table"), QStringLiteral("table")}, {QStringLiteral("tr"), QStringLiteral("table-row")},
        {QStringLiteral("td"), QStringLiteral("table-cell")}, {QStringLiteral("th"), QStringLiteral("table-cell")},
        {QStringLiteral("thead"), QStringLiteral("table-header-group")},
        {QStringLiteral("tbody"), QStringLiteral("table-row-group")},
        {QStringLiteral("tfoot"), QStringLiteral("table-footer-group")},
        {QStringLiteral("caption"), QStringLiteral("table-caption")}, {QStringLiteral("col"), QStringLiteral("table-column")},
        {QStringLiteral("colgroup"), QStringLiteral("table-column-group")},
        {QStringLiteral("marquee"), QStringLiteral("inline-block")}, {QStringLiteral("button"), QStringLiteral("inline-block")},
        {QStringLiteral("input"), QStringLiteral("inline-block")}, {QStringLiteral("select"), QStringLiteral("inline-block")},
        {QStringLiteral("textarea"), QStringLiteral("inline-block")}};
    if (none.contains(tag))
        return QStringLiteral("none");
    if (block.contains(tag))
        return QStringLiteral("block");
    return other.value(tag, QStringLiteral("inline"));
}

bool isReplaced(const QString &tag)
{
    static const QSet<QString> replaced = {
        QStringLiteral("img"), QStringLiteral("iframe"), QStringLiteral("video"), QStringLiteral("embed"),
        QStringLiteral("object"), QStringLiteral("canvas"), QStringLiteral("input"), QStringLiteral("select"),
        QStringLiteral("textarea"), QStringLiteral("button"), QStringLiteral("audio"), QStringLiteral("applet"),
        QStringLiteral("marquee"), QStringLiteral("frame")};
    return replaced.contains(tag);
}

// The single identifier of a value, lower case; empty when the value is anything else.
QString keyword(const CssTokens &value)
{
    const CssTokens s = CssValues::significant(value);
    return (s.size() == 1 && s.first().is(CssToken::Ident)) ? s.first().value.toLower() : QString();
}

std::optional<double> fontSizeKeyword(const QString &k, double parentPx)
{
    static const QHash<QString, double> sizes = {
        {QStringLiteral("xx-small"), 9}, {QStringLiteral("x-small"), 10}, {QStringLiteral("small"), 13},
        {QStringLiteral("medium"), 16}, {QStringLiteral("large"), 18}, {QStringLiteral("x-large"), 24},
        {QStringLiteral("xx-large"), 32}, {QStringLiteral("xxx-large"), 48}};
    if (sizes.contains(k))
        return sizes.value(k);
    if (k == QLatin1String("smaller"))
        return parentPx / 1.2;
    if (k == QLatin1String("larger"))
        return parentPx * 1.2;
    return std::nullopt;
}

// Quirks mode's unitless length quirk: "height:1" is 1px there (we assume quirks mode, see CssCascade.h).
std::optional<double> quirkyLength(const CssTokens &value, double fontSizePx, double percentBase = -1)
{
    const CssTokens t = CssValues::significant(value);
    if (t.size() == 1 && t.first().is(CssToken::Number))
        return t.first().number;
    return CssValues::lengthPx(t, fontSizePx, percentBase);
}

enum class Wide { None, Inherit, Initial };

Wide wideKeyword(const CssTokens &value, bool inherited)
{
    const QString k = keyword(value);
    if (k == QLatin1String("inherit"))
        return Wide::Inherit;
    if (k == QLatin1String("initial"))
        return Wide::Initial;
    if (k == QLatin1String("unset") || k == QLatin1String("revert") || k == QLatin1String("revert-layer"))
        return inherited ? Wide::Inherit : Wide::Initial;
    return Wide::None;
}

} // namespace

void CssCascade::compute(int e, CssComputedStyle *s, const CssComputedStyle &parent) const
{
    const QString &tag = m_dom.node(e).tag;
    const QList<Candidate> cands = candidates(e);
    s->replaced = isReplaced(tag);
    s->display = defaultDisplay(tag);
    // Inherited properties start from the parent; the others keep their initial values.
    s->visibility = parent.visibility;
    s->fontSizePx = parent.fontSizePx;
    s->textIndentPx = parent.textIndentPx;
    s->color = parent.color;

    // Tries the candidates of `property`, best first; `apply` returns false for an invalid value
    // (then the next one is tried). Wide keywords are resolved with `inherit`/`initial`.
    auto decide = [&](const QString &property, bool inherited, const std::function<bool(const CssTokens &)> &apply,
                      const std::function<void()> &inherit, const std::function<void()> &initial) {
        for (const Candidate &c : cands) {
            if (c.property != property)
                continue;
            const Wide w = wideKeyword(c.value, inherited);
            if (w == Wide::Inherit)
                inherit();
            else if (w == Wide::Initial)
                initial();
            else if (!apply(c.value))
                continue;
            s->sources.insert(property, c.source);
            return;
        }
    };
    auto identIn = [](const CssTokens &v, std::initializer_list<const char *> allowed, QString *out) {
        const QString k = keyword(v);
        for (const char *a : allowed)
            if (k == QLatin1String(a)) {
                *out = k;
                return true;
            }
        return false;
    };

    decide(QStringLiteral("display"), false,
           [&](const CssTokens &v) {
               const QString k = keyword(v);
               if (k.isEmpty())
                   return false;
               s->display = k;
               return true;
           },
           [&] { s->display = parent.display; }, [&] { s->display = QStringLiteral("inline"); });
    decide(QStringLiteral("visibility"), true,
           [&](const CssTokens &v) { return identIn(v, {"visible", "hidden", "collapse"}, &s->visibility); },
           [&] { s->visibility = parent.visibility; }, [&] { s->visibility = QStringLiteral("visible"); });
    decide(QStringLiteral("opacity"), false,
           [&](const CssTokens &v) {
               const CssTokens t = CssValues::significant(v);
               if (t.size() != 1 || !(t.first().is(CssToken::Number) || t.first().is(CssToken::Percentage)))
                   return false;
               const double n = t.first().is(CssToken::Percentage) ? t.first().number / 100.0 : t.first().number;
               s->opacity = std::clamp(n, 0.0, 1.0);
               return true;
           },
           [&] { s->opacity = parent.opacity; }, [&] { s->opacity = 1; });
    decide(QStringLiteral("font-size"), true,
           [&](const CssTokens &v) {
               if (const auto k = fontSizeKeyword(keyword(v), parent.fontSizePx)) {
                   s->fontSizePx = *k;
                   return true;
               }
               const auto len = quirkyLength(v, parent.fontSizePx, parent.fontSizePx);
               if (!len || *len < 0)
                   return false;
               s->fontSizePx = *len;
               return true;
           },
           [&] { s->fontSizePx = parent.fontSizePx; }, [&] { s->fontSizePx = 16; });

    // Lengths of the element itself: em is its own (just computed) font size; percentages depend
    // on layout we do not do, so they stay unknown (but 0% is 0).
    auto length = [&](const QString &property, std::optional<double> *field, const std::optional<double> &parentValue,
                      std::initializer_list<const char *> unknownKeywords) {
        decide(property, false,
               [&](const CssTokens &v) {
                   const QString k = keyword(v);
                   for (const char *u : unknownKeywords)
                       if (k == QLatin1String(u)) {
                           *field = std::nullopt;
                           return true;
                       }
                   const CssTokens t = CssValues::significant(v);
                   if (t.size() == 1 && t.first().is(CssToken::Percentage)) {
                       *field = t.first().number == 0 ? std::optional<double>(0) : std::nullopt;
                       return true;
                   }
                   if (!t.isEmpty() && t.first().is(CssToken::Function)) {
                       *field = std::nullopt; // calc(), min() …: valid, not evaluated
                       return true;
                   }
                   const auto len = quirkyLength(v, s->fontSizePx);
                   if (!len)
                       return false;
                   *field = len;
                   return true;
               },
               [&] { *field = parentValue; }, [&] { *field = std::nullopt; });
    };
    length(QStringLiteral("width"), &s->width, parent.width, {"auto", "min-content", "max-content", "fit-content"});
    length(QStringLiteral("height"), &s->height, parent.height, {"auto", "min-content", "max-content", "fit-content"});
    length(QStringLiteral("max-width"), &s->maxWidth, parent.maxWidth, {"none", "min-content", "max-content", "fit-content"});
    length(QStringLiteral("max-height"), &s->maxHeight, parent.maxHeight, {"none", "min-content", "max-content", "fit-content"});
    length(QStringLiteral("left"), &s->left, parent.left, {"auto"});
    length(QStringLiteral("top"), &s->top, parent.top, {"auto"});
    length(QStringLiteral("margin-left"), &s->marginLeft, parent.marginLeft, {"auto"});
    length(QStringLiteral("margin-top"), &s->marginTop, parent.marginTop, {"auto"});

    const auto overflow = {"visible", "hidden", "clip", "scroll", "auto", "overlay"};
    decide(QStringLiteral("overflow-x"), false, [&](const CssTokens &v) { return identIn(v, overflow, &s->overflowX); },
           [&] { s->overflowX = parent.overflowX; }, [&] { s->overflowX = QStringLiteral("visible"); });
    decide(QStringLiteral("overflow-y"), false, [&](const CssTokens &v) { return identIn(v, overflow, &s->overflowY); },
           [&] { s->overflowY = parent.overflowY; }, [&] { s->overflowY = QStringLiteral("visible"); });
    decide(QStringLiteral("position"), false,
           [&](const CssTokens &v) { return identIn(v, {"static", "relative", "absolute", "fixed", "sticky"}, &s->position); },
           [&] { s->position = parent.position; }, [&] { s->position = QStringLiteral("static"); });
    decide(QStringLiteral("float"), false,
           [&](const CssTokens &v) { return identIn(v, {"none", "left", "right", "inline-start", "inline-end"}, &s->floating); },
           [&] { s->floating = parent.floating; }, [&] { s->floating = QStringLiteral("none"); });
    decide(QStringLiteral("text-indent"), true,
           [&](const CssTokens &v) {
               const CssTokens t = CssValues::significant(v);
               if (t.isEmpty())
                   return false;
               if (t.first().is(CssToken::Percentage) || t.first().is(CssToken::Function)) {
                   s->textIndentPx = 0; // relative to the containing block: not evaluated
                   return true;
               }
               const auto len = quirkyLength(t.mid(0, 1), s->fontSizePx);
               if (!len)
                   return false;
               s->textIndentPx = *len;
               return true;
           },
           [&] { s->textIndentPx = parent.textIndentPx; }, [&] { s->textIndentPx = 0; });
    decide(QStringLiteral("color"), true,
           [&](const CssTokens &v) {
               const auto c = CssValues::color(v, parent.color); // currentcolor in color is the parent's
               if (!c)
                   return false;
               s->color = *c;
               return true;
           },
           [&] { s->color = parent.color; }, [&] { s->color = CssColor(); });
    decide(QStringLiteral("background-color"), false,
           [&](const CssTokens &v) {
               const auto c = CssValues::color(v, s->color);
               if (!c)
                   return false;
               s->background = *c;
               return true;
           },
           [&] { s->background = parent.background; }, [&] { s->background = CssColor {0, 0, 0, 0}; });
    decide(QStringLiteral("background-image"), false,
           [&](const CssTokens &v) {
               const CssTokens t = CssValues::significant(v);
               if (t.isEmpty())
                   return false;
               s->backgroundImage = !t.first().isIdent(u"none");
               return true;
           },
           [&] { s->backgroundImage = parent.backgroundImage; }, [&] { s->backgroundImage = false; });
    decide(QStringLiteral("clip"), false,
           [&](const CssTokens &v) {
               const CssTokens t = CssValues::significant(v);
               if (t.size() == 1 && t.first().isIdent(u"auto")) {
                   s->clipEmpty = false;
                   return true;
               }
               if (t.isEmpty() || !t.first().is(CssToken::Function) || t.first().value.compare(QLatin1String("rect"), Qt::CaseInsensitive) != 0)
                   return false;
               // rect(top, right, bottom, left): no area when right <= left or bottom <= top.
               QList<double> edges;
               for (qsizetype i = 1; i < t.size(); ++i) {
                   if (t.at(i).is(CssToken::Comma) || t.at(i).is(CssToken::RightParen))
                       continue;
                   const auto len = CssValues::lengthPx(t.at(i), s->fontSizePx);
                   if (!len)
                       return true; // "auto" edges: not an empty clip
                   edges.append(*len);
               }
               s->clipEmpty = edges.size() == 4 && (edges[1] <= edges[3] || edges[2] <= edges[0]);
               return true;
           },
           [&] { s->clipEmpty = parent.clipEmpty; }, [&] { s->clipEmpty = false; });
}

} // namespace xj
