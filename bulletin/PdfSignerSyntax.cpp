#include "PdfSignerSyntax.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

namespace xj::pdf {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return isSpace(c) || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
        || c == '/' || c == '%';
}

// The end of a run of regular characters (a name's or number's or keyword's body).
qsizetype regularEnd(const QByteArray &b, qsizetype pos)
{
    while (pos < b.size() && !isDelimiter(b.at(pos)))
        ++pos;
    return pos;
}

bool isUnsigned(const QByteArray &b, qsizetype from, qsizetype to)
{
    if (from >= to)
        return false;
    for (qsizetype i = from; i < to; ++i)
        if (b.at(i) < '0' || b.at(i) > '9')
            return false;
    return true;
}

// The end of a literal string starting at '(' (nested parentheses, backslash escapes).
qsizetype literalEnd(const QByteArray &b, qsizetype pos)
{
    int depth = 0;
    for (qsizetype i = pos; i < b.size(); ++i) {
        const char c = b.at(i);
        if (c == '\\')
            ++i;
        else if (c == '(')
            ++depth;
        else if (c == ')' && --depth == 0)
            return i + 1;
    }
    return -1;
}

// Nesting limit: a hostile file must not exhaust the stack.
constexpr int kMaxDepth = 64;

qsizetype valueEndAt(const QByteArray &b, qsizetype pos, int depth)
{
    if (depth > kMaxDepth || pos < 0 || pos >= b.size())
        return -1;
    const char c = b.at(pos);
    if (c == '<' && pos + 1 < b.size() && b.at(pos + 1) == '<') {
        qsizetype p = pos + 2;
        for (;;) {
            p = skipSpace(b, p);
            if (p + 1 < b.size() && b.at(p) == '>' && b.at(p + 1) == '>')
                return p + 2;
            if (p >= b.size() || b.at(p) != '/')
                return -1;
            p = regularEnd(b, p + 1);
            p = valueEndAt(b, skipSpace(b, p), depth + 1);
            if (p < 0)
                return -1;
        }
    }
    if (c == '<') {
        const qsizetype close = b.indexOf('>', pos);
        return close < 0 ? -1 : close + 1;
    }
    if (c == '(')
        return literalEnd(b, pos);
    if (c == '[') {
        qsizetype p = pos + 1;
        for (;;) {
            p = skipSpace(b, p);
            if (p < b.size() && b.at(p) == ']')
                return p + 1;
            p = valueEndAt(b, p, depth + 1);
            if (p < 0)
                return -1;
        }
    }
    if (c == '/')
        return regularEnd(b, pos + 1);
    if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
        const qsizetype end = regularEnd(b, pos);
        // "N G R" is one value: look ahead without committing.
        if (isUnsigned(b, pos, end)) {
            const qsizetype genBegin = skipSpace(b, end);
            const qsizetype genEnd = regularEnd(b, genBegin);
            if (isUnsigned(b, genBegin, genEnd)) {
                const qsizetype r = skipSpace(b, genEnd);
                if (r < b.size() && b.at(r) == 'R' && (r + 1 == b.size() || isDelimiter(b.at(r + 1))))
                    return r + 1;
            }
        }
        return end;
    }
    if (isDelimiter(c))
        return -1;
    return regularEnd(b, pos); // true, false, null
}

} // namespace

qsizetype skipSpace(const QByteArray &b, qsizetype pos)
{
    while (pos >= 0 && pos < b.size()) {
        if (isSpace(b.at(pos))) {
            ++pos;
        } else if (b.at(pos) == '%') {
            while (pos < b.size() && b.at(pos) != '\n' && b.at(pos) != '\r')
                ++pos;
        } else {
            break;
        }
    }
    return pos;
}

qsizetype valueEnd(const QByteArray &b, qsizetype pos)
{
    return valueEndAt(b, pos, 0);
}

Span valueAt(const QByteArray &b, qsizetype pos)
{
    const qsizetype begin = skipSpace(b, pos);
    const qsizetype end = valueEnd(b, begin);
    return end < 0 ? Span{} : Span{begin, end};
}

std::optional<QList<Entry>> dictEntries(const QByteArray &b, Span dict)
{
    if (!dict.valid() || dict.end - dict.begin < 4 || !b.mid(dict.begin).startsWith("<<"))
        return std::nullopt;
    QList<Entry> out;
    qsizetype p = dict.begin + 2;
    for (;;) {
        p = skipSpace(b, p);
        if (p + 1 >= dict.end || b.at(p) == '>')
            break;
        if (b.at(p) != '/')
            return std::nullopt;
        const qsizetype keyEnd = regularEnd(b, p + 1);
        const Span value = valueAt(b, keyEnd);
        if (!value.valid() || value.end > dict.end)
            return std::nullopt;
        out.append({b.mid(p + 1, keyEnd - p - 1), value});
        p = value.end;
    }
    return out;
}

