#include "PdfVerifier.h"
#include "PdfSignerKeys.h"
#include "PdfSignerSyntax.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace xj {

namespace {

using namespace xj::pdf;

// "D:YYYYMMDDHHmmSSOHH'mm'" with every part after the year optional (ISO 32000 7.9.4).
QDateTime parsePdfDate(const QString &text)
{
    QString s = text.startsWith(QLatin1String("D:")) ? text.mid(2) : text;
    if (s.size() < 4)
        return {};
    auto part = [&s](int at, int len, int fallback) {
        bool ok = false;
        const int v = s.mid(at, len).toInt(&ok);
        return s.size() >= at + len && ok ? v : fallback;
    };
    const QDate date(part(0, 4, 0), part(4, 2, 1), part(6, 2, 1));
    const QTime time(part(8, 2, 0), part(10, 2, 0), part(12, 2, 0));
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    if (s.size() > 14 && (s.at(14) == QLatin1Char('+') || s.at(14) == QLatin1Char('-'))) {
        const QString zone = s.mid(15).remove(QLatin1Char('\''));
        offsetSeconds = (zone.left(2).toInt() * 60 + zone.mid(2, 2).toInt()) * 60;
        if (s.at(14) == QLatin1Char('-'))
            offsetSeconds = -offsetSeconds;
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
}

struct CmsDeleter {
    void operator()(CMS_ContentInfo *c) const { CMS_ContentInfo_free(c); }
};

// The CMS checks: digest against messageDigest, the signature over the signed attributes.
void checkCms(const QByteArray &der, const QByteArray &signedData, SignatureCheck &check)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<CMS_ContentInfo, CmsDeleter> cms(d2i_CMS_ContentInfo(nullptr, &p, der.size()));
    STACK_OF(CMS_SignerInfo) *infos = cms ? CMS_get0_SignerInfos(cms.get()) : nullptr;
    if (!infos || sk_CMS_SignerInfo_num(infos) < 1) {
        check.problem = PdfVerifier::tr("the /Contents is not a CMS SignedData: %1").arg(takeOpensslError());
        return;
    }
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(infos, 0);
    STACK_OF(X509) *certs = CMS_get1_certs(cms.get());
    X509 *signer = nullptr;
    for (int i = 0; certs && i < sk_X509_num(certs) && !signer; ++i)
        if (CMS_SignerInfo_cert_cmp(si, sk_X509_value(certs, i)) == 0)
            signer = sk_X509_value(certs, i);
    if (signer) {
        check.signerName = certificateCommonName(signer);
        char *line = X509_NAME_oneline(X509_get_subject_name(signer), nullptr, 0);
        check.certificateSubject = QString::fromUtf8(line);
        OPENSSL_free(line);
    }

    X509_ALGOR *digestAlg = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlg, nullptr);
    const ASN1_OBJECT *digestOid = nullptr;
    if (digestAlg)
        X509_ALGOR_get0(&digestOid, nullptr, nullptr, digestAlg);
    const EVP_MD *md = digestOid ? EVP_get_digestbyobj(digestOid) : nullptr;
    check.digestAlgorithm = md ? QString::fromLatin1(EVP_MD_get0_name(md)).toLower() : QString();
    check.hasSigningCertificateV2 = CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) >= 0;
    check.hasSigningTimeAttribute = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) >= 0;

    if (CMS_signed_get_attr_count(si) > 0) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int digestLen = 0;
        const auto *claimed = static_cast<ASN1_OCTET_STRING *>(CMS_signed_get0_data_by_OBJ(
            si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
        if (md && claimed
            && EVP_Digest(signedData.constData(), size_t(signedData.size()), digest, &digestLen, md, nullptr) == 1)
            check.digestOk = ASN1_STRING_length(claimed) == int(digestLen)
                && memcmp(ASN1_STRING_get0_data(claimed), digest, digestLen) == 0;
        if (signer) {
            CMS_SignerInfo_set1_signer_cert(si, signer);
            check.signatureOk = CMS_SignerInfo_verify(si) == 1;
        }
    } else if (signer) {
        // No signed attributes (old pkcs7 signers): the signature is over the content itself.
        BIO *data = BIO_new_mem_buf(signedData.constData(), int(signedData.size()));
        const bool ok = CMS_verify(cms.get(), nullptr, nullptr, data, nullptr,
                                   CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY | CMS_NOINTERN)
            == 1;
        BIO_free(data);
        check.digestOk = check.signatureOk = ok;
    }
    sk_X509_pop_free(certs, X509_free);
    ERR_clear_error();
    if (!signer)
        check.problem = PdfVerifier::tr("the CMS does not carry the signer's certificate");
    else if (!check.digestOk)
        check.problem = PdfVerifier::tr("Digest Mismatch: the signed bytes were changed after signing");
    else if (!check.signatureOk)
        check.problem = PdfVerifier::tr("the CMS signature does not verify with its certificate");
}

