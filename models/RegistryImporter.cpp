#include "RegistryImporter.h"

#include "DateParser.h"
#include "RegistryImportContext.h"
#include "ReportImport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace xj {

QString ImportProblem::toString() const
{
    QString where = file;
    if (row > 0) {
        where += QLatin1Char(':') + QString::number(row);
        if (column >= 0)
            where += QLatin1Char(':') + TableReader::columnLetter(column);
    }
    return where + QStringLiteral(": ") + message;
}

QDate RegistryImporter::Context::date(const TableRow &row, const QString &key, bool *ok)
{
    *ok = true;
    const QString text = cell(row, key);
    if (text.isEmpty())
        return {};
    const auto d = DateParser::parseDate(text);
    if (!d) {
        *ok = false;
        problem(row.number, key, ImportTr::tr("%1: \"%2\" is not a date (%3)").arg(fieldName(key), text, DateParser::acceptedFormats()));
        return {};
    }
    return *d;
}

QDateTime RegistryImporter::Context::dateTime(const TableRow &row, const QString &key, bool *ok)
{
    *ok = true;
    const QString text = cell(row, key);
    if (text.isEmpty())
        return {};
    const auto d = DateParser::parseDateTime(text);
    if (!d) {
        *ok = false;
        problem(row.number, key, ImportTr::tr("%1: \"%2\" is not a date or time (%3)").arg(fieldName(key), text, DateParser::acceptedFormats()));
        return {};
    }
    return *d;
}

QJsonObject RegistryImporter::Context::extras(const TableRow &row) const
{
    QJsonObject o;
    for (int c = 0; c < map.keyOfColumn.size(); ++c) {
        if (!map.keyOfColumn[c].isEmpty() || c >= table.headers.size())
            continue;
        const QString v = c < row.cells.size() ? row.cells[c].trimmed() : QString();
        const QString h = table.headers[c].trimmed();
        if (!v.isEmpty() && !h.isEmpty())
            o.insert(h, v);
    }
    return o;
}

QString RegistryImporter::Context::fieldName(const QString &key) const
{
    const FieldSpec *f = schema ? schema->field(key) : nullptr;
    return f ? f->zh : key;
}

qint64 ensureUnit(Store &store, QHash<QString, qint64> &unitIds, const QString &name)
{
    if (const qint64 id = unitIds.value(name))
        return id;
    Unit u;
    u.name = name;
    const qint64 id = store.insertUnit(u);
    if (id)
        unitIds.insert(name, id);
    return id;
}

bool recordImportedStatus(RegistryImporter::Context &ctx, ObjectType type, qint64 id, ObjectStatus status)
{
    StatusChange c;
    c.objectType = type;
    c.objectId = id;
    c.event = eventFor(status);
    c.effective = QDate::currentDate();
    c.reason = ImportTr::tr("changed by importing %1").arg(ctx.file);
    c.source = ctx.source;
    if (!ctx.store.recordStatus(c))
        return false;
    ++ctx.result.statusChanges;
    return true;
}

bool mergeExtras(QJsonObject &into, const QJsonObject &from)
{
    bool changed = false;
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (into.value(it.key()) != it.value()) {
            into.insert(it.key(), it.value());
            changed = true;
        }
    }
    return changed;
}

QString normalizeUrlCell(const QString &text, const QString &base)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QUrl url(t, QUrl::StrictMode);
    if (url.scheme().isEmpty() && !base.isEmpty() && (t.startsWith(QLatin1Char('/')) || t.startsWith(QLatin1Char('.'))))
        url = QUrl(base).resolved(QUrl(t));
    else if (url.scheme().isEmpty() && !t.contains(QLatin1Char(' ')) && t.contains(QLatin1Char('.')))
        url = QUrl(QStringLiteral("http://") + t, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url.toString();
}

RegistryImporter::RegistryImporter(Store &store) : m_store(store) {}

ImportResult RegistryImporter::importFile(const QString &path, const Options &options)
{
    const QString label = QFileInfo(path).fileName();
    QString error;
    const auto table = TableReader::read(path, &error, options.sheet);
    if (!table) {
        ImportResult r;
        r.problems.append({label, 0, -1, error});
        return r;
    }
    QFile f(path);
    QByteArray sha;
    if (f.open(QIODevice::ReadOnly)) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        sha = h.result();
    }
    return importTable(*table, label, sha, options);
}

