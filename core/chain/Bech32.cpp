#include "chain/Bech32.h"

#include <array>
#include <cstdint>

namespace custos::chain {

namespace {

constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr int kMaxLength = 90;
constexpr int kChecksumLength = 6;
constexpr std::uint32_t kBech32Const = 1;
constexpr std::uint32_t kBech32mConst = 0x2bc830a3;

std::uint32_t polymod(const QByteArray &values)
{
    constexpr std::array<std::uint32_t, 5> generator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa,
                                                        0x3d4233dd, 0x2a1462b3};
    std::uint32_t chk = 1;
    for (char c : values) {
        const std::uint32_t top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ static_cast<std::uint8_t>(c);
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1)
                chk ^= generator[static_cast<std::size_t>(i)];
        }
    }
    return chk;
}

// The hrp expanded for checksumming: high bits of each character, a zero, low bits of each.
QByteArray hrpExpand(const QString &hrp)
{
    QByteArray out;
    out.reserve(hrp.size() * 2 + 1);
    for (QChar c : hrp)
        out.append(static_cast<char>(c.unicode() >> 5));
    out.append('\0');
    for (QChar c : hrp)
        out.append(static_cast<char>(c.unicode() & 31));
    return out;
}

std::uint32_t variantConst(Bech32Variant variant)
{
    return variant == Bech32Variant::Bech32 ? kBech32Const : kBech32mConst;
}

int charsetValue(QChar c)
{
    for (int i = 0; i < 32; ++i) {
        if (static_cast<unsigned char>(kCharset[i]) == c.unicode())
            return i;
    }
    return -1;
}

bool inUsAsciiRange(QChar c)
{
    return c.unicode() >= 33 && c.unicode() <= 126;
}

Error bad(const QString &sentence)
{
    return makeError(ErrorCode::BadInput, sentence);
}

// Regroups bits (8 -> 5 with padding, or 5 -> 8 without). Returns false when the input has a
// value too wide for fromBits, or (without padding) more than 4 padding bits or non-zero ones.
bool convertBits(const QByteArray &in, int fromBits, int toBits, bool pad, QByteArray &out,
                 QString &why)
{
    std::uint32_t acc = 0;
    int bits = 0;
    const std::uint32_t maxv = (1u << toBits) - 1;
    for (char ch : in) {
        const auto value = static_cast<std::uint8_t>(ch);
        if ((value >> fromBits) != 0) {
            why = QStringLiteral("a value does not fit in %1 bits").arg(fromBits);
            return false;
        }
        acc = (acc << fromBits) | value;
        bits += fromBits;
        while (bits >= toBits) {
            bits -= toBits;
            out.append(static_cast<char>((acc >> bits) & maxv));
        }
    }
    if (pad) {
        if (bits > 0)
            out.append(static_cast<char>((acc << (toBits - bits)) & maxv));
    } else if (bits >= fromBits) {
        why = QStringLiteral("its padding is %1 bits, more than 4").arg(bits);
        return false;
    } else if (((acc << (toBits - bits)) & maxv) != 0) {
        why = QStringLiteral("its padding bits are not zero");
        return false;
    }
    return true;
}

Status checkSegwitRules(int version, qsizetype programSize)
{
    if (version < 0 || version > 16)
        return bad(QStringLiteral("segwit witness version %1 is invalid; it must be 0 to 16")
                       .arg(version));
    if (programSize < 2 || programSize > 40)
        return bad(QStringLiteral("segwit witness program is %1 bytes; it must be 2 to 40 bytes")
                       .arg(programSize));
    if (version == 0 && programSize != 20 && programSize != 32)
        return bad(QStringLiteral("a version 0 witness program must be 20 or 32 bytes, not %1")
                       .arg(programSize));
    return okStatus();
}

} // namespace

Result<QString> bech32Encode(const QString &hrp, const QByteArray &data5, Bech32Variant variant)
{
    if (hrp.isEmpty())
        return bad(QStringLiteral("bech32 human-readable part is empty"));
    for (qsizetype i = 0; i < hrp.size(); ++i) {
        if (!inUsAsciiRange(hrp[i]))
            return bad(QStringLiteral("bech32 human-readable part has a bad character at "
                                      "position %1")
                           .arg(i));
    }
    for (char v : data5) {
        if (static_cast<std::uint8_t>(v) > 31)
            return bad(QStringLiteral("bech32 data value %1 does not fit in 5 bits")
                           .arg(static_cast<std::uint8_t>(v)));
    }
    const qsizetype length = hrp.size() + 1 + data5.size() + kChecksumLength;
    if (length > kMaxLength)
        return bad(QStringLiteral("bech32 text would be %1 characters; at most %2 are allowed")
                       .arg(length)
                       .arg(kMaxLength));

    const QString lowerHrp = hrp.toLower();
    QByteArray values = hrpExpand(lowerHrp) + data5;
    values.append(QByteArray(kChecksumLength, '\0'));
    const std::uint32_t mod = polymod(values) ^ variantConst(variant);

    QString out = lowerHrp + QLatin1Char('1');
    for (char v : data5)
        out.append(QLatin1Char(kCharset[static_cast<std::uint8_t>(v)]));
    for (int i = 0; i < kChecksumLength; ++i)
        out.append(QLatin1Char(kCharset[(mod >> (5 * (5 - i))) & 31]));
    return out;
}

