#pragma once
// A 公文 as content, before any layout: what BulletinDraft produces from a round (and the
// inspector edits), what BulletinTypesetter lays out to GB/T 9704, what the signer seals. The
// same model carries the per-unit 整改通知. Plain values: cheap to copy, safe across threads.

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace xj {

// One block of the body, in reading order.
struct BulletinBlock {
    enum Kind {
        Paragraph, // running text, first line indented two characters
        Heading1,  // 一、…  (黑体)
        Heading2,  // （一）… (楷体)
        Heading3,  // 1. …   (仿宋)
        Heading4,  // （1）…  (仿宋)
    };
    Kind kind = Paragraph;
    QString text; // the whole block, numbering included ("一、总体情况"); a heading that ends with
                  // 。 may carry running text after it in the same block
    QString figureKey; // optional: the summary figure(s) this block states, for "figure changed" flags
};

// A table of an attachment; the header row repeats on every page the table spans.
struct BulletinTable {
    QStringList header;
    QList<QStringList> rows;
    QList<int> columnWeights; // relative widths; empty: equal
    QStringList totalRow;     // optional last row (合计), kept with the table's end
};

struct BulletinAttachment {
    QString title;              // 存在突出问题的政府网站和政务新媒体名单
    QStringList notesBefore;    // paragraphs between title and table (e.g. the sampling-window note)
    BulletinTable table;
    QStringList notesAfter;     // e.g. the as-of note under a statistics table
};

struct BulletinDocument {
    QString agency;          // 发文机关: 揭阳市政务服务数据管理局
    QString agencyMark;      // 发文机关标志 (red header), empty: a 函 without a red header
    QString documentNumber;  // 揭政数局函〔2022〕41号; empty in a draft
    QString title;           // 关于2022年第二季度全市政府网站和政务新媒体检查情况的通报
    QString recipients;      // 主送机关, without the trailing colon
    QList<BulletinBlock> body;
    QList<BulletinAttachment> attachments; // the 附件说明 lists their titles, numbered from 1
    QDate date;              // 成文日期
    QString note;            // 附注 (printed in parentheses), empty: none
    QString copiesTo;        // 版记 抄送, empty: no 版记
    QString printedBy;       // 版记 印发机关
    QDate printedOn;         // 版记 印发日期

    // "2022年8月17日": Arabic numerals, no zero padding (GB/T 9704).
    static QString chineseDate(const QDate &date);

    // As stored with a bulletin (bulletins.document) and exchanged with scripts: docs/formats.md,
    // "Bulletin documents". fromJson fails on a body block of an unknown kind, naming it.
    QJsonObject toJson() const;
    static std::optional<BulletinDocument> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace xj
