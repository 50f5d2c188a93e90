#include "FeedReader.h"

#include "PageDecoder.h"
#include "TextCodec.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace xj {

namespace {

const QString kAtomNs = QStringLiteral("http://www.w3.org/2005/Atom");

// The encoding label of an XML declaration at the start of the body, or empty.
QByteArray declaredEncoding(const QByteArray &body)
{
    static const QRegularExpression decl(QStringLiteral("^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']"));
    const auto m = decl.match(QString::fromLatin1(body.left(256)));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

bool hasBom(const QByteArray &body)
{
    return body.startsWith("\xEF\xBB\xBF") || body.startsWith("\xFE\xFF") || body.startsWith("\xFF\xFE");
}

QString clean(const QString &text)
{
    return text.simplified();
}

int zoneOffsetSeconds(const QString &zone, bool *ok)
{
    *ok = true;
    static const QRegularExpression numeric(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})$"));
    const auto m = numeric.match(zone);
    if (m.hasMatch()) {
        const int s = (m.captured(2).toInt() * 60 + m.captured(3).toInt()) * 60;
        return m.captured(1) == QLatin1String("-") ? -s : s;
    }
    static const QHash<QString, int> named = {
        {QStringLiteral("GMT"), 0}, {QStringLiteral("UT"), 0},   {QStringLiteral("UTC"), 0},  {QStringLiteral("Z"), 0},
        {QStringLiteral("EST"), -5}, {QStringLiteral("EDT"), -4}, {QStringLiteral("CST"), -6}, {QStringLiteral("CDT"), -5},
        {QStringLiteral("MST"), -7}, {QStringLiteral("MDT"), -6}, {QStringLiteral("PST"), -8}, {QStringLiteral("PDT"), -7},
    };
    if (zone.isEmpty())
        return 0; // no zone: read as GMT, as most readers do
    const auto it = named.constFind(zone.toUpper());
    if (it == named.constEnd()) {
        *ok = false;
        return 0;
    }
    return *it * 3600;
}

struct Reader {
    QXmlStreamReader xml;
    QUrl base;
    int maxItems = FeedReader::kMaxItems;
    ParsedFeed feed;

    QString absolute(const QString &link) const
    {
        const QString l = link.trimmed();
        if (l.isEmpty() || !base.isValid())
            return l;
        return base.resolved(QUrl(l)).toString();
    }

