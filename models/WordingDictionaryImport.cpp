// WordingDictionary: reading txt lists and csv/xlsx tables, checking every row, writing them all or
// none. Problems are FILE:ROW:COLUMN like RegistryImporter's (ImportProblem); for txt lists ROW is
// the line and column A is the term, B the correct form.
#include "WordingDictionary.h"

#include "TableReader.h"
#include "TableSchema.h"
#include "TextCodec.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace xj {

struct WordingDictionary::ParsedRow {
    int row = 0;
    WordingEntry entry;
    // Which fields the file gives: the others keep what the store has.
    bool hasCorrect = false;
    bool hasLevel = false;
    bool hasNote = false;
};

namespace {

struct FileBytes {
    QByteArray bytes;
    QString error;
};

FileBytes readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {{}, WordingDictionary::tr("cannot read: %1").arg(f.errorString())};
    if (f.size() > TableReader::maxPartBytes)
        return {{}, WordingDictionary::tr("larger than %1 MiB").arg(TableReader::maxPartBytes >> 20)};
    return {f.readAll(), {}};
}

QString sourceFor(const QString &path)
{
    return path == WordingDictionary::starterPath() ? QStringLiteral("starter")
                                                    : QStringLiteral("import:") + QFileInfo(path).fileName();
}

// The first separator of a txt line and its length: → -> tab , ，
std::pair<qsizetype, int> separatorIn(const QString &line)
{
    qsizetype best = -1;
    int length = 0;
    for (const QString &sep : {QStringLiteral("→"), QStringLiteral("->"), QStringLiteral("\t"), QStringLiteral(","), QStringLiteral("，")}) {
        const qsizetype at = line.indexOf(sep);
        if (at >= 0 && (best < 0 || at < best)) {
            best = at;
            length = int(sep.size());
        }
    }
    return {best, length};
}

// Header spellings of the table columns, compared after TableSchemas::normalizeHeader.
const QHash<QString, QString> &headerKeys()
{
    static const QHash<QString, QString> keys = [] {
        QHash<QString, QString> k;
        const std::pair<const char *, const char *> spellings[] = {
            {"类型", "kind"},    {"类别", "kind"},    {"种类", "kind"},       {"kind", "kind"},       {"type", "kind"},
            {"词语", "term"},    {"词", "term"},      {"错误词语", "term"},   {"错误", "term"},       {"错词", "term"},
            {"term", "term"},    {"word", "term"},    {"正确", "correct"},    {"正确词语", "correct"}, {"正确写法", "correct"},
            {"应为", "correct"}, {"建议", "correct"}, {"correct", "correct"}, {"级别", "level"},      {"等级", "level"},
            {"level", "level"},  {"备注", "note"},    {"说明", "note"},       {"note", "note"},       {"来源", "source"},
            {"source", "source"},
        };
        for (const auto &[header, key] : spellings)
            k.insert(TableSchemas::normalizeHeader(QString::fromUtf8(header)), QString::fromLatin1(key));
        return k;
    }();
    return keys;
}

// Rows of one file that name the same (kind, term): the same again is harmless, a different
// correct form is a contradiction the inspector must resolve.
bool checkDuplicate(QHash<QString, int> &seen, QHash<QString, QString> &correctOf, const QString &file, int row, int column,
                    const WordingEntry &e, QList<ImportProblem> &problems, bool *skip)
{
    const QString key = WordingDictionary::kindCode(e.kind) + QLatin1Char('|') + e.term;
    *skip = false;
    const auto it = seen.constFind(key);
    if (it == seen.constEnd()) {
        seen.insert(key, row);
        correctOf.insert(key, e.correct);
        return true;
    }
    if (correctOf.value(key) == e.correct) {
        *skip = true;
        return true;
    }
    problems.append({file, row, column,
                     WordingDictionary::tr("“%1” is on row %2 already, with another correct form (“%3”)").arg(e.term).arg(*it).arg(correctOf.value(key))});
    return false;
}

} // namespace

WordingImportResult WordingDictionary::importFile(const QString &path, std::optional<WordingKind> kind)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx"))
        return importTable(path, kind);
    if (!kind) {
        WordingImportResult r;
        r.problems.append({QFileInfo(path).fileName(), 0, -1, tr("a word list (.txt) needs a kind: serious, typo, sensitive or allow")});
        return r;
    }
    return importText(path, *kind);
}

