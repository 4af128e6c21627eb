#pragma once
// Minimal unsigned 256-bit arithmetic for exact decimal products: a full 128x128 multiply,
// multiplication and division by 64-bit values, and division by 10^k with rounding facts.

#include "money/Int128.h"

#include <array>
#include <cstdint>

namespace custos::money {

struct UInt256 {
    std::array<std::uint64_t, 4> limb{}; // little-endian: limb[0] is the least significant

    static UInt256 fromUInt128(uint128 v);
    bool isZero() const;
    bool fitsUInt128() const;
    uint128 low128() const;
    // -1, 0 or 1.
    int compare(const UInt256 &other) const;
};

// The exact product a * b.
UInt256 multiply(uint128 a, uint128 b);
// v += 1; returns false on overflow.
bool increment(UInt256 &v);
// v *= m; returns false (v unspecified) if the product needs more than 256 bits.
bool multiplyInPlace(UInt256 &v, std::uint64_t m);
// v *= 10^k (k >= 0); returns false on overflow.
bool multiplyByPow10(UInt256 &v, int k);
// v /= d (d != 0); returns the remainder.
std::uint64_t divideInPlace(UInt256 &v, std::uint64_t d);

// Result of dividing by 10^k: the truncated quotient and where the remainder lies.
struct Pow10Division {
    UInt256 quotient;
    bool exact = true;  // remainder is zero
    int versusHalf = -1; // remainder compared with 10^k / 2: -1 below, 0 equal, 1 above
};
Pow10Division divideByPow10(UInt256 v, int k);

} // namespace custos::money
