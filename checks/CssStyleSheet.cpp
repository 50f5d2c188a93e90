#include "CssStyleSheet.h"

#include "CssMedia.h"

namespace xj {

namespace {

bool opensBlock(CssToken::Type t)
{
    return t == CssToken::LeftBrace || t == CssToken::LeftBracket || t == CssToken::LeftParen || t == CssToken::Function;
}

CssToken::Type closerOf(CssToken::Type t)
{
    switch (t) {
    case CssToken::LeftBrace: return CssToken::RightBrace;
    case CssToken::LeftBracket: return CssToken::RightBracket;
    default: return CssToken::RightParen; // ( and functions
    }
}

// §5.4.7 "consume a component value": the index just past the component starting at i (a whole
// block or function with everything nested in it), never past `to`.
qsizetype skipComponent(const CssTokens &t, qsizetype i, qsizetype to)
{
    const CssToken::Type type = t.at(i).type;
    if (!opensBlock(type))
        return i + 1;
    const CssToken::Type closer = closerOf(type);
    qsizetype j = i + 1;
    while (j < to) {
        if (t.at(j).type == closer)
            return j + 1;
        j = skipComponent(t, j, to);
    }
    return to; // unclosed at the end: the block runs to the end, as the spec says
}

// Index of the first top-level token of `type` in [i, to), or `to`.
qsizetype findTopLevel(const CssTokens &t, qsizetype i, qsizetype to, CssToken::Type type)
{
    while (i < to && t.at(i).type != type)
        i = skipComponent(t, i, to);
    return i;
}

void trimWhitespace(const CssTokens &t, qsizetype *from, qsizetype *to)
{
    while (*from < *to && t.at(*from).is(CssToken::Whitespace))
        ++*from;
    while (*to > *from && t.at(*to - 1).is(CssToken::Whitespace))
        --*to;
}

} // namespace

class CssSheetParser {
public:
    CssSheetParser(const CssTokens &tokens, CssStyleSheet *sheet) : t(tokens), s(sheet) {}

    // §5.4.1 "consume a list of rules" over [i, to); `applies`: false inside @media that does not.
    void rules(qsizetype i, qsizetype to, bool topLevel, bool applies)
    {
        while (i < to) {
            const CssToken &tok = t.at(i);
            if (tok.is(CssToken::Whitespace) || (topLevel && (tok.is(CssToken::CDO) || tok.is(CssToken::CDC)))) {
                ++i;
            } else if (tok.is(CssToken::AtKeyword)) {
                i = atRule(i, to, applies);
            } else {
                i = styleRule(i, to, applies);
            }
        }
    }

private:
    qsizetype atRule(qsizetype i, qsizetype to, bool applies)
    {
        const QString name = t.at(i).value.toLower();
        const int line = t.at(i).line;
        qsizetype j = i + 1;
        while (j < to && !t.at(j).is(CssToken::Semicolon) && !t.at(j).is(CssToken::LeftBrace))
            j = skipComponent(t, j, to);
        qsizetype preludeFrom = i + 1, preludeTo = j;
        trimWhitespace(t, &preludeFrom, &preludeTo);
        if (j >= to || t.at(j).is(CssToken::Semicolon)) {
            if (name == QLatin1String("import"))
                import(preludeFrom, preludeTo, line);
            return j + 1;
        }
        const qsizetype end = skipComponent(t, j, to);
        const qsizetype blockTo = (end > j + 1 && end - 1 < to && t.at(end - 1).is(CssToken::RightBrace)) ? end - 1 : end;
        if (name == QLatin1String("media")) {
            const bool media = CssMedia::applies(t.mid(preludeFrom, preludeTo - preludeFrom));
            rules(j + 1, blockTo, false, applies && media);
        } else if (name == QLatin1String("supports") || name == QLatin1String("layer")) {
            rules(j + 1, blockTo, false, applies);
        }
        return end;
    }

