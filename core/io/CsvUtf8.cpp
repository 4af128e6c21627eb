#include "io/CsvUtf8.h"

#include <cstdint>
#include <cstring>

namespace custos::io {

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

bool isContinuation(unsigned char c)
{
    return (c & 0xC0U) == 0x80U;
}

// Length of the sequence led by `lead` and the allowed range of its second byte; 0 if the
// lead byte is invalid.
int sequenceLength(unsigned char lead, unsigned char *secondMin, unsigned char *secondMax)
{
    *secondMin = 0x80;
    *secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (lead == 0xE0)
            *secondMin = 0xA0; // no overlong forms
        else if (lead == 0xED)
            *secondMax = 0x9F; // no surrogates
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (lead == 0xF0)
            *secondMin = 0x90; // no overlong forms
        else if (lead == 0xF4)
            *secondMax = 0x8F; // nothing above U+10FFFF
        return 4;
    }
    return 0;
}

} // namespace

Utf8Scan scanUtf8(const char *data, qsizetype begin, qsizetype end)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = begin;
    while (i < end) {
        while (end - i >= 8) {
            std::uint64_t word;
            std::memcpy(&word, s + i, sizeof word);
            if ((word & kHighBits) != 0)
                break;
            i += 8;
        }
        if (i == end)
            break;
        const unsigned char lead = s[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        unsigned char secondMin;
        unsigned char secondMax;
        const int length = sequenceLength(lead, &secondMin, &secondMax);
        if (length == 0)
            return {i, true};
        for (int k = 1; k < length; ++k) {
            if (i + k >= end)
                return {i, false}; // cut off: may complete with more data
            const unsigned char c = s[i + k];
            const bool ok = k == 1 ? (c >= secondMin && c <= secondMax) : isContinuation(c);
            if (!ok)
                return {i, true};
        }
        i += length;
    }
    return {end, false};
}

} // namespace custos::io
