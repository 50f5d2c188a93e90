#include "PageDecoder.h"

#include "TextCodec.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

namespace xj {

namespace {

// The prescan's limits: the spec's 1024 bytes, then (Chromium's extension) on through the head.
constexpr qsizetype kUnconditionalBytes = 1024;
constexpr qsizetype kMaxPrescanBytes = 64 * 1024;

bool isSpace(char c) // the HTML spec's ASCII whitespace
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

bool startsWithNoCase(const char *p, qsizetype avail, const char *lit)
{
    qsizetype i = 0;
    for (; lit[i]; ++i)
        if (i >= avail || lower(p[i]) != lit[i])
            return false;
    return true;
}

QByteArray unquote(QByteArray v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        v = v.mid(1, v.size() - 2).trimmed();
    return v;
}

// Cursor over the scanned window; every read past the end ends the prescan (the spec's "abort").
struct Scanner {
    const char *d;
    qsizetype n;
    qsizetype pos = 0;
    bool atEnd() const { return pos >= n; }
    char cur() const { return d[pos]; }
};

struct Attribute {
    QByteArray name, value;
};

// WHATWG "get an attribute". Returns false at '>' (no more attributes) or at the end of data.
bool getAttribute(Scanner &s, Attribute *out)
{
    while (!s.atEnd() && (isSpace(s.cur()) || s.cur() == '/'))
        ++s.pos;
    if (s.atEnd() || s.cur() == '>')
        return false;
    out->name.clear();
    out->value.clear();
    bool sawEquals = false;
    for (;; ++s.pos) { // attribute name
        if (s.atEnd())
            return false;
        const char c = s.cur();
        if (c == '=' && !out->name.isEmpty()) {
            ++s.pos;
            sawEquals = true;
            break;
        }
        if (isSpace(c))
            break;
        if (c == '/' || c == '>')
            return true;
        out->name += lower(c);
    }
    if (!sawEquals) { // spaces, then maybe "="
        while (!s.atEnd() && isSpace(s.cur()))
            ++s.pos;
        if (s.atEnd() || s.cur() != '=')
            return !s.atEnd();
        ++s.pos;
    }
    while (!s.atEnd() && isSpace(s.cur()))
        ++s.pos;
    if (s.atEnd())
        return false;
    if (s.cur() == '"' || s.cur() == '\'') {
        const char quote = s.cur();
        for (++s.pos; !s.atEnd(); ++s.pos) {
            if (s.cur() == quote) {
                ++s.pos;
                return true;
            }
            out->value += lower(s.cur());
        }
        return false;
    }
    if (s.cur() == '>')
        return true;
    for (; !s.atEnd(); ++s.pos) {
        if (isSpace(s.cur()) || s.cur() == '>')
            return true;
        out->value += lower(s.cur());
    }
    return false;
}

// WHATWG "extracting a character encoding from a meta element" (the content attribute).
QByteArray charsetFromMetaContent(const QByteArray &content)
{
    qsizetype pos = 0;
    for (;;) {
        const qsizetype at = content.indexOf("charset", pos); // value is already lower-cased
        if (at < 0)
            return {};
        pos = at + 7;
        while (pos < content.size() && isSpace(content.at(pos)))
            ++pos;
        if (pos >= content.size() || content.at(pos) != '=')
            continue;
        ++pos;
        while (pos < content.size() && isSpace(content.at(pos)))
            ++pos;
        if (pos >= content.size())
            return {};
        const char c = content.at(pos);
        if (c == '"' || c == '\'') {
            const qsizetype end = content.indexOf(c, pos + 1);
            return end < 0 ? QByteArray() : content.mid(pos + 1, end - pos - 1);
        }
        qsizetype end = pos;
        while (end < content.size() && !isSpace(content.at(end)) && content.at(end) != ';')
            ++end;
        return content.mid(pos, end - pos);
    }
}

// Past the first 1024 bytes the scan goes on only while it is still in the head.
bool headOnlyTag(const QByteArray &name)
{
    static const char *const tags[] = {"html", "head", "meta", "link", "title", "base", "script",
                                       "style", "noscript", "template", "bgsound"};
    for (const char *t : tags)
        if (name == t)
            return true;
    return false;
}

QString decodeLossy(const QByteArray &bytes, const QString &charset, bool *lossy)
{
    bool ok = false;
    QString text = TextCodec::decodeWith(bytes, charset.toLatin1(), &ok);
    *lossy = !ok;
    return text;
}

} // namespace

QByteArray PageDecoder::charsetFromContentType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts.at(i).trimmed();
        const qsizetype eq = param.indexOf('=');
        if (eq > 0 && param.left(eq).trimmed().toLower() == "charset")
            return unquote(param.mid(eq + 1));
    }
    return {};
}

