#pragma once
// The chains Custos knows: their address formats, native asset and, for EVM chains, chain id.

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace custos::chain {

enum class ChainKind { Utxo, Evm };

struct Network {
    QString name;          // "bitcoin", "bitcoin-testnet", "bitcoin-regtest", "litecoin",
                           // "litecoin-regtest", "ethereum", "evm-<chain id>"
    ChainKind kind = ChainKind::Utxo;
    QString bech32Hrp;     // bc, tb, bcrt, ltc, rltc (empty for EVM)
    quint8 p2pkhVersion = 0; // Base58Check version byte of pay-to-pubkey-hash addresses
    quint8 p2shVersion = 0;  // Base58Check version byte of pay-to-script-hash addresses
    QList<quint8> extraP2shVersions; // legacy p2sh versions still accepted (litecoin 0x05, rltc 0xc4)
    QString nativeSymbol;  // BTC, LTC, ETH
    int nativeDecimals = 0; // 8 or 18
    quint64 evmChainId = 0; // 1 for ethereum, N for evm-N, 0 for UTXO chains
    bool isEvm() const;
};

// The network with this name: one of knownNetworkNames() or "evm-<chain id>" with a decimal
// chain id of at least 1. Anything else is BadInput naming the accepted names.
Result<Network> networkByName(const QString &name);

// The fixed network names, in a stable order (without the open-ended "evm-<chain id>").
QStringList knownNetworkNames();

} // namespace custos::chain
