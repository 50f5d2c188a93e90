#pragma once
// The digital part of a bulletin's signature (GB/T 9704 reference, "Signing"): a PDF signature
// over the whole file, added by incremental update — the original bytes stay untouched and a
// reader sees the unsigned revision as a prefix. Appended: an invisible signature field (the
// visible red seal is drawn by the typesetter), its /Sig dictionary with /ByteRange and /Contents,
// an AcroForm with /SigFlags 3, the first page's /Annots, and a cross-reference section whose
// trailer points back with /Prev.
//
// The signature is PAdES baseline B-B: SubFilter ETSI.CAdES.detached, a detached CMS SignedData
// with SHA-256, the ESS signing-certificate-v2 attribute and no signing-time attribute (the
// claimed time is the dictionary's /M). adbe.pkcs7.detached is available for older readers.
// Works on PDFs with classic cross-reference tables (QPdfWriter writes those), cross-reference
// streams and object streams (FlateDecode, PNG predictors) and hybrids; the update is written in
// the form the file already uses. Encrypted files are refused with a reason.
//
// Threading: plain functions on values; an identity may be shared between threads read-only.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace xj {

// A signer's private key and certificate (with any chain certificates) from a PKCS#12 file.
// The password is used to open the file and is neither kept nor logged.
class SigningIdentity {
    Q_DECLARE_TR_FUNCTIONS(SigningIdentity)
public:
    static std::optional<SigningIdentity> fromPkcs12(const QString &path, const QString &password, QString *error);
    static std::optional<SigningIdentity> fromPkcs12Data(const QByteArray &pkcs12, const QString &password,
                                                         QString *error);

    // The certificate subject's common name (CN), e.g. the agency's name.
    QString signerName() const { return m_name; }
    QByteArray certificateDer() const;

    struct Keys; // OpenSSL objects, kept out of this header
    const Keys &keys() const { return *m_keys; }

private:
    std::shared_ptr<Keys> m_keys;
    QString m_name;
};

struct SignOptions {
    enum SubFilter { CadesDetached, Pkcs7Detached };
    SubFilter subFilter = CadesDetached;
    QDateTime signingTime; // written as /M; invalid: now
    QString reason;        // optional /Reason, e.g. 通报发布
    QString location;      // optional /Location
    int reservedBytes = 8192; // room for the CMS; grown and retried when too small
};

class PdfSigner {
    Q_DECLARE_TR_FUNCTIONS(PdfSigner)
public:
    // The signed file (the input followed by the incremental update), or empty with *error set.
    static QByteArray sign(const QByteArray &pdf, const SigningIdentity &identity, const SignOptions &options,
                           QString *error);

    // A detached CMS SignedData over `data` (PAdES B-B attributes), DER; empty with *error on failure.
    static QByteArray cmsSignature(const QByteArray &data, const SigningIdentity &identity, QString *error);
};

} // namespace xj
