#pragma once
// Shared text routines for Amount and Decimal: one allocation-free parser for
// "[+-]digits[.digits]" over UTF-16 or UTF-8 text, exact formatting, powers of ten.

#include "money/Int128.h"

#include <QString>

namespace custos::money {

inline constexpr int kMaxPow10 = 38; // 10^38 < 2^127 - 1 < 10^39

// 10^k for 0 <= k <= 38.
uint128 pow10(int k);

enum class TextError { None, Empty, Malformed, TooManyDecimals, Overflow };

struct ParsedNumber {
    uint128 digits = 0;     // all digits, integer part then fraction, as one integer
    int fractionDigits = 0; // digits after the point as written (set even on TooManyDecimals)
    bool negative = false;  // a '-' sign was given (also for "-0")
};

// Parses "[+-]D+[.D+]". Fails with TooManyDecimals when more than maxFractionDigits digits
// follow the point, and with Overflow when the digits exceed 2^127 - 1.
TextError parseNumber(const char16_t *text, qsizetype size, int maxFractionDigits, ParsedNumber *out);
TextError parseNumber(const char *text, qsizetype size, int maxFractionDigits, ParsedNumber *out);

// magnitude / 10^scale as text: "-12.50" (fixed: exactly scale decimals) or "-12.5" (minimal:
// trailing fraction zeros and a bare point dropped). "-" is omitted when magnitude is zero.
QString formatScaled(uint128 magnitude, bool negative, int scale, bool minimal);

// Quotes user text for an error sentence, shortened if it is very long.
QString quoteForError(QString text);

// "1 decimal" / "9 decimals".
QString decimalsPhrase(int count);

} // namespace custos::money
