// Fuzzes the exact number parsers: Amount (whole units at every decimal count, base units),
// Decimal, and the EVM hex quantities of JSON-RPC answers (block numbers, balances, ABI words).
// Whatever parses must format and parse back to the same value; a zero amount is zero at every
// scale (never rounded); a height is a quantity that fits.
#include "FuzzSupport.h"
#include "chain/HexQuantity.h"
#include "money/Amount.h"
#include "money/Decimal.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace custos;
    const QByteArrayView utf8 = fuzz::bytesOf(data, size);
    const QString text = QString::fromUtf8(utf8);
    for (const int decimals : {0, 2, 6, 8, 18, 38}) {
        const Result<Amount> a = Amount::parse(utf8, decimals);
        const Result<Amount> b = Amount::parse(QStringView(text), decimals);
        if (a.ok() != b.ok() && utf8.toByteArray() == text.toUtf8())
            fuzz::broken("Amount::parse differs between UTF-8 and UTF-16 input");
        if (!a.ok())
            continue;
        const QString formatted = a->toDecimal(decimals);
        const Result<Amount> back = Amount::parse(QStringView(formatted), decimals);
        if (!back.ok() || *back != *a)
            fuzz::broken("Amount::toDecimal does not parse back to the same amount");
        if (decimals < 38) {
            const Result<Amount> wider = Amount::parse(utf8, 38);
            // More decimals scale the base units by 10^(38-decimals): it may overflow, never round.
            if (wider.ok() && a->isZero() != wider->isZero())
                fuzz::broken("Amount::parse gives zero at one scale and not at another");
        }
    }
    const Result<Amount> base = Amount::parseBaseUnits(utf8);
    if (base.ok()) {
        const Result<Amount> back = Amount::parseBaseUnits(QStringView(base->toBaseUnits()));
        if (!back.ok() || *back != *base)
            fuzz::broken("Amount::toBaseUnits does not parse back");
        (void)base->negated();
        (void)base->checkedAdd(*base);
        (void)base->checkedSub(Amount::fromBaseUnits(-1));
    }
    const Result<Decimal> d = Decimal::parse(utf8);
    if (d.ok()) {
        const Result<Decimal> back = Decimal::parse(QStringView(d->toFixed()));
        if (!back.ok() || !(*back == *d) || back->scale() != d->scale())
            fuzz::broken("Decimal::toFixed does not parse back to the same value and scale");
        const Result<Decimal> minimal = Decimal::parse(QStringView(d->toString()));
        if (!minimal.ok() || !(*minimal == *d))
            fuzz::broken("Decimal::toString does not parse back to the same value");
        (void)d->rescaled(2);
        (void)Decimal::add(*d, *d);
        (void)Decimal::subtract(*d, d->negated());
        if (base.ok())
            (void)Decimal::multiply(*base, 8, *d, 2);
    }

    const chain::HexValue v = chain::parseHexQuantity(text);
    if (v.tooLarge && !v.ok)
        fuzz::broken("parseHexQuantity reports too large for malformed text");
    if (v.fits() && v.value < 0)
        fuzz::broken("parseHexQuantity gives a negative value");
    if (const std::optional<qint64> h = chain::parseHexHeight(text)) {
        if (*h < 0)
            fuzz::broken("parseHexHeight gives a negative height");
        if (!v.fits() || v.value != *h)
            fuzz::broken("parseHexHeight and parseHexQuantity disagree");
        if (chain::parseHexHeight(chain::toHexQuantity(*h)) != h)
            fuzz::broken("toHexQuantity does not parse back");
    }
    return 0;
}
