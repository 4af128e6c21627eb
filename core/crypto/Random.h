#pragma once
// Cryptographically secure random bytes from OpenSSL's RAND_bytes.

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>

namespace custos::crypto {

Result<QByteArray> randomBytes(int n);   // public randomness (salts, nonces); n < 0 -> BadInput
Result<SecureBytes> randomSecret(int n); // secret randomness (keys, seeds); n < 0 -> BadInput

} // namespace custos::crypto
