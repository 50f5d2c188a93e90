#pragma once
// The portable engine of WordingMatcher: Aho–Corasick over bytes, for machines without Hyperscan
// or whose CPU Hyperscan refuses (it needs SSSE3). Every occurrence of every pattern is reported,
// overlapping ones included, in order of end offset — the same set Hyperscan's literal mode gives.
//
// Tables are compact because dictionaries are large (10,000+ terms of 2–6 CJK characters, ~100,000
// trie states) and pages are scanned millions of times:
//  - bytes are mapped to classes first: only the bytes some pattern uses get a class of their own
//    (UTF-8 Chinese needs ~70), every other byte shares one class that always leads back to the root;
//  - shallow states (breadth-first numbering puts them first) get a full row of next states, a
//    DFA with no failure links to follow; deeper states past a memory budget keep only their
//    children and a failure link, which ends in a shallow state within a few steps;
//  - a state is named by the offset of its row, with a flag bit when a pattern ends in it or in
//    one of its suffixes, so the scanning loop is one table load and one test per byte;
//  - each step waits for its load, so four parts of the input are scanned by four automata
//    stepping in turn: independent chains of loads that the CPU overlaps.
//
// Immutable after construction: one instance may be scanned by any number of threads at once.

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <vector>

namespace xj {

class WordingAhoCorasick {
public:
    // Called for every occurrence; return false to stop the scan.
    using Callback = bool (*)(void *context, int pattern, qsizetype start, qsizetype end);

    // Patterns by index; empty ones never match. Full rows are kept for as many states as fit in
    // denseBudgetBytes (the rest use failure links).
    explicit WordingAhoCorasick(const QList<QByteArray> &patterns, qsizetype denseBudgetBytes = qsizetype(64) << 20);

    // Returns false when the callback stopped the scan.
    bool scan(const char *data, qsizetype size, Callback callback, void *context) const;

    int stateCount() const { return int(m_fail.size()); }
    int denseStateCount() const { return int(m_denseCount); }
    int classCount() const { return m_classCount; }
    qsizetype memoryBytes() const;

private:
    static constexpr std::uint32_t kHasOutput = 0x80000000u;
    static constexpr std::uint32_t kNone = 0xffffffffu;

    // A state is handled by its code: the offset of its row in m_dense for the dense states, so
    // that a step is one load at code + class; m_sparseBase + (state − denseCount) for the others.
    std::uint32_t codeOf(std::uint32_t state) const;
    std::uint32_t stateOf(std::uint32_t code) const;
    std::uint32_t sparseStep(std::uint32_t code, std::uint8_t cls) const; // flagged next code
    bool report(std::uint32_t code, qsizetype end, Callback callback, void *context) const;

    std::uint8_t m_classOf[256] = {};
    int m_classCount = 1;
    std::uint32_t m_denseCount = 0;
    std::uint32_t m_sparseBase = 0;          // denseCount × classCount
    qsizetype m_maxLength = 0;
    std::vector<std::uint32_t> m_dense;        // denseCount × classCount flagged next codes
    std::vector<std::uint32_t> m_fail;         // per state (unflagged)
    std::vector<std::uint32_t> m_childBegin;   // sparse states: CSR of children, indexed by state − denseCount
    std::vector<std::uint8_t> m_childClass;
    std::vector<std::uint32_t> m_childTarget;  // flagged codes
    std::vector<std::uint32_t> m_outBegin;     // per state: CSR of the patterns ending exactly here
    std::vector<std::int32_t> m_outPattern;
    std::vector<std::uint32_t> m_dictLink;     // nearest proper suffix state where a pattern ends, or kNone
    std::vector<std::int32_t> m_length;        // per pattern
};

} // namespace xj
