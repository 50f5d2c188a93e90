#include "WordingCheck.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace xj {

namespace {

const QString kCode = QStringLiteral("W-N-WORDING");

// Where sentences end, for the evidence: Chinese and ASCII closing marks and line ends (visible
// text has one line per block, so a heading or table cell is a sentence of its own).
bool endsSentence(QChar c)
{
    switch (c.unicode()) {
    case 0x3002: // 。
    case 0xFF01: // ！
    case 0xFF1F: // ？
    case 0xFF1B: // ；
    case '!':
    case '?':
    case ';':
    case '\n':
        return true;
    default:
        return false;
    }
}

// Allowed phrases found in the text, by start, with the furthest end reached so far: a hit
// [s, e) is inside one when some phrase starting at or before s ends at or after e.
struct AllowedSpans {
    QList<qsizetype> starts;
    QList<qsizetype> maxEnds;

    explicit AllowedSpans(QList<std::pair<qsizetype, qsizetype>> spans)
    {
        std::sort(spans.begin(), spans.end());
        qsizetype furthest = -1;
        for (const auto &[s, e] : std::as_const(spans)) {
            furthest = std::max(furthest, e);
            starts.append(s);
            maxEnds.append(furthest);
        }
    }

    bool covers(qsizetype start, qsizetype end) const
    {
        const auto it = std::upper_bound(starts.cbegin(), starts.cend(), start);
        if (it == starts.cbegin())
            return false;
        return maxEnds.at(it - starts.cbegin() - 1) >= end;
    }
};

} // namespace

CompiledDictionary::CompiledDictionary() = default;

CompiledDictionary::CompiledDictionary(const QList<WordingEntry> &entries, WordingMatcher::Engine engine)
    : m_entries(entries)
{
    // One pattern per distinct term, whatever kinds list it.
    QHash<QString, int> patternOf;
    QStringList patterns;
    for (int i = 0; i < m_entries.size(); ++i) {
        const WordingEntry &e = m_entries.at(i);
        if (e.term.isEmpty())
            continue;
        int p = patternOf.value(e.term, -1);
        if (p < 0) {
            p = int(patterns.size());
            patternOf.insert(e.term, p);
            patterns.append(e.term);
            m_terms.append(Term());
        }
        if (e.kind == WordingKind::Allow)
            m_terms[p].allowed = true;
        else
            m_terms[p].entries.append(i);
    }
    m_matcher = WordingMatcher(patterns, engine);
}

QList<WordingHit> WordingCheck::scan(const QString &visibleText, const CompiledDictionary &dictionary)
{
    QList<WordingHit> hits;
    if (dictionary.isEmpty() || visibleText.isEmpty())
        return hits;
    const QList<LiteralMatch> matches = dictionary.matcher().findAll(visibleText);
    QList<std::pair<qsizetype, qsizetype>> allowed;
    for (const LiteralMatch &m : matches)
        if (dictionary.m_terms.at(m.pattern).allowed)
            allowed.append({m.start, m.end});
    const AllowedSpans spans(allowed);
    for (const LiteralMatch &m : matches) { // sorted by start
        const CompiledDictionary::Term &term = dictionary.m_terms.at(m.pattern);
        if (term.entries.isEmpty() || spans.covers(m.start, m.end))
            continue; // an allowed phrase is never reported, and neither is what it contains
        const QString context = sentence(visibleText, m.start, m.end - m.start);
        for (int index : term.entries) {
            const WordingEntry &e = dictionary.m_entries.at(index);
            hits.append({e.kind, e.term, e.correct, e.level, m.start, m.end - m.start, context});
        }
    }
    return hits;
}

