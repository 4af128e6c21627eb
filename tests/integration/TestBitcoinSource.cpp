// BitcoinSource against a real litecoind -regtest (Debian litecoind 0.21, a Bitcoin Core 0.21
// fork) started by the test: network check, credentials, balances at the tip and below it,
// transfers, and a node killed mid-run. A missing litecoind FAILS the test, never skips it.

#include "LitecoinPeer.h"
#include "chain/Base58.h"
#include "chain/Bech32.h"
#include "chain/BitcoinSource.h"
#include "chain/RpcEndpoints.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace custos;
using namespace custos::chain;
using custos::test::LitecoinPeer;

namespace {

const QString kAsset = QStringLiteral("litecoin-regtest:LTC");

Amount coins(const char *text)
{
    return Amount::parse(QString::fromLatin1(text), 8).value();
}

AssetAddress key(const QString &address)
{
    return AssetAddress{address, kAsset, QString(), 8};
}

Network net(const char *name)
{
    return networkByName(QString::fromLatin1(name)).value();
}

} // namespace

class TestBitcoinSource : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void genesisTable();
    void checkNetworkAcceptsLitecoinRegtest();
    void checkNetworkRefusesOtherGenesis();
    void wrongPasswordIsRefused();
    void sourceStringAndCookieFileAuth();
    void tipAndBlockAt();
    void balancesAtTip();
    void balancesAtOlderHeights();
    void legacyP2shFormSameScript();
    void manyAddressesAcrossScans();
    void balancesAboveTipRefused();
    void transfersAreSigned();
    void foreignKeysRefused();
    void netTransferWithChange();
    void tipGrowingDuringScansIsUndone();
    void reorgMidRunIsRefused();
    void withoutTxindex();
    void killedMidRunFails();

private:
    std::unique_ptr<BitcoinSource> source(const Network &network, SourceOptions options = {});
    QList<AssetAddress> randomKeys(int count) const;

    LitecoinPeer m_peer;
    QString m_a, m_b, m_c, m_d, m_e; // A: 3 receipts, B: legacy p2pkh, C: p2sh-segwit 1 sat, D: one of two outputs spent, E: empty
    qint64 m_h0 = 0, m_h1 = 0, m_h2 = 0, m_h3 = 0;
    QStringList m_txH1; // A 1 sat, A 1.5, B 2.25, C 1 sat, D 3, D 0.5
    QString m_txA3, m_txSpend;
    QElapsedTimer m_clock;
};

std::unique_ptr<BitcoinSource> TestBitcoinSource::source(const Network &network, SourceOptions options)
{
    return std::make_unique<BitcoinSource>(network, m_peer.endpoint(), options);
}

QList<AssetAddress> TestBitcoinSource::randomKeys(int count) const
{
    QList<AssetAddress> keys;
    for (int i = 0; i < count; ++i) {
        QByteArray program(20, Qt::Uninitialized);
        for (char &c : program)
            c = static_cast<char>(QRandomGenerator::global()->bounded(256));
        keys.append(key(encodeSegwit(QStringLiteral("rltc"), 0, program).value()));
    }
    return keys;
}

