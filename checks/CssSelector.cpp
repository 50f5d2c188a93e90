#include "CssSelector.h"

namespace xj {

namespace {

class SelectorParser {
public:
    SelectorParser(const CssTokens &tokens, qsizetype from, qsizetype to) : t(tokens), p(from), end(to) {}

    // complex := compound (combinator compound)*; whitespace alone is the descendant combinator.
    bool complex(CssComplexSelector *out)
    {
        skipWhitespace();
        for (;;) {
            CssCompoundSelector c;
            CssSpecificity s;
            if (!compound(&c, &s))
                return false;
            out->compounds.append(c);
            out->specificity += s;
            out->neverMatches = out->neverMatches || c.neverMatches;
            const bool spaced = skipWhitespace();
            if (p >= end)
                return true;
            CssComplexSelector::Combinator comb = CssComplexSelector::Descendant;
            if (t.at(p).isDelim(QLatin1Char('>')))
                comb = CssComplexSelector::Child;
            else if (t.at(p).isDelim(QLatin1Char('+')))
                comb = CssComplexSelector::NextSibling;
            else if (t.at(p).isDelim(QLatin1Char('~')))
                comb = CssComplexSelector::SubsequentSibling;
            else if (!spaced)
                return false; // something no compound selector may contain here
            if (comb != CssComplexSelector::Descendant) {
                ++p;
                skipWhitespace();
            }
            out->combinators.append(comb);
        }
    }

    // A compound selector (at least one simple selector); false when malformed.
    bool compound(CssCompoundSelector *c, CssSpecificity *s)
    {
        bool any = false;
        if (p < end && t.at(p).is(CssToken::Ident)) {
            c->tag = t.at(p).value.toLower();
            ++s->types;
            ++p;
            any = true;
        } else if (p < end && t.at(p).isDelim(QLatin1Char('*'))) {
            ++p;
            any = true;
        }
        if (p < end && t.at(p).isDelim(QLatin1Char('|')))
            return false; // namespaces: not used by HTML pages, not supported
        while (p < end) {
            const CssToken &tok = t.at(p);
            if (tok.is(CssToken::Hash)) {
                if (!tok.hashIsId)
                    return false;
                c->ids.append(tok.value);
                ++s->ids;
                ++p;
            } else if (tok.isDelim(QLatin1Char('.'))) {
                if (p + 1 >= end || !t.at(p + 1).is(CssToken::Ident))
                    return false;
                c->classes.append(t.at(p + 1).value);
                ++s->classes;
                p += 2;
            } else if (tok.is(CssToken::LeftBracket)) {
                if (!attribute(c))
                    return false;
                ++s->classes;
            } else if (tok.is(CssToken::Colon)) {
                if (!pseudo(c, s))
                    return false;
            } else {
                break;
            }
            any = true;
        }
        return any;
    }

private:
    bool skipWhitespace()
    {
        bool skipped = false;
        while (p < end && t.at(p).is(CssToken::Whitespace)) {
            ++p;
            skipped = true;
        }
        return skipped;
    }

    // "[" name (op value flag?)? "]"
    bool attribute(CssCompoundSelector *c)
    {
        ++p; // [
        skipWhitespace();
        if (p >= end || !t.at(p).is(CssToken::Ident))
            return false;
        CssAttributeCondition a;
        a.name = t.at(p++).value.toLower();
        skipWhitespace();
        if (p < end && t.at(p).is(CssToken::RightBracket)) {
            ++p;
            c->attributes.append(a);
            return true;
        }
        if (p >= end || t.at(p).type != CssToken::Delim)
            return false;
        const QString op = t.at(p).value;
        if (op == QLatin1String("=")) {
            a.op = CssAttributeCondition::Equals;
            ++p;
        } else {
            if (p + 1 >= end || !t.at(p + 1).isDelim(QLatin1Char('=')))
                return false;
            if (op == QLatin1String("~"))
                a.op = CssAttributeCondition::Includes;
            else if (op == QLatin1String("|"))
                a.op = CssAttributeCondition::DashMatch;
            else if (op == QLatin1String("^"))
                a.op = CssAttributeCondition::Prefix;
            else if (op == QLatin1String("$"))
                a.op = CssAttributeCondition::Suffix;
            else if (op == QLatin1String("*"))
                a.op = CssAttributeCondition::Substring;
            else
                return false;
            p += 2;
        }
        skipWhitespace();
        if (p >= end || !(t.at(p).is(CssToken::Ident) || t.at(p).is(CssToken::String)))
            return false;
        a.value = t.at(p++).value;
        skipWhitespace();
        if (p < end && t.at(p).is(CssToken::Ident)) {
            if (t.at(p).isIdent(u"i"))
                a.caseInsensitive = true;
            else if (!t.at(p).isIdent(u"s"))
                return false;
            ++p;
            skipWhitespace();
        }
        if (p >= end || !t.at(p).is(CssToken::RightBracket))
            return false;
        ++p;
        c->attributes.append(a);
        return true;
    }

