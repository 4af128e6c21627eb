#pragma once
// Internal helpers shared by the crypto wrappers: owning handles for OpenSSL objects and
// a readable description of the OpenSSL error queue. Not part of the public crypto API.

#include <QString>

#include <openssl/evp.h>

#include <memory>

namespace custos::crypto::detail {

struct EvpMdCtxFree { void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); } };
struct EvpCipherCtxFree { void operator()(EVP_CIPHER_CTX *p) const { EVP_CIPHER_CTX_free(p); } };
struct EvpPkeyFree { void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); } };

using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, EvpMdCtxFree>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, EvpCipherCtxFree>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyFree>;

// Describes and clears the calling thread's OpenSSL error queue ("no detail" when it is empty).
QString takeOpenSslError();

// A valid pointer for zero-length inputs, since an empty QByteArrayView may carry nullptr.
const unsigned char *bytesOrEmpty(const void *data);

} // namespace custos::crypto::detail
