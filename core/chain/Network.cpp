#include "chain/Network.h"

#include <algorithm>

namespace custos::chain {

namespace {

Network utxo(const QString &name, const QString &hrp, quint8 p2pkh, quint8 p2sh,
             QList<quint8> extraP2sh, const QString &symbol)
{
    Network n;
    n.name = name;
    n.kind = ChainKind::Utxo;
    n.bech32Hrp = hrp;
    n.p2pkhVersion = p2pkh;
    n.p2shVersion = p2sh;
    n.extraP2shVersions = std::move(extraP2sh);
    n.nativeSymbol = symbol;
    n.nativeDecimals = 8;
    return n;
}

Network evm(const QString &name, quint64 chainId)
{
    Network n;
    n.name = name;
    n.kind = ChainKind::Evm;
    n.nativeSymbol = QStringLiteral("ETH");
    n.nativeDecimals = 18;
    n.evmChainId = chainId;
    return n;
}

Error unknownChain(const QString &name)
{
    return makeError(ErrorCode::BadInput,
                     QStringLiteral("unknown chain '%1'; expected bitcoin, bitcoin-testnet, "
                                    "bitcoin-regtest, litecoin, litecoin-regtest, ethereum or "
                                    "evm-<chain id>")
                         .arg(name));
}

} // namespace

bool Network::isEvm() const
{
    return kind == ChainKind::Evm;
}

QStringList knownNetworkNames()
{
    return {QStringLiteral("bitcoin"),  QStringLiteral("bitcoin-testnet"),
            QStringLiteral("bitcoin-regtest"), QStringLiteral("litecoin"),
            QStringLiteral("litecoin-regtest"), QStringLiteral("ethereum")};
}

Result<Network> networkByName(const QString &name)
{
    const QString btc = QStringLiteral("BTC");
    if (name == QLatin1String("bitcoin"))
        return utxo(name, QStringLiteral("bc"), 0x00, 0x05, {}, btc);
    if (name == QLatin1String("bitcoin-testnet"))
        return utxo(name, QStringLiteral("tb"), 0x6f, 0xc4, {}, btc);
    if (name == QLatin1String("bitcoin-regtest"))
        return utxo(name, QStringLiteral("bcrt"), 0x6f, 0xc4, {}, btc);
    if (name == QLatin1String("litecoin"))
        return utxo(name, QStringLiteral("ltc"), 0x30, 0x32, {0x05}, QStringLiteral("LTC"));
    if (name == QLatin1String("litecoin-regtest"))
        return utxo(name, QStringLiteral("rltc"), 0x6f, 0x3a, {0xc4}, QStringLiteral("LTC"));
    if (name == QLatin1String("ethereum"))
        return evm(name, 1);

    const QLatin1String prefix("evm-");
    if (!name.startsWith(prefix))
        return unknownChain(name);
    const QString digits = name.mid(prefix.size());
    // Plain decimal only: no sign, no spaces, no leading zeros, no hex.
    const bool plainDecimal = !digits.isEmpty() && digits.size() <= 20 && !digits.startsWith(u'0')
        && std::all_of(digits.begin(), digits.end(),
                       [](QChar c) { return c >= u'0' && c <= u'9'; });
    bool ok = false;
    const quint64 chainId = plainDecimal ? digits.toULongLong(&ok) : 0;
    if (!ok || chainId == 0)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("unknown chain '%1'; an EVM chain is written evm-<chain id> "
                                        "with a decimal chain id of at least 1")
                             .arg(name));
    if (chainId == 1)
        return evm(QStringLiteral("ethereum"), 1);
    return evm(name, chainId);
}

} // namespace custos::chain
