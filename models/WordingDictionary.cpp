#include "WordingDictionary.h"

#include "RegistryExporter.h"
#include "SqlRows.h"
#include "Vocabulary.h"

#include <QFileInfo>

namespace xj {

using sql::text;

namespace {

struct KindSpelling {
    WordingKind kind;
    const char *code;
    const char *zh;
    const char *label; // translated in context "WordingDictionary"
    const char *alias;
};

const KindSpelling kKinds[] = {
    {WordingKind::Serious, "serious", "严重表述错误", QT_TRANSLATE_NOOP("WordingDictionary", "Serious wording error"), "严重错误"},
    {WordingKind::Typo, "typo", "错别字", QT_TRANSLATE_NOOP("WordingDictionary", "Typo"), "错字"},
    {WordingKind::Sensitive, "sensitive", "敏感词", QT_TRANSLATE_NOOP("WordingDictionary", "Sensitive word"), "敏感"},
    {WordingKind::Allow, "allow", "允许词", QT_TRANSLATE_NOOP("WordingDictionary", "Allowed phrase"), "白名单"},
};

struct LevelSpelling {
    const char *code;
    const char *zh;
    const char *label;
};

const LevelSpelling kLevels[] = {
    {"minor", "一般", QT_TRANSLATE_NOOP("WordingDictionary", "minor")},
    {"suspected", "疑似", QT_TRANSLATE_NOOP("WordingDictionary", "suspected")},
    {"severe", "严重", QT_TRANSLATE_NOOP("WordingDictionary", "severe")},
};

const KindSpelling &spelling(WordingKind kind)
{
    for (const KindSpelling &k : kKinds)
        if (k.kind == kind)
            return k;
    return kKinds[1];
}

WordingKind kindFromCode(const QString &code)
{
    for (const KindSpelling &k : kKinds)
        if (code == QLatin1String(k.code))
            return k.kind;
    return WordingKind::Typo;
}

// The order lists show: the serious ones first, the allow list last.
const QString kOrder = QStringLiteral(" ORDER BY CASE kind WHEN 'serious' THEN 0 WHEN 'typo' THEN 1 WHEN 'sensitive' THEN 2 "
                                      "ELSE 3 END, term, id");
const QString kColumns = QStringLiteral("SELECT id, kind, term, correct, level, note, source FROM wording_entries");

WordingEntry entryFrom(const QSqlQuery &q)
{
    return WordingEntry{q.value(0).toLongLong(), kindFromCode(q.value(1).toString()), q.value(2).toString(),
                        q.value(3).toString(),   q.value(4).toString(),                q.value(5).toString(),
                        q.value(6).toString()};
}

// LIKE with the user's text taken literally.
QString likePattern(const QString &search)
{
    QString s = search;
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + s + QLatin1Char('%');
}

} // namespace

// --- Kinds and levels

QList<WordingKind> WordingDictionary::kinds()
{
    return {WordingKind::Serious, WordingKind::Typo, WordingKind::Sensitive, WordingKind::Allow};
}

QString WordingDictionary::kindCode(WordingKind kind)
{
    return QString::fromLatin1(spelling(kind).code);
}

QString WordingDictionary::kindZh(WordingKind kind)
{
    return QString::fromUtf8(spelling(kind).zh);
}

QString WordingDictionary::kindLabel(WordingKind kind)
{
    return tr(spelling(kind).label);
}

std::optional<WordingKind> WordingDictionary::parseKind(const QString &text)
{
    const QString folded = foldForMatch(text);
    if (folded.isEmpty())
        return std::nullopt;
    for (const KindSpelling &k : kKinds)
        for (const QString &s : {QString::fromLatin1(k.code), QString::fromUtf8(k.zh), QString::fromUtf8(k.alias),
                                 QString::fromLatin1(k.label), tr(k.label)})
            if (folded == foldForMatch(s))
                return k.kind;
    return std::nullopt;
}

QStringList WordingDictionary::levelCodes()
{
    QStringList codes;
    for (const LevelSpelling &l : kLevels)
        codes << QString::fromLatin1(l.code);
    return codes;
}

QString WordingDictionary::levelZh(const QString &code)
{
    for (const LevelSpelling &l : kLevels)
        if (code == QLatin1String(l.code))
            return QString::fromUtf8(l.zh);
    return code;
}

QString WordingDictionary::levelLabel(const QString &code)
{
    for (const LevelSpelling &l : kLevels)
        if (code == QLatin1String(l.code))
            return tr(l.label);
    return code;
}

std::optional<QString> WordingDictionary::parseLevel(const QString &text)
{
    const QString folded = foldForMatch(text);
    if (folded.isEmpty())
        return QString();
    for (const LevelSpelling &l : kLevels)
        for (const QString &s : {QString::fromLatin1(l.code), QString::fromUtf8(l.zh), tr(l.label)})
            if (folded == foldForMatch(s))
                return QString::fromLatin1(l.code);
    return std::nullopt;
}

QString WordingDictionary::problem(const WordingEntry &e)
{
    if (e.term.trimmed().isEmpty())
        return tr("the term is empty");
    if (e.term != e.term.trimmed())
        return tr("the term “%1” starts or ends with a space").arg(e.term);
    if (e.term.contains(QLatin1Char('\n')) || e.term.contains(QLatin1Char('\r')) || e.correct.contains(QLatin1Char('\n')))
        return tr("the term “%1” has a line break").arg(e.term.simplified());
    if (e.term.size() > 100)
        return tr("the term “%1…” is longer than 100 characters").arg(e.term.left(20));
    if (e.kind != WordingKind::Allow && !e.correct.isEmpty() && e.correct == e.term)
        return tr("the correct form of “%1” is the term itself").arg(e.term);
    if (!e.level.isEmpty() && !levelCodes().contains(e.level))
        return tr("unknown level “%1”; expected 一般, 疑似 or 严重").arg(e.level);
    return {};
}

bool WordingDictionary::setError(const QString &message) const
{
    m_error = message;
    return false;
}

// --- Reading

QList<WordingEntry> WordingDictionary::entries(std::optional<WordingKind> kind, const QString &search, int limit,
                                               int offset) const
{
    QString sql = kColumns + QStringLiteral(" WHERE 1 = 1");
    if (kind)
        sql += QStringLiteral(" AND kind = ?");
    if (!search.isEmpty()) {
        const QString like = QLatin1Char(' ') + m_store.caseInsensitiveLike() + QStringLiteral(" ? ESCAPE '\\'");
        sql += QStringLiteral(" AND (term") + like + QStringLiteral(" OR correct") + like + QStringLiteral(" OR note") + like + QLatin1Char(')');
    }
    sql += kOrder;
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT ? OFFSET ?"); // bound: one cached statement for every page
    QSqlQuery &q = m_store.query(sql);
    if (kind)
        q.addBindValue(kindCode(*kind));
    if (!search.isEmpty())
        for (int i = 0; i < 3; ++i)
            q.addBindValue(likePattern(search));
    if (limit >= 0) {
        q.addBindValue(limit);
        q.addBindValue(std::max(offset, 0));
    }
    return sql::all<WordingEntry>(m_store, q, entryFrom);
}

int WordingDictionary::count(std::optional<WordingKind> kind, const QString &search) const
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM wording_entries WHERE 1 = 1");
    if (kind)
        sql += QStringLiteral(" AND kind = ?");
    if (!search.isEmpty()) {
        const QString like = QLatin1Char(' ') + m_store.caseInsensitiveLike() + QStringLiteral(" ? ESCAPE '\\'");
        sql += QStringLiteral(" AND (term") + like + QStringLiteral(" OR correct") + like + QStringLiteral(" OR note") + like + QLatin1Char(')');
    }
    QSqlQuery &q = m_store.query(sql);
    if (kind)
        q.addBindValue(kindCode(*kind));
    if (!search.isEmpty())
        for (int i = 0; i < 3; ++i)
            q.addBindValue(likePattern(search));
    return sql::one<int>(m_store, q, [](const QSqlQuery &r) { return r.value(0).toInt(); }).value_or(0);
}

