// Where CssCascade's declarations come from besides style sheets: the browser defaults and HTML
// presentational attributes; and shorthand expansion and attribute-selector matching.
#include "CssCascadeInternal.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace xj {

namespace cssinternal {

namespace {

const QSet<QString> &computedProperties()
{
    static const QSet<QString> set = {
        QStringLiteral("display"), QStringLiteral("visibility"), QStringLiteral("opacity"), QStringLiteral("font-size"),
        QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("max-width"), QStringLiteral("max-height"),
        QStringLiteral("overflow-x"), QStringLiteral("overflow-y"), QStringLiteral("position"), QStringLiteral("float"),
        QStringLiteral("left"), QStringLiteral("top"), QStringLiteral("margin-left"), QStringLiteral("margin-top"),
        QStringLiteral("text-indent"), QStringLiteral("color"), QStringLiteral("background-color"),
        QStringLiteral("background-image"), QStringLiteral("clip")};
    return set;
}

bool isWideKeyword(const CssTokens &value)
{
    const CssTokens s = CssValues::significant(value);
    if (s.size() != 1 || !s.first().is(CssToken::Ident))
        return false;
    const QString k = s.first().value.toLower();
    return k == QLatin1String("inherit") || k == QLatin1String("initial") || k == QLatin1String("unset")
        || k == QLatin1String("revert") || k == QLatin1String("revert-layer");
}

// Top-level component values: a function with its arguments is one; whitespace separates.
QList<CssTokens> components(const CssTokens &value)
{
    QList<CssTokens> out;
    int depth = 0;
    for (const CssToken &t : value) {
        if (depth == 0 && t.is(CssToken::Whitespace))
            continue;
        if (depth == 0)
            out.append(CssTokens());
        out.last().append(t);
        if (t.is(CssToken::Function) || t.is(CssToken::LeftParen))
            ++depth;
        else if (t.is(CssToken::RightParen) && depth > 0)
            --depth;
    }
    return out;
}

bool isImage(const CssTokens &component)
{
    const CssToken &t = component.first();
    if (t.is(CssToken::Url))
        return true;
    if (!t.is(CssToken::Function))
        return false;
    const QString f = t.value.toLower();
    return f == QLatin1String("url") || f.endsWith(QLatin1String("gradient")) || f.endsWith(QLatin1String("image-set"))
        || f == QLatin1String("image") || f == QLatin1String("element") || f == QLatin1String("cross-fade");
}

bool isFontSizeKeyword(const CssToken &t)
{
    static const QStringList k = {QStringLiteral("xx-small"), QStringLiteral("x-small"), QStringLiteral("small"),
                                  QStringLiteral("medium"), QStringLiteral("large"), QStringLiteral("x-large"),
                                  QStringLiteral("xx-large"), QStringLiteral("xxx-large"), QStringLiteral("smaller"),
                                  QStringLiteral("larger")};
    return t.is(CssToken::Ident) && k.contains(t.value.toLower());
}

CssTokens tokens(const QString &text)
{
    return CssTokenizer::tokenize(text);
}

// HTML "rules for parsing dimension values": "10" is 10px, "50%" a percentage; nothing else.
QString dimensionAttribute(const QString &raw)
{
    const QString v = raw.trimmed();
    qsizetype i = 0;
    while (i < v.size() && (v.at(i).isDigit() || v.at(i) == QLatin1Char('.')))
        ++i;
    if (i == 0)
        return {};
    const QString number = v.left(i);
    return (i < v.size() && v.at(i) == QLatin1Char('%')) ? number + QLatin1Char('%') : number + QStringLiteral("px");
}

// <font size>: 1–7, or relative to 3 with a sign; as browsers map them.
QString legacyFontSize(const QString &raw)
{
    const QString v = raw.trimmed();
    bool ok = false;
    int n = v.toInt(&ok);
    if (!ok)
        return {};
    if (v.startsWith(QLatin1Char('+')) || v.startsWith(QLatin1Char('-')))
        n += 3;
    static const int px[] = {10, 13, 16, 18, 24, 32, 48};
    return QStringLiteral("%1px").arg(px[std::clamp(n, 1, 7) - 1]);
}

} // namespace

bool attributeMatches(const CssAttributeCondition &a, const QString &raw)
{
    if (raw.isNull())
        return false;
    const Qt::CaseSensitivity cs = a.caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    switch (a.op) {
    case CssAttributeCondition::Exists: return true;
    case CssAttributeCondition::Equals: return raw.compare(a.value, cs) == 0;
    case CssAttributeCondition::Includes:
        return !a.value.isEmpty() && raw.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).contains(a.value, cs);
    case CssAttributeCondition::DashMatch:
        return raw.compare(a.value, cs) == 0 || raw.startsWith(a.value + QLatin1Char('-'), cs);
    case CssAttributeCondition::Prefix: return !a.value.isEmpty() && raw.startsWith(a.value, cs);
    case CssAttributeCondition::Suffix: return !a.value.isEmpty() && raw.endsWith(a.value, cs);
    case CssAttributeCondition::Substring: return !a.value.isEmpty() && raw.contains(a.value, cs);
    }
    return false;
}

