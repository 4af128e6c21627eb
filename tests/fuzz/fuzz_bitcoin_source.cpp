// Fuzzes the Bitcoin Core source's reading of node answers (getblockhash, getblockcount,
// scantxoutset, getblock with verbosity 3, getrawtransaction, getindexinfo) through the
// in-process transport. The input is a script of answers separated by "@@" lines (see
// FuzzSupport.h); the source is asked for its network, tip, a block, balances and transfers.
#include "FuzzSupport.h"
#include "chain/Bech32.h"
#include "chain/BitcoinSource.h"

namespace {

QList<custos::chain::AssetAddress> keys()
{
    using namespace custos::chain;
    const QString a = *encodeSegwit(QStringLiteral("bcrt"), 0, QByteArray(20, '\x11'));
    const QString b = *encodeSegwit(QStringLiteral("bcrt"), 0, QByteArray(32, '\x22'));
    return {{a, QStringLiteral("bitcoin-regtest:BTC"), {}, 8}, {b, QStringLiteral("bitcoin-regtest:BTC"), {}, 8}};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace custos;
    using namespace custos::chain;
    fuzz::ScriptedNode node(fuzz::bytesOf(data, size));
    SourceOptions options;
    options.retries = 0;
    options.maxResponseBytes = 1 << 20;
    options.transport = [&node](const QByteArray &request) { return node.answer(request); };
    BitcoinSource source(*networkByName(QStringLiteral("bitcoin-regtest")),
                         RpcEndpoint{QUrl(QStringLiteral("http://127.0.0.1:1/")), {}, {}}, options);
    const auto expectSourceFailed = [](const Error &e) {
        if (e.code != ErrorCode::SourceFailed)
            fuzz::broken("a bad node answer is not SourceFailed");
    };
    if (const Status s = source.checkNetwork(); !s.ok())
        expectSourceFailed(s.error());
    if (const Result<BlockRef> tip = source.tip(); !tip.ok())
        expectSourceFailed(tip.error());
    if (const Result<BlockRef> b = source.blockAt(5); !b.ok())
        expectSourceFailed(b.error());
    const Result<QList<Balance>> balances = source.balances(keys(), 5);
    if (!balances.ok())
        expectSourceFailed(balances.error());
    else if (balances->size() != keys().size())
        fuzz::broken("balances answered for another number of keys");
    const Result<QList<Transfer>> transfers = source.transfers(keys(), 3, 5);
    if (!transfers.ok())
        expectSourceFailed(transfers.error());
    else
        for (const Transfer &t : *transfers)
            if (t.height <= 3 || t.height > 5)
                fuzz::broken("a transfer outside the asked blocks");
    return 0;
}
