#include "IndicatorCatalog.h"

#include "Vocabulary.h"

#include <QRegularExpression>

namespace xj {

namespace {

struct Row {
    const char *code;
    const char *zh;
    IndicatorTarget target;
    const char *severity;
    bool objective;
    double maxPoints;
    const char *feeds;
    const char *aliases; // more names monitoring platforms use, '|'-separated, or nullptr
};

constexpr auto W = IndicatorTarget::Website;
constexpr auto M = IndicatorTarget::Account;
constexpr auto D = IndicatorTarget::Catalog;

// indicators.md, in its order. "Objective" follows its rule: measured from records or responses
// (availability, links, dates, posts, messages, catalog counts) counts unless dismissed; a
// heuristic or a judgement (wording, maps, hidden links, soft 404s, naming, service guides)
// counts once confirmed. The provincial M-P items are reported (notice), not vetoes, by default:
// the national rule judges accounts by M-V1..3 only, and provinces differ in what they add.
const Row kRows[] = {
    {"W-V1", "安全、泄密事故等严重问题", W, "veto", false, 0, nullptr, "严重表述错误|泄密"},
    {"W-V2", "站点无法访问", W, "veto", true, 0, nullptr, "网站无法访问"},
    {"W-V3", "首页不更新", W, "veto", true, 0, nullptr, nullptr},
    {"W-V4", "栏目不更新", W, "veto", true, 0, nullptr, nullptr},
    {"W-V5", "互动回应差", W, "veto", true, 0, nullptr, nullptr},
    {"W-V6", "服务不实用", W, "veto", false, 0, nullptr, nullptr},
    {"W-D-NEWS", "动态要闻", W, "deduct", true, 5, nullptr, nullptr},
    {"W-D-POLICY", "政策文件", W, "deduct", true, 5, nullptr, nullptr},
    {"W-D-COLUMN", "其他栏目", W, "deduct", true, 4, nullptr, nullptr},
    // Two caps in the rules (6 for publishing, 7 for answering): 13 for the indicator as a whole.
    {"W-D-MSG", "留言公开/办理答复", W, "deduct", true, 13, nullptr, "留言公开|办理答复"},
    {"W-D-DOMAIN", "域名名称", W, "deduct", false, 3, nullptr, nullptr},
    {"W-D-IDENT", "网站标识", W, "deduct", true, 3, nullptr, nullptr},
    {"W-D-LINK", "可用性", W, "deduct", true, 1, nullptr, "断链|链接不可用|无法访问的链接"},
    {"W-D-FIXIT", "我为政府网站找错", W, "deduct", true, 1, nullptr, nullptr},
    {"W-D-SEARCH", "站内搜索", W, "deduct", true, 4, nullptr, nullptr},
    {"W-D-TAGS", "页面标签", W, "deduct", true, 1, nullptr, nullptr},
    {"W-D-IPV6", "IPv6", W, "deduct", true, 1, nullptr, nullptr},
    {"W-N-DARKLINK", "暗链", W, "notice", false, 0, "W-V1", nullptr},
    {"W-N-WRONGLINK", "错链", W, "notice", false, 0, nullptr, nullptr},
    {"W-N-WORDING", "错敏词", W, "notice", false, 0, "W-V1", "错别字|敏感词"},
    {"W-N-MAP", "问题地图", W, "notice", false, 0, "W-V1", nullptr},
    {"W-N-TLS", "证书问题", W, "notice", true, 0, nullptr, nullptr},
    // Whether the answer is content or a closure notice is read from the page: a judgement.
    {"W-N-SHUTDOWN", "关停网站仍可访问", W, "notice", false, 0, nullptr, nullptr},
    {"M-V1", "安全、泄密、严重表述错误", M, "veto", false, 0, nullptr, nullptr},
    {"M-V2", "内容不更新", M, "veto", true, 0, nullptr, nullptr},
    {"M-V3", "互动回应差", M, "veto", true, 0, nullptr, nullptr},
    {"M-P-DEADLINE", "“踩点”更新", M, "notice", true, 0, nullptr, nullptr},
    {"M-P-REMIND", "提醒后仍不更新", M, "notice", true, 0, nullptr, nullptr},
    {"M-P-REGISTER", "未及时报备", M, "notice", true, 0, nullptr, nullptr},
    {"M-P-NAME", "名称不一致", M, "notice", true, 0, nullptr, nullptr},
    {"D-LINKED", "挂接目录数", D, "notice", true, 0, nullptr, nullptr},
    {"D-OPEN", "开放数据数", D, "notice", true, 0, nullptr, nullptr},
    {"D-OPEN-LOW", "开放数量偏少", D, "notice", true, 0, nullptr, nullptr},
    {"D-OPEN-ZERO", "无数据开放", D, "notice", true, 0, nullptr, nullptr},
};

struct Table {
    QList<IndicatorInfo> infos;
    QMultiHash<QString, int> byName; // folded name or alias → index
};

// How names are compared: width, case, spaces, quotes and bracketed notes do not matter.
QString foldName(const QString &s)
{
    static const QRegularExpression brackets(QStringLiteral("[(\\[【][^)\\]】]*[)\\]】]"));
    static const QRegularExpression noise(QStringLiteral("[\\s\"'“”‘’「」『』]"));
    QString n = foldForMatch(s);
    n.remove(brackets);
    n.remove(noise);
    return n;
}

const Table &table()
{
    static const Table t = [] {
        Table t;
        for (const Row &r : kRows) {
            IndicatorInfo i;
            i.code = QString::fromLatin1(r.code);
            i.zh = QString::fromUtf8(r.zh);
            i.target = r.target;
            i.severity = QString::fromLatin1(r.severity);
            i.objective = r.objective;
            i.maxPoints = r.maxPoints;
            i.feeds = r.feeds ? QString::fromLatin1(r.feeds) : QString();
            const int index = int(t.infos.size());
            t.infos.append(i);
            t.byName.insert(foldName(i.zh), index);
            if (r.aliases)
                for (const QString &a : QString::fromUtf8(r.aliases).split(QLatin1Char('|')))
                    t.byName.insert(foldName(a), index);
        }
        return t;
    }();
    return t;
}

} // namespace

const QList<IndicatorInfo> &IndicatorCatalog::all()
{
    return table().infos;
}

const IndicatorInfo *IndicatorCatalog::byCode(const QString &code)
{
    const QString c = foldForMatch(code).remove(QLatin1Char(' ')).toUpper();
    for (const IndicatorInfo &i : table().infos)
        if (i.code == c)
            return &i;
    return nullptr;
}

QList<const IndicatorInfo *> IndicatorCatalog::find(const QString &codeOrName)
{
    if (const IndicatorInfo *i = byCode(codeOrName))
        return {i};
    QList<const IndicatorInfo *> out;
    const Table &t = table();
    QList<int> indexes = t.byName.values(foldName(codeOrName));
    std::sort(indexes.begin(), indexes.end()); // in the order of indicators.md
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    for (int i : std::as_const(indexes))
        out.append(&t.infos[i]);
    return out;
}

QString IndicatorCatalog::targetCode(IndicatorTarget t)
{
    switch (t) {
    case IndicatorTarget::Website:
        return QStringLiteral("website");
    case IndicatorTarget::Account:
        return QStringLiteral("account");
    case IndicatorTarget::Catalog:
        return QStringLiteral("catalog");
    }
    return {};
}

} // namespace xj