void TestBitcoinSource::initTestCase()
{
    m_clock.start();
    const Status started = m_peer.start();
    QVERIFY2(started.ok(), qPrintable(started.message()));
    QVERIFY(m_peer.createWallet(QStringLiteral("clients")).ok());
    QVERIFY(m_peer.createWallet(QStringLiteral("spender")).ok());
    QVERIFY(m_peer.mine(101).ok());
    m_h0 = m_peer.height().value();

    const QString clients = QStringLiteral("clients");
    m_a = m_peer.newAddress(clients).value();
    m_b = m_peer.newAddress(clients, QStringLiteral("legacy")).value();
    m_c = m_peer.newAddress(clients, QStringLiteral("p2sh-segwit")).value();
    m_d = m_peer.newAddress(QStringLiteral("spender")).value();
    m_e = m_peer.newAddress(clients).value();
    const QString miner = QStringLiteral("miner");
    const QList<QPair<QString, QString>> sends = {{m_a, "0.00000001"}, {m_a, "1.5"}, {m_b, "2.25"},
                                                  {m_c, "0.00000001"}, {m_d, "3"},   {m_d, "0.5"}};
    for (const auto &[to, amount] : sends) {
        Result<QString> tx = m_peer.send(miner, to, amount);
        QVERIFY2(tx.ok(), qPrintable(tx.message()));
        m_txH1.append(*tx);
    }
    QVERIFY(m_peer.mine(1).ok());
    m_h1 = m_peer.height().value();

    Result<QString> txA3 = m_peer.send(miner, m_a, QStringLiteral("0.25"));
    QVERIFY2(txA3.ok(), qPrintable(txA3.message()));
    m_txA3 = *txA3;
    const Result<int> vout = m_peer.outputIndex(QStringLiteral("spender"), m_txH1[4], m_d);
    QVERIFY2(vout.ok(), qPrintable(vout.message()));
    const Result<QString> back = m_peer.newAddress(miner);
    Result<QString> spend = m_peer.spend(QStringLiteral("spender"), QJsonArray{QJsonObject{{"txid", m_txH1[4]}, {"vout", *vout}}},
                                         QJsonObject{{back.value(), "2.9999"}});
    QVERIFY2(spend.ok(), qPrintable(spend.message()));
    m_txSpend = *spend;
    QVERIFY(m_peer.mine(1).ok());
    m_h2 = m_peer.height().value();
    QVERIFY(m_peer.mine(1).ok());
    m_h3 = m_peer.height().value();
    qInfo("litecoind ready with the scenario after %lld ms", static_cast<long long>(m_clock.elapsed()));
}

void TestBitcoinSource::genesisTable()
{
    QCOMPARE(BitcoinSource::genesisHash("bitcoin"), QStringLiteral("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"));
    QCOMPARE(BitcoinSource::genesisHash("bitcoin-testnet"),
             QStringLiteral("000000000933ea01ad0ee984209779baaec3ced90fa3f408719526f8d77f4943"));
    QCOMPARE(BitcoinSource::genesisHash("bitcoin-regtest"),
             QStringLiteral("0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206"));
    QCOMPARE(BitcoinSource::genesisHash("litecoin"), QStringLiteral("12a765e31ffd4059bada1e25190f6e98c99d9714d334efa41a195a7e7e04bfe2"));
    QCOMPARE(BitcoinSource::genesisHash("litecoin-regtest"),
             QStringLiteral("530827f38f93b43ed12af0b3ad25a288dc02ed74d6d7857862df51fc56c416f9"));
    QVERIFY(BitcoinSource::genesisHash("ethereum").isEmpty());
    QCOMPARE(m_peer.blockHash(0).value(), BitcoinSource::genesisHash("litecoin-regtest"));
}

void TestBitcoinSource::checkNetworkAcceptsLitecoinRegtest()
{
    const Status s = source(net("litecoin-regtest"))->checkNetwork();
    QVERIFY2(s.ok(), qPrintable(s.message()));
}

void TestBitcoinSource::checkNetworkRefusesOtherGenesis()
{
    for (const char *other : {"bitcoin-regtest", "litecoin", "bitcoin"}) {
        const Status s = source(net(other))->checkNetwork();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::SourceFailed);
        QVERIFY2(s.message().contains(QLatin1String("another network")), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("not %1").arg(QLatin1String(other))), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QLatin1String("which is litecoin-regtest")), qPrintable(s.message()));
    }
    const Status evm = source(net("ethereum"))->checkNetwork();
    QCOMPARE(evm.error().code, ErrorCode::BadInput);
}

void TestBitcoinSource::wrongPasswordIsRefused()
{
    RpcEndpoint bad = m_peer.endpoint();
    bad.password = QStringLiteral("not-the-password-xyz");
    BitcoinSource src(net("litecoin-regtest"), bad, SourceOptions{});
    const Status s = src.checkNetwork();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::SourceFailed);
    QVERIFY2(s.message().contains(QLatin1String("refused our credentials")), qPrintable(s.message()));
    QVERIFY(!s.message().contains(bad.password));
    QVERIFY(!src.tip().ok());
}

