#include "RectificationNotice.h"

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

} // namespace xj