WordingImportResult WordingDictionary::importText(const QString &path, WordingKind kind)
{
    WordingImportResult result;
    const QString file = QFileInfo(path).fileName();
    const FileBytes read = readAll(path);
    QString error = read.error;
    const auto decoded = error.isEmpty() ? TextCodec::decode(read.bytes, &error) : std::nullopt;
    if (!decoded) {
        result.problems.append({file, 0, -1, error});
        return result;
    }
    result.encoding = decoded->encoding;
    const QString source = sourceFor(path);
    QList<ParsedRow> rows;
    QHash<QString, int> seen;
    QHash<QString, QString> correctOf;
    const QStringList lines = decoded->text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int row = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        ParsedRow p;
        p.row = row;
        p.entry.kind = kind;
        p.entry.source = source;
        const auto [at, length] = separatorIn(line);
        p.entry.term = (at < 0 ? line : line.left(at)).trimmed();
        if (at >= 0) {
            p.hasCorrect = true;
            p.entry.correct = line.mid(at + length).trimmed();
            if (separatorIn(p.entry.correct).first >= 0) {
                result.problems.append({file, row, 1, tr("more than a term and its correct form: “%1”").arg(line)});
                continue;
            }
        }
        ++result.rows;
        if (p.entry.term.isEmpty()) {
            result.problems.append({file, row, 0, tr("no term before the separator")});
            continue;
        }
        if (const QString why = problem(p.entry); !why.isEmpty()) {
            result.problems.append({file, row, p.entry.correct == p.entry.term ? 1 : 0, why});
            continue;
        }
        bool skip = false;
        if (checkDuplicate(seen, correctOf, file, row, 0, p.entry, result.problems, &skip) && !skip)
            rows.append(p);
    }
    if (!result.problems.isEmpty())
        return result;
    return write(rows, result, file);
}

