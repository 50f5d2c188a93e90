#pragma once
// Drafts the 通报 of a round: the template filled from RoundResults, the 存在问题 groups written
// from the findings behind the failed objects, and the two attachments. Every figure is taken from
// RoundResults (rates through formatRate), never counted here.
//
// Each body block's figureKey records the figures it states with their values as stated, one
// "key=value" a line ("websites.pass_rate=80\nwebsites.checked=10"), so that after the inspector
// edits a draft, staleFigures() can tell which stated figures the round's results no longer give.

#include "AttachmentTables.h"
#include "BulletinDocument.h"
#include "BulletinTemplate.h"
#include "RoundResults.h"

#include <QCoreApplication>
#include <QMap>
#include <optional>

namespace xj {

struct DraftOptions {
    QString agency;                 // 发文机关 and the signature: 揭阳市政务服务数据管理局 ({agency})
    QString city;                   // 揭阳市 ({city}); the attachment 2 title and the opening name it
    QString recipients;             // overrides the template's @recipients when not empty
    QDate date;                     // 成文日期; invalid: left for the signer
    QString documentNumberTemplate; // 揭政数局函〔{year}〕{n}号 (DocumentNumber::format)
    int sequence = 0;               // the {n} of it; 0: no number yet (a draft)
    ResultRules rules;              // passed to RoundResults::compute
    int examplesPerProblem = 2;     // objects named ("如…") per indicator in 存在问题
};

class BulletinDraft {
    Q_DECLARE_TR_FUNCTIONS(BulletinDraft)

public:
    // The options the store's settings give (agency, city, recipients, 发文字号 template), dated `date`.
    static DraftOptions storeOptions(Store &store, const QDate &date);
    static std::optional<BulletinDocument> generate(Store &store, const QString &roundId, const BulletinTemplate &tpl,
                                                    const DraftOptions &options, QString *error = nullptr);
    static std::optional<BulletinDocument> generate(const RoundMaterial &material, const BulletinTemplate &tpl,
                                                    const DraftOptions &options, QString *error = nullptr);

    // Every figure a template may state, as the bulletin prints it: counts, rates without the %
    // (formatRate: 80, 98.8), Chinese dates, lists joined with 、. Keys: docs/formats.md.
    static QMap<QString, QString> figures(const RoundResults &results);
    // What the template resolves against: the figures (lists kept as lists), the 存在问题 texts
    // (problems.*) and the options (agency, city).
    static TemplateValues values(const RoundMaterial &material, const DraftOptions &options);

    // The figures a block states (its figureKey parsed).
    static QMap<QString, QString> statedFigures(const BulletinBlock &block);
    // Keys whose stated value differs from newFigures (or that newFigures no longer has), sorted.
    static QStringList staleFigures(const BulletinDocument &document, const QMap<QString, QString> &newFigures);

    // "2022年4月1日", "第二季度"… as the figures write them.
    static QString chineseQuarter(int quarter);
    // 1 → 一, 12 → 十二 (heading numbers, 前三位).
    static QString chineseNumber(int n);
};

} // namespace xj
