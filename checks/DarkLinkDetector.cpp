#include "DarkLinkDetector.h"

#include "CssCascade.h"
#include "CssMedia.h"
#include "DarkLinkHiding.h"
#include "DarkLinkScript.h"
#include "LinkJudge.h"
#include "UrlNormalizer.h"

#include <QHash>
#include <QHostAddress>

#include <memory>
#include <optional>

namespace xj {

namespace {

bool isCandidateKind(ExtractedLink::Kind k)
{
    return k == ExtractedLink::Anchor || k == ExtractedLink::Attachment || k == ExtractedLink::Iframe;
}

bool isWeb(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

// The text content of an element's text children (a <style> or <script>).
QString childText(const DomTree &dom, int e)
{
    QString s;
    for (int c : dom.children(e))
        if (dom.node(c).type == DomNode::Text)
            s += dom.node(c).text;
    return s;
}

bool isScript(const DomTree &dom, int e)
{
    if (!dom.isElement(e, u"script") || dom.hasAttribute(e, u"src"))
        return false;
    const QString type = dom.attribute(e, u"type").trimmed().toLower();
    return type.isEmpty() || type.contains(QLatin1String("javascript")) || type.contains(QLatin1String("ecmascript"))
        || type == QLatin1String("module");
}

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

// Keyword hit in `hay`; short ASCII keywords must not touch letters on either side.
bool containsKeyword(const QString &hay, const QString &keyword)
{
    bool shortAscii = keyword.size() <= 3;
    for (const QChar c : keyword)
        shortAscii = shortAscii && isAsciiAlnum(c);
    if (!shortAscii)
        return hay.contains(keyword, Qt::CaseInsensitive);
    for (qsizetype at = hay.indexOf(keyword, 0, Qt::CaseInsensitive); at >= 0;
         at = hay.indexOf(keyword, at + 1, Qt::CaseInsensitive)) {
        const bool before = at > 0 && hay.at(at - 1).unicode() < 128 && hay.at(at - 1).isLetter();
        const qsizetype end = at + keyword.size();
        const bool after = end < hay.size() && hay.at(end).unicode() < 128 && hay.at(end).isLetter();
        if (!before && !after)
            return true;
    }
    return false;
}

HiddenLink makeLink(const ExtractedLink &l, const QString &technique, const QString &path, int line,
                    const QSet<QString> &own, const QStringList &keywords)
{
    HiddenLink h;
    h.url = l.url;
    h.text = l.text.simplified();
    h.technique = technique;
    h.path = path;
    h.line = line;
    h.external = !DarkLinkDetector::isOwn(l.url, own);
    h.keyword = DarkLinkDetector::severeKeyword(l.url, h.text, keywords);
    h.severe = !h.keyword.isEmpty();
    return h;
}

// Links the page's inline scripts write, with the <script> they come from.
struct WrittenLink {
    ExtractedLink link;
    int script = -1;
    std::optional<Hiding> hiding; // hidden by the written markup itself, or by where the script sits
};

QList<WrittenLink> scriptWrittenLinks(const HtmlDocument &doc, const CssCascade &pageCascade,
                                      const QList<CssStyleSheet> &sheets, const QStringList &labels)
{
    QList<WrittenLink> out;
    const DomTree &dom = doc.dom();
    for (int e : dom.elements(u"script")) {
        if (!isScript(dom, e))
            continue;
        const QStringList written = DarkLinkScript::writtenHtml(childText(dom, e));
        for (const QString &html : written) {
            const HtmlDocument fragment = HtmlDocument::parse(html, doc.baseUrl());
            // The written markup styled by the page's sheets and its own.
            QList<CssStyleSheet> fragmentSheets = sheets;
            QStringList fragmentLabels = labels;
            for (const QString &css : fragment.inlineStyles()) {
                fragmentSheets << CssStyleSheet::parse(css);
                fragmentLabels << QStringLiteral("written <style>");
            }
            const CssCascade cascade(fragment.dom(), fragmentSheets, fragmentLabels);
            const int parent = dom.node(e).parent;
            for (const ExtractedLink &l : fragment.links()) {
                if (!isCandidateKind(l.kind) || !isWeb(l.url) || l.node < 0)
                    continue;
                WrittenLink w {l, e, DarkLinkHiding::why(cascade, l.node)};
                // Written markup lands where the script is; a script in <head> writing a link
                // makes the parser open the body, so only a box in the body can hide it.
                if (!w.hiding && parent >= 0 && dom.isElement(parent) && dom.closest(parent, u"body") >= 0)
                    w.hiding = DarkLinkHiding::why(pageCascade, parent);
                out.append(w);
            }
        }
    }
    return out;
}

} // namespace

QByteArray DarkLinkDetector::crawlerUserAgent()
{
    return QByteArrayLiteral("Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)");
}

bool DarkLinkDetector::isOwn(const QUrl &url, const QSet<QString> &own)
{
    if (own.contains(LinkJudge::authority(url).toLower()))
        return true;
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return true; // nothing outside to point at
    // Addresses have no registrable domain (10.0.0.1 and 127.0.0.1 are not related).
    const bool address = !QHostAddress(host).isNull();
    const QString domain = address ? QString() : registrableDomain(host);
    for (const QString &entry : own) {
        // "host:port" entries (test machines) name one server only: the exact match above.
        const QString h = entry.toLower();
        if (h.isEmpty() || h.contains(QLatin1Char(':')))
            continue;
        if (host == h || host.endsWith(QLatin1Char('.') + h))
            return true;
        if (!address && QHostAddress(h).isNull() && registrableDomain(h) == domain)
            return true;
    }
    return false;
}

QString DarkLinkDetector::severeKeyword(const QUrl &url, const QString &text, const QStringList &keywords)
{
    // The URL as people read it: %-escapes decoded (UTF-8), the host in Unicode.
    const QString hay = QUrl::fromPercentEncoding(url.toEncoded()) + QLatin1Char('\n') + url.host() + QLatin1Char('\n') + text;
    for (const QString &raw : keywords) {
        const QString k = raw.trimmed();
        if (!k.isEmpty() && containsKeyword(hay, k))
            return k;
    }
    return {};
}

QStringList DarkLinkDetector::linkedCssFor(const HtmlDocument &doc, const QHash<QUrl, QString> &cssByUrl)
{
    QStringList css;
    for (const QUrl &url : doc.stylesheetUrls())
        css << cssByUrl.value(url);
    return css;
}

QList<CssStyleSheet> DarkLinkDetector::styleSheets(const HtmlDocument &doc, const QStringList &linkedCss, QStringList *labels)
{
    QList<CssStyleSheet> sheets;
    QStringList names;
    const DomTree &dom = doc.dom();
    QHash<int, int> linkIndex; // <link> element → its place in stylesheetUrls()
    const QList<QUrl> urls = doc.stylesheetUrls();
    int k = 0;
    for (const ExtractedLink &l : doc.links())
        if (l.kind == ExtractedLink::Stylesheet)
            linkIndex.insert(l.node, k++);
    int styles = 0;
    for (int e = 0; e < dom.size(); ++e) {
        if (!dom.isElement(e))
            continue;
        const bool style = dom.node(e).tag == QLatin1String("style");
        const bool link = linkIndex.contains(e);
        if (!style && !link)
            continue;
        if (dom.closest(e, u"noscript") >= 0 || !CssMedia::applies(dom.attribute(e, u"media")))
            continue;
        if (style) {
            ++styles;
            const QString type = dom.attribute(e, u"type").trimmed().toLower();
            if (!type.isEmpty() && type != QLatin1String("text/css"))
                continue;
            sheets << CssStyleSheet::parse(childText(dom, e));
            names << QStringLiteral("inline <style> %1").arg(styles);
            continue;
        }
        const int index = linkIndex.value(e);
        const QStringList rel = dom.attribute(e, u"rel").toLower().simplified().split(QLatin1Char(' '));
        if (index >= linkedCss.size() || rel.contains(QLatin1String("alternate")) || dom.hasAttribute(e, u"disabled"))
            continue;
        sheets << CssStyleSheet::parse(linkedCss.at(index));
        names << (index < urls.size() ? urls.at(index).toString() : QStringLiteral("linked sheet %1").arg(index + 1));
    }
    if (labels)
        *labels = names;
    return sheets;
}

QList<HiddenLink> DarkLinkDetector::detect(const HtmlDocument &doc, const QStringList &linkedCss,
                                           const QSet<QString> &ownAuthorities, const QStringList &severeKeywords)
{
    QList<HiddenLink> out;
    const DomTree &dom = doc.dom();
    if (dom.isEmpty())
        return out;
    QStringList labels;
    const QList<CssStyleSheet> sheets = styleSheets(doc, linkedCss, &labels);
    const CssCascade cascade(dom, sheets, labels);
    std::unique_ptr<CssCascade> pointing; // the page as a visitor hovering and focusing everything sees it
    for (const ExtractedLink &l : doc.links()) {
        if (!isCandidateKind(l.kind) || l.node < 0 || !isWeb(l.url) || isOwn(l.url, ownAuthorities))
            continue;
        if (dom.closest(l.node, u"noscript") >= 0)
            continue;
        const std::optional<Hiding> hiding = DarkLinkHiding::why(cascade, l.node);
        if (!hiding)
            continue;
        // A dropdown that opens on :hover or :focus shows its links to whoever points at it.
        if (!pointing)
            pointing = std::make_unique<CssCascade>(dom, sheets, labels, true);
        if (!DarkLinkHiding::why(*pointing, l.node))
            continue;
        HiddenLink h = makeLink(l, hiding->technique, dom.path(l.node), l.line, ownAuthorities, severeKeywords);
        h.cause = hiding->cause;
        out.append(h);
    }
    for (const WrittenLink &w : scriptWrittenLinks(doc, cascade, sheets, labels)) {
        if (isOwn(w.link.url, ownAuthorities))
            continue;
        HiddenLink h = makeLink(w.link, QStringLiteral("script-written"), dom.path(w.script), dom.node(w.script).line,
                                ownAuthorities, severeKeywords);
        h.cause = w.hiding ? QStringLiteral("%1: %2").arg(w.hiding->technique, w.hiding->cause)
                           : tr("written by an inline script");
        out.append(h);
    }
    return out;
}

QList<HiddenLink> DarkLinkDetector::cloaked(const HtmlDocument &asBrowser, const HtmlDocument &asSearchEngine,
                                            const QSet<QString> &ownAuthorities, const QStringList &severeKeywords)
{
    QSet<QString> seenByBrowser;
    for (const ExtractedLink &l : asBrowser.links())
        seenByBrowser.insert(UrlNormalizer::normalize(l.url).toString());
    if (!asBrowser.dom().isEmpty()) {
        QStringList labels;
        const QList<CssStyleSheet> sheets = styleSheets(asBrowser, {}, &labels);
        const CssCascade cascade(asBrowser.dom(), sheets, labels);
        for (const WrittenLink &w : scriptWrittenLinks(asBrowser, cascade, sheets, labels))
            seenByBrowser.insert(UrlNormalizer::normalize(w.link.url).toString());
    }
    QList<HiddenLink> out;
    QSet<QString> reported;
    const DomTree &dom = asSearchEngine.dom();
    for (const ExtractedLink &l : asSearchEngine.links()) {
        if (!isCandidateKind(l.kind) || !isWeb(l.url) || isOwn(l.url, ownAuthorities))
            continue;
        const QString key = UrlNormalizer::normalize(l.url).toString();
        if (seenByBrowser.contains(key) || reported.contains(key))
            continue;
        reported.insert(key);
        HiddenLink h = makeLink(l, QStringLiteral("cloaked"), l.node >= 0 ? dom.path(l.node) : QString(), l.line,
                                ownAuthorities, severeKeywords);
        h.cause = tr("served only to a search engine's User-Agent");
        out.append(h);
    }
    return out;
}

QStringList DarkLinkDetector::techniques()
{
    return {QStringLiteral("display-none"), QStringLiteral("visibility-hidden"), QStringLiteral("opacity-zero"),
            QStringLiteral("tiny-font"), QStringLiteral("zero-size-overflow"), QStringLiteral("offscreen-position"),
            QStringLiteral("text-indent"), QStringLiteral("same-colour"), QStringLiteral("zero-iframe"),
            QStringLiteral("marquee"), QStringLiteral("script-written"), QStringLiteral("cloaked")};
}

QString DarkLinkDetector::techniqueText(const QString &code)
{
    if (code == QLatin1String("display-none"))
        return tr("not displayed (display: none)");
    if (code == QLatin1String("visibility-hidden"))
        return tr("invisible (visibility: hidden)");
    if (code == QLatin1String("opacity-zero"))
        return tr("fully transparent (opacity 0)");
    if (code == QLatin1String("tiny-font"))
        return tr("text too small to see (font size ≤ 1px)");
    if (code == QLatin1String("zero-size-overflow"))
        return tr("clipped by a box of no size (overflow hidden)");
    if (code == QLatin1String("offscreen-position"))
        return tr("placed far outside the page");
    if (code == QLatin1String("text-indent"))
        return tr("pushed out of view by text-indent");
    if (code == QLatin1String("same-colour"))
        return tr("text in the colour of its background");
    if (code == QLatin1String("zero-iframe"))
        return tr("in an iframe of no size");
    if (code == QLatin1String("marquee"))
        return tr("in a marquee that never shows it");
    if (code == QLatin1String("script-written"))
        return tr("written into the page by a script");
    if (code == QLatin1String("cloaked"))
        return tr("served only to search engines (cloaking)");
    return code;
}

} // namespace xj
