#pragma once
// Exact hex quantities of the Ethereum JSON-RPC API ("0x1a", block numbers, wei balances, ABI
// words) to and from integers, without floating point and without silent overflow.

#include "money/Int128.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace custos::chain {

struct HexValue {
    bool ok = false;       // the text is "0x" followed by at least one hex digit
    bool tooLarge = false; // well formed but above 2^127 - 1
    int128 value = 0;      // set when ok and not tooLarge
    bool fits() const { return ok && !tooLarge; }
};

// Parses "0x" + hex digits (either case, leading zeros allowed, so 32-byte ABI words parse too).
HexValue parseHexQuantity(QStringView text);

// A block height or other count: a quantity of at most 2^63 - 1.
std::optional<qint64> parseHexHeight(QStringView text);

// "0x" + minimal lower-case hex: 0 -> "0x0", 255 -> "0xff". Precondition: value >= 0.
QString toHexQuantity(qint64 value);

} // namespace custos::chain
