#pragma once
// 128-bit integer aliases. __int128 is a GCC/Clang extension; declaring the aliases with
// __extension__ keeps -Wpedantic quiet, so code elsewhere names only int128 / uint128.

namespace custos {

__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;

// Largest value of int128: 2^127 - 1. Amounts and decimals are symmetric: ±kInt128Max.
inline constexpr int128 kInt128Max = static_cast<int128>(~static_cast<uint128>(0) >> 1);

// Magnitude of v as unsigned; well defined for every int128, including -2^127.
constexpr uint128 magnitudeOf(int128 v)
{
    return v < 0 ? static_cast<uint128>(0) - static_cast<uint128>(v) : static_cast<uint128>(v);
}

} // namespace custos
