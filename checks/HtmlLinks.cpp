// Link extraction: every URL a page makes the browser fetch or offers to the visitor, because the
// availability indicator (W-D-LINK) counts broken images, attachments and external links alike,
// and the hidden-link notice needs every anchor. Each source attribute gives one link per URL.

#include "HtmlInternal.h"
#include "UrlNormalizer.h"

#include <QStringEncoder>
#include <QUrlQuery>

namespace xj::htmlinternal {

namespace {

const char *const kAttachmentExtensions[] = {"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps",
                                             "et",  "dps", "zip", "rar", "7z",  "txt", "csv", "ofd", "ceb"};

bool hasAttachmentExtension(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || name.size() - dot > 6)
        return false;
    const QString ext = name.mid(dot + 1).trimmed().toLower();
    for (const char *e : kAttachmentExtensions)
        if (ext == QLatin1String(e))
            return true;
    return false;
}

bool isAsciiSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\f')
           || c == QLatin1Char('\r');
}

// Browsers encode the query of a link on a non-UTF-8 page in the page's charset.
QString encodeQuery(const QString &href, const QString &charset)
{
    if (charset.isEmpty() || charset.startsWith(QLatin1String("UTF"), Qt::CaseInsensitive))
        return href;
    const qsizetype q = href.indexOf(QLatin1Char('?'));
    if (q < 0)
        return href;
    qsizetype end = href.indexOf(QLatin1Char('#'), q);
    if (end < 0)
        end = href.size();
    bool ascii = true;
    for (qsizetype i = q; i < end && ascii; ++i)
        ascii = href.at(i).unicode() < 0x80;
    if (ascii)
        return href;
    QStringEncoder encoder(charset.toLatin1().constData());
    if (!encoder.isValid())
        return href;
    const QByteArray bytes = encoder.encode(QStringView(href).mid(q + 1, end - q - 1));
    if (encoder.hasError())
        return href; // a character the charset lacks: leave it to QUrl (UTF-8)
    QString out = href.left(q + 1);
    for (char c : bytes) {
        const auto u = uchar(c);
        if (u < 0x80)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("%%1").arg(u, 2, 16, QLatin1Char('0')).toUpper();
    }
    return out + href.mid(end);
}

class LinkCollector {
public:
    LinkCollector(const QUrl &base, const QString &charset, QList<ExtractedLink> *out, const DomIndex *index)
        : m_base(base), m_charset(charset), m_out(out), m_index(index)
    {
    }