void TestBitcoinSource::sourceStringAndCookieFileAuth()
{
    Result<RpcEndpoint> fromUrl = parseBitcoindSource(m_peer.source(), QString());
    QVERIFY2(fromUrl.ok(), qPrintable(fromUrl.message()));
    BitcoinSource viaUrl(net("litecoin-regtest"), *fromUrl, SourceOptions{});
    QVERIFY(viaUrl.checkNetwork().ok());

    QVERIFY2(QFile::exists(m_peer.cookieFile()), qPrintable(m_peer.cookieFile()));
    Result<RpcEndpoint> fromCookie = parseBitcoindSource(QStringLiteral("bitcoind:") + m_peer.url(), m_peer.cookieFile());
    QVERIFY2(fromCookie.ok(), qPrintable(fromCookie.message()));
    QCOMPARE(fromCookie->user, QStringLiteral("__cookie__"));
    BitcoinSource viaCookie(net("litecoin-regtest"), *fromCookie, SourceOptions{});
    const Status s = viaCookie.checkNetwork();
    QVERIFY2(s.ok(), qPrintable(s.message()));
    const Result<BlockRef> t = viaCookie.tip();
    QVERIFY2(t.ok(), qPrintable(t.message()));
    QCOMPARE(t->height, m_h3);
}

void TestBitcoinSource::tipAndBlockAt()
{
    auto src = source(net("litecoin-regtest"));
    const Result<BlockRef> t = src->tip();
    QVERIFY2(t.ok(), qPrintable(t.message()));
    QCOMPARE(t->height, m_h3);
    QCOMPARE(t->hash, m_peer.blockHash(m_h3).value());
    const Result<BlockRef> b = src->blockAt(m_h1);
    QVERIFY2(b.ok(), qPrintable(b.message()));
    QCOMPARE(b->hash, m_peer.blockHash(m_h1).value());
    const Result<BlockRef> above = src->blockAt(m_h3 + 1);
    QVERIFY(!above.ok());
    QCOMPARE(above.error().code, ErrorCode::SourceFailed);
    QVERIFY2(above.message().contains(QLatin1String("above the tip")), qPrintable(above.message()));
}

void TestBitcoinSource::balancesAtTip()
{
    auto src = source(net("litecoin-regtest"));
    const QList<AssetAddress> keys = {key(m_a), key(m_b), key(m_c), key(m_d), key(m_e), key(m_a)};
    qint64 lastDone = 0, lastTotal = 0;
    const Result<QList<Balance>> r = src->balances(keys, m_h3, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->size(), keys.size());
    const QList<Amount> expected = {coins("1.75000001"), coins("2.25"), coins("0.00000001"), coins("0.5"), coins("0"), coins("1.75000001")};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QCOMPARE(r->at(i).key.address, keys[i].address);
        QCOMPARE(r->at(i).balance.toDecimal(8), expected[i].toDecimal(8));
    }
    QCOMPARE(lastDone, qint64(keys.size()));
    QCOMPARE(lastTotal, qint64(keys.size()));
}

void TestBitcoinSource::balancesAtOlderHeights()
{
    auto src = source(net("litecoin-regtest"));
    const QList<AssetAddress> keys = {key(m_a), key(m_b), key(m_c), key(m_d), key(m_e)};
    const QList<QPair<qint64, QStringList>> cases = {
        {m_h2, {"1.75000001", "2.25", "0.00000001", "0.5", "0"}},
        {m_h1, {"1.50000001", "2.25", "0.00000001", "3.5", "0"}},
        {m_h0, {"0", "0", "0", "0", "0"}},
        {0, {"0", "0", "0", "0", "0"}},
    };
    for (const auto &[height, values] : cases) {
        const Result<QList<Balance>> r = src->balances(keys, height);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        for (qsizetype i = 0; i < keys.size(); ++i)
            QCOMPARE(r->at(i).balance.toDecimal(8), values[i]);
    }
}

void TestBitcoinSource::legacyP2shFormSameScript()
{
    // litecoin-regtest p2sh is 0x3a ("Q…"); the legacy 0xc4 ("2…") form of the same script is
    // still a valid register address and must see the same coins.
    QByteArray payload = base58CheckDecode(m_c).value();
    QCOMPARE(static_cast<quint8>(payload[0]), quint8(0x3a));
    payload[0] = static_cast<char>(0xc4);
    const QString legacy = base58CheckEncode(payload);
    auto src = source(net("litecoin-regtest"));
    const Result<QList<Balance>> r = src->balances({key(legacy), key(m_c)}, m_h3);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->at(0).balance, coins("0.00000001"));
    QCOMPARE(r->at(1).balance, coins("0.00000001"));
}

