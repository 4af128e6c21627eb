#pragma once
// Ed25519 signatures (RFC 8032, pure mode) through OpenSSL's EVP interface.

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace custos::crypto {

constexpr int kEd25519SeedSize = 32, kEd25519PublicKeySize = 32, kEd25519SignatureSize = 64;

struct Ed25519KeyPair {
    SecureBytes seed;     // 32-byte private key (the RFC 8032 secret key)
    QByteArray publicKey; // 32 bytes
};

Result<Ed25519KeyPair> generateEd25519();
Result<QByteArray> ed25519PublicKey(const SecureBytes &seed);                      // seed not 32 bytes -> BadInput
Result<QByteArray> ed25519Sign(const SecureBytes &seed, QByteArrayView message);  // 64 bytes
// False for a wrong signature and for any malformed input (sizes, invalid point encodings).
bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

} // namespace custos::crypto
