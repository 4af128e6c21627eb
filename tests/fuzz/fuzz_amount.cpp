// Fuzzes the exact number parsers: Amount (whole units at every decimal count, base units) and
// Decimal. Whatever parses must format and parse back to the same value, and a value with
// fewer decimals must parse unchanged with more (never rounded).
#include "FuzzSupport.h"
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
    return 0;
}