ImportResult RegistryImporter::importTable(const RawTable &table, const QString &fileLabel, const QByteArray &sha256,
                                           const Options &options)
{
    ImportResult result;
    result.encoding = table.encoding;
    result.rows = int(table.rows.size());
    Context ctx(m_store, table, fileLabel, options, result);
    ctx.source = QStringLiteral("import:") + fileLabel;

    QString why;
    const auto kind = options.kind ? options.kind : TableSchemas::detect(table.headers, &why);
    if (!kind) {
        result.problems.append({fileLabel, 1, -1, why});
        return result;
    }
    result.kind = *kind;
    ctx.schema = &TableSchemas::get(*kind);
    ctx.map = TableSchemas::map(*ctx.schema, table.headers, options.headerOverrides);
    for (const QString &key : std::as_const(ctx.map.missingRequired))
        result.problems.append({fileLabel, 1, -1,
                                ImportTr::tr("missing column %1 (%2), required in a %3 table")
                                    .arg(ctx.fieldName(key), key, ctx.schema->code)});
    for (int c : std::as_const(ctx.map.duplicateColumns))
        result.problems.append({fileLabel, 1, c, ImportTr::tr("column \"%1\" repeats a column already read").arg(table.headers[c])});
    if (ctx.schema->needsRound && options.round.isEmpty())
        result.problems.append({fileLabel, 0, -1, ImportTr::tr("a %1 table belongs to a round: name it with --round ID").arg(ctx.schema->code)});
    else if (ctx.schema->needsRound && !m_store.round(options.round))
        result.problems.append({fileLabel, 0, -1, ImportTr::tr("no round \"%1\"; create it first (xunjian round create)").arg(options.round)});
    if (!result.problems.isEmpty())
        return result;

    if (!validate(ctx) || !result.problems.isEmpty()) {
        result.cancelled = result.problems.isEmpty();
        return result;
    }
    if (!m_store.begin()) {
        result.problems.append({fileLabel, 0, -1, m_store.lastError()});
        return result;
    }
    if (!write(ctx) || !m_store.logImport(fileLabel, ctx.schema->code, sha256, result.rows, result.inserted, result.updated)) {
        m_store.rollback();
        if (!result.cancelled && result.problems.isEmpty())
            result.problems.append({fileLabel, 0, -1, ImportTr::tr("database: %1").arg(m_store.lastError())});
        result.inserted = result.updated = result.unchanged = result.statusChanges = 0;
        return result;
    }
    if (!m_store.commit()) {
        m_store.rollback();
        result.problems.append({fileLabel, 0, -1, ImportTr::tr("database: %1").arg(m_store.lastError())});
        return result;
    }
    result.ok = true;
    return result;
}

bool RegistryImporter::validate(Context &ctx)
{
    switch (ctx.result.kind) {
    case TableKind::Units:
        return validateUnits(ctx);
    case TableKind::Sites:
        return validateSites(ctx);
    case TableKind::Columns:
        return validateColumns(ctx);
    case TableKind::Accounts:
        return validateAccounts(ctx);
    case TableKind::Status:
        return validateStatus(ctx);
    case TableKind::Posts:
        return validatePosts(ctx);
    case TableKind::Reminders:
        return validateReminders(ctx);
    case TableKind::Messages:
        return validateMessages(ctx);
    case TableKind::Catalog:
        return validateCatalog(ctx);
    case TableKind::Findings:
        return validateFindings(ctx);
    }
    return false;
}

bool RegistryImporter::write(Context &ctx)
{
    switch (ctx.result.kind) {
    case TableKind::Units:
        return writeUnits(ctx);
    case TableKind::Sites:
        return writeSites(ctx);
    case TableKind::Columns:
        return writeColumns(ctx);
    case TableKind::Accounts:
        return writeAccounts(ctx);
    case TableKind::Status:
        return writeStatus(ctx);
    case TableKind::Posts:
        return writePosts(ctx);
    case TableKind::Reminders:
        return writeReminders(ctx);
    case TableKind::Messages:
        return writeMessages(ctx);
    case TableKind::Catalog:
        return writeCatalog(ctx);
    case TableKind::Findings:
        return writeFindings(ctx);
    }
    return false;
}

} // namespace xj
