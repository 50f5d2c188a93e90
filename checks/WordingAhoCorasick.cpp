#include "WordingAhoCorasick.h"

#include <algorithm>
#include <utility>

namespace xj {

namespace {

// The trie while it is built: children sorted by byte class, the patterns ending in the node.
struct BuildNode {
    std::vector<std::pair<std::uint8_t, std::uint32_t>> children;
    std::vector<std::int32_t> outputs;
};

std::uint32_t childOf(const BuildNode &node, std::uint8_t cls)
{
    const auto it = std::lower_bound(node.children.begin(), node.children.end(), cls,
                                     [](const std::pair<std::uint8_t, std::uint32_t> &c, std::uint8_t k) { return c.first < k; });
    return it != node.children.end() && it->first == cls ? it->second : 0xffffffffu;
}

} // namespace

WordingAhoCorasick::WordingAhoCorasick(const QList<QByteArray> &patterns, qsizetype denseBudgetBytes)
{
    // Byte classes: used bytes in byte order, then one class for every byte no pattern uses.
    bool used[256] = {};
    for (const QByteArray &p : patterns)
        for (char c : p)
            used[std::uint8_t(c)] = true;
    int classes = 0;
    for (int b = 0; b < 256; ++b)
        if (used[b])
            m_classOf[b] = std::uint8_t(classes++);
    if (classes < 256) {
        for (int b = 0; b < 256; ++b)
            if (!used[b])
                m_classOf[b] = std::uint8_t(classes);
        m_classCount = classes + 1;
    } else {
        m_classCount = 256;
    }

    // The trie, in insertion order.
    std::vector<BuildNode> trie(1);
    m_length.resize(std::size_t(patterns.size()));
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const QByteArray &p = patterns.at(i);
        m_length[std::size_t(i)] = std::int32_t(p.size());
        m_maxLength = std::max(m_maxLength, p.size());
        if (p.isEmpty())
            continue;
        std::uint32_t node = 0;
        for (char c : p) {
            const std::uint8_t cls = m_classOf[std::uint8_t(c)];
            std::uint32_t next = childOf(trie[node], cls);
            if (next == kNone) {
                next = std::uint32_t(trie.size());
                auto &kids = trie[node].children;
                kids.insert(std::upper_bound(kids.begin(), kids.end(), std::make_pair(cls, std::uint32_t(0)),
                                             [](const auto &a, const auto &b) { return a.first < b.first; }),
                            {cls, next});
                trie.emplace_back(); // may move trie[node]: nothing refers into it past this point
            }
            node = next;
        }
        trie[node].outputs.push_back(std::int32_t(i));
    }

    // Breadth-first numbering: shallow states first, and a state's failure link (a shorter
    // suffix) always before it.
    const std::size_t n = trie.size();
    std::vector<std::uint32_t> order; // new id → old id
    std::vector<std::uint32_t> newId(n);
    order.reserve(n);
    order.push_back(0);
    for (std::size_t head = 0; head < order.size(); ++head) {
        newId[order[head]] = std::uint32_t(head);
        for (const auto &kid : trie[order[head]].children)
            order.push_back(kid.second);
    }

    // Failure links (the longest proper suffix that is also in the trie), computed on the trie's
    // ids in breadth-first order so that a parent's link is known before its children's.
    std::vector<std::uint32_t> failOld(n, 0);
    for (std::size_t k = 0; k < n; ++k) {
        const std::uint32_t s = order[k];
        for (const auto &[cls, child] : trie[s].children) {
            if (s == 0)
                continue; // the root's children fail to the root
            for (std::uint32_t f = failOld[s];; f = failOld[f]) {
                const std::uint32_t t = childOf(trie[f], cls);
                if (t != kNone || f == 0) {
                    failOld[child] = t == kNone ? 0 : t;
                    break;
                }
            }
        }
    }

    m_fail.resize(n);
    m_outBegin.resize(n + 1);
    m_dictLink.assign(n, kNone);
    for (std::size_t k = 0; k < n; ++k) {
        const BuildNode &node = trie[order[k]];
        m_fail[k] = newId[failOld[order[k]]];
        m_outBegin[k] = std::uint32_t(m_outPattern.size());
        m_outPattern.insert(m_outPattern.end(), node.outputs.begin(), node.outputs.end());
        if (k > 0) {
            const std::uint32_t f = m_fail[k];
            m_dictLink[k] = m_outBegin[f] != m_outBegin[f + 1] ? f : m_dictLink[f]; // f < k: both bounds set
        }
    }
    m_outBegin[n] = std::uint32_t(m_outPattern.size());
    // Full rows for the first states that fit the budget (the root always).
    const std::size_t rowBytes = std::size_t(m_classCount) * sizeof(std::uint32_t);
    m_denseCount = std::uint32_t(std::clamp<std::size_t>(std::size_t(std::max<qsizetype>(denseBudgetBytes, 0)) / rowBytes, 1, n));
    m_sparseBase = m_denseCount * std::uint32_t(m_classCount);
    auto flagged = [&](std::uint32_t s) {
        const bool out = m_outBegin[s] != m_outBegin[s + 1] || m_dictLink[s] != kNone;
        return codeOf(s) | (out ? kHasOutput : 0u);
    };
    m_dense.assign(std::size_t(m_denseCount) * std::size_t(m_classCount), 0);
    for (std::uint32_t s = 0; s < m_denseCount; ++s) {
        std::uint32_t *row = m_dense.data() + std::size_t(s) * std::size_t(m_classCount);
        if (s > 0)
            std::copy_n(m_dense.data() + std::size_t(m_fail[s]) * std::size_t(m_classCount), m_classCount, row);
        for (const auto &[cls, child] : trie[order[s]].children)
            row[cls] = flagged(newId[child]);
    }
    // Children of the deeper states.
    m_childBegin.reserve(n - m_denseCount + 1);
    for (std::size_t s = m_denseCount; s < n; ++s) {
        m_childBegin.push_back(std::uint32_t(m_childClass.size()));
        for (const auto &[cls, child] : trie[order[s]].children) {
            m_childClass.push_back(cls);
            m_childTarget.push_back(flagged(newId[child]));
        }
    }
    m_childBegin.push_back(std::uint32_t(m_childClass.size()));
}

