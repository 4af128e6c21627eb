#pragma once
// Exact amount of an asset in its base units (satoshi, wei): a signed 128-bit integer.
// Range ±(2^127 - 1); the value -2^127 is not a valid Amount (so negation never overflows
// silently and every Amount has a magnitude).

#include "money/Int128.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace custos {

class Amount {
public:
    static constexpr int kMaxDecimals = 38;

    constexpr Amount() = default;
    // Precondition: v != -2^127.
    static constexpr Amount fromBaseUnits(int128 v) { return Amount(v); }
    constexpr int128 baseUnits() const { return m_v; }

    // Whole-unit decimal text: "1", "-0.25", "+3", "0.00000001", leading zeros allowed,
    // "-0" is zero. At most `decimals` (0..38) digits after the point: never rounded.
    // Errors (BadInput): empty, malformed, too many decimals, out of range.
    static Result<Amount> parse(QStringView text, int decimals);
    static Result<Amount> parse(QByteArrayView utf8, int decimals);
    // Integer text in base units: "-150000000".
    static Result<Amount> parseBaseUnits(QStringView text);
    static Result<Amount> parseBaseUnits(QByteArrayView utf8);

    // Exact and minimal: 150000000 with 8 -> "1.5", 1 -> "0.00000001", 0 -> "0".
    QString toDecimal(int decimals) const;
    // "-150000000".
    QString toBaseUnits() const;

    // std::nullopt when the result is outside ±(2^127 - 1).
    std::optional<Amount> checkedAdd(Amount other) const;
    std::optional<Amount> checkedSub(Amount other) const;
    std::optional<Amount> negated() const;

    constexpr bool isZero() const { return m_v == 0; }
    constexpr bool isNegative() const { return m_v < 0; }
    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the 0 of the generated comparison
    auto operator<=>(const Amount &) const = default;

private:
    constexpr explicit Amount(int128 v) : m_v(v) {}

    int128 m_v = 0;
};

} // namespace custos
