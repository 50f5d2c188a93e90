#include "TextCodec.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

namespace xj {

namespace {

// Decodes with a fresh decoder; *bad is set when any byte sequence was replaced.
QString decodeAll(const QByteArray &bytes, const char *codec, bool *bad)
{
    QStringDecoder dec(codec, QStringDecoder::Flag::Stateless);
    QString out = dec.decode(bytes);
    *bad = dec.hasError();
    return out;
}

// QStringDecoder says *that* something failed, not *where*. Decoding a prefix with a stateful
// decoder leaves an incomplete trailing sequence pending instead of flagging it, so "the prefix
// has an error" is monotonic in its length and a binary search finds the byte at which the
// decoder gave up. The bad sequence may have started a few bytes earlier (a lead byte followed by
// an invalid trail byte): it starts where the longest cleanly decodable prefix ends. Only runs on
// the error path, so the O(n log n) cost does not matter.
qsizetype firstBadOffset(const QByteArray &bytes, const char *codec)
{
    auto prefixBad = [&](qsizetype n, bool stateless) {
        QStringDecoder dec(codec, stateless ? QStringDecoder::Flag::Stateless
                                            : QStringDecoder::Flag::Default);
        (void)QString(dec.decode(QByteArrayView(bytes.constData(), n)));
        return dec.hasError();
    };
    qsizetype lo = 1, hi = bytes.size(); // smallest n in [lo, hi] with prefixBad(n)
    if (hi > 0 && prefixBad(hi, false)) {
        while (lo < hi) {
            const qsizetype mid = lo + (hi - lo) / 2;
            if (prefixBad(mid, false))
                hi = mid;
            else
                lo = mid + 1;
        }
    }
    // hi: the decoder noticed the error at byte hi - 1 (or only at the end of the input).
    for (qsizetype m = hi - 1; m >= 0 && m >= hi - 4; --m) {
        if (!prefixBad(m, true))
            return m;
    }
    return std::max<qsizetype>(0, hi - 1);
}

// UTF-16 text without a BOM shows itself by NULs: ASCII characters (digits, commas, line ends,
// Latin letters in URLs) have a zero high byte. Real UTF-8 or GB18030 text has no NULs at all.
std::optional<QStringDecoder::Encoding> sniffUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192) & ~qsizetype(1);
    if (n < 2)
        return std::nullopt;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (bytes.at(i) == '\0')
            ++((i % 2) ? oddZeros : evenZeros);
    }
    const qsizetype pairs = n / 2;
    // At least a tenth of the characters ASCII, and the zeros (almost) all on one side.
    if (oddZeros * 10 >= pairs && evenZeros * 20 <= oddZeros)
        return QStringDecoder::Utf16LE;
    if (evenZeros * 10 >= pairs && oddZeros * 20 <= evenZeros)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

// Length of the well-formed UTF-8 sequence at p (1 for ASCII), or 0 if there is none: no
// overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence.
int utf8SequenceLength(const uchar *p, qsizetype remaining)
{
    const uchar c = p[0];
    if (c < 0x80)
        return 1;
    int len = 0;
    uchar lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        lo = c == 0xE0 ? 0xA0 : lo;
        hi = c == 0xED ? 0x9F : hi;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        lo = c == 0xF0 ? 0x90 : lo;
        hi = c == 0xF4 ? 0x8F : hi;
    } else {
        return 0;
    }
    if (remaining < len || p[1] < lo || p[1] > hi)
        return 0;
    for (int k = 2; k < len; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
    }
    return len;
}

// True when nearly all non-ASCII bytes form well-formed multi-byte UTF-8 sequences: UTF-8 with
// a damaged byte. GBK text forms such sequences only by accident, a few at most.
bool mostlyUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype good = 0, bad = 0;
    for (qsizetype i = 0; i < n;) {
        const int len = utf8SequenceLength(p + i, n - i);
        good += len > 1;
        bad += len == 0;
        i += std::max(len, 1);
    }
    return good >= 8 && good >= 20 * bad;
}

QByteArray uchardetGuess(const QByteArray &bytes)
{
    uchardet_t ud = uchardet_new();
    if (!ud)
        return {};
    QByteArray result;
    if (uchardet_handle_data(ud, bytes.constData(), size_t(bytes.size())) == 0) {
        uchardet_data_end(ud);
        result = QByteArray(uchardet_get_charset(ud)).toUpper();
    }
    uchardet_delete(ud);
    return result;
}

QString decodeError(const QString &encoding, qsizetype offset)
{
    return QCoreApplication::translate("TextCodec",
                                       "the file is not valid %1 text: undecodable bytes at byte "
                                       "offset %2")
        .arg(encoding)
        .arg(offset);
}

} // namespace

qsizetype TextCodec::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const int len = utf8SequenceLength(p + i, n - i);
        if (len == 0)
            return i;
        i += len;
    }
    return -1;
}