    void element(const GumboNode *n)
    {
        const GumboElement &e = n->v.element;
        // Clones made by the adoption agency / formatting reconstruction repeat a source tag.
        if (n->parse_flags & (GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT | GUMBO_INSERTION_ADOPTION_AGENCY_CLONED))
            return;
        if (e.tag_namespace != GUMBO_NAMESPACE_HTML)
            return;
        using K = ExtractedLink;
        switch (e.tag) {
        case GUMBO_TAG_A:
        case GUMBO_TAG_AREA: {
            if (!hasAttr(n, "href"))
                break;
            const QString text = e.tag == GUMBO_TAG_A ? anchorText(n) : altOrTitle(n);
            const K::Kind plain = e.tag == GUMBO_TAG_A ? K::Anchor : K::Area;
            add(n, "href", text, [&](const QUrl &url) {
                const bool attachment = HtmlDocument::isAttachmentUrl(url) || hasAttr(n, "download")
                                        || hasAttachmentExtension(text); // "通知.pdf" behind download.jsp?id=…
                return attachment ? K::Attachment : plain;
            });
            break;
        }
        case GUMBO_TAG_IMG:
            add(n, "src", altOrTitle(n), K::Image);
            addSrcset(n, K::Image);
            break;
        case GUMBO_TAG_INPUT:
            if (QByteArray(rawAttr(n, "type")).toLower() == "image")
                add(n, "src", altOrTitle(n), K::Image);
            break;
        case GUMBO_TAG_IFRAME: add(n, "src", attr(n, "title"), K::Iframe); break;
        case GUMBO_TAG_FRAME: add(n, "src", attr(n, "title"), K::Frame); break;
        case GUMBO_TAG_SCRIPT: add(n, "src", {}, K::Script); break;
        case GUMBO_TAG_LINK: {
            const QStringList rel = attr(n, "rel").toLower().simplified().split(QLatin1Char(' '));
            if (rel.contains(QLatin1String("dns-prefetch")) || rel.contains(QLatin1String("preconnect")))
                break; // a host hint, not a resource: fetching "//host" would report false errors
            const K::Kind kind = rel.contains(QLatin1String("stylesheet")) ? K::Stylesheet
                                 : (rel.contains(QLatin1String("icon")) || rel.contains(QLatin1String("apple-touch-icon")))
                                     ? K::Icon
                                     : K::OtherLink;
            add(n, "href", attr(n, "title"), kind);
            break;
        }
        case GUMBO_TAG_VIDEO:
            add(n, "poster", {}, K::Image);
            add(n, "src", {}, K::Media);
            break;
        case GUMBO_TAG_AUDIO:
        case GUMBO_TAG_TRACK: add(n, "src", {}, K::Media); break;
        case GUMBO_TAG_SOURCE:
            add(n, "src", {}, K::Source);
            addSrcset(n, K::Source);
            break;
        case GUMBO_TAG_EMBED: add(n, "src", {}, K::Embed); break;
        case GUMBO_TAG_OBJECT: add(n, "data", {}, K::Object); break;
        case GUMBO_TAG_FORM: add(n, "action", {}, K::Form); break;
        case GUMBO_TAG_META:
            if (attr(n, "http-equiv").trimmed().compare(QLatin1String("refresh"), Qt::CaseInsensitive) == 0)
                addUrl(n, "content", HtmlDocument::refreshUrl(attr(n, "content")), {}, K::MetaRefresh);
            break;
        case GUMBO_TAG_BODY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
            add(n, "background", {}, K::Image); // old sites' layout images
            break;
        default:
            break;
        }
    }

private:
    template <typename KindOf>
    void add(const GumboNode *n, const char *attribute, const QString &text, KindOf kindOf)
    {
        if (const char *v = rawAttr(n, attribute))
            addUrl(n, attribute, QString::fromUtf8(v), text, kindOf);
    }
    void add(const GumboNode *n, const char *attribute, const QString &text, ExtractedLink::Kind kind)
    {
        add(n, attribute, text, [kind](const QUrl &) { return kind; });
    }
    void addUrl(const GumboNode *n, const char *attribute, const QString &raw, const QString &text,
                ExtractedLink::Kind kind)
    {
        addUrl(n, attribute, raw, text, [kind](const QUrl &) { return kind; });
    }
    template <typename KindOf>
    void addUrl(const GumboNode *n, const char *attribute, const QString &raw, const QString &text, KindOf kindOf)
    {
        const QUrl url = resolveLink(m_base, raw, m_charset);
        if (!url.isValid())
            return;
        ExtractedLink link;
        link.url = url;
        link.rawHref = raw;
        link.text = text;
        link.kind = kindOf(url);
        link.tag = QString::fromLatin1(gumbo_normalized_tagname(n->v.element.tag));
        link.attribute = QString::fromLatin1(attribute);
        link.line = int(n->v.element.start_pos.line);
        link.column = int(n->v.element.start_pos.column);
        link.node = m_index ? m_index->value(n, -1) : -1;
        m_out->append(link);
    }
    void addSrcset(const GumboNode *n, ExtractedLink::Kind kind)
    {
        const QString text = altOrTitle(n);
        for (const QString &candidate : HtmlDocument::srcsetUrls(attr(n, "srcset")))
            addUrl(n, "srcset", candidate, text, kind);
    }

    static QString altOrTitle(const GumboNode *n)
    {
        const QString alt = attr(n, "alt").simplified();
        return alt.isEmpty() ? attr(n, "title").simplified() : alt;
    }
    // What the anchor shows, on one line; an image link is known by its alt.
    static QString anchorText(const GumboNode *a)
    {
        QString text = renderText(a, 500).replace(QLatin1Char('\n'), QLatin1Char(' ')).left(500);
        if (!text.isEmpty())
            return text;
        int nodesLeft = 256; // bounded, as in renderText
        walk(a,
             [&](const GumboNode *n) {
                 if (text.isEmpty() && isHtml(n, GUMBO_TAG_IMG))
                     text = altOrTitle(n);
                 return text.isEmpty() && isElement(n) && --nodesLeft > 0;
             },
             [](const GumboNode *) {});
        return text.isEmpty() ? attr(a, "title").simplified() : text;
    }

    QUrl m_base;
    QString m_charset;
    QList<ExtractedLink> *m_out;
    const DomIndex *m_index;
};

} // namespace

