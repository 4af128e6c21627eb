#pragma once
// What a reconciliation asks of a chain: its tip, a block at a height, balances of addresses at
// a height and the transfers of addresses between two heights. Implementations: EVM JSON-RPC,
// Bitcoin Core JSON-RPC and a snapshot file. Calls block; run them off the GUI thread. A source
// that fails, times out or answers inconsistently returns ErrorCode::SourceFailed.

#include "chain/Network.h"
#include "money/Amount.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <QByteArray>

#include <atomic>
#include <functional>

namespace custos::chain {

struct BlockRef {
    qint64 height = -1;
    QString hash; // hex as the node reports it (0x-prefixed on EVM chains)
};

// One (address, asset) pair to ask about. `contract` is empty for the chain's native asset and
// the token contract (EIP-55) for an ERC-20.
struct AssetAddress {
    QString address;  // canonical form as the register stores it
    QString asset;    // CHAIN:SYM
    QString contract;
    int decimals = 0;
};

struct Balance {
    AssetAddress key;
    Amount balance;   // base units
};

// A transfer touching one of the asked addresses. `amount` is signed from that address's side:
// positive when it received, negative when it sent.
struct Transfer {
    QString txHash;
    qint64 height = 0;
    QString address;
    QString asset;
    Amount amount;
    QString counterparty; // the other side when the chain tells it (EVM), else empty
};

struct SourceOptions {
    int timeoutMs = 30000;     // per request
    int retries = 3;           // on transport errors, with back-off
    int batchSize = 100;       // JSON-RPC calls per batch
    int maxInFlight = 4;       // batches in flight at once
    qint64 maxResponseBytes = qint64(64) * 1024 * 1024;
    const std::atomic_bool *cancel = nullptr;
    // In-process transport: when set, each JSON-RPC request body is handed to it instead of
    // being posted over HTTP, and its answer is treated as an HTTP 200 body (the size limit and
    // every check still apply). For fuzzing and tests of the response parsers only.
    std::function<Result<QByteArray>(const QByteArray &request)> transport;
};

using SourceProgress = std::function<void(qint64 done, qint64 total)>;

class ChainSource {
public:
    virtual ~ChainSource() = default;

    // Refuses a node that serves another network (EVM chain id, Bitcoin genesis hash) or refuses
    // our credentials. Called before anything is compared.
    virtual Status checkNetwork() = 0;
    virtual Result<BlockRef> tip() = 0;
    virtual Result<BlockRef> blockAt(qint64 height) = 0;
    // Balances at the end of block `height`. A source that can only answer at its tip returns
    // SourceFailed for an older height, naming why.
    virtual Result<QList<Balance>> balances(const QList<AssetAddress> &keys, qint64 height, const SourceProgress &progress = {}) = 0;
    // Transfers touching the addresses in blocks fromHeight+1 .. toHeight.
    virtual Result<QList<Transfer>> transfers(const QList<AssetAddress> &keys, qint64 fromHeight, qint64 toHeight) = 0;
};

} // namespace custos::chain
