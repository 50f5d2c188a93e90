// The signer's identity (PKCS#12) and the CMS SignedData of a PAdES B-B signature.
#include "PdfSigner.h"
#include "PdfSignerKeys.h"

#include <QCryptographicHash>
#include <QFile>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <algorithm>

namespace xj {

SigningIdentity::Keys::~Keys()
{
    EVP_PKEY_free(key);
    X509_free(certificate);
    sk_X509_pop_free(chain, X509_free);
}

QString takeOpensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

QString certificateCommonName(X509 *cert)
{
    X509_NAME *subject = X509_get_subject_name(cert);
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (index < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index)));
    if (len < 0)
        return {};
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return name;
}

std::optional<SigningIdentity> SigningIdentity::fromPkcs12(const QString &path, const QString &password, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the certificate file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromPkcs12Data(file.readAll(), password, error);
}

std::optional<SigningIdentity> SigningIdentity::fromPkcs12Data(const QByteArray &pkcs12, const QString &password,
                                                               QString *error)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(pkcs12.constData());
    PKCS12 *p12 = d2i_PKCS12(nullptr, &p, pkcs12.size());
    if (!p12) {
        if (error)
            *error = tr("not a PKCS#12 (.p12/.pfx) file: %1").arg(takeOpensslError());
        return std::nullopt;
    }
    auto keys = std::make_shared<Keys>();
    QByteArray pass = password.toUtf8();
    const int ok = PKCS12_parse(p12, pass.constData(), &keys->key, &keys->certificate, &keys->chain);
    std::fill(pass.begin(), pass.end(), '\0'); // the password does not linger in our memory
    PKCS12_free(p12);
    if (!ok || !keys->key || !keys->certificate) {
        if (error)
            *error = tr("cannot open the PKCS#12 file (wrong password, or no key and certificate in it): %1")
                         .arg(takeOpensslError());
        return std::nullopt;
    }
    if (X509_check_private_key(keys->certificate, keys->key) != 1) {
        if (error)
            *error = tr("the PKCS#12 file's key does not belong to its certificate");
        return std::nullopt;
    }
    SigningIdentity id;
    id.m_keys = keys;
    id.m_name = certificateCommonName(keys->certificate);
    return id;
}

QByteArray SigningIdentity::certificateDer() const
{
    unsigned char *der = nullptr;
    const int len = i2d_X509(m_keys->certificate, &der);
    if (len <= 0)
        return {};
    const QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

namespace {

QByteArray attributeDer(X509_ATTRIBUTE *a)
{
    unsigned char *der = nullptr;
    const int len = i2d_X509_ATTRIBUTE(a, &der);
    QByteArray out(reinterpret_cast<const char *>(der), std::max(len, 0));
    OPENSSL_free(der);
    return out;
}

QByteArray derLength(qsizetype n)
{
    if (n < 0x80)
        return QByteArray(1, char(n));
    QByteArray bytes;
    for (; n > 0; n >>= 8)
        bytes.prepend(char(n & 0xff));
    return char(0x80 | bytes.size()) + bytes;
}

// The signed attributes as the signature covers them: a DER SET OF, elements in the order of
// their encodings (X.690 11.6), which is also the order OpenSSL writes them in the SignerInfo.
QByteArray signedAttributesDer(CMS_SignerInfo *si)
{
    QList<QByteArray> items;
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i)
        items << attributeDer(CMS_signed_get_attr(si, i));
    std::sort(items.begin(), items.end());
    const QByteArray body = items.join();
    return char(0x31) + derLength(body.size()) + body;
}

} // namespace

QByteArray PdfSigner::cmsSignature(const QByteArray &data, const SigningIdentity &identity, QString *error)
{
    const SigningIdentity::Keys &keys = identity.keys();
    auto fail = [error](const QString &what) {
        if (error)
            *error = what + QStringLiteral(": ") + takeOpensslError();
        return QByteArray();
    };
    const unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL;
    CMS_ContentInfo *cms = CMS_sign(nullptr, nullptr, keys.chain, nullptr, flags);
    if (!cms)
        return fail(tr("cannot start the CMS signature"));
    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> guard(cms, CMS_ContentInfo_free);
    // CMS_CADES adds ESS signing-certificate-v2; CMS_PARTIAL leaves the signing to us, because
    // OpenSSL's own signing step would add a signing-time attribute, which PAdES B-B forbids.
    CMS_SignerInfo *si = CMS_add1_signer(cms, keys.certificate, keys.key, EVP_sha256(),
                                         CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP | CMS_CADES);
    if (!si)
        return fail(tr("cannot add the signer to the CMS signature"));
    const QByteArray digest = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    if (!CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data), -1)
        || !CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, digest.constData(),
                                        int(digest.size())))
        return fail(tr("cannot add the signed attributes"));

    const QByteArray toSign = signedAttributesDer(si);
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    size_t sigLen = 0;
    QByteArray signature;
    bool signedOk = EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, keys.key) == 1
        && EVP_DigestSign(md, nullptr, &sigLen, reinterpret_cast<const unsigned char *>(toSign.constData()),
                          size_t(toSign.size())) == 1;
    if (signedOk) {
        signature.resize(qsizetype(sigLen));
        signedOk = EVP_DigestSign(md, reinterpret_cast<unsigned char *>(signature.data()), &sigLen,
                                  reinterpret_cast<const unsigned char *>(toSign.constData()), size_t(toSign.size()))
            == 1;
        signature.resize(qsizetype(sigLen));
    }
    EVP_MD_CTX_free(md);
    if (!signedOk)
        return fail(tr("cannot sign with the private key"));
    if (!ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), signature.constData(), int(signature.size())))
        return fail(tr("cannot store the signature value"));

    unsigned char *der = nullptr;
    const int len = i2d_CMS_ContentInfo(cms, &der);
    if (len <= 0)
        return fail(tr("cannot encode the CMS signature"));
    const QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

} // namespace xj
