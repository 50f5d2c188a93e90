#include "HtmlDocument.h"

#include "HtmlInternal.h"
#include "UrlNormalizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <csetjmp>
#include <csignal>
#include <cstddef>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <setjmp.h> // sigsetjmp (POSIX)

namespace xj {

using namespace htmlinternal;

namespace {

// gumbo has no limits of its own and no way to stop it, and a page can make it build far more
// nodes than it has tags (each unclosed <b id=n> is re-created in every later paragraph). So
// every allocation goes through this budget: memory and the thread's CPU time are counted, and
// when either runs out the parse is abandoned by siglongjmp — safe here because gumbo is plain C
// with no state outside its allocations, and every allocation is on our list to free.
//
// The same way out serves gumbo's own assertions: Debian builds it with assert() on, and crafted
// input trips some (e.g. "<template><tr><math><mi><![CDATA[x]]>&"), which would abort the whole
// application for one bad page. While this thread is inside gumbo, SIGABRT returns to the parse
// instead (glibc's abort() allows a handler that does not return); anywhere else it goes on to
// whatever handled it before.
struct alignas(std::max_align_t) Block {
    Block *prev;
    Block *next;
    size_t cost; // bytes charged to the budget
};

qint64 threadCpuNs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    // CPU time, not wall time: a busy machine must not change what a page's analysis says.
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#else
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.nsecsElapsed();
#endif
}

struct ParseBudget {
    enum Exceeded { None, Memory, Time, Crashed };

    sigjmp_buf jump;
    Block head{&head, &head, 0};
    size_t used = 0;
    size_t limit = 0;
    qint64 deadlineNs = 0;
    unsigned calls = 0;
    Exceeded exceeded = None;

    ParseBudget() = default;
    ParseBudget(const ParseBudget &) = delete;
    ParseBudget &operator=(const ParseBudget &) = delete;
    ~ParseBudget()
    {
        // Frees the whole tree at once; gumbo_destroy_output would recurse once per level.
        for (Block *b = head.next; b != &head;) {
            Block *next = b->next;
            std::free(b);
            b = next;
        }
    }
};

void *budgetAlloc(void *userdata, size_t size)
{
    auto *budget = static_cast<ParseBudget *>(userdata);
    // gumbo makes millions of tiny allocations: count our header and malloc's own as well.
    const size_t cost = size + sizeof(Block) + 2 * sizeof(void *);
    if (cost > budget->limit - budget->used) {
        budget->exceeded = ParseBudget::Memory;
        siglongjmp(budget->jump, 1);
    }
    if ((++budget->calls & 1023) == 0 && threadCpuNs() > budget->deadlineNs) {
        budget->exceeded = ParseBudget::Time;
        siglongjmp(budget->jump, 1);
    }
    auto *block = static_cast<Block *>(std::malloc(sizeof(Block) + size));
    if (!block) {
        budget->exceeded = ParseBudget::Memory;
        siglongjmp(budget->jump, 1);
    }
    block->cost = cost;
    block->prev = &budget->head;
    block->next = budget->head.next;
    budget->head.next->prev = block;
    budget->head.next = block;
    budget->used += cost;
    return block + 1;
}

void budgetFree(void *userdata, void *ptr)
{
    if (!ptr)
        return;
    auto *budget = static_cast<ParseBudget *>(userdata);
    Block *block = static_cast<Block *>(ptr) - 1;
    block->prev->next = block->next;
    block->next->prev = block->prev;
    budget->used -= block->cost;
    std::free(block);
}

thread_local ParseBudget *t_parsing = nullptr; // set while this thread is inside gumbo
struct sigaction g_previousAbort;

void onAbort(int sig, siginfo_t *info, void *context)
{
    if (ParseBudget *budget = t_parsing) {
        t_parsing = nullptr;
        budget->exceeded = ParseBudget::Crashed;
        siglongjmp(budget->jump, 1);
    }
    // Not from a parse: restore what was there and let the signal take its course once we return.
    (void)info;
    (void)context;
    sigaction(SIGABRT, &g_previousAbort, nullptr);
    raise(sig);
}

void installAbortHandler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction action {};
        action.sa_sigaction = onAbort;
        action.sa_flags = SA_SIGINFO;
        sigemptyset(&action.sa_mask);
        sigaction(SIGABRT, &action, &g_previousAbort);
    });
}

