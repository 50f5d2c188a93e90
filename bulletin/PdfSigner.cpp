// The incremental update that carries the signature (see PdfSigner.h).
#include "PdfSigner.h"
#include "PdfSignerSyntax.h"

#include <QMap>
#include <QTimeZone>

namespace xj {

namespace {

using namespace xj::pdf;

// The width reserved for each ByteRange number: files up to 10 GB.
constexpr int kRangeDigits = 10;

QByteArray pdfDate(const QDateTime &when)
{
    return "(D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "+00'00')";
}

struct Update {
    QMap<int, QPair<int, QByteArray>> objects; // number → (generation, value text)
    void put(Ref r, const QByteArray &value) { objects.insert(r.num, {r.gen, value}); }
};

// The first page (depth-first through /Kids), for the widget's /P and the page's /Annots.
std::optional<Ref> firstPage(const QByteArray &b, const Xref &xref, const QByteArray &catalog)
{
    const auto pagesValue = dictValue(catalog, whole(catalog), "Pages");
    std::optional<Ref> node = pagesValue ? refAt(catalog, *pagesValue) : std::nullopt;
    for (int depth = 0; node && depth < 32; ++depth) {
        const QByteArray dict = objectText(b, xref, *node).value_or(QByteArray());
        const auto type = dictValue(dict, whole(dict), "Type");
        if (type && textOf(dict, *type) == "/Page")
            return node;
        const auto kids = dictValue(dict, whole(dict), "Kids");
        const auto items = kids ? arrayItems(dict, *kids) : std::nullopt;
        if (!items || items->isEmpty())
            return std::nullopt;
        node = refAt(dict, items->first());
    }
    return std::nullopt;
}

QByteArray bigEndian(qint64 v, int width)
{
    QByteArray out(width, '\0');
    for (int i = width - 1; i >= 0; --i, v >>= 8)
        out[i] = char(v & 0xff);
    return out;
}

// The new cross-reference section and trailer: a table, or a stream where the file uses streams
// (a table may not follow a stream section). `objects` maps number → (generation, offset).
void appendXref(QByteArray &out, const Xref &xref, QMap<int, QPair<int, qint64>> objects, int size)
{
    const qint64 xrefAt = out.size();
    QByteArray trailer = withoutEntry(xref.trailer, "XRefStm");
    trailer = withEntry(trailer, "Prev", QByteArray::number(xref.startxref));
    if (xref.streams) {
        objects.insert(size, {0, xrefAt}); // the stream's own entry
        ++size;
    }
    QByteArray index, table, rows;
    for (auto it = objects.constBegin(); it != objects.constEnd();) {
        auto end = it;
        int count = 0;
        while (end != objects.constEnd() && end.key() == it.key() + count) {
            ++end;
            ++count;
        }
        index += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + ' ';
        table += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != end; ++it) {
            table += QByteArray::number(it->second).rightJustified(10, '0') + ' '
                + QByteArray::number(it->first).rightJustified(5, '0') + " n \n";
            rows += '\x01' + bigEndian(it->second, 5) + bigEndian(it->first, 2);
        }
    }
    trailer = withEntry(trailer, "Size", QByteArray::number(size));
    if (!xref.streams) {
        out += "xref\n" + table + "trailer\n" + trailer;
    } else {
        for (const QByteArray key : {"Filter", "DecodeParms", "Index", "W", "Length", "Type"})
            trailer = withoutEntry(trailer, key);
        trailer = withEntry(trailer, "Type", "/XRef");
        trailer = withEntry(trailer, "W", "[1 5 2]");
        trailer = withEntry(trailer, "Index", '[' + index.trimmed() + ']');
        trailer = withEntry(trailer, "Length", QByteArray::number(rows.size()));
        out += QByteArray::number(size - 1) + " 0 obj\n" + trailer + "\nstream\n" + rows + "\nendstream\nendobj";
    }
    out += "\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
}

} // namespace