void TestBitcoinSource::manyAddressesAcrossScans()
{
    // More addresses than one scan takes: fresh random segwit programs around the funded ones.
    QList<AssetAddress> keys = randomKeys(2 * BitcoinSource::kScanChunk + 7);
    keys.insert(3, key(m_a));
    keys.append(key(m_d));
    keys.insert(BitcoinSource::kScanChunk + 1, key(m_b));
    auto src = source(net("litecoin-regtest"));
    QElapsedTimer timer;
    timer.start();
    const Result<QList<Balance>> r = src->balances(keys, m_h1);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    qInfo("%lld addresses at an older height in %lld ms", static_cast<long long>(keys.size()), static_cast<long long>(timer.elapsed()));
    Amount total;
    for (const Balance &b : *r)
        total = *total.checkedAdd(b.balance);
    QCOMPARE(total, coins("7.25000001")); // A 1.50000001 + B 2.25 + D 3.5
    QCOMPARE(r->at(3).balance, coins("1.50000001"));
    QCOMPARE(r->last().balance, coins("3.5"));
}

void TestBitcoinSource::balancesAboveTipRefused()
{
    auto src = source(net("litecoin-regtest"));
    const Result<QList<Balance>> r = src->balances({key(m_a)}, m_h3 + 5);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::SourceFailed);
    QVERIFY2(r.message().contains(QLatin1String("above the tip")), qPrintable(r.message()));
    QCOMPARE(src->balances({key(m_a)}, -1).error().code, ErrorCode::BadInput);
}

void TestBitcoinSource::transfersAreSigned()
{
    auto src = source(net("litecoin-regtest"));
    const QList<AssetAddress> keys = {key(m_a), key(m_b), key(m_c), key(m_d), key(m_e)};
    const Result<QList<Transfer>> all = src->transfers(keys, m_h0, m_h3);
    QVERIFY2(all.ok(), qPrintable(all.message()));
    QMap<QString, QPair<QString, QString>> expected; // txid -> (address, amount)
    const QStringList h1Addresses = {m_a, m_a, m_b, m_c, m_d, m_d};
    const QStringList h1Amounts = {"0.00000001", "1.5", "2.25", "0.00000001", "3", "0.5"};
    for (int i = 0; i < m_txH1.size(); ++i)
        expected.insert(m_txH1[i], {h1Addresses[i], h1Amounts[i]});
    expected.insert(m_txA3, {m_a, "0.25"});
    expected.insert(m_txSpend, {m_d, "-3"});
    QCOMPARE(all->size(), expected.size());
    qint64 lastHeight = 0;
    for (const Transfer &t : *all) {
        QVERIFY2(expected.contains(t.txHash), qPrintable(t.txHash));
        QCOMPARE(t.address, expected.value(t.txHash).first);
        QCOMPARE(t.amount.toDecimal(8), expected.value(t.txHash).second);
        QCOMPARE(t.asset, kAsset);
        QCOMPARE(t.txHash, t.txHash.toLower());
        QCOMPARE(t.height, (t.txHash == m_txA3 || t.txHash == m_txSpend) ? m_h2 : m_h1);
        QVERIFY(t.height >= lastHeight);
        lastHeight = t.height;
    }

    const Result<QList<Transfer>> later = src->transfers(keys, m_h1, m_h3);
    QVERIFY2(later.ok(), qPrintable(later.message()));
    QCOMPARE(later->size(), 2);
    QCOMPARE(src->transfers(keys, m_h2, m_h3)->size(), 0);
    QCOMPARE(src->transfers(keys, m_h3, m_h3)->size(), 0);
    QCOMPARE(src->transfers(keys, m_h2, m_h1).error().code, ErrorCode::BadInput);
    QCOMPARE(src->transfers(keys, m_h2, m_h3 + 1).error().code, ErrorCode::SourceFailed);
}

