#include "RectificationNotice.h"

#include "AttachmentTables.h"
#include "BulletinDraft.h"

namespace xj {

BulletinDocument RectificationNotice::document(const RectificationNoticeInput &in)
{
    // The wording is the 公文's (Chinese in every interface language, like the bulletin's).
    BulletinDocument d;
    d.agency = in.agency;
    d.documentNumber = in.documentNumber;
    d.date = in.date;
    d.recipients = in.unit;
    d.title = tr("关于%1政府网站和政务新媒体问题整改的通知").arg(in.unit);
    const QDate deadline = in.deadline.isValid() ? in.deadline : in.date.addDays(kDefaultDays);
    int overdue = 0;
    QStringList objects;
    for (const RectificationItem &i : in.items) {
        overdue += i.overdue ? 1 : 0;
        if (!objects.contains(i.objectName))
            objects << i.objectName;
    }
    d.body << BulletinBlock{BulletinBlock::Paragraph,
                            tr("根据%1全市政府网站和政务新媒体检查情况，你单位主办的%2共%3个问题尚未完成整改（详见附件）。")
                                    .arg(in.roundLabel, objects.join(QStringLiteral("、")))
                                    .arg(in.items.size())
                                + (overdue > 0 ? tr("其中%1个问题已超过整改期限。").arg(overdue) : QString()),
                            {}};
    d.body << BulletinBlock{BulletinBlock::Paragraph,
                            tr("请你单位按照“谁主办谁负责、谁主管谁负责”的原则，对照问题清单逐项整改，于%1前完成整改，"
                               "并将整改情况书面报送我局。逾期未整改或整改不到位的，将在下一期检查情况通报中予以通报。")
                                .arg(BulletinDocument::chineseDate(deadline)),
                            {}};
    BulletinAttachment a;
    a.title = tr("%1政府网站和政务新媒体问题整改清单").arg(in.unit);
    a.table.header = QStringList{tr("序号"), tr("类型"), tr("名称"), tr("存在问题"), tr("页面"), tr("整改期限"), tr("状态")};
    a.table.columnWeights = {1, 2, 3, 6, 5, 3, 2};
    int n = 0;
    for (const RectificationItem &i : in.items) {
        const QDate due = i.deadline.isValid() ? i.deadline : deadline;
        a.table.rows << QStringList{QString::number(++n), i.objectKind, i.objectName, i.problem, i.url,
                                    due.toString(QStringLiteral("yyyy-MM-dd")),
                                    i.overdue ? tr("%1（逾期）").arg(i.status) : i.status};
    }
    a.notesAfter << tr("注：问题截至%1，页面为检查时的地址。").arg(BulletinDocument::chineseDate(in.date));
    d.attachments << a;
    return d;
}

QString RectificationNotice::statusText(const QString &code)
{
    if (code == QLatin1String("notified"))
        return tr("已通知");
    if (code == QLatin1String("fixed"))
        return tr("已整改");
    if (code == QLatin1String("verified"))
        return tr("已复核");
    return tr("待整改");
}

QList<RectificationNoticeInput> RectificationNotice::fromRows(const QList<RectificationRow> &rows, const Round &round,
                                                              const QString &agency, const QDate &date)
{
    const QDate quarterEnd = round.windowTo.isValid() ? round.windowTo : round.asOf;
    const QString label = quarterEnd.isValid()
                              ? tr("%1年%2").arg(quarterEnd.year()).arg(BulletinDraft::chineseQuarter((quarterEnd.month() + 2) / 3))
                              : round.id;
    QList<RectificationNoticeInput> out;
    QHash<qint64, int> byUnit;
    for (const RectificationRow &r : rows) {
        if (r.unitId == 0)
            continue;
        if (!byUnit.contains(r.unitId)) {
            byUnit.insert(r.unitId, int(out.size()));
            RectificationNoticeInput in;
            in.agency = agency;
            in.unit = r.unitName;
            in.roundLabel = label;
            in.date = date;
            out << in;
        }
        RectificationItem item;
        item.objectName = r.objectName;
        item.objectKind = r.finding.objectType == ObjectType::Site ? tr("政府网站") : tr("政务新媒体");
        const QString name = AttachmentTables::indicatorName(r.finding.indicator);
        item.problem = r.finding.evidence.isEmpty() ? name : tr("%1（%2）").arg(name, r.finding.evidence);
        item.url = r.finding.url;
        item.found = r.finding.createdAt.date();
        item.deadline = r.deadline;
        item.status = statusText(r.status);
        item.overdue = r.overdue;
        out[byUnit.value(r.unitId)].items << item;
    }
    return out;
}

} // namespace xj
