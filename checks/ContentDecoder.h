#pragma once
// Removes Content-Encoding (gzip, deflate) from a response body with a hard cap on the output, so
// that a few kilobytes of compressed zeros cannot exhaust memory. zlib, no Qt private API.

#include "FetchTypes.h"

#include <QByteArray>
#include <QString>

namespace xj {

struct DecodedContent {
    QByteArray data;                   // decoded bytes; empty on decompression-bomb
    bool decoded = false;              // at least one coding was removed
    FetchError error = FetchError::Ok; // DecompressionBomb, or BadResponse for corrupt data
    QString detail;
};

class ContentDecoder {
public:
    // `contentEncoding` is the header value, possibly a list ("gzip", "deflate", "x-gzip, gzip").
    // Codings are undone last-applied first. Unknown codings leave the data as it is (decoded
    // false, detail says why). A body that simply ends early (truncated transfer) decodes as far
    // as it goes without an error: the truncation is reported elsewhere.
    static DecodedContent decode(const QByteArray &contentEncoding, const QByteArray &body, qint64 maxOutput);

    // One coding. `gzip` accepts concatenated members; `deflate` accepts the zlib wrapper the RFC
    // requires and the raw deflate stream some servers send instead.
    static DecodedContent inflate(const QByteArray &body, bool gzip, qint64 maxOutput);
};

} // namespace xj
