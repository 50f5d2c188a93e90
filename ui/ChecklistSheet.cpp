#include "ChecklistSheet.h"

namespace xj {

bool ChecklistSheet::isUndecided(const ChecklistItem &item)
{
    if (item.manualOnly)
        return !item.entry || item.entry->result == QLatin1String("undecided");
    return item.pending > 0;
}

QString ChecklistSheet::resultText(const ChecklistItem &item)
{
    if (item.manualOnly) {
        const QString code = item.entry ? item.entry->result : QString();
        if (code == QLatin1String("pass"))
            return tr("符合");
        if (code == QLatin1String("fail"))
            return tr("不符合");
        if (code == QLatin1String("na"))
            return tr("不适用");
        return tr("未判定");
    }
    if (item.findingIds.isEmpty())
        return tr("无问题");
    // The document is Chinese whatever the interface language (as the bulletin's tables are).
    return tr("确认%1项，待审%2项，排除%3项").arg(item.confirmed).arg(item.pending).arg(item.dismissed);
}

BulletinDocument ChecklistSheet::document(const ChecklistSheetInput &input)
{
    BulletinDocument doc;
    doc.title = tr("%1检查记录表").arg(input.objectName);
    doc.date = input.date;
    auto paragraph = [&doc](const QString &text) {
        BulletinBlock b;
        b.text = text;
        doc.body << b;
    };
    paragraph(tr("检查对象：%1。").arg(input.objectName));
    paragraph(tr("检查轮次：%1。检查人：%2。检查日期：%3。")
                  .arg(input.roundLabel, input.inspector, BulletinDocument::chineseDate(input.date)));
    if (!input.score.isEmpty())
        paragraph(tr("当前得分：%1。").arg(input.score));

    BulletinAttachment table;
    table.title = doc.title;
    table.table.header = {tr("序号"), tr("指标"), tr("名称"), tr("检查方式"), tr("结果"), tr("说明")};
    table.table.columnWeights = {2, 6, 8, 3, 5, 6}; // W-D-SEARCH on one line
    int n = 0;
    for (const ChecklistItem &item : input.items) {
        const QString note = item.entry ? item.entry->note : QString();
        table.table.rows << QStringList{QString::number(++n), item.indicator, item.name,
                                        item.manualOnly ? tr("人工") : tr("自动"), resultText(item), note};
    }
    doc.attachments << table;
    return doc;
}

} // namespace xj
