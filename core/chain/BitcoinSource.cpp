#include "chain/BitcoinSource.h"

#include "chain/AddressCheck.h"
#include "chain/Base58.h"
#include "chain/Bech32.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QThread>

#include <algorithm>

namespace custos::chain {

namespace {

// Block 0 of each network, as `getblockhash 0` prints it (checked against each chain's
// chainparams.cpp and by hashing the genesis headers). bitcoin-testnet is testnet3.
constexpr std::pair<const char *, const char *> kGenesis[] = {
    {"bitcoin", "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"},
    {"bitcoin-testnet", "000000000933ea01ad0ee984209779baaec3ced90fa3f408719526f8d77f4943"},
    {"bitcoin-regtest", "0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206"},
    {"litecoin", "12a765e31ffd4059bada1e25190f6e98c99d9714d334efa41a195a7e7e04bfe2"},
    {"litecoin-regtest", "530827f38f93b43ed12af0b3ad25a288dc02ed74d6d7857862df51fc56c416f9"},
};

constexpr int kPrevoutLookupsPerBatch = 1000; // getrawtransaction calls held in memory at once
constexpr qsizetype kMaxRememberedTxids = 1000000;
constexpr int kBusyFirstPauseMs = 250;
constexpr int kBusyMaxPauseMs = 5000;

bool isHash(const QString &s)
{
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

// Numbers arrive from JsonRpcClient as strings holding their exact text.
std::optional<qint64> intOf(const QJsonValue &v)
{
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return v.isString() && ok ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<Amount> coinsOf(const QJsonValue &v, int decimals)
{
    if (!v.isString())
        return std::nullopt;
    Result<Amount> a = Amount::parse(v.toString(), decimals);
    if (!a.ok() || a->isNegative())
        return std::nullopt;
    return a.value();
}

// A vout (or prevout) object: its scriptPubKey as lower-case hex, index and value.
struct Output {
    QByteArray script;
    std::optional<qint64> n;
    std::optional<Amount> value;
};

Output outputOf(const QJsonObject &o, int decimals)
{
    return Output{o.value(QStringLiteral("scriptPubKey")).toObject().value(QStringLiteral("hex")).toString().toLatin1(),
                  intOf(o.value(QStringLiteral("n"))), coinsOf(o.value(QStringLiteral("value")), decimals)};
}

bool addTo(Amount &sum, Amount v)
{
    const std::optional<Amount> r = sum.checkedAdd(v);
    if (r)
        sum = *r;
    return r.has_value();
}

Error badInput(const QString &sentence)
{
    return makeError(ErrorCode::BadInput, sentence);
}

} // namespace

BitcoinSource::BitcoinSource(Network network, RpcEndpoint endpoint, SourceOptions options)
    : m_network(std::move(network)), m_options(std::move(options))
{
    m_rpc = std::make_unique<JsonRpcClient>(endpoint, m_options);
    SourceOptions scanOptions = m_options;
    scanOptions.timeoutMs = std::max(m_options.timeoutMs, kScanTimeoutMs);
    m_scanRpc = std::make_unique<JsonRpcClient>(std::move(endpoint), scanOptions);
}

BitcoinSource::~BitcoinSource() = default;

QString BitcoinSource::genesisHash(const QString &networkName)
{
    for (const auto &[network, hash] : kGenesis) {
        if (networkName == QLatin1String(network))
            return QLatin1String(hash);
    }
    return QString();
}

Result<QByteArray> BitcoinSource::scriptPubKey(const Network &network, const QString &address)
{
    if (network.isEvm())
        return badInput(QStringLiteral("%1 is an EVM network; a Bitcoin Core source serves UTXO networks only").arg(network.name));
    Result<QString> canonical = normalizeAddress(network, address);
    CUSTOS_TRY(canonical);
    if (canonical->startsWith(network.bech32Hrp + QLatin1Char('1'))) {
        Result<SegwitAddress> segwit = decodeSegwit(network.bech32Hrp, *canonical);
        CUSTOS_TRY(segwit);
        return segwitScriptPubKey(*segwit);
    }
    Result<QByteArray> payload = base58CheckDecode(*canonical);
    CUSTOS_TRY(payload);
    const QByteArray hash = payload->mid(1);
    if (static_cast<quint8>(payload->at(0)) == network.p2pkhVersion) // OP_DUP OP_HASH160 <20> OP_EQUALVERIFY OP_CHECKSIG
        return QByteArray::fromHex("76a914") + hash + QByteArray::fromHex("88ac");
    return QByteArray::fromHex("a914") + hash + QByteArray::fromHex("87"); // OP_HASH160 <20> OP_EQUAL
}

Error BitcoinSource::failed(const QString &sentence) const
{
    return makeError(ErrorCode::SourceFailed, sentence);
}

Error BitcoinSource::malformed(const QString &method, const QString &what) const
{
    return failed(QStringLiteral("The node at %1 answered %2 with unexpected data (%3).").arg(m_rpc->displayUrl(), method, what));
}

Error BitcoinSource::moved(const QString &detail) const
{
    return failed(QStringLiteral("The chain moved during the run: %1 at the node at %2; nothing was compared, run again.")
                      .arg(detail, m_rpc->displayUrl()));
}

Result<qint64> BitcoinSource::height()
{
    Result<QJsonValue> r = m_rpc->call(QStringLiteral("getblockcount"), {});
    CUSTOS_TRY(r);
    const std::optional<qint64> h = intOf(*r);
    if (!h || *h < 0)
        return malformed(QStringLiteral("getblockcount"), QStringLiteral("not a block height"));
    return *h;
}

Result<QString> BitcoinSource::hashAt(qint64 height)
{
    Result<QJsonValue> r = m_rpc->call(QStringLiteral("getblockhash"), {height});
    CUSTOS_TRY(r);
    if (!isHash(r->toString()))
        return malformed(QStringLiteral("getblockhash"), QStringLiteral("not a block hash"));
    return r->toString();
}

Status BitcoinSource::checkNetwork()
{
    const QString expected = genesisHash(m_network.name);
    if (expected.isEmpty())
        return badInput(QStringLiteral("%1 is not a Bitcoin Core network; use bitcoin, bitcoin-testnet, bitcoin-regtest, litecoin or "
                                       "litecoin-regtest with a bitcoind: source")
                            .arg(m_network.name));
    Result<QString> genesis = hashAt(0);
    CUSTOS_TRY(genesis);
    if (*genesis == expected)
        return okStatus();
    QString known;
    for (const auto &[network, hash] : kGenesis) {
        if (*genesis == QLatin1String(hash))
            known = QStringLiteral(", which is %1").arg(QLatin1String(network));
    }
    return failed(QStringLiteral("The node at %1 is on another network (genesis block %2%3), not %4; point the source at a %4 node.")
                      .arg(m_rpc->displayUrl(), *genesis, known, m_network.name));
}

Result<BlockRef> BitcoinSource::tip()
{
    Result<qint64> h = height();
    CUSTOS_TRY(h);
    return blockAt(*h);
}

Result<BlockRef> BitcoinSource::blockAt(qint64 height)
{
    if (height < 0)
        return badInput(QStringLiteral("block height %1 is negative").arg(height));
    Result<qint64> top = this->height();
    CUSTOS_TRY(top);
    if (height > *top)
        return failed(
            QStringLiteral("Block %1 is above the tip (block %2) of the node at %3.").arg(height).arg(*top).arg(m_rpc->displayUrl()));
    Result<QString> hash = hashAt(height);
    CUSTOS_TRY(hash);
    return BlockRef{height, *hash};
}

Result<BitcoinSource::ScriptSet> BitcoinSource::scriptsOf(const QList<AssetAddress> &keys) const
{
    ScriptSet set;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const AssetAddress &k = keys[i];
        if (!k.contract.isEmpty())
            return badInput(QStringLiteral("asset %1 of address %2 is a token (contract %3); a Bitcoin Core node knows only %4's native "
                                           "asset")
                                .arg(k.asset, k.address, k.contract, m_network.name));
        Result<QByteArray> script = scriptPubKey(m_network, k.address);
        CUSTOS_TRY(script);
        const QByteArray hex = script->toHex();
        set.keysOf[hex].append(static_cast<int>(i));
        set.scriptOfKey.append(hex);
    }
    return set;
}

Status BitcoinSource::stillOnBestChain(qint64 height, const QString &hash)
{
    Result<qint64> top = this->height();
    CUSTOS_TRY(top);
    if (*top < height)
        return moved(QStringLiteral("the tip fell from block %1 to %2").arg(height).arg(*top));
    Result<QString> now = hashAt(height);
    CUSTOS_TRY(now);
    if (*now != hash)
        return moved(QStringLiteral("block %1 was %2 and is now %3").arg(height).arg(hash, *now));
    return okStatus();
}

Status BitcoinSource::requireTxIndex(const QString &why)
{
    if (!m_txIndex) { // getindexinfo is there from 0.21 on
        Result<QJsonValue> info = m_rpc->call(QStringLiteral("getindexinfo"), {});
        CUSTOS_TRY(info);
        const QJsonObject txindex = info->toObject().value(QStringLiteral("txindex")).toObject();
        if (!txindex.isEmpty() && txindex.value(QStringLiteral("synced")) != QJsonValue(true))
            return failed(QStringLiteral("The transaction index of the node at %1 is still being built (at block %2), and %3 needs it; "
                                         "wait until getindexinfo reports it synced, then run again.")
                              .arg(m_rpc->displayUrl(), txindex.value(QStringLiteral("best_block_height")).toString(), why));
        m_txIndex = !txindex.isEmpty();
    }
    if (*m_txIndex)
        return okStatus();
    return failed(QStringLiteral("The node at %1 keeps no transaction index, and %2 needs the previous outputs of spent coins, which "
                                 "Bitcoin Core before 23.0 gives only through it: restart the node with -txindex=1 (it builds the index "
                                 "once), or reconcile at the tip.")
                      .arg(m_rpc->displayUrl(), why));
}

Status BitcoinSource::resolvePrevouts(const ScriptSet &scripts, const QList<PendingInput> &pending, QList<Delta> &out, const QString &why)
{
    if (pending.isEmpty())
        return okStatus();
    CUSTOS_TRY(requireTxIndex(why));
    QSet<QString> distinct;
    for (const PendingInput &p : pending)
        distinct.insert(p.prevTxid);
    const QStringList txids(distinct.begin(), distinct.end());
    QHash<QString, QHash<qint64, Delta>> spent; // prev txid -> vout -> (script, value) when ours
    const QString method = QStringLiteral("getrawtransaction");
    for (qsizetype start = 0; start < txids.size(); start += kPrevoutLookupsPerBatch) {
        QList<QPair<QString, QJsonArray>> calls;
        for (qsizetype i = start; i < std::min(txids.size(), start + kPrevoutLookupsPerBatch); ++i)
            calls.append({method, QJsonArray{txids[i], true}});
        Result<QList<QJsonValue>> answers = m_rpc->batch(calls);
        CUSTOS_TRY(answers);
        for (qsizetype i = 0; i < answers->size(); ++i) {
            for (const QJsonValue vout : answers->at(i).toObject().value(QStringLiteral("vout")).toArray()) {
                const Output o = outputOf(vout.toObject(), m_network.nativeDecimals);
                if (!scripts.keysOf.contains(o.script))
                    continue;
                if (!o.n || !o.value)
                    return malformed(method, QStringLiteral("an output of %1 without a valid n or value").arg(txids[start + i]));
                spent[txids[start + i]].insert(*o.n, Delta{0, 0, QString(), o.script, *o.value});
            }
        }
    }
    for (const PendingInput &p : pending) {
        const auto tx = spent.constFind(p.prevTxid);
        if (tx == spent.constEnd() || !tx->contains(p.prevVout))
            continue;
        const Delta &d = *tx->constFind(p.prevVout);
        out.append(Delta{p.height, p.txIndex, p.txid, d.script, *d.amount.negated()});
    }
    return okStatus();
}

Result<BitcoinSource::Walk> BitcoinSource::walk(const ScriptSet &scripts, qint64 from, qint64 to, const QString &why)
{
    Walk w;
    QList<QPair<QString, QJsonArray>> calls;
    for (qint64 h = from; h <= to; ++h)
        calls.append({QStringLiteral("getblockhash"), QJsonArray{h}});
    Result<QList<QJsonValue>> hashes = m_rpc->batch(calls);
    CUSTOS_TRY(hashes);
    for (qint64 h = from; h <= to; ++h) {
        const QString hash = hashes->at(h - from).toString();
        if (!isHash(hash))
            return malformed(QStringLiteral("getblockhash"), QStringLiteral("not a block hash for block %1").arg(h));
        w.hashes.insert(h, hash);
    }

    QHash<QString, QHash<qint64, Delta>> ours; // outputs paying the scripts in walked blocks: txid -> vout -> delta
    QSet<QString> walkedTxids;                 // saves lookups of outputs created inside the walk
    const QString getblock = QStringLiteral("getblock");
    for (qint64 first = from + 1; first <= to; first += kBlocksPerBatch) {
        const qint64 last = std::min(to, first + kBlocksPerBatch - 1);
        calls.clear();
        for (qint64 h = first; h <= last; ++h) // verbosity 3 adds prevout from 23.0; older nodes treat it as 2
            calls.append({getblock, QJsonArray{w.hashes.value(h), 3}});
        Result<QList<QJsonValue>> blocks = m_rpc->batch(calls, BatchControl{1, {}}); // one block per HTTP request
        CUSTOS_TRY(blocks);
        QList<PendingInput> pending;
        for (qint64 h = first; h <= last; ++h) {
            const QJsonObject block = blocks->at(h - first).toObject();
            if (block.value(QStringLiteral("hash")).toString() != w.hashes.value(h))
                return malformed(getblock, QStringLiteral("another block than %1").arg(w.hashes.value(h)));
            if (block.value(QStringLiteral("previousblockhash")).toString() != w.hashes.value(h - 1))
                return moved(QStringLiteral("block %1 no longer follows block %2 %3").arg(h).arg(h - 1).arg(w.hashes.value(h - 1)));
            if (walkedTxids.size() > kMaxRememberedTxids)
                walkedTxids.clear();
            const QJsonArray txs = block.value(QStringLiteral("tx")).toArray();
            for (int t = 0; t < txs.size(); ++t) {
                const QJsonObject tx = txs[t].toObject();
                const QString txid = tx.value(QStringLiteral("txid")).toString();
                if (!isHash(txid))
                    return malformed(getblock, QStringLiteral("a transaction without a txid in block %1").arg(h));
                for (const QJsonValue in : tx.value(QStringLiteral("vin")).toArray()) {
                    const QJsonObject i = in.toObject();
                    if (i.contains(QStringLiteral("coinbase")) || i.value(QStringLiteral("ismweb")).toBool())
                        continue;
                    const QString prevTxid = i.value(QStringLiteral("txid")).toString();
                    const std::optional<qint64> prevVout = intOf(i.value(QStringLiteral("vout")));
                    if (!isHash(prevTxid) || !prevVout)
                        return malformed(getblock, QStringLiteral("an input of %1 without txid and vout").arg(txid));
                    const QJsonObject prevout = i.value(QStringLiteral("prevout")).toObject();
                    const auto own = ours.find(prevTxid);
                    if (own != ours.end() || walkedTxids.contains(prevTxid)) {
                        if (own != ours.end() && own->contains(*prevVout)) {
                            const Delta spentOutput = own->take(*prevVout);
                            w.deltas.append(Delta{h, t, txid, spentOutput.script, *spentOutput.amount.negated()});
                        }
                    } else if (!prevout.isEmpty()) { // Bitcoin Core 23.0 and later
                        const Output o = outputOf(prevout, m_network.nativeDecimals);
                        if (!o.value)
                            return malformed(getblock, QStringLiteral("a prevout of %1 without a valid value").arg(txid));
                        if (scripts.keysOf.contains(o.script))
                            w.deltas.append(Delta{h, t, txid, o.script, *o.value->negated()});
                    } else {
                        pending.append(PendingInput{h, t, txid, prevTxid, *prevVout});
                    }
                }
                for (const QJsonValue vout : tx.value(QStringLiteral("vout")).toArray()) {
                    const Output o = outputOf(vout.toObject(), m_network.nativeDecimals);
                    if (!scripts.keysOf.contains(o.script) || vout.toObject().value(QStringLiteral("ismweb")).toBool())
                        continue;
                    if (!o.n || !o.value)
                        return malformed(getblock, QStringLiteral("an output of %1 without a valid n or value").arg(txid));
                    ours[txid].insert(*o.n, Delta{h, t, txid, o.script, *o.value});
                    w.deltas.append(Delta{h, t, txid, o.script, *o.value});
                }
                walkedTxids.insert(txid);
            }
        }
        CUSTOS_TRY(resolvePrevouts(scripts, pending, w.deltas, why));
    }
    std::stable_sort(w.deltas.begin(), w.deltas.end(),
                     [](const Delta &a, const Delta &b) { return a.height != b.height ? a.height < b.height : a.txIndex < b.txIndex; });
    return w;
}

Result<QJsonObject> BitcoinSource::scan(const QList<QByteArray> &scripts)
{
    static QMutex scanLock; // the node runs one scantxoutset at a time; so does this process
    const QMutexLocker locker(&scanLock);
    QJsonArray descriptors;
    for (const QByteArray &s : scripts)
        descriptors.append(QStringLiteral("raw(%1)").arg(QLatin1String(s)));
    const QString method = QStringLiteral("scantxoutset");
    QElapsedTimer waiting;
    waiting.start();
    int pauseMs = kBusyFirstPauseMs;
    for (;;) {
        Result<QJsonValue> r = m_scanRpc->call(method, {QStringLiteral("start"), descriptors});
        if (r.ok()) {
            const QJsonObject o = r->toObject();
            if (o.value(QStringLiteral("success")) != QJsonValue(true))
                return failed(QStringLiteral("The node at %1 aborted its UTXO scan (another client sent scantxoutset abort); run again.")
                                  .arg(m_rpc->displayUrl()));
            return o;
        }
        // Another client's scan (or our own timed-out one, still running on the node) holds it.
        const std::optional<RpcError> &e = m_scanRpc->lastRpcError();
        if (!e || !e->message.contains(QLatin1String("already in progress")))
            return r.error();
        if (waiting.elapsed() > kScanTimeoutMs)
            return failed(QStringLiteral("The node at %1 was busy with another UTXO scan for %2 s; run again when it is done.")
                              .arg(m_rpc->displayUrl())
                              .arg(waiting.elapsed() / 1000));
        if (m_options.cancel != nullptr && m_options.cancel->load())
            return failed(QStringLiteral("The run was cancelled while waiting for the node at %1 to finish another UTXO scan.")
                              .arg(m_rpc->displayUrl()));
        QThread::msleep(static_cast<unsigned long>(pauseMs));
        pauseMs = std::min(pauseMs * 2, kBusyMaxPauseMs);
    }
}

Result<QList<Balance>> BitcoinSource::balances(const QList<AssetAddress> &keys, qint64 height, const SourceProgress &progress)
{
    if (height < 0)
        return badInput(QStringLiteral("block height %1 is negative").arg(height));
    Result<ScriptSet> scripts = scriptsOf(keys);
    CUSTOS_TRY(scripts);
    Result<BlockRef> pinned = blockAt(height);
    CUSTOS_TRY(pinned);
    QList<Balance> out;
    for (const AssetAddress &k : keys)
        out.append(Balance{k, Amount()});
    if (keys.isEmpty())
        return out;

    QList<QByteArray> all = scripts->keysOf.keys();
    std::sort(all.begin(), all.end());
    QHash<QByteArray, Amount> sums;      // script -> balance at the block its scan saw
    QHash<QByteArray, qint64> scannedAt; // script -> height of that block
    QHash<qint64, QString> scanHashes;   // height -> hash a scan reported
    qint64 done = 0;
    const QString method = QStringLiteral("scantxoutset");
    for (qsizetype start = 0; start < all.size(); start += kScanChunk) {
        const QList<QByteArray> chunk = all.mid(start, kScanChunk);
        Result<QJsonObject> r = scan(chunk);
        CUSTOS_TRY(r);
        const std::optional<qint64> at = intOf(r->value(QStringLiteral("height")));
        const QString best = r->value(QStringLiteral("bestblock")).toString();
        if (!at || !isHash(best))
            return malformed(method, QStringLiteral("no height and best block"));
        if (*at < height)
            return moved(QStringLiteral("the tip fell below block %1 (a scan saw block %2)").arg(height).arg(*at));
        if (scanHashes.value(*at, best) != best)
            return moved(QStringLiteral("two scans saw different blocks at height %1").arg(*at));
        scanHashes.insert(*at, best);
        const QSet<QByteArray> asked(chunk.begin(), chunk.end());
        for (const QJsonValue u : r->value(QStringLiteral("unspents")).toArray()) {
            const QJsonObject o = u.toObject();
            const QByteArray script = o.value(QStringLiteral("scriptPubKey")).toString().toLatin1();
            const std::optional<Amount> amount = coinsOf(o.value(QStringLiteral("amount")), m_network.nativeDecimals);
            if (!asked.contains(script) || !amount)
                return malformed(method, QStringLiteral("an unspent output of a script not asked for, or without a valid amount"));
            if (!addTo(sums[script], *amount))
                return malformed(method, QStringLiteral("amounts beyond any possible supply"));
        }
        for (const QByteArray &s : chunk) {
            scannedAt.insert(s, *at);
            done += scripts->keysOf.value(s).size();
        }
        if (progress)
            progress(done, keys.size());
    }

    const qint64 newest = *std::max_element(scannedAt.cbegin(), scannedAt.cend());
    QString newestHash = pinned->hash;
    if (newest > height) { // undo the blocks the scans saw above the pinned height
        Result<Walk> w = walk(*scripts, height, newest, QStringLiteral("a balance below the node's tip"));
        CUSTOS_TRY(w);
        if (w->hashes.value(height) != pinned->hash)
            return moved(QStringLiteral("block %1 changed from %2 to %3").arg(height).arg(pinned->hash, w->hashes.value(height)));
        for (auto it = scanHashes.cbegin(); it != scanHashes.cend(); ++it) {
            if (w->hashes.value(it.key()) != it.value())
                return moved(QStringLiteral("a scan saw block %1 as %2, now %3").arg(it.key()).arg(it.value(), w->hashes.value(it.key())));
        }
        for (const Delta &d : w->deltas) {
            if (scannedAt.value(d.script) >= d.height && !addTo(sums[d.script], *d.amount.negated()))
                return malformed(QStringLiteral("getblock"), QStringLiteral("amounts beyond any possible supply"));
        }
        newestHash = w->hashes.value(newest);
    } else if (scanHashes.value(height) != pinned->hash) {
        return moved(QStringLiteral("block %1 changed from %2 to %3").arg(height).arg(pinned->hash, scanHashes.value(height)));
    }
    CUSTOS_TRY(stillOnBestChain(newest, newestHash));

    for (qsizetype i = 0; i < keys.size(); ++i) {
        const Amount balance = sums.value(scripts->scriptOfKey[i]);
        if (balance.isNegative())
            return failed(QStringLiteral("The node at %1 answered inconsistently: undoing blocks %2..%3 leaves address %4 below zero.")
                              .arg(m_rpc->displayUrl())
                              .arg(height + 1)
                              .arg(newest)
                              .arg(keys[i].address));
        out[i].balance = balance;
    }
    return out;
}

Result<QList<Transfer>> BitcoinSource::transfers(const QList<AssetAddress> &keys, qint64 fromHeight, qint64 toHeight)
{
    if (fromHeight < 0 || toHeight < fromHeight)
        return badInput(QStringLiteral("block range %1..%2 is not a range of heights (0 <= from <= to)").arg(fromHeight).arg(toHeight));
    Result<ScriptSet> scripts = scriptsOf(keys);
    CUSTOS_TRY(scripts);
    Result<BlockRef> last = blockAt(toHeight);
    CUSTOS_TRY(last);
    if (keys.isEmpty() || fromHeight == toHeight)
        return QList<Transfer>{};
    Result<Walk> w =
        walk(*scripts, fromHeight, toHeight, QStringLiteral("finding the transfers of blocks %1..%2").arg(fromHeight + 1).arg(toHeight));
    CUSTOS_TRY(w);
    CUSTOS_TRY(stillOnBestChain(toHeight, w->hashes.value(toHeight)));

    // One entry per (transaction, script), netted, in chain order.
    QList<Delta> nets;
    QHash<QString, qsizetype> position; // txid + script -> index into nets
    for (const Delta &d : w->deltas) {
        const QString key = d.txid + QLatin1Char(':') + QLatin1String(d.script);
        const auto at = position.constFind(key);
        if (at == position.constEnd()) {
            position.insert(key, nets.size());
            nets.append(d);
        } else if (!addTo(nets[*at].amount, d.amount)) {
            return malformed(QStringLiteral("getblock"), QStringLiteral("amounts beyond any possible supply"));
        }
    }
    QList<Transfer> out;
    for (const Delta &d : nets) {
        if (d.amount.isZero())
            continue;
        for (int i : scripts->keysOf.value(d.script))
            out.append(Transfer{d.txid, d.height, keys[i].address, keys[i].asset, d.amount, QString()});
    }
    return out;
}

} // namespace custos::chain
