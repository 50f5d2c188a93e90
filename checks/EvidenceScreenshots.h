#pragma once
// Screenshots kept as evidence of a finding (or of a checklist entry): the PNG is stored in the
// database through ReviewRecords::addScreenshot and, in the store's evidence folder, also written
// as a WARC `resource` record (Content-Type image/png, WARC-Target-URI the page it shows), whose
// file, offset and record id are recorded with the screenshot. Lives in checks/ because the WARC
// writer does; models/ does not depend on checks/.
//
// Files: `screenshots-<time>-<serial>.warc.gz` in StoreLocation::evidenceDir(), one per instance
// and round (keep one instance for a review session rather than one per screenshot).
//
// Threading: the thread of the Store it wraps.

#include "ReviewRecords.h"

#include <QCoreApplication>
#include <memory>

namespace xj {

class WarcWriter;

class EvidenceScreenshots {
    Q_DECLARE_TR_FUNCTIONS(EvidenceScreenshots)
public:
    explicit EvidenceScreenshots(Store &store, QString operatorName = {});
    ~EvidenceScreenshots();
    EvidenceScreenshots(const EvidenceScreenshots &) = delete;
    EvidenceScreenshots &operator=(const EvidenceScreenshots &) = delete;

    // Stores the screenshot (findingId 0: for a checklist entry of `roundId`) and writes its WARC
    // record. Returns the screenshot id; 0 with *error when it could not be stored. When only the
    // WARC record failed, the screenshot is kept in the store and *warning says why.
    qint64 add(qint64 findingId, const QByteArray &png, const QRect &region, const QString &url, const QString &pane,
               const QString &actor, QString *error, QString *warning = nullptr, const QString &roundId = {});

private:
    Store &m_store;
    ReviewRecords m_records;
    QString m_operator;
    QString m_roundId; // the round m_writer's warcinfo names
    std::unique_ptr<WarcWriter> m_writer;
};

} // namespace xj