QByteArray PageDecoder::prescanMetaCharset(const QByteArray &body)
{
    Scanner s{body.constData(), std::min(body.size(), kMaxPrescanBytes)};
    bool inBody = false;
    for (; !s.atEnd(); ++s.pos) {
        const char *p = s.d + s.pos;
        const qsizetype avail = s.n - s.pos;
        if (*p != '<')
            continue;
        if (startsWithNoCase(p, avail, "<!--")) {
            const qsizetype end = body.indexOf("-->", s.pos + 2); // "<!-->" closes itself
            if (end < 0 || end >= s.n)
                return {};
            s.pos = end + 2;
        } else if (startsWithNoCase(p, avail, "<meta") && avail > 5 && (isSpace(p[5]) || p[5] == '/')) {
            s.pos += 5;
            QSet<QByteArray> seen;
            bool gotPragma = false;
            int needPragma = -1; // -1: null, 0: false, 1: true
            QByteArray charset;
            Attribute a;
            while (getAttribute(s, &a)) {
                if (seen.contains(a.name))
                    continue;
                seen.insert(a.name);
                if (a.name == "http-equiv") {
                    gotPragma = gotPragma || a.value == "content-type";
                } else if (a.name == "content" && charset.isEmpty()) {
                    charset = charsetFromMetaContent(a.value);
                    if (!charset.isEmpty())
                        needPragma = 1;
                } else if (a.name == "charset") {
                    charset = a.value.trimmed();
                    needPragma = 0;
                }
            }
            if (s.atEnd())
                return {};
            if (needPragma == -1 || (needPragma == 1 && !gotPragma))
                continue;
            if (!canonicalCharset(charset, true).isEmpty())
                return charset;
        } else if ((avail > 1 && isAlpha(p[1])) || (avail > 2 && p[1] == '/' && isAlpha(p[2]))) {
            const bool endTag = p[1] == '/';
            s.pos += endTag ? 2 : 1;
            QByteArray name;
            while (!s.atEnd() && !isSpace(s.cur()) && s.cur() != '>')
                name += lower(s.d[s.pos++]);
            // Chromium's rule: past 1024 bytes, stop once the body has begun.
            inBody = inBody || (endTag ? name == "head" : !headOnlyTag(name));
            if (inBody && s.pos > kUnconditionalBytes)
                return {};
            Attribute a;
            while (getAttribute(s, &a)) {
            }
            if (s.atEnd())
                return {};
        } else if (startsWithNoCase(p, avail, "<!") || startsWithNoCase(p, avail, "</")
                   || startsWithNoCase(p, avail, "<?")) {
            const qsizetype end = body.indexOf('>', s.pos + 1);
            if (end < 0 || end >= s.n)
                return {};
            s.pos = end;
        }
    }
    return {};
}

QString PageDecoder::canonicalCharset(const QByteArray &label, bool fromMeta)
{
    const QByteArray l = unquote(label).toLower();
    if (l.isEmpty())
        return {};
    // Kept in step with TextCodec::decodeWith, which reads the same labels as GB18030.
    static const char *const gb[] = {"gb2312", "gbk", "x-gbk", "cp936", "windows-936", "ms936",
                                     "gb_2312-80", "gb_2312", "csgb2312", "euc-cn", "x-euc-cn",
                                     "chinese", "csiso58gb231280", "iso-ir-58", "gb18030"};
    for (const char *g : gb)
        if (l == g)
            return QStringLiteral("GB18030");
    if (l == "utf8" || l == "utf-8" || l == "unicode-1-1-utf-8")
        return QStringLiteral("UTF-8");
    if (fromMeta && l.startsWith("utf-16"))
        return QStringLiteral("UTF-8");
    static const char *const latin[] = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
                                        "us-ascii", "ascii", "cp819", "cp1252", "x-cp1252",
                                        "x-user-defined"};
    for (const char *w : latin)
        if (l == w)
            return QStringLiteral("windows-1252");
    QStringDecoder probe(l.constData());
    return probe.isValid() ? QString::fromLatin1(probe.name()) : QString();
}

