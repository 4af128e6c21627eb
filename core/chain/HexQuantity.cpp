#include "chain/HexQuantity.h"

#include <limits>

namespace custos::chain {

namespace {

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

HexValue parseHexQuantity(QStringView text)
{
    HexValue r;
    if (text.size() < 3 || text[0] != u'0' || text[1] != u'x')
        return r;
    uint128 v = 0;
    bool tooLarge = false;
    for (qsizetype i = 2; i < text.size(); ++i) {
        const int d = hexDigit(text[i]);
        if (d < 0)
            return r;
        if (v > (static_cast<uint128>(kInt128Max) >> 4))
            tooLarge = true;
        if (!tooLarge) {
            v = (v << 4) | static_cast<uint128>(d);
            if (v > static_cast<uint128>(kInt128Max))
                tooLarge = true;
        }
    }
    r.ok = true;
    r.tooLarge = tooLarge;
    r.value = tooLarge ? 0 : static_cast<int128>(v);
    return r;
}

std::optional<qint64> parseHexHeight(QStringView text)
{
    const HexValue v = parseHexQuantity(text);
    if (!v.fits() || v.value > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return static_cast<qint64>(v.value);
}

QString toHexQuantity(qint64 value)
{
    return QStringLiteral("0x") + QString::number(value, 16);
}

} // namespace custos::chain
