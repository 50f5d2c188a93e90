#include "DarkLinkScript.h"

#include <QHash>
#include <QList>

#include <algorithm>

namespace xj {

namespace {

struct JsToken {
    enum Type { Identifier, String, Punct, Other };
    Type type = Other;
    QString text; // identifier or punctuator as written; string literal decoded
};

int hex(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

class JsTokenizer {
public:
    explicit JsTokenizer(const QString &s) : src(s) {}

    QList<JsToken> run()
    {
        QList<JsToken> out;
        while (p < src.size()) {
            const QChar c = src.at(p);
            if (c.isSpace()) {
                ++p;
            } else if (c == QLatin1Char('/') && peek(1) == QLatin1Char('/')) {
                while (p < src.size() && src.at(p) != QLatin1Char('\n'))
                    ++p;
            } else if (c == QLatin1Char('/') && peek(1) == QLatin1Char('*')) {
                const qsizetype end = src.indexOf(QStringLiteral("*/"), p + 2);
                p = end < 0 ? src.size() : end + 2;
            } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
                out.append({JsToken::String, string(c)});
            } else if (c == QLatin1Char('/') && regexAllowed(out)) {
                skipRegex();
                out.append({JsToken::Other, QStringLiteral("/re/")});
            } else if (c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$')) {
                const qsizetype start = p;
                while (p < src.size() && (src.at(p).isLetterOrNumber() || src.at(p) == QLatin1Char('_') || src.at(p) == QLatin1Char('$')))
                    ++p;
                out.append({JsToken::Identifier, src.mid(start, p - start)});
            } else if (c.isDigit()) {
                while (p < src.size() && (src.at(p).isLetterOrNumber() || src.at(p) == QLatin1Char('.')))
                    ++p;
                out.append({JsToken::Other, QStringLiteral("0")});
            } else {
                // Punctuators that matter: "+=", "==", "===", "!=", "=>"; others one character.
                QString punct(c);
                ++p;
                if ((c == QLatin1Char('+') || c == QLatin1Char('=') || c == QLatin1Char('!')) && peek() == QLatin1Char('=')) {
                    punct += QLatin1Char('=');
                    ++p;
                    if (peek() == QLatin1Char('=')) {
                        punct += QLatin1Char('=');
                        ++p;
                    }
                } else if (c == QLatin1Char('=') && peek() == QLatin1Char('>')) {
                    punct += QLatin1Char('>');
                    ++p;
                }
                out.append({JsToken::Punct, punct});
            }
        }
        return out;
    }

private:
    QChar peek(qsizetype ahead = 0) const { return p + ahead < src.size() ? src.at(p + ahead) : QChar(); }

    // A "/" starts a regular expression where an expression may start (after an operator or an
    // opening bracket), and is division after a value.
    static bool regexAllowed(const QList<JsToken> &before)
    {
        if (before.isEmpty())
            return true;
        const JsToken &t = before.last();
        if (t.type == JsToken::Punct)
            return t.text != QLatin1String(")") && t.text != QLatin1String("]");
        if (t.type == JsToken::Identifier)
            return t.text == QLatin1String("return") || t.text == QLatin1String("typeof") || t.text == QLatin1String("case");
        return false;
    }

    void skipRegex()
    {
        ++p;
        bool inClass = false;
        while (p < src.size() && src.at(p) != QLatin1Char('\n')) {
            const QChar c = src.at(p++);
            if (c == QLatin1Char('\\'))
                ++p;
            else if (c == QLatin1Char('['))
                inClass = true;
            else if (c == QLatin1Char(']'))
                inClass = false;
            else if (c == QLatin1Char('/') && !inClass)
                break;
        }
        while (p < src.size() && src.at(p).isLetter())
            ++p; // flags
    }

    QString string(QChar quote)
    {
        ++p;
        QString value;
        int templateDepth = 0; // inside ${…} of a template literal: not text
        while (p < src.size()) {
            const QChar c = src.at(p++);
            if (templateDepth > 0) {
                if (c == QLatin1Char('{'))
                    ++templateDepth;
                else if (c == QLatin1Char('}'))
                    --templateDepth;
                continue;
            }
            if (c == quote)
                break;
            if (quote == QLatin1Char('`') && c == QLatin1Char('$') && peek() == QLatin1Char('{')) {
                ++p;
                templateDepth = 1;
                continue;
            }
            if (c == QLatin1Char('\n') && quote != QLatin1Char('`'))
                break; // unterminated
            if (c != QLatin1Char('\\')) {
                value += c;
                continue;
            }
            if (p >= src.size())
                break;
            const QChar e = src.at(p++);
            switch (e.unicode()) {
            case 'n': value += QLatin1Char('\n'); break;
            case 't': value += QLatin1Char('\t'); break;
            case 'r': value += QLatin1Char('\r'); break;
            case 'b': value += QChar(8); break;
            case 'f': value += QChar(12); break;
            case 'v': value += QChar(11); break;
            case '0': value += QChar(0); break;
            case '\n': break; // line continuation
            case 'x':
                if (p + 1 < src.size() && hex(src.at(p)) >= 0 && hex(src.at(p + 1)) >= 0) {
                    value += QChar(hex(src.at(p)) * 16 + hex(src.at(p + 1)));
                    p += 2;
                }
                break;
            case 'u':
                value += unicodeEscape();
                break;
            default: value += e;
            }
        }
        return value;
    }

    // After "\u": XXXX or {X…}.
    QString unicodeEscape()
    {
        uint code = 0;
        if (peek() == QLatin1Char('{')) {
            ++p;
            while (p < src.size() && hex(src.at(p)) >= 0)
                code = code * 16 + uint(hex(src.at(p++)));
            if (peek() == QLatin1Char('}'))
                ++p;
        } else {
            for (int i = 0; i < 4 && p < src.size() && hex(src.at(p)) >= 0; ++i)
                code = code * 16 + uint(hex(src.at(p++)));
        }
        if (code > 0x10FFFF)
            return QString(QChar(0xFFFD));
        const char32_t cp = code;
        return QString::fromUcs4(&cp, 1);
    }

    const QString &src;
    qsizetype p = 0;
};

// %XX and %uXXXX, as unescape() decodes them (bytes above 0x7F as Latin-1 code points).
QString unescapeJs(const QString &s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('%')) {
            if (i + 5 < s.size() && s.at(i + 1).toLower() == QLatin1Char('u')) {
                int v = 0;
                bool ok = true;
                for (int k = 2; k < 6; ++k) {
                    const int h = hex(s.at(i + k));
                    ok = ok && h >= 0;
                    v = v * 16 + std::max(0, h);
                }
                if (ok) {
                    out += QChar(v);
                    i += 5;
                    continue;
                }
            }
            if (i + 2 < s.size() && hex(s.at(i + 1)) >= 0 && hex(s.at(i + 2)) >= 0) {
                const int byte = hex(s.at(i + 1)) * 16 + hex(s.at(i + 2));
                if (byte >= 0x80) {
                    // A run of %XX bytes above 0x7F is most likely UTF-8 (decodeURIComponent).
                    qsizetype j = i;
                    QByteArray bytes;
                    while (j + 2 < s.size() && s.at(j) == QLatin1Char('%') && hex(s.at(j + 1)) >= 0 && hex(s.at(j + 2)) >= 0) {
                        bytes += char(hex(s.at(j + 1)) * 16 + hex(s.at(j + 2)));
                        j += 3;
                    }
                    out += QString::fromUtf8(bytes);
                    i = j - 1;
                    continue;
                }
                out += QChar(byte);
                i += 2;
                continue;
            }
        }
        out += s.at(i);
    }
    return out;
}

