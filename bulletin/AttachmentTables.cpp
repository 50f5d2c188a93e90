#include "AttachmentTables.h"

#include "CheckRecords.h"
#include "IndicatorCatalog.h"
#include "MediaRecords.h"

#include <QFile>

#include <xlsxwriter.h>

namespace xj {

std::optional<RoundMaterial> RoundMaterial::load(Store &store, const QString &roundId, const ResultRules &rules, QString *error)
{
    const QList<Finding> findings = CheckRecords(store).findings(roundId);
    auto results = RoundResults::computeFrom(store, roundId, findings, rules, error);
    if (!results)
        return std::nullopt;
    RoundMaterial m;
    m.results = *results;
    for (const Finding &f : findings)
        m.findings.insert(f.id, f);
    m.units = store.units();
    for (const Unit &u : std::as_const(m.units))
        m.unitNames.insert(u.id, u.name);
    m.catalog = MediaRecords(store).catalog(roundId);
    return m;
}

QString RoundMaterial::evidence(const ObjectVerdict &v, const QString &code) const
{
    // findingIds are the counting findings behind the verdict; a confirmed one is the surest example.
    QString fallback;
    for (qint64 id : v.findingIds) {
        const auto it = findings.constFind(id);
        if (it == findings.cend() || RoundResults::codeOf(*it) != code || it->evidence.trimmed().isEmpty())
            continue;
        if (it->state == QLatin1String("confirmed"))
            return it->evidence.trimmed();
        if (fallback.isEmpty())
            fallback = it->evidence.trimmed();
    }
    return fallback;
}

QString AttachmentTables::indicatorName(const QString &code)
{
    const IndicatorInfo *info = IndicatorCatalog::byCode(code);
    return info ? info->zh : code;
}

QString AttachmentTables::problemText(const RoundMaterial &m, const ObjectVerdict &v, const QStringList &codes)
{
    QStringList parts;
    for (const QString &code : codes) {
        const QString evidence = m.evidence(v, code);
        parts << (evidence.isEmpty() ? indicatorName(code) : tr("%1（%2）").arg(indicatorName(code), evidence));
    }
    return parts.join(QStringLiteral("；"));
}

BulletinTable AttachmentTables::problemObjects(const RoundMaterial &m)
{
    BulletinTable t;
    t.header = QStringList{tr("序号"), tr("类型"), tr("名称"), tr("主办单位"), tr("主要问题"), tr("结论")};
    t.columnWeights = {1, 2, 4, 4, 6, 2};
    const RoundResults &r = m.results;
    const QList<const KindResult *> kinds{&r.websites, &r.channels, &r.accounts};
    for (const KindResult *k : kinds)
        for (const ObjectVerdict &v : k->failed())
            t.rows << QStringList{QString::number(t.rows.size() + 1), v.kind, v.name, m.unitNames.value(v.ownerId),
                                  problemText(m, v, v.reasons()), tr("不合格")};
    for (const KindResult *k : kinds)
        for (const ObjectVerdict &v : k->withNotices())
            if (v.passed)
                t.rows << QStringList{QString::number(t.rows.size() + 1), v.kind, v.name, m.unitNames.value(v.ownerId),
                                      problemText(m, v, v.notices), tr("需整改")};
    return t;
}

BulletinTable AttachmentTables::catalogCounts(const RoundMaterial &m)
{
    BulletinTable t;
    t.header = QStringList{tr("序号"), tr("单位"), tr("挂接目录数"), tr("开放数据数")};
    t.columnWeights = {1, 6, 3, 3};
    QHash<qint64, CatalogCount> byUnit;
    for (const CatalogCount &c : m.catalog)
        byUnit.insert(c.unitId, c);
    for (const Unit &u : m.units) {
        const auto it = byUnit.constFind(u.id);
        if (it == byUnit.cend())
            continue; // no figure is no zero: units without counts are left out, as RoundResults does
        t.rows << QStringList{QString::number(t.rows.size() + 1), u.name, QString::number(it->linked), QString::number(it->open)};
    }
    t.totalRow = QStringList{tr("合计"), QString(), QString::number(m.results.catalog.linkedTotal),
                             QString::number(m.results.catalog.openTotal)};
    return t;
}

bool AttachmentTables::writeXlsx(const BulletinAttachment &a, const QString &path, QString *error)
{
    QList<QStringList> lines;
    lines << QStringList{a.title};
    for (const QString &n : a.notesBefore)
        lines << QStringList{n};
    const int headerRow = int(lines.size());
    lines << a.table.header;
    lines += a.table.rows;
    if (!a.table.totalRow.isEmpty())
        lines << a.table.totalRow;
    for (const QString &n : a.notesAfter)
        lines << QStringList{n};

    const QString tmp = path + QStringLiteral(".part");
    lxw_workbook *wb = workbook_new(QFile::encodeName(tmp).constData());
    if (!wb) {
        if (error)
            *error = tr("%1: cannot write").arg(path);
        return false;
    }
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    for (int r = 0; r < lines.size(); ++r)
        for (int c = 0; c < lines[r].size(); ++c)
            if (!lines[r][c].isEmpty())
                worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), lines[r][c].toUtf8().constData(),
                                       r == 0 || r == headerRow ? bold : nullptr);
    for (int c = 0; c < a.table.header.size(); ++c) {
        const int weight = c < a.table.columnWeights.size() ? a.table.columnWeights[c] : 3;
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), 6.0 * weight, nullptr);
    }
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        QFile::remove(tmp);
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, QString::fromUtf8(lxw_strerror(err)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path)) {
        QFile::remove(tmp);
        if (error)
            *error = tr("%1: cannot write").arg(path);
        return false;
    }
    return true;
}

} // namespace xj
