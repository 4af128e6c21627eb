#include "money/Amount.h"

#include "money/DecimalText.h"

namespace custos {

namespace {

using money::ParsedNumber;
using money::TextError;

constexpr int128 kInvalidMin = -kInt128Max - 1; // -2^127, excluded from Amount's range

Error outOfRange(const QString &text)
{
    return makeError(ErrorCode::BadInput,
                     QStringLiteral("%1 is out of range for an amount (at most 2^127 - 1 base units).")
                         .arg(money::quoteForError(text)));
}

Result<Amount> amountFromParsed(TextError failure, const ParsedNumber &number, int decimals,
                                const auto &textForError)
{
    switch (failure) {
    case TextError::None:
        break;
    case TextError::Empty:
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("The amount is empty; expected a number such as 1.5."));
    case TextError::Malformed:
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("%1 is not a valid amount; expected digits with an optional "
                                        "sign and decimal point, such as -0.25.")
                             .arg(money::quoteForError(textForError())));
    case TextError::TooManyDecimals:
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("%1 has %2, the asset has %3.")
                             .arg(money::quoteForError(textForError()),
                                  money::decimalsPhrase(number.fractionDigits),
                                  QString::number(decimals)));
    case TextError::Overflow:
        return outOfRange(textForError());
    }
    uint128 magnitude = number.digits;
    const uint128 scale = money::pow10(decimals - number.fractionDigits);
    if (__builtin_mul_overflow(magnitude, scale, &magnitude)
        || magnitude > static_cast<uint128>(kInt128Max))
        return outOfRange(textForError());
    const int128 v = static_cast<int128>(magnitude);
    return Amount::fromBaseUnits(number.negative ? -v : v);
}

Error badDecimals(int decimals)
{
    return makeError(ErrorCode::BadInput,
                     QStringLiteral("Asset decimals %1 are out of range; expected 0 to %2.")
                         .arg(decimals)
                         .arg(Amount::kMaxDecimals));
}

Result<Amount> baseUnitsFromParsed(TextError failure, const ParsedNumber &number,
                                   const auto &textForError)
{
    if (failure == TextError::TooManyDecimals || failure == TextError::Malformed)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("%1 is not a whole number of base units.")
                             .arg(money::quoteForError(textForError())));
    return amountFromParsed(failure, number, 0, textForError);
}

std::optional<Amount> checked(bool overflow, int128 v)
{
    if (overflow || v == kInvalidMin)
        return std::nullopt;
    return Amount::fromBaseUnits(v);
}

} // namespace

Result<Amount> Amount::parse(QStringView text, int decimals)
{
    if (decimals < 0 || decimals > kMaxDecimals)
        return badDecimals(decimals);
    ParsedNumber number;
    const TextError failure = money::parseNumber(text.utf16(), text.size(), decimals, &number);
    return amountFromParsed(failure, number, decimals, [text] { return text.toString(); });
}

Result<Amount> Amount::parse(QByteArrayView utf8, int decimals)
{
    if (decimals < 0 || decimals > kMaxDecimals)
        return badDecimals(decimals);
    ParsedNumber number;
    const TextError failure = money::parseNumber(utf8.data(), utf8.size(), decimals, &number);
    return amountFromParsed(failure, number, decimals, [utf8] { return QString::fromUtf8(utf8); });
}

Result<Amount> Amount::parseBaseUnits(QStringView text)
{
    ParsedNumber number;
    const TextError failure = money::parseNumber(text.utf16(), text.size(), 0, &number);
    return baseUnitsFromParsed(failure, number, [text] { return text.toString(); });
}

Result<Amount> Amount::parseBaseUnits(QByteArrayView utf8)
{
    ParsedNumber number;
    const TextError failure = money::parseNumber(utf8.data(), utf8.size(), 0, &number);
    return baseUnitsFromParsed(failure, number, [utf8] { return QString::fromUtf8(utf8); });
}

QString Amount::toDecimal(int decimals) const
{
    Q_ASSERT(decimals >= 0);
    return money::formatScaled(magnitudeOf(m_v), m_v < 0, decimals, true);
}

QString Amount::toBaseUnits() const
{
    return money::formatScaled(magnitudeOf(m_v), m_v < 0, 0, true);
}

std::optional<Amount> Amount::checkedAdd(Amount other) const
{
    int128 r;
    const bool overflow = __builtin_add_overflow(m_v, other.m_v, &r);
    return checked(overflow, r);
}

std::optional<Amount> Amount::checkedSub(Amount other) const
{
    int128 r;
    const bool overflow = __builtin_sub_overflow(m_v, other.m_v, &r);
    return checked(overflow, r);
}

std::optional<Amount> Amount::negated() const
{
    if (m_v == kInvalidMin)
        return std::nullopt;
    return Amount(-m_v);
}

} // namespace custos
