#pragma once
// Checks the PDF signatures of a file as an independent reader would (and as `xunjian verify`
// reports them): for every signature dictionary, whether its /ByteRange is well formed and covers
// the whole file but the /Contents, whether the SHA-256 (or the CMS's digest algorithm) over the
// ranges equals the CMS messageDigest attribute, and whether the CMS signature is valid with the
// certificate it carries. The certificate is NOT checked against a trust list: a valid signature
// proves that the file is unchanged since someone holding that certificate's key signed it; who
// that is, the report names (subject CN) and the reader judges.
//
// Threading: a pure function of the bytes.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace xj {

struct SignatureCheck {
    QString subFilter;       // ETSI.CAdES.detached, adbe.pkcs7.detached, …
    QString signerName;      // the signer certificate's subject CN
    QString certificateSubject; // the whole subject, one line
    QDateTime signingTime;   // /M of the signature dictionary (claimed), invalid when absent
    QList<qint64> byteRange;
    bool byteRangeWellFormed = false; // starts at 0, the gap is exactly the /Contents string
    bool coversWholeFile = false;     // and the second range ends at the end of the file
    QString digestAlgorithm;          // sha256 …
    bool digestOk = false;            // recomputed digest == CMS messageDigest
    bool signatureOk = false;         // CMS signature over the signed attributes verifies
    bool hasSigningCertificateV2 = false; // ESS attribute PAdES requires
    bool hasSigningTimeAttribute = false; // PAdES B-B forbids it in the CMS
    QString problem;                  // the first thing wrong, human-readable

    bool ok() const { return byteRangeWellFormed && digestOk && signatureOk; }
    QJsonObject toJson() const;
};

struct VerificationReport {
    QList<SignatureCheck> signatures; // in file order
    QByteArray sha256;                // of the whole file
    qint64 fileSize = 0;
    // Filled by whoever has a store (BulletinRecords::findBySha256): a finalised bulletin whose
    // stored PDF has this file's SHA-256.
    qint64 bulletinId = 0;
    QString bulletinNumber;

    // At least one signature, every signature valid, and the last one covers the whole file.
    bool ok() const;
    QJsonObject toJson() const;
};

class PdfVerifier {
    Q_DECLARE_TR_FUNCTIONS(PdfVerifier)
public:
    static VerificationReport verify(const QByteArray &pdf);
    // What the report does not claim, for every output: "not checked against a trust list".
    static QString trustNote();
};

} // namespace xj
