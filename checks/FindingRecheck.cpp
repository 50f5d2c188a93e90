#include "FindingRecheck.h"

#include "Fetcher.h"
#include "HtmlDocument.h"
#include "IndicatorSetStore.h"
#include "LinkJudge.h"
#include "PageAnalysis.h"
#include "PageDecoder.h"
#include "WarcWriter.h"
#include "WordingCheck.h"
#include "WordingDictionary.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace xj {

namespace {

bool isLinkCode(const QString &code)
{
    return code == QLatin1String("W-D-LINK") || code == QLatin1String("W-N-WRONGLINK");
}

bool isPageCode(const QString &code)
{
    return code == QLatin1String("W-N-DARKLINK") || code == QLatin1String("W-N-WORDING") || code == QLatin1String("W-N-MAP");
}

constexpr int kMaxStylesheets = 8;

} // namespace

QString RecheckResult::verdictCode(Verdict v)
{
    switch (v) {
    case Resolved: return QStringLiteral("resolved");
    case StillPresent: return QStringLiteral("still-present");
    case NotJudged: return QStringLiteral("not-judged");
    case Unreachable: return QStringLiteral("unreachable");
    }
    return {};
}

FindingRecheck::FindingRecheck(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<xj::RecheckResult>();
    m_policy = defaultPolicy();
}

FetchPolicy FindingRecheck::defaultPolicy()
{
    FetchPolicy policy = FetchPolicy::polite();
    policy.obeyRobots = false; // one URL an inspector asked for, already checked in the round
    policy.tlsErrorsAllowed = true;
    return policy;
}

FindingRecheck::~FindingRecheck() = default;

void FindingRecheck::setPolicy(const FetchPolicy &policy)
{
    m_policy = policy;
}

bool FindingRecheck::judges(const QString &indicator)
{
    return isLinkCode(indicator) || isPageCode(indicator) || indicator == QLatin1String("W-N-SHUTDOWN");
}

void FindingRecheck::start(const Finding &finding)
{
    if (m_busy)
        return;
    m_busy = true;
    m_finding = finding;
    m_result = {};
    m_result.findingId = finding.id;
    m_result.at = QDateTime::currentDateTimeUtc();
    m_css.clear();
    m_cssRequests.clear();
    const QString target = isLinkCode(finding.indicator) && !finding.link.isEmpty() ? finding.link : finding.url;
    m_result.url = QUrl(target);
    if (!m_result.url.isValid() || !m_result.url.scheme().startsWith(QLatin1String("http"))) {
        QTimer::singleShot(0, this, [this] { finish(RecheckResult::NotJudged, tr("The finding names no web address to fetch.")); });
        return;
    }
    m_fetcher = std::make_unique<Fetcher>(m_policy);
    connect(m_fetcher.get(), &Fetcher::finished, this, &FindingRecheck::onFetched);
    m_pageRequest = m_fetcher->enqueueUrl(m_result.url);
}

void FindingRecheck::cancel()
{
    if (m_fetcher)
        m_fetcher->cancelAll();
}

WarcRef FindingRecheck::keep(const FetchResult &result)
{
    const QString dir = m_store.location().evidenceDir();
    if (dir.isEmpty())
        return {};
    if (!m_warc) {
        WarcWriterOptions options;
        options.directory = dir;
        options.prefix = QStringLiteral("recheck");
        options.roundId = m_finding.roundId;
        m_warc = std::make_unique<WarcWriter>(options);
    }
    WarcRef ref;
    for (const HttpExchange &ex : result.chain) {
        if (ex.rawRequest.isEmpty())
            continue;
        WarcExchange w{ex.url, ex.startedAt, ex.peerAddress, ex.rawRequest, ex.rawResponse, ex.rawTruncated};
        if (const auto loc = m_warc->writeExchange(w))
            ref = {QFileInfo(loc->response.file).fileName(), loc->response.offset, loc->response.length};
    }
    return ref;
}