// The signature dictionary enclosing the /ByteRange at `hit`: the nearest "obj" keyword before it
// (not "endobj", nor the letters inside a string of the dictionary) whose value contains it.
Span enclosingDict(const QByteArray &b, qsizetype hit)
{
    qsizetype from = hit;
    for (int tries = 0; tries < 16; ++tries) {
        const qsizetype obj = b.lastIndexOf("obj", from);
        if (obj <= 0)
            return {};
        from = obj - 1;
        const char before = b.at(obj - 1);
        if (before != ' ' && before != '\n' && before != '\r' && before != '\t')
            continue;
        const Span dict = valueAt(b, obj + 3);
        if (dict.valid() && dict.begin < hit && dict.end > hit && dictEntries(b, dict))
            return dict;
    }
    return {};
}

SignatureCheck checkSignature(const QByteArray &b, Span dict)
{
    SignatureCheck check;
    if (const auto sub = dictValue(b, dict, "SubFilter"))
        check.subFilter = QString::fromLatin1(textOf(b, *sub).mid(1));
    if (const auto m = dictValue(b, dict, "M"))
        check.signingTime = parsePdfDate(decodeTextString(b, *m));
    const auto contents = dictValue(b, dict, "Contents");
    const auto range = dictValue(b, dict, "ByteRange");
    const auto items = range ? arrayItems(b, *range) : std::nullopt;
    if (items)
        for (const Span &item : *items)
            check.byteRange << integerAt(b, item).value_or(-1);
    const QList<qint64> &r = check.byteRange;
    const qint64 size = b.size();
    check.byteRangeWellFormed = contents && r.size() == 4 && r[0] == 0 && r[1] == contents->begin
        && r[2] == contents->end && r[3] >= 0 && r[2] + r[3] <= size && b.at(contents->begin) == '<';
    if (!check.byteRangeWellFormed) {
        check.problem = PdfVerifier::tr("the /ByteRange does not leave out exactly the /Contents string");
        return check;
    }
    check.coversWholeFile = r[2] + r[3] == size;
    const QByteArray der = QByteArray::fromHex(textOf(b, *contents).mid(1, r[2] - r[1] - 2));
    checkCms(der, b.mid(0, r[1]) + b.mid(r[2], r[3]), check);
    return check;
}

} // namespace

QJsonObject SignatureCheck::toJson() const
{
    QJsonArray range;
    for (const qint64 v : byteRange)
        range.append(v);
    return QJsonObject{
        {QStringLiteral("subFilter"), subFilter},
        {QStringLiteral("signer"), signerName},
        {QStringLiteral("certificateSubject"), certificateSubject},
        {QStringLiteral("signingTime"), signingTime.isValid() ? signingTime.toString(Qt::ISODate) : QString()},
        {QStringLiteral("byteRange"), range},
        {QStringLiteral("byteRangeWellFormed"), byteRangeWellFormed},
        {QStringLiteral("coversWholeFile"), coversWholeFile},
        {QStringLiteral("digestAlgorithm"), digestAlgorithm},
        {QStringLiteral("digestOk"), digestOk},
        {QStringLiteral("signatureOk"), signatureOk},
        {QStringLiteral("signingCertificateV2"), hasSigningCertificateV2},
        {QStringLiteral("signingTimeAttribute"), hasSigningTimeAttribute},
        {QStringLiteral("problem"), problem},
        {QStringLiteral("ok"), ok()},
    };
}

bool VerificationReport::ok() const
{
    if (signatures.isEmpty() || !signatures.last().coversWholeFile)
        return false;
    for (const SignatureCheck &s : signatures)
        if (!s.ok())
            return false;
    return true;
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray sigs;
    for (const SignatureCheck &s : signatures)
        sigs.append(s.toJson());
    QJsonObject o{
        {QStringLiteral("ok"), ok()},
        {QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())},
        {QStringLiteral("size"), fileSize},
        {QStringLiteral("signatures"), sigs},
        {QStringLiteral("trust"), PdfVerifier::trustNote()},
    };
    if (bulletinId > 0)
        o.insert(QStringLiteral("bulletin"),
                 QJsonObject{{QStringLiteral("id"), bulletinId}, {QStringLiteral("documentNumber"), bulletinNumber}});
    else
        o.insert(QStringLiteral("bulletin"), QJsonValue::Null);
    return o;
}

QString PdfVerifier::trustNote()
{
    return tr("the certificate was not checked against a trust list");
}

VerificationReport PdfVerifier::verify(const QByteArray &pdf)
{
    VerificationReport report;
    report.fileSize = pdf.size();
    report.sha256 = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256);
    QSet<qsizetype> seen;
    for (qsizetype hit = pdf.indexOf("/ByteRange"); hit >= 0; hit = pdf.indexOf("/ByteRange", hit + 1)) {
        const Span dict = enclosingDict(pdf, hit);
        if (!dict.valid() || seen.contains(dict.begin) || !dictValue(pdf, dict, "Contents"))
            continue;
        seen.insert(dict.begin);
        report.signatures.append(checkSignature(pdf, dict));
    }
    return report;
}

} // namespace xj