std::optional<WordingEntry> WordingDictionary::entry(qint64 id) const
{
    QSqlQuery &q = m_store.query(kColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    return sql::one<WordingEntry>(m_store, q, entryFrom);
}

std::optional<WordingEntry> WordingDictionary::find(WordingKind kind, const QString &term) const
{
    QSqlQuery &q = m_store.query(kColumns + QStringLiteral(" WHERE kind = ? AND term = ?"));
    q.addBindValue(kindCode(kind));
    q.addBindValue(term);
    return sql::one<WordingEntry>(m_store, q, entryFrom);
}

// --- Writing

bool WordingDictionary::add(const WordingEntry &e, WordingChange *change)
{
    m_error.clear();
    if (const QString why = problem(e); !why.isEmpty())
        return setError(why);
    const std::optional<WordingEntry> old = find(e.kind, e.term);
    if (old && old->correct == e.correct && old->level == e.level && old->note == e.note) {
        if (change)
            *change = WordingChange::Unchanged;
        return true;
    }
    if (old) {
        QSqlQuery &q = m_store.query(QStringLiteral("UPDATE wording_entries SET correct = ?, level = ?, note = ?, source = ? WHERE id = ?"));
        q.addBindValue(text(e.correct));
        q.addBindValue(text(e.level));
        q.addBindValue(text(e.note));
        q.addBindValue(text(e.source));
        q.addBindValue(old->id);
        if (!m_store.exec(q))
            return false;
        if (change)
            *change = WordingChange::Updated;
        return true;
    }
    QSqlQuery &q = m_store.query(QStringLiteral("INSERT INTO wording_entries (kind, term, correct, level, note, source) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(kindCode(e.kind));
    q.addBindValue(e.term);
    q.addBindValue(text(e.correct));
    q.addBindValue(text(e.level));
    q.addBindValue(text(e.note));
    q.addBindValue(text(e.source));
    if (!m_store.exec(q))
        return false;
    if (change)
        *change = WordingChange::Inserted;
    return true;
}

bool WordingDictionary::update(const WordingEntry &e)
{
    m_error.clear();
    if (const QString why = problem(e); !why.isEmpty())
        return setError(why);
    if (const auto other = find(e.kind, e.term); other && other->id != e.id)
        return setError(tr("“%1” is already in the dictionary as %2").arg(e.term, kindLabel(e.kind)));
    QSqlQuery &q = m_store.query(QStringLiteral("UPDATE wording_entries SET kind = ?, term = ?, correct = ?, level = ?, note = ?, source = ? WHERE id = ?"));
    q.addBindValue(kindCode(e.kind));
    q.addBindValue(e.term);
    q.addBindValue(text(e.correct));
    q.addBindValue(text(e.level));
    q.addBindValue(text(e.note));
    q.addBindValue(text(e.source));
    q.addBindValue(e.id);
    if (!m_store.exec(q))
        return false;
    return q.numRowsAffected() == 1 || setError(tr("no dictionary entry %1").arg(e.id));
}

bool WordingDictionary::remove(qint64 id)
{
    m_error.clear();
    QSqlQuery &q = m_store.query(QStringLiteral("DELETE FROM wording_entries WHERE id = ?"));
    q.addBindValue(id);
    return m_store.exec(q) && (q.numRowsAffected() == 1 || setError(tr("no dictionary entry %1").arg(id)));
}

bool WordingDictionary::remove(WordingKind kind, const QString &term, bool *found)
{
    m_error.clear();
    QSqlQuery &q = m_store.query(QStringLiteral("DELETE FROM wording_entries WHERE kind = ? AND term = ?"));
    q.addBindValue(kindCode(kind));
    q.addBindValue(term);
    if (!m_store.exec(q))
        return false;
    if (found)
        *found = q.numRowsAffected() > 0;
    return true;
}

// --- Export

QStringList WordingDictionary::exportHeader()
{
    return {QStringLiteral("类型"), QStringLiteral("词语"), QStringLiteral("正确"), QStringLiteral("级别"), QStringLiteral("备注"),
            QStringLiteral("来源")};
}

bool WordingDictionary::exportFile(const QString &path, QString *error) const
{
    QList<QStringList> rows{exportHeader()};
    for (const WordingEntry &e : entries())
        rows.append({kindZh(e.kind), e.term, e.correct, e.level.isEmpty() ? QString() : levelZh(e.level), e.note, e.source});
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return RegistryExporter::writeXlsx(rows, path, QStringLiteral("词库"), error);
    return RegistryExporter::writeCsv(rows, path, error);
}

// --- Starter list

QString WordingDictionary::starterPath()
{
    return QStringLiteral(":/dictionaries/wording-starter.csv");
}

bool WordingDictionary::ensureStarter(int *loaded)
{
    if (loaded)
        *loaded = 0;
    if (count() > 0)
        return true;
    // The import log remembers that the list was loaded once: a table the inspectors emptied
    // stays empty.
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT COUNT(*) FROM imports WHERE kind = 'wording-starter'"));
    const std::optional<int> before = sql::one<int>(m_store, q, [](const QSqlQuery &r) { return r.value(0).toInt(); });
    if (!before)
        return false;
    if (*before > 0)
        return true;
    const WordingImportResult r = loadStarter();
    if (!r.ok)
        return setError(r.problems.isEmpty() ? lastError() : r.problems.constFirst().toString());
    if (loaded)
        *loaded = r.inserted;
    return true;
}

WordingImportResult WordingDictionary::loadStarter()
{
    WordingImportResult r = importTable(starterPath());
    if (r.ok)
        m_store.logImport(starterPath(), QStringLiteral("wording-starter"), {}, r.rows, r.inserted, r.updated);
    return r;
}

} // namespace xj