DecodedPage PageDecoder::decode(const QByteArray &body, const QByteArray &contentType)
{
    DecodedPage page;
    struct Bom { const char *bytes; int size; const char *charset; };
    static const Bom boms[] = {{"\xEF\xBB\xBF", 3, "UTF-8"}, {"\xFF\xFE", 2, "UTF-16LE"}, {"\xFE\xFF", 2, "UTF-16BE"}};
    for (const Bom &bom : boms) {
        if (body.startsWith(QByteArrayView(bom.bytes, bom.size))) {
            page.source = DecodedPage::Source::Bom;
            page.charset = QString::fromLatin1(bom.charset);
            page.text = decodeLossy(body.mid(bom.size), page.charset, &page.lossy);
            return page;
        }
    }

    // A label the decoder does not know (charset=none, utf8mb4…) is ignored, as browsers do.
    const QByteArray headerLabel = charsetFromContentType(contentType);
    const QString headerCharset = canonicalCharset(headerLabel);
    if (!headerCharset.isEmpty()) {
        page.source = DecodedPage::Source::Header;
        page.declaredLabel = QString::fromLatin1(headerLabel);
        page.charset = headerCharset;
        page.text = decodeLossy(body, headerCharset, &page.lossy);
        return page;
    }

    const QByteArray metaLabel = prescanMetaCharset(body);
    if (!metaLabel.isEmpty()) {
        page.source = DecodedPage::Source::Meta;
        page.declaredLabel = QString::fromLatin1(metaLabel);
        page.charset = canonicalCharset(metaLabel, true);
        page.text = decodeLossy(body, page.charset, &page.lossy);
        return page;
    }

    page.source = DecodedPage::Source::Detected;
    QString error;
    if (const auto detected = TextCodec::decode(body, &error)) {
        page.text = detected->text;
        page.charset = detected->encoding;
        return page;
    }
    // Undecodable either way: show what a browser would, picking the reading that loses less.
    bool lossyUtf8 = false, lossyGb = false;
    const QString utf8 = decodeLossy(body, QStringLiteral("UTF-8"), &lossyUtf8);
    const QString gb = decodeLossy(body, QStringLiteral("GB18030"), &lossyGb);
    const bool useUtf8 = utf8.count(QChar::ReplacementCharacter) <= gb.count(QChar::ReplacementCharacter);
    page.text = useUtf8 ? utf8 : gb;
    page.charset = useUtf8 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
    page.lossy = true;
    return page;
}

QString PageDecoder::sourceCode(DecodedPage::Source source)
{
    switch (source) {
    case DecodedPage::Source::Bom: return QStringLiteral("bom");
    case DecodedPage::Source::Header: return QStringLiteral("header");
    case DecodedPage::Source::Meta: return QStringLiteral("meta");
    case DecodedPage::Source::Detected: break;
    }
    return QStringLiteral("detected");
}

QString PageDecoder::sourceLabel(DecodedPage::Source source)
{
    switch (source) {
    case DecodedPage::Source::Bom: return QCoreApplication::translate("PageDecoder", "byte order mark");
    case DecodedPage::Source::Header: return QCoreApplication::translate("PageDecoder", "HTTP Content-Type header");
    case DecodedPage::Source::Meta: return QCoreApplication::translate("PageDecoder", "<meta> charset in the page");
    case DecodedPage::Source::Detected: break;
    }
    return QCoreApplication::translate("PageDecoder", "detected from the bytes");
}

} // namespace xj
