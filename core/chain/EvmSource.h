#pragma once
// ChainSource over an EVM node's JSON-RPC API (geth, erigon, ganache, ...).
//
// Runs are pinned by block number and checked by block hash before and after (ganache and some
// other nodes refuse EIP-1898 block-hash parameters): a changed hash is a reorganisation and the
// answer is SourceFailed. Native balances come from eth_getBalance, ERC-20 balances from eth_call
// of balanceOf(address); all batched. Transfers: native value transfers by walking the blocks
// (successful top-level transactions only: internal calls that move ether and gas fees are not
// transfers here), ERC-20 transfers from eth_getLogs of the Transfer event.

#include "chain/ChainSource.h"
#include "chain/JsonRpcClient.h"
#include "chain/Network.h"

#include <QHash>
#include <QJsonObject>

namespace custos::chain {

class EvmSource : public ChainSource {
public:
    static constexpr qint64 kLogBlockSpan = 2000;     // blocks per eth_getLogs query
    static constexpr qsizetype kTopicAddresses = 200; // addresses per topic OR-list
    static constexpr qint64 kBlockWalkSegment = 100;  // full blocks held in memory at once
    static constexpr int kFullBlocksPerRequest = 10;  // full blocks per batch request

    EvmSource(Network network, RpcEndpoint endpoint, SourceOptions options);

    Status checkNetwork() override;
    Result<BlockRef> tip() override;
    Result<BlockRef> blockAt(qint64 height) override;
    Result<QList<Balance>> balances(const QList<AssetAddress> &keys, qint64 height, const SourceProgress &progress = {}) override;
    Result<QList<Transfer>> transfers(const QList<AssetAddress> &keys, qint64 fromHeight, qint64 toHeight) override;

private:
    struct Found {
        Transfer transfer;
        qint64 txIndex = 0;
        qint64 logIndex = -1; // -1 for a native value transfer
    };

    Error failed(const QString &sentence) const;
    Error reorganised(qint64 height) const;
    Status checkKeys(const QList<AssetAddress> &keys) const;
    Result<QJsonObject> block(qint64 height, bool withTransactions);
    Status walkNative(const QHash<QString, AssetAddress> &addresses, qint64 fromHeight, qint64 toHeight, const QString &pinnedHash,
                      QList<Found> &out);
    Status tokenLogs(const QString &contract, const QHash<QString, AssetAddress> &addresses, qint64 fromHeight, qint64 toHeight,
                     QList<Found> &out);

    Network m_network;
    JsonRpcClient m_rpc;
};

} // namespace custos::chain