QString WordingCheck::sentence(const QString &text, qsizetype offset, qsizetype length, int maxChars)
{
    const qsizetype n = text.size();
    offset = std::clamp<qsizetype>(offset, 0, n);
    const qsizetype hitEnd = std::clamp<qsizetype>(offset + length, offset, n);
    const qsizetype width = std::max<qsizetype>(maxChars, hitEnd - offset);
    // Look for the sentence's ends no further than a window needs: a page of one endless line
    // with thousands of hits must not be walked end to end for each.
    qsizetype from = offset;
    while (from > 0 && offset - from < width && !endsSentence(text.at(from - 1)))
        --from;
    qsizetype to = hitEnd;
    while (to < n && to - hitEnd < width && !endsSentence(text.at(to)))
        ++to;
    // Stopped by the width, not by the end of a sentence: the text goes on there.
    bool cutLeft = from > 0 && !endsSentence(text.at(from - 1));
    bool cutRight = to < n && !endsSentence(text.at(to));
    if (!cutRight && to < n && text.at(to) != QLatin1Char('\n'))
        ++to; // keep the sentence's own closing mark
    while (from < offset && text.at(from).isSpace())
        ++from;
    while (to > hitEnd && text.at(to - 1).isSpace())
        --to;
    if (to - from > width) {
        // A window around the term: as much before it as after.
        qsizetype left = std::max(from, offset - (width - (hitEnd - offset)) / 2);
        const qsizetype right = std::min(to, left + width);
        left = std::max(from, right - width);
        cutLeft = cutLeft || left > from;
        cutRight = cutRight || right < to;
        from = left;
        to = right;
    }
    // Never cut a surrogate pair in half.
    if (from > 0 && from < n && text.at(from).isLowSurrogate())
        ++from;
    if (to > 0 && to < n && text.at(to - 1).isHighSurrogate())
        ++to;
    QString s = text.mid(from, to - from);
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return (cutLeft ? QStringLiteral("…") : QString()) + s + (cutRight ? QStringLiteral("…") : QString());
}

QString WordingCheck::evidence(const WordingHit &hit)
{
    switch (hit.kind) {
    case WordingKind::Serious:
        return hit.correct.isEmpty() ? tr("serious wording error “%1”: %2").arg(hit.term, hit.sentence)
                                     : tr("serious wording error: “%1” should read “%2”: %3").arg(hit.term, hit.correct, hit.sentence);
    case WordingKind::Typo:
        return hit.correct.isEmpty() ? tr("possible typo “%1”: %2").arg(hit.term, hit.sentence)
                                     : tr("“%1” should read “%2”: %3").arg(hit.term, hit.correct, hit.sentence);
    case WordingKind::Sensitive:
        return tr("sensitive word “%1”: %2").arg(hit.term, hit.sentence);
    case WordingKind::Allow:
        break;
    }
    return hit.sentence;
}

QList<Finding> WordingCheck::findings(const Site &site, qint64 pageId, const QString &url, const QList<WordingHit> &hits,
                                      const IndicatorSet &set)
{
    QList<Finding> out;
    if (!set.enabled(kCode))
        return out;
    const QStringList kinds = set.list(kCode, QStringLiteral("kinds"));
    // One finding per (kind, term), in the order the terms first appear on the page.
    QList<QList<const WordingHit *>> groups;
    QHash<QString, int> groupOf;
    for (const WordingHit &h : hits) {
        const QString kind = WordingDictionary::kindCode(h.kind);
        if (h.kind == WordingKind::Allow || (!kinds.isEmpty() && !kinds.contains(kind)))
            continue;
        const QString key = kind + QLatin1Char('|') + h.term;
        auto it = groupOf.find(key);
        if (it == groupOf.end()) {
            it = groupOf.insert(key, int(groups.size()));
            groups.append(QList<const WordingHit *>());
        }
        groups[*it].append(&h);
    }
    for (const QList<const WordingHit *> &group : std::as_const(groups)) {
        const WordingHit &first = *group.constFirst();
        const QString kind = WordingDictionary::kindCode(first.kind);
        QJsonArray offsets;
        QJsonArray sentences;
        for (const WordingHit *h : group) {
            offsets.append(qint64(h->offset));
            if (sentences.size() < 5 && !sentences.contains(h->sentence))
                sentences.append(h->sentence);
        }
        Finding f;
        f.objectType = ObjectType::Site;
        f.objectId = site.id;
        f.indicator = kCode;
        f.severity = set.severity(kCode);
        f.indicatorSetId = set.id;
        f.url = url;
        f.pageId = pageId;
        f.state = QStringLiteral("pending");
        f.source = QStringLiteral("check");
        f.evidence = evidence(first);
        if (group.size() > 1)
            f.evidence += QLatin1Char(' ') + tr("(%n time(s) on this page)", nullptr, int(group.size()));
        f.details = {{QStringLiteral("kind"), kind},
                     {QStringLiteral("kind_zh"), WordingDictionary::kindZh(first.kind)},
                     {QStringLiteral("term"), first.term},
                     {QStringLiteral("correct"), first.correct},
                     {QStringLiteral("level"), first.level},
                     {QStringLiteral("serious"), first.kind == WordingKind::Serious},
                     {QStringLiteral("count"), int(group.size())},
                     {QStringLiteral("offsets"), offsets},
                     {QStringLiteral("sentences"), sentences}};
        f.fingerprint = kCode + QLatin1Char('|') + QString::number(site.id) + QLatin1Char('|') + url + QLatin1Char('|') + kind
            + QLatin1Char('|') + first.term;
        out.append(f);
    }
    return out;
}

} // namespace xj
