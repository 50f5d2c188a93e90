// Reading a PDF's cross-reference chain (classic tables and PDF 1.5 cross-reference streams) and
// the objects it points at, object streams included.
#include "PdfSignerSyntax.h"

#include <QCoreApplication>
#include <QSet>
#include <QtEndian>

namespace xj::pdf {

namespace {

// Bounds on what a hostile file can make us allocate or loop over.
constexpr qint64 kMaxObjects = 10'000'000;
constexpr qsizetype kMaxDecoded = 256 * 1024 * 1024;

// FlateDecode: qUncompress wants zlib data behind a 4-byte size hint (it grows the buffer itself).
std::optional<QByteArray> inflate(const QByteArray &data)
{
    QByteArray hinted(4, '\0');
    qToBigEndian<quint32>(quint32(std::min<qsizetype>(data.size() * 4 + 64, kMaxDecoded)), hinted.data());
    const QByteArray out = qUncompress(hinted + data);
    return out.isEmpty() && !data.isEmpty() ? std::nullopt : std::optional<QByteArray>(out);
}

// PNG predictors (10–15), row by row, each row led by its filter type byte.
std::optional<QByteArray> unpredict(const QByteArray &data, int columns)
{
    if (columns <= 0)
        return std::nullopt;
    QByteArray out;
    QByteArray prev(columns, '\0');
    for (qsizetype at = 0; at + 1 + columns <= data.size(); at += columns + 1) {
        const int type = quint8(data.at(at));
        QByteArray row = data.mid(at + 1, columns);
        for (int i = 0; i < columns; ++i) {
            const int left = i > 0 ? quint8(row.at(i - 1)) : 0;
            const int up = quint8(prev.at(i));
            const int upLeft = i > 0 ? quint8(prev.at(i - 1)) : 0;
            int add = 0;
            if (type == 1)
                add = left;
            else if (type == 2)
                add = up;
            else if (type == 3)
                add = (left + up) / 2;
            else if (type == 4) {
                const int p = left + up - upLeft;
                const int pa = std::abs(p - left), pb = std::abs(p - up), pc = std::abs(p - upLeft);
                add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
            }
            row[i] = char(quint8(row.at(i)) + add);
        }
        out += row;
        prev = row;
    }
    return out;
}

// The decoded data of the stream whose dictionary spans `dict` (no filter or FlateDecode).
std::optional<QByteArray> streamData(const QByteArray &b, Span dict, const Xref *xref)
{
    qsizetype p = skipSpace(b, dict.end);
    if (b.mid(p, 6) != "stream")
        return std::nullopt;
    p += 6;
    if (b.mid(p, 2) == "\r\n")
        p += 2;
    else if (p < b.size() && (b.at(p) == '\n' || b.at(p) == '\r'))
        ++p;
    std::optional<qint64> length;
    if (const auto l = dictValue(b, dict, "Length")) {
        length = integerAt(b, *l);
        if (!length && xref)
            if (const auto r = refAt(b, *l))
                if (const auto text = objectText(b, *xref, *r))
                    length = integerAt(*text, whole(*text));
    }
    if (!length || *length < 0 || p + *length > b.size()) {
        const qsizetype end = b.indexOf("endstream", p);
        if (end < 0)
            return std::nullopt;
        length = end - p;
    }
    QByteArray data = b.mid(p, *length);
    const auto filter = dictValue(b, dict, "Filter");
    if (filter) {
        const QByteArray f = textOf(b, *filter);
        if (f != "/FlateDecode" && f != "[/FlateDecode]" && f != "[ /FlateDecode ]")
            return std::nullopt;
        const auto inflated = inflate(data);
        if (!inflated)
            return std::nullopt;
        data = *inflated;
    }
    if (const auto parms = dictValue(b, dict, "DecodeParms")) {
        const auto predictor = dictValue(b, *parms, "Predictor");
        const int pred = predictor ? int(integerAt(b, *predictor).value_or(1)) : 1;
        if (pred >= 10) {
            const auto columns = dictValue(b, *parms, "Columns");
            return unpredict(data, columns ? int(integerAt(b, *columns).value_or(1)) : 1);
        }
        if (pred != 1)
            return std::nullopt;
    }
    return data;
}

struct Reader {
    Q_DECLARE_TR_FUNCTIONS(PdfSigner)
};

// One cross-reference stream section into x; its dictionary's /Prev and /XRefStm are the caller's.
bool readStreamSection(const QByteArray &b, Span dict, Xref &x)
{
    const auto data = streamData(b, dict, nullptr);
    const auto w = dictValue(b, dict, "W");
    const auto widths = w ? arrayItems(b, *w) : std::nullopt;
    if (!data || !widths || widths->size() != 3)
        return false;
    int width[3];
    for (int i = 0; i < 3; ++i) {
        width[i] = int(integerAt(b, widths->at(i)).value_or(-1));
        if (width[i] < 0 || width[i] > 8)
            return false;
    }
    const int row = width[0] + width[1] + width[2];
    QList<qint64> index;
    if (const auto idx = dictValue(b, dict, "Index")) {
        for (const Span &s : arrayItems(b, *idx).value_or(QList<Span>{}))
            index << integerAt(b, s).value_or(-1);
    } else {
        index << 0 << integerAt(b, dictValue(b, dict, "Size").value_or(Span{})).value_or(0);
    }
    if (row == 0 || index.size() % 2 != 0)
        return false;
    qsizetype at = 0;
    auto field = [&](int k, qint64 fallback) {
        qint64 v = 0;
        for (int i = 0; i < width[k]; ++i)
            v = (v << 8) | quint8(data->at(at++));
        return width[k] == 0 ? fallback : v;
    };
    for (int s = 0; s < index.size(); s += 2) {
        if (index[s] < 0 || index[s + 1] < 0 || index[s] + index[s + 1] > kMaxObjects)
            return false;
        for (qint64 i = 0; i < index[s + 1]; ++i) {
            if (at + row > data->size())
                return false;
            const int num = int(index[s] + i);
            const qint64 type = field(0, 1), f2 = field(1, 0), f3 = field(2, 0);
            if (x.entries.contains(num))
                continue;
            XrefEntry e;
            if (type == 1)
                e = {f2, int(f3), 0, 0};
            else if (type == 2)
                e = {-1, 0, int(f2), int(f3)};
            x.entries.insert(num, e); // type 0 (free) stays free under older sections
        }
    }
    return true;
}

// One classic table section from p (after "xref") into x; returns the trailer's span.
Span readTableSection(const QByteArray &b, qsizetype p, Xref &x)
{
    for (;;) {
        p = skipSpace(b, p);
        if (b.mid(p, 7) == "trailer")
            return valueAt(b, p + 7);
        const Span firstSpan = valueAt(b, p);
        const Span countSpan = valueAt(b, firstSpan.end);
        const auto first = integerAt(b, firstSpan);
        const auto count = integerAt(b, countSpan);
        if (!first || !count || *count < 0 || *first < 0 || *first + *count > kMaxObjects)
            return {};
        p = countSpan.end;
        for (qint64 i = 0; i < *count; ++i) {
            const Span off = valueAt(b, p);
            const Span gen = valueAt(b, off.end);
            const Span kind = valueAt(b, gen.end);
            const auto o = integerAt(b, off);
            const auto g = integerAt(b, gen);
            if (!o || !g || !kind.valid())
                return {};
            const int num = int(*first + i);
            if (!x.entries.contains(num))
                x.entries.insert(num, textOf(b, kind) == "n" ? XrefEntry{*o, int(*g), 0, 0} : XrefEntry{});
            p = kind.end;
        }
    }
}

// The dictionary of the indirect object at offset, after "N G obj".
Span objectAt(const QByteArray &b, qint64 offset, int *num = nullptr)
{
    const Span n = valueAt(b, offset);
    const Span gen = valueAt(b, n.end);
    const qsizetype kw = skipSpace(b, gen.end);
    if (!n.valid() || !gen.valid() || b.mid(kw, 3) != "obj")
        return {};
    if (num)
        *num = int(integerAt(b, n).value_or(0));
    return valueAt(b, kw + 3);
}

} // namespace

std::optional<Xref> readXref(const QByteArray &b, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype sx = b.lastIndexOf("startxref");
    if (sx < 0)
        return fail(Reader::tr("not a PDF file: no startxref"));
    Xref x;
    const auto start = integerAt(b, valueAt(b, sx + 9));
    if (!start || *start <= 0 || *start >= b.size())
        return fail(Reader::tr("the PDF's startxref offset is broken"));
    x.startxref = *start;
    QSet<qint64> seen; // a /Prev loop must end
    QList<qint64> pending{x.startxref};
    bool first = true;
    while (!pending.isEmpty()) {
        const qint64 offset = pending.takeFirst();
        if (offset <= 0 || offset >= b.size() || seen.contains(offset))
            continue;
        seen.insert(offset);
        const qsizetype p = skipSpace(b, offset);
        Span dict;
        if (b.mid(p, 4) == "xref") {
            dict = readTableSection(b, p + 4, x);
            if (!dictEntries(b, dict))
                return fail(Reader::tr("the PDF's cross-reference table is broken"));
            // A hybrid file: the stream completes this section, before the older ones.
            if (const auto stm = dictValue(b, dict, "XRefStm"))
                pending.prepend(integerAt(b, *stm).value_or(0));
        } else {
            dict = objectAt(b, p);
            const auto type = dict.valid() ? dictValue(b, dict, "Type") : std::nullopt;
            if (!type || textOf(b, *type) != "/XRef" || !readStreamSection(b, dict, x))
                return fail(Reader::tr("the PDF's cross-reference stream is broken or uses a filter other than "
                                       "FlateDecode"));
            if (first)
                x.streams = true;
        }
        if (first) {
            x.trailer = textOf(b, dict);
            x.size = integerAt(b, dictValue(b, dict, "Size").value_or(Span{})).value_or(0);
            first = false;
        }
        if (const auto prev = dictValue(b, dict, "Prev"))
            pending.append(integerAt(b, *prev).value_or(0));
    }
    for (auto it = x.entries.begin(); it != x.entries.end();)
        it = it->inUse() ? std::next(it) : x.entries.erase(it);
    if (x.size <= 0)
        return fail(Reader::tr("the PDF's trailer has no /Size"));
    if (dictValue(x.trailer, whole(x.trailer), "Encrypt"))
        return fail(Reader::tr("the PDF is encrypted: sign it before encrypting"));
    return x;
}

std::optional<QByteArray> objectText(const QByteArray &b, const Xref &xref, Ref ref)
{
    const auto it = xref.entries.constFind(ref.num);
    if (it == xref.entries.constEnd())
        return std::nullopt;
    if (it->offset > 0) {
        int num = 0;
        const Span value = objectAt(b, it->offset, &num);
        return value.valid() && num == ref.num ? std::optional<QByteArray>(textOf(b, value)) : std::nullopt;
    }
    // In an object stream: "num offset" pairs, then the objects from /First on.
    const auto holder = xref.entries.constFind(it->stream);
    if (holder == xref.entries.constEnd() || holder->offset <= 0)
        return std::nullopt;
    const Span dict = objectAt(b, holder->offset);
    const auto data = dict.valid() ? streamData(b, dict, &xref) : std::nullopt;
    const auto firstValue = dict.valid() ? dictValue(b, dict, "First") : std::nullopt;
    const qint64 first = firstValue ? integerAt(b, *firstValue).value_or(-1) : -1;
    if (!data || first < 0)
        return std::nullopt;
    qsizetype p = 0;
    for (int i = 0; i <= it->index; ++i) {
        const Span num = valueAt(*data, p);
        const Span off = valueAt(*data, num.end);
        if (!num.valid() || !off.valid() || off.end > first)
            return std::nullopt;
        if (i == it->index && integerAt(*data, num) == ref.num) {
            const Span value = valueAt(*data, first + integerAt(*data, off).value_or(-first - 1));
            return value.valid() ? std::optional<QByteArray>(textOf(*data, value)) : std::nullopt;
        }
        p = off.end;
    }
    return std::nullopt;
}

} // namespace xj::pdf
