#include "chain/EvmSource.h"

#include "chain/AddressCheck.h"
#include "chain/HexQuantity.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace custos::chain {

namespace {

const QString kTransferTopic = QStringLiteral("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
const QString kBalanceOfSelector = QStringLiteral("0x70a08231");
const QString kWordPadding = QString(24, QLatin1Char('0'));

bool isHexAddress(const QString &a)
{
    if (a.size() != 42 || !a.startsWith(QLatin1String("0x")))
        return false;
    return std::all_of(a.begin() + 2, a.end(), [](QChar c) { return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'); });
}

// "0x" + 24 zeros + the 40 hex digits: the address as a 32-byte ABI word or log topic.
QString addressWord(const QString &lowerAddress)
{
    return QStringLiteral("0x") + kWordPadding + lowerAddress.mid(2);
}

// The address in the low 20 bytes of a 32-byte topic, lower case; empty when malformed.
QString topicAddress(const QString &topic)
{
    const QString t = topic.toLower();
    if (t.size() != 66 || !t.startsWith(QLatin1String("0x")) || QStringView(t).mid(2, 24) != kWordPadding)
        return QString();
    const QString a = QStringLiteral("0x") + t.mid(26);
    return isHexAddress(a) ? a : QString();
}

QString checksummed(const QString &lowerAddress)
{
    return eip55Checksum(QByteArray::fromHex(lowerAddress.mid(2).toLatin1()));
}

QString field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

} // namespace

EvmSource::EvmSource(Network network, RpcEndpoint endpoint, SourceOptions options)
    : m_network(std::move(network)), m_rpc(std::move(endpoint), std::move(options))
{
}

Error EvmSource::failed(const QString &sentence) const
{
    return makeError(ErrorCode::SourceFailed, sentence);
}

Error EvmSource::reorganised(qint64 height) const
{
    return failed(QStringLiteral("The chain reorganised during the run at height %1 (node %2); run it again once the chain has settled.")
                      .arg(height)
                      .arg(m_rpc.displayUrl()));
}

Status EvmSource::checkKeys(const QList<AssetAddress> &keys) const
{
    for (const AssetAddress &k : keys) {
        if (!isHexAddress(k.address))
            return makeError(ErrorCode::BadInput, QStringLiteral("%1 is not an EVM address (asset %2).").arg(k.address, k.asset));
        if (!k.contract.isEmpty() && !isHexAddress(k.contract))
            return makeError(ErrorCode::BadInput,
                             QStringLiteral("%1 is not an EVM token contract address (asset %2).").arg(k.contract, k.asset));
    }
    return okStatus();
}

Status EvmSource::checkNetwork()
{
    if (!m_network.isEvm())
        return makeError(ErrorCode::Internal, QStringLiteral("%1 is not an EVM network.").arg(m_network.name));
    auto id = m_rpc.call(QStringLiteral("eth_chainId"), {});
    CUSTOS_TRY(id);
    const HexValue v = parseHexQuantity(id->toString());
    if (!v.fits())
        return failed(
            QStringLiteral("The node at %1 answered eth_chainId with %2, not a chain id.").arg(m_rpc.displayUrl(), id->toString()));
    if (static_cast<uint128>(v.value) != m_network.evmChainId) {
        return failed(QStringLiteral("The node at %1 serves chain id %2, not %3 (%4).")
                          .arg(m_rpc.displayUrl())
                          .arg(Amount::fromBaseUnits(v.value).toBaseUnits())
                          .arg(m_network.evmChainId)
                          .arg(m_network.name));
    }
    return okStatus();
}

Result<QJsonObject> EvmSource::block(qint64 height, bool withTransactions)
{
    auto r = m_rpc.call(QStringLiteral("eth_getBlockByNumber"), {toHexQuantity(height), withTransactions});
    CUSTOS_TRY(r);
    if (r->isNull())
        return failed(QStringLiteral("The node at %1 has no block at height %2; its tip is lower.").arg(m_rpc.displayUrl()).arg(height));
    const QJsonObject b = r->toObject();
    if (parseHexHeight(field(b, "number")) != height || field(b, "hash").size() != 66)
        return failed(QStringLiteral("The node at %1 answered eth_getBlockByNumber for height %2 with another or no block.")
                          .arg(m_rpc.displayUrl())
                          .arg(height));
    return b;
}

Result<BlockRef> EvmSource::blockAt(qint64 height)
{
    if (height < 0)
        return makeError(ErrorCode::BadInput, QStringLiteral("Block height %1 is negative.").arg(height));
    auto b = block(height, false);
    CUSTOS_TRY(b);
    return BlockRef{height, field(*b, "hash").toLower()};
}

Result<BlockRef> EvmSource::tip()
{
    auto n = m_rpc.call(QStringLiteral("eth_blockNumber"), {});
    CUSTOS_TRY(n);
    const std::optional<qint64> height = parseHexHeight(n->toString());
    if (!height)
        return failed(
            QStringLiteral("The node at %1 answered eth_blockNumber with %2, not a block height.").arg(m_rpc.displayUrl(), n->toString()));
    return blockAt(*height);
}

Result<QList<Balance>> EvmSource::balances(const QList<AssetAddress> &keys, qint64 height, const SourceProgress &progress)
{
    CUSTOS_TRY(checkKeys(keys));
    auto before = blockAt(height);
    CUSTOS_TRY(before);
    const QString at = toHexQuantity(height);
    QList<QPair<QString, QJsonArray>> calls;
    calls.reserve(keys.size());
    for (const AssetAddress &k : keys) {
        const QString address = k.address.toLower();
        if (k.contract.isEmpty()) {
            calls.append({QStringLiteral("eth_getBalance"), QJsonArray{address, at}});
        } else {
            const QJsonObject tx{{QStringLiteral("to"), k.contract.toLower()},
                                 {QStringLiteral("data"), kBalanceOfSelector + kWordPadding + address.mid(2)}};
            calls.append({QStringLiteral("eth_call"), QJsonArray{tx, at}});
        }
    }
    auto answers = m_rpc.batch(calls, BatchControl{0, progress});
    CUSTOS_TRY(answers);

    QList<Balance> out;
    out.reserve(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const AssetAddress &k = keys[i];
        const QString text = answers->at(i).toString();
        if (!k.contract.isEmpty() && text == QLatin1String("0x")) {
            return failed(QStringLiteral("The contract %1 of %2 returned no data for balanceOf(%3) at height %4; check that it is an "
                                         "ERC-20 deployed at that height.")
                              .arg(k.contract, k.asset, k.address)
                              .arg(height));
        }
        const HexValue v = parseHexQuantity(text);
        const bool wordOk = k.contract.isEmpty() || text.size() == 66;
        if (!v.ok || !wordOk) {
            return failed(QStringLiteral("The node at %1 answered %2 for %3 of %4 with %5, not an amount.")
                              .arg(m_rpc.displayUrl(), calls[i].first, k.asset, k.address, text.left(80)));
        }
        if (v.tooLarge) {
            return failed(
                QStringLiteral("The %1 balance of %2 at height %3 is above 2^127-1 base units, outside the amounts Custos can hold.")
                    .arg(k.asset, k.address)
                    .arg(height));
        }
        out.append(Balance{k, Amount::fromBaseUnits(v.value)});
    }

    auto after = blockAt(height);
    CUSTOS_TRY(after);
    if (after->hash != before->hash)
        return reorganised(height);
    return out;
}

Result<QList<Transfer>> EvmSource::transfers(const QList<AssetAddress> &keys, qint64 fromHeight, qint64 toHeight)
{
    CUSTOS_TRY(checkKeys(keys));
    if (fromHeight < -1 || toHeight < fromHeight) {
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("Cannot list transfers after height %1 up to height %2; the range is empty or negative.")
                             .arg(fromHeight)
                             .arg(toHeight));
    }
    if (keys.isEmpty() || fromHeight == toHeight)
        return QList<Transfer>{};
    auto pinned = blockAt(toHeight);
    CUSTOS_TRY(pinned);

    QHash<QString, AssetAddress> native;
    QHash<QString, QHash<QString, AssetAddress>> tokens;
    QStringList contractOrder;
    for (const AssetAddress &k : keys) {
        const QString address = k.address.toLower();
        if (k.contract.isEmpty()) {
            if (!native.contains(address))
                native.insert(address, k);
            continue;
        }
        const QString contract = k.contract.toLower();
        if (!tokens.contains(contract))
            contractOrder.append(contract);
        auto &perAddress = tokens[contract];
        if (!perAddress.contains(address))
            perAddress.insert(address, k);
    }

    QList<Found> found;
    if (!native.isEmpty())
        CUSTOS_TRY(walkNative(native, fromHeight, toHeight, pinned->hash, found));
    for (const QString &contract : contractOrder)
        CUSTOS_TRY(tokenLogs(contract, tokens.value(contract), fromHeight, toHeight, found));

    auto after = blockAt(toHeight);
    CUSTOS_TRY(after);
    if (after->hash != pinned->hash)
        return reorganised(toHeight);

    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return std::tie(a.transfer.height, a.txIndex, a.logIndex) < std::tie(b.transfer.height, b.txIndex, b.logIndex);
    });
    QList<Transfer> out;
    out.reserve(found.size());
    for (Found &f : found)
        out.append(std::move(f.transfer));
    return out;
}