std::optional<Span> dictValue(const QByteArray &b, Span dict, const QByteArray &key)
{
    const auto entries = dictEntries(b, dict);
    if (entries)
        for (const Entry &e : *entries)
            if (e.key == key)
                return e.value;
    return std::nullopt;
}

std::optional<QList<Span>> arrayItems(const QByteArray &b, Span array)
{
    if (!array.valid() || array.end - array.begin < 2 || b.at(array.begin) != '[')
        return std::nullopt;
    QList<Span> out;
    qsizetype p = array.begin + 1;
    for (;;) {
        p = skipSpace(b, p);
        if (p >= array.end - 1)
            break;
        const Span item = valueAt(b, p);
        if (!item.valid() || item.end > array.end - 1)
            return std::nullopt;
        out.append(item);
        p = item.end;
    }
    return out;
}

std::optional<Ref> refAt(const QByteArray &b, Span value)
{
    const QList<QByteArray> parts = textOf(b, value).simplified().split(' ');
    if (parts.size() != 3 || parts.at(2) != "R")
        return std::nullopt;
    bool ok1 = false, ok2 = false;
    const Ref r{parts.at(0).toInt(&ok1), parts.at(1).toInt(&ok2)};
    return ok1 && ok2 && r.valid() ? std::optional<Ref>(r) : std::nullopt;
}

std::optional<qint64> integerAt(const QByteArray &b, Span value)
{
    bool ok = false;
    const qint64 v = textOf(b, value).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

QByteArray textOf(const QByteArray &b, Span s)
{
    return s.valid() ? b.mid(s.begin, s.end - s.begin) : QByteArray();
}

QByteArray withEntry(const QByteArray &dict, const QByteArray &key, const QByteArray &value)
{
    const Span whole{0, dict.size()};
    if (const auto old = dictValue(dict, whole, key))
        return dict.left(old->begin) + value + dict.mid(old->end);
    const qsizetype close = dict.lastIndexOf(">>");
    return dict.left(close) + " /" + key + ' ' + value + ' ' + dict.mid(close);
}

QByteArray withoutEntry(const QByteArray &dict, const QByteArray &key)
{
    const auto entries = dictEntries(dict, {0, dict.size()});
    if (entries)
        for (const Entry &e : *entries)
            if (e.key == key) {
                const qsizetype keyAt = dict.lastIndexOf('/' + key, e.value.begin);
                return dict.left(keyAt) + dict.mid(e.value.end);
            }
    return dict;
}

QByteArray withItem(const QByteArray &array, const QByteArray &item)
{
    const qsizetype close = array.lastIndexOf(']');
    return array.left(close) + ' ' + item + array.mid(close);
}

QByteArray textString(const QString &s)
{
    bool ascii = true;
    for (const QChar c : s)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii) {
        QByteArray out = "(";
        for (const char c : s.toLatin1()) {
            if (c == '(' || c == ')' || c == '\\')
                out += '\\';
            out += c;
        }
        return out + ')';
    }
    QByteArray utf16 = "\xFE\xFF";
    for (const QChar c : s) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QString decodeTextString(const QByteArray &b, Span value)
{
    const QByteArray text = textOf(b, value);
    QByteArray raw;
    if (text.startsWith('<')) {
        raw = QByteArray::fromHex(text.mid(1, text.size() - 2));
    } else if (text.startsWith('(')) {
        for (qsizetype i = 1; i + 1 < text.size(); ++i) {
            char c = text.at(i);
            if (c == '\\' && i + 2 < text.size()) {
                const char e = text.at(++i);
                if (e >= '0' && e <= '7') {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i + 1 < text.size() - 1 && text.at(i + 1) >= '0' && text.at(i + 1) <= '7'; ++k)
                        v = v * 8 + (text.at(++i) - '0');
                    c = char(v);
                } else {
                    c = e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e == 'b' ? '\b' : e == 'f' ? '\f' : e;
                }
            }
            raw += c;
        }
    }
    if (raw.startsWith("\xFE\xFF"))
        return QStringDecoder(QStringDecoder::Utf16BE)(raw.mid(2));
    if (raw.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(raw.mid(3));
    return QString::fromLatin1(raw);
}

} // namespace xj::pdf