WordingImportResult WordingDictionary::importTable(const QString &path, std::optional<WordingKind> kind)
{
    WordingImportResult result;
    const QString file = QFileInfo(path).fileName();
    const FileBytes read = readAll(path);
    QString error = read.error;
    std::optional<RawTable> table;
    if (error.isEmpty() && read.bytes.startsWith("PK\x03\x04")) {
        table = TableReader::readXlsx(path, &error);
    } else if (error.isEmpty()) {
        // Lines starting with # are comments (the starter list explains its kinds in them): they
        // are blanked, not removed, so that row numbers stay the file's line numbers.
        const auto decoded = TextCodec::decode(read.bytes, &error);
        if (decoded) {
            result.encoding = decoded->encoding;
            QStringList lines = decoded->text.split(QLatin1Char('\n'));
            for (QString &line : lines)
                if (line.startsWith(QLatin1Char('#')))
                    line.clear();
            table = TableReader::readCsv(lines.join(QLatin1Char('\n')).toUtf8(), file, &error);
        }
    }
    if (!table) {
        result.problems.append({file, 0, -1, error});
        return result;
    }

    QHash<QString, int> columnOf; // field key → column
    for (int c = 0; c < table->headers.size(); ++c) {
        const QString key = headerKeys().value(TableSchemas::normalizeHeader(table->headers.at(c)));
        if (key.isEmpty())
            continue; // other columns are the inspector's own notes
        if (columnOf.contains(key)) {
            result.problems.append({file, 1, c, tr("column “%1” repeats column %2").arg(table->headers.at(c), TableReader::columnLetter(columnOf.value(key)))});
            continue;
        }
        columnOf.insert(key, c);
    }
    if (!columnOf.contains(QStringLiteral("term")))
        result.problems.append({file, 1, -1, tr("no 词语 (term) column; the header is: %1").arg(table->headers.join(QStringLiteral(", ")))});
    if (!columnOf.contains(QStringLiteral("kind")) && !kind)
        result.problems.append({file, 1, -1, tr("no 类型 (kind) column: give the kind of every entry with --kind")});
    if (!result.problems.isEmpty())
        return result;

    auto cell = [&](const TableRow &r, const QString &key) {
        const int c = columnOf.value(key, -1);
        return c >= 0 ? r.cells.value(c).trimmed() : QString();
    };
    auto col = [&](const QString &key) { return columnOf.value(key, -1); };
    const QString defaultSource = sourceFor(path);
    QList<ParsedRow> rows;
    QHash<QString, int> seen;
    QHash<QString, QString> correctOf;
    for (const TableRow &r : std::as_const(table->rows)) {
        ++result.rows;
        ParsedRow p;
        p.row = r.number;
        const QString kindText = cell(r, QStringLiteral("kind"));
        const std::optional<WordingKind> k = kindText.isEmpty() ? kind : parseKind(kindText);
        if (!k) {
            result.problems.append({file, r.number, col(QStringLiteral("kind")),
                                    kindText.isEmpty() ? tr("no kind: expected 严重表述错误, 错别字, 敏感词 or 允许词")
                                                       : tr("unknown kind “%1”: expected 严重表述错误, 错别字, 敏感词 or 允许词").arg(kindText)});
            continue;
        }
        p.entry.kind = *k;
        p.entry.term = cell(r, QStringLiteral("term"));
        p.entry.correct = cell(r, QStringLiteral("correct"));
        p.entry.note = cell(r, QStringLiteral("note"));
        const QString sourceText = cell(r, QStringLiteral("source"));
        p.entry.source = sourceText.isEmpty() ? defaultSource : sourceText;
        p.hasCorrect = col(QStringLiteral("correct")) >= 0;
        p.hasLevel = col(QStringLiteral("level")) >= 0;
        p.hasNote = col(QStringLiteral("note")) >= 0;
        const QString levelText = cell(r, QStringLiteral("level"));
        const std::optional<QString> level = parseLevel(levelText);
        if (!level) {
            result.problems.append({file, r.number, col(QStringLiteral("level")), tr("unknown level “%1”: expected 一般, 疑似 or 严重").arg(levelText)});
            continue;
        }
        p.entry.level = *level;
        if (p.entry.term.isEmpty()) {
            result.problems.append({file, r.number, col(QStringLiteral("term")), tr("the term is empty")});
            continue;
        }
        if (const QString why = problem(p.entry); !why.isEmpty()) {
            const bool aboutCorrect = p.entry.correct == p.entry.term || p.entry.correct.contains(QLatin1Char('\n'));
            result.problems.append({file, r.number, col(aboutCorrect ? QStringLiteral("correct") : QStringLiteral("term")), why});
            continue;
        }
        bool skip = false;
        if (checkDuplicate(seen, correctOf, file, r.number, col(QStringLiteral("term")), p.entry, result.problems, &skip) && !skip)
            rows.append(p);
    }
    if (!result.problems.isEmpty())
        return result;
    return write(rows, result, file);
}

WordingImportResult WordingDictionary::write(const QList<ParsedRow> &rows, WordingImportResult result, const QString &file)
{
    // What the store has, so that each row is an insert, an update of the fields the file gives,
    // or nothing at all — importing a file twice changes nothing.
    QHash<QString, WordingEntry> existing;
    for (const WordingEntry &e : entries())
        existing.insert(kindCode(e.kind) + QLatin1Char('|') + e.term, e);
    if (!m_store.begin()) {
        result.problems.append({file, 0, -1, tr("database: %1").arg(m_store.lastError())});
        return result;
    }
    for (const ParsedRow &p : rows) {
        WordingEntry e = p.entry;
        const auto it = existing.constFind(kindCode(e.kind) + QLatin1Char('|') + e.term);
        if (it != existing.constEnd()) {
            if (!p.hasCorrect)
                e.correct = it->correct;
            if (!p.hasLevel)
                e.level = it->level;
            if (!p.hasNote)
                e.note = it->note;
        }
        WordingChange change = WordingChange::Unchanged;
        if (!add(e, &change)) {
            m_store.rollback();
            result.inserted = result.updated = result.unchanged = 0;
            result.problems.append({file, p.row, -1, tr("database: %1").arg(lastError())});
            return result;
        }
        ++(change == WordingChange::Inserted ? result.inserted : change == WordingChange::Updated ? result.updated : result.unchanged);
    }
    if (!m_store.commit()) {
        m_store.rollback();
        result.inserted = result.updated = result.unchanged = 0;
        result.problems.append({file, 0, -1, tr("database: %1").arg(m_store.lastError())});
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace xj
