#pragma once
// The closed word lists of the registry (kinds, platforms, statuses, categories) in their three
// spellings: the stable code stored in the database and printed in JSON, the canonical Chinese
// term used in import files and the bulletin, and the label shown in the UI (translated).
// Import accepts the Chinese term, the code and the English label, case- and width-insensitively.

#include "Domain.h"

#include <QList>
#include <QString>
#include <optional>

namespace xj {

template <typename E>
struct Term {
    E value;
    const char *code;  // stored, stable
    const char *zh;    // canonical Chinese, as in data-formats.md
    const char *label; // English source of the UI label, translated in context "Vocabulary"
    const char *alias; // one more accepted spelling, or nullptr
};

template <typename E>
struct Vocabulary {
    static const QList<Term<E>> &terms();
    static QString code(E v);
    static QString zh(E v);
    static QString label(E v);
    static std::optional<E> fromCode(const QString &code);
    // Accepts any spelling; surrounding spaces, full-width forms and case are ignored.
    static std::optional<E> parse(const QString &text);
    static QList<E> values();
    // "门户网站 · 部门网站 · 服务平台 · 部门频道": what an error message lists as accepted.
    static QString acceptedList();
};

template <>
const QList<Term<UnitKind>> &Vocabulary<UnitKind>::terms();
template <>
const QList<Term<SiteKind>> &Vocabulary<SiteKind>::terms();
template <>
const QList<Term<Platform>> &Vocabulary<Platform>::terms();
template <>
const QList<Term<ObjectStatus>> &Vocabulary<ObjectStatus>::terms();
template <>
const QList<Term<StatusEvent>> &Vocabulary<StatusEvent>::terms();
template <>
const QList<Term<ColumnCategory>> &Vocabulary<ColumnCategory>::terms();
template <>
const QList<Term<RoundState>> &Vocabulary<RoundState>::terms();

extern template struct Vocabulary<UnitKind>;
extern template struct Vocabulary<SiteKind>;
extern template struct Vocabulary<Platform>;
extern template struct Vocabulary<ObjectStatus>;
extern template struct Vocabulary<StatusEvent>;
extern template struct Vocabulary<ColumnCategory>;
extern template struct Vocabulary<RoundState>;

// Folds full-width ASCII to half-width, ideographic space to space, trims, and lower-cases:
// how a header cell or a term typed by hand is compared.
QString foldForMatch(const QString &s);

} // namespace xj
