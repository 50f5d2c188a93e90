// IdentityCheck::analyze: the footer region located on the page's element tree, its text read by
// IdentityCheckText's recognisers, its images, links and scripts by host and words; the header's
// name; the meta tags. The JSON of the facts is at the end.

#include "IdentityCheck.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

namespace xj {

namespace {

constexpr qsizetype kMaxRegionText = 20000; // a footer is a few hundred characters; bound the rest
constexpr qsizetype kMaxHeaderText = 120;
constexpr int kShortFooter = 30;             // a footer-like element with less text is a button or a bar
constexpr int kMaxMetaNames = 40;

QString shortText(const QString &s, qsizetype max = 80)
{
    const QString t = s.simplified();
    return t.size() > max ? t.left(max) + QStringLiteral("…") : t;
}

bool footerLike(const DomTree &dom, int i)
{
    if (dom.isElement(i, u"footer"))
        return true;
    for (const QStringView name : {QStringView(u"id"), QStringView(u"class")}) {
        const QString v = dom.attribute(i, name).toLower();
        if (v.contains(QLatin1String("foot")) || v.contains(QLatin1String("bottom")) || v.contains(QLatin1String("copyright")))
            return true;
    }
    return false;
}

// The first node of the footer region (see the header); dom.size() when there is none.
int footerStart(const DomTree &dom, qsizetype footerTextSize, bool *fromElement)
{
    // Outermost footer-like elements, in document order. The tree is in document order and a
    // subtree is contiguous, so only the last outermost one can contain the next candidate.
    QList<int> candidates;
    for (int i = 0; i < dom.size(); ++i) {
        const DomNode &n = dom.node(i);
        if (n.type != DomNode::Element || !n.rendered || !footerLike(dom, i))
            continue;
        if (candidates.isEmpty() || !dom.isAncestor(candidates.last(), i))
            candidates.append(i);
    }
    int start = -1;
    for (auto it = candidates.crbegin(); it != candidates.crend(); ++it) {
        const qsizetype size = dom.text(*it, kShortFooter).size();
        if (size == 0)
            continue;
        start = *it;
        if (size >= kShortFooter)
            break; // a real footer; shorter ones before it are not needed
    }
    *fromElement = start >= 0;
    if (start >= 0)
        return start;

    // No footer element: the last text nodes holding about HtmlDocument::footerText's length …
    if (footerTextSize <= 0)
        return dom.size();
    qsizetype taken = 0;
    int first = -1;
    for (int i = dom.size() - 1; i > 0 && taken < footerTextSize * 9 / 10; --i) {
        const DomNode &n = dom.node(i);
        if (n.type == DomNode::Text && n.rendered) {
            const qsizetype size = n.text.simplified().size();
            if (size > 0) {
                taken += size + 1;
                first = i;
            }
        }
    }
    if (first < 0)
        return dom.size();
    // … widened to the largest element holding no more than that text: the table row or cell
    // around it, so that a badge in the neighbouring cell belongs to the footer too.
    const qsizetype limit = footerTextSize + footerTextSize / 10 + 20;
    int a = first;
    for (int p = dom.node(a).parent; p > 0; p = dom.node(p).parent) {
        if (dom.isElement(p, u"body") || dom.isElement(p, u"html") || dom.text(p, limit).size() > limit)
            break;
        a = p;
    }
    return a;
}

// The region's text: the start node and everything after it in document order.
QString regionText(const DomTree &dom, int start)
{
    QString text;
    int n = start;
    while (n >= 0 && n < dom.size() && text.size() < kMaxRegionText) {
        text += dom.text(n, kMaxRegionText - text.size()) + QLatin1Char('\n');
        while (n >= 0 && dom.node(n).nextSibling < 0)
            n = dom.node(n).parent;
        if (n >= 0)
            n = dom.node(n).nextSibling;
    }
    return text;
}

QString hostOf(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

bool hostUnder(const QString &host, QLatin1String domain)
{
    return host.endsWith(domain)
           && (host.size() == domain.size() || host.at(host.size() - domain.size() - 1) == QLatin1Char('.'));
}

QString urlShown(const QUrl &url)
{
    return shortText(url.toString(QUrl::RemoveScheme).mid(2));
}

// What the footer's links, images and scripts show: badge, 找错 entry, 公安备案 link.
void readLinks(const QList<ExtractedLink> &links, int start, bool haveDom, IdentityFacts *f)
{
    for (const ExtractedLink &link : links) {
        if (haveDom && (link.node < 0 || link.node < start))
            continue;
        const QString host = hostOf(link.url);
        const QString path = link.url.path().toLower();
        const QString words = IdentityCheck::foldWidth(link.text);
        const bool image = link.kind == ExtractedLink::Image;
        const QString kind = image ? QStringLiteral("img") : link.tag;

        if (f->badge.isEmpty()) {
            // The badge: a link to the conac verification page, the conac script that draws it,
            // or the image itself ("dzjg" = 党政机关 in pinyin initials, the usual file name of a
            // local copy).
            if (hostUnder(host, QLatin1String("conac.cn")) || words.contains(QStringLiteral("党政机关"))
                || (image && path.section(QLatin1Char('/'), -1).contains(QLatin1String("dzjg"))))
                f->badge = kind + QLatin1Char(' ') + (words.isEmpty() ? urlShown(link.url) : shortText(words));
        }
        if (f->conacId.isEmpty() && hostUnder(host, QLatin1String("conac.cn")))
            f->conacId = shortText(QUrlQuery(link.url).queryItemValue(QStringLiteral("id")), 40);

        if (f->fixit.isEmpty()) {
            // The national 找错 platform (zfwzzc/zfwzgl.www.gov.cn), its script jiucuo.js, and
            // the 普查 platform's copy on pucha.kaipuyun.cn; or an entry whose words say 找错.
            const bool platform = hostUnder(host, QLatin1String("zfwzzc.www.gov.cn"))
                                  || hostUnder(host, QLatin1String("zfwzgl.www.gov.cn"))
                                  || hostUnder(host, QLatin1String("pucha.kaipuyun.cn"));
            if (platform || path.contains(QLatin1String("jiucuo")) || words.contains(QStringLiteral("找错")))
                f->fixit = kind + QLatin1Char(' ') + (words.isEmpty() ? urlShown(link.url) : shortText(words));
        }

        if (f->policeRecord.isEmpty()
            && (hostUnder(host, QLatin1String("beian.gov.cn")) || hostUnder(host, QLatin1String("beian.mps.gov.cn")))) {
            QString code;
            const QUrlQuery query(link.url);
            for (const auto &item : query.queryItems())
                if (item.first.compare(QLatin1String("recordcode"), Qt::CaseInsensitive) == 0)
                    code = item.second;
            f->policeRecord = shortText(host + (code.isEmpty() ? QString() : QLatin1Char(' ') + code));
        }
    }
}

// What the footer's elements show beyond links: placeholders and inline scripts of the conac and
// 找错 services (document.write of their script), mailto: links (HtmlDocument leaves them out).
void readElements(const DomTree &dom, int start, IdentityFacts *f)
{
    for (int i = start; i < dom.size(); ++i) {
        const DomNode &n = dom.node(i);
        if (n.type != DomNode::Element)
            continue;
        const QString id = dom.attribute(i, u"id");
        if (n.tag == QLatin1String("script")) {
            QString code;
            for (int c = n.firstChild; c >= 0; c = dom.node(c).nextSibling)
                code += dom.node(c).text;
            code = code.toLower();
            if (f->badge.isEmpty() && code.contains(QLatin1String("conac.cn")))
                f->badge = QStringLiteral("script conac.cn");
            if (f->fixit.isEmpty() && (code.contains(QLatin1String("jiucuo")) || id == QLatin1String("_jiucuo_")))
                f->fixit = QStringLiteral("script jiucuo");
        } else if (f->badge.isEmpty() && id == QLatin1String("_ideConac")) {
            f->badge = QStringLiteral("span#_ideConac");
        } else if (f->contact.isEmpty() && n.tag == QLatin1String("a") && n.rendered) {
            const QString href = dom.attribute(i, u"href").trimmed();
            if (href.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                f->contact = shortText(href);
        }
    }
}

bool mentionsLogo(const DomTree &dom, int i)
{
    for (const QStringView name : {QStringView(u"src"), QStringView(u"id"), QStringView(u"class"), QStringView(u"alt")})
        if (dom.attribute(i, name).contains(QLatin1String("logo"), Qt::CaseInsensitive))
            return true;
    return false;
}

QString imageWords(const DomTree &dom, int img)
{
    const QString alt = dom.attribute(img, u"alt").simplified();
    return alt.isEmpty() ? dom.attribute(img, u"title").simplified() : alt;
}

// The logo: the first drawn image that says "logo" (its src, id, class, alt or a near ancestor's
// id or class); its alt or title. And the first <h1>: its text, or its image's alt.
void readHeader(const DomTree &dom, int regionStart, IdentityFacts *f)
{
    bool logoFound = false, h1Found = false;
    for (int i = 0; i < dom.size() && i < regionStart && !(logoFound && h1Found); ++i) {
        const DomNode &n = dom.node(i);
        if (n.type != DomNode::Element || !n.rendered)
            continue;
        if (!logoFound && n.tag == QLatin1String("img")) {
            bool logo = mentionsLogo(dom, i);
            for (int p = n.parent, up = 0; !logo && p > 0 && up < 3; p = dom.node(p).parent, ++up)
                logo = mentionsLogo(dom, p);
            if (logo) {
                logoFound = true;
                f->logoAlt = shortText(imageWords(dom, i), kMaxHeaderText);
            }
        } else if (!h1Found && n.tag == QLatin1String("h1")) {
            h1Found = true;
            f->h1 = shortText(dom.text(i, kMaxHeaderText), kMaxHeaderText);
            for (int j = i + 1; f->h1.isEmpty() && j < dom.size() && dom.isAncestor(i, j); ++j)
                if (dom.isElement(j, u"img"))
                    f->h1 = shortText(imageWords(dom, j), kMaxHeaderText);
        }
    }
}

void readMeta(const HtmlDocument &doc, IdentityFacts *f)
{
    const QHash<QString, QString> tags = doc.metaTags();
    QStringList known, other, emptyKnown, emptyOther;
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        QString name = it.key().trimmed();
        bool isKnown = false;
        for (const QString &k : IdentityCheck::knownMetaTags())
            if (k.compare(name, Qt::CaseInsensitive) == 0) {
                name = k;
                isKnown = true;
            }
        const bool empty = it.value().trimmed().isEmpty();
        (empty ? (isKnown ? emptyKnown : emptyOther) : (isKnown ? known : other)).append(name);
    }
    // Stable order (the hash has none): indicators.md's names in its order, then the rest sorted.
    const auto byKnownOrder = [](const QString &a, const QString &b) {
        return IdentityCheck::knownMetaTags().indexOf(a) < IdentityCheck::knownMetaTags().indexOf(b);
    };
    std::sort(known.begin(), known.end(), byKnownOrder);
    std::sort(emptyKnown.begin(), emptyKnown.end(), byKnownOrder);
    std::sort(other.begin(), other.end());
    std::sort(emptyOther.begin(), emptyOther.end());
    f->metaTags = (known + other).mid(0, kMaxMetaNames);
    f->emptyMetaTags = (emptyKnown + emptyOther).mid(0, kMaxMetaNames);
}

} // namespace

const QStringList &IdentityCheck::knownMetaTags()
{
    static const QStringList names = {
        QStringLiteral("SiteName"),    QStringLiteral("SiteDomain"), QStringLiteral("SiteIDCode"),
        QStringLiteral("ColumnName"),  QStringLiteral("ColumnType"), QStringLiteral("ArticleTitle"),
        QStringLiteral("PubDate"),     QStringLiteral("ContentSource"), QStringLiteral("Keywords"),
        QStringLiteral("Author"),      QStringLiteral("Description"), QStringLiteral("Image"),
        QStringLiteral("Url")};
    return names;
}

IdentityFacts IdentityCheck::analyze(const HtmlDocument &doc)
{
    IdentityFacts f;
    f.parsed = doc.parsed();
    if (!f.parsed)
        return f;
    const DomTree &dom = doc.dom();
    const bool haveDom = !dom.isEmpty();

    int start = dom.size();
    QString text = doc.footerText();
    if (haveDom) {
        bool fromElement = false;
        start = footerStart(dom, doc.footerText().size(), &fromElement);
        f.footerElement = fromElement;
        // The region may reach past HtmlDocument's footer (text after the footer element, a
        // footer before a short bar): read both.
        if (start < dom.size())
            text += QLatin1Char('\n') + regionText(dom, start);
    } else {
        f.footerElement = doc.footerFromElement();
    }

    f.siteCode = findSiteCode(text);
    f.icp = findIcp(text);
    f.policeRecord = findPoliceRecord(text);
    f.sponsor = findSponsor(text);
    f.contact = findContact(text);
    f.fixit = findFixitText(text);
    readLinks(doc.links(), start, haveDom, &f);
    if (haveDom)
        readElements(dom, start, &f);

    f.title = shortText(doc.title(), kMaxHeaderText);
    if (haveDom) {
        readHeader(dom, start, &f);
    } else {
        for (const ExtractedLink &link : doc.links())
            if (link.kind == ExtractedLink::Image && link.rawHref.contains(QLatin1String("logo"), Qt::CaseInsensitive)) {
                f.logoAlt = shortText(link.text, kMaxHeaderText);
                break;
            }
    }
    readMeta(doc, &f);
    return f;
}

bool IdentityFacts::hasMeta(const QString &name) const
{
    return metaTags.contains(name, Qt::CaseInsensitive);
}

bool IdentityFacts::hasEmptyMeta(const QString &name) const
{
    return emptyMetaTags.contains(name, Qt::CaseInsensitive);
}

QJsonObject IdentityFacts::toJson() const
{
    QJsonObject o{{QStringLiteral("parsed"), parsed}};
    if (!parsed)
        return o;
    o.insert(QStringLiteral("footer"), footerElement ? QStringLiteral("element") : QStringLiteral("lines"));
    const QList<QPair<const char *, const QString *>> values = {
        {"badge", &badge},   {"conacId", &conacId}, {"siteCode", &siteCode}, {"icp", &icp},
        {"police", &policeRecord}, {"sponsor", &sponsor}, {"contact", &contact}, {"fixit", &fixit},
        {"title", &title},   {"logoAlt", &logoAlt}, {"h1", &h1}};
    for (const auto &[key, value] : values)
        if (!value->isEmpty())
            o.insert(QLatin1String(key), *value);
    if (!metaTags.isEmpty())
        o.insert(QStringLiteral("meta"), QJsonArray::fromStringList(metaTags));
    if (!emptyMetaTags.isEmpty())
        o.insert(QStringLiteral("metaEmpty"), QJsonArray::fromStringList(emptyMetaTags));
    return o;
}

IdentityFacts IdentityFacts::fromJson(const QJsonObject &json)
{
    IdentityFacts f;
    f.parsed = json.value(QStringLiteral("parsed")).toBool(false);
    if (!f.parsed)
        return f;
    f.footerElement = json.value(QStringLiteral("footer")).toString() == QLatin1String("element");
    const QList<QPair<const char *, QString *>> values = {
        {"badge", &f.badge},   {"conacId", &f.conacId}, {"siteCode", &f.siteCode}, {"icp", &f.icp},
        {"police", &f.policeRecord}, {"sponsor", &f.sponsor}, {"contact", &f.contact}, {"fixit", &f.fixit},
        {"title", &f.title},   {"logoAlt", &f.logoAlt}, {"h1", &f.h1}};
    for (const auto &[key, value] : values)
        *value = json.value(QLatin1String(key)).toString();
    const auto strings = [&json](const char *key) {
        QStringList out;
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    f.metaTags = strings("meta");
    f.emptyMetaTags = strings("metaEmpty");
    return f;
}

} // namespace xj