QByteArray PdfSigner::sign(const QByteArray &pdf, const SigningIdentity &identity, const SignOptions &options,
                           QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (!pdf.startsWith("%PDF-"))
        return fail(tr("not a PDF file"));
    QString why;
    const auto xref = readXref(pdf, &why);
    if (!xref)
        return fail(why);
    const QByteArray &trailer = xref->trailer;
    const auto rootValue = dictValue(trailer, whole(trailer), "Root");
    const auto root = rootValue ? refAt(trailer, *rootValue) : std::nullopt;
    const QByteArray catalog = root ? objectText(pdf, *xref, *root).value_or(QByteArray()) : QByteArray();
    if (!dictEntries(catalog, whole(catalog)))
        return fail(tr("the PDF's document catalog (/Root) cannot be read"));
    const auto page = firstPage(pdf, *xref, catalog);
    if (!page)
        return fail(tr("the PDF has no page to attach the signature field to"));

    Update update;
    int next = int(xref->size);
    const Ref sigRef{next++, 0};
    const Ref fieldRef{next++, 0};
    auto generation = [&xref](Ref r) {
        r.gen = xref->entries.value(r.num).gen; // objects in object streams have generation 0
        return r;
    };

    // The AcroForm: a new one, or the existing one (inline or indirect) with the field added.
    QByteArray catalogText = catalog;
    int fieldCount = 0;
    auto addField = [&](QByteArray form) -> std::optional<QByteArray> {
        const auto fields = dictValue(form, whole(form), "Fields");
        if (!dictEntries(form, whole(form)) || (fields && !arrayItems(form, *fields)))
            return std::nullopt; // /Fields by reference: rare, not handled
        if (fields)
            fieldCount = int(arrayItems(form, *fields)->size());
        const QByteArray list = fields ? withItem(textOf(form, *fields), fieldRef.text()) : '[' + fieldRef.text() + ']';
        form = withEntry(form, "Fields", list);
        return withEntry(form, "SigFlags", "3");
    };
    const auto formValue = dictValue(catalog, whole(catalog), "AcroForm");
    if (!formValue) {
        const Ref formRef{next++, 0};
        update.put(formRef, *addField("<< >>"));
        catalogText = withEntry(catalogText, "AcroForm", formRef.text());
    } else if (const auto formRef = refAt(catalog, *formValue)) {
        const auto form = addField(objectText(pdf, *xref, *formRef).value_or(QByteArray()));
        if (!form)
            return fail(tr("the PDF's form (/AcroForm) cannot be extended"));
        update.put(generation(*formRef), *form);
    } else {
        const auto form = addField(textOf(catalog, *formValue));
        if (!form)
            return fail(tr("the PDF's form (/AcroForm) cannot be extended"));
        catalogText = withEntry(catalogText, "AcroForm", *form);
    }
    if (catalogText != catalog)
        update.put(generation(*root), catalogText);

    // The widget belongs to the first page's /Annots (inline array, indirect array, or none yet).
    const QByteArray pageDict = objectText(pdf, *xref, *page).value_or(QByteArray());
    const auto annots = dictValue(pageDict, whole(pageDict), "Annots");
    if (!annots) {
        update.put(generation(*page), withEntry(pageDict, "Annots", '[' + fieldRef.text() + ']'));
    } else if (const auto annotsRef = refAt(pageDict, *annots)) {
        const QByteArray array = objectText(pdf, *xref, *annotsRef).value_or(QByteArray());
        if (!arrayItems(array, whole(array)))
            return fail(tr("the first page's annotations cannot be read"));
        update.put(generation(*annotsRef), withItem(array, fieldRef.text()));
    } else {
        if (!arrayItems(pageDict, *annots))
            return fail(tr("the first page's annotations cannot be read"));
        update.put(generation(*page), withEntry(pageDict, "Annots", withItem(textOf(pageDict, *annots), fieldRef.text())));
    }
    // Invisible (zero rectangle), printed and locked: the seal image is part of the page itself.
    // The field name is an identifier, the same in every language.
    update.put(fieldRef, "<< /Type /Annot /Subtype /Widget /FT /Sig /T " + textString(QStringLiteral("Signature%1").arg(fieldCount + 1))
                             + " /V " + sigRef.text() + " /P " + page->text() + " /Rect [0 0 0 0] /F 132 >>");

    const QDateTime when = options.signingTime.isValid() ? options.signingTime : QDateTime::currentDateTimeUtc();
    const QByteArray subFilter =
        options.subFilter == SignOptions::CadesDetached ? "/ETSI.CAdES.detached" : "/adbe.pkcs7.detached";
    QByteArray extra;
    if (!identity.signerName().isEmpty())
        extra += " /Name " + textString(identity.signerName());
    if (!options.reason.isEmpty())
        extra += " /Reason " + textString(options.reason);
    if (!options.location.isEmpty())
        extra += " /Location " + textString(options.location);

    for (int reserved = std::max(options.reservedBytes, 1024), attempt = 0; attempt < 2; ++attempt) {
        // Placeholders of fixed width, filled in once the offsets are known.
        const QByteArray rangeHolder = "[0 " + QByteArray(3 * (kRangeDigits + 1) - 1, ' ') + ']';
        const QByteArray contentsHolder = '<' + QByteArray(2 * reserved, '0') + '>';
        Update u = update;
        u.put(sigRef, "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter " + subFilter + " /ByteRange " + rangeHolder
                          + " /Contents " + contentsHolder + " /M " + pdfDate(when) + extra + " >>");

        QByteArray out = pdf;
        if (!out.endsWith('\n') && !out.endsWith('\r'))
            out += '\n';
        QMap<int, QPair<int, qint64>> offsets;
        for (auto it = u.objects.constBegin(); it != u.objects.constEnd(); ++it) {
            offsets.insert(it.key(), {it->first, out.size()});
            out += QByteArray::number(it.key()) + ' ' + QByteArray::number(it->first) + " obj\n" + it->second
                + "\nendobj\n";
        }
        appendXref(out, *xref, offsets, next);

        // The signed ranges: everything but the Contents hex string, delimiters included in the gap.
        const qsizetype sigAt = offsets.value(sigRef.num).second;
        const qsizetype gapBegin = out.indexOf(contentsHolder, sigAt);
        const qsizetype gapEnd = gapBegin + contentsHolder.size();
        QByteArray range = "[0 " + QByteArray::number(gapBegin) + ' ' + QByteArray::number(gapEnd) + ' '
            + QByteArray::number(out.size() - gapEnd);
        range = range.leftJustified(rangeHolder.size() - 1, ' ') + ']';
        out.replace(out.indexOf(rangeHolder, sigAt), rangeHolder.size(), range);

        QString cmsError;
        const QByteArray cms = cmsSignature(out.left(gapBegin) + out.mid(gapEnd), identity, &cmsError);
        if (cms.isEmpty())
            return fail(cmsError);
        if (cms.size() > reserved) {
            reserved = int(cms.size()) + 1024;
            continue;
        }
        const QByteArray hex = cms.toHex().toUpper();
        out.replace(gapBegin + 1, hex.size(), hex);
        return out;
    }
    return fail(tr("the signature did not fit the space reserved for it"));
}

} // namespace xj
