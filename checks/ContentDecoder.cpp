#include "ContentDecoder.h"

#include <QCoreApplication>

#include <zlib.h>

namespace xj {

namespace {
    // RFC 1950 header: CM = 8, and the first two bytes are a multiple of 31.
    bool looksLikeZlib(const QByteArray &b)
    {
        if (b.size() < 2)
            return false;
        const auto b0 = static_cast<unsigned char>(b[0]);
        const auto b1 = static_cast<unsigned char>(b[1]);
        return (b0 & 0x0f) == 8 && (b0 >> 4) <= 7 && ((b0 << 8) | b1) % 31 == 0;
    }

    bool startsGzipMember(const Bytef *p, uInt n)
    {
        return n >= 2 && p[0] == 0x1f && p[1] == 0x8b;
    }
} // namespace

DecodedContent ContentDecoder::inflate(const QByteArray &body, bool gzip, qint64 maxOutput)
{
    DecodedContent out;
    out.decoded = true;
    const int windowBits = gzip ? 15 + 16 : (looksLikeZlib(body) ? 15 : -15);
    z_stream zs {};
    if (inflateInit2(&zs, windowBits) != Z_OK) {
        out.error = FetchError::BadResponse;
        out.detail = QCoreApplication::translate("ContentDecoder", "cannot initialise decompression");
        return out;
    }
    // The raw cap keeps bodies far below 4 GiB, so one uInt covers the whole input.
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    zs.avail_in = static_cast<uInt>(qMin<qsizetype>(body.size(), 0x7fffffff));
    char buffer[64 * 1024];
    // Every round consumes input or produces output, or the loop ends; the bound is belt and braces.
    for (qint64 round = 0; round < (maxOutput / 1024) + body.size() + 16; ++round) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        const uInt inBefore = zs.avail_in;
        const int rc = ::inflate(&zs, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(sizeof buffer) - zs.avail_out;
        if (out.data.size() + produced > maxOutput) {
            out.error = FetchError::DecompressionBomb;
            out.detail = QCoreApplication::translate("ContentDecoder", "%1 compressed bytes expand beyond %2 bytes")
                             .arg(body.size())
                             .arg(maxOutput);
            out.data.clear();
            break;
        }
        out.data.append(buffer, produced);
        if (rc == Z_STREAM_END) {
            if (gzip && startsGzipMember(zs.next_in, zs.avail_in)) {
                inflateReset(&zs); // concatenated gzip members form one body
                continue;
            }
            break; // trailing garbage after the stream is ignored, as browsers do
        }
        if (rc == Z_BUF_ERROR || (rc == Z_OK && zs.avail_in == 0 && produced == 0))
            break; // input ended early: a truncated body, reported by the caller
        if (rc != Z_OK) {
            out.error = FetchError::BadResponse;
            out.detail = QCoreApplication::translate("ContentDecoder", "corrupt compressed body: %1")
                             .arg(QString::fromLatin1(zs.msg ? zs.msg : "?"));
            break;
        }
        if (produced == 0 && zs.avail_in == inBefore)
            break;
    }
    inflateEnd(&zs);
    return out;
}

DecodedContent ContentDecoder::decode(const QByteArray &contentEncoding, const QByteArray &body, qint64 maxOutput)
{
    DecodedContent out;
    out.data = body;
    QList<QByteArray> codings;
    for (const QByteArray &c : contentEncoding.split(',')) {
        const QByteArray t = c.trimmed().toLower();
        if (!t.isEmpty() && t != "identity")
            codings.prepend(t); // undo the last-applied coding first
    }
    for (const QByteArray &coding : std::as_const(codings)) {
        const bool gzip = coding == "gzip" || coding == "x-gzip";
        if (!gzip && coding != "deflate") {
            out.detail
                = QCoreApplication::translate("ContentDecoder", "content encoding %1 not supported; body kept encoded")
                      .arg(QString::fromLatin1(coding));
            return out;
        }
        DecodedContent step = inflate(out.data, gzip, maxOutput);
        if (step.error != FetchError::Ok)
            return step;
        out.data = step.data;
        out.decoded = true;
    }
    return out;
}

} // namespace xj
