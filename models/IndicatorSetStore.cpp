#include "IndicatorSetStore.h"
#include "SqlRows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

#include <algorithm>

namespace xj {

namespace {

struct StoreTr {
    Q_DECLARE_TR_FUNCTIONS(IndicatorSetStore)
};

const char kColumns[] = "id, name, version, definition, note, created_at, active";

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A stored row. The columns name the version; the definition says what it judges by. A
// definition this build cannot read (hand-edited) yields nullopt and *error.
std::optional<IndicatorSet> setFrom(const QSqlQuery &q, QString *error)
{
    const qint64 id = q.value(0).toLongLong();
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(3).toString().toUtf8(), &parse);
    QString why;
    std::optional<IndicatorSet> set = doc.isObject() ? IndicatorSet::fromJson(doc.object(), &why) : std::nullopt;
    if (!set) {
        if (error)
            *error = StoreTr::tr("indicator set %1 (%2 v%3) cannot be read: %4")
                         .arg(id)
                         .arg(q.value(1).toString())
                         .arg(q.value(2).toInt())
                         .arg(why.isEmpty() ? parse.errorString() : why);
        return std::nullopt;
    }
    set->id = id;
    set->name = q.value(1).toString();
    set->version = q.value(2).toInt();
    set->note = q.value(4).toString();
    set->createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    set->active = q.value(6).toInt() != 0;
    return set;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool IndicatorSetStore::ensureDefault()
{
    QSqlQuery &count = m_store.query(QStringLiteral("SELECT COUNT(*) FROM indicator_sets"));
    if (!m_store.exec(count))
        return false;
    const bool empty = count.next() && count.value(0).toLongLong() == 0;
    count.finish();
    if (!empty)
        return true;
    // Two programs opening a new team database at once both find it empty: the second insert
    // meets the first's row and does nothing.
    const IndicatorSet &def = IndicatorSet::defaults();
    QSqlQuery &q = m_store.query(QStringLiteral("INSERT INTO indicator_sets (name, version, definition, note, created_at, active) "
                                                "VALUES (?, 1, ?, ?, ?, 1) ON CONFLICT (name, version) DO NOTHING"));
    IndicatorSet stored = def;
    stored.note = StoreTr::tr("built-in: indicators.md");
    q.addBindValue(stored.name);
    q.addBindValue(json(stored.toJson()));
    q.addBindValue(stored.note);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return m_store.exec(q);
}

IndicatorSet IndicatorSetStore::active()
{
    if (ensureDefault()) {
        QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM indicator_sets WHERE active <> 0 ORDER BY id DESC")
                                         .arg(QLatin1String(kColumns)));
        std::optional<IndicatorSet> found;
        if (m_store.exec(q) && q.next())
            found = setFrom(q, nullptr);
        q.finish();
        if (found)
            return *found;
    }
    IndicatorSet fallback = IndicatorSet::defaults();
    fallback.id = 0;
    return fallback;
}

QList<IndicatorSet> IndicatorSetStore::versions(const QString &name) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM indicator_sets%2 ORDER BY id")
                                     .arg(QLatin1String(kColumns), name.isEmpty() ? QString() : QStringLiteral(" WHERE name = ?")));
    if (!name.isEmpty())
        q.addBindValue(name);
    QList<IndicatorSet> out;
    m_unreadable.clear();
    if (m_store.exec(q)) {
        while (q.next()) {
            QString why;
            if (auto set = setFrom(q, &why))
                out.append(*set);
            else
                m_unreadable.append(why);
        }
    }
    q.finish();
    // Names in code-point order on both backends (PostgreSQL would sort by its locale).
    std::stable_sort(out.begin(), out.end(), [](const IndicatorSet &a, const IndicatorSet &b) {
        return a.name != b.name ? a.name < b.name : a.version < b.version;
    });
    return out;
}

std::optional<IndicatorSet> IndicatorSetStore::find(const QString &name, int version) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM indicator_sets WHERE name = ? AND version = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(name);
    q.addBindValue(version);
    std::optional<IndicatorSet> out;
    if (m_store.exec(q) && q.next())
        out = setFrom(q, nullptr);
    q.finish();
    return out;
}

std::optional<IndicatorSet> IndicatorSetStore::byId(qint64 id) const
{
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT %1 FROM indicator_sets WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    std::optional<IndicatorSet> out;
    if (m_store.exec(q) && q.next())
        out = setFrom(q, nullptr);
    q.finish();
    return out;
}

std::optional<IndicatorSet> IndicatorSetStore::latest(const QString &name) const
{
    const QList<IndicatorSet> all = versions(name);
    return all.isEmpty() ? std::nullopt : std::optional<IndicatorSet>(all.last());
}