std::uint32_t WordingAhoCorasick::codeOf(std::uint32_t state) const
{
    return state < m_denseCount ? state * std::uint32_t(m_classCount) : m_sparseBase + (state - m_denseCount);
}

std::uint32_t WordingAhoCorasick::stateOf(std::uint32_t code) const
{
    return code < m_sparseBase ? code / std::uint32_t(m_classCount) : m_denseCount + (code - m_sparseBase);
}

std::uint32_t WordingAhoCorasick::sparseStep(std::uint32_t code, std::uint8_t cls) const
{
    std::uint32_t state = stateOf(code);
    while (state >= m_denseCount) {
        const std::uint32_t k = state - m_denseCount;
        for (std::uint32_t i = m_childBegin[k], e = m_childBegin[k + 1]; i < e; ++i)
            if (m_childClass[i] == cls)
                return m_childTarget[i];
        state = m_fail[state];
    }
    return m_dense[std::size_t(state) * std::size_t(m_classCount) + cls];
}

bool WordingAhoCorasick::report(std::uint32_t code, qsizetype end, Callback callback, void *context) const
{
    for (std::uint32_t s = stateOf(code); s != kNone; s = m_dictLink[s])
        for (std::uint32_t i = m_outBegin[s], e = m_outBegin[s + 1]; i < e; ++i) {
            const std::int32_t pattern = m_outPattern[i];
            if (!callback(context, pattern, end - m_length[std::size_t(pattern)], end))
                return false;
        }
    return true;
}

bool WordingAhoCorasick::scan(const char *data, qsizetype size, Callback callback, void *context) const
{
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(data);
    const std::uint32_t *dense = m_dense.data();
    const std::uint32_t sparseBase = m_sparseBase;
    auto next = [&](std::uint32_t code, std::uint8_t cls) { return code < sparseBase ? dense[code + cls] : sparseStep(code, cls); };

    // Each step waits for a table load. Four automata over four parts of the input, one step
    // each per turn, make four independent chains of loads that the CPU overlaps (measured on
    // 10,000 terms: 2.8× the single automaton; eight parts add little and slow small
    // dictionaries). A part starts early by the longest pattern less one byte and reports only
    // the matches that end inside it: the part before saw the others.
    constexpr int kParts = 4;
    const qsizetype overlap = std::max<qsizetype>(m_maxLength - 1, 0);
    const int parts = size >= 4096 && overlap < size / (4 * kParts) ? kParts : 1;
    qsizetype at[kParts], end[kParts], reportAfter[kParts];
    std::uint32_t code[kParts] = {};
    for (int k = 0; k < parts; ++k) {
        const qsizetype own = size * k / parts;
        at[k] = k == 0 ? 0 : own - overlap;
        reportAfter[k] = k == 0 ? 0 : own;
        end[k] = size * (k + 1) / parts;
    }
    auto stepOne = [&](int k) {
        const std::uint32_t v = next(code[k], m_classOf[bytes[at[k]]]);
        code[k] = v & ~kHasOutput;
        ++at[k];
        return !(v & kHasOutput) || at[k] <= reportAfter[k] || report(code[k], at[k], callback, context);
    };
    if (parts == kParts) {
        qsizetype common = end[0] - at[0];
        for (int k = 1; k < kParts; ++k)
            common = std::min(common, end[k] - at[k]);
        for (qsizetype i = 0; i < common; ++i) {
            std::uint32_t v[kParts];
            for (int k = 0; k < kParts; ++k)
                v[k] = next(code[k], m_classOf[bytes[at[k] + i]]);
            std::uint32_t any = 0;
            for (int k = 0; k < kParts; ++k) {
                code[k] = v[k] & ~kHasOutput;
                any |= v[k];
            }
            if (any & kHasOutput) {
                for (int k = 0; k < kParts; ++k) {
                    const qsizetype matchEnd = at[k] + i + 1;
                    if ((v[k] & kHasOutput) && matchEnd > reportAfter[k] && !report(code[k], matchEnd, callback, context))
                        return false;
                }
            }
        }
        for (int k = 0; k < kParts; ++k)
            at[k] += common;
    }
    for (int k = 0; k < parts; ++k)
        while (at[k] < end[k])
            if (!stepOne(k))
                return false;
    return true;
}

qsizetype WordingAhoCorasick::memoryBytes() const
{
    auto bytes = [](const auto &v) { return qsizetype(v.size() * sizeof(v[0])); };
    return bytes(m_dense) + bytes(m_fail) + bytes(m_childBegin) + bytes(m_childClass) + bytes(m_childTarget)
        + bytes(m_outBegin) + bytes(m_outPattern) + bytes(m_dictLink) + bytes(m_length) + qsizetype(sizeof m_classOf);
}

} // namespace xj
