#pragma once
// Turns a drafted bulletin into what is filed and sent: the PDF typeset to GB/T 9704 (attachments
// following the body), each attachment as a PDF of its own and as XLSX, and — when a signer is
// given — the finalised version: a 发文字号 taken from the store's yearly sequence, typeset into
// the document, the PDF signed (PAdES B-B) and kept immutable in the store with its SHA-256.
// The same steps for `xunjian bulletin` and the GUI's "Issue bulletin".
//
// Threads: any thread that owns the Store (typesetting needs only a QGuiApplication); one call at
// a time per Store. Nothing is written to the store or the attachments folder when anything fails
// before it (the number is taken inside the finalising transaction).

#include "BulletinDocument.h"
#include "BulletinTypesetter.h"
#include "PdfSigner.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace xj {

class Store;

struct PublishOptions {
    TypesetOptions typeset;
    QString attachmentsDir;                      // empty: no separate attachment files
    std::optional<SigningIdentity> signer;       // none: an unsigned draft PDF, no number taken
    SignOptions signOptions;
    QString numberTemplate;                      // 揭政数局函〔{year}〕{n}号; empty: no number
    int year = 0;                                // of the sequence; 0: the document's date's year
    std::function<void(int percent, const QString &step)> progress; // optional
};

struct PublishResult {
    QByteArray pdf;             // exactly what was written / stored
    QString sha256;             // hex, of pdf
    QString documentNumber;     // empty for a draft
    qint64 bulletinId = 0;      // the finalised bulletin in the store; 0 for a draft
    int pages = 0;
    QStringList attachmentFiles; // written into attachmentsDir
    QStringList fontNotes;       // substitutions (BulletinFonts::notes)
};

class BulletinPublisher {
    Q_DECLARE_TR_FUNCTIONS(BulletinPublisher)

public:
    // store may be null for an unsigned draft; a signed bulletin needs it (finalisation).
    static std::optional<PublishResult> publish(Store *store, const QString &roundId, BulletinDocument document,
                                                const PublishOptions &options, QString *error = nullptr);

    // Finalises the draft row `draftId` (its version and what it supersedes kept): the number taken,
    // typeset into `document`, the PDF signed and stored (BulletinRecords::finalize), then the
    // attachments written. options.signer is required. The draft stays a draft when anything fails
    // before the PDF is stored.
    static std::optional<PublishResult> finalizeDraft(Store &store, qint64 draftId, BulletinDocument document,
                                                      const PublishOptions &options, QString *error = nullptr);

    // The attachments as files: "附件1 名称.pdf" and "附件1 名称.xlsx" (a title's / and \ become _).
    static std::optional<QStringList> writeAttachments(const BulletinDocument &document, const QString &dir,
                                                       const TypesetOptions &typeset, QString *error = nullptr);

private:
    // The rest of a result once its PDF is made: pages, font notes, SHA-256, attachment files.
    static std::optional<PublishResult> complete(PublishResult result, const BulletinTypesetter &typesetter,
                                                 const BulletinDocument &document, const PublishOptions &options,
                                                 QString *error);
};

} // namespace xj
