#pragma once
// A small registry in the image of the 2022Q2 bulletin (揭政数局函〔2022〕41号), built through the
// Store, MediaRecords and CheckRecords APIs: 10 running websites (2 service platforms, 2 failing
// on a confirmed W-V1), one portal taken offline in the window, a 补报备案, 3 channels (one failing),
// 86 running accounts of which one has not posted for weeks after two reminders, closed and
// not-yet-opened accounts, and the catalog figures of the bulletin's 数据开放情况.

#include "Store.h"

#include <QHash>

namespace xj::test {

struct RoundFixture {
    QString roundId = QStringLiteral("2022Q2");
    QHash<QString, qint64> sites;    // by name
    QHash<QString, qint64> accounts; // by name
    QHash<QString, qint64> units;    // by name
};

// Builds it into an empty store; false (with a QWARN) when anything could not be written.
bool buildSeedRound(Store &store, RoundFixture *out);

// Pieces for other fixtures. Objects are running and dated (opened 2020-01-01 unless given).
qint64 addUnit(Store &store, const QString &name, UnitKind kind, qint64 parent = 0);
qint64 addSite(Store &store, const QString &name, SiteKind kind, qint64 owner, const QDate &opened = QDate(2020, 1, 1));
qint64 addAccount(Store &store, const QString &name, Platform platform, qint64 owner, const QDate &opened = QDate(2020, 1, 1));
bool addStatus(Store &store, ObjectType type, qint64 id, StatusEvent event, const QDate &date, const QString &reason = {});

} // namespace xj::test
