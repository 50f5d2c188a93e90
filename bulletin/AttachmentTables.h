#pragma once
// The two attachments of the 通报 as tables: 附件1 存在突出问题的政府网站和政务新媒体名单 (the
// objects that failed, then those with counting notices) and 附件2 政务数据目录发布统计表 (per-unit
// catalog counts with the totals). Every verdict and total comes from RoundResults; the store is
// read only for what the results point at (finding evidence, unit names, the per-unit counts).

#include "BulletinDocument.h"
#include "RoundResults.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace xj {

// What a draft is written from: the round's results and the records they point at.
struct RoundMaterial {
    RoundResults results;
    QHash<qint64, Finding> findings;   // the round's findings by id (evidence for examples)
    QHash<qint64, QString> unitNames;  // 主办单位
    QList<Unit> units;                 // registry order
    QList<CatalogCount> catalog;       // the round's per-unit counts

    static std::optional<RoundMaterial> load(Store &store, const QString &roundId, const ResultRules &rules = {},
                                             QString *error = nullptr);
    // The first evidence among the counting findings behind `v` for indicator `code`; empty if none.
    QString evidence(const ObjectVerdict &v, const QString &code) const;
};

// The cells are document text, so their source strings are the Chinese of the 公文 (a bulletin
// stays Chinese whatever the interface language); tr() lets a template's region adjust them.
class AttachmentTables {
    Q_DECLARE_TR_FUNCTIONS(AttachmentTables)

public:
    // 序号, 类型, 名称, 主办单位, 主要问题, 结论: failed websites, channels and accounts (结论
    // 不合格), then the others with counting notices (结论 需整改).
    static BulletinTable problemObjects(const RoundMaterial &m);
    // 序号, 单位, 挂接目录数, 开放数据数 in registry order, 合计 from RoundResults' catalog totals.
    static BulletinTable catalogCounts(const RoundMaterial &m);
    // 主要问题 of one object: each reason's Chinese indicator name, with its evidence.
    static QString problemText(const RoundMaterial &m, const ObjectVerdict &v, const QStringList &codes);
    static QString indicatorName(const QString &code);

    // One sheet: the title (and the notes before the table) on rows of their own, the header,
    // the rows, the total row, the notes after. Text cells throughout. Written to PATH.part,
    // then renamed.
    static bool writeXlsx(const BulletinAttachment &attachment, const QString &path, QString *error = nullptr);
};

} // namespace xj
