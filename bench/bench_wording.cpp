// Wording matcher benchmark (bench/wording/run.sh drives it; bench/wording/README.md has the numbers).
//
//   bench_wording generate --text FILE --dict FILE --bytes N --starter CSV --vocabulary TXT [--terms 10000] [--seed 1]
//       Deterministic page-like Chinese text (headings, navigation lines, paragraphs of government
//       wording with dictionary terms and their correct forms mixed in), written in 8 MiB pieces,
//       and a dictionary of the starter list's terms plus generated 2–6 character terms.
//   bench_wording scan --text FILE --dict FILE [--engine hyperscan|aho-corasick] [--mode bytes|qstring|check]
//       bytes:   WordingMatcher over the file's bytes in 64 MiB pieces cut at line ends; every hit
//                with its position is kept, then counted three ways: all hits (overlapping ones
//                included), lines with a hit (what grep -c counts) and leftmost-longest
//                non-overlapping hits with the sum of their byte offsets (what grep -o -b prints).
//       qstring: the same through the QString interface on ~16 KB pages (UTF-16 offsets).
//       check:   WordingCheck::scan on ~16 KB pages (allow-list, sentences): the real per-page cost.
//   Prints one line of key=value pairs.
#include "WordingCheck.h"
#include "WordingMatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace xj;

namespace {

// xorshift64*: the same numbers on every machine and compiler (std::distributions are not).
struct Random {
    quint64 s;
    quint64 next()
    {
        s ^= s >> 12;
        s ^= s << 25;
        s ^= s >> 27;
        return s * 2685821657736338717ULL;
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int perMille) { return below(1000) < perMille; }
};

QString arg(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QStringList lines;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString l = QString::fromUtf8(line).trimmed();
        if (!l.isEmpty() && !l.startsWith(QLatin1Char('#')))
            lines << l;
    }
    return lines;
}

struct Starter {
    QStringList wrong;   // serious and typo terms
    QStringList correct; // their correct forms and the allowed phrases
    QStringList all;     // every term
};

Starter readStarter(const QString &path)
{
    Starter s;
    const QStringList lines = readLines(path);
    for (qsizetype i = 1; i < lines.size(); ++i) { // [0] is the header
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        if (cells.size() < 3 || cells.at(1).isEmpty())
            continue;
        s.all << cells.at(1);
        if (cells.at(0) == QStringLiteral("允许词"))
            s.correct << cells.at(1);
        else if (cells.at(0) != QStringLiteral("敏感词"))
            s.wrong << cells.at(1);
        if (!cells.at(2).isEmpty())
            s.correct << cells.at(2);
    }
    return s;
}

