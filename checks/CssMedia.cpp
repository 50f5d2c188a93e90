#include "CssMedia.h"

#include "CssValues.h"

#include <optional>

namespace xj {

namespace {

// One query's tokens, whitespace removed, read left to right.
class QueryReader {
public:
    explicit QueryReader(CssTokens tokens) : t(std::move(tokens)) {}

    // <media-query> = <media-condition> | [not | only]? <media-type> [and <media-condition-without-or>]?
    bool query()
    {
        if (t.isEmpty())
            return false; // "a, , b": an empty query is "not all"
        if (t.first().is(CssToken::Ident) && !t.first().isIdent(u"not") && !t.first().isIdent(u"only")) {
            return typeQuery(false);
        }
        if ((t.first().isIdent(u"not") || t.first().isIdent(u"only")) && t.size() > 1 && t.at(1).is(CssToken::Ident)) {
            const bool negate = t.first().isIdent(u"not");
            p = 1;
            return typeQuery(negate);
        }
        const std::optional<bool> c = condition();
        return c.value_or(false) && p == t.size();
    }

private:
    bool typeQuery(bool negate)
    {
        const CssToken &type = t.at(p++);
        const bool typeMatches = type.isIdent(u"all") || type.isIdent(u"screen");
        bool result = typeMatches;
        if (p < t.size()) {
            if (!t.at(p).isIdent(u"and"))
                return false; // malformed: "not all"
            ++p;
            const std::optional<bool> c = condition();
            if (!c || p != t.size())
                return false;
            result = result && *c;
        }
        return negate ? !result : result;
    }

    // not (…) | (…) [and (…)]* | (…) [or (…)]*; nullopt when malformed.
    std::optional<bool> condition()
    {
        if (p < t.size() && t.at(p).isIdent(u"not")) {
            ++p;
            const std::optional<bool> inner = parenthesised();
            return inner ? std::optional<bool>(!*inner) : std::nullopt;
        }
        std::optional<bool> result = parenthesised();
        if (!result)
            return std::nullopt;
        while (p < t.size() && (t.at(p).isIdent(u"and") || t.at(p).isIdent(u"or"))) {
            const bool isAnd = t.at(p).isIdent(u"and");
            ++p;
            const std::optional<bool> next = parenthesised();
            if (!next)
                return std::nullopt;
            result = isAnd ? (*result && *next) : (*result || *next);
        }
        return result;
    }

    // "(" condition-or-feature ")"
    std::optional<bool> parenthesised()
    {
        if (p >= t.size() || !t.at(p).is(CssToken::LeftParen))
            return std::nullopt;
        int depth = 0;
        qsizetype close = -1;
        for (qsizetype i = p; i < t.size(); ++i) {
            if (t.at(i).is(CssToken::LeftParen) || t.at(i).is(CssToken::Function))
                ++depth;
            else if (t.at(i).is(CssToken::RightParen) && --depth == 0) {
                close = i;
                break;
            }
        }
        if (close < 0)
            return std::nullopt;
        const CssTokens inside = t.mid(p + 1, close - p - 1);
        p = close + 1;
        if (!inside.isEmpty() && (inside.first().is(CssToken::LeftParen) || inside.first().isIdent(u"not"))) {
            QueryReader nested(inside);
            const std::optional<bool> c = nested.condition();
            return (c && nested.p == inside.size()) ? c : std::nullopt;
        }
        return feature(inside);
    }

    static std::optional<double> number(const CssToken &v)
    {
        if (v.is(CssToken::Number))
            return v.number;
        return std::nullopt;
    }

    // A feature's value against ours; unknown features are false.
    static bool featureValue(const QString &name, const CssToken &v, int cmp /* -1 max, 0 equal, 1 min */)
    {
        auto compare = [cmp](double ours, double theirs) {
            return cmp < 0 ? ours <= theirs : cmp > 0 ? ours >= theirs : ours == theirs;
        };
        if (name == QLatin1String("width") || name == QLatin1String("device-width")) {
            const auto len = CssValues::lengthPx(v, CssValues::kRootFontSize);
            return len && compare(CssMedia::kViewportWidth, *len);
        }
        if (name == QLatin1String("height") || name == QLatin1String("device-height")) {
            const auto len = CssValues::lengthPx(v, CssValues::kRootFontSize);
            return len && compare(CssMedia::kViewportHeight, *len);
        }
        if (name == QLatin1String("-webkit-device-pixel-ratio") || name == QLatin1String("device-pixel-ratio")) {
            const auto n = number(v);
            return n && compare(1, *n);
        }
        if (name == QLatin1String("resolution")) {
            if (v.is(CssToken::Dimension) && (v.value == QLatin1String("dppx") || v.value == QLatin1String("x")))
                return compare(1, v.number);
            if (v.is(CssToken::Dimension) && v.value == QLatin1String("dpi"))
                return compare(96, v.number);
            return false;
        }
        if (name == QLatin1String("color")) {
            const auto n = number(v);
            return n && compare(8, *n);
        }
        if (name == QLatin1String("monochrome") || name == QLatin1String("grid")) {
            const auto n = number(v);
            return n && compare(0, *n);
        }
        if (cmp != 0 || !v.is(CssToken::Ident))
            return false;
        const QString value = v.value.toLower();
        if (name == QLatin1String("orientation"))
            return value == QLatin1String("landscape");
        if (name == QLatin1String("prefers-color-scheme"))
            return value == QLatin1String("light");
        if (name == QLatin1String("prefers-reduced-motion") || name == QLatin1String("prefers-contrast"))
            return value == QLatin1String("no-preference");
        if (name == QLatin1String("hover") || name == QLatin1String("any-hover"))
            return value == QLatin1String("hover");
        if (name == QLatin1String("pointer") || name == QLatin1String("any-pointer"))
            return value == QLatin1String("fine");
        if (name == QLatin1String("scripting"))
            return value == QLatin1String("enabled");
        if (name == QLatin1String("update"))
            return value == QLatin1String("fast");
        return false;
    }

