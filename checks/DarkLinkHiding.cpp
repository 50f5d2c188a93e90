#include "DarkLinkHiding.h"

#include "DarkLinkDetector.h"

namespace xj {

namespace {

QString px(double v)
{
    return QString::number(v, 'g', 4) + QStringLiteral("px");
}

bool tiny(const std::optional<double> &v)
{
    return v && *v <= DarkLinkDetector::kTinyPx;
}

bool offscreen(const std::optional<double> &v)
{
    return v && *v <= DarkLinkDetector::kOffscreenPx;
}

class Judge {
public:
    explicit Judge(const CssCascade &c) : cascade(c), dom(c.dom()) {}

    std::optional<Hiding> why(int link)
    {
        const bool iframe = dom.isElement(link, u"iframe");
        if (iframe) {
            // A 0×0 iframe is the trick, unless it is not displayed at all (as the rendered pass sees it).
            bool displayed = true;
            for (int e = link; e >= 0 && displayed; e = parentElement(e))
                displayed = cascade.style(e).display != QLatin1String("none");
            const CssComputedStyle &s = cascade.style(link);
            if (displayed && (tiny(s.width) || tiny(s.height)))
                return hide(QStringLiteral("zero-iframe"), link,
                            QStringLiteral("%1 × %2").arg(s.width ? px(*s.width) : QStringLiteral("auto"),
                                                          s.height ? px(*s.height) : QStringLiteral("auto")),
                            tiny(s.width) ? QStringLiteral("width") : QStringLiteral("height"));
        }
        for (int e = link; e >= 0; e = parentElement(e)) {
            if (auto h = boxHides(e, e == link && iframe))
                return h;
        }
        const CssComputedStyle &own = cascade.style(link);
        if (own.visibility != QLatin1String("visible"))
            return hide(QStringLiteral("visibility-hidden"), origin(link, QStringLiteral("visibility")),
                        QStringLiteral("visibility: ") + own.visibility, QStringLiteral("visibility"));
        // A box showing a background image is a visible button whatever its text does (the
        // "image replacement" of logos and badges: text-indent:-9999px on a link with a picture).
        if (!iframe && own.backgroundImage && own.sizeApplies() && !tiny(own.width) && !tiny(own.height))
            return std::nullopt;
        int block = link;
        while (block >= 0 && (cascade.style(block).display == QLatin1String("inline")
                              || cascade.style(block).display == QLatin1String("contents")))
            block = parentElement(block);
        if (block >= 0 && cascade.style(block).textIndentPx <= DarkLinkDetector::kOffscreenPx)
            return hide(QStringLiteral("text-indent"), origin(block, QStringLiteral("text-indent")),
                        QStringLiteral("text-indent: ") + px(cascade.style(block).textIndentPx), QStringLiteral("text-indent"));
        if (iframe)
            return std::nullopt;
        return content(link);
    }

private:
    int parentElement(int node) const
    {
        const int p = dom.node(node).parent;
        return (p >= 0 && dom.node(p).type == DomNode::Element) ? p : -1;
    }

    // The element a (possibly inherited) value was declared on.
    int origin(int e, const QString &property) const
    {
        for (int a = e; a >= 0; a = parentElement(a))
            if (cascade.style(a).sources.contains(property))
                return a;
        return e;
    }

    std::optional<Hiding> hide(const QString &technique, int element, const QString &what, const QString &property) const
    {
        Hiding h;
        h.technique = technique;
        h.element = element;
        h.cause = what + QStringLiteral(" on ") + dom.path(element);
        const QString source = cascade.style(element).sources.value(property);
        if (!source.isEmpty())
            h.cause += QStringLiteral(" (") + source + QLatin1Char(')');
        return h;
    }

    // What the box of e (the link or an ancestor) does to everything inside it.
    std::optional<Hiding> boxHides(int e, bool iframeItself)
    {
        const CssComputedStyle &s = cascade.style(e);
        if (s.display == QLatin1String("none"))
            return hide(QStringLiteral("display-none"), e, QStringLiteral("display: none"), QStringLiteral("display"));
        if (s.opacity <= DarkLinkDetector::kNoOpacity)
            return hide(QStringLiteral("opacity-zero"), e, QStringLiteral("opacity: %1").arg(s.opacity), QStringLiteral("opacity"));
        const bool absolute = s.position == QLatin1String("absolute") || s.position == QLatin1String("fixed");
        if (absolute && s.clipEmpty)
            return hide(QStringLiteral("zero-size-overflow"), e, QStringLiteral("clip: rect() of no area"), QStringLiteral("clip"));
        // A marquee first: its box clips what scrolls in it, but the trick is the marquee.
        if (dom.isElement(e, u"marquee")) {
            bool ok = false;
            const int amount = dom.attribute(e, u"scrollamount").trimmed().toInt(&ok);
            const bool slides = dom.attribute(e, u"behavior").trimmed().compare(QLatin1String("slide"), Qt::CaseInsensitive) == 0;
            if (tiny(s.width) || tiny(s.height))
                return hide(QStringLiteral("marquee"), e,
                            QStringLiteral("marquee %1 × %2").arg(s.width ? px(*s.width) : QStringLiteral("auto"),
                                                                  s.height ? px(*s.height) : QStringLiteral("auto")),
                            tiny(s.width) ? QStringLiteral("width") : QStringLiteral("height"));
            if (ok && amount >= DarkLinkDetector::kMarqueeFastAmount && !slides)
                return hide(QStringLiteral("marquee"), e, QStringLiteral("marquee scrollamount=%1").arg(amount), QString());
        }
        if (!iframeItself && s.sizeApplies() && s.clipsOverflow()) {
            const std::pair<const char *, const std::optional<double> *> sizes[] = {
                {"width", &s.width}, {"height", &s.height}, {"max-width", &s.maxWidth}, {"max-height", &s.maxHeight}};
            for (const auto &[name, value] : sizes) {
                if (tiny(*value))
                    return hide(QStringLiteral("zero-size-overflow"), e,
                                QStringLiteral("%1: %2, overflow: %3").arg(QLatin1String(name), px(**value),
                                                                           s.overflowX != QLatin1String("visible") ? s.overflowX : s.overflowY),
                                QLatin1String(name));
            }
        }
        const bool positioned = absolute || s.position == QLatin1String("relative");
        if (positioned && (offscreen(s.left) || offscreen(s.top))) {
            const bool left = offscreen(s.left);
            return hide(QStringLiteral("offscreen-position"), e,
                        QStringLiteral("position: %1; %2: %3").arg(s.position, left ? QStringLiteral("left") : QStringLiteral("top"),
                                                                   px(left ? *s.left : *s.top)),
                        left ? QStringLiteral("left") : QStringLiteral("top"));
        }
        if (offscreen(s.marginLeft) || (s.sizeApplies() && offscreen(s.marginTop))) {
            const bool left = offscreen(s.marginLeft);
            return hide(QStringLiteral("offscreen-position"), e,
                        QStringLiteral("%1: %2").arg(left ? QStringLiteral("margin-left") : QStringLiteral("margin-top"),
                                                     px(left ? *s.marginLeft : *s.marginTop)),
                        left ? QStringLiteral("margin-left") : QStringLiteral("margin-top"));
        }
        return std::nullopt;
    }

