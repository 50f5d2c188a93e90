// dictionary list|import|add|remove|export|starter — the wording dictionary (W-N-WORDING)
// wording FILE|URL — its hits in a text or HTML file, or in a page fetched once
#include "CliCommands.h"

#include "Fetcher.h"
#include "HtmlDocument.h"
#include "PageDecoder.h"
#include "TextCodec.h"
#include "WordingCheck.h"
#include "WordingDictionary.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xj::cli {

namespace {

const QString kKindOption = QStringLiteral("kind");

std::optional<WordingKind> kindOrComplain(const QString &text)
{
    const auto kind = WordingDictionary::parseKind(text);
    if (!kind)
        err() << CliTr::tr("xunjian dictionary: unknown kind \"%1\"; expected serious, typo, sensitive or allow (严重表述错误, 错别字, 敏感词, 允许词)")
                     .arg(text)
              << Qt::endl;
    return kind;
}

QJsonObject entryJson(const WordingEntry &e)
{
    return {{QStringLiteral("id"), e.id},         {QStringLiteral("kind"), WordingDictionary::kindCode(e.kind)},
            {QStringLiteral("term"), e.term},     {QStringLiteral("correct"), e.correct},
            {QStringLiteral("level"), e.level},   {QStringLiteral("note"), e.note},
            {QStringLiteral("source"), e.source}};
}

int printImport(const WordingImportResult &r)
{
    if (!r.ok) {
        for (const ImportProblem &problem : r.problems)
            err() << problem.toString() << '\n';
        err() << CliTr::tr("nothing imported") << Qt::endl;
        return kBadInput;
    }
    out() << CliTr::tr("%1 entries read: %2 added, %3 updated, %4 unchanged").arg(r.rows).arg(r.inserted).arg(r.updated).arg(r.unchanged)
          << Qt::endl;
    return kOk;
}

int list(WordingDictionary &dictionary, const QCommandLineParser &p)
{
    std::optional<WordingKind> kind;
    if (p.isSet(kKindOption) && !(kind = kindOrComplain(p.value(kKindOption))))
        return kBadInput;
    const QList<WordingEntry> entries = dictionary.entries(kind, p.value(QStringLiteral("search")));
    if (p.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray all;
        for (const WordingEntry &e : entries)
            all.append(entryJson(e));
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
    } else {
        for (const WordingEntry &e : entries)
            out() << WordingDictionary::kindCode(e.kind) << '\t' << e.term << '\t' << e.correct << '\t'
                  << (e.level.isEmpty() ? QString() : WordingDictionary::levelZh(e.level)) << '\t' << e.note << '\n';
    }
    out().flush();
    return kOk;
}

} // namespace

int dictionaryCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList subs = {QStringLiteral("list"), QStringLiteral("import"), QStringLiteral("add"), QStringLiteral("remove"),
                              QStringLiteral("export"), QStringLiteral("starter")};
    if (!subs.contains(sub)) {
        err() << CliTr::tr("xunjian dictionary: expected list, import FILE, add KIND TERM [CORRECT], remove KIND TERM, export FILE or starter")
              << Qt::endl;
        return kBadInput;
    }
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ARGS"), CliTr::tr("FILE (import, export); KIND TERM [CORRECT] (add, remove)."), QStringLiteral("[ARGS…]"));
    p.addOption({kKindOption, CliTr::tr("serious, typo, sensitive or allow: the kind listed, or of a .txt list's entries."), QStringLiteral("KIND")});
    p.addOption({QStringLiteral("search"), CliTr::tr("With list: only entries whose term, correct form or note contain TEXT."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("level"), CliTr::tr("With add: 一般, 疑似 or 严重."), QStringLiteral("LEVEL")});
    p.addOption({QStringLiteral("note"), CliTr::tr("With add: a note."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("format"), CliTr::tr("text or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parse(p, QStringLiteral("dictionary ") + sub, args.mid(1)))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    const QStringList pos = p.positionalArguments();
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    WordingDictionary dictionary(*store);
    if (sub == QLatin1String("starter"))
        return printImport(dictionary.loadStarter());
    // The first use of a store's dictionary brings the starter list (WordingDictionary).
    if (!dictionary.ensureStarter()) {
        err() << "xunjian: " << dictionary.lastError() << Qt::endl;
        return kFailed;
    }
    if (sub == QLatin1String("list"))
        return list(dictionary, p);

    if (sub == QLatin1String("import") || sub == QLatin1String("export")) {
        if (pos.size() != 1) {
            err() << CliTr::tr("xunjian dictionary %1: name one file").arg(sub) << Qt::endl;
            return kBadInput;
        }
        if (sub == QLatin1String("export")) {
            QString error;
            if (!dictionary.exportFile(pos.first(), &error)) {
                err() << "xunjian: " << error << Qt::endl;
                return kFailed;
            }
            out() << CliTr::tr("%1 entries written to %2").arg(dictionary.count()).arg(pos.first()) << Qt::endl;
            return kOk;
        }
        std::optional<WordingKind> kind;
        if (p.isSet(kKindOption) && !(kind = kindOrComplain(p.value(kKindOption))))
            return kBadInput;
        return printImport(dictionary.importFile(pos.first(), kind));
    }

    // add / remove
    if (pos.size() < 2 || pos.size() > (sub == QLatin1String("add") ? 3 : 2)) {
        err() << (sub == QLatin1String("add") ? CliTr::tr("xunjian dictionary add: expected KIND TERM [CORRECT]")
                                               : CliTr::tr("xunjian dictionary remove: expected KIND TERM"))
              << Qt::endl;
        return kBadInput;
    }
    const auto kind = kindOrComplain(pos.at(0));
    if (!kind)
        return kBadInput;
    if (sub == QLatin1String("remove")) {
        bool found = false;
        if (!dictionary.remove(*kind, pos.at(1), &found)) {
            err() << "xunjian: " << dictionary.lastError() << Qt::endl;
            return kFailed;
        }
        if (!found) {
            err() << CliTr::tr("xunjian dictionary remove: no %1 “%2”").arg(WordingDictionary::kindLabel(*kind), pos.at(1)) << Qt::endl;
            return kBadInput;
        }
        out() << CliTr::tr("removed") << Qt::endl;
        return kOk;
    }
    const auto level = WordingDictionary::parseLevel(p.value(QStringLiteral("level")));
    if (!level) {
        err() << CliTr::tr("xunjian dictionary add: unknown level \"%1\"; expected 一般, 疑似 or 严重").arg(p.value(QStringLiteral("level"))) << Qt::endl;
        return kBadInput;
    }
    WordingEntry e;
    e.kind = *kind;
    e.term = pos.at(1).trimmed();
    e.correct = pos.value(2).trimmed();
    e.level = *level;
    e.note = p.value(QStringLiteral("note"));
    e.source = QStringLiteral("cli");
    WordingChange change = WordingChange::Unchanged;
    if (!dictionary.add(e, &change)) {
        err() << CliTr::tr("xunjian dictionary add: %1").arg(dictionary.lastError()) << Qt::endl;
        return WordingDictionary::problem(e).isEmpty() ? kFailed : kBadInput;
    }
    out() << (change == WordingChange::Inserted  ? CliTr::tr("added")
              : change == WordingChange::Updated ? CliTr::tr("updated")
                                                 : CliTr::tr("already in the dictionary"))
          << Qt::endl;
    return kOk;
}

namespace {

struct PageText {
    QString text;
    QString error;
};

// A page fetched once, politely (robots.txt obeyed), as the crawler would.
PageText fetchPage(const QUrl &url)
{
    Fetcher fetcher(FetchPolicy::polite());
    FetchResult result;
    QEventLoop loop;
    QObject::connect(&fetcher, &Fetcher::finished, &loop, [&](const FetchResult &r) {
        result = r;
        loop.quit();
    });
    fetcher.enqueueUrl(url);
    loop.exec();
    const HttpExchange *last = result.last();
    if (!result.ok() || !last)
        return {{}, CliTr::tr("%1: %2 %3").arg(url.toString(), fetchErrorCode(result.error), result.errorDetail)};
    if (last->statusCode != 200)
        return {{}, CliTr::tr("%1: HTTP %2").arg(url.toString()).arg(last->statusCode)};
    const DecodedPage page = PageDecoder::decode(last->body, last->header("Content-Type"));
    if (!last->isHtml())
        return {page.text, {}};
    return {HtmlDocument::parse(page.text, result.finalUrl).visibleText(), {}};
}

PageText readPage(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {{}, CliTr::tr("%1: cannot read: %2").arg(path, f.errorString())};
    const QByteArray bytes = f.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool html = suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("shtml")
                      || bytes.left(1024).toLower().contains("<html");
    if (html) {
        const DecodedPage page = PageDecoder::decode(bytes);
        return {HtmlDocument::parse(page.text, QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())).visibleText(), {}};
    }
    QString error;
    const auto decoded = TextCodec::decode(bytes, &error);
    if (!decoded)
        return {{}, QStringLiteral("%1: %2").arg(path, error)};
    return {decoded->text, {}};
}

} // namespace

int wordingCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE|URL"), CliTr::tr("A text or HTML file, or the address of a page."));
    p.addOption({QStringLiteral("engine"), CliTr::tr("automatic, hyperscan or aho-corasick"), QStringLiteral("ENGINE"), QStringLiteral("automatic")});
    p.addOption({QStringLiteral("format"), CliTr::tr("text or json"), QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parse(p, QStringLiteral("wording"), args))
        return p.isSet(QStringLiteral("help")) ? kOk : kBadInput;
    if (p.positionalArguments().size() != 1) {
        err() << CliTr::tr("xunjian wording: name one file or address") << Qt::endl;
        return kBadInput;
    }
    const QString engineText = p.value(QStringLiteral("engine"));
    WordingMatcher::Engine engine = WordingMatcher::Engine::Automatic;
    if (engineText == QLatin1String("hyperscan"))
        engine = WordingMatcher::Engine::Hyperscan;
    else if (engineText == QLatin1String("aho-corasick"))
        engine = WordingMatcher::Engine::AhoCorasick;
    else if (engineText != QLatin1String("automatic")) {
        err() << CliTr::tr("xunjian wording: unknown engine \"%1\"; expected automatic, hyperscan or aho-corasick").arg(engineText) << Qt::endl;
        return kBadInput;
    }
    auto store = openStoreOrComplain(p);
    if (!store)
        return kFailed;
    WordingDictionary dictionary(*store);
    if (!dictionary.ensureStarter()) {
        err() << "xunjian: " << dictionary.lastError() << Qt::endl;
        return kFailed;
    }
    const QString target = p.positionalArguments().first();
    const QUrl url(target);
    const bool remote = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    const PageText page = remote ? fetchPage(url) : readPage(target);
    if (!page.error.isEmpty()) {
        err() << "xunjian wording: " << page.error << Qt::endl;
        return remote ? kFailed : kBadInput;
    }
    const CompiledDictionary compiled(dictionary.entries(), engine);
    if (!compiled.matcher().note().isEmpty() && engine == WordingMatcher::Engine::Hyperscan)
        err() << CliTr::tr("xunjian wording: Aho–Corasick used: %1").arg(compiled.matcher().note()) << Qt::endl;
    const QList<WordingHit> hits = WordingCheck::scan(page.text, compiled);
    if (p.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray all;
        for (const WordingHit &h : hits)
            all.append(QJsonObject{{QStringLiteral("offset"), qint64(h.offset)},
                                   {QStringLiteral("length"), qint64(h.length)},
                                   {QStringLiteral("kind"), WordingDictionary::kindCode(h.kind)},
                                   {QStringLiteral("term"), h.term},
                                   {QStringLiteral("correct"), h.correct},
                                   {QStringLiteral("level"), h.level},
                                   {QStringLiteral("sentence"), h.sentence}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("engine"), WordingMatcher::engineName(compiled.matcher().engine())},
                                           {QStringLiteral("characters"), qint64(page.text.size())},
                                           {QStringLiteral("hits"), all}})
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const WordingHit &h : hits)
            out() << h.offset << '\t' << WordingDictionary::kindCode(h.kind) << '\t' << WordingCheck::evidence(h) << '\n';
        out() << CliTr::tr("%n hit(s) in %1 characters", nullptr, int(hits.size())).arg(page.text.size()) << Qt::endl;
    }
    out().flush();
    return kOk;
}

} // namespace xj::cli
