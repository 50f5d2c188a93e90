#pragma once
// CssTokenizer's input reader (CSS Syntax Level 3 §3.3 preprocessing and §4.3 look-ahead
// checks), shared by nothing else: kept apart so that each file reads in one sitting.

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace xj::csstoken {

inline constexpr char32_t kReplacement = 0xFFFD;

inline bool isHexDigit(char32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

inline bool isNameStart(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

inline bool isName(char32_t c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-';
}

inline bool isWhitespace(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n';
}

inline bool isNonPrintable(char32_t c)
{
    return c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1F) || c == 0x7F;
}

// The input as code points after §3.3 preprocessing (CR, CRLF and FF are newlines; NUL is U+FFFD),
// with an end marker so that look-ahead never runs off the end.

class Reader {
public:
    explicit Reader(QStringView css)
    {
        const QList<uint> ucs4 = css.toUcs4();
        m_cp.reserve(ucs4.size());
        for (qsizetype i = 0; i < ucs4.size(); ++i) {
            char32_t c = ucs4.at(i);
            if (c == '\r') {
                if (i + 1 < ucs4.size() && ucs4.at(i + 1) == '\n')
                    ++i;
                c = '\n';
            } else if (c == '\f') {
                c = '\n';
            } else if (c == 0 || (c >= 0xD800 && c <= 0xDFFF)) {
                c = kReplacement;
            }
            m_cp.push_back(c);
        }
    }
    char32_t peek(qsizetype ahead = 0) const
    {
        const qsizetype i = m_pos + ahead;
        return i < qsizetype(m_cp.size()) ? m_cp.at(i) : 0;
    }
    bool atEnd(qsizetype ahead = 0) const { return m_pos + ahead >= qsizetype(m_cp.size()); }
    char32_t next()
    {
        const char32_t c = peek();
        if (!atEnd()) {
            if (c == '\n')
                ++m_line;
            ++m_pos;
        }
        return c;
    }
    qsizetype pos() const { return m_pos; }
    int line() const { return m_line; }
    QString text(qsizetype from, qsizetype to) const
    {
        QString s;
        for (qsizetype i = from; i < to; ++i)
            append(s, m_cp.at(i));
        return s;
    }
    static void append(QString &s, char32_t c) { s.append(QStringView(QChar::fromUcs4(c))); }

    // §4.3.8: a backslash not followed by a newline (or the end) starts an escape.
    bool validEscape(qsizetype ahead = 0) const
    {
        return peek(ahead) == '\\' && !atEnd(ahead + 1) && peek(ahead + 1) != '\n';
    }
    // §4.3.9
    bool startsIdentifier(qsizetype ahead = 0) const
    {
        const char32_t c = peek(ahead);
        if (atEnd(ahead))
            return false;
        if (c == '-') {
            const char32_t d = peek(ahead + 1);
            return (!atEnd(ahead + 1) && (isNameStart(d) || d == '-')) || validEscape(ahead + 1);
        }
        if (isNameStart(c))
            return true;
        return validEscape(ahead);
    }
    // §4.3.10
    bool startsNumber(qsizetype ahead = 0) const
    {
        const char32_t c = peek(ahead);
        auto digit = [this](qsizetype a) { return !atEnd(a) && peek(a) >= '0' && peek(a) <= '9'; };
        if (c == '+' || c == '-')
            return digit(ahead + 1) || (peek(ahead + 1) == '.' && digit(ahead + 2));
        if (c == '.')
            return digit(ahead + 1);
        return digit(ahead);
    }

private:
    std::vector<char32_t> m_cp;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace xj::csstoken
