#pragma once
// Exact signed decimal for prices and fiat values: units / 10^scale, units in ±(2^127 - 1),
// scale 0..38. The scale is kept as written or computed (1.50 has scale 2); equality and
// ordering compare values (1.50 == 1.5).

#include "money/Amount.h"
#include "money/Int128.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <compare>

namespace custos {

enum class RoundingMode {
    HalfEven,         // banker's rounding: ties to the even neighbour
    HalfAwayFromZero, // ties away from zero
    TowardZero,       // truncate
    AwayFromZero,     // any remainder rounds away from zero
    Floor,            // toward negative infinity
    Ceiling,          // toward positive infinity
};

class Decimal {
public:
    static constexpr int kMaxScale = 38;
    static constexpr int kMaxParsedDecimals = 18;

    constexpr Decimal() = default;
    // units / 10^scale; errors when scale is outside 0..38 or units is -2^127.
    static Result<Decimal> fromUnits(int128 units, int scale);
    // "[+-]digits[.digits]" with at most 18 digits after the point; errors (BadInput) like
    // Amount::parse. The scale is the number of digits written after the point.
    static Result<Decimal> parse(QStringView text);
    static Result<Decimal> parse(QByteArrayView utf8);

    constexpr int128 units() const { return m_units; }
    constexpr int scale() const { return m_scale; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }

    QString toString() const; // minimal: "90000", "0.5", "-2.34"
    QString toFixed() const;  // exactly scale() decimals: "90000.00"

    // The same value with `scale` decimals, rounded by `mode`; errors on overflow.
    Result<Decimal> rescaled(int scale, RoundingMode mode = RoundingMode::HalfEven) const;
    Decimal negated() const { return Decimal(-m_units, m_scale); }

    // Exact sum and difference at the larger of the two scales; errors on overflow.
    static Result<Decimal> add(const Decimal &a, const Decimal &b);
    static Result<Decimal> subtract(const Decimal &a, const Decimal &b);

    // The value of `amount` (in base units of an asset with amountDecimals decimals) at
    // `price` per whole unit, rounded to outScale decimals by `mode`. Exact up to the final
    // rounding (256-bit intermediate); errors (BadInput) on overflow or bad scales.
    static Result<Decimal> multiply(Amount amount, int amountDecimals, const Decimal &price,
                                    int outScale, RoundingMode mode = RoundingMode::HalfEven);

    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b);
    friend bool operator==(const Decimal &a, const Decimal &b) { return std::is_eq(a <=> b); }

private:
    constexpr Decimal(int128 units, int scale) : m_units(units), m_scale(scale) {}

    int128 m_units = 0;
    int m_scale = 0;
};

} // namespace custos
