#pragma once
// The wording dictionary of W-N-WORDING (table wording_entries, migration 004): what the wording
// check looks for in the text of every page, kept and edited by the inspectors.
//
// Four kinds of entry:
//  - serious   严重表述错误: a wrong form of a state, party or place name, a leader's title, a
//              political expression. Confirmed, it is a W-V1 veto; the correct form is given.
//  - typo      错别字: a wrong word with its correct form, at a level 一般/疑似/严重.
//  - sensitive 敏感词: a word that should not be on a government site (gambling, porn, …).
//  - allow     允许词: a correct phrase that contains a listed term ("截止日期" contains nothing
//              wrong though "截止" may be): a hit inside an occurrence of it is not reported.
// An entry is identified by (kind, term); imports are idempotent on it.
//
// Files:
//  - txt: UTF-8 or GBK, one entry a line: `term`, `wrong→correct` (also ->, a comma or a tab);
//    lines starting with # are comments. The kind is given by the caller.
//  - csv/xlsx: columns 类型 (kind), 词语 (term), 正确 (correct), 级别 (level), 备注 (note),
//    来源 (source); English headers kind/term/correct/level/note/source too. Only 词语 is
//    required; without 类型 the caller gives the kind. CSV lines starting with # are comments.
// Imports are all or nothing: every row is checked first, and any problem — reported as
// FILE:ROW:COLUMN: message, as RegistryImporter reports — means nothing is written.
//
// A starter list (resources/dictionaries/wording-starter.csv) is loaded into an empty table the
// first time the dictionary is used (ensureStarter), once per store: emptying the table later
// does not bring it back, loadStarter() does.
//
// Threading: the thread of the Store it wraps.

#include "RegistryImporter.h"
#include "Store.h"

#include <QCoreApplication>
#include <optional>

namespace xj {

enum class WordingKind { Serious, Typo, Sensitive, Allow };

struct WordingEntry {
    qint64 id = 0;
    WordingKind kind = WordingKind::Typo;
    QString term;
    QString correct; // the right form; empty when there is none (sensitive, allow)
    QString level;   // "", "minor" 一般, "suspected" 疑似, "severe" 严重
    QString note;
    QString source;  // "starter", "import:FILE", "manual", "cli"
};

enum class WordingChange { Inserted, Updated, Unchanged };

struct WordingImportResult {
    bool ok = false;
    QString encoding;
    int rows = 0; // entries read (comments and blank lines not counted)
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ImportProblem> problems;
};

class WordingDictionary {
    Q_DECLARE_TR_FUNCTIONS(WordingDictionary)

public:
    explicit WordingDictionary(Store &store) : m_store(store) {}

    // --- Kinds and levels in their spellings: the stored code, the Chinese term of files and
    // the bulletin, the translated UI label. parse* accept any of them (and 白名单 for allow,
    // 一般/疑似/严重 or minor/suspected/severe for levels), width- and case-insensitively.
    static QList<WordingKind> kinds();
    static QString kindCode(WordingKind kind);
    static QString kindZh(WordingKind kind);
    static QString kindLabel(WordingKind kind);
    static std::optional<WordingKind> parseKind(const QString &text);
    static QStringList levelCodes(); // "minor", "suspected", "severe"
    static QString levelZh(const QString &code);
    static QString levelLabel(const QString &code);
    static std::optional<QString> parseLevel(const QString &text); // "" for an empty text
    // Why an entry cannot be stored (empty term, a line break, a typo whose correct form is the
    // term itself, an unknown level), translated; empty when it can.
    static QString problem(const WordingEntry &entry);

    // --- Reading. kind and search (a substring of term, correct or note, case-insensitive)
    // narrow the list; limit < 0 means all. Ordered serious, typo, sensitive, allow, then by term.
    QList<WordingEntry> entries(std::optional<WordingKind> kind = std::nullopt, const QString &search = {},
                                int limit = -1, int offset = 0) const;
    int count(std::optional<WordingKind> kind = std::nullopt, const QString &search = {}) const;
    std::optional<WordingEntry> entry(qint64 id) const;
    std::optional<WordingEntry> find(WordingKind kind, const QString &term) const;

    // --- Writing. add() inserts or, when (kind, term) exists, updates correct/level/note/source;
    // *change tells which (Unchanged when nothing differed). update() rewrites the entry with this
    // id, kind and term included (false when another entry has them). Both refuse an entry
    // problem() objects to, with that message in lastError().
    bool add(const WordingEntry &entry, WordingChange *change = nullptr);
    bool update(const WordingEntry &entry);
    bool remove(qint64 id);
    bool remove(WordingKind kind, const QString &term, bool *found = nullptr);

    // --- Files. importFile: .txt (needs a kind) or a table (csv/xlsx, by content); the kind
    // given is used for rows without a 类型 cell.
    WordingImportResult importFile(const QString &path, std::optional<WordingKind> kind = std::nullopt);
    WordingImportResult importText(const QString &path, WordingKind kind);
    WordingImportResult importTable(const QString &path, std::optional<WordingKind> kind = std::nullopt);
    // CSV (UTF-8 with a BOM) or XLSX by the extension, header 类型,词语,正确,级别,备注,来源, which
    // imports back unchanged.
    bool exportFile(const QString &path, QString *error) const;
    static QStringList exportHeader();

    // --- The starter list. ensureStarter loads it when the table is empty and it was never loaded
    // into this store; *loaded tells how many entries were added. loadStarter merges it again.
    static QString starterPath(); // ":/dictionaries/wording-starter.csv"
    bool ensureStarter(int *loaded = nullptr);
    WordingImportResult loadStarter();

    QString lastError() const { return m_error.isEmpty() ? m_store.lastError() : m_error; }

private:
    struct ParsedRow; // WordingDictionaryImport.cpp
    WordingImportResult write(const QList<ParsedRow> &rows, WordingImportResult result, const QString &file);
    bool setError(const QString &message) const;

    Store &m_store;
    mutable QString m_error;
};

} // namespace xj
