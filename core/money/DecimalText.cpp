#include "money/DecimalText.h"

#include <array>
#include <cstdint>

namespace custos::money {

namespace {

constexpr std::array<uint128, kMaxPow10 + 1> makePow10Table()
{
    std::array<uint128, kMaxPow10 + 1> table{};
    uint128 v = 1;
    for (int i = 0; i <= kMaxPow10; ++i) {
        table[static_cast<std::size_t>(i)] = v;
        v *= 10;
    }
    return table;
}

constexpr std::array<uint128, kMaxPow10 + 1> kPow10 = makePow10Table();
constexpr std::uint64_t kTen19 = 10000000000000000000ULL;
constexpr int kMaxErrorTextChars = 60;

template <typename Char>
constexpr bool isDigit(Char c)
{
    return c >= Char('0') && c <= Char('9');
}

template <typename Char>
TextError parseNumberImpl(const Char *s, qsizetype n, int maxFractionDigits, ParsedNumber *out)
{
    *out = ParsedNumber{};
    if (n == 0)
        return TextError::Empty;
    qsizetype i = 0;
    if (s[0] == Char('-') || s[0] == Char('+')) {
        out->negative = s[0] == Char('-');
        i = 1;
    }
    const qsizetype intBegin = i;
    while (i < n && isDigit(s[i]))
        ++i;
    const qsizetype intEnd = i;
    qsizetype fracBegin = i;
    qsizetype fracEnd = i;
    if (i < n && s[i] == Char('.')) {
        fracBegin = ++i;
        while (i < n && isDigit(s[i]))
            ++i;
        fracEnd = i;
        if (fracEnd == fracBegin)
            return TextError::Malformed; // "1."
    }
    if (i != n || intEnd == intBegin) // trailing garbage, ".5", "-", "+"
        return TextError::Malformed;

    out->fractionDigits = static_cast<int>(fracEnd - fracBegin);
    if (fracEnd - fracBegin > maxFractionDigits)
        return TextError::TooManyDecimals;

    // Accumulate the significant digits (leading zeros skipped): the first 19 in 64 bits,
    // the rest in 128 bits with overflow checks.
    qsizetype p = intBegin;
    auto atEnd = [&] { return p >= fracEnd; };
    auto advance = [&] {
        ++p;
        if (p == intEnd && fracEnd > intEnd)
            p = fracBegin;
    };
    while (!atEnd() && s[p] == Char('0'))
        advance();
    std::uint64_t low = 0;
    int lowDigits = 0;
    while (!atEnd() && lowDigits < 19) {
        low = low * 10 + static_cast<std::uint64_t>(s[p] - Char('0'));
        ++lowDigits;
        advance();
    }
    uint128 value = low;
    while (!atEnd()) {
        uint128 next;
        if (__builtin_mul_overflow(value, static_cast<uint128>(10), &next)
            || __builtin_add_overflow(next, static_cast<uint128>(s[p] - Char('0')), &next))
            return TextError::Overflow;
        value = next;
        advance();
    }
    if (value > static_cast<uint128>(kInt128Max))
        return TextError::Overflow;
    out->digits = value;
    return TextError::None;
}

} // namespace

uint128 pow10(int k)
{
    Q_ASSERT(k >= 0 && k <= kMaxPow10);
    return kPow10[static_cast<std::size_t>(k)];
}

TextError parseNumber(const char16_t *text, qsizetype size, int maxFractionDigits, ParsedNumber *out)
{
    return parseNumberImpl(text, size, maxFractionDigits, out);
}

TextError parseNumber(const char *text, qsizetype size, int maxFractionDigits, ParsedNumber *out)
{
    return parseNumberImpl(text, size, maxFractionDigits, out);
}

QString formatScaled(uint128 magnitude, bool negative, int scale, bool minimal)
{
    if (scale < 0)
        scale = 0;
    // Digits of magnitude, least significant first, in 19-digit chunks.
    char digits[48];
    int count = 0;
    uint128 rest = magnitude;
    do {
        std::uint64_t chunk = static_cast<std::uint64_t>(rest % kTen19);
        rest /= kTen19;
        for (int i = 0; i < 19 && (chunk != 0 || rest != 0); ++i) {
            digits[count++] = static_cast<char>('0' + chunk % 10);
            chunk /= 10;
        }
    } while (rest != 0);
    if (count == 0)
        digits[count++] = '0';

    // digits[k] is the digit of weight 10^k; integer part is weight >= scale.
    int fracEnd = 0; // lowest weight written in the fraction
    if (minimal) {
        while (fracEnd < scale && (fracEnd >= count || digits[fracEnd] == '0'))
            ++fracEnd;
    }
    QString out;
    out.reserve(count + scale + 3);
    if (negative && magnitude != 0)
        out.append(QLatin1Char('-'));
    if (count <= scale) {
        out.append(QLatin1Char('0'));
    } else {
        for (int k = count - 1; k >= scale; --k)
            out.append(QLatin1Char(digits[k]));
    }
    if (fracEnd < scale) {
        out.append(QLatin1Char('.'));
        for (int k = scale - 1; k >= fracEnd; --k)
            out.append(QLatin1Char(k < count ? digits[k] : '0'));
    }
    return out;
}

QString quoteForError(QString text)
{
    if (text.size() > kMaxErrorTextChars)
        text = text.left(kMaxErrorTextChars) + QStringLiteral("...");
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString decimalsPhrase(int count)
{
    return count == 1 ? QStringLiteral("1 decimal") : QStringLiteral("%1 decimals").arg(count);
}

} // namespace custos::money