void TestBitcoinSource::foreignKeysRefused()
{
    auto src = source(net("litecoin-regtest"));
    const Result<QList<Balance>> bitcoin = src->balances({key(QStringLiteral("bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080"))}, m_h3);
    QCOMPARE(bitcoin.error().code, ErrorCode::BadInput);
    QVERIFY2(bitcoin.message().contains(QLatin1String("bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080")), qPrintable(bitcoin.message()));
    AssetAddress token = key(m_a);
    token.contract = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    QCOMPARE(src->transfers({token}, m_h0, m_h3).error().code, ErrorCode::BadInput);
}

void TestBitcoinSource::netTransferWithChange()
{
    // D spends its 0.5 output, paying 0.2 back to itself: one transfer of -0.3 from D's side.
    const Result<int> vout = m_peer.outputIndex(QStringLiteral("spender"), m_txH1[5], m_d);
    QVERIFY2(vout.ok(), qPrintable(vout.message()));
    const QString elsewhere = m_peer.newAddress(QStringLiteral("miner")).value();
    Result<QString> tx = m_peer.spend(QStringLiteral("spender"), QJsonArray{QJsonObject{{"txid", m_txH1[5]}, {"vout", *vout}}},
                                      QJsonObject{{m_d, "0.2"}, {elsewhere, "0.2999"}});
    QVERIFY2(tx.ok(), qPrintable(tx.message()));
    QVERIFY(m_peer.mine(1).ok());
    const qint64 h4 = m_peer.height().value();
    auto src = source(net("litecoin-regtest"));
    const Result<QList<Transfer>> moves = src->transfers({key(m_d)}, m_h3, h4);
    QVERIFY2(moves.ok(), qPrintable(moves.message()));
    QCOMPARE(moves->size(), 1);
    QCOMPARE(moves->first().txHash, *tx);
    QCOMPARE(moves->first().amount.toDecimal(8), QStringLiteral("-0.3"));
    QCOMPARE(moves->first().height, h4);
    QCOMPARE(src->balances({key(m_d)}, h4)->first().balance, coins("0.2"));
    QCOMPARE(src->balances({key(m_d)}, m_h3)->first().balance, coins("0.5"));
}

void TestBitcoinSource::tipGrowingDuringScansIsUndone()
{
    // Two scans; between them B receives 1 LTC in a new block. B's script (p2pkh, 76a9…) sorts
    // after every segwit one (0014…), so the second scan sees it, and the walk must undo it.
    QList<AssetAddress> keys = randomKeys(BitcoinSource::kScanChunk + 50);
    keys.append(key(m_b));
    const qint64 pinned = m_peer.height().value();
    const Amount before = source(net("litecoin-regtest"))->balances({key(m_b)}, pinned)->first().balance;
    auto src = source(net("litecoin-regtest"));
    bool grown = false;
    const Result<QList<Balance>> r = src->balances(keys, pinned, [&](qint64, qint64) {
        if (!grown) {
            grown = m_peer.send(QStringLiteral("miner"), m_b, QStringLiteral("1")).ok() && m_peer.mine(1).ok();
        }
    });
    QVERIFY(grown);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->last().balance, before);
    QCOMPARE(src->balances({key(m_b)}, pinned + 1)->first().balance, *before.checkedAdd(coins("1")));
}

void TestBitcoinSource::reorgMidRunIsRefused()
{
    QVERIFY(m_peer.mine(1).ok());
    const qint64 top = m_peer.height().value();
    const QList<AssetAddress> keys = {key(m_a), key(m_b), key(m_d)};
    for (const qint64 height : {top, top - 2}) {
        auto src = source(net("litecoin-regtest"));
        bool reorged = false;
        const Result<QList<Balance>> r = src->balances(keys, height, [&](qint64, qint64) {
            // Replace the tip block by another one at the same height.
            const QString tipHash = m_peer.blockHash(m_peer.height().value()).value();
            const QString other = m_peer.newAddress(QStringLiteral("spender")).value(); // a block unlike the invalidated one
            reorged = m_peer.rpc(QStringLiteral("invalidateblock"), {tipHash}).ok() &&
                      m_peer.rpc(QStringLiteral("generatetoaddress"), {1, other}).ok() && m_peer.blockHash(top).value() != tipHash;
        });
        QVERIFY(reorged);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::SourceFailed);
        QVERIFY2(r.message().contains(QLatin1String("The chain moved during the run")), qPrintable(r.message()));
        QCOMPARE(m_peer.height().value(), top);
    }
}