    static bool feature(const CssTokens &f)
    {
        if (f.size() == 1 && f.first().is(CssToken::Ident)) {
            // Boolean context: true unless the feature's value would be 0/none.
            const QString name = f.first().value.toLower();
            static const QStringList truthy = {QStringLiteral("color"), QStringLiteral("hover"), QStringLiteral("pointer"),
                                               QStringLiteral("any-hover"), QStringLiteral("any-pointer"),
                                               QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("scripting"),
                                               QStringLiteral("update"), QStringLiteral("orientation")};
            return truthy.contains(name);
        }
        if (f.size() == 3 && f.first().is(CssToken::Ident) && f.at(1).is(CssToken::Colon)) {
            QString name = f.first().value.toLower();
            int cmp = 0;
            if (name.startsWith(QLatin1String("min-")) || name.startsWith(QLatin1String("-webkit-min-"))) {
                cmp = 1;
                name.remove(QStringLiteral("min-")); // -webkit-min-device-pixel-ratio too
            } else if (name.startsWith(QLatin1String("max-")) || name.startsWith(QLatin1String("-webkit-max-"))) {
                cmp = -1;
                name.remove(QStringLiteral("max-"));
            }
            return featureValue(name, f.at(2), cmp);
        }
        return range(f);
    }

    // Level 4 ranges: (width >= 600px), (400px < width <= 700px).
    static bool range(const CssTokens &f)
    {
        // Operators are one or two Delim tokens: < <= > >= =.
        struct Part {
            bool isOp;
            QString op;
            CssToken token;
        };
        QList<Part> parts;
        for (qsizetype i = 0; i < f.size(); ++i) {
            const CssToken &tok = f.at(i);
            if (tok.isDelim(QLatin1Char('<')) || tok.isDelim(QLatin1Char('>')) || tok.isDelim(QLatin1Char('='))) {
                QString op = tok.value;
                if (i + 1 < f.size() && f.at(i + 1).isDelim(QLatin1Char('=')) && op != QLatin1String("=")) {
                    op += QLatin1Char('=');
                    ++i;
                }
                parts.append({true, op, {}});
            } else {
                parts.append({false, {}, tok});
            }
        }
        auto holds = [](const CssToken &featureTok, const QString &op, const CssToken &value, bool featureLeft) {
            // "width <= 600px" means ours <= theirs: a max comparison (strictness ignored: pixels are whole).
            QString o = op;
            if (!featureLeft)
                o = o.startsWith(QLatin1Char('<')) ? QString(o).replace(0, 1, QLatin1Char('>'))
                    : o.startsWith(QLatin1Char('>')) ? QString(o).replace(0, 1, QLatin1Char('<')) : o;
            const int cmp = o.startsWith(QLatin1Char('<')) ? -1 : o.startsWith(QLatin1Char('>')) ? 1 : 0;
            return featureValue(featureTok.value.toLower(), value, cmp);
        };
        if (parts.size() == 3 && parts[1].isOp && !parts[0].isOp && !parts[2].isOp) {
            if (parts[0].token.is(CssToken::Ident))
                return holds(parts[0].token, parts[1].op, parts[2].token, true);
            if (parts[2].token.is(CssToken::Ident))
                return holds(parts[2].token, parts[1].op, parts[0].token, false);
            return false;
        }
        if (parts.size() == 5 && parts[1].isOp && parts[3].isOp && parts[2].token.is(CssToken::Ident))
            return holds(parts[2].token, parts[1].op, parts[0].token, false) && holds(parts[2].token, parts[3].op, parts[4].token, true);
        return false;
    }

    CssTokens t;
    qsizetype p = 0;
};

} // namespace

bool CssMedia::applies(const CssTokens &queryList)
{
    CssTokens current;
    bool any = false;
    bool sawQuery = false;
    int depth = 0;
    auto finish = [&] {
        sawQuery = true;
        if (QueryReader(current).query())
            any = true;
        current.clear();
    };
    for (const CssToken &t : queryList) {
        if (t.is(CssToken::Whitespace))
            continue;
        if (t.is(CssToken::LeftParen) || t.is(CssToken::Function))
            ++depth;
        else if (t.is(CssToken::RightParen))
            --depth;
        if (t.is(CssToken::Comma) && depth == 0)
            finish();
        else
            current.append(t);
    }
    if (!current.isEmpty() || sawQuery)
        finish();
    return any || !sawQuery;
}

bool CssMedia::applies(const QString &queryList)
{
    return applies(CssTokenizer::tokenize(queryList));
}

} // namespace xj
