#pragma once
// Domain types of the registry: units, sites (websites, service platforms, department channels),
// their columns, new-media accounts, status history and inspection rounds.
// Plain values: no SQL, no Qt objects; the Store reads and writes them.

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace xj {

enum class UnitKind { Department, County, Park, Other };
enum class SiteKind { Portal, Department, Platform, Channel };
enum class Platform { WeChat, WeChatChannels, Weibo, Douyin, Toutiao, Kuaishou, MiniProgram, Other };
enum class ObjectStatus { Running, Closed, Offline, Cancelled, Pending };
// What a status-history row records. RegisteredLate (补报备案) is an event, not a state: the object
// is running and its 备案日期 becomes the event's date.
enum class StatusEvent { Running, Closed, Offline, Cancelled, Pending, RegisteredLate };
enum class ColumnCategory { News, Notice, Policy, Personnel, Planning, Interaction, Service, Other };
enum class ObjectType { Site, Account };
enum class RoundState { Planned, Checking, Reviewing, Published };

struct Unit {
    qint64 id = 0;
    QString name;
    UnitKind kind = UnitKind::Other;
    qint64 parentId = 0; // 0 = none
    QString contact;
    QString phone;
    QJsonObject extra; // unknown import columns, kept
};

struct Site {
    qint64 id = 0;
    QString name;
    SiteKind kind = SiteKind::Portal;
    QString url;
    QString siteCode; // 网站标识码
    QString icp;
    QString policeRecord;
    qint64 ownerId = 0;
    qint64 parentId = 0; // hosting site of a 部门频道
    ObjectStatus status = ObjectStatus::Running;
    QDate opened;
    QDate registered;
    QJsonObject extra;
};

struct SiteColumn {
    qint64 id = 0;
    qint64 siteId = 0;
    QString name;
    QString url;
    ColumnCategory category = ColumnCategory::Other;
    QJsonObject extra;
};

struct Account {
    qint64 id = 0;
    QString name;       // registered name
    QString actualName; // as shown on the platform; differs → M-P-NAME
    Platform platform = Platform::WeChat;
    QString accountId;
    qint64 ownerId = 0;
    ObjectStatus status = ObjectStatus::Running;
    QDate opened;
    QDate registered;
    QJsonObject extra;
};

struct StatusChange {
    qint64 id = 0;
    ObjectType objectType = ObjectType::Site;
    qint64 objectId = 0;
    StatusEvent event = StatusEvent::Running;
    QDate effective;
    QString reason;
    QString source; // "import FILE", "gui", "cli"
    QDateTime recordedAt;
};

struct Round {
    QString id; // e.g. 2022Q2
    QDate windowFrom;
    QDate windowTo;
    QDate asOf;
    RoundState state = RoundState::Planned;
    QDateTime createdAt;
};

// The counts the bulletin opens with: "N 个政府网站（含 M 个服务平台）、K 个部门频道、P 个政务新媒体".
struct RegistryCounts {
    int websites = 0;         // running portals, department sites and service platforms
    int servicePlatforms = 0; // of which service platforms
    int channels = 0;
    int accounts = 0;
    int units = 0;
    int closedOrPending = 0; // objects not running, all kinds
};

// The status an event leaves the object in.
ObjectStatus statusAfter(StatusEvent e);
StatusEvent eventFor(ObjectStatus s);

} // namespace xj
