#pragma once
// Decoding of the text files units send: CSV saved by Excel/WPS in GBK/GB18030, UTF-8 with or
// without a BOM, UTF-16, now and then Big5. The encoding is detected, never asked for: the
// inspector has no way to know it.

#include <QByteArray>
#include <QString>
#include <optional>

namespace xj {

struct DecodedText {
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030", "Big5"
};

class TextCodec
{
public:
    // Detects the encoding and decodes. Order: BOM (stripped) → UTF-16 without BOM (NUL-byte
    // pattern) → valid UTF-8 → uchardet when it says Big5 or a UTF → GB18030. Bytes that do not
    // decode are an error naming the byte offset (in `bytes`) of the first bad byte.
    static std::optional<DecodedText> decode(const QByteArray &bytes, QString *error);

    // Decodes with a charset named by the document (HTTP header, <meta charset>). GB2312, GBK,
    // x-gbk and CP936 are read as GB18030, their superset. *ok is false for an unknown charset
    // (then the result is empty) or for undecodable bytes (then it has U+FFFD in their place).
    static QString decodeWith(const QByteArray &bytes, const QByteArray &charsetName, bool *ok);

    // Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);
};

} // namespace xj
