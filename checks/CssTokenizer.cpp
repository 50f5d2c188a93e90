#include "CssTokenizer.h"

#include "CssTokenReader.h"

namespace xj {

namespace {

using namespace csstoken;

class Tokenizer {
public:
    explicit Tokenizer(QStringView css) : r(css) {}

    CssTokens run()
    {
        CssTokens out;
        for (;;) {
            skipComments();
            if (r.atEnd())
                break;
            const qsizetype start = r.pos();
            CssToken t;
            t.line = r.line();
            consumeToken(t);
            t.source = r.text(start, r.pos());
            out.append(std::move(t));
        }
        return out;
    }

private:
    void skipComments()
    {
        while (r.peek() == '/' && r.peek(1) == '*' && !r.atEnd(1)) {
            r.next();
            r.next();
            while (!r.atEnd() && !(r.peek() == '*' && r.peek(1) == '/'))
                r.next();
            r.next(); // an unterminated comment runs to the end
            r.next();
        }
    }

    // §4.3.7, after the backslash.
    char32_t consumeEscape()
    {
        if (r.atEnd())
            return kReplacement;
        char32_t c = r.next();
        if (!isHexDigit(c))
            return c;
        char32_t value = QChar(c).digitValue() >= 0 ? char32_t(QChar(c).digitValue()) : char32_t((c | 0x20) - 'a' + 10);
        for (int i = 1; i < 6 && isHexDigit(r.peek()) && !r.atEnd(); ++i) {
            const char32_t d = r.next();
            value = value * 16 + ((d >= '0' && d <= '9') ? d - '0' : (d | 0x20) - 'a' + 10);
        }
        if (isWhitespace(r.peek()) && !r.atEnd())
            r.next();
        if (value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
            return kReplacement;
        return value;
    }

    // §4.3.11
    QString consumeName()
    {
        QString name;
        for (;;) {
            const char32_t c = r.peek();
            if (!r.atEnd() && isName(c)) {
                Reader::append(name, r.next());
            } else if (r.validEscape()) {
                r.next();
                Reader::append(name, consumeEscape());
            } else {
                return name;
            }
        }
    }

    // §4.3.12: the number's value; the text is parsed the way the spec builds it.
    double consumeNumber()
    {
        QString repr;
        auto digits = [&] {
            while (!r.atEnd() && r.peek() >= '0' && r.peek() <= '9')
                Reader::append(repr, r.next());
        };
        if (r.peek() == '+' || r.peek() == '-')
            Reader::append(repr, r.next());
        digits();
        if (r.peek() == '.' && r.peek(1) >= '0' && r.peek(1) <= '9' && !r.atEnd(1)) {
            Reader::append(repr, r.next());
            digits();
        }
        const char32_t e = r.peek();
        if ((e == 'e' || e == 'E') && !r.atEnd(1)) {
            const char32_t s = r.peek(1);
            const bool sign = (s == '+' || s == '-');
            const char32_t d = r.peek(sign ? 2 : 1);
            if (d >= '0' && d <= '9' && !r.atEnd(sign ? 2 : 1)) {
                Reader::append(repr, r.next());
                if (sign)
                    Reader::append(repr, r.next());
                digits();
            }
        }
        return repr.toDouble();
    }

    void consumeNumeric(CssToken &t)
    {
        t.number = consumeNumber();
        if (r.startsIdentifier()) {
            t.type = CssToken::Dimension;
            t.value = consumeName().toLower();
        } else if (r.peek() == '%' && !r.atEnd()) {
            r.next();
            t.type = CssToken::Percentage;
        } else {
            t.type = CssToken::Number;
        }
    }

    // §4.3.6, after "url(" and its whitespace.
    void consumeUrl(CssToken &t)
    {
        t.type = CssToken::Url;
        while (!r.atEnd()) {
            const char32_t c = r.peek();
            if (c == ')') {
                r.next();
                return;
            }
            if (isWhitespace(c)) {
                while (!r.atEnd() && isWhitespace(r.peek()))
                    r.next();
                if (r.atEnd() || r.peek() == ')') {
                    r.next();
                    return;
                }
                break; // whitespace inside the URL: bad
            }
            if (c == '"' || c == '\'' || c == '(' || isNonPrintable(c))
                break;
            if (c == '\\') {
                if (!r.validEscape())
                    break;
                r.next();
                Reader::append(t.value, consumeEscape());
                continue;
            }
            Reader::append(t.value, r.next());
        }
        if (r.atEnd())
            return; // EOF ends a URL token (a parse error, but still a URL)
        // §4.3.14: consume the remnants of a bad URL.
        t.type = CssToken::BadUrl;
        while (!r.atEnd()) {
            if (r.validEscape()) {
                r.next();
                consumeEscape();
            } else if (r.next() == ')') {
                return;
            }
        }
    }

    void consumeIdentLike(CssToken &t)
    {
        const QString name = consumeName();
        if (name.compare(QLatin1String("url"), Qt::CaseInsensitive) == 0 && r.peek() == '(' && !r.atEnd()) {
            r.next();
            while (isWhitespace(r.peek()) && isWhitespace(r.peek(1)) && !r.atEnd(1))
                r.next();
            const char32_t c = isWhitespace(r.peek()) ? r.peek(1) : r.peek();
            if (c == '"' || c == '\'') {
                t.type = CssToken::Function; // url("…") is a function whose argument is a string
                t.value = name;
                return;
            }
            while (!r.atEnd() && isWhitespace(r.peek()))
                r.next();
            consumeUrl(t);
            return;
        }
        if (r.peek() == '(' && !r.atEnd()) {
            r.next();
            t.type = CssToken::Function;
        } else {
            t.type = CssToken::Ident;
        }
        t.value = name;
    }

    void consumeString(CssToken &t, char32_t quote)
    {
        t.type = CssToken::String;
        while (!r.atEnd()) {
            const char32_t c = r.peek();
            if (c == quote) {
                r.next();
                return;
            }
            if (c == '\n') {
                t.type = CssToken::BadString; // the newline is not consumed
                return;
            }
            if (c == '\\') {
                r.next();
                if (r.atEnd())
                    return;
                if (r.peek() == '\n') {
                    r.next(); // an escaped newline continues the string
                    continue;
                }
                Reader::append(t.value, consumeEscape());
                continue;
            }
            Reader::append(t.value, r.next());
        }
    }

    void consumeToken(CssToken &t)
    {
        const char32_t c = r.peek();
        auto single = [&](CssToken::Type type) {
            r.next();
            t.type = type;
        };
        if (isWhitespace(c)) {
            while (!r.atEnd() && isWhitespace(r.peek()))
                r.next();
            t.type = CssToken::Whitespace;
            return;
        }
        switch (c) {
        case '"':
        case '\'':
            r.next();
            consumeString(t, c);
            return;
        case '#':
            if ((!r.atEnd(1) && isName(r.peek(1))) || r.validEscape(1)) {
                r.next();
                t.type = CssToken::Hash;
                t.hashIsId = r.startsIdentifier();
                t.value = consumeName();
                return;
            }
            break;
        case '(': single(CssToken::LeftParen); return;
        case ')': single(CssToken::RightParen); return;
        case '[': single(CssToken::LeftBracket); return;
        case ']': single(CssToken::RightBracket); return;
        case '{': single(CssToken::LeftBrace); return;
        case '}': single(CssToken::RightBrace); return;
        case ',': single(CssToken::Comma); return;
        case ':': single(CssToken::Colon); return;
        case ';': single(CssToken::Semicolon); return;
        case '+':
        case '.':
            if (r.startsNumber()) {
                consumeNumeric(t);
                return;
            }
            break;
        case '-':
            if (r.startsNumber()) {
                consumeNumeric(t);
                return;
            }
            if (r.peek(1) == '-' && r.peek(2) == '>' && !r.atEnd(2)) {
                r.next();
                r.next();
                single(CssToken::CDC);
                return;
            }
            if (r.startsIdentifier()) {
                consumeIdentLike(t);
                return;
            }
            break;
        case '<':
            if (r.peek(1) == '!' && r.peek(2) == '-' && r.peek(3) == '-' && !r.atEnd(3)) {
                for (int i = 0; i < 4; ++i)
                    r.next();
                t.type = CssToken::CDO;
                return;
            }
            break;
        case '@':
            if (r.startsIdentifier(1)) {
                r.next();
                t.type = CssToken::AtKeyword;
                t.value = consumeName();
                return;
            }
            break;
        case '\\':
            if (r.validEscape()) {
                consumeIdentLike(t);
                return;
            }
            break;
        default:
            if (c >= '0' && c <= '9') {
                consumeNumeric(t);
                return;
            }
            if (isNameStart(c)) {
                consumeIdentLike(t);
                return;
            }
            break;
        }
        t.type = CssToken::Delim;
        Reader::append(t.value, r.next());
    }

    Reader r;
};

} // namespace

bool CssToken::isIdent(QStringView name) const
{
    return type == Ident && value.compare(name, Qt::CaseInsensitive) == 0;
}

CssTokens CssTokenizer::tokenize(QStringView css)
{
    return Tokenizer(css).run();
}

QString CssTokenizer::serialize(const CssTokens &tokens, qsizetype from, qsizetype to)
{
    if (to < 0 || to > tokens.size())
        to = tokens.size();
    QString s;
    for (qsizetype i = from; i < to; ++i) {
        if (tokens.at(i).type == CssToken::Whitespace) {
            if (!s.isEmpty() && !s.endsWith(QLatin1Char(' ')))
                s += QLatin1Char(' ');
        } else {
            s += tokens.at(i).source;
        }
    }
    return s.trimmed();
}

} // namespace xj