void FindingRecheck::onFetched(const FetchResult &result)
{
    if (result.error == FetchError::Cancelled) {
        finish(RecheckResult::NotJudged, tr("Cancelled."));
        return;
    }
    if (m_cssRequests.contains(result.id)) {
        keep(result);
        m_cssRequests.removeOne(result.id);
        const HttpExchange *last = result.last();
        if (result.ok() && last && last->statusCode >= 200 && last->statusCode < 300)
            m_css << PageDecoder::decode(last->body, last->header("content-type")).text;
        if (m_cssRequests.isEmpty())
            judgePage(m_page);
        return;
    }
    if (result.id != m_pageRequest)
        return;
    m_result.warc = keep(result);
    const HttpExchange *last = result.last();
    m_result.httpStatus = last ? last->statusCode : 0;
    const QString code = m_finding.indicator;
    QString title, text;
    if (result.ok() && last && last->isHtml()) {
        const DecodedPage page = PageDecoder::decode(last->body, last->header("content-type"));
        const HtmlDocument doc = HtmlDocument::parse(page.text, result.finalUrl);
        title = doc.title();
        text = doc.visibleText();
    }
    if (isLinkCode(code)) {
        // The crawl's judge, with the sites registered as closed as they stand now.
        LinkJudge judge;
        QSet<QString> closed;
        for (const Site &s : m_store.sites())
            if (s.status == ObjectStatus::Closed || s.status == ObjectStatus::Offline || s.status == ObjectStatus::Cancelled)
                closed.insert(LinkJudge::authority(QUrl(s.url)));
        judge.setClosedHosts(closed);
        const LinkVerdict v = judge.judge(result.requestedUrl, result.finalUrl, m_result.httpStatus,
                                          result.ok() ? QString() : result.errorDetail, title, text);
        if (v.kind == LinkVerdict::Fine)
            finish(RecheckResult::Resolved, tr("%1 answers HTTP %2 now.").arg(result.requestedUrl.toString()).arg(m_result.httpStatus));
        else
            finish(RecheckResult::StillPresent, v.evidence);
        return;
    }
    if (!result.ok() || !last) {
        finish(code == QLatin1String("W-N-SHUTDOWN") ? RecheckResult::Resolved : RecheckResult::Unreachable,
               tr("%1 does not answer: %2").arg(result.requestedUrl.toString(), result.errorDetail));
        return;
    }
    if (code == QLatin1String("W-N-SHUTDOWN")) {
        if (LinkJudge::servesContent(m_result.httpStatus, title, text))
            finish(RecheckResult::StillPresent, tr("The closed site still serves content (HTTP %1, “%2”).").arg(m_result.httpStatus).arg(title));
        else
            finish(RecheckResult::Resolved, tr("The closed site no longer serves content (HTTP %1).").arg(m_result.httpStatus));
        return;
    }
    if (!isPageCode(code)) {
        finish(RecheckResult::NotJudged, tr("The page answers HTTP %1 now; %2 is judged on the site's pages together: decide by looking.")
                                             .arg(m_result.httpStatus)
                                             .arg(code));
        return;
    }
    if (!last->isHtml()) {
        finish(RecheckResult::Unreachable, tr("%1 is not an HTML page now (HTTP %2).").arg(result.finalUrl.toString()).arg(m_result.httpStatus));
        return;
    }
    m_page = result;
    if (code == QLatin1String("W-N-DARKLINK")) {
        // Hidden links may hide by the linked stylesheets: fetch them as the crawl did.
        const DecodedPage page = PageDecoder::decode(last->body, last->header("content-type"));
        const HtmlDocument doc = HtmlDocument::parse(page.text, result.finalUrl);
        for (const QUrl &css : doc.stylesheetUrls())
            if (m_cssRequests.size() < kMaxStylesheets)
                m_cssRequests << m_fetcher->enqueueUrl(css);
        if (!m_cssRequests.isEmpty())
            return;
    }
    judgePage(result);
}

void FindingRecheck::judgePage(const FetchResult &result)
{
    const HttpExchange *last = result.last();
    const DecodedPage page = PageDecoder::decode(last->body, last->header("content-type"));
    HtmlDocument::Options options;
    options.documentCharset = page.charset;
    const HtmlDocument doc = HtmlDocument::parse(page.text, result.finalUrl, options);
    const auto site = m_store.site(m_finding.objectId);
    const auto round = m_store.round(m_finding.roundId);
    if (m_finding.objectType != ObjectType::Site || !site || !round) {
        finish(RecheckResult::NotJudged, tr("The finding's site or round is no longer in the store."));
        return;
    }
    const IndicatorSet set = IndicatorSetStore(m_store).active();
    PageAnalysisContext ctx;
    ctx.site = *site;
    ctx.pageId = m_finding.pageId;
    ctx.url = m_finding.url; // the address the finding was filed under: fingerprints name it
    ctx.role = QStringLiteral("content");
    if (m_finding.pageId > 0)
        if (const auto p = CheckRecords(m_store).page(m_finding.pageId))
            ctx.role = p->role;
    ctx.round = *round;
    ctx.set = &set;
    for (const Site &s : m_store.sites())
        ctx.ownAuthorities.insert(LinkJudge::authority(QUrl(s.url)));
    QList<Finding> found;
    if (m_finding.indicator == QLatin1String("W-N-DARKLINK")) {
        found = PageAnalyzer::hiddenLinks(doc, ctx, m_css, nullptr);
    } else {
        WordingDictionary dictionary(m_store);
        dictionary.ensureStarter();
        ctx.dictionary = std::make_shared<const CompiledDictionary>(dictionary.entries());
        found = PageAnalyzer::analyze(doc, ctx).findings;
    }
    for (const Finding &f : std::as_const(found))
        if (f.fingerprint == m_finding.fingerprint) {
            finish(RecheckResult::StillPresent, tr("Still on the page: %1").arg(f.evidence));
            return;
        }
    finish(RecheckResult::Resolved, tr("%1 no longer shows it (HTTP %2).").arg(m_finding.url).arg(m_result.httpStatus));
}

void FindingRecheck::finish(RecheckResult::Verdict verdict, const QString &evidence)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_result.verdict = verdict;
    m_result.evidence = evidence;
    emit finished(m_result);
}

RecheckResult FindingRecheck::run(Store &store, const Finding &finding, const FetchPolicy &policy)
{
    FindingRecheck recheck(store);
    recheck.setPolicy(policy);
    RecheckResult out;
    QEventLoop loop;
    connect(&recheck, &FindingRecheck::finished, &loop, [&](const RecheckResult &r) {
        out = r;
        loop.quit();
    });
    recheck.start(finding);
    // Bounded: the policy's timeouts end every request; this only guards against a lost signal.
    QTimer::singleShot(policy.timeoutMs * (policy.maxRetries + 2) * (kMaxStylesheets + 1), &loop, &QEventLoop::quit);
    loop.exec();
    return out;
}

} // namespace xj
