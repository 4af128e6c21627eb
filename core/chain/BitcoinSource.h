#pragma once
// ChainSource over Bitcoin Core JSON-RPC (bitcoind, litecoind and other 0.21+ forks).
//
// - checkNetwork: `getblockhash 0` must be the named network's genesis hash.
// - balances(keys, H): `scantxoutset` with raw(scriptPubKey) descriptors, at most kScanChunk
//   scripts per scan, one scan at a time in this process (the node runs one scan at a time and
//   refuses a second one; a scan started by someone else is waited for). Each scan reports the
//   block it saw; any block above H is undone by walking blocks H+1 .. that block with
//   `getblock HASH 3`: outputs paying the addresses are subtracted, inputs spending their outputs
//   are added back. The balance counts every confirmed unspent output, immature coinbase
//   included; mempool transactions are not counted.
// - transfers(keys, from, to): the same walk over blocks from+1 .. to; one Transfer per
//   (transaction, address): outputs paying the address minus the outputs of the address that
//   the transaction spends. Transactions whose net effect on the address is zero are left out.
// - Finding which address an input spends needs the previous output. Verbosity 3 gives it as
//   `prevout` from Bitcoin Core 23.0 on; older nodes (litecoind 0.21 among them) answer 3 like 2,
//   without it, so an input spending an output from before the walked range is looked up with
//   `getrawtransaction`, which needs the node's transaction index (-txindex=1). Without it,
//   balances below the tip and transfers over blocks with such inputs fail with a sentence
//   saying so; balances at the tip work on any node.
// - Every walk is pinned: the blocks are chained by their previousblockhash, and the last walked
//   block (and the pinned height's block) must still be on the node's best chain when the call
//   ends, else "the chain moved during the run". A tip that only grows during a scan is undone
//   by the walk, not refused.
// - MWEB (Litecoin's extension block) inputs and outputs are skipped: they never pay a
//   transparent address.
// Not thread-safe: one source per worker thread.

#include "chain/ChainSource.h"
#include "chain/JsonRpcClient.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace custos::chain {

class BitcoinSource : public ChainSource {
public:
    static constexpr int kScanChunk = 500;        // scripts per scantxoutset call
    static constexpr int kScanTimeoutMs = 600000; // floor for one scan's timeout (a full UTXO pass)
    static constexpr int kBlocksPerBatch = 4;     // blocks held at once, one getblock per HTTP request
                                                  // (a mainnet block is up to ~10 MB of JSON)

    BitcoinSource(Network network, RpcEndpoint endpoint, SourceOptions options);
    ~BitcoinSource() override;
    BitcoinSource(const BitcoinSource &) = delete;
    BitcoinSource &operator=(const BitcoinSource &) = delete;

    Status checkNetwork() override;
    Result<BlockRef> tip() override;
    Result<BlockRef> blockAt(qint64 height) override;
    Result<QList<Balance>> balances(const QList<AssetAddress> &keys, qint64 height, const SourceProgress &progress = {}) override;
    Result<QList<Transfer>> transfers(const QList<AssetAddress> &keys, qint64 fromHeight, qint64 toHeight) override;

    // The genesis block hash (lower-case hex) of a Bitcoin Core network by its Custos name
    // (bitcoin, bitcoin-testnet, bitcoin-regtest, litecoin, litecoin-regtest); empty otherwise.
    static QString genesisHash(const QString &networkName);

    // The scriptPubKey (raw bytes) an address of `network` pays to: p2pkh, p2sh or segwit.
    // BadInput when the address is not valid for the network.
    static Result<QByteArray> scriptPubKey(const Network &network, const QString &address);

private:
    struct Delta { // one input or output touching an asked script
        qint64 height = 0;
        int txIndex = 0; // position of the transaction in its block
        QString txid;
        QByteArray script; // lower-case hex
        Amount amount;     // + output paying the script, - input spending its output
    };
    struct PendingInput { // an input whose previous output is outside the walked blocks
        qint64 height = 0;
        int txIndex = 0;
        QString txid;
        QString prevTxid;
        qint64 prevVout = 0;
    };
    struct Walk {
        QList<Delta> deltas;           // in chain order
        QHash<qint64, QString> hashes; // height -> block hash, from .. to
    };
    struct ScriptSet {
        QHash<QByteArray, QList<int>> keysOf; // script hex -> indexes into the asked keys
        QList<QByteArray> scriptOfKey;        // key index -> script hex
    };

    Result<ScriptSet> scriptsOf(const QList<AssetAddress> &keys) const;
    Result<QString> hashAt(qint64 height);
    Result<qint64> height();
    Result<QJsonObject> scan(const QList<QByteArray> &scripts);
    Result<Walk> walk(const ScriptSet &scripts, qint64 from, qint64 to, const QString &why);
    Status resolvePrevouts(const ScriptSet &scripts, const QList<PendingInput> &pending, QList<Delta> &out, const QString &why);
    Status requireTxIndex(const QString &why);
    Status stillOnBestChain(qint64 height, const QString &hash);
    Error failed(const QString &sentence) const;
    Error malformed(const QString &method, const QString &what) const;
    Error moved(const QString &detail) const;

    Network m_network;
    SourceOptions m_options;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<JsonRpcClient> m_scanRpc; // same node, a timeout long enough for a UTXO scan
    std::optional<bool> m_txIndex;
};

} // namespace custos::chain
