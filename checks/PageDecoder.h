#pragma once
// Turns an HTTP response body into the text a browser shows. Chinese government sites serve GBK
// pages labelled "gb2312" in a <meta>, UTF-8 pages whose server says GBK, pages with a BOM and no
// label at all: reading them the browser's way is what keeps the wording and identifier checks
// from reporting mojibake as findings.
//
// Order (WHATWG "encoding sniffing", simplified): BOM → charset parameter of Content-Type →
// <meta charset> / <meta http-equiv="Content-Type"> found by the byte-level prescan →
// detection (TextCodec::decode). The BOM comes first because browsers let it override the
// header: a UTF-8 file with a BOM served as "charset=GBK" displays correctly, so must be read so.

#include <QByteArray>
#include <QString>

namespace xj {

struct DecodedPage {
    // How the charset was decided. The codes (PageDecoder::sourceCode) are stored with evidence.
    enum class Source { Bom, Header, Meta, Detected };

    QString text;          // without the BOM
    QString charset;       // decoder actually used: "UTF-8", "GB18030", "Big5", "UTF-16LE", "windows-1252"…
    QString declaredLabel; // the label as the server or page wrote it ("gb2312"); empty for BOM/detected
    Source source = Source::Detected;
    bool lossy = false;    // some bytes did not decode and were replaced by U+FFFD (as browsers do)
};

class PageDecoder {
public:
    // `contentType` is the raw Content-Type header value (may be empty).
    static DecodedPage decode(const QByteArray &body, const QByteArray &contentType = {});

    // The charset parameter of a Content-Type value ("text/html; charset=GBK" → "GBK"), unquoted;
    // empty when absent.
    static QByteArray charsetFromContentType(const QByteArray &contentType);

    // The HTML prescan (WHATWG "prescan a byte stream to determine its encoding"): comments and
    // tags are skipped, <meta> attributes read as the tokenizer would. Scans the first 1024 bytes
    // and, like Chromium, carries on through the <head> up to 64 KiB, since CMS pages often put a
    // long comment or script before the <meta>. Returns the label as written, or empty.
    static QByteArray prescanMetaCharset(const QByteArray &body);

    // The Qt decoder name for a label, or empty when unsupported. GB2312, GBK, x-gbk, CP936… →
    // "GB18030" (the superset: pages labelled gb2312 carry GBK characters); UTF-16 labels in a
    // <meta> mean UTF-8 (the page could not have been parsed to find it otherwise); latin1/ascii
    // labels mean windows-1252, as in browsers.
    static QString canonicalCharset(const QByteArray &label, bool fromMeta = false);

    static QString sourceCode(DecodedPage::Source source);  // "bom", "header", "meta", "detected"
    static QString sourceLabel(DecodedPage::Source source); // translated, for people
};

} // namespace xj
