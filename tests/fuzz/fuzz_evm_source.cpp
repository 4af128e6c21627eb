// Fuzzes the EVM source's reading of node answers (eth_chainId, blocks, eth_getBalance,
// eth_call balanceOf, full blocks with transactions, eth_getLogs) through the in-process
// transport. The input is a script of answers separated by "@@" lines (see FuzzSupport.h);
// the source is asked for its network, tip, a block, balances and transfers in turn.
#include "FuzzSupport.h"
#include "chain/EvmSource.h"

namespace {

QList<custos::chain::AssetAddress> keys()
{
    const QString a = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    const QString b = QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
    const QString token = QStringLiteral("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB");
    return {{a, QStringLiteral("ethereum:ETH"), {}, 18},
            {b, QStringLiteral("ethereum:ETH"), {}, 18},
            {a, QStringLiteral("ethereum:USDC"), token, 6}};
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
    EvmSource source(*networkByName(QStringLiteral("ethereum")), RpcEndpoint{QUrl(QStringLiteral("http://127.0.0.1:1/")), {}, {}},
                     options);
    const auto expectSourceFailed = [](const Error &e) {
        if (e.code != ErrorCode::SourceFailed)
            fuzz::broken("a bad node answer is not SourceFailed");
    };
    if (const Status s = source.checkNetwork(); !s.ok())
        expectSourceFailed(s.error());
    const Result<BlockRef> tip = source.tip();
    if (!tip.ok())
        expectSourceFailed(tip.error());
    else if (tip->height < 0)
        fuzz::broken("a tip below zero");
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
