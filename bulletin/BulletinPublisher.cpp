#include "BulletinPublisher.h"

#include "AttachmentTables.h"
#include "BulletinRecords.h"
#include "DocumentNumber.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>

namespace xj {

namespace {

void report(const PublishOptions &o, int percent, const QString &step)
{
    if (o.progress)
        o.progress(percent, step);
}

QString fileSafe(QString s)
{
    static const QString bad = QStringLiteral("/\\:*?\"<>|\n\r\t");
    for (QChar &c : s)
        if (bad.contains(c))
            c = QLatin1Char('_');
    return s.trimmed().left(80);
}

} // namespace

std::optional<QStringList> BulletinPublisher::writeAttachments(const BulletinDocument &document, const QString &dir,
                                                               const TypesetOptions &typeset, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(dir);
        return std::nullopt;
    }
    QStringList files;
    const bool numbered = document.attachments.size() > 1;
    for (int i = 0; i < document.attachments.size(); ++i) {
        const BulletinAttachment &a = document.attachments.at(i);
        const QString label = numbered ? tr("附件%1").arg(i + 1) : tr("附件");
        const QString base = QDir(dir).filePath(fileSafe(label + QLatin1Char(' ') + QString(a.title).remove(QLatin1Char('\n'))));
        BulletinTypesetter typesetter(typeset);
        const QByteArray pdf = typesetter.attachmentPdf(document, i, error);
        if (pdf.isEmpty() || !BulletinTypesetter::writeFile(base + QStringLiteral(".pdf"), pdf, error))
            return std::nullopt;
        files << base + QStringLiteral(".pdf");
        if (!a.table.header.isEmpty()) {
            if (!AttachmentTables::writeXlsx(a, base + QStringLiteral(".xlsx"), error))
                return std::nullopt;
            files << base + QStringLiteral(".xlsx");
        }
    }
    return files;
}

std::optional<PublishResult> BulletinPublisher::complete(PublishResult result, const BulletinTypesetter &typesetter,
                                                         const BulletinDocument &document, const PublishOptions &options,
                                                         QString *error)
{
    result.pages = typesetter.pageCount();
    result.fontNotes = typesetter.fontNotes();
    result.sha256 = QString::fromLatin1(QCryptographicHash::hash(result.pdf, QCryptographicHash::Sha256).toHex());
    if (!options.attachmentsDir.isEmpty()) {
        report(options, 80, tr("Writing the attachments"));
        const auto files = writeAttachments(document, options.attachmentsDir, options.typeset, error);
        if (!files)
            return std::nullopt;
        result.attachmentFiles = *files;
    }
    report(options, 100, tr("Done"));
    return result;
}

std::optional<PublishResult> BulletinPublisher::finalizeDraft(Store &store, qint64 draftId, BulletinDocument document,
                                                              const PublishOptions &options, QString *error)
{
    if (!options.signer) {
        if (error)
            *error = tr("Finalising needs the signer's certificate.");
        return std::nullopt;
    }
    BulletinTypesetter typesetter(options.typeset);
    BulletinRecords records(store);
    const int year = options.year > 0 ? options.year : (document.date.isValid() ? document.date.year() : QDate::currentDate().year());
    QString renderError;
    const bool ok = records.finalize(draftId, options.numberTemplate, year, [&](int sequence) -> std::optional<FinalPdf> {
        if (!options.numberTemplate.isEmpty())
            document.documentNumber = DocumentNumber::format(options.numberTemplate, year, sequence);
        report(options, 10, tr("Typesetting"));
        const QByteArray pdf = typesetter.pdf(document, &renderError);
        if (pdf.isEmpty())
            return std::nullopt;
        report(options, 60, tr("Signing"));
        const QByteArray signedPdf = PdfSigner::sign(pdf, *options.signer, options.signOptions, &renderError);
        if (signedPdf.isEmpty())
            return std::nullopt;
        return FinalPdf{signedPdf, options.signer->signerName(), document.documentNumber};
    });
    if (!ok) {
        if (error)
            *error = renderError.isEmpty() ? records.lastError() : renderError;
        return std::nullopt;
    }
    const auto stored = records.bulletin(draftId);
    if (!stored) {
        if (error)
            *error = records.lastError();
        return std::nullopt;
    }
    PublishResult result;
    result.pdf = stored->pdf;
    result.bulletinId = draftId;
    result.documentNumber = stored->documentNumber;
    return complete(result, typesetter, document, options, error);
}

std::optional<PublishResult> BulletinPublisher::publish(Store *store, const QString &roundId, BulletinDocument document,
                                                        const PublishOptions &options, QString *error)
{
    if (options.signer) {
        if (!store) {
            if (error)
                *error = tr("A signed bulletin is finalised in a store; none is open.");
            return std::nullopt;
        }
        BulletinRecords records(*store);
        BulletinRecord draft;
        draft.roundId = roundId;
        draft.title = document.title;
        draft.document = QString::fromUtf8(QJsonDocument(document.toJson()).toJson(QJsonDocument::Compact));
        const qint64 id = records.saveDraft(draft);
        if (id == 0) {
            if (error)
                *error = records.lastError();
            return std::nullopt;
        }
        QString finalizeError;
        auto result = finalizeDraft(*store, id, document, options, &finalizeError);
        // The draft row was only the vehicle of this finalisation: gone again when it failed
        // (deleteDraft never touches a row that became final).
        if (!result)
            records.deleteDraft(id);
        if (!result && error)
            *error = finalizeError;
        return result;
    }
    PublishResult result;
    BulletinTypesetter typesetter(options.typeset);
    report(options, 10, tr("Typesetting"));
    result.pdf = typesetter.pdf(document, error);
    if (result.pdf.isEmpty())
        return std::nullopt;
    return complete(result, typesetter, document, options, error);
}

} // namespace xj
