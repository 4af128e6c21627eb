#pragma once
// Base58 (Bitcoin alphabet) and Base58Check (payload + first 4 bytes of double SHA-256).

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace custos::chain {

// Base58 text of data; each leading zero byte becomes a leading '1'.
QByteArray base58Encode(QByteArrayView data);

// Bytes of Base58 text; each leading '1' becomes a zero byte. A character outside the
// alphabet is BadInput naming it and its position (0-based).
Result<QByteArray> base58Decode(QStringView text);

// Base58 text of payload followed by its 4-byte double-SHA-256 checksum.
QString base58CheckEncode(QByteArrayView payload);

// The payload of Base58Check text (checksum verified and removed). BadInput when a character
// is invalid, when fewer than 4 bytes decode, or when the checksum does not match.
Result<QByteArray> base58CheckDecode(QStringView text);

} // namespace custos::chain