std::optional<IndicatorSet> IndicatorSetStore::save(IndicatorSet edited, const QString &note, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<IndicatorSet> {
        if (error)
            *error = why;
        m_store.rollback();
        return std::nullopt;
    };
    edited.name = edited.name.trimmed();
    if (edited.name.isEmpty()) {
        if (error)
            *error = StoreTr::tr("the indicator set has no name");
        return std::nullopt;
    }
    // The default is version 1 of its name before anything else is stored, so that an edited
    // default saved first becomes version 2 and the built-in one stays on record.
    if (!ensureDefault() || !m_store.begin()) {
        if (error)
            *error = m_store.lastError();
        return std::nullopt;
    }
    QSqlQuery &max = m_store.query(QStringLiteral("SELECT MAX(version) FROM indicator_sets WHERE name = ?"));
    max.addBindValue(edited.name);
    if (!m_store.exec(max))
        return fail(m_store.lastError());
    edited.version = (max.next() ? max.value(0).toInt() : 0) + 1;
    max.finish();
    edited.note = note;
    edited.active = false;
    edited.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery &q = m_store.query(QStringLiteral("INSERT INTO indicator_sets (name, version, definition, note, created_at, active) "
                                                "VALUES (?, ?, ?, ?, ?, 0)") + m_store.returning());
    q.addBindValue(edited.name);
    q.addBindValue(edited.version);
    q.addBindValue(json(edited.toJson()));
    q.addBindValue(sql::text(note));
    q.addBindValue(edited.createdAt.toString(Qt::ISODateWithMs));
    if (!m_store.exec(q))
        return fail(m_store.lastError());
    edited.id = m_store.backend() == StoreLocation::Backend::Postgres ? (q.next() ? q.value(0).toLongLong() : 0)
                                                                      : q.lastInsertId().toLongLong();
    q.finish();
    if (!edited.id)
        return fail(StoreTr::tr("the indicator set was not stored"));
    if (!m_store.commit())
        return fail(m_store.lastError());
    // As read back: the time as stored (milliseconds), the definition as any reader sees it.
    return byId(edited.id);
}

bool IndicatorSetStore::activate(qint64 id)
{
    if (!m_store.begin())
        return false;
    QSqlQuery &off = m_store.query(QStringLiteral("UPDATE indicator_sets SET active = 0 WHERE active <> 0 AND id <> ?"));
    off.addBindValue(id);
    if (!m_store.exec(off)) {
        m_store.rollback();
        return false;
    }
    QSqlQuery &on = m_store.query(QStringLiteral("UPDATE indicator_sets SET active = 1 WHERE id = ?"));
    on.addBindValue(id);
    if (!m_store.exec(on) || on.numRowsAffected() != 1) {
        m_store.rollback();
        return false;
    }
    return m_store.commit();
}

std::optional<IndicatorSet> IndicatorSetStore::readFile(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<IndicatorSet> {
        if (error)
            *error = StoreTr::tr("%1: %2").arg(nativePath(path), why);
        return std::nullopt;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString());
    const QByteArray bytes = f.readAll();
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        // Where an editor shows it: line and column of the offset.
        const QByteArray before = bytes.left(parse.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parse.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return fail(StoreTr::tr("line %1, column %2: %3").arg(line).arg(column).arg(parse.errorString()));
    }
    if (!doc.isObject())
        return fail(StoreTr::tr("expected a JSON object with \"name\" and \"indicators\""));
    QString why;
    auto set = IndicatorSet::fromJson(doc.object(), &why);
    if (!set)
        return fail(why);
    return set;
}

std::optional<IndicatorSet> IndicatorSetStore::importFile(const QString &path, QString *error, bool *stored)
{
    if (stored)
        *stored = false;
    const auto set = readFile(path, error);
    return set ? storeImported(*set, path, error, stored) : std::nullopt;
}

std::optional<IndicatorSet> IndicatorSetStore::storeImported(const IndicatorSet &read, const QString &path, QString *error,
                                                             bool *stored)
{
    if (stored)
        *stored = false;
    if (!ensureDefault()) {
        if (error)
            *error = m_store.lastError();
        return std::nullopt;
    }
    for (const IndicatorSet &known : versions(read.name))
        if (known.sameIndicators(read))
            return known;
    const QString note = read.note.isEmpty() ? StoreTr::tr("imported from %1").arg(QFileInfo(path).fileName()) : read.note;
    auto saved = save(read, note, error);
    if (saved && stored)
        *stored = true;
    return saved;
}

bool IndicatorSetStore::exportFile(const IndicatorSet &set, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(set.toJson()).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        if (error)
            *error = StoreTr::tr("%1: %2").arg(nativePath(path), f.errorString());
        return false;
    }
    return true;
}

} // namespace xj