    void import(qsizetype from, qsizetype to, int line)
    {
        if (from >= to)
            return;
        CssImport imp;
        imp.line = line;
        const CssToken &first = t.at(from);
        qsizetype rest = from + 1;
        if (first.is(CssToken::String) || first.is(CssToken::Url)) {
            imp.url = first.value;
        } else if (first.is(CssToken::Function) && first.value.compare(QLatin1String("url"), Qt::CaseInsensitive) == 0) {
            const qsizetype close = skipComponent(t, from, to);
            for (qsizetype k = from + 1; k < close; ++k)
                if (t.at(k).is(CssToken::String))
                    imp.url = t.at(k).value;
            rest = close;
        } else {
            return;
        }
        imp.media = CssTokenizer::serialize(t, rest, to);
        s->m_imports.append(imp);
    }

    qsizetype styleRule(qsizetype i, qsizetype to, bool applies)
    {
        const qsizetype open = findTopLevel(t, i, to, CssToken::LeftBrace);
        if (open >= to)
            return to; // a prelude with no block: dropped
        const qsizetype end = skipComponent(t, open, to);
        const qsizetype blockTo = (end - 1 > open && t.at(end - 1).is(CssToken::RightBrace)) ? end - 1 : end;
        qsizetype preludeFrom = i, preludeTo = open;
        trimWhitespace(t, &preludeFrom, &preludeTo);
        const CssTokens prelude = t.mid(preludeFrom, preludeTo - preludeFrom);
        const auto selectors = CssSelectorParser::parseList(prelude);
        if (!selectors) {
            ++s->m_dropped;
        } else if (!applies) {
            ++s->m_skippedMedia;
        } else {
            CssStyleRule rule;
            rule.selectors = *selectors;
            rule.selectorText = CssTokenizer::serialize(prelude);
            rule.line = preludeFrom < preludeTo ? t.at(preludeFrom).line : t.at(open).line;
            rule.declarations = CssStyleSheet::parseDeclarations(t, open + 1, blockTo);
            s->m_rules.append(rule);
        }
        return end;
    }

    const CssTokens &t;
    CssStyleSheet *s;
};

CssStyleSheet CssStyleSheet::parse(const QString &css)
{
    CssStyleSheet sheet;
    const CssTokens tokens = CssTokenizer::tokenize(css);
    CssSheetParser(tokens, &sheet).rules(0, tokens.size(), true, true);
    return sheet;
}

QList<CssDeclaration> CssStyleSheet::parseDeclarations(const QString &block)
{
    const CssTokens tokens = CssTokenizer::tokenize(block);
    return parseDeclarations(tokens, 0, tokens.size());
}

// §5.4.5 "consume a list of declarations".
QList<CssDeclaration> CssStyleSheet::parseDeclarations(const CssTokens &t, qsizetype i, qsizetype to)
{
    QList<CssDeclaration> out;
    while (i < to) {
        const CssToken &tok = t.at(i);
        if (tok.is(CssToken::Whitespace) || tok.is(CssToken::Semicolon)) {
            ++i;
            continue;
        }
        const qsizetype end = findTopLevel(t, i, to, CssToken::Semicolon);
        if (tok.is(CssToken::Ident)) {
            qsizetype j = i + 1;
            while (j < end && t.at(j).is(CssToken::Whitespace))
                ++j;
            if (j < end && t.at(j).is(CssToken::Colon)) {
                qsizetype from = j + 1, valueTo = end;
                trimWhitespace(t, &from, &valueTo);
                CssDeclaration d;
                d.property = tok.value.startsWith(QLatin1String("--")) ? tok.value : tok.value.toLower();
                d.line = tok.line;
                // "!important" (any case, whitespace allowed between) at the very end.
                if (valueTo - from >= 2 && t.at(valueTo - 1).isIdent(u"important")) {
                    qsizetype bang = valueTo - 2;
                    while (bang > from && t.at(bang).is(CssToken::Whitespace))
                        --bang;
                    if (t.at(bang).isDelim(QLatin1Char('!'))) {
                        d.important = true;
                        valueTo = bang;
                        trimWhitespace(t, &from, &valueTo);
                    }
                }
                d.value = t.mid(from, valueTo - from);
                bool nestedBlock = false;
                for (const CssToken &v : std::as_const(d.value))
                    nestedBlock = nestedBlock || v.is(CssToken::LeftBrace);
                if (!d.value.isEmpty() && !nestedBlock)
                    out.append(d);
            }
        }
        // Anything else (at-rules, nested rules, junk) is skipped up to the next ";".
        i = end + 1;
    }
    return out;
}

} // namespace xj
