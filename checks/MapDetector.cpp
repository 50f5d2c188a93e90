#include "MapDetector.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace xj {

namespace {

const QString kCode = QStringLiteral("W-N-MAP");

// The site's page index goes by these names; they are not maps.
QString withoutSitemapWords(const QString &text)
{
    static const QRegularExpression sitemap(QStringLiteral("网站地图|站点地图|site[\\s_-]?map"), QRegularExpression::CaseInsensitiveOption);
    QString t = text;
    t.replace(sitemap, QStringLiteral(" "));
    return t;
}

bool isLatin(const QString &keyword)
{
    for (QChar c : keyword)
        if (c.unicode() > 0x7F)
            return false;
    return !keyword.isEmpty();
}

// Words of Latin text: split on anything not a letter or digit and at lower→upper case changes
// ("quweiMap" → quwei, map), lower-cased.
QStringList latinWords(const QString &text)
{
    QStringList words;
    QString word;
    QChar previous;
    for (QChar c : text) {
        const bool letter = c.unicode() < 0x80 && c.isLetterOrNumber();
        if (!letter || (c.isUpper() && previous.isLower())) {
            if (!word.isEmpty())
                words << word.toLower();
            word.clear();
        }
        if (letter)
            word += c;
        previous = c;
    }
    if (!word.isEmpty())
        words << word.toLower();
    return words;
}

// The first keyword the text mentions, or empty.
QString keywordIn(const QString &text, const QStringList &keywords)
{
    const QString cleaned = withoutSitemapWords(text);
    QStringList words;
    bool split = false;
    for (const QString &k : keywords) {
        if (k.trimmed().isEmpty())
            continue;
        if (!isLatin(k)) {
            if (cleaned.contains(k, Qt::CaseInsensitive))
                return k;
            continue;
        }
        if (!split)
            words = latinWords(cleaned), split = true;
        const QString lower = k.trimmed().toLower();
        if (words.contains(lower) || words.contains(lower + QLatin1Char('s')))
            return k;
    }
    return {};
}

// 审图号 GS(2019)1822号, 粤S(2018)071号, GS京(2022)1061号; or a bare GS(…)… number.
QString approvalIn(const QString &text)
{
    static const QRegularExpression labelled(
        QStringLiteral("审图号\\s*[:：]?\\s*([A-Za-z\\x{4e00}-\\x{9fff}]{1,4}\\s*[（(]\\s*\\d{4}\\s*[）)]\\s*\\d+\\s*号?)"));
    static const QRegularExpression bare(QStringLiteral("(?<![A-Za-z])(GS[\\x{4e00}-\\x{9fff}]?\\s*[（(]\\s*\\d{4}\\s*[）)]\\s*\\d+\\s*号?)"));
    if (const auto m = labelled.match(text); m.hasMatch())
        return m.captured(1).simplified();
    if (const auto m = bare.match(text); m.hasMatch())
        return m.captured(1).simplified();
    return {};
}

QString shorten(const QString &text)
{
    const QString t = text.simplified();
    return t.size() > 80 ? t.left(80) + QStringLiteral("…") : t;
}

// An image inside a link to the site's page index (a 网站地图 icon).
bool inSitemapLink(const DomTree &dom, int img)
{
    const int a = dom.closest(img, u"a");
    if (a < 0)
        return false;
    const QString href = dom.attribute(a, u"href");
    static const QRegularExpression sitemapHref(QStringLiteral("site[_-]?map|wzdt|zddt"), QRegularExpression::CaseInsensitiveOption);
    return href.contains(sitemapHref) || dom.text(a, 60).contains(QStringLiteral("网站地图"))
           || dom.text(a, 60).contains(QStringLiteral("站点地图"));
}

QString nodeText(const DomTree &dom, int i)
{
    const DomNode &n = dom.node(i);
    if (n.type == DomNode::Text)
        return n.rendered ? n.text.simplified() : QString();
    return dom.text(i, 120);
}

bool meaningful(const DomTree &dom, int i)
{
    const DomNode &n = dom.node(i);
    if (n.type == DomNode::Text)
        return !n.text.simplified().isEmpty();
    return n.type == DomNode::Element && n.tag != QLatin1String("br") && n.tag != QLatin1String("script")
           && n.tag != QLatin1String("style");
}

// The text just before and after the image in its block: the image is first lifted out of
// wrappers that hold nothing else (<a><img></a>, <p><img></p>), then its neighbours are read.
QString nearbyText(const DomTree &dom, int img)
{
    int n = img;
    for (int level = 0; level < 3; ++level) {
        const int p = dom.node(n).parent;
        if (p < 0 || !dom.isElement(p) || dom.node(p).tag == QLatin1String("body") || !dom.text(p, 1).isEmpty())
            break;
        n = p;
    }
    const int parent = dom.node(n).parent;
    if (parent < 0)
        return {};
    QList<int> siblings;
    for (int c : dom.children(parent))
        if (c == n || meaningful(dom, c))
            siblings.append(c);
    const qsizetype at = siblings.indexOf(n);
    // A neighbour holding an image of its own is that image's block, its caption not ours.
    auto captionOf = [&](int sibling) {
        if (dom.isElement(sibling, u"img"))
            return QString();
        for (int j = sibling + 1; j < dom.size() && dom.isAncestor(sibling, j); ++j)
            if (dom.isElement(j, u"img"))
                return QString();
        return nodeText(dom, sibling);
    };
    QStringList parts;
    if (at > 0)
        parts << captionOf(siblings[at - 1]);
    if (at >= 0 && at + 1 < siblings.size())
        parts << captionOf(siblings[at + 1]);
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QString figcaptionOf(const DomTree &dom, int img)
{
    const int figure = dom.closest(img, u"figure");
    if (figure < 0)
        return {};
    for (int c : dom.children(figure))
        if (dom.isElement(c, u"figcaption"))
            return dom.text(c, 200);
    return {};
}

QString imageSource(const DomTree &dom, int img)
{
    for (const char16_t *name : {u"data-src", u"data-original", u"src"}) {
        const QString v = dom.attribute(img, name).trimmed();
        if (!v.isEmpty() && !v.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
            return v;
    }
    return {};
}

QString fileNameOf(const QUrl &url)
{
    QString name = url.fileName(QUrl::FullyDecoded);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.left(dot) : name;
}

} // namespace

QStringList MapDetector::keywords(const IndicatorSet &set)
{
    QStringList k = set.list(kCode, QStringLiteral("keywords"));
    if (k.isEmpty())
        k = IndicatorSet::defaults().list(kCode, QStringLiteral("keywords"));
    return k;
}

QList<MapCandidate> MapDetector::detect(const HtmlDocument &doc, const QStringList &keywords)
{
    const DomTree &dom = doc.dom();
    QList<MapCandidate> out;
    QSet<QString> seen;
    for (int img : dom.elements(u"img")) {
        if (inSitemapLink(dom, img))
            continue;
        const QString src = imageSource(dom, img);
        if (src.isEmpty())
            continue;
        const QUrl url = doc.baseUrl().resolved(QUrl(src));
        const QString imageUrl = url.toString();
        if (seen.contains(imageUrl))
            continue;
        const QString nearby = nearbyText(dom, img);
        const QString figcaption = figcaptionOf(dom, img);
        const QList<std::pair<QString, QString>> places = {{QStringLiteral("alt"), dom.attribute(img, u"alt")},
                                                           {QStringLiteral("title"), dom.attribute(img, u"title")},
                                                           {QStringLiteral("figcaption"), figcaption},
                                                           {QStringLiteral("src"), fileNameOf(url)},
                                                           {QStringLiteral("nearby"), nearby}};
        MapCandidate c;
        for (const auto &[why, text] : places) {
            const QString k = keywordIn(text, keywords);
            if (!k.isEmpty()) {
                c.why = why, c.keyword = k, c.matched = shorten(text);
                break;
            }
        }
        for (const auto &place : places)
            if (c.approval.isEmpty() && place.first != QLatin1String("src"))
                c.approval = approvalIn(place.second);
        if (c.why.isEmpty() && !c.approval.isEmpty())
            c.why = QStringLiteral("approval"), c.keyword = QStringLiteral("审图号"), c.matched = c.approval;
        if (c.why.isEmpty())
            continue;
        c.imageUrl = imageUrl;
        c.path = dom.path(img);
        c.node = img;
        seen.insert(imageUrl);
        out.append(c);
    }
    return out;
}

QList<Finding> MapDetector::findings(const Site &site, qint64 pageId, const QString &pageUrl,
                                     const QList<MapCandidate> &candidates, const IndicatorSet &set, const QString &roundId)
{
    QList<Finding> out;
    if (!set.enabled(kCode))
        return out;
    for (const MapCandidate &c : candidates) {
        Finding f;
        f.roundId = roundId;
        f.objectType = ObjectType::Site;
        f.objectId = site.id;
        f.indicator = kCode;
        f.severity = set.severity(kCode);
        f.source = QStringLiteral("check");
        f.state = QStringLiteral("pending");
        f.url = pageUrl;
        f.link = c.imageUrl;
        f.pageId = pageId;
        f.evidence = tr("image %1 looks like a map (%2 mentions «%3»: %4); check that 南海诸岛, 钓鱼岛 and 赤尾屿 "
                        "are shown and the borders are right")
                         .arg(c.imageUrl, c.why, c.keyword, c.matched);
        if (!c.approval.isEmpty())
            f.evidence += tr("; it carries 审图号 %1, an approved standard map: compare it with the approved version").arg(c.approval);
        f.details = {{QStringLiteral("image_url"), c.imageUrl}, {QStringLiteral("why"), c.why},
                     {QStringLiteral("keyword"), c.keyword},    {QStringLiteral("matched"), c.matched},
                     {QStringLiteral("approval"), c.approval},   {QStringLiteral("approved_map"), !c.approval.isEmpty()},
                     {QStringLiteral("path"), c.path}};
        f.fingerprint = QStringLiteral("%1|%2|%3|%4").arg(kCode).arg(site.id).arg(pageUrl, c.imageUrl);
        out.append(f);
    }
    return out;
}

} // namespace xj
