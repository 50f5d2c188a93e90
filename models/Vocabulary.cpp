#include "Vocabulary.h"

#include <QCoreApplication>

namespace xj {

QString foldForMatch(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000 || u == 0x00A0)
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out.simplified().toLower();
}

// The tables. QT_TRANSLATE_NOOP marks labels for lupdate; they are translated in label().
template <>
const QList<Term<UnitKind>> &Vocabulary<UnitKind>::terms()
{
    static const QList<Term<UnitKind>> t = {
        {UnitKind::Department, "department", "市直部门", QT_TRANSLATE_NOOP("Vocabulary", "City department"), "部门"},
        {UnitKind::County, "county", "县区", QT_TRANSLATE_NOOP("Vocabulary", "County or district"), "县(市、区)"},
        {UnitKind::Park, "park", "园区", QT_TRANSLATE_NOOP("Vocabulary", "Development zone"), "开发区"},
        {UnitKind::Other, "other", "其他", QT_TRANSLATE_NOOP("Vocabulary", "Other unit"), "other unit"},
    };
    return t;
}

template <>
const QList<Term<SiteKind>> &Vocabulary<SiteKind>::terms()
{
    static const QList<Term<SiteKind>> t = {
        {SiteKind::Portal, "portal", "门户网站", QT_TRANSLATE_NOOP("Vocabulary", "Portal website"), "政府门户网站"},
        {SiteKind::Department, "department", "部门网站", QT_TRANSLATE_NOOP("Vocabulary", "Department website"), "department site"},
        {SiteKind::Platform, "platform", "服务平台", QT_TRANSLATE_NOOP("Vocabulary", "Service platform"), "service platform"},
        {SiteKind::Channel, "channel", "部门频道", QT_TRANSLATE_NOOP("Vocabulary", "Department channel"), "频道"},
    };
    return t;
}

template <>
const QList<Term<Platform>> &Vocabulary<Platform>::terms()
{
    static const QList<Term<Platform>> t = {
        {Platform::WeChat, "wechat", "微信公众号", QT_TRANSLATE_NOOP("Vocabulary", "WeChat official account"), "微信"},
        {Platform::WeChatChannels, "wechat_channels", "微信视频号", QT_TRANSLATE_NOOP("Vocabulary", "WeChat Channels"), "视频号"},
        {Platform::Weibo, "weibo", "微博", QT_TRANSLATE_NOOP("Vocabulary", "Weibo"), "新浪微博"},
        {Platform::Douyin, "douyin", "抖音", QT_TRANSLATE_NOOP("Vocabulary", "Douyin"), "tiktok"},
        {Platform::Toutiao, "toutiao", "今日头条", QT_TRANSLATE_NOOP("Vocabulary", "Toutiao"), "头条号"},
        {Platform::Kuaishou, "kuaishou", "快手", QT_TRANSLATE_NOOP("Vocabulary", "Kuaishou"), nullptr},
        {Platform::MiniProgram, "miniprogram", "小程序", QT_TRANSLATE_NOOP("Vocabulary", "Mini program"), "mini-program"},
        {Platform::Other, "other", "其他", QT_TRANSLATE_NOOP("Vocabulary", "Other platform"), "other platform"},
    };
    return t;
}

