// Fuzzes the EVM hex quantity parsers (block numbers, balances, ABI words): a parsed value that
// fits formats back to the same number.
#include "FuzzSupport.h"
#include "chain/HexQuantity.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace custos;
    const QString text = QString::fromUtf8(fuzz::bytesOf(data, size));
    const chain::HexValue v = chain::parseHexQuantity(text);
    if (v.tooLarge && !v.ok)
        fuzz::broken("parseHexQuantity reports too large for malformed text");
    if (v.fits() && v.value < 0)
        fuzz::broken("parseHexQuantity gives a negative value");
    const std::optional<qint64> h = chain::parseHexHeight(text);
    if (h) {
        if (*h < 0)
            fuzz::broken("parseHexHeight gives a negative height");
        if (!v.fits() || v.value != *h)
            fuzz::broken("parseHexHeight and parseHexQuantity disagree");
        if (chain::parseHexHeight(chain::toHexQuantity(*h)) != h)
            fuzz::broken("toHexQuantity does not parse back");
    }
    return 0;
}
