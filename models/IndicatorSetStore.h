#pragma once
// The indicator sets kept in the store (table indicator_sets, migration 004): named, versioned
// definitions of IndicatorSet, exactly one of them active — the one new checks and evaluations
// judge by. A row is never updated once written: saving an edited set adds the next version of
// its name, so that a finding pointing at a version (findings.indicator_set_id) keeps meaning what
// it meant. The built-in default (indicators.md) is stored as version 1 of its name, active, the
// first time any set is asked for.
//
// Files: the set's JSON (IndicatorSet::toJson, docs/formats.md), UTF-8, indented.
//
// Threading: the thread of the Store it wraps.

#include "IndicatorSet.h"
#include "Store.h"

#include <optional>

namespace xj {

class IndicatorSetStore {
public:
    explicit IndicatorSetStore(Store &store) : m_store(store) {}

    // The active version. When the table is empty the built-in default is stored first (version
    // 1, active). A store where nothing is active (edited by hand) gets the built-in default with
    // id 0, unstored: findings judged by it record no version.
    IndicatorSet active();
    // Every stored version, by name then version; only that name's when given. Rows this build
    // cannot read (a hand-edited definition) are left out and named by unreadable().
    QList<IndicatorSet> versions(const QString &name = {}) const;
    std::optional<IndicatorSet> find(const QString &name, int version) const;
    std::optional<IndicatorSet> byId(qint64 id) const;
    // The newest version of a name.
    std::optional<IndicatorSet> latest(const QString &name) const;

    // Stores `edited` as a new row: version = the highest version of its name + 1 (1 for a new
    // name), with this note, not active. Returns the stored set (id, version, createdAt filled).
    std::optional<IndicatorSet> save(IndicatorSet edited, const QString &note, QString *error);
    // Makes this version the active one and no other, in one transaction. False for an unknown id.
    bool activate(qint64 id);

    // Reads a set's JSON file, validated with IndicatorSet::fromJson; errors name the file and
    // the place in the JSON ("sets.json: indicators.M-V2.params.staleDays: expected a number").
    static std::optional<IndicatorSet> readFile(const QString &path, QString *error);
    // Imports a file as the next version of the name it carries (its note, else "imported from
    // FILE"). When a stored version of that name already has the same indicators, that version is
    // returned and nothing is stored: importing a file twice does not pile up versions.
    std::optional<IndicatorSet> importFile(const QString &path, QString *error, bool *stored = nullptr);
    // The second half of importFile, for a set already read from `path`.
    std::optional<IndicatorSet> storeImported(const IndicatorSet &read, const QString &path, QString *error,
                                              bool *stored = nullptr);
    static bool exportFile(const IndicatorSet &set, const QString &path, QString *error);

    QString lastError() const { return m_store.lastError(); }
    // Why rows were left out of the last versions().
    QStringList unreadable() const { return m_unreadable; }

private:
    // Stores the built-in default as version 1, active, when the table has no row.
    bool ensureDefault();

    Store &m_store;
    mutable QStringList m_unreadable;
};

} // namespace xj