Result<Bech32Decoded> bech32Decode(const QString &text)
{
    if (text.size() > kMaxLength)
        return bad(QStringLiteral("bech32 text is too long: %1 characters, at most %2")
                       .arg(text.size())
                       .arg(kMaxLength));
    bool hasLower = false;
    bool hasUpper = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!inUsAsciiRange(c))
            return bad(QStringLiteral("bech32 text has a bad character (U+%1) at position %2")
                           .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                           .arg(i));
        hasLower = hasLower || (c >= u'a' && c <= u'z');
        hasUpper = hasUpper || (c >= u'A' && c <= u'Z');
    }
    if (hasLower && hasUpper)
        return bad(QStringLiteral("bech32 text mixes upper and lower case"));

    const QString lower = text.toLower();
    const qsizetype sep = lower.lastIndexOf(u'1');
    if (sep < 0)
        return bad(QStringLiteral("bech32 text is missing the '1' separator"));
    if (sep == 0)
        return bad(QStringLiteral("bech32 text has an empty human-readable part before the "
                                  "'1' separator"));
    if (lower.size() - sep - 1 < kChecksumLength)
        return bad(QStringLiteral("bech32 text is too short: %1 characters after the '1' "
                                  "separator, the checksum alone needs 6")
                       .arg(lower.size() - sep - 1));

    QByteArray data;
    data.reserve(lower.size() - sep - 1);
    for (qsizetype i = sep + 1; i < lower.size(); ++i) {
        const int v = charsetValue(lower[i]);
        if (v < 0)
            return bad(QStringLiteral("bech32 text has a bad character '%1' at position %2")
                           .arg(QString(text[i]), QString::number(i)));
        data.append(static_cast<char>(v));
    }

    const QString hrp = lower.left(sep);
    const std::uint32_t mod = polymod(hrpExpand(hrp) + data);
    Bech32Decoded decoded;
    if (mod == kBech32Const)
        decoded.variant = Bech32Variant::Bech32;
    else if (mod == kBech32mConst)
        decoded.variant = Bech32Variant::Bech32m;
    else
        return bad(QStringLiteral("bech32 text has a bad checksum (a typo or a truncated copy)"));
    decoded.hrp = hrp;
    decoded.data5 = data.left(data.size() - kChecksumLength);
    return decoded;
}

Result<QString> encodeSegwit(const QString &hrp, int version, const QByteArray &program)
{
    CUSTOS_TRY(checkSegwitRules(version, program.size()));
    QByteArray data5(1, static_cast<char>(version));
    QString why;
    if (!convertBits(program, 8, 5, true, data5, why))
        return bad(QStringLiteral("segwit program cannot be converted: %1").arg(why));
    return bech32Encode(hrp, data5,
                        version == 0 ? Bech32Variant::Bech32 : Bech32Variant::Bech32m);
}

Result<SegwitAddress> decodeSegwit(const QString &expectedHrp, const QString &addr)
{
    Result<Bech32Decoded> decoded = bech32Decode(addr);
    CUSTOS_TRY(decoded);
    const QString expected = expectedHrp.toLower();
    if (decoded->hrp != expected)
        return bad(QStringLiteral("segwit address has the prefix '%1'; expected '%2'")
                       .arg(decoded->hrp + QLatin1Char('1'), expected + QLatin1Char('1')));
    if (decoded->data5.isEmpty())
        return bad(QStringLiteral("segwit address has an empty data part (no witness version)"));

    SegwitAddress out;
    out.version = static_cast<std::uint8_t>(decoded->data5[0]);
    if (out.version > 16)
        return bad(QStringLiteral("segwit witness version %1 is invalid; it must be 0 to 16")
                       .arg(out.version));
    QString why;
    if (!convertBits(decoded->data5.mid(1), 5, 8, false, out.program, why))
        return bad(QStringLiteral("segwit witness program is malformed: %1").arg(why));
    CUSTOS_TRY(checkSegwitRules(out.version, out.program.size()));

    const Bech32Variant wanted = out.version == 0 ? Bech32Variant::Bech32 : Bech32Variant::Bech32m;
    if (decoded->variant != wanted)
        return bad(QStringLiteral("a version %1 segwit address must use the %2 checksum, not %3")
                       .arg(out.version)
                       .arg(wanted == Bech32Variant::Bech32 ? QStringLiteral("bech32")
                                                            : QStringLiteral("bech32m"),
                            wanted == Bech32Variant::Bech32 ? QStringLiteral("bech32m")
                                                            : QStringLiteral("bech32")));
    return out;
}

QByteArray segwitScriptPubKey(const SegwitAddress &address)
{
    QByteArray script;
    script.append(static_cast<char>(address.version == 0 ? 0x00 : 0x50 + address.version));
    script.append(static_cast<char>(address.program.size()));
    script.append(address.program);
    return script;
}

} // namespace custos::chain