int generate(const QStringList &args)
{
    const QStringList vocabulary = readLines(arg(args, QStringLiteral("--vocabulary")));
    const Starter starter = readStarter(arg(args, QStringLiteral("--starter")));
    const qint64 bytes = arg(args, QStringLiteral("--bytes"), QStringLiteral("1073741824")).toLongLong();
    const int termCount = arg(args, QStringLiteral("--terms"), QStringLiteral("10000")).toInt();
    Random rng{arg(args, QStringLiteral("--seed"), QStringLiteral("1")).toULongLong() * 0x9E3779B97F4A7C15ULL + 1};

    // The dictionary: the starter's terms, then typo-like variants of the vocabulary (a word or
    // two, cut to 2–6 characters, one character replaced) until termCount distinct terms.
    QString pool;
    for (const QString &w : vocabulary)
        pool += w;
    QSet<QString> seen(starter.all.cbegin(), starter.all.cend());
    QStringList dictionary = starter.all;
    QStringList generated;
    const int lengths[] = {2, 3, 3, 4, 4, 4, 4, 5, 5, 6};
    while (dictionary.size() < termCount) {
        const int length = lengths[rng.below(10)];
        QString t = vocabulary.at(rng.below(int(vocabulary.size())));
        while (t.size() < length)
            t += vocabulary.at(rng.below(int(vocabulary.size())));
        t = t.left(length);
        t[rng.below(length)] = pool.at(rng.below(int(pool.size())));
        if (t.size() < 2 || seen.contains(t) || vocabulary.contains(t))
            continue;
        seen.insert(t);
        dictionary << t;
        generated << t;
    }
    QFile dict(arg(args, QStringLiteral("--dict")));
    if (!dict.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the dictionary");
    dict.write((dictionary.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    dict.close();

    // Words as UTF-8 once, so that writing a gigabyte is copying bytes.
    auto utf8 = [](const QStringList &l) {
        std::vector<QByteArray> v;
        for (const QString &s : l)
            v.push_back(s.toUtf8());
        return v;
    };
    const auto words = utf8(vocabulary), wrong = utf8(starter.wrong), correct = utf8(starter.correct), made = utf8(generated);
    const char *const commas[] = {"，", "、", "；"};
    QFile text(arg(args, QStringLiteral("--text")));
    if (!text.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the text");
    QByteArray buffer;
    buffer.reserve(9 << 20);
    qint64 written = 0;
    auto word = [&](QByteArray &line) {
        // About one dictionary term in 150 words, as a page with an error now and then.
        if (rng.chance(3))
            line += wrong[std::size_t(rng.below(int(wrong.size())))];
        else if (rng.chance(3))
            line += made[std::size_t(rng.below(int(made.size())))];
        else if (rng.chance(10))
            line += correct[std::size_t(rng.below(int(correct.size())))];
        else if (rng.chance(15))
            line += QByteArray::number(2015 + rng.below(11)) + "年" + QByteArray::number(1 + rng.below(12)) + "月"
                + QByteArray::number(1 + rng.below(28)) + "日";
        else
            line += words[std::size_t(rng.below(int(words.size())))];
    };
    while (written < bytes) {
        QByteArray line;
        const int kind = rng.below(10);
        if (kind < 2) { // heading
            for (int n = 3 + rng.below(6); n > 0; --n)
                word(line);
        } else if (kind < 4) { // navigation: short items
            for (int n = 4 + rng.below(8); n > 0; --n) {
                word(line);
                line += "  ";
            }
            line += "www.example.gov.cn";
        } else { // paragraph
            for (int sentences = 1 + rng.below(6); sentences > 0; --sentences) {
                for (int n = 6 + rng.below(20); n > 0; --n) {
                    word(line);
                    if (rng.chance(80))
                        line += commas[rng.below(3)];
                }
                line += rng.chance(900) ? "。" : "！";
            }
        }
        line += '\n';
        buffer += line;
        written += line.size();
        if (buffer.size() >= (8 << 20) || written >= bytes) {
            text.write(buffer);
            buffer.clear();
        }
    }
    QTextStream(stdout) << "generated bytes=" << written << " terms=" << dictionary.size() << Qt::endl;
    return 0;
}

struct Hit {
    int pattern;
    qsizetype start;
    qsizetype end;
};

int scan(const QStringList &args)
{
    const QStringList terms = readLines(arg(args, QStringLiteral("--dict")));
    const QString engineName = arg(args, QStringLiteral("--engine"), QStringLiteral("hyperscan"));
    const QString mode = arg(args, QStringLiteral("--mode"), QStringLiteral("bytes"));
    const auto engine = engineName == QLatin1String("aho-corasick") ? WordingMatcher::Engine::AhoCorasick : WordingMatcher::Engine::Hyperscan;
    QFile file(arg(args, QStringLiteral("--text")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the text");
    const qint64 size = file.size();
    const char *data = reinterpret_cast<const char *>(file.map(0, size));
    if (!data)
        qFatal("cannot map the text");

    QElapsedTimer compileTimer;
    compileTimer.start();
    QList<WordingEntry> entries;
    for (const QString &t : terms)
        entries.append({0, WordingKind::Typo, t, {}, {}, {}, {}});
    const CompiledDictionary dictionary(entries, engine);
    const WordingMatcher &matcher = dictionary.matcher();
    const qint64 compileMs = compileTimer.elapsed();
    if (matcher.engine() != engine)
        qFatal("engine %s not available: %s", qPrintable(engineName), qPrintable(matcher.note()));

    qint64 hits = 0, lines = 0, greedy = 0, greedyOffsetSum = 0;
    QElapsedTimer timer;
    timer.start();
    // Pieces end at a line end, so that no match and no line is split between two.
    const qint64 piece = mode == QLatin1String("bytes") ? qint64(64) << 20 : qint64(16) << 10;
    std::vector<Hit> found;
    for (qint64 from = 0; from < size;) {
        qint64 to = std::min(size, from + piece);
        if (to < size) {
            const void *nl = std::memchr(data + to, '\n', std::size_t(size - to));
            to = nl ? static_cast<const char *>(nl) - data + 1 : size;
        }
        const char *chunk = data + from;
        const qsizetype length = qsizetype(to - from);
        if (mode == QLatin1String("qstring")) {
            hits += matcher.findAll(QString::fromUtf8(chunk, length)).size();
        } else if (mode == QLatin1String("check")) {
            hits += WordingCheck::scan(QString::fromUtf8(chunk, length), dictionary).size();
        } else {
            found.clear();
            matcher.forEach(chunk, length, [&found](int p, qsizetype s, qsizetype e) {
                found.push_back({p, s, e});
                return true;
            });
            hits += qint64(found.size());
            std::sort(found.begin(), found.end(), [](const Hit &a, const Hit &b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
            qsizetype lineEnd = -1;  // end of the last line counted
            qsizetype resumeAt = 0;  // grep -o goes on after the match it printed
            for (const Hit &h : found) {
                if (h.start >= lineEnd) {
                    ++lines;
                    const void *nl = std::memchr(chunk + h.start, '\n', std::size_t(length - h.start));
                    lineEnd = nl ? static_cast<const char *>(nl) - chunk : length;
                }
                if (h.start >= resumeAt) {
                    ++greedy;
                    greedyOffsetSum += from + h.start;
                    resumeAt = h.end;
                }
            }
        }
        from = to;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    QTextStream(stdout) << "engine=" << WordingMatcher::engineName(matcher.engine()) << " mode=" << mode << " patterns=" << terms.size()
                        << " compile_ms=" << compileMs << " bytes=" << size << " seconds=" << QString::number(seconds, 'f', 3)
                        << " mb_per_s=" << QString::number(size / 1048576.0 / seconds, 'f', 1) << " hits=" << hits
                        << " lines=" << lines << " grep_o=" << greedy << " grep_o_offset_sum=" << greedyOffsetSum << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("generate"))
        return generate(args);
    if (args.value(1) == QLatin1String("scan"))
        return scan(args);
    QTextStream(stderr) << "usage: bench_wording generate|scan … (see the comment at the top of bench/bench_wording.cpp)" << Qt::endl;
    return 2;
}
