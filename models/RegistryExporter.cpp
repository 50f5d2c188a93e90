#include "RegistryExporter.h"

#include "Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

#include <xlsxwriter.h>

namespace xj {

static QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QList<QStringList> RegistryExporter::rows(const Store &store, TableKind kind)
{
    QList<QStringList> out;
    QStringList header;
    for (const auto &f : TableSchemas::get(kind).fields)
        header << f.zh;
    out << header;
    QHash<qint64, QString> unitNames;
    const QList<Unit> units = store.units();
    for (const Unit &u : units)
        unitNames.insert(u.id, u.name);
    QHash<qint64, Site> sites;
    const QList<Site> siteList = store.sites();
    for (const Site &s : siteList)
        sites.insert(s.id, s);
    switch (kind) {
    case TableKind::Units:
        for (const Unit &u : units)
            out << QStringList{u.name, Vocabulary<UnitKind>::zh(u.kind), unitNames.value(u.parentId), u.contact, u.phone};
        break;
    case TableKind::Sites:
        // Hosting websites before their channels, so the file reads top-down.
        for (const Site &s : siteList)
            out << QStringList{s.name, Vocabulary<SiteKind>::zh(s.kind), s.url, s.siteCode, s.icp, s.policeRecord,
                               unitNames.value(s.ownerId), sites.value(s.parentId).name,
                               Vocabulary<ObjectStatus>::zh(s.status), dateText(s.opened), dateText(s.registered)};
        break;
    case TableKind::Columns:
        for (const Site &s : siteList) {
            // A site's 网站标识码 is unambiguous where its name might not be.
            const QString ref = s.siteCode.isEmpty() ? s.name : s.siteCode;
            for (const SiteColumn &c : store.columns(s.id))
                out << QStringList{ref, c.name, c.url, Vocabulary<ColumnCategory>::zh(c.category)};
        }
        break;
    case TableKind::Accounts: {
        // 订阅地址 lives in accounts.feed_url, outside Account (migration 003).
        QHash<qint64, QString> feeds;
        QSqlQuery &q = store.query(QStringLiteral("SELECT id, feed_url FROM accounts WHERE feed_url <> ''"));
        if (store.exec(q))
            while (q.next())
                feeds.insert(q.value(0).toLongLong(), q.value(1).toString());
        q.finish();
        for (const Account &a : store.accounts())
            out << QStringList{a.name, a.actualName, Vocabulary<Platform>::zh(a.platform), a.accountId,
                               unitNames.value(a.ownerId), Vocabulary<ObjectStatus>::zh(a.status), dateText(a.opened),
                               dateText(a.registered), feeds.value(a.id)};
        break;
    }
    case TableKind::Status:
        for (const Site &s : siteList)
            for (const StatusChange &c : store.history(ObjectType::Site, s.id))
                out << QStringList{s.name, Vocabulary<SiteKind>::zh(s.kind), Vocabulary<StatusEvent>::zh(c.event),
                                   dateText(c.effective), c.reason};
        for (const Account &a : store.accounts())
            for (const StatusChange &c : store.history(ObjectType::Account, a.id))
                out << QStringList{a.name, Vocabulary<Platform>::zh(a.platform), Vocabulary<StatusEvent>::zh(c.event),
                                   dateText(c.effective), c.reason};
        break;
    case TableKind::Posts:
    case TableKind::Reminders:
    case TableKind::Messages:
    case TableKind::Catalog:
    case TableKind::Findings:
        break; // not registry tables: callers offer only TableSchema::registry kinds
    }
    return out;
}

bool RegistryExporter::write(const Store &store, TableKind kind, const QString &path, QString *error)
{
    const auto data = rows(store, kind);
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return writeXlsx(data, path, TableSchemas::codeOf(kind), error);
    return writeCsv(data, path, error);
}

static QString csvField(const QString &v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n'))
        && !v.contains(QLatin1Char('\r')))
        return v;
    QString q = v;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

bool RegistryExporter::writeCsv(const QList<QStringList> &rows, const QString &path, QString *error)
{
    QSaveFile f(path); // all or nothing: a failed export leaves no half file
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("RegistryExporter", "%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    f.write("\xEF\xBB\xBF");
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &v : row)
            fields << csvField(v);
        f.write(fields.join(QLatin1Char(',')).toUtf8());
        f.write("\r\n");
    }
    if (!f.commit()) {
        if (error)
            *error = QCoreApplication::translate("RegistryExporter", "%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool RegistryExporter::writeXlsx(const QList<QStringList> &rows, const QString &path, const QString &sheetName,
                                 QString *error)
{
    const QString tmp = path + QStringLiteral(".part");
    lxw_workbook *wb = workbook_new(tmp.toLocal8Bit().constData());
    if (!wb) {
        if (error)
            *error = QCoreApplication::translate("RegistryExporter", "%1: cannot write").arg(path);
        return false;
    }
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.toUtf8().constData());
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    // Text cells throughout: 网站标识码 and phone numbers must not become numbers in Excel.
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            if (!rows[r][c].isEmpty())
                worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), rows[r][c].toUtf8().constData(), r == 0 ? bold : nullptr);
    if (!rows.isEmpty())
        worksheet_set_column(ws, 0, lxw_col_t(std::max<qsizetype>(rows.first().size(), 1) - 1), 18, nullptr);
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        QFile::remove(tmp);
        if (error)
            *error = QCoreApplication::translate("RegistryExporter", "%1: cannot write: %2")
                         .arg(path, QString::fromUtf8(lxw_strerror(err)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path)) {
        if (error)
            *error = QCoreApplication::translate("RegistryExporter", "%1: cannot write").arg(path);
        return false;
    }
    return true;
}

} // namespace xj