void userAgentAndHints(const DomTree &dom, int e, const CssColor &linkColor, QList<CssCascade::Candidate> *out)
{
    const QString &tag = dom.node(e).tag;
    auto add = [&](const QString &property, const QString &value, Origin origin, const QString &source) {
        CssCascade::Candidate c;
        c.property = property;
        c.value = tokens(value);
        c.origin = origin;
        c.source = source;
        out->append(c);
    };
    const QString ua = QStringLiteral("browser default");
    if (dom.hasAttribute(e, u"hidden"))
        add(QStringLiteral("display"), QStringLiteral("none"), Origin::UserAgent, QStringLiteral("hidden attribute"));
    if (tag == QLatin1String("noscript"))
        add(QStringLiteral("display"), QStringLiteral("none"), Origin::UserAgent, ua); // scripting is on
    if (tag == QLatin1String("input") && dom.attribute(e, u"type").compare(QLatin1String("hidden"), Qt::CaseInsensitive) == 0)
        add(QStringLiteral("display"), QStringLiteral("none"), Origin::UserAgent, ua);
    if ((tag == QLatin1String("a") || tag == QLatin1String("area")) && dom.hasAttribute(e, u"href"))
        add(QStringLiteral("color"), linkColor.name(), Origin::UserAgent, ua);

    static const QSet<QString> bgTags = {QStringLiteral("body"), QStringLiteral("table"), QStringLiteral("thead"),
                                         QStringLiteral("tbody"), QStringLiteral("tfoot"), QStringLiteral("tr"),
                                         QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("marquee")};
    if (bgTags.contains(tag)) {
        if (const auto c = CssValues::legacyColor(dom.attribute(e, u"bgcolor")))
            add(QStringLiteral("background-color"), c->name(), Origin::Hint, QStringLiteral("bgcolor attribute"));
        if (!dom.attribute(e, u"background").trimmed().isEmpty())
            add(QStringLiteral("background-image"), QStringLiteral("url(x)"), Origin::Hint, QStringLiteral("background attribute"));
    }
    if (tag == QLatin1String("body")) {
        if (const auto c = CssValues::legacyColor(dom.attribute(e, u"text")))
            add(QStringLiteral("color"), c->name(), Origin::Hint, QStringLiteral("text attribute"));
    }
    if (tag == QLatin1String("font")) {
        if (const auto c = CssValues::legacyColor(dom.attribute(e, u"color")))
            add(QStringLiteral("color"), c->name(), Origin::Hint, QStringLiteral("color attribute"));
        const QString size = legacyFontSize(dom.attribute(e, u"size"));
        if (!size.isEmpty())
            add(QStringLiteral("font-size"), size, Origin::Hint, QStringLiteral("size attribute"));
    }
    static const QSet<QString> sizeTags = {
        QStringLiteral("img"), QStringLiteral("iframe"), QStringLiteral("embed"), QStringLiteral("object"),
        QStringLiteral("video"), QStringLiteral("canvas"), QStringLiteral("table"), QStringLiteral("td"),
        QStringLiteral("th"), QStringLiteral("marquee"), QStringLiteral("applet"), QStringLiteral("input")};
    if (sizeTags.contains(tag)) {
        for (const char16_t *name : {u"width", u"height"}) {
            const QString v = dimensionAttribute(dom.attribute(e, QStringView(name)));
            if (!v.isEmpty())
                add(QString::fromUtf16(name), v, Origin::Hint, QString::fromUtf16(name) + QStringLiteral(" attribute"));
        }
    }
}

