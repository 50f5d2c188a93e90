#pragma once
// The OpenSSL side of SigningIdentity, shared by the signer and the verifier. Internal to bulletin/.

#include "PdfSigner.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace xj {

struct SigningIdentity::Keys {
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *chain = nullptr;
    Keys() = default;
    Keys(const Keys &) = delete;
    Keys &operator=(const Keys &) = delete;
    ~Keys();
};

// The oldest queued OpenSSL error as text (the queue is cleared), empty when none.
QString takeOpensslError();
// The certificate subject's CN, UTF-8 decoded.
QString certificateCommonName(X509 *cert);

} // namespace xj