std::optional<DecodedText> TextCodec::decode(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &msg) -> std::optional<DecodedText> {
        if (error)
            *error = msg;
        return std::nullopt;
    };

    // 1. A BOM is authoritative.
    struct Bom { const char *bytes; int size; QStringDecoder::Encoding enc; const char *name; };
    static const Bom boms[] = {
        {"\xEF\xBB\xBF", 3, QStringDecoder::Utf8, "UTF-8 (BOM)"},
        {"\xFF\xFE", 2, QStringDecoder::Utf16LE, "UTF-16LE"},
        {"\xFE\xFF", 2, QStringDecoder::Utf16BE, "UTF-16BE"},
    };
    for (const Bom &bom : boms) {
        if (!bytes.startsWith(QByteArrayView(bom.bytes, bom.size)))
            continue;
        const QByteArray body = bytes.mid(bom.size);
        if (bom.enc == QStringDecoder::Utf8) {
            const qsizetype bad = firstInvalidUtf8(body);
            if (bad >= 0)
                return fail(decodeError(QStringLiteral("UTF-8"), bad + bom.size));
            return DecodedText{QString::fromUtf8(body), QString::fromLatin1(bom.name)};
        }
        QStringDecoder dec(bom.enc, QStringDecoder::Flag::Stateless);
        QString text = dec.decode(body);
        if (dec.hasError() || body.size() % 2) {
            const char *codec = bom.enc == QStringDecoder::Utf16LE ? "UTF-16LE" : "UTF-16BE";
            return fail(decodeError(QString::fromLatin1(codec),
                                    firstBadOffset(body, codec) + bom.size));
        }
        return DecodedText{text, QString::fromLatin1(bom.name)};
    }

    // 2. UTF-16 without BOM.
    if (const auto enc = sniffUtf16(bytes)) {
        const char *codec = *enc == QStringDecoder::Utf16LE ? "UTF-16LE" : "UTF-16BE";
        bool bad = false;
        QString text = decodeAll(bytes, codec, &bad);
        if (bad || bytes.size() % 2)
            return fail(decodeError(QString::fromLatin1(codec), firstBadOffset(bytes, codec)));
        return DecodedText{text, QString::fromLatin1(codec)};
    }

    // 3. Valid UTF-8 (includes pure ASCII). Legacy double-byte text is practically never valid
    // UTF-8 beyond a few characters, so this check is safe before any guessing.
    const qsizetype badUtf8 = firstInvalidUtf8(bytes);
    if (badUtf8 < 0)
        return DecodedText{QString::fromUtf8(bytes), QStringLiteral("UTF-8")};

    // 4. UTF-8 with a damaged byte (a truncated copy, a bad edit): say where, do not garble the
    // whole file by reading it as GB18030. Then uchardet, trusted only for what it is good at;
    // its other answers for Chinese files (WINDOWS-1252, ISO-8859-x, …) misread short GBK text.
    const QByteArray guess = uchardetGuess(bytes);
    if (mostlyUtf8(bytes) || guess == "UTF-8")
        return fail(decodeError(QStringLiteral("UTF-8"), badUtf8));
    if (guess == "UTF-16LE" || guess == "UTF-16BE") {
        bool bad = false;
        QString text = decodeAll(bytes, guess.constData(), &bad);
        if (!bad)
            return DecodedText{text, QString::fromLatin1(guess)};
    }
    if (guess == "BIG5") {
        bool bad = false;
        QString text = decodeAll(bytes, "Big5", &bad);
        if (!bad)
            return DecodedText{text, QStringLiteral("Big5")};
        // A wrong Big5 guess on GBK text: fall through to GB18030.
    }

    // 5. GB18030, the superset of GBK and GB2312 that WPS and Chinese Excel write.
    bool bad = false;
    QString text = decodeAll(bytes, "GB18030", &bad);
    if (bad)
        return fail(decodeError(QStringLiteral("GB18030"), firstBadOffset(bytes, "GB18030")));
    return DecodedText{text, QStringLiteral("GB18030")};
}

QString TextCodec::decodeWith(const QByteArray &bytes, const QByteArray &charsetName, bool *ok)
{
    QByteArray name = charsetName.trimmed().toLower();
    if (name.startsWith('"') && name.endsWith('"') && name.size() >= 2)
        name = name.mid(1, name.size() - 2).trimmed();
    // Pages that say GB2312 routinely contain GBK/GB18030 characters (生僻字 in names).
    static const char *const gbAliases[] = {"gb2312", "gbk", "x-gbk", "cp936", "windows-936",
                                            "ms936", "gb_2312-80", "csgb2312", "euc-cn",
                                            "x-euc-cn", "gb18030"};
    for (const char *alias : gbAliases) {
        if (name == alias) {
            name = "GB18030";
            break;
        }
    }
    if (name.isEmpty() || name == "utf8")
        name = "utf-8";
    QStringDecoder dec(name.constData(), QStringDecoder::Flag::Stateless);
    if (!dec.isValid()) {
        if (ok)
            *ok = false;
        return {};
    }
    QString text = dec.decode(bytes);
    if (ok)
        *ok = !dec.hasError();
    return text;
}

} // namespace xj
