#pragma once
// Bulletins in the store (migration 005): drafts the inspector edits, finalised bulletins whose
// signed PDF is kept byte for byte with its SHA-256 (what `xunjian verify` matches a file
// against), retractions, and corrected versions that supersede an earlier one. A final row is
// immutable: every update here is guarded by state = 'draft' and a database trigger refuses the
// rest, so no other writer can change a published bulletin either.
//
// 发文字号 come from per-template, per-year sequences and are taken only at finalisation, inside
// the transaction that stores the PDF: a draft that is never finalised uses no number, and two
// finalisations never get the same one.
//
// Threading: the thread of the Store it wraps.

#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>
#include <optional>

namespace xj {

struct BulletinRecord {
    enum State { Draft, Final, Retracted };
    qint64 id = 0;
    QString roundId;        // empty: not tied to a round
    int version = 1;        // 1, or the superseded bulletin's version + 1
    State state = Draft;
    QString documentNumber; // 发文字号, given at finalisation
    QString numberTemplate; // the sequence it came from
    QString title;
    QString document;       // the content (BulletinDocument) as JSON text
    QDateTime createdAt;
    QDateTime finalizedAt;
    QByteArray pdf;         // the signed PDF, exactly as published (final/retracted only)
    QString sha256;         // of pdf, lowercase hex
    QString signer;         // the signing certificate's CN
    QDateTime retractedAt;
    QString retractReason;
    qint64 supersedesId = 0;

    static QString stateName(State s);
};

// What finalisation stores: the PDF as it will be published (typeset with the number, signed).
struct FinalPdf {
    QByteArray pdf;
    QString signer;
    QString documentNumber; // the 发文字号 printed in it (DocumentNumber::format of the sequence)
};

class BulletinRecords {
    Q_DECLARE_TR_FUNCTIONS(BulletinRecords)
public:
    explicit BulletinRecords(Store &store) : m_store(store) {}

    // Inserts a draft (id 0) or updates one; returns its id, 0 with lastError() on failure —
    // also when the row is no longer a draft.
    qint64 saveDraft(const BulletinRecord &draft);
    // Deletes a draft (never a final row).
    bool deleteDraft(qint64 id);

    // Finalises draft `id`: in one transaction takes the next number of `numberTemplate`'s
    // sequence for `year`, asks `render` for the published PDF carrying it (the caller spells the
    // 发文字号 with DocumentNumber::format and typesets and signs), and stores PDF, SHA-256,
    // signer, number and time. Nothing is kept (not even the number) when render returns nullopt
    // or anything fails. An empty template takes no number (render gets 0).
    using Render = std::function<std::optional<FinalPdf>(int sequenceNumber)>;
    bool finalize(qint64 id, const QString &numberTemplate, int year, const Render &render);
    // final → retracted, with the reason; the PDF and number stay on record.
    bool retract(qint64 id, const QString &reason);
    // A new draft that supersedes final or retracted bulletin `id`: same round, title and
    // content, version + 1. Returns its id, 0 on failure.
    qint64 newVersion(qint64 id);

    std::optional<BulletinRecord> bulletin(qint64 id) const;
    // The round's bulletins, oldest first, without their PDF bytes.
    QList<BulletinRecord> bulletins(const QString &roundId) const;
    // The finalised (or retracted) bulletin whose stored PDF has this SHA-256 (hex, any case).
    std::optional<BulletinRecord> findBySha256(const QString &sha256Hex) const;
    // The bulletin that supersedes `id`, if any.
    std::optional<BulletinRecord> supersededBy(qint64 id) const;

    // Takes the next number of the template's sequence for the year (1 for the first). Call it
    // inside a transaction that also stores the number, as finalize does.
    int takeNumber(const QString &numberTemplate, int year);
    // The last number given, 0 when none (for display; does not take one).
    int lastNumber(const QString &numberTemplate, int year) const;

    QString lastError() const { return m_error.isEmpty() ? m_store.lastError() : m_error; }

private:
    bool failed(const QString &why) const;
    Store &m_store;
    mutable QString m_error;
};

} // namespace xj