void expand(const CssDeclaration &d, Origin origin, const CssSpecificity &specificity, int order, const QString &source,
            QList<CssCascade::Candidate> *out)
{
    auto add = [&](const QString &property, const CssTokens &value) {
        CssCascade::Candidate c;
        c.property = property;
        c.value = value;
        c.important = d.important;
        c.origin = origin;
        c.specificity = specificity;
        c.order = order;
        c.source = source;
        out->append(c);
    };
    const QString &p = d.property;
    if (computedProperties().contains(p)) {
        add(p, d.value);
        return;
    }
    const bool wide = isWideKeyword(d.value);
    const QList<CssTokens> parts = components(d.value);
    if (parts.isEmpty())
        return;
    if (p == QLatin1String("overflow")) {
        add(QStringLiteral("overflow-x"), parts.at(0));
        add(QStringLiteral("overflow-y"), wide || parts.size() < 2 ? parts.at(0) : parts.at(1));
    } else if (p == QLatin1String("margin") || p == QLatin1String("inset")) {
        const bool margin = p == QLatin1String("margin");
        if (parts.size() > 4)
            return;
        const CssTokens &left = wide ? parts.at(0) : parts.size() == 4 ? parts.at(3) : parts.size() >= 2 ? parts.at(1) : parts.at(0);
        add(margin ? QStringLiteral("margin-top") : QStringLiteral("top"), parts.at(0));
        add(margin ? QStringLiteral("margin-left") : QStringLiteral("left"), left);
    } else if (p == QLatin1String("background")) {
        if (wide) {
            add(QStringLiteral("background-color"), parts.at(0));
            add(QStringLiteral("background-image"), parts.at(0));
            return;
        }
        // The colour may only be in the final layer; any layer may have an image.
        qsizetype finalLayer = 0;
        for (qsizetype i = 0; i < parts.size(); ++i)
            if (parts.at(i).first().is(CssToken::Comma))
                finalLayer = i + 1;
        CssTokens colour = tokens(QStringLiteral("transparent"));
        bool image = false;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (isImage(parts.at(i)))
                image = true;
            else if (i >= finalLayer && CssValues::color(parts.at(i)))
                colour = parts.at(i);
        }
        add(QStringLiteral("background-color"), colour);
        add(QStringLiteral("background-image"), image ? tokens(QStringLiteral("url(x)")) : tokens(QStringLiteral("none")));
    } else if (p == QLatin1String("font")) {
        if (wide) {
            add(QStringLiteral("font-size"), parts.at(0));
            return;
        }
        static const QStringList systemFonts = {QStringLiteral("caption"), QStringLiteral("icon"), QStringLiteral("menu"),
                                                QStringLiteral("message-box"), QStringLiteral("small-caption"),
                                                QStringLiteral("status-bar")};
        if (parts.size() == 1 && parts.first().first().is(CssToken::Ident)
            && systemFonts.contains(parts.first().first().value.toLower())) {
            add(QStringLiteral("font-size"), tokens(QStringLiteral("13px")));
            return;
        }
        // [style variant weight stretch]* size[/line-height] family: the size is the first length
        // (a weight like 700 is a number, never a length; a bare 0 is a size).
        for (const CssTokens &part : parts) {
            const CssToken &t = part.first();
            const bool length = t.is(CssToken::Dimension) || t.is(CssToken::Percentage)
                || (t.is(CssToken::Number) && t.number == 0) || isFontSizeKeyword(t);
            if (length) {
                add(QStringLiteral("font-size"), part);
                return;
            }
            if (t.isDelim(QLatin1Char('/')) || t.is(CssToken::String) || t.is(CssToken::Comma))
                return; // no size before the family: invalid
        }
    }
}

} // namespace cssinternal

} // namespace xj
