#pragma once
// Bech32 (BIP-173) and Bech32m (BIP-350) strings, and segwit addresses built on them.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace custos::chain {

enum class Bech32Variant { Bech32, Bech32m };

struct Bech32Decoded {
    QString hrp;        // human-readable part, lower case
    QByteArray data5;   // data part without the checksum, one 5-bit value (0..31) per byte
    Bech32Variant variant = Bech32Variant::Bech32;
};

struct SegwitAddress {
    int version = 0;    // witness version 0..16
    QByteArray program; // witness program, 2..40 bytes
};

// Bech32 or Bech32m text for hrp and 5-bit data, in lower case. BadInput when the hrp is empty
// or has a character outside US-ASCII 33..126, a data value exceeds 31, or the result would
// be longer than 90 characters.
Result<QString> bech32Encode(const QString &hrp, const QByteArray &data5, Bech32Variant variant);

// Decodes Bech32 or Bech32m text; the variant whose checksum matches is reported. BadInput
// naming the problem: too long (over 90), mixed case, bad character at position n (0-based),
// missing separator, empty human-readable part, too short for a checksum, bad checksum.
Result<Bech32Decoded> bech32Decode(const QString &text);

// Segwit address for hrp, checking the BIP-141/173/350 rules: version 0..16, program 2..40
// bytes, a version 0 program 20 or 32 bytes. Version 0 uses Bech32, later versions Bech32m.
Result<QString> encodeSegwit(const QString &hrp, int version, const QByteArray &program);

// Decodes a segwit address that must carry expectedHrp, checking the rules above plus the
// checksum variant for the version and the zero padding of the 5-to-8 bit conversion.
Result<SegwitAddress> decodeSegwit(const QString &expectedHrp, const QString &addr);

// The scriptPubKey of a segwit output: OP_n, then a push of the program.
QByteArray segwitScriptPubKey(const SegwitAddress &address);

} // namespace custos::chain
