#pragma once
// Just enough PDF syntax for signing and verifying by incremental update: the extent of a value
// (dictionary, array, string, name, number, reference), the top-level entries of a dictionary,
// the cross-reference chain and the objects it points at (PdfSignerXref.cpp). Nothing is decoded or
// re-serialised: edits copy the original text of the values they keep, so a rewritten object
// says exactly what the old one said plus the new entries. Internal to bulletin/.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace xj::pdf {

// [begin, end) in the file (or in the text a function was given).
struct Span {
    qsizetype begin = -1;
    qsizetype end = -1;
    bool valid() const { return begin >= 0 && end >= begin; }
};

struct Ref {
    int num = 0;
    int gen = 0;
    bool valid() const { return num > 0; }
    QByteArray text() const { return QByteArray::number(num) + ' ' + QByteArray::number(gen) + " R"; }
};

// Past whitespace and comments.
qsizetype skipSpace(const QByteArray &b, qsizetype pos);
// The value starting at pos (after skipSpace); an integer pair followed by R counts as one value.
// Returns its end, or -1 when the text is not a value.
qsizetype valueEnd(const QByteArray &b, qsizetype pos);
// The value at pos as a span (whitespace skipped), invalid on error.
Span valueAt(const QByteArray &b, qsizetype pos);

struct Entry {
    QByteArray key; // without the slash
    Span value;
};
// Top-level entries of the dictionary spanning `dict` ("<< … >>"); nullopt when it is not one.
std::optional<QList<Entry>> dictEntries(const QByteArray &b, Span dict);
std::optional<Span> dictValue(const QByteArray &b, Span dict, const QByteArray &key);
// The items of an array spanning `array`; nullopt when it is not one.
std::optional<QList<Span>> arrayItems(const QByteArray &b, Span array);

std::optional<Ref> refAt(const QByteArray &b, Span value);
std::optional<qint64> integerAt(const QByteArray &b, Span value);
QByteArray textOf(const QByteArray &b, Span s);

// The dictionary text with key set to value (replaced where present, else added before ">>").
QByteArray withEntry(const QByteArray &dict, const QByteArray &key, const QByteArray &value);
// The array text with one more item.
QByteArray withItem(const QByteArray &array, const QByteArray &item);

QByteArray withoutEntry(const QByteArray &dict, const QByteArray &key);
inline Span whole(const QByteArray &text) { return {0, text.size()}; }

// Where an object is: at a file offset, or the index-th object of object stream `stream`.
struct XrefEntry {
    qint64 offset = -1;
    int gen = 0;
    int stream = 0;
    int index = 0;
    bool inUse() const { return offset > 0 || stream > 0; }
};

// The cross-reference chain from the last startxref (classic tables, cross-reference streams,
// hybrids), newest entries winning.
struct Xref {
    qint64 startxref = 0;
    QHash<int, XrefEntry> entries;
    QByteArray trailer;   // the newest trailer dictionary (for a stream section: its dictionary)
    qint64 size = 0;      // its /Size
    bool streams = false; // the newest section is a stream: an update must write one too
};
std::optional<Xref> readXref(const QByteArray &b, QString *error);
// The value text of object `ref`, direct or inside an object stream; nullopt when absent.
std::optional<QByteArray> objectText(const QByteArray &b, const Xref &xref, Ref ref);

// PDF text string: a literal string for ASCII, UTF-16BE with BOM as hex otherwise.
QByteArray textString(const QString &s);
// A PDF text string's value (literal or hex, PDFDocEncoding read as Latin-1, or UTF-16BE).
QString decodeTextString(const QByteArray &b, Span value);

} // namespace xj::pdf
