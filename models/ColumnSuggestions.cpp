#include "ColumnSuggestions.h"

#include "Vocabulary.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace xj {

static ColumnSuggestion suggestionFrom(const QSqlQuery &q)
{
    ColumnSuggestion s;
    s.id = q.value(0).toLongLong();
    s.siteId = q.value(1).toLongLong();
    s.runId = q.value(2).toLongLong();
    s.name = q.value(3).toString();
    s.url = q.value(4).toString();
    s.category = Vocabulary<ColumnCategory>::fromCode(q.value(5).toString()).value_or(ColumnCategory::Other);
    s.state = q.value(6).toString();
    return s;
}

static const char kColumns[] = "id, site_id, run_id, name, url, category, state";

bool ColumnSuggestions::propose(const ColumnSuggestion &s, bool *isNew)
{
    QSqlQuery &q = m_store.query(QStringLiteral("INSERT INTO column_suggestions (site_id, run_id, name, url, category) "
                                                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (site_id, url) DO NOTHING"));
    q.addBindValue(s.siteId);
    q.addBindValue(s.runId > 0 ? QVariant(s.runId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(s.name);
    q.addBindValue(s.url);
    q.addBindValue(Vocabulary<ColumnCategory>::code(s.category));
    if (!m_store.exec(q))
        return false;
    if (isNew)
        *isNew = q.numRowsAffected() > 0;
    return true;
}

QList<ColumnSuggestion> ColumnSuggestions::list(const QString &state) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM column_suggestions WHERE state = ? ORDER BY site_id, id")
                                     .arg(QLatin1String(kColumns)));
    q.addBindValue(state);
    QList<ColumnSuggestion> out;
    if (m_store.exec(q))
        while (q.next())
            out.append(suggestionFrom(q));
    q.finish();
    return out;
}

std::optional<ColumnSuggestion> ColumnSuggestions::get(qint64 id) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM column_suggestions WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    std::optional<ColumnSuggestion> out;
    if (m_store.exec(q) && q.next())
        out = suggestionFrom(q);
    q.finish();
    return out;
}

bool ColumnSuggestions::setState(qint64 id, const QString &state)
{
    QSqlQuery &q = m_store.query(QStringLiteral("UPDATE column_suggestions SET state = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(id);
    return m_store.exec(q) && q.numRowsAffected() == 1;
}

bool ColumnSuggestions::accept(qint64 id, std::optional<ColumnCategory> category)
{
    const auto s = get(id);
    if (!s)
        return false;
    if (!m_store.begin())
        return false;
    SiteColumn c;
    if (const auto existing = m_store.column(s->siteId, s->name))
        c = *existing;
    c.siteId = s->siteId;
    c.name = s->name;
    c.url = s->url;
    c.category = category.value_or(s->category);
    const bool ok = (c.id ? m_store.updateColumn(c) : m_store.insertColumn(c) > 0) && setState(id, QStringLiteral("accepted"));
    if (!ok) {
        m_store.rollback();
        return false;
    }
    return m_store.commit();
}

bool ColumnSuggestions::reject(qint64 id)
{
    return setState(id, QStringLiteral("rejected"));
}

} // namespace xj
