#pragma once
// How a fetched link or page is judged for the link indicators (indicators.md):
// W-D-LINK (broken: no answer, or HTTP 4xx/5xx), W-N-WRONGLINK (answers, but the wrong thing:
// a "page not found" served with 200, a redirect to an unrelated or parked domain, a link into a
// site registered as shut down), W-N-SHUTDOWN and W-N-TLS. Pure functions over plain values, so
// that each rule is tested on its own.

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>

namespace xj {

// "www.linlan.example.gov.cn" → "example.gov.cn"? No: the registrable domain under the public
// suffixes government sites use: x.gov.cn → the last three labels (linlan.gov.cn), .com.cn,
// .org.cn, .net.cn, .edu.cn likewise, other hosts → the last two labels.
QString registrableDomain(const QString &host);

// What a page looked like when answered with 200: enough to recognise a site's own "not found"
// page (soft 404) without keeping the page.
struct PageSignature {
    QString title;
    int textLength = 0;
    bool isValid() const { return textLength > 0 || !title.isEmpty(); }
};

struct LinkVerdict {
    enum Kind { Fine, Broken, SoftNotFound, ParkedRedirect, UnrelatedRedirect, ClosedSite };
    Kind kind = Fine;
    QString evidence; // short human text with the status, error or excerpt
};

class LinkJudge {
    Q_DECLARE_TR_FUNCTIONS(LinkJudge)

public:
    // Sites registered as 关停/下线, by authority(): a link into one is a wrong link.
    void setClosedHosts(const QSet<QString> &authorities) { m_closedHosts = authorities; }
    // "host" or "host:port" when the URL names a port: two sites may share a host on test machines.
    static QString authority(const QUrl &url);
    // The site's answer to a URL that cannot exist, when it was 200: its soft-404 look.
    void setNotFoundSignature(const QString &host, const PageSignature &sig) { m_notFound.insert(host.toLower(), sig); }

    // status: HTTP status of the final answer (0 when none); error: fetch error code ("" when none).
    // title/text: of the final page when it was HTML and fetched with GET (else empty).
    LinkVerdict judge(const QUrl &requested, const QUrl &final, int status, const QString &error, const QString &title,
                      const QString &visibleText) const;

    // A page that says "not found" in its own words (title or opening text), for sites without a signature.
    static bool looksLikeNotFound(const QString &title, const QString &visibleText);
    static bool looksParked(const QString &title, const QString &visibleText);
    // A closed site's home page that still shows content, rather than a closure notice.
    static bool servesContent(int status, const QString &title, const QString &visibleText);

private:
    QSet<QString> m_closedHosts;
    QHash<QString, PageSignature> m_notFound;
};

} // namespace xj
