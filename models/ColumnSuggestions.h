#pragma once
// Columns proposed by checks (from home page navigation) for the registry, and the inspector's
// answer: accepted (the column joins the site's registered columns) or rejected (never proposed
// again for that URL). Threading: the thread of the Store.

#include "Store.h"

namespace xj {

struct ColumnSuggestion {
    qint64 id = 0;
    qint64 siteId = 0;
    qint64 runId = 0;
    QString name;
    QString url;
    ColumnCategory category = ColumnCategory::Other;
    QString state = QStringLiteral("proposed"); // proposed, accepted, rejected
};

class ColumnSuggestions {
public:
    explicit ColumnSuggestions(Store &store) : m_store(store) {}
    // Keeps an earlier answer: a URL already proposed, accepted or rejected is not proposed again.
    bool propose(const ColumnSuggestion &s, bool *isNew = nullptr);
    QList<ColumnSuggestion> list(const QString &state = QStringLiteral("proposed")) const;
    // Accepting adds the column to the site (or updates its category if the name exists).
    bool accept(qint64 id, std::optional<ColumnCategory> category = std::nullopt);
    bool reject(qint64 id);

private:
    std::optional<ColumnSuggestion> get(qint64 id) const;
    bool setState(qint64 id, const QString &state);
    Store &m_store;
};

} // namespace xj