    // At the StartElement of an <item> or <entry>: reads it to its EndElement.
    FeedItem readItem()
    {
        FeedItem item;
        QDateTime published, updated, other;
        QString altLink, anyLink;
        while (xml.readNextStartElement()) {
            const QStringView name = xml.name();
            const bool atom = xml.namespaceUri() == kAtomNs;
            if (name == QLatin1String("title")) {
                item.title = clean(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == QLatin1String("link")) {
                const auto attrs = xml.attributes();
                const QString href = attrs.value(QLatin1String("href")).toString();
                const QString rel = attrs.value(QLatin1String("rel")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                const QString link = href.isEmpty() ? text.trimmed() : href;
                if (!link.isEmpty() && (rel.isEmpty() || rel == QLatin1String("alternate")) && altLink.isEmpty())
                    altLink = link;
                if (!link.isEmpty() && anyLink.isEmpty())
                    anyLink = link;
            } else if (name == QLatin1String("pubDate")) {
                published = FeedReader::parseAnyDate(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == QLatin1String("published") || (name == QLatin1String("issued") && !atom)) {
                published = FeedReader::parseAnyDate(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == QLatin1String("date")) { // dc:date
                other = FeedReader::parseAnyDate(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == QLatin1String("updated") || name == QLatin1String("modified")) {
                updated = FeedReader::parseAnyDate(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else {
                xml.skipCurrentElement();
            }
        }
        item.link = absolute(altLink.isEmpty() ? anyLink : altLink);
        item.published = published.isValid() ? published : other.isValid() ? other : updated;
        return item;
    }

    void run()
    {
        int depth = 0;
        while (!xml.atEnd() && !xml.hasError()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                --depth;
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            ++depth;
            const QStringView name = xml.name();
            if (depth == 1) {
                if (name == QLatin1String("feed"))
                    feed.kind = ParsedFeed::Kind::Atom;
                else if (name == QLatin1String("rss") || name == QLatin1String("RDF"))
                    feed.kind = ParsedFeed::Kind::Rss;
                else {
                    feed.error = QCoreApplication::translate("FeedReader", "not an RSS or Atom feed (root element <%1>)").arg(name);
                    return;
                }
            } else if (name == QLatin1String("item") || name == QLatin1String("entry")) {
                if (feed.items.size() >= maxItems) {
                    feed.truncated = true;
                    return;
                }
                FeedItem item = readItem();
                --depth; // readItem consumed the EndElement
                if (!xml.hasError())
                    feed.items.append(item);
            } else if (name == QLatin1String("title") && feed.title.isEmpty() && depth <= 3) {
                feed.title = clean(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                --depth;
            }
        }
        if (xml.hasError())
            feed.error = QCoreApplication::translate("FeedReader", "malformed feed at line %1, column %2: %3")
                             .arg(xml.lineNumber())
                             .arg(xml.columnNumber())
                             .arg(xml.errorString());
        else if (feed.kind == ParsedFeed::Kind::Unknown)
            feed.error = QCoreApplication::translate("FeedReader", "empty document: no feed");
    }
};

} // namespace

ParsedFeed FeedReader::parse(const QByteArray &body, const QByteArray &contentType, const QUrl &base, int maxItems)
{
    Reader r;
    r.base = base;
    r.maxItems = maxItems;
    // Which encoding: a BOM, then the XML declaration, then the header's charset, then detection.
    QByteArray label = hasBom(body) ? QByteArray() : declaredEncoding(body);
    if (label.isEmpty() && !hasBom(body))
        label = PageDecoder::charsetFromContentType(contentType);
    const QString charset = label.isEmpty() ? QString() : PageDecoder::canonicalCharset(label);
    const bool unicode = charset.isEmpty() || charset.startsWith(QLatin1String("UTF-"));
    if (hasBom(body) || (unicode && (!label.isEmpty() || TextCodec::firstInvalidUtf8(body) < 0))) {
        r.feed.charset = charset.isEmpty() ? QStringLiteral("UTF-8") : charset;
        r.xml.addData(body); // QXmlStreamReader reads the BOM and declaration itself
    } else if (!charset.isEmpty()) {
        bool ok = false;
        r.feed.charset = charset;
        r.xml.addData(TextCodec::decodeWith(body, charset.toLatin1(), &ok)); // a QString: the declaration is not re-applied
    } else {
        // Neither declared nor UTF-8: read it as a browser would guess it.
        const DecodedPage page = PageDecoder::decode(body, contentType);
        r.feed.charset = page.charset;
        r.xml.addData(page.text);
    }
    r.run();
    return r.feed;
}

QDateTime FeedReader::parseRfc822(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:[A-Za-z]+\\s*,?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([A-Za-z]{1,4}|[+-]\\d{2}:?\\d{2})?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                                       QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                                       QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const int month = int(months.indexOf(m.captured(2).toLower())) + 1;
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2)
        year += year < 50 ? 2000 : 1900;
    else if (m.captured(3).size() == 3)
        return {};
    const QDate date(year, month, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    bool ok = false;
    const int offset = zoneOffsetSeconds(m.captured(7), &ok);
    if (!month || !date.isValid() || !time.isValid() || !ok)
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

QDateTime FeedReader::parseIso8601(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = m.captured(7);
    if (zone.isEmpty())
        return QDateTime(date, time); // local time
    bool ok = true;
    const int offset = zone.size() == 3 ? zoneOffsetSeconds(zone + QStringLiteral("00"), &ok) : zoneOffsetSeconds(zone, &ok);
    return ok ? QDateTime(date, time, Qt::OffsetFromUTC, offset) : QDateTime();
}

QDateTime FeedReader::parseAnyDate(const QString &text)
{
    const QDateTime iso = parseIso8601(text);
    return iso.isValid() ? iso : parseRfc822(text);
}

} // namespace xj