QUrl resolveLink(const QUrl &base, const QString &href, const QString &queryCharset)
{
    // The URL parser drops tabs and newlines anywhere (hrefs wrapped by editors), and in http(s)
    // URLs reads "\" as "/" (links written on Windows: "..\images\a.jpg").
    QString h;
    h.reserve(href.size());
    for (QChar c : href)
        if (c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            h += c;
    qsizetype pathEnd = h.indexOf(QLatin1Char('?'));
    const qsizetype hash = h.indexOf(QLatin1Char('#'));
    if (pathEnd < 0 || (hash >= 0 && hash < pathEnd))
        pathEnd = hash < 0 ? h.size() : hash;
    for (qsizetype i = 0; i < pathEnd; ++i)
        if (h.at(i) == QLatin1Char('\\'))
            h[i] = QLatin1Char('/');
    return UrlNormalizer::resolve(base, encodeQuery(h, queryCharset));
}

void extractLinks(const GumboNode *document, const QUrl &base, const QString &queryCharset, QList<ExtractedLink> *out,
                  const DomIndex *index)
{
    LinkCollector collector(base, queryCharset, out, index);
    walk(document,
         [&](const GumboNode *n) {
             if (n->type == GUMBO_NODE_DOCUMENT)
                 return true;
             if (n->type != GUMBO_NODE_ELEMENT)
                 return false; // text, comments, and <template> contents (inert until scripted)
             collector.element(n);
             return true;
         },
         [](const GumboNode *) {});
}

} // namespace xj::htmlinternal

namespace xj {

using namespace htmlinternal;

bool HtmlDocument::isAttachmentUrl(const QUrl &url)
{
    if (hasAttachmentExtension(url.path().section(QLatin1Char('/'), -1)))
        return true;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        if (hasAttachmentExtension(item.second.section(QLatin1Char('/'), -1)))
            return true;
    return false;
}

QStringList HtmlDocument::srcsetUrls(const QString &srcset)
{
    QStringList urls;
    qsizetype pos = 0;
    const qsizetype n = srcset.size();
    while (pos < n) {
        while (pos < n && (isAsciiSpace(srcset.at(pos)) || srcset.at(pos) == QLatin1Char(',')))
            ++pos;
        if (pos >= n)
            break;
        const qsizetype start = pos;
        while (pos < n && !isAsciiSpace(srcset.at(pos)))
            ++pos;
        QString url = srcset.mid(start, pos - start);
        if (url.endsWith(QLatin1Char(','))) { // "a.jpg,b.jpg 2x": no descriptors for a.jpg
            while (url.endsWith(QLatin1Char(',')))
                url.chop(1);
        } else { // descriptors run to the next comma outside parentheses
            bool inParens = false;
            for (; pos < n; ++pos) {
                const QChar c = srcset.at(pos);
                if (c == QLatin1Char('('))
                    inParens = true;
                else if (c == QLatin1Char(')'))
                    inParens = false;
                else if (c == QLatin1Char(',') && !inParens)
                    break;
            }
        }
        if (!url.isEmpty())
            urls << url;
    }
    return urls;
}

QString HtmlDocument::refreshUrl(const QString &content)
{
    // HTML "shared declarative refresh steps".
    const qsizetype n = content.size();
    qsizetype pos = 0;
    auto skipSpaces = [&] {
        while (pos < n && isAsciiSpace(content.at(pos)))
            ++pos;
    };
    skipSpaces();
    const qsizetype timeStart = pos;
    auto isDigit = [&](qsizetype i) { return content.at(i) >= QLatin1Char('0') && content.at(i) <= QLatin1Char('9'); };
    while (pos < n && isDigit(pos))
        ++pos;
    if (pos == timeStart && (pos >= n || content.at(pos) != QLatin1Char('.')))
        return {};
    while (pos < n && (isDigit(pos) || content.at(pos) == QLatin1Char('.')))
        ++pos;
    if (pos >= n)
        return {}; // "5": refresh the page itself
    const QChar sep = content.at(pos);
    if (sep != QLatin1Char(';') && sep != QLatin1Char(',') && !isAsciiSpace(sep))
        return {};
    skipSpaces();
    if (pos < n && (content.at(pos) == QLatin1Char(';') || content.at(pos) == QLatin1Char(',')))
        ++pos;
    skipSpaces();
    if (pos >= n)
        return {};
    bool sawUrlKey = true;
    for (const char c : {'u', 'r', 'l'}) {
        if (sawUrlKey && pos < n && content.at(pos).toLower() == QLatin1Char(c))
            ++pos;
        else
            sawUrlKey = false;
    }
    if (sawUrlKey) {
        skipSpaces();
        if (pos < n && content.at(pos) == QLatin1Char('=')) {
            ++pos;
            skipSpaces();
        }
    }
    QChar quote;
    if (pos < n && (content.at(pos) == QLatin1Char('"') || content.at(pos) == QLatin1Char('\''))) {
        quote = content.at(pos);
        ++pos;
    }
    QString url = content.mid(pos);
    if (!quote.isNull() && url.contains(quote))
        url.truncate(url.indexOf(quote));
    return url.trimmed();
}

} // namespace xj
