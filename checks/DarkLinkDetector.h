#pragma once
// 暗链 (W-N-DARKLINK): links on a page that a visitor cannot see but a search engine follows,
// pointing outside the site — the mark of a hacked government site selling links to gambling
// and porn pages. The static pass reads the page's HTML and CSS the way a browser would
// (HtmlDocument + CssCascade) and reports each outside link hidden by one of the techniques
// below; cloaked() compares the page served to a browser with the page served to a search
// engine's crawler; RenderedDarkLinks asks a real browser engine the same question.
//
// Techniques (codes stored in findings; never rename):
//   display-none        display:none on the link or an ancestor ([hidden] included)
//   visibility-hidden   computed visibility hidden/collapse on the link (inherited from ancestors)
//   opacity-zero        opacity ≤ 0.01 on the link or an ancestor
//   tiny-font           every piece of the link's text at font-size ≤ 1px (0, 0.5pt, font:0/0 …)
//   zero-size-overflow  the link or an ancestor ≤ 1px wide or high (or max-width/-height) with
//                       overflow hidden, or absolutely positioned with an empty clip: rect()
//   offscreen-position  positioned with left or top ≤ −999px, or a margin-left/-top ≤ −999px
//   text-indent         the block that holds the link indented by ≤ −999px
//   same-colour         every piece of text the colour of the background behind it (the nearest
//                       backgrounds, composed over the white canvas; unknown under an image)
//   zero-iframe         an <iframe> ≤ 1px wide or high (attributes or CSS)
//   marquee             inside a <marquee> ≤ 1px wide or high, or scrolling ≥ 1000px a step
//                       (scrollamount; the text only flashes by) unless behavior=slide (it stops)
//   script-written      written by an inline script (document.write, innerHTML …): invisible in
//                       the page source and to crawlers that do not run scripts; reported whether
//                       or not the written markup also hides it (`cause` says)
//   cloaked             only in the page served to a search engine's User-Agent
//
// Only <a>/attachment links and iframes with an http(s) target outside ownAuthorities are
// reported; a hidden internal menu (a dropdown) is not a dark link, nor is any link that a
// :hover or :focus rule reveals (a CSS dropdown of outside links). Links inside <noscript> are
// left out (a fallback for visitors without scripts, who see them) and so are empty links (no
// text, no image: nothing to hide). Rules that only apply on :hover/:focus, in print, or on small
// screens do not hide anything (CssMedia, CssSelector).

#include "CssStyleSheet.h"
#include "HtmlDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace xj {

struct HiddenLink {
    QUrl url;
    QString text;      // what the link shows (or would show)
    QString technique; // a code above
    QString path;      // DomTree::path of the link (script-written: of the <script>)
    int line = 0;      // source line of the link's start tag (script-written: of the <script>)
    bool external = false; // not one of the site's own or registered hosts
    bool severe = false;   // the URL or text contains a severe keyword (gambling, porn …)
    QString keyword;       // the keyword that made it severe
    QString cause;         // what hides it, e.g. "display: none on div#ad (.ad (inline <style> 1, line 3))"
};

class DarkLinkDetector {
    Q_DECLARE_TR_FUNCTIONS(DarkLinkDetector)

public:
    // Thresholds of the techniques above (documented there).
    static constexpr double kTinyPx = 1;          // font-size, width, height at most this
    static constexpr double kOffscreenPx = -999;  // left/top/margins/text-indent at most this
    static constexpr double kNoOpacity = 0.01;
    static constexpr int kMarqueeFastAmount = 1000;
    static constexpr int kColourTolerance = 6;    // per RGB channel: indistinguishable colours

    // linkedCss: the contents of the page's linked style sheets, in the order of
    // doc.stylesheetUrls() (missing ones are skipped). ownAuthorities: LinkJudge::authority()
    // of the site and of every registered site; a host equal to, under, or with the same
    // registrable domain as one of them is not outside.
    static QList<HiddenLink> detect(const HtmlDocument &doc, const QStringList &linkedCss,
                                    const QSet<QString> &ownAuthorities, const QStringList &severeKeywords);
    // Outside links only in the page a search engine was served (technique "cloaked"); links
    // the browser's page writes by script count as present there.
    static QList<HiddenLink> cloaked(const HtmlDocument &asBrowser, const HtmlDocument &asSearchEngine,
                                     const QSet<QString> &ownAuthorities, const QStringList &severeKeywords);

    // The User-Agent to fetch the page a second time with, for cloaked(): Baiduspider's, since
    // Baidu is the engine link sellers in China target (cloaking scripts test for "Baiduspider").
    static QByteArray crawlerUserAgent();

    static bool isOwn(const QUrl &url, const QSet<QString> &ownAuthorities);
    // The first keyword the URL (decoded) or the text contains, case-insensitively; empty when
    // none. A short ASCII keyword (≤ 3 characters, like "AV" or "sex") must not touch other
    // letters, so that "javascript", "travel" and "sussex" do not match.
    static QString severeKeyword(const QUrl &url, const QString &text, const QStringList &keywords);
    // detect()'s linkedCss from sheets fetched by URL (deduplicated, some failed): aligned with
    // doc.stylesheetUrls(), an empty string where a sheet is missing.
    static QStringList linkedCssFor(const HtmlDocument &doc, const QHash<QUrl, QString> &cssByUrl);
    // The page's style sheets in cascade order: <style> elements and linked sheets as they appear
    // in the document, without those whose media attribute does not apply or that are alternate.
    static QList<CssStyleSheet> styleSheets(const HtmlDocument &doc, const QStringList &linkedCss,
                                            QStringList *labels = nullptr);

    static QStringList techniques();
    static QString techniqueText(const QString &code); // translated, for evidence and the CLI
};

} // namespace xj

Q_DECLARE_METATYPE(xj::HiddenLink)