bool isPunct(const JsToken &t, const char *p)
{
    return t.type == JsToken::Punct && t.text == QLatin1String(p);
}

class SinkFinder {
public:
    explicit SinkFinder(QList<JsToken> tokens) : t(std::move(tokens)) {}

    QStringList run()
    {
        QStringList out;
        for (qsizetype i = 0; i < t.size(); ++i) {
            rememberAssignment(i);
            QString html;
            bool found = false;
            if (t.at(i).type == JsToken::Identifier && i + 1 < t.size() && isPunct(t.at(i + 1), "(") && i > 0
                && isPunct(t.at(i - 1), ".")) {
                static const QStringList calls = {QStringLiteral("write"), QStringLiteral("writeln"),
                                                  QStringLiteral("insertAdjacentHTML"), QStringLiteral("html"),
                                                  QStringLiteral("append"), QStringLiteral("prepend"),
                                                  QStringLiteral("before"), QStringLiteral("after"),
                                                  QStringLiteral("replaceWith")};
                if (calls.contains(t.at(i).text)) {
                    html = joinStrings(i + 2, closing(i + 1));
                    found = true;
                }
            } else if (t.at(i).type == JsToken::Identifier
                       && (t.at(i).text == QLatin1String("innerHTML") || t.at(i).text == QLatin1String("outerHTML"))
                       && i + 1 < t.size() && (isPunct(t.at(i + 1), "=") || isPunct(t.at(i + 1), "+="))) {
                html = joinStrings(i + 2, statementEnd(i + 2));
                found = true;
            }
            if (!found)
                continue;
            if (!html.contains(QLatin1Char('<')) && html.contains(QLatin1String("%3C"), Qt::CaseInsensitive))
                html = unescapeJs(html);
            if (html.contains(QLatin1Char('<')))
                out << html;
        }
        return out;
    }

private:
    // Index of the ")" matching the "(" at open (or the end).
    qsizetype closing(qsizetype open) const
    {
        int depth = 0;
        for (qsizetype k = open; k < t.size(); ++k) {
            if (isPunct(t.at(k), "(") || isPunct(t.at(k), "[") || isPunct(t.at(k), "{"))
                ++depth;
            else if ((isPunct(t.at(k), ")") || isPunct(t.at(k), "]") || isPunct(t.at(k), "}")) && --depth == 0)
                return k;
        }
        return t.size();
    }

