#include "RegistryTableModel.h"

#include "Vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QSqlQuery>

namespace xj {

static constexpr int kPageSize = 200;

RegistryTableModel::RegistryTableModel(Store &store, RegistryTab tab, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_tab(tab), m_columns(columns())
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].kind == ColumnDef::StatusCode)
            m_statusColumn = i;
    reload();
}

QList<RegistryTableModel::ColumnDef> RegistryTableModel::columns() const
{
    using C = ColumnDef;
    switch (m_tab) {
    case RegistryTab::Websites:
        return {{QT_TR_NOOP("Name"), QStringLiteral("o.name"), C::Text},
                {QT_TR_NOOP("Kind"), QStringLiteral("o.kind"), C::SiteKindCode},
                {QT_TR_NOOP("URL"), QStringLiteral("o.url"), C::Text},
                {QT_TR_NOOP("Site code"), QStringLiteral("o.site_code"), C::Text},
                {QT_TR_NOOP("Owner"), QStringLiteral("u.name"), C::Text},
                {QT_TR_NOOP("Status"), QStringLiteral("o.status"), C::StatusCode},
                {QT_TR_NOOP("Opened"), QStringLiteral("o.opened"), C::Date},
                {QT_TR_NOOP("Registered"), QStringLiteral("o.registered"), C::Date}};
    case RegistryTab::Channels:
        return {{QT_TR_NOOP("Name"), QStringLiteral("o.name"), C::Text},
                {QT_TR_NOOP("Hosting site"), QStringLiteral("p.name"), C::Text},
                {QT_TR_NOOP("URL"), QStringLiteral("o.url"), C::Text},
                {QT_TR_NOOP("Owner"), QStringLiteral("u.name"), C::Text},
                {QT_TR_NOOP("Status"), QStringLiteral("o.status"), C::StatusCode},
                {QT_TR_NOOP("Opened"), QStringLiteral("o.opened"), C::Date}};
    case RegistryTab::Accounts:
        return {{QT_TR_NOOP("Registered name"), QStringLiteral("o.name"), C::Text},
                {QT_TR_NOOP("Actual name"), QStringLiteral("o.actual_name"), C::Text},
                {QT_TR_NOOP("Platform"), QStringLiteral("o.platform"), C::PlatformCode},
                {QT_TR_NOOP("Account ID"), QStringLiteral("o.account_id"), C::Text},
                {QT_TR_NOOP("Owner"), QStringLiteral("u.name"), C::Text},
                {QT_TR_NOOP("Status"), QStringLiteral("o.status"), C::StatusCode},
                {QT_TR_NOOP("Opened"), QStringLiteral("o.opened"), C::Date},
                {QT_TR_NOOP("Registered"), QStringLiteral("o.registered"), C::Date}};
    case RegistryTab::Units:
        return {{QT_TR_NOOP("Unit"), QStringLiteral("o.name"), C::Text},
                {QT_TR_NOOP("Unit kind"), QStringLiteral("o.kind"), C::UnitKindCode},
                {QT_TR_NOOP("Parent unit"), QStringLiteral("p.name"), C::Text},
                {QT_TR_NOOP("Contact"), QStringLiteral("o.contact"), C::Text},
                {QT_TR_NOOP("Phone"), QStringLiteral("o.phone"), C::Text}};
    }
    return {};
}

QString RegistryTableModel::fromClause() const
{
    switch (m_tab) {
    case RegistryTab::Websites:
        return QStringLiteral("sites o JOIN units u ON u.id = o.owner_id");
    case RegistryTab::Channels:
        return QStringLiteral("sites o JOIN units u ON u.id = o.owner_id LEFT JOIN sites p ON p.id = o.parent_id");
    case RegistryTab::Accounts:
        return QStringLiteral("accounts o JOIN units u ON u.id = o.owner_id");
    case RegistryTab::Units:
        return QStringLiteral("units o LEFT JOIN units p ON p.id = o.parent_id");
    }
    return {};
}

QString RegistryTableModel::whereClause(QVariantList *binds) const
{
    QStringList conds;
    if (m_tab == RegistryTab::Websites)
        conds << QStringLiteral("o.kind <> 'channel'");
    else if (m_tab == RegistryTab::Channels)
        conds << QStringLiteral("o.kind = 'channel'");
    if (!m_filter.kind.isEmpty() && m_tab != RegistryTab::Channels) {
        conds << (m_tab == RegistryTab::Accounts ? QStringLiteral("o.platform = ?") : QStringLiteral("o.kind = ?"));
        binds->append(m_filter.kind);
    }
    if (!m_filter.status.isEmpty() && m_tab != RegistryTab::Units) {
        conds << QStringLiteral("o.status = ?");
        binds->append(m_filter.status);
    }
    if (m_filter.unitId > 0) {
        conds << (m_tab == RegistryTab::Units ? QStringLiteral("(o.id = ? OR o.parent_id = ?)")
                                              : QStringLiteral("(u.id = ? OR u.parent_id = ?)"));
        binds->append(m_filter.unitId);
        binds->append(m_filter.unitId);
    }
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        QStringList fields;
        switch (m_tab) {
        case RegistryTab::Websites:
        case RegistryTab::Channels:
            fields = {QStringLiteral("o.name"), QStringLiteral("o.url"), QStringLiteral("o.site_code"),
                      QStringLiteral("o.icp"), QStringLiteral("u.name")};
            break;
        case RegistryTab::Accounts:
            fields = {QStringLiteral("o.name"), QStringLiteral("o.actual_name"), QStringLiteral("o.account_id"),
                      QStringLiteral("u.name")};
            break;
        case RegistryTab::Units:
            fields = {QStringLiteral("o.name"), QStringLiteral("o.contact"), QStringLiteral("o.phone")};
            break;
        }
        QStringList ors;
        for (const QString &f : std::as_const(fields)) {
            ors << QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(f, m_store.caseInsensitiveLike());
            binds->append(pattern);
        }
        conds << QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return conds.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conds.join(QStringLiteral(" AND "));
}

void RegistryTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_ids.clear();
    QVariantList binds;
    const QString where = whereClause(&binds);
    const QString order = m_columns.value(m_sortColumn).select;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.id FROM %1%2 ORDER BY %3 %4, o.id")
                  .arg(fromClause(), where, order, m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (m_store.exec(q))
        while (q.next())
            m_ids.append(q.value(0).toLongLong());
    QSqlQuery c(m_store.database());
    QString total = QStringLiteral("SELECT count(*) FROM %1").arg(fromClause());
    if (m_tab == RegistryTab::Websites)
        total += QStringLiteral(" WHERE o.kind <> 'channel'");
    else if (m_tab == RegistryTab::Channels)
        total += QStringLiteral(" WHERE o.kind = 'channel'");
    m_total = c.exec(total) && c.next() ? c.value(0).toInt() : int(m_ids.size());
    endResetModel();
}

void RegistryTableModel::setFilter(const RegistryFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void RegistryTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

qint64 RegistryTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int RegistryTableModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

int RegistryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RegistryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const QVector<QVariantList> *RegistryTableModel::page(int pageNo) const
{
    if (auto *p = m_pages.object(pageNo))
        return p;
    const int first = pageNo * kPageSize;
    const int last = std::min<int>(first + kPageSize, int(m_ids.size()));
    QStringList ids;
    for (int i = first; i < last; ++i)
        ids << QString::number(m_ids[i]);
    QStringList selects{QStringLiteral("o.id")};
    for (const auto &c : m_columns)
        selects << c.select;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE o.id IN (%3)").arg(selects.join(QLatin1Char(',')), fromClause(), ids.join(QLatin1Char(','))));
    QHash<qint64, QVariantList> byId;
    if (m_store.exec(q)) {
        while (q.next()) {
            QVariantList row;
            for (int i = 1; i < selects.size(); ++i)
                row << q.value(i);
            byId.insert(q.value(0).toLongLong(), row);
        }
    }
    auto *p = new QVector<QVariantList>;
    p->reserve(last - first);
    for (int i = first; i < last; ++i)
        p->append(byId.value(m_ids[i]));
    m_pages.insert(pageNo, p);
    return p;
}

QVariant RegistryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == IdRole)
        return m_ids[index.row()];
    const auto &cols = m_columns;
    if (index.column() >= cols.size())
        return {};
    const auto *p = page(index.row() / kPageSize);
    const QVariantList &row = p->at(index.row() % kPageSize);
    if (row.isEmpty())
        return {};
    const QVariant v = row.value(index.column());
    const auto kind = cols[index.column()].kind;
    const int statusCol = m_statusColumn;
    if (role == StatusRole)
        return statusCol >= 0 ? row.value(statusCol) : QVariant();
    if (role == KindRole)
        return row.value(1);
    if (role == Qt::ForegroundRole && statusCol >= 0 && row.value(statusCol).toString() != QLatin1String("running"))
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const QString s = v.toString();
    switch (kind) {
    case ColumnDef::SiteKindCode:
        return Vocabulary<SiteKind>::fromCode(s) ? Vocabulary<SiteKind>::label(*Vocabulary<SiteKind>::fromCode(s)) : s;
    case ColumnDef::PlatformCode:
        return Vocabulary<Platform>::fromCode(s) ? Vocabulary<Platform>::label(*Vocabulary<Platform>::fromCode(s)) : s;
    case ColumnDef::StatusCode:
        return Vocabulary<ObjectStatus>::fromCode(s) ? Vocabulary<ObjectStatus>::label(*Vocabulary<ObjectStatus>::fromCode(s)) : s;
    case ColumnDef::UnitKindCode:
        return Vocabulary<UnitKind>::fromCode(s) ? Vocabulary<UnitKind>::label(*Vocabulary<UnitKind>::fromCode(s)) : s;
    case ColumnDef::Date:
    case ColumnDef::Text:
        return s;
    }
    return s;
}

QVariant RegistryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section < m_columns.size() ? tr(m_columns[section].header) : QVariant();
}

} // namespace xj