    static bool isReplacedContent(const QString &tag)
    {
        return tag == QLatin1String("img") || tag == QLatin1String("svg") || tag == QLatin1String("canvas")
            || tag == QLatin1String("video") || tag == QLatin1String("object") || tag == QLatin1String("embed")
            || tag == QLatin1String("input") || tag == QLatin1String("iframe");
    }

    static bool hasVisibleCharacters(const QString &text)
    {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (!c.isSpace() && u != 0x200B && u != 0x2060 && u != 0xFEFF && u != 0x00AD)
                return true;
        }
        return false;
    }

    // The link is hidden when every piece of what it shows (text, images) is: nullopt when one
    // piece is visible, or when there is nothing to show at all.
    std::optional<Hiding> content(int link)
    {
        std::optional<Hiding> first;
        QList<int> stack = {link};
        while (!stack.isEmpty()) {
            const int n = stack.takeLast();
            const DomNode &node = dom.node(n);
            std::optional<Hiding> hidden;
            if (node.type == DomNode::Text) {
                if (!hasVisibleCharacters(node.text))
                    continue;
                hidden = textHidden(node.parent);
            } else if (node.type == DomNode::Element) {
                if (n != link) {
                    const CssComputedStyle &s = cascade.style(n);
                    if (s.display == QLatin1String("none") || s.opacity <= DarkLinkDetector::kNoOpacity)
                        continue; // a hidden part of a link hides nothing by itself
                }
                if (n != link && isReplacedContent(node.tag)) {
                    const CssComputedStyle &s = cascade.style(n);
                    if (s.visibility != QLatin1String("visible"))
                        hidden = hide(QStringLiteral("visibility-hidden"), origin(n, QStringLiteral("visibility")),
                                      QStringLiteral("visibility: ") + s.visibility, QStringLiteral("visibility"));
                    else if (tiny(s.width) || tiny(s.height))
                        hidden = hide(QStringLiteral("zero-size-overflow"), n, QStringLiteral("image of no size"),
                                      tiny(s.width) ? QStringLiteral("width") : QStringLiteral("height"));
                    else
                        return std::nullopt;
                } else {
                    const QList<int> children = dom.children(n);
                    for (qsizetype i = children.size() - 1; i >= 0; --i)
                        stack.append(children.at(i));
                    continue;
                }
            }
            if (!hidden)
                return std::nullopt; // this piece is visible
            if (!first)
                first = hidden;
        }
        return first;
    }

    std::optional<Hiding> textHidden(int parent)
    {
        const CssComputedStyle &s = cascade.style(parent);
        if (s.visibility != QLatin1String("visible"))
            return hide(QStringLiteral("visibility-hidden"), origin(parent, QStringLiteral("visibility")),
                        QStringLiteral("visibility: ") + s.visibility, QStringLiteral("visibility"));
        if (s.fontSizePx <= DarkLinkDetector::kTinyPx)
            return hide(QStringLiteral("tiny-font"), origin(parent, QStringLiteral("font-size")),
                        QStringLiteral("font-size: ") + px(s.fontSizePx), QStringLiteral("font-size"));
        if (s.color.isTransparent())
            return hide(QStringLiteral("same-colour"), origin(parent, QStringLiteral("color")),
                        QStringLiteral("color: transparent"), QStringLiteral("color"));
        const std::optional<CssColor> background = cascade.effectiveBackground(parent);
        if (background && s.color.over(*background).looksLike(*background, DarkLinkDetector::kColourTolerance))
            return hide(QStringLiteral("same-colour"), origin(parent, QStringLiteral("color")),
                        QStringLiteral("color %1 on background %2").arg(s.color.name(), background->name()),
                        QStringLiteral("color"));
        return std::nullopt;
    }

    const CssCascade &cascade;
    const DomTree &dom;
};

} // namespace

std::optional<Hiding> DarkLinkHiding::why(const CssCascade &cascade, int linkElement)
{
    if (!cascade.dom().isElement(linkElement))
        return std::nullopt;
    return Judge(cascade).why(linkElement);
}

} // namespace xj
