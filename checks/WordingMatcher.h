#pragma once
// Finds every occurrence of a list of literal patterns (UTF-8 bytes) in a text: overlapping ones,
// one pattern inside another, the same pattern at every place — what the wording dictionary
// (W-N-WORDING) needs, since a typo may sit inside a longer allowed phrase and both must be seen.
//
// Two engines give the same answers (tests/tst_wording.cpp compares them on random input):
//  - Hyperscan's literal mode (hs_compile_lit_multi, block mode), when the build has it
//    (XJ_HAVE_HYPERSCAN) and the CPU is one it supports (hs_valid_platform: SSSE3 and up);
//  - WordingAhoCorasick, portable, everywhere else.
//
// Offsets are half-open [start, end). The byte interface speaks UTF-8 byte offsets; the QString
// interface converts the text to UTF-8, scans, and maps the offsets back to UTF-16 code units of
// the QString (a character outside the BMP counts 2, as QString::mid counts).
//
// A matcher is a value: copies share the compiled engine. Scanning is const and thread-safe;
// Hyperscan's scratch space is taken per scan from a pool, so threads never share one.

#include <QByteArray>
#include <QList>
#include <QSharedPointer>
#include <QString>
#include <QStringList>

#include <type_traits>

namespace xj {

struct LiteralMatch {
    int pattern = -1;     // index in the list the matcher was built from
    qsizetype start = 0;  // byte offset (UTF-16 offset for the QString interface)
    qsizetype end = 0;
    bool operator==(const LiteralMatch &o) const { return pattern == o.pattern && start == o.start && end == o.end; }
    bool operator<(const LiteralMatch &o) const;  // by start, then end, then pattern
};

class WordingMatcher {
public:
    // Automatic: the faster on Chinese text as measured (Aho–Corasick; see the .cpp).
    enum class Engine { Automatic, Hyperscan, AhoCorasick };
    // Called for every occurrence, in no promised order; return false to stop the scan.
    using Callback = bool (*)(void *context, int pattern, qsizetype start, qsizetype end);

    WordingMatcher(); // matches nothing
    // Empty patterns never match. Asking for Hyperscan where it cannot run falls back to
    // Aho–Corasick; engine() and note() tell what happened.
    explicit WordingMatcher(const QList<QByteArray> &patterns, Engine engine = Engine::Automatic);
    explicit WordingMatcher(const QStringList &patterns, Engine engine = Engine::Automatic);

    Engine engine() const;
    QString note() const; // why Hyperscan was not used, when it was asked for or automatic; else empty
    int patternCount() const;
    QByteArray pattern(int index) const;

    // Compiled in and the CPU supports it.
    static bool hyperscanAvailable();
    static QString engineName(Engine engine); // "hyperscan", "aho-corasick"

    // Every occurrence in `size` bytes. Returns false when the callback stopped the scan.
    bool scan(const char *data, qsizetype size, Callback callback, void *context) const;
    template <typename F>
    bool forEach(const char *data, qsizetype size, F &&onMatch) const
    {
        using Fn = std::remove_reference_t<F>;
        return scan(data, size, [](void *c, int p, qsizetype s, qsizetype e) { return bool((*static_cast<Fn *>(c))(p, s, e)); },
                    const_cast<std::remove_const_t<Fn> *>(&onMatch));
    }

    // Every occurrence, sorted (LiteralMatch::operator<). Byte offsets.
    QList<LiteralMatch> findAll(const QByteArray &utf8) const;
    // Every occurrence in a QString, offsets in its UTF-16 code units, sorted.
    QList<LiteralMatch> findAll(const QString &text) const;

    // Maps ascending UTF-8 byte offsets of `utf8` to UTF-16 offsets of the same text, in place.
    // Offsets are assumed to be on character boundaries (matches of valid UTF-8 patterns are).
    static void utf8ToUtf16Offsets(const QByteArray &utf8, QList<qsizetype> &sortedOffsets);

    struct Engines; // WordingMatcher.cpp

private:
    QSharedPointer<const Engines> m_engines;
};

} // namespace xj
