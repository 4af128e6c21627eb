#include "money/UInt256.h"

namespace custos::money {

namespace {

constexpr int kChunkDigits = 19;
constexpr std::uint64_t kTen19 = 10000000000000000000ULL;

std::uint64_t smallPow10(int k)
{
    std::uint64_t v = 1;
    for (int i = 0; i < k; ++i)
        v *= 10;
    return v;
}

} // namespace

UInt256 UInt256::fromUInt128(uint128 v)
{
    UInt256 r;
    r.limb[0] = static_cast<std::uint64_t>(v);
    r.limb[1] = static_cast<std::uint64_t>(v >> 64);
    return r;
}

bool UInt256::isZero() const
{
    return (limb[0] | limb[1] | limb[2] | limb[3]) == 0;
}

bool UInt256::fitsUInt128() const
{
    return (limb[2] | limb[3]) == 0;
}

uint128 UInt256::low128() const
{
    return (static_cast<uint128>(limb[1]) << 64) | limb[0];
}

int UInt256::compare(const UInt256 &other) const
{
    for (int i = 3; i >= 0; --i) {
        const auto a = limb[static_cast<std::size_t>(i)];
        const auto b = other.limb[static_cast<std::size_t>(i)];
        if (a != b)
            return a < b ? -1 : 1;
    }
    return 0;
}

UInt256 multiply(uint128 a, uint128 b)
{
    const std::uint64_t x[2] = {static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(a >> 64)};
    const std::uint64_t y[2] = {static_cast<std::uint64_t>(b), static_cast<std::uint64_t>(b >> 64)};
    UInt256 r;
    for (std::size_t i = 0; i < 2; ++i) {
        std::uint64_t carry = 0;
        for (std::size_t j = 0; j < 2; ++j) {
            // (2^64-1)^2 + 2 * (2^64-1) = 2^128 - 1: never overflows.
            const uint128 t = static_cast<uint128>(x[i]) * y[j] + r.limb[i + j] + carry;
            r.limb[i + j] = static_cast<std::uint64_t>(t);
            carry = static_cast<std::uint64_t>(t >> 64);
        }
        r.limb[i + 2] = carry;
    }
    return r;
}

bool increment(UInt256 &v)
{
    for (auto &l : v.limb) {
        if (++l != 0)
            return true;
    }
    return false;
}

bool multiplyInPlace(UInt256 &v, std::uint64_t m)
{
    std::uint64_t carry = 0;
    for (auto &l : v.limb) {
        const uint128 t = static_cast<uint128>(l) * m + carry;
        l = static_cast<std::uint64_t>(t);
        carry = static_cast<std::uint64_t>(t >> 64);
    }
    return carry == 0;
}

bool multiplyByPow10(UInt256 &v, int k)
{
    while (k > 0) {
        const int step = k < kChunkDigits ? k : kChunkDigits;
        if (!multiplyInPlace(v, step == kChunkDigits ? kTen19 : smallPow10(step)))
            return false;
        k -= step;
    }
    return true;
}

std::uint64_t divideInPlace(UInt256 &v, std::uint64_t d)
{
    std::uint64_t rem = 0;
    for (int i = 3; i >= 0; --i) {
        auto &l = v.limb[static_cast<std::size_t>(i)];
        const uint128 cur = (static_cast<uint128>(rem) << 64) | l;
        l = static_cast<std::uint64_t>(cur / d);
        rem = static_cast<std::uint64_t>(cur % d);
    }
    return rem;
}

Pow10Division divideByPow10(UInt256 v, int k)
{
    Pow10Division r;
    if (k <= 0) {
        r.quotient = v;
        return r;
    }
    // Divide by 10^(k-1) remembering whether anything non-zero was dropped, then by 10:
    // the last digit dropped decides the comparison with one half.
    bool sticky = false;
    int rest = k - 1;
    while (rest > 0) {
        const int step = rest < kChunkDigits ? rest : kChunkDigits;
        sticky |= divideInPlace(v, step == kChunkDigits ? kTen19 : smallPow10(step)) != 0;
        rest -= step;
    }
    const std::uint64_t lastDigit = divideInPlace(v, 10);
    r.quotient = v;
    r.exact = lastDigit == 0 && !sticky;
    r.versusHalf = lastDigit < 5 ? -1 : (lastDigit > 5 || sticky) ? 1 : 0;
    return r;
}

} // namespace custos::money
