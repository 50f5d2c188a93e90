// darklinks URL [--render] [--spider] [--own HOST…] [--format text|json]: the 暗链 check of one
// live page, outside any round. Registered as needing widgets: the rendered pass runs QtWebEngine,
// which needs a GUI application object (main.cpp makes a QApplication, offscreen by default).
#include "CliCommands.h"

#include "DarkLinkDetector.h"
#include "DarkLinkRules.h"
#include "Fetcher.h"
#include "HtmlDocument.h"
#include "IndicatorSetStore.h"
#include "LinkJudge.h"
#include "PageDecoder.h"
#include "RenderedDarkLinks.h"
#include "StoreOpening.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xj::cli {

namespace {

constexpr int kMaxStylesheets = 20;

struct Fetched {
    FetchResult result;
    DecodedPage page;
    QString error; // translated; empty when the body is usable
};

// One GET through the polite fetcher, run to completion on this thread's event loop.
Fetched fetch(Fetcher &fetcher, const QUrl &url, const QByteArray &userAgent = {})
{
    Fetched f;
    QEventLoop loop;
    const auto connection = QObject::connect(&fetcher, &Fetcher::finished, &loop, [&](const FetchResult &r) {
        f.result = r;
        loop.quit();
    });
    FetchRequest request;
    request.url = url;
    request.userAgent = userAgent;
    fetcher.enqueue(request);
    loop.exec();
    QObject::disconnect(connection);
    const HttpExchange *last = f.result.last();
    if (!f.result.ok() || !last)
        f.error = QStringLiteral("%1 %2").arg(fetchErrorCode(f.result.error), f.result.errorDetail).trimmed();
    else if (last->statusCode < 200 || last->statusCode > 299)
        f.error = CliTr::tr("HTTP %1").arg(last->statusCode);
    else
        f.page = PageDecoder::decode(last->body, last->header("content-type"));
    return f;
}

HtmlDocument parsePage(const Fetched &f)
{
    HtmlDocument::Options options;
    options.documentCharset = f.page.charset;
    return HtmlDocument::parse(f.page.text, f.result.finalUrl, options);
}

QJsonObject toJson(const HiddenLink &h, const QString &pass)
{
    QJsonObject o {{QStringLiteral("pass"), pass},
                   {QStringLiteral("url"), h.url.toString()},
                   {QStringLiteral("text"), h.text},
                   {QStringLiteral("technique"), h.technique},
                   {QStringLiteral("path"), h.path},
                   {QStringLiteral("line"), h.line},
                   {QStringLiteral("cause"), h.cause},
                   {QStringLiteral("severe"), h.severe}};
    if (h.severe)
        o.insert(QStringLiteral("keyword"), h.keyword);
    return o;
}

} // namespace

int darkLinksCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("URL"), CliTr::tr("The page to check."));
    p.addOption({QStringLiteral("render"), CliTr::tr("Also load the page in a browser engine and judge what it shows.")});
    p.addOption({QStringLiteral("spider"), CliTr::tr("Also fetch the page as Baiduspider and report links only it is served (cloaking).")});
    p.addOption({QStringLiteral("own"), CliTr::tr("Another host of the site, not outside (repeatable)."), QStringLiteral("HOST")});
    p.addOption({QStringLiteral("ignore-robots"), CliTr::tr("Do not honour robots.txt (inspections may).")});
    p.addOption({QStringLiteral("format"), CliTr::tr("text or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parse(p, QStringLiteral("darklinks"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    const QUrl url = QUrl::fromUserInput(p.positionalArguments().value(0));
    if (p.positionalArguments().size() != 1 || !url.isValid() || !url.scheme().startsWith(QLatin1String("http"))) {
        err() << CliTr::tr("xunjian darklinks: name one http(s) address") << Qt::endl;
        return kBadInput;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err() << CliTr::tr("xunjian darklinks: --format is text or json") << Qt::endl;
        return kBadInput;
    }
    // The active indicator set's keywords and severity when a store opens; the built-in ones otherwise.
    QString storeError;
    const auto store = openStore(p.value(QStringLiteral("db")), &storeError);
    const IndicatorSet set = store ? IndicatorSetStore(*store).active() : IndicatorSet::defaults();
    if (!store)
        err() << CliTr::tr("xunjian darklinks: %1; using the built-in indicator set").arg(storeError) << Qt::endl;
    const QStringList keywords = DarkLinkRules::severeKeywords(set);

    FetchPolicy policy = FetchPolicy::polite();
    policy.obeyRobots = !p.isSet(QStringLiteral("ignore-robots"));
    Fetcher fetcher(policy);
    const Fetched page = fetch(fetcher, url);
    if (!page.error.isEmpty()) {
        err() << CliTr::tr("xunjian darklinks: %1: %2").arg(url.toString(), page.error) << Qt::endl;
        return kFailed;
    }
    const HtmlDocument doc = parsePage(page);
    QSet<QString> own = {LinkJudge::authority(url).toLower(), LinkJudge::authority(page.result.finalUrl).toLower()};
    for (const QString &host : p.values(QStringLiteral("own")))
        own.insert(host.trimmed().toLower());

    // Linked style sheets, aligned with stylesheetUrls() (an unreadable one is empty).
    QStringList css;
    int imports = 0;
    for (const QUrl &sheet : doc.stylesheetUrls().mid(0, kMaxStylesheets)) {
        const Fetched f = fetch(fetcher, sheet);
        css << (f.error.isEmpty() ? f.page.text : QString());
        imports += int(CssStyleSheet::parse(css.last()).imports().size());
    }
    QList<QPair<QString, HiddenLink>> found; // pass, link
    for (const HiddenLink &h : DarkLinkDetector::detect(doc, css, own, keywords))
        found.append({QStringLiteral("static"), h});
    QString spiderError;
    if (p.isSet(QStringLiteral("spider"))) {
        const Fetched spider = fetch(fetcher, url, DarkLinkDetector::crawlerUserAgent());
        if (spider.error.isEmpty()) {
            for (const HiddenLink &h : DarkLinkDetector::cloaked(doc, parsePage(spider), own, keywords))
                found.append({QStringLiteral("spider"), h});
        } else {
            spiderError = spider.error;
        }
    }
    QString renderError;
    if (p.isSet(QStringLiteral("render"))) {
        RenderedDarkLinks rendered(own, keywords);
        QEventLoop loop;
        QObject::connect(&rendered, &RenderedDarkLinks::finished, &loop, [&](const QList<HiddenLink> &links) {
            for (const HiddenLink &h : links)
                found.append({QStringLiteral("rendered"), h});
            loop.quit();
        });
        rendered.start(page.result.finalUrl);
        loop.exec();
        renderError = rendered.error();
        if (renderError.isEmpty() && rendered.approximate())
            renderError = CliTr::tr("the page refuses to be framed: judged by computed styles only");
        else if (renderError.isEmpty() && rendered.truncated())
            renderError = CliTr::tr("only part of the page's %n link(s) could be judged in time", nullptr, rendered.linksSeen());
    }

    const QString severity = set.severity(DarkLinkRules::code());
    if (format == QLatin1String("json")) {
        QJsonArray links;
        for (const auto &[pass, h] : std::as_const(found))
            links.append(toJson(h, pass));
        QJsonObject o {{QStringLiteral("url"), url.toString()},
                       {QStringLiteral("final_url"), page.result.finalUrl.toString()},
                       {QStringLiteral("indicator"), DarkLinkRules::code()},
                       {QStringLiteral("severity"), severity},
                       {QStringLiteral("stylesheets"), int(css.size())},
                       {QStringLiteral("imports_not_followed"), imports},
                       {QStringLiteral("links"), links}};
        if (!spiderError.isEmpty())
            o.insert(QStringLiteral("spider_error"), spiderError);
        if (p.isSet(QStringLiteral("render")))
            o.insert(QStringLiteral("render_error"), renderError);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << Qt::flush;
        return kOk;
    }
    for (const auto &[pass, h] : std::as_const(found)) {
        out() << severity << (h.severe ? CliTr::tr(" SEVERE («%1»)").arg(h.keyword) : QString()) << '\t' << pass << '\t'
              << h.technique << '\t' << h.url.toString() << '\t' << (h.text.isEmpty() ? CliTr::tr("(no text)") : h.text)
              << '\t' << (h.line > 0 ? CliTr::tr("%1, line %2").arg(h.path).arg(h.line) : h.path) << '\t' << h.cause << Qt::endl;
    }
    out() << CliTr::tr("%n hidden outside link(s) on %1", nullptr, int(found.size())).arg(page.result.finalUrl.toString()) << Qt::endl;
    if (imports > 0)
        out() << CliTr::tr("%n @import rule(s) in the style sheets were not followed", nullptr, imports) << Qt::endl;
    if (!spiderError.isEmpty())
        out() << CliTr::tr("the page could not be fetched as Baiduspider: %1").arg(spiderError) << Qt::endl;
    if (!renderError.isEmpty())
        out() << CliTr::tr("rendered pass: %1").arg(renderError) << Qt::endl;
    return kOk;
}

} // namespace xj::cli