template <>
const QList<Term<ObjectStatus>> &Vocabulary<ObjectStatus>::terms()
{
    static const QList<Term<ObjectStatus>> t = {
        {ObjectStatus::Running, "running", "运行", QT_TRANSLATE_NOOP("Vocabulary", "Running"), "正常运行"},
        {ObjectStatus::Closed, "closed", "关停", QT_TRANSLATE_NOOP("Vocabulary", "Closed"), "已关停"},
        {ObjectStatus::Offline, "offline", "下线", QT_TRANSLATE_NOOP("Vocabulary", "Offline"), "已下线"},
        {ObjectStatus::Cancelled, "cancelled", "注销", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"), "已注销"},
        {ObjectStatus::Pending, "pending", "待核查", QT_TRANSLATE_NOOP("Vocabulary", "To be verified"), "pending check"},
    };
    return t;
}

template <>
const QList<Term<StatusEvent>> &Vocabulary<StatusEvent>::terms()
{
    static const QList<Term<StatusEvent>> t = {
        {StatusEvent::Running, "running", "运行", QT_TRANSLATE_NOOP("Vocabulary", "Running"), "正常运行"},
        {StatusEvent::Closed, "closed", "关停", QT_TRANSLATE_NOOP("Vocabulary", "Closed"), "已关停"},
        {StatusEvent::Offline, "offline", "下线", QT_TRANSLATE_NOOP("Vocabulary", "Offline"), "已下线"},
        {StatusEvent::Cancelled, "cancelled", "注销", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"), "已注销"},
        {StatusEvent::Pending, "pending", "待核查", QT_TRANSLATE_NOOP("Vocabulary", "To be verified"), "pending check"},
        {StatusEvent::RegisteredLate, "registered_late", "补报备案", QT_TRANSLATE_NOOP("Vocabulary", "Registered late"), "补报"},
    };
    return t;
}

template <>
const QList<Term<ColumnCategory>> &Vocabulary<ColumnCategory>::terms()
{
    static const QList<Term<ColumnCategory>> t = {
        {ColumnCategory::News, "news", "动态要闻", QT_TRANSLATE_NOOP("Vocabulary", "News"), "动态"},
        {ColumnCategory::Notice, "notice", "通知公告", QT_TRANSLATE_NOOP("Vocabulary", "Notices"), "通知"},
        {ColumnCategory::Policy, "policy", "政策文件", QT_TRANSLATE_NOOP("Vocabulary", "Policy documents"), "政策"},
        {ColumnCategory::Personnel, "personnel", "人事", QT_TRANSLATE_NOOP("Vocabulary", "Personnel"), "人事信息"},
        {ColumnCategory::Planning, "planning", "规划计划", QT_TRANSLATE_NOOP("Vocabulary", "Plans"), "规划"},
        {ColumnCategory::Interaction, "interaction", "互动", QT_TRANSLATE_NOOP("Vocabulary", "Interaction"), "互动交流"},
        {ColumnCategory::Service, "service", "办事", QT_TRANSLATE_NOOP("Vocabulary", "Services"), "办事服务"},
        {ColumnCategory::Other, "other", "其他", QT_TRANSLATE_NOOP("Vocabulary", "Other column"), "other column"},
    };
    return t;
}

template <>
const QList<Term<RoundState>> &Vocabulary<RoundState>::terms()
{
    static const QList<Term<RoundState>> t = {
        {RoundState::Planned, "planned", "准备中", QT_TRANSLATE_NOOP("Vocabulary", "Planned"), nullptr},
        {RoundState::Checking, "checking", "检查中", QT_TRANSLATE_NOOP("Vocabulary", "Checking"), nullptr},
        {RoundState::Reviewing, "reviewing", "审核中", QT_TRANSLATE_NOOP("Vocabulary", "Reviewing"), nullptr},
        {RoundState::Published, "published", "已通报", QT_TRANSLATE_NOOP("Vocabulary", "Published"), nullptr},
    };
    return t;
}

template <typename E>
static const Term<E> *find(E v)
{
    for (const auto &t : Vocabulary<E>::terms())
        if (t.value == v)
            return &t;
    return nullptr;
}

template <typename E>
QString Vocabulary<E>::code(E v)
{
    const auto *t = find(v);
    return t ? QString::fromLatin1(t->code) : QString();
}

template <typename E>
QString Vocabulary<E>::zh(E v)
{
    const auto *t = find(v);
    return t ? QString::fromUtf8(t->zh) : QString();
}

template <typename E>
QString Vocabulary<E>::label(E v)
{
    const auto *t = find(v);
    return t ? QCoreApplication::translate("Vocabulary", t->label) : QString();
}

template <typename E>
std::optional<E> Vocabulary<E>::fromCode(const QString &c)
{
    for (const auto &t : terms())
        if (c == QLatin1String(t.code))
            return t.value;
    return std::nullopt;
}

template <typename E>
std::optional<E> Vocabulary<E>::parse(const QString &text)
{
    const QString k = foldForMatch(text);
    if (k.isEmpty())
        return std::nullopt;
    for (const auto &t : terms()) {
        if (k == QString::fromUtf8(t.zh) || k == QLatin1String(t.code) || k == QString::fromUtf8(t.label).toLower()
            || (t.alias && k == foldForMatch(QString::fromUtf8(t.alias))))
            return t.value;
    }
    return std::nullopt;
}

template <typename E>
QList<E> Vocabulary<E>::values()
{
    QList<E> out;
    for (const auto &t : terms())
        out.append(t.value);
    return out;
}

template <typename E>
QString Vocabulary<E>::acceptedList()
{
    QStringList names;
    for (const auto &t : terms())
        names.append(QString::fromUtf8(t.zh));
    return names.join(QStringLiteral(" · "));
}

template struct Vocabulary<UnitKind>;
template struct Vocabulary<SiteKind>;
template struct Vocabulary<Platform>;
template struct Vocabulary<ObjectStatus>;
template struct Vocabulary<StatusEvent>;
template struct Vocabulary<ColumnCategory>;
template struct Vocabulary<RoundState>;

ObjectStatus statusAfter(StatusEvent e)
{
    switch (e) {
    case StatusEvent::Running:
    case StatusEvent::RegisteredLate:
        return ObjectStatus::Running;
    case StatusEvent::Closed:
        return ObjectStatus::Closed;
    case StatusEvent::Offline:
        return ObjectStatus::Offline;
    case StatusEvent::Cancelled:
        return ObjectStatus::Cancelled;
    case StatusEvent::Pending:
        return ObjectStatus::Pending;
    }
    return ObjectStatus::Running;
}

StatusEvent eventFor(ObjectStatus s)
{
    switch (s) {
    case ObjectStatus::Running:
        return StatusEvent::Running;
    case ObjectStatus::Closed:
        return StatusEvent::Closed;
    case ObjectStatus::Offline:
        return StatusEvent::Offline;
    case ObjectStatus::Cancelled:
        return StatusEvent::Cancelled;
    case ObjectStatus::Pending:
        return StatusEvent::Pending;
    }
    return StatusEvent::Running;
}

} // namespace xj