// Nothing with a destructor lives in this frame, so jumping back into it is well-defined. The
// signal mask is saved and restored: abort() runs the handler with SIGABRT blocked.
GumboOutput *parseWithin(ParseBudget *budget, const GumboOptions *options, const QByteArray *utf8)
{
    if (sigsetjmp(budget->jump, 1) != 0) {
        t_parsing = nullptr;
        return nullptr;
    }
    t_parsing = budget;
    GumboOutput *output = gumbo_parse_with_options(options, utf8->constData(), size_t(utf8->size()));
    t_parsing = nullptr;
    return output;
}

QString childText(const GumboNode *n)
{
    QString text;
    const GumboVector *kids = childrenOf(n);
    for (unsigned i = 0; kids && i < kids->length; ++i) {
        const auto *child = static_cast<const GumboNode *>(kids->data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA)
            text += QString::fromUtf8(child->v.text.text);
    }
    return text;
}

QString megabytes(qsizetype bytes) { return QString::number(double(bytes) / (1024 * 1024), 'f', 1); }

} // namespace

HtmlDocument HtmlDocument::parse(const QString &html, const QUrl &pageUrl)
{
    return parse(html, pageUrl, Options());
}

HtmlDocument HtmlDocument::parse(const QString &html, const QUrl &pageUrl, const Options &options)
{
    HtmlDocument doc;
    doc.m_pageUrl = pageUrl;
    doc.m_baseUrl = pageUrl;

    // Cut before converting: a character is at least one UTF-8 byte. Then cut the bytes at a
    // character boundary.
    const qsizetype cap = std::max<qsizetype>(0, options.maxInputBytes);
    QByteArray utf8 = (html.size() > cap ? html.left(cap) : html).toUtf8();
    if (html.size() > cap || utf8.size() > cap) {
        qsizetype cut = std::min(cap, utf8.size());
        while (cut > 0 && cut < utf8.size() && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
            --cut;
        utf8.truncate(cut);
        doc.m_truncated = true;
        doc.m_warnings << QCoreApplication::translate("HtmlDocument",
                                                      "Only the first %1 MB of the page were analysed: the page is larger.")
                              .arg(megabytes(cap));
    }

    doc.m_flattened = flattenDeepNesting(utf8, std::max(1, options.maxDepth));
    if (doc.m_flattened > 0)
        doc.m_warnings << QCoreApplication::translate("HtmlDocument",
                                                      "%n tag(s) nested deeper than %1 levels were ignored.", nullptr,
                                                      doc.m_flattened)
                              .arg(options.maxDepth);

    ParseBudget budget;
    const qsizetype autoLimit = std::min<qsizetype>(qsizetype(1) << 30, (qsizetype(256) << 20) + 32 * utf8.size());
    budget.limit = size_t(options.maxParserMemory > 0 ? options.maxParserMemory : autoLimit);
    budget.deadlineNs = threadCpuNs() + qint64(std::max(1, options.maxParseMs)) * 1000000;
    GumboOptions gumboOptions = kGumboDefaultOptions;
    gumboOptions.allocator = budgetAlloc;
    gumboOptions.deallocator = budgetFree;
    gumboOptions.userdata = &budget;
    gumboOptions.max_errors = 0; // each recorded error copies the open-element stack: quadratic memory
    installAbortHandler();
    const GumboOutput *output = parseWithin(&budget, &gumboOptions, &utf8);
    if (!output) {
        switch (budget.exceeded) {
        case ParseBudget::Time:
            doc.m_warnings << QCoreApplication::translate("HtmlDocument",
                                                          "The page was not analysed: parsing it took more than %1 s.")
                                  .arg(options.maxParseMs / 1000.0);
            break;
        case ParseBudget::Crashed:
            doc.m_warnings << QCoreApplication::translate("HtmlDocument",
                                                          "The page was not analysed: the HTML parser failed an internal check on it.");
            break;
        default:
            doc.m_warnings << QCoreApplication::translate("HtmlDocument",
                                                          "The page was not analysed: parsing it needed more than %1 MB of memory.")
                                  .arg(megabytes(qsizetype(budget.limit)));
            break;
        }
        return doc;
    }
    doc.m_parsed = true;
    const GumboNode *root = output->document;

    // The first <base href> anywhere applies to every link, even those before it.
    bool baseFound = false;
    walk(root,
         [&](const GumboNode *n) {
             if (baseFound || !(n->type == GUMBO_NODE_DOCUMENT || n->type == GUMBO_NODE_ELEMENT))
                 return false;
             if (isHtml(n, GUMBO_TAG_BASE) && hasAttr(n, "href")) {
                 baseFound = true;
                 const QUrl base = resolveLink(pageUrl, attr(n, "href"), QString());
                 if (base.isValid())
                     doc.m_baseUrl = base;
             }
             return true;
         },
         [](const GumboNode *) {});

    bool titleFound = false;
    walk(root,
         [&](const GumboNode *n) {
             if (n->type == GUMBO_NODE_DOCUMENT)
                 return true;
             if (n->type != GUMBO_NODE_ELEMENT)
                 return false; // text, comments, inert <template> contents
             if (!titleFound && isHtml(n, GUMBO_TAG_TITLE)) {
                 titleFound = true;
                 doc.m_title = childText(n).simplified();
             } else if (isHtml(n, GUMBO_TAG_META) && hasAttr(n, "content")) {
                 const QString content = attr(n, "content").trimmed();
                 for (const char *key : {"name", "property"}) {
                     const QString name = attr(n, key).trimmed();
                     if (!name.isEmpty() && !doc.m_metaTags.contains(name))
                         doc.m_metaTags.insert(name, content);
                 }
             } else if (n->v.element.tag == GUMBO_TAG_STYLE) {
                 doc.m_inlineStyles << childText(n);
             }
             return true;
         },
         [](const GumboNode *) {});

    auto dom = QSharedPointer<DomTree>::create();
    DomIndex index;
    buildDom(root, dom.get(), &index);
    extractLinks(root, doc.m_baseUrl, options.documentCharset, &doc.m_links, &index);
    for (const ExtractedLink &link : std::as_const(doc.m_links))
        if (link.kind == ExtractedLink::Stylesheet)
            doc.m_stylesheets << link.url;
    doc.m_visibleText = renderText(root);
    const GumboNode *footer = nullptr;
    doc.m_footerText = htmlinternal::footerText(root, doc.m_visibleText, &doc.m_footerFromElement, &footer);
    doc.m_footerNode = footer ? index.value(footer, -1) : -1;
    doc.m_dom = dom;
    return doc; // the budget frees the tree
}

const DomTree &HtmlDocument::dom() const
{
    static const DomTree empty;
    return m_dom ? *m_dom : empty;
}

QString HtmlDocument::metaTag(const QString &name) const
{
    const auto exact = m_metaTags.constFind(name);
    if (exact != m_metaTags.constEnd())
        return exact.value();
    for (auto it = m_metaTags.constBegin(); it != m_metaTags.constEnd(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    return {};
}

QString HtmlDocument::kindCode(ExtractedLink::Kind kind)
{
    switch (kind) {
    case ExtractedLink::Anchor: return QStringLiteral("anchor");
    case ExtractedLink::Attachment: return QStringLiteral("attachment");
    case ExtractedLink::Area: return QStringLiteral("area");
    case ExtractedLink::Image: return QStringLiteral("image");
    case ExtractedLink::Iframe: return QStringLiteral("iframe");
    case ExtractedLink::Frame: return QStringLiteral("frame");
    case ExtractedLink::Script: return QStringLiteral("script");
    case ExtractedLink::Stylesheet: return QStringLiteral("stylesheet");
    case ExtractedLink::Icon: return QStringLiteral("icon");
    case ExtractedLink::OtherLink: return QStringLiteral("other-link");
    case ExtractedLink::Media: return QStringLiteral("media");
    case ExtractedLink::Source: return QStringLiteral("source");
    case ExtractedLink::Embed: return QStringLiteral("embed");
    case ExtractedLink::Object: return QStringLiteral("object");
    case ExtractedLink::Form: return QStringLiteral("form");
    case ExtractedLink::MetaRefresh: return QStringLiteral("meta-refresh");
    }
    return QStringLiteral("anchor");
}

} // namespace xj
