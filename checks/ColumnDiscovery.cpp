#include "ColumnDiscovery.h"

#include <QRegularExpression>

namespace xj {

ColumnCategory ColumnDiscovery::guessCategory(const QString &name)
{
    // Order matters: "政策解读" is policy, "通知公告" notices, "人事任免" personnel.
    static const QList<QPair<QRegularExpression, ColumnCategory>> rules = {
        {QRegularExpression(QStringLiteral("政策|文件|法规|规章|解读|公报")), ColumnCategory::Policy},
        {QRegularExpression(QStringLiteral("通知|公告|公示|通告")), ColumnCategory::Notice},
        {QRegularExpression(QStringLiteral("人事|任免|招考|招聘|录用")), ColumnCategory::Personnel},
        {QRegularExpression(QStringLiteral("规划|计划|总结")), ColumnCategory::Planning},
        {QRegularExpression(QStringLiteral("互动|留言|咨询|信箱|投诉|建言|征集|调查|访谈")), ColumnCategory::Interaction},
        {QRegularExpression(QStringLiteral("办事|服务|指南|办理|事项")), ColumnCategory::Service},
        {QRegularExpression(QStringLiteral("动态|要闻|新闻|资讯|工作|信息|头条")), ColumnCategory::News},
    };
    for (const auto &[re, category] : rules)
        if (re.match(name).hasMatch())
            return category;
    return ColumnCategory::Other;
}

QList<ColumnProposal> ColumnDiscovery::propose(const QList<ExtractedLink> &homeLinks, const QUrl &home,
                                               const QSet<QString> &known)
{
    // Links every government site carries that are not columns.
    static const QRegularExpression notColumn(
        QStringLiteral("首页|网站地图|联系我们|关于我们|English|无障碍|关怀版|长者|登录|注册|更多|详细|>>|»|返回|上一页|下一页|打印|关闭|"
                       "我为政府网站找错|隐私|声明|版权"),
        QRegularExpression::CaseInsensitiveOption);
    QList<ColumnProposal> out;
    QSet<QString> seen = known;
    for (const ExtractedLink &l : homeLinks) {
        if (l.kind != ExtractedLink::Anchor || l.url.host() != home.host())
            continue;
        const QString name = l.text.simplified();
        // Column names are short: 2 to 8 characters of Chinese ("要闻动态", "政府信息公开").
        if (name.size() < 2 || name.size() > 8 || notColumn.match(name).hasMatch())
            continue;
        const QString path = l.url.path();
        const bool section = path.endsWith(QLatin1Char('/')) || path.contains(QLatin1String("index"))
                             || path.contains(QLatin1String("list")) || path.count(QLatin1Char('/')) <= 2;
        if (!section || l.url.path() == QLatin1String("/") || path.contains(QRegularExpression(QStringLiteral("/\\d{6,}|t\\d{8}_"))))
            continue; // article URLs carry dates or long ids
        const QString key = l.url.toString();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.append({name, l.url, guessCategory(name)});
    }
    return out;
}

} // namespace xj
