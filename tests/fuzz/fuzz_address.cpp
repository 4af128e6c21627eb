// Fuzzes every address parser: Base58 and Base58Check, Bech32/Bech32m and segwit decoding for
// every known human-readable part, and normalizeAddress (with EIP-55) for every network.
// Whatever decodes must encode back to the same text; a normalized address must normalize to
// itself.
#include "FuzzSupport.h"
#include "chain/AddressCheck.h"
#include "chain/Base58.h"
#include "chain/Bech32.h"
#include "chain/Network.h"

#include <QString>

namespace {

const QList<custos::chain::Network> &networks()
{
    static const QList<custos::chain::Network> all = [] {
        QList<custos::chain::Network> out;
        QStringList names = custos::chain::knownNetworkNames();
        names.append(QStringLiteral("evm-11155111"));
        for (const QString &name : std::as_const(names))
            out.append(*custos::chain::networkByName(name));
        return out;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace custos;
    using namespace custos::chain;
    const QString text = QString::fromUtf8(fuzz::bytesOf(data, size));

    const Result<QByteArray> raw = base58Decode(text);
    if (raw.ok() && QString::fromLatin1(base58Encode(*raw)) != text)
        fuzz::broken("base58Decode/base58Encode do not round-trip");
    const Result<QByteArray> payload = base58CheckDecode(text);
    if (payload.ok() && base58CheckEncode(*payload) != text)
        fuzz::broken("base58CheckDecode/base58CheckEncode do not round-trip");

    const Result<Bech32Decoded> b = bech32Decode(text);
    if (b.ok()) {
        const Result<QString> again = bech32Encode(b->hrp, b->data5, b->variant);
        if (!again.ok() || *again != text.toLower())
            fuzz::broken("bech32Decode/bech32Encode do not round-trip");
    }
    for (const Network &net : networks()) {
        if (!net.bech32Hrp.isEmpty()) {
            const Result<SegwitAddress> s = decodeSegwit(net.bech32Hrp, text);
            if (s.ok()) {
                const Result<QString> again = encodeSegwit(net.bech32Hrp, s->version, s->program);
                if (!again.ok() || *again != text.toLower())
                    fuzz::broken("decodeSegwit/encodeSegwit do not round-trip");
                (void)segwitScriptPubKey(*s);
            }
        }
        const Result<QString> n = normalizeAddress(net, text);
        if (n.ok()) {
            const Result<QString> twice = normalizeAddress(net, *n);
            if (!twice.ok() || *twice != *n)
                fuzz::broken("normalizeAddress is not idempotent");
        }
    }
    if (size == 20) {
        const QString sum = eip55Checksum(fuzz::bytesOf(data, size).toByteArray());
        const Result<QString> n = normalizeAddress(networks().constLast(), sum);
        if (!n.ok() || *n != sum)
            fuzz::broken("an EIP-55 checksummed address is refused");
    }
    return 0;
}
