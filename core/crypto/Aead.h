#pragma once
// AES-256-GCM authenticated encryption through OpenSSL's EVP interface.

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace custos::crypto {

constexpr int kAeadKeySize = 32, kAeadNonceSize = 12, kAeadTagSize = 16;

// Returns ciphertext || 16-byte tag. A key that is not 32 bytes or a nonce that is not
// 12 bytes -> BadInput. Never seal two messages with the same key and nonce.
Result<QByteArray> aesGcmSeal(const SecureBytes &key, QByteArrayView nonce, QByteArrayView plaintext,
                              QByteArrayView aad);
// Wrong key, nonce, tag or aad, altered or truncated data -> CannotOpen ("authentication failed");
// bad key or nonce sizes -> BadInput. No plaintext is released unless the tag verifies.
Result<SecureBytes> aesGcmOpen(const SecureBytes &key, QByteArrayView nonce,
                               QByteArrayView ciphertextAndTag, QByteArrayView aad);

} // namespace custos::crypto