void TestBitcoinSource::withoutTxindex()
{
    LitecoinPeer plain;
    LitecoinPeer::Options options;
    options.txindex = false;
    const Status started = plain.start(options);
    QVERIFY2(started.ok(), qPrintable(started.message()));
    QVERIFY(plain.createWallet(QStringLiteral("clients")).ok());
    QVERIFY(plain.mine(101).ok());
    const QString x = plain.newAddress(QStringLiteral("clients")).value();
    QVERIFY(plain.send(QStringLiteral("miner"), x, QStringLiteral("1.25")).ok());
    QVERIFY(plain.mine(1).ok());
    const qint64 tip = plain.height().value();

    { // the source (and its keep-alive connection) goes before the node stops: litecoind 0.21
      // waits up to -rpcservertimeout (30 s) for idle HTTP connections when it shuts down
        BitcoinSource src(net("litecoin-regtest"), plain.endpoint(), SourceOptions{});
        const Result<QList<Balance>> atTip = src.balances({key(x)}, tip);
        QVERIFY2(atTip.ok(), qPrintable(atTip.message()));
        QCOMPARE(atTip->first().balance, coins("1.25"));

        const Result<QList<Balance>> older = src.balances({key(x)}, tip - 1);
        QVERIFY(!older.ok());
        QCOMPARE(older.error().code, ErrorCode::SourceFailed);
        QVERIFY2(older.message().contains(QLatin1String("-txindex=1")), qPrintable(older.message()));
        const Result<QList<Transfer>> moves = src.transfers({key(x)}, tip - 1, tip);
        QVERIFY(!moves.ok());
        QVERIFY2(moves.message().contains(QLatin1String("-txindex=1")), qPrintable(moves.message()));
    }
    QVERIFY(plain.stop().ok());
}

void TestBitcoinSource::killedMidRunFails()
{
    SourceOptions options;
    options.timeoutMs = 5000;
    options.retries = 1;
    const RpcEndpoint endpoint = m_peer.endpoint();
    const QList<AssetAddress> keys = {key(m_a), key(m_b), key(m_c), key(m_d), key(m_e)};
    std::atomic_bool stopLooping{false};
    std::atomic_int rounds{0};
    Error failure;
    bool failedOnce = false;
    qint64 failingCallMs = -1;
    QThread *worker = QThread::create([&] {
        BitcoinSource src(net("litecoin-regtest"), endpoint, options); // its network objects live in this thread
        QElapsedTimer call;
        while (!stopLooping && rounds < 100000) {
            call.start();
            const Result<QList<Balance>> r = src.balances(keys, m_h1);
            if (!r.ok()) {
                failure = r.error();
                failedOnce = true;
                failingCallMs = call.elapsed();
                return;
            }
            ++rounds;
        }
    });
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(rounds >= 3, 30000); // the worker is mid-run, again and again
    m_peer.kill();
    QVERIFY(!m_peer.running());
    const bool ended = worker->wait(60000);
    stopLooping = true;
    if (!ended)
        worker->wait();
    delete worker;
    QVERIFY(ended);
    QVERIFY2(failedOnce, "balances kept succeeding after the node was killed");
    QCOMPARE(failure.code, ErrorCode::SourceFailed);
    QVERIFY2(failure.message.contains(m_peer.url()), qPrintable(failure.message));
    const qint64 bound = qint64(options.timeoutMs) * (options.retries + 1) + 2000;
    QVERIFY2(failingCallMs < bound, qPrintable(QStringLiteral("the failing call took %1 ms").arg(failingCallMs)));
    qInfo("killed after %d clean rounds; the run failed in %lld ms: %s", rounds.load(), static_cast<long long>(failingCallMs),
          qPrintable(failure.message));

    BitcoinSource after(net("litecoin-regtest"), endpoint, options);
    QCOMPARE(after.tip().error().code, ErrorCode::SourceFailed);
    qInfo("TestBitcoinSource total %lld ms", static_cast<long long>(m_clock.elapsed()));
}

QTEST_GUILESS_MAIN(TestBitcoinSource)
#include "TestBitcoinSource.moc"
