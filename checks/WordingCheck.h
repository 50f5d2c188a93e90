#pragma once
// W-N-WORDING 错敏词: the wording dictionary (models/WordingDictionary) looked up in the text a
// visitor reads on a page (HtmlDocument::visibleText). Every hit is a notice that needs a
// person's review; a confirmed 严重表述错误 becomes the veto W-V1, so those are marked.
//
// The dictionary is compiled once per run (CompiledDictionary: a WordingMatcher over its distinct
// terms) and shared by the threads that analyse pages; scanning a page is a pure function of the
// page's text and the compiled dictionary.
//
// Allow-list: a hit that lies entirely inside an occurrence of an allowed phrase is dropped — the
// allowed phrase is the correct context of a term that is wrong elsewhere (e.g. 截止 is a typo of
// 截至 in “截止目前”, but “截止日期” is right, so 截止日期 is allowed).

#include "CheckRecords.h"
#include "IndicatorSet.h"
#include "WordingDictionary.h"
#include "WordingMatcher.h"

#include <QCoreApplication>

namespace xj {

struct WordingHit {
    WordingKind kind = WordingKind::Typo;
    QString term;
    QString correct;
    QString level;
    qsizetype offset = 0; // UTF-16 code units into the scanned text
    qsizetype length = 0; // of the term, in UTF-16 code units
    QString sentence;     // the sentence around it (see WordingCheck::sentence)
};

// The dictionary ready for scanning. Immutable; copies share the matcher. Safe to scan from any
// number of threads at once.
class CompiledDictionary {
public:
    CompiledDictionary(); // finds nothing
    explicit CompiledDictionary(const QList<WordingEntry> &entries,
                                WordingMatcher::Engine engine = WordingMatcher::Engine::Automatic);

    bool isEmpty() const { return m_entries.isEmpty(); }
    int entryCount() const { return int(m_entries.size()); }
    const WordingMatcher &matcher() const { return m_matcher; }

private:
    friend class WordingCheck;
    struct Term {
        QList<int> entries; // indexes into m_entries of the kinds that report (not allow)
        bool allowed = false; // the term is an allowed phrase
    };
    QList<WordingEntry> m_entries;
    QList<Term> m_terms; // by matcher pattern index
    WordingMatcher m_matcher;
};

class WordingCheck {
    Q_DECLARE_TR_FUNCTIONS(WordingCheck)

public:
    // Every dictionary hit in the text, in order of offset (one per entry: a term listed as both
    // typo and sensitive gives two), allow-list applied.
    static QList<WordingHit> scan(const QString &visibleText, const CompiledDictionary &dictionary);

    // The sentence around [offset, offset+length): cut at 。！？；!?; and line ends (the closing
    // mark kept), whitespace trimmed; longer than maxChars, a window of maxChars around the term
    // with “…” where it was cut.
    static QString sentence(const QString &text, qsizetype offset, qsizetype length, int maxChars = 80);

    // The W-N-WORDING findings of one page: one per (kind, term), pending review. Nothing when the
    // set disables W-N-WORDING. Fingerprint "W-N-WORDING|<site id>|<url>|<kind>|<term>".
    // The set's W-N-WORDING list parameter "kinds" (codes), when present, limits the kinds reported.
    static QList<Finding> findings(const Site &site, qint64 pageId, const QString &url, const QList<WordingHit> &hits,
                                   const IndicatorSet &set);

    // The evidence sentence of a hit: “按装” should read “安装”: …sentence…
    static QString evidence(const WordingHit &hit);
};

} // namespace xj
