#pragma once
// Keccak-256 as used by Ethereum: the original Keccak submission (domain padding 0x01),
// not FIPS-202 SHA3-256 (padding 0x06). Rate 136 bytes, capacity 512 bits, 32-byte digest.

#include <QByteArray>
#include <QByteArrayView>

namespace custos::crypto {

// The 32-byte Keccak-256 digest of data.
QByteArray keccak256(QByteArrayView data);

} // namespace custos::crypto
