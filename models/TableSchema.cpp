#include "TableSchema.h"

#include "Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xj {

const FieldSpec *TableSchema::field(const QString &key) const
{
    for (const auto &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

static FieldSpec req(const char *key, const char *zh)
{
    return {QString::fromLatin1(key), QString::fromUtf8(zh), true};
}
static FieldSpec opt(const char *key, const char *zh)
{
    return {QString::fromLatin1(key), QString::fromUtf8(zh), false};
}

const QList<TableSchema> &TableSchemas::all()
{
    static const QList<TableSchema> schemas = {
        {TableKind::Units, QStringLiteral("units"),
         {req("unit", "单位"), opt("unit_kind", "单位类型"), opt("parent_unit", "上级单位"), opt("contact", "联系人"),
          opt("phone", "联系电话")}},
        {TableKind::Sites, QStringLiteral("sites"),
         {req("name", "名称"), req("kind", "类型"), req("url", "网址"), opt("site_code", "网站标识码"), opt("icp", "ICP备案号"),
          opt("police_record", "公安备案号"), req("owner", "主办单位"), opt("parent", "上级网站"), opt("status", "状态"),
          opt("opened", "开通日期"), opt("registered", "备案日期")}},
        {TableKind::Columns, QStringLiteral("columns"),
         {req("site", "网站"), req("column", "栏目名称"), req("url", "网址"), opt("category", "类别")}},
        {TableKind::Accounts, QStringLiteral("accounts"),
         {req("name", "账号名称"), opt("actual_name", "实际名称"), req("platform", "平台"), opt("account_id", "账号ID"),
          req("owner", "主办单位"), opt("status", "状态"), opt("opened", "开通日期"), opt("registered", "备案日期"), opt("feed", "订阅地址")}},
        {TableKind::Status, QStringLiteral("status"),
         {req("name", "名称"), opt("kind", "类型"), req("status", "状态"), req("date", "日期"), opt("reason", "原因")}},
        // What other sources report. 类型 in messages and findings is ours, not the reference's: as
        // in the status table, it tells apart objects that share a name (a site's 类型 or a 平台).
        // So is 扣分 in findings: monitoring platforms state the deduction of each problem.
        {TableKind::Posts, QStringLiteral("posts"),
         {req("account", "账号名称"), opt("platform", "平台"), req("published", "发布时间"), opt("title", "标题"), opt("link", "链接")},
         false},
        {TableKind::Reminders, QStringLiteral("reminders"),
         {req("account", "账号名称"), opt("platform", "平台"), req("reminded", "提醒时间"), opt("channel", "方式")},
         false},
        {TableKind::Messages, QStringLiteral("messages"),
         {req("target", "对象"), opt("kind", "类型"), req("received", "留言时间"), opt("replied", "回复时间"), opt("title", "标题")},
         false},
        {TableKind::Catalog, QStringLiteral("catalog"),
         {req("unit", "单位"), req("linked", "挂接目录数"), req("open", "开放数据数")},
         false, true},
        {TableKind::Findings, QStringLiteral("findings"),
         {req("target", "对象"), opt("kind", "类型"), req("indicator", "指标"), req("description", "问题描述"), opt("url", "网址"),
          opt("found", "发现时间"), opt("state", "状态"), opt("points", "扣分")},
         false, true},
    };
    return schemas;
}

const TableSchema &TableSchemas::get(TableKind kind)
{
    for (const auto &s : all())
        if (s.kind == kind)
            return s;
    Q_UNREACHABLE();
}

const TableSchema *TableSchemas::byName(const QString &name)
{
    static const QHash<QString, QString> chinese = {
        {QStringLiteral("单位"), QStringLiteral("units")},   {QStringLiteral("网站"), QStringLiteral("sites")},
        {QStringLiteral("栏目"), QStringLiteral("columns")}, {QStringLiteral("账号"), QStringLiteral("accounts")},
        {QStringLiteral("新媒体"), QStringLiteral("accounts")}, {QStringLiteral("状态"), QStringLiteral("status")},
        {QStringLiteral("发布"), QStringLiteral("posts")},    {QStringLiteral("帖子"), QStringLiteral("posts")},
        {QStringLiteral("提醒"), QStringLiteral("reminders")}, {QStringLiteral("留言"), QStringLiteral("messages")},
        {QStringLiteral("目录"), QStringLiteral("catalog")},  {QStringLiteral("数据目录"), QStringLiteral("catalog")},
        {QStringLiteral("问题"), QStringLiteral("findings")},
    };
    const QString n = foldForMatch(name);
    const QString code = chinese.value(n, n);
    for (const auto &s : all())
        if (s.code == code)
            return &s;
    return nullptr;
}

QString TableSchemas::normalizeHeader(const QString &header)
{
    static const QRegularExpression brackets(QStringLiteral("[(\\[【][^)\\]】]*[)\\]】]"));
    QString h = foldForMatch(header); // full-width brackets and ＊ become ASCII here
    h.remove(brackets);
    h.remove(QLatin1Char('*'));
    h.remove(QLatin1Char(' '));
    return h;
}

HeaderMap TableSchemas::map(const TableSchema &schema, const QStringList &headers,
                            const QHash<QString, QString> &overrides)
{
    HeaderMap m;
    for (int c = 0; c < headers.size(); ++c) {
        QString key = overrides.value(headers[c]);
        if (key.isEmpty()) {
            const QString h = normalizeHeader(headers[c]);
            for (const auto &f : schema.fields) {
                if (!h.isEmpty() && (h == normalizeHeader(f.zh) || h == f.key)) {
                    key = f.key;
                    break;
                }
            }
        }
        if (!key.isEmpty() && !schema.field(key))
            key.clear(); // an override to "keep as extra", or a key of another table
        if (!key.isEmpty() && m.columnOfKey.contains(key)) {
            m.duplicateColumns.append(c);
            key.clear();
        }
        m.keyOfColumn.append(key);
        if (!key.isEmpty())
            m.columnOfKey.insert(key, c);
    }
    for (const auto &f : schema.fields)
        if (f.required && !m.columnOfKey.contains(f.key))
            m.missingRequired.append(f.key);
    return m;
}

std::optional<TableKind> TableSchemas::detect(const QStringList &headers, QString *why)
{
    int best = 0;
    QList<TableKind> winners;
    for (const auto &s : all()) {
        const HeaderMap m = map(s, headers);
        if (!m.missingRequired.isEmpty())
            continue;
        const int matched = int(m.columnOfKey.size());
        if (matched > best) {
            best = matched;
            winners = {s.kind};
        } else if (matched == best) {
            winners.append(s.kind);
        }
    }
    if (winners.size() == 1)
        return winners.first();
    if (why) {
        if (winners.isEmpty())
            *why = QCoreApplication::translate("TableSchemas",
                                               "the headers match no known table (sites, units, accounts, columns, status, "
                                               "posts, reminders, messages, catalog, findings); "
                                               "check the header row or name the table with --as");
        else
            *why = QCoreApplication::translate("TableSchemas", "the headers fit more than one table; name it with --as");
    }
    return std::nullopt;
}

} // namespace xj
