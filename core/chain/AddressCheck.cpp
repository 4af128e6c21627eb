#include "chain/AddressCheck.h"

#include "chain/Base58.h"
#include "chain/Bech32.h"
#include "crypto/Keccak256.h"

#include <algorithm>

namespace custos::chain {

namespace {

constexpr int kEvmHexDigits = 40;
constexpr int kBase58PayloadBytes = 21; // version byte + 20-byte hash

Error bad(const QString &sentence)
{
    return makeError(ErrorCode::BadInput, sentence);
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// True for "0x" followed by exactly 40 hex digits, whatever their case.
bool looksLikeEvm(const QString &address)
{
    return address.size() == 2 + kEvmHexDigits && address.startsWith(QLatin1String("0x"))
        && std::all_of(address.begin() + 2, address.end(), isHexDigit);
}

QString hexByte(quint8 v)
{
    return QStringLiteral("0x%1").arg(static_cast<uint>(v), 2, 16, QLatin1Char('0'));
}

// The fixed UTXO networks, for naming the network an address really belongs to.
QList<Network> utxoNetworks()
{
    QList<Network> out;
    for (const QString &name : knownNetworkNames()) {
        Result<Network> n = networkByName(name);
        if (n.ok() && !n->isEvm())
            out.append(n.value());
    }
    return out;
}

QString joinNames(const QStringList &names)
{
    if (names.size() < 2)
        return names.join(QString());
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ")
        + names.last();
}

Result<QString> normalizeEvm(const Network &net, const QString &address)
{
    if (!address.startsWith(QLatin1String("0x")))
        return bad(QStringLiteral("address %1 is not an EVM address for %2: it must start with "
                                  "0x followed by 40 hex digits")
                       .arg(address, net.name));
    for (qsizetype i = 2; i < address.size(); ++i) {
        if (!isHexDigit(address[i]))
            return bad(QStringLiteral("address %1 has a non-hex character '%2' at position %3")
                           .arg(address, QString(address[i]), QString::number(i)));
    }
    if (address.size() != 2 + kEvmHexDigits)
        return bad(QStringLiteral("address %1 has %2 hex digits; an EVM address has 40")
                       .arg(address, QString::number(address.size() - 2)));
    const QString digits = address.mid(2);
    const QByteArray raw = QByteArray::fromHex(digits.toLatin1());
    const QString canonical = eip55Checksum(raw);
    const bool oneCase = digits == digits.toLower() || digits == digits.toUpper();
    if (!oneCase && address != canonical)
        return bad(QStringLiteral("address %1 fails its EIP-55 checksum (mixed-case letters "
                                  "do not match; check for a typo)")
                       .arg(address));
    return canonical;
}

Result<QString> checkSegwitFor(const Network &net, const QString &address)
{
    Result<Bech32Decoded> decoded = bech32Decode(address);
    if (!decoded.ok())
        return bad(QStringLiteral("address %1 is not a valid %2 address: %3")
                       .arg(address, net.name, decoded.message()));
    if (decoded->hrp != net.bech32Hrp)
        return bad(QStringLiteral("address %1 is not a %2 address: its prefix is '%3', a %2 "
                                  "segwit address starts with '%4'")
                       .arg(address, net.name, decoded->hrp + QLatin1Char('1'),
                            net.bech32Hrp + QLatin1Char('1')));
    Result<SegwitAddress> segwit = decodeSegwit(net.bech32Hrp, address);
    if (!segwit.ok())
        return bad(QStringLiteral("address %1 is not a valid %2 address: %3")
                       .arg(address, net.name, segwit.message()));
    return address.toLower();
}

Result<QString> checkBase58For(const Network &net, const QString &address)
{
    Result<QByteArray> payload = base58CheckDecode(address);
    if (!payload.ok())
        return bad(QStringLiteral("address %1 is not a valid %2 address: it is neither a "
                                  "segwit address starting with '%3' nor valid Base58Check "
                                  "(%4)")
                       .arg(address, net.name, net.bech32Hrp + QLatin1Char('1'),
                            payload.message()));
    if (payload->size() != kBase58PayloadBytes)
        return bad(QStringLiteral("address %1 is not a valid %2 address: it decodes to %3 "
                                  "bytes, a p2pkh or p2sh address holds 21")
                       .arg(address, net.name, QString::number(payload->size())));
    const auto version = static_cast<quint8>(payload->at(0));
    if (version == net.p2pkhVersion || version == net.p2shVersion
        || net.extraP2shVersions.contains(version))
        return address;
    QString p2sh = hexByte(net.p2shVersion);
    for (quint8 extra : net.extraP2shVersions)
        p2sh += QStringLiteral(", legacy ") + hexByte(extra);
    return bad(QStringLiteral("address %1 is not a %2 address: its version byte is %3, a %2 "
                              "address uses %4 (p2pkh) or %5 (p2sh)")
                   .arg(address, net.name, hexByte(version), hexByte(net.p2pkhVersion), p2sh));
}

// Whether text starts with "<hrp>1" for this network or any other known UTXO network.
bool hasSegwitPrefix(const Network &net, const QString &address)
{
    const QString lower = address.toLower();
    if (lower.startsWith(net.bech32Hrp + QLatin1Char('1')))
        return true;
    const QList<Network> all = utxoNetworks();
    return std::any_of(all.begin(), all.end(), [&lower](const Network &n) {
        return lower.startsWith(n.bech32Hrp + QLatin1Char('1'));
    });
}

// The address checked strictly against one UTXO network, without naming other networks.
Result<QString> checkUtxoFor(const Network &net, const QString &address)
{
    if (looksLikeEvm(address))
        return bad(QStringLiteral("address %1 is an EVM address, not %2").arg(address, net.name));
    if (hasSegwitPrefix(net, address))
        return checkSegwitFor(net, address);
    Result<QString> base58 = checkBase58For(net, address);
    if (base58.ok())
        return base58;
    if (bech32Decode(address).ok()) // well-formed bech32 with a prefix we do not know
        return checkSegwitFor(net, address);
    return base58;
}

// Names of the other fixed UTXO networks on which the address is valid.
QStringList otherNetworksAccepting(const Network &net, const QString &address)
{
    QStringList names;
    for (const Network &other : utxoNetworks()) {
        if (other.name != net.name && checkUtxoFor(other, address).ok())
            names.append(other.name);
    }
    return names;
}

Status checkText(const Network &net, const QString &address)
{
    if (address.isEmpty())
        return bad(QStringLiteral("%1 address is empty").arg(net.name));
    for (qsizetype i = 0; i < address.size(); ++i) {
        if (address[i].isSpace())
            return bad(QStringLiteral("address '%1' contains whitespace at position %2; remove "
                                      "spaces and line breaks (addresses are not trimmed)")
                           .arg(address, QString::number(i)));
    }
    return okStatus();
}

} // namespace

QString eip55Checksum(const QByteArray &address20)
{
    if (address20.size() != kEvmHexDigits / 2)
        return QString();
    const QByteArray lowerHex = address20.toHex();
    const QByteArray hash = crypto::keccak256(lowerHex);
    QString out;
    out.reserve(2 + kEvmHexDigits); // exact size: a million snapshot rows keep no slack capacity
    out.append(QLatin1String("0x"));
    for (int i = 0; i < kEvmHexDigits; ++i) {
        const auto hashByte = static_cast<quint8>(hash[i / 2]);
        const int nibble = (i % 2 == 0) ? hashByte >> 4 : hashByte & 0x0f;
        const char c = lowerHex[i];
        out.append(QLatin1Char(c >= 'a' && nibble >= 8 ? static_cast<char>(c - 'a' + 'A') : c));
    }
    return out;
}

Result<QString> normalizeAddress(const Network &net, const QString &address)
{
    CUSTOS_TRY(checkText(net, address));
    if (net.isEvm()) {
        if (!looksLikeEvm(address)) {
            const QStringList owners = otherNetworksAccepting(net, address);
            if (!owners.isEmpty())
                return bad(QStringLiteral("address %1 is a %2 address, not %3")
                               .arg(address, joinNames(owners), net.name));
        }
        return normalizeEvm(net, address);
    }
    Result<QString> own = checkUtxoFor(net, address);
    if (own.ok())
        return own;
    const QStringList owners = otherNetworksAccepting(net, address);
    if (!owners.isEmpty())
        return bad(QStringLiteral("address %1 is a %2 address, not %3")
                       .arg(address, joinNames(owners), net.name));
    return own;
}

} // namespace custos::chain
