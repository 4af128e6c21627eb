#include "money/Decimal.h"

#include "money/DecimalText.h"
#include "money/UInt256.h"

namespace custos {

namespace {

using money::UInt256;

Error badScale(const char *what, int scale)
{
    return makeError(ErrorCode::BadInput, QStringLiteral("%1 %2 is out of range; expected 0 to %3.")
                                              .arg(QLatin1String(what))
                                              .arg(scale)
                                              .arg(Decimal::kMaxScale));
}

bool roundsAway(const money::Pow10Division &d, bool negative, RoundingMode mode)
{
    if (d.exact)
        return false;
    switch (mode) {
    case RoundingMode::HalfEven:
        return d.versusHalf > 0 || (d.versusHalf == 0 && (d.quotient.limb[0] & 1U) != 0);
    case RoundingMode::HalfAwayFromZero:
        return d.versusHalf >= 0;
    case RoundingMode::TowardZero:
        return false;
    case RoundingMode::AwayFromZero:
        return true;
    case RoundingMode::Floor:
        return negative;
    case RoundingMode::Ceiling:
        return !negative;
    }
    return false;
}

// magnitude * 10^(-shift) (shift may be negative: multiply), rounded by mode, as a signed
// 128-bit value; std::nullopt when it does not fit in ±(2^127 - 1).
std::optional<int128> scaleAndRound(UInt256 magnitude, int shift, bool negative, RoundingMode mode)
{
    UInt256 q;
    if (shift <= 0) {
        if (!money::multiplyByPow10(magnitude, -shift))
            return std::nullopt;
        q = magnitude;
    } else {
        const money::Pow10Division d = money::divideByPow10(magnitude, shift);
        q = d.quotient;
        if (roundsAway(d, negative, mode) && !money::increment(q))
            return std::nullopt;
    }
    if (!q.fitsUInt128() || q.low128() > static_cast<uint128>(kInt128Max))
        return std::nullopt;
    const int128 v = static_cast<int128>(q.low128());
    return negative ? -v : v;
}

Result<Decimal> decimalFromParsed(money::TextError failure, const money::ParsedNumber &n, const QString &text)
{
    switch (failure) {
    case money::TextError::None:
        break;
    case money::TextError::Empty:
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("The number is empty; expected a decimal such as 60123.45."));
    case money::TextError::Malformed:
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("%1 is not a valid decimal number; expected digits with an "
                                        "optional sign and decimal point, such as 60123.45.")
                             .arg(money::quoteForError(text)));
    case money::TextError::TooManyDecimals:
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("%1 has %2, at most %3 are allowed.")
                             .arg(money::quoteForError(text), money::decimalsPhrase(n.fractionDigits))
                             .arg(Decimal::kMaxParsedDecimals));
    case money::TextError::Overflow:
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 is out of range for a decimal number.")
                                                  .arg(money::quoteForError(text)));
    }
    const int128 v = static_cast<int128>(n.digits);
    return Decimal::fromUnits(n.negative ? -v : v, n.fractionDigits);
}

} // namespace

Result<Decimal> Decimal::fromUnits(int128 units, int scale)
{
    if (scale < 0 || scale > kMaxScale)
        return badScale("Scale", scale);
    if (units < -kInt128Max)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("The decimal units -2^127 are out of range."));
    return Decimal(units, scale);
}

Result<Decimal> Decimal::parse(QStringView text)
{
    money::ParsedNumber n;
    const auto failure = money::parseNumber(text.utf16(), text.size(), kMaxParsedDecimals, &n);
    if (failure == money::TextError::None)
        return decimalFromParsed(failure, n, QString());
    return decimalFromParsed(failure, n, text.toString());
}

Result<Decimal> Decimal::parse(QByteArrayView utf8)
{
    money::ParsedNumber n;
    const auto failure = money::parseNumber(utf8.data(), utf8.size(), kMaxParsedDecimals, &n);
    if (failure == money::TextError::None)
        return decimalFromParsed(failure, n, QString());
    return decimalFromParsed(failure, n, QString::fromUtf8(utf8));
}

QString Decimal::toString() const
{
    return money::formatScaled(magnitudeOf(m_units), m_units < 0, m_scale, true);
}

QString Decimal::toFixed() const
{
    return money::formatScaled(magnitudeOf(m_units), m_units < 0, m_scale, false);
}

Result<Decimal> Decimal::rescaled(int scale, RoundingMode mode) const
{
    if (scale < 0 || scale > kMaxScale)
        return badScale("Scale", scale);
    const auto v = scaleAndRound(UInt256::fromUInt128(magnitudeOf(m_units)), m_scale - scale,
                                 m_units < 0, mode);
    if (!v)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("%1 is too large to write with %2.")
                             .arg(toString(), money::decimalsPhrase(scale)));
    return Decimal(*v, scale);
}

Result<Decimal> Decimal::add(const Decimal &a, const Decimal &b)
{
    const int scale = a.m_scale > b.m_scale ? a.m_scale : b.m_scale;
    int128 x;
    int128 y;
    int128 sum;
    if (__builtin_mul_overflow(a.m_units, static_cast<int128>(money::pow10(scale - a.m_scale)), &x)
        || __builtin_mul_overflow(b.m_units, static_cast<int128>(money::pow10(scale - b.m_scale)), &y)
        || __builtin_add_overflow(x, y, &sum) || sum < -kInt128Max)
        return makeError(ErrorCode::BadInput, QStringLiteral("The sum of %1 and %2 is out of range.")
                                                  .arg(a.toString(), b.toString()));
    return Decimal(sum, scale);
}

Result<Decimal> Decimal::subtract(const Decimal &a, const Decimal &b)
{
    return add(a, b.negated());
}

Result<Decimal> Decimal::multiply(Amount amount, int amountDecimals, const Decimal &price,
                                  int outScale, RoundingMode mode)
{
    if (amountDecimals < 0 || amountDecimals > Amount::kMaxDecimals)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("Asset decimals %1 are out of range; expected 0 to %2.")
                             .arg(amountDecimals)
                             .arg(Amount::kMaxDecimals));
    if (outScale < 0 || outScale > kMaxScale)
        return badScale("Result scale", outScale);
    const bool negative = amount.isNegative() != price.isNegative();
    const UInt256 product =
        money::multiply(magnitudeOf(amount.baseUnits()), magnitudeOf(price.m_units));
    const auto v = scaleAndRound(product, amountDecimals + price.m_scale - outScale, negative, mode);
    if (!v)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("%1 at a price of %2 is too large for a value with %3.")
                             .arg(amount.toDecimal(amountDecimals), price.toString(),
                                  money::decimalsPhrase(outScale)));
    return Decimal(*v, outScale);
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
{
    const bool an = a.m_units < 0;
    const bool bn = b.m_units < 0;
    if (a.m_units == 0 && b.m_units == 0)
        return std::strong_ordering::equal;
    if (an != bn || a.m_units == 0 || b.m_units == 0)
        return a.m_units <=> b.m_units; // the signs alone decide
    // Same sign: compare magnitudes brought to a common scale (exact in 256 bits).
    const int scale = a.m_scale > b.m_scale ? a.m_scale : b.m_scale;
    const UInt256 x = money::multiply(magnitudeOf(a.m_units), money::pow10(scale - a.m_scale));
    const UInt256 y = money::multiply(magnitudeOf(b.m_units), money::pow10(scale - b.m_scale));
    const int c = an ? y.compare(x) : x.compare(y);
    return c < 0 ? std::strong_ordering::less
                 : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

} // namespace custos