Status EvmSource::walkNative(const QHash<QString, AssetAddress> &addresses, qint64 fromHeight, qint64 toHeight, const QString &pinnedHash,
                             QList<Found> &out)
{
    struct Candidate {
        QString hash;
        qint64 height = 0;
        qint64 txIndex = 0;
        QString from;
        QString to;
        int128 value = 0;
    };
    QList<Candidate> candidates;
    QString previousHash;
    const int perRequest = std::min(kFullBlocksPerRequest, std::max(1, m_rpc.options().batchSize));
    for (qint64 first = fromHeight + 1; first <= toHeight; first += kBlockWalkSegment) {
        const qint64 last = std::min(toHeight, first + kBlockWalkSegment - 1);
        QList<QPair<QString, QJsonArray>> calls;
        for (qint64 h = first; h <= last; ++h)
            calls.append({QStringLiteral("eth_getBlockByNumber"), QJsonArray{toHexQuantity(h), true}});
        auto blocks = m_rpc.batch(calls, BatchControl{perRequest, {}});
        CUSTOS_TRY(blocks);
        for (qint64 h = first; h <= last; ++h) {
            const QJsonValue &value = blocks->at(h - first);
            if (value.isNull())
                return failed(QStringLiteral("The node at %1 has no block at height %2; its tip is lower.").arg(m_rpc.displayUrl()).arg(h));
            const QJsonObject b = value.toObject();
            if (parseHexHeight(field(b, "number")) != h)
                return failed(QStringLiteral("The node at %1 answered eth_getBlockByNumber for height %2 with another block.")
                                  .arg(m_rpc.displayUrl())
                                  .arg(h));
            // Consecutive blocks must link; a break means the chain changed under the walk.
            if (!previousHash.isEmpty() && field(b, "parentHash").toLower() != previousHash)
                return reorganised(h);
            previousHash = field(b, "hash").toLower();
            for (const QJsonValue txValue : b.value(QLatin1String("transactions")).toArray()) {
                const QJsonObject tx = txValue.toObject();
                const QString from = field(tx, "from").toLower();
                const QString to = field(tx, "to").toLower(); // empty for a contract creation
                if (!addresses.contains(from) && !addresses.contains(to))
                    continue;
                const HexValue v = parseHexQuantity(field(tx, "value"));
                const std::optional<qint64> index = parseHexHeight(field(tx, "transactionIndex"));
                if (!v.fits() || !index || field(tx, "hash").size() != 66) {
                    return failed(QStringLiteral("The node at %1 described a transaction in block %2 it cannot account for (value %3).")
                                      .arg(m_rpc.displayUrl())
                                      .arg(h)
                                      .arg(field(tx, "value").left(80)));
                }
                if (v.value != 0)
                    candidates.append({field(tx, "hash").toLower(), h, *index, from, to, v.value});
            }
        }
    }
    if (previousHash != pinnedHash)
        return reorganised(toHeight);
    if (candidates.isEmpty())
        return okStatus();

    // A reverted transaction stays in its block but moves no value: keep successful ones only.
    QList<QPair<QString, QJsonArray>> receiptCalls;
    for (const Candidate &c : candidates)
        receiptCalls.append({QStringLiteral("eth_getTransactionReceipt"), QJsonArray{c.hash}});
    auto receipts = m_rpc.batch(receiptCalls);
    CUSTOS_TRY(receipts);
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates[i];
        const QJsonObject receipt = receipts->at(i).toObject();
        if (receipt.isEmpty() || parseHexHeight(field(receipt, "blockNumber")) != c.height)
            return failed(QStringLiteral("The node at %1 has no receipt for transaction %2 in block %3.")
                              .arg(m_rpc.displayUrl(), c.hash)
                              .arg(c.height));
        if (field(receipt, "status") == QLatin1String("0x0"))
            continue;
        if (addresses.contains(c.from)) {
            const AssetAddress &k = addresses[c.from];
            const QString counterparty = c.to.isEmpty() ? QString() : checksummed(c.to);
            out.append({{c.hash, c.height, k.address, k.asset, Amount::fromBaseUnits(-c.value), counterparty}, c.txIndex, -1});
        }
        if (addresses.contains(c.to)) {
            const AssetAddress &k = addresses[c.to];
            out.append({{c.hash, c.height, k.address, k.asset, Amount::fromBaseUnits(c.value), checksummed(c.from)}, c.txIndex, -1});
        }
    }
    return okStatus();
}