    // The index just past the parenthesis that closes the function token at `open`; -1 if none.
    qsizetype closingParen(qsizetype open) const
    {
        int depth = 0;
        for (qsizetype i = open; i < end; ++i) {
            const CssToken::Type ty = t.at(i).type;
            if (ty == CssToken::Function || ty == CssToken::LeftParen)
                ++depth;
            else if (ty == CssToken::RightParen && --depth == 0)
                return i + 1;
        }
        return -1;
    }

    bool pseudo(CssCompoundSelector *c, CssSpecificity *s)
    {
        ++p; // :
        const bool element = p < end && t.at(p).is(CssToken::Colon);
        if (element)
            ++p;
        if (p >= end)
            return false;
        const CssToken &tok = t.at(p);
        if (tok.is(CssToken::Ident)) {
            const QString name = tok.value.toLower();
            ++p;
            static const QStringList legacyElements = {QStringLiteral("before"), QStringLiteral("after"),
                                                       QStringLiteral("first-line"), QStringLiteral("first-letter")};
            if (element || legacyElements.contains(name)) {
                ++s->types;
                c->neverMatches = true; // generated content and line boxes hold no links
                return true;
            }
            ++s->classes;
            if (name == QLatin1String("root"))
                c->pseudos.append(CssCompoundSelector::Root);
            else if (name == QLatin1String("first-child"))
                c->pseudos.append(CssCompoundSelector::FirstChild);
            else if (name == QLatin1String("last-child"))
                c->pseudos.append(CssCompoundSelector::LastChild);
            else if (name == QLatin1String("only-child"))
                c->pseudos.append(CssCompoundSelector::OnlyChild);
            else if (name == QLatin1String("link") || name == QLatin1String("any-link"))
                c->pseudos.append(CssCompoundSelector::Link);
            else if (name == QLatin1String("hover") || name == QLatin1String("focus") || name == QLatin1String("focus-within")
                     || name == QLatin1String("focus-visible") || name == QLatin1String("active"))
                c->interactive = true; // what a visitor's pointer or keyboard does: see CssCascade
            else
                c->neverMatches = true; // :visited, :checked, :target …: not a visitor's first view
            return true;
        }
        if (!tok.is(CssToken::Function))
            return false;
        const qsizetype close = closingParen(p);
        if (close < 0)
            return false;
        const QString name = tok.value.toLower();
        if (!element && name == QLatin1String("not")) {
            // :not(compound, compound …): its specificity is that of its most specific argument.
            CssSpecificity most;
            SelectorParser inner(t, p + 1, close - 1);
            for (;;) {
                inner.skipWhitespace();
                CssCompoundSelector n;
                CssSpecificity ns;
                if (!inner.compound(&n, &ns))
                    return false;
                inner.skipWhitespace();
                if (most < ns)
                    most = ns;
                c->negations.append(n);
                if (inner.p >= inner.end)
                    break;
                if (!inner.t.at(inner.p).is(CssToken::Comma)) {
                    c->neverMatches = true; // a complex selector inside :not(): not evaluated
                    break;
                }
                ++inner.p;
            }
            *s += most;
        } else {
            element ? ++s->types : ++s->classes;
            c->neverMatches = true; // :nth-child(), :is(), :has(), ::part() …
        }
        p = close;
        return true;
    }

    const CssTokens &t;
    qsizetype p;
    qsizetype end;
};

} // namespace

std::optional<QList<CssComplexSelector>> CssSelectorParser::parseList(const CssTokens &tokens)
{
    QList<CssComplexSelector> list;
    qsizetype start = 0;
    int depth = 0;
    for (qsizetype i = 0; i <= tokens.size(); ++i) {
        if (i < tokens.size()) {
            const CssToken::Type ty = tokens.at(i).type;
            if (ty == CssToken::Function || ty == CssToken::LeftParen || ty == CssToken::LeftBracket)
                ++depth;
            else if (ty == CssToken::RightParen || ty == CssToken::RightBracket)
                --depth;
            if (!(ty == CssToken::Comma && depth == 0))
                continue;
        }
        CssComplexSelector sel;
        // Trailing whitespace before the comma is not a combinator.
        qsizetype last = i;
        while (last > start && tokens.at(last - 1).is(CssToken::Whitespace))
            --last;
        SelectorParser trimmed(tokens, start, last);
        if (!trimmed.complex(&sel))
            return std::nullopt;
        sel.text = CssTokenizer::serialize(tokens, start, i);
        list.append(sel);
        start = i + 1;
    }
    return list;
}

std::optional<QList<CssComplexSelector>> CssSelectorParser::parseList(const QString &text)
{
    return parseList(CssTokenizer::tokenize(text));
}

} // namespace xj
