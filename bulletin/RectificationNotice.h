#pragma once
// The 整改通知 to one unit: the open findings of its websites and accounts as a 公文 (a 通知 with the
// list as its attachment), typeset by the same BulletinTypesetter as the bulletin and exported as
// XLSX by AttachmentTables. The review workspace's per-unit list of open and overdue findings
// is what fills it.
//
// Plain values; any thread.

#include "BulletinDocument.h"
#include "ReviewRecords.h"

#include <QCoreApplication>
#include <QDate>

namespace xj {

struct RectificationItem {
    QString objectName;  // 揭阳市林业局网站
    QString objectKind;  // 政府网站 / 部门频道 / 政务新媒体 (as the bulletin's 类型 column says)
    QString problem;     // indicator name and evidence: 栏目不更新（要闻动态栏目超过2周未更新）
    QString url;         // the page or link, may be empty
    QDate found;         // when the finding was filed
    QDate deadline;      // the rectification deadline; invalid: the notice's overall one
    QString status;      // 待整改 / 已通知 / 已整改 / 已复核
    bool overdue = false;
};

struct RectificationNoticeInput {
    QString agency;       // 发文机关
    QString unit;         // the unit written to (主送)
    QString roundLabel;   // 2022年第二季度
    QDate date;           // 成文日期
    QDate deadline;       // reply by; invalid: 15 days after `date`
    QString documentNumber; // optional
    QList<RectificationItem> items;
};

class RectificationNotice {
    Q_DECLARE_TR_FUNCTIONS(RectificationNotice)

public:
    static BulletinDocument document(const RectificationNoticeInput &input);
    // The review workspace's rectification list grouped into one notice per unit (rows without a
    // unit are left out), in the list's order. `round` names the round in the text (2022年第二季度).
    static QList<RectificationNoticeInput> fromRows(const QList<RectificationRow> &rows, const Round &round,
                                                    const QString &agency, const QDate &date);
    // 待整改 / 已通知 / 已整改 / 已复核: the 公文's words for the status codes of ReviewRecords.
    static QString statusText(const QString &code);
    // The default reply period.
    static constexpr int kDefaultDays = 15;
};

} // namespace xj
