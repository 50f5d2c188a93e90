#pragma once
// Reads a site's 留言 list page (咨询建言, 领导信箱, 政民互动): which messages it publishes,
// received when, answered when and by whom — what W-D-MSG's 留言公开 items and W-V5 judge when
// no reporting-system export was imported. Two layouts cover the CMS products seen on county
// sites:
//   - a grid: a header row whose cells name the columns (留言时间/来信时间/提交时间,
//     回复时间/答复时间/办结时间, 答复单位/回复部门, 标题/主题, 状态 …) and data rows below it —
//     a <table>, or <li>/<div> rows of <span> cells;
//   - labelled items: each <li>/<dl>/<div> item carries "留言时间：… 回复时间：… 答复单位：…".
// The element tree is walked (DomTree); only a cell's text is read with patterns (dates, labels).
//
// Pure: no store, no network. The result travels as JSON (pages.facts) between the crawl and the
// site-level rules (MessageRules).

#include "HtmlDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xj {

struct ListedMessage {
    QString title;
    QDate received;
    QDate replied;          // invalid: not shown (or not answered)
    QString replyingUnit;
    bool hasReplyText = false; // the item shows the reply itself (答复内容/回复内容 …)
    QString status;         // the 状态 cell as shown: 已回复, 未回复, 办理中 …
    QString link;           // the item's detail page, resolved; empty when none
    int node = -1;          // the row or item in the document's DomTree (not kept in JSON)

    // Answered according to the status, a reply date, a replying unit or a reply text; nullopt when
    // the item says nothing about it.
    std::optional<bool> answered() const;
    // Marked invalid by the site (无效, 不予受理, 重复, 已撤回 …): not a "valid message" for W-V5.
    bool markedInvalid() const;
};

struct MessageList {
    // Field codes of `fields`: what the list shows at all (a column, or a label on some item).
    static constexpr const char *kReceived = "received";
    static constexpr const char *kReplied = "replied";
    static constexpr const char *kUnit = "unit";
    static constexpr const char *kTitle = "title";
    static constexpr const char *kStatus = "status";
    static constexpr const char *kReplyText = "replyText";

    bool isMessageList = false;
    QString layout;      // "table", "grid" (li/div rows), "labels"; empty when not a list
    QStringList fields;  // codes above
    QStringList headers; // the header cells or labels recognised, as written (for evidence)
    QList<ListedMessage> messages; // in page order (lists show the newest first)

    bool shows(const char *field) const { return fields.contains(QLatin1String(field)); }
    QJsonObject toJson() const;
    static MessageList fromJson(const QJsonObject &json);
};

class MessageListExtractor {
    Q_DECLARE_TR_FUNCTIONS(MessageListExtractor)

public:
    // asOf completes dates written without a year ("05-06"): the latest such day not after it.
    static MessageList extract(const HtmlDocument &doc, const QDate &asOf);

    // A form to write a message (留言/咨询/建言/写信/信箱…): a <form> with a <textarea>, where the
    // form or the page title says what it is for. What the crawler can offer W-V5 as a working
    // 咨询建言 channel (MessageRulesInput::hasInteraction = true) besides a list of answered messages.
    static bool looksLikeMessageForm(const HtmlDocument &doc);

    // The field a header cell or label names (one of MessageList's codes), or empty. Exposed for tests.
    static QString fieldOfHeader(const QString &cellText);
    // The first date in a cell's text (2024-05-06, 2024/5/6, 2024年5月6日, 2024.05.06, and
    // 05-06 / 5月6日 completed with asOf's year); invalid when none.
    static QDate dateInText(const QString &text, const QDate &asOf);
};

} // namespace xj