Status EvmSource::tokenLogs(const QString &contract, const QHash<QString, AssetAddress> &addresses, qint64 fromHeight, qint64 toHeight,
                            QList<Found> &out)
{
    const QStringList all = addresses.keys();
    QList<QPair<QString, QJsonArray>> calls;
    QList<bool> outgoing; // per call: topic1 (sender) or topic2 (receiver) filter
    for (qint64 first = fromHeight + 1; first <= toHeight; first += kLogBlockSpan) {
        const qint64 last = std::min(toHeight, first + kLogBlockSpan - 1);
        for (qsizetype a = 0; a < all.size(); a += kTopicAddresses) {
            QJsonArray words;
            for (const QString &address : all.mid(a, kTopicAddresses))
                words.append(addressWord(address));
            for (const bool sender : {true, false}) {
                const QJsonArray topics = sender ? QJsonArray{kTransferTopic, words} : QJsonArray{kTransferTopic, QJsonValue(), words};
                const QJsonObject filter{{QStringLiteral("address"), contract},
                                         {QStringLiteral("fromBlock"), toHexQuantity(first)},
                                         {QStringLiteral("toBlock"), toHexQuantity(last)},
                                         {QStringLiteral("topics"), topics}};
                calls.append({QStringLiteral("eth_getLogs"), QJsonArray{filter}});
                outgoing.append(sender);
            }
        }
    }
    const int perRequest = std::min(kFullBlocksPerRequest, std::max(1, m_rpc.options().batchSize));
    auto answers = m_rpc.batch(calls, BatchControl{perRequest, {}});
    CUSTOS_TRY(answers);

    const auto strange = [&](qint64 height, const QString &why) {
        return failed(
            QStringLiteral("The node at %1 answered eth_getLogs for token %2 with a log it cannot account for near height %3 (%4).")
                .arg(m_rpc.displayUrl(), checksummed(contract))
                .arg(height)
                .arg(why));
    };
    for (qsizetype i = 0; i < calls.size(); ++i) {
        if (!answers->at(i).isArray())
            return strange(fromHeight + 1, QStringLiteral("no list of logs"));
        for (const QJsonValue logValue : answers->at(i).toArray()) {
            const QJsonObject log = logValue.toObject();
            const std::optional<qint64> height = parseHexHeight(field(log, "blockNumber"));
            if (!height || *height <= fromHeight || *height > toHeight)
                return strange(toHeight, QStringLiteral("outside the asked blocks"));
            if (log.value(QLatin1String("removed")).toBool())
                return reorganised(*height);
            const QJsonArray topics = log.value(QLatin1String("topics")).toArray();
            if (field(log, "address").toLower() != contract || topics.size() != 3 || topics.at(0).toString().toLower() != kTransferTopic)
                return strange(*height, QStringLiteral("not an ERC-20 Transfer of this contract"));
            const QString from = topicAddress(topics.at(1).toString());
            const QString to = topicAddress(topics.at(2).toString());
            const QString data = field(log, "data");
            const HexValue v = parseHexQuantity(data);
            const std::optional<qint64> txIndex = parseHexHeight(field(log, "transactionIndex"));
            const std::optional<qint64> logIndex = parseHexHeight(field(log, "logIndex"));
            const QString txHash = field(log, "transactionHash").toLower();
            if (from.isEmpty() || to.isEmpty() || data.size() != 66 || !v.ok || !txIndex || !logIndex || txHash.size() != 66)
                return strange(*height, QStringLiteral("malformed Transfer event"));
            if (v.tooLarge)
                return strange(*height, QStringLiteral("an amount above 2^127-1 base units"));
            const bool sender = outgoing[i];
            const QString mine = sender ? from : to;
            if (!addresses.contains(mine))
                continue; // a node that ignores topic filters: keep only our addresses
            const AssetAddress &k = addresses[mine];
            const Amount amount = Amount::fromBaseUnits(sender ? -v.value : v.value);
            out.append({{txHash, *height, k.address, k.asset, amount, checksummed(sender ? to : from)}, *txIndex, *logIndex});
        }
    }
    return okStatus();
}

} // namespace custos::chain
