#pragma once
// A crawled round for the review workspace's tests: a portal served on 127.0.0.1 is checked for
// real (RoundCheck) in two rounds (the first saw an older home page), so the store holds its pages,
// findings and WARC evidence; then the portal is stopped. Its home page links a stylesheet (fetched by the hidden-link pass), hides a link with
// that stylesheet, links a broken page, and references images on a second server ("tracker"), one of
// which (a stylesheet's background) the crawl never captures. Its column page is GBK.
//
// Lives on the test thread and needs its event loop while building.

#include "CheckRecords.h"
#include "RawHttpServer.h"

#include <QTemporaryDir>
#include <memory>

namespace xj::test {

struct ReviewFixture {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    RawHttpServer portal;
    RawHttpServer tracker; // stays up: any request it sees came from the review pane
    QString previousRoundId = QStringLiteral("2026Q3"); // crawled first, with an older home page
    QString roundId = QStringLiteral("2026Q4");
    qint64 siteId = 0;
    qint64 previousRunId = 0;
    qint64 runId = 0;
    QString homeUrl;
    QString columnUrl;
    QString darkLink;   // the hidden link's target (on the tracker server)
    QString brokenLink; // answers 404
    QString trackerImage;    // an <img> on the tracker: captured by the crawl's link check
    QString uncapturedImage; // a background on the tracker named only in the stylesheet: never captured

    static constexpr const char *kBannerColor = "rgb(12, 34, 56)"; // .banner's colour in site.css
    static QString columnText() { return QStringLiteral("临澜召开全市政务公开工作会议"); }
    static QString previousText() { return QStringLiteral("上一轮检查时的首页"); }

    // Serves the portal, runs the check to the end, stops the portal. False (with a warning) on failure.
    bool build();
    QList<Finding> findings(const QString &indicator = {}) const;
};

} // namespace xj::test