    // The end of an expression statement: ";" at depth 0, or a closer of an enclosing bracket.
    qsizetype statementEnd(qsizetype from) const
    {
        int depth = 0;
        for (qsizetype k = from; k < t.size(); ++k) {
            if (isPunct(t.at(k), "(") || isPunct(t.at(k), "[") || isPunct(t.at(k), "{"))
                ++depth;
            else if (isPunct(t.at(k), ")") || isPunct(t.at(k), "]") || isPunct(t.at(k), "}")) {
                if (--depth < 0)
                    return k;
            } else if (depth == 0 && (isPunct(t.at(k), ";") || isPunct(t.at(k), ",")))
                return k;
        }
        return t.size();
    }

    // The string literals of [from, to) in order, with known variables substituted.
    QString joinStrings(qsizetype from, qsizetype to) const
    {
        QString s;
        for (qsizetype k = from; k < to && k < t.size(); ++k) {
            const JsToken &tok = t.at(k);
            if (tok.type == JsToken::String)
                s += tok.text;
            else if (tok.type == JsToken::Identifier && m_vars.contains(tok.text) && !(k > 0 && isPunct(t.at(k - 1), "."))
                     && !(k + 1 < t.size() && (isPunct(t.at(k + 1), "(") || isPunct(t.at(k + 1), "."))))
                s += m_vars.value(tok.text);
        }
        return s;
    }

    // "name = …;" and "name += …;" (with var/let/const): the strings the variable holds.
    void rememberAssignment(qsizetype i)
    {
        if (t.at(i).type != JsToken::Identifier || i + 1 >= t.size())
            return;
        if (i > 0 && isPunct(t.at(i - 1), "."))
            return;
        const bool append = isPunct(t.at(i + 1), "+=");
        if (!append && !isPunct(t.at(i + 1), "="))
            return;
        const QString value = joinStrings(i + 2, statementEnd(i + 2));
        if (append)
            m_vars[t.at(i).text] += value;
        else
            m_vars[t.at(i).text] = value;
    }

    QList<JsToken> t;
    QHash<QString, QString> m_vars;
};

} // namespace

QStringList DarkLinkScript::writtenHtml(const QString &script)
{
    return SinkFinder(JsTokenizer(script).run()).run();
}

} // namespace xj
