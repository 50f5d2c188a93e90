#pragma once
// The 检查记录表 of one object: its checklist (ChecklistDialog) as a BulletinDocument that
// BulletinTypesetter prints or writes as PDF. The layout (bulletin/BulletinLayout) has no tables in
// the body, so the record is a short 公文 body (round, inspector, date) with the table as its one
// attachment, laid out inline after the body.
//
// Plain values; any thread (no widgets, no store).

#include "BulletinDocument.h"
#include "ReviewRecords.h"

#include <QCoreApplication>

namespace xj {

struct ChecklistSheetInput {
    QString objectName;
    QString roundLabel; // the round's id or name
    QString inspector;
    QDate date;
    QString score;      // the score as it stands, as one phrase ("得分 99.6，合格"); empty: none
    QList<ChecklistItem> items;
};

class ChecklistSheet {
    Q_DECLARE_TR_FUNCTIONS(ChecklistSheet)
public:
    // Title "<object>检查记录表"; the table: 序号, 指标, 名称, 检查方式, 结果, 说明.
    static BulletinDocument document(const ChecklistSheetInput &input);
    // What the table's 结果 column says for one item: the manual result, or the findings by state.
    static QString resultText(const ChecklistItem &item);
    // An item still waiting for a person: a manual-only one without pass/fail/na, or an automatic
    // one with pending findings.
    static bool isUndecided(const ChecklistItem &item);
};

} // namespace xj
