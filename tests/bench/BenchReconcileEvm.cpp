#include "BenchReconcileEvm.h"

#include "BenchData.h"
#include "BenchRawRpc.h"
#include "GanachePeer.h"

#include "chain/EvmSource.h"
#include "chain/HexQuantity.h"
#include "chain/JsonRpcClient.h"
#include "chain/Network.h"
#include "ledger/AddressRows.h"
#include "ledger/Import.h"
#include "ledger/Reference.h"
#include "ledger/Resolver.h"
#include "reconcile/Reconcile.h"
#include "reconcile/Sources.h"
#include "register/Register.h"
#include "util/Time.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>

#include <algorithm>
#include <functional>
#include <random>

namespace custos::bench {

namespace {

const QString kChain = QStringLiteral("evm-1337");
const QString kAsset = QStringLiteral("evm-1337:ETH");

struct Deposit {
    qsizetype address = 0; // index into Chain::addresses
    int128 wei = 0;
    QString hash;
    qint64 height = -1;
};

struct Chain {
    QStringList addresses; // EIP-55, as the register stores them
    std::vector<Deposit> deposits;
    qint64 lowestHeight = -1; // lowest block holding a deposit
    qint64 tip = -1;
    qint64 blocksMined = 0;
};

QString clientCode(qsizetype index)
{
    return QStringLiteral("C%1").arg(index + 1, 6, 10, QLatin1Char('0'));
}

// Fresh addresses, the first `funded` of them sent a deposit each; mining is stopped meanwhile so
// the deposits land in a few full blocks (depositsPerBlock each) instead of one block each. Each
// batch of deposits is followed by one empty block.
Chain fundAddresses(test::GanachePeer &peer, const EvmBenchOptions &o, Figures &fig)
{
    Chain c;
    QSet<QString> unique;
    while (c.addresses.size() < o.addresses) {
        const QString a = test::GanachePeer::randomAddress();
        if (!unique.contains(a)) {
            unique.insert(a);
            c.addresses.append(a);
        }
    }

    // The peer's own client gives up after 5 s; evm_mine of a full block can take longer.
    chain::SourceOptions so;
    so.timeoutMs = 600000;
    so.retries = 0;
    chain::JsonRpcClient rpc(chain::RpcEndpoint{peer.url(), {}, {}}, so);

    std::mt19937_64 rng(0xE7A1CEULL);
    const QStringList &from = peer.accounts();
    need(peer.stopMining(), "stop ganache's miner");
    // Mines the queued deposits, a block at a time, until a block comes out empty.
    double mineMs = 0;
    const auto mineQueued = [&] {
        const Stopwatch clock;
        while (true) {
            need(rpc.call(QStringLiteral("evm_mine"), {}), "mine a block");
            c.tip = need(peer.blockNumber(), "read the tip");
            ++c.blocksMined;
            const QJsonValue block = need(rpc.call(QStringLiteral("eth_getBlockByNumber"), {chain::toHexQuantity(c.tip), false}),
                                          "read a mined block");
            if (block.toObject().value(QLatin1String("transactions")).toArray().isEmpty())
                break;
            if (c.blocksMined > o.funded + 10)
                fail(QStringLiteral("mine the deposits"), QStringLiteral("ganache keeps mining transactions"));
        }
        mineMs += clock.ms();
    };
    note(QStringLiteral("sending %1 deposits, %2 to a block").arg(o.funded).arg(o.depositsPerBlock));
    const Stopwatch sendClock;
    for (int i = 0; i < o.funded; ++i) {
        // 0.001 .. 0.5 ETH plus the index in wei, so every deposit differs.
        const int128 wei = int128(1'000'000'000'000'000LL) * int128(1 + rng() % 500) + int128(i);
        const test::SentTx sent = need(peer.sendEth(from[i % from.size()], c.addresses[i], wei), "send a deposit");
        c.deposits.push_back(Deposit{i, wei, sent.hash, -1});
        if ((i + 1) % o.depositsPerBlock == 0)
            mineQueued();
        if ((i + 1) % 1000 == 0)
            note(QStringLiteral("  %1 sent, %2 s mining so far").arg(i + 1).arg(mineMs / 1000.0, 0, 'f', 1));
    }
    mineQueued();
    fig.add(QStringLiteral("evm.setup.send_and_mine_s"), sendClock.seconds(), 1);
    fig.add(QStringLiteral("evm.setup.mine_s"), mineMs / 1000.0, 1);

    QList<QPair<QString, QJsonArray>> calls;
    for (const Deposit &d : c.deposits)
        calls.append({QStringLiteral("eth_getTransactionReceipt"), QJsonArray{d.hash}});
    const QList<QJsonValue> receipts = need(rpc.batch(calls), "read the deposit receipts");
    for (qsizetype i = 0; i < receipts.size(); ++i) {
        const QJsonObject r = receipts[i].toObject();
        const std::optional<qint64> h = chain::parseHexHeight(r.value(QLatin1String("blockNumber")).toString());
        if (r.value(QLatin1String("status")).toString() != QLatin1String("0x1") || !h)
            fail(QStringLiteral("read the deposit receipts"), QStringLiteral("deposit %1 was not mined successfully").arg(c.deposits[size_t(i)].hash));
        c.deposits[size_t(i)].height = *h;
        c.lowestHeight = c.lowestHeight < 0 ? *h : std::min(c.lowestHeight, *h);
    }
    return c;
}

// The register as BenchData.cpp builds it: clients one by one, then every address through
// validateAddress/insertAddress in one transaction with one audit entry, then the operator.
void buildRegister(const QString &path, const Chain &c, int clients)
{
    auto created = need(reg::Register::create(path, QString::fromLatin1(kAdminName), kAdminPassword, crypto::KdfParams{1, 8192, 1}),
                        "create the register");
    reg::Register &r = *created.reg;
    need(r.db().exec("PRAGMA synchronous = OFF;"), "relax synchronous for the setup");
    need(ledger::addAsset(r, {kChain, QStringLiteral("ETH"), 18, {}}), "add evm-1337:ETH");
    need(ledger::addKeySet(r, QString::fromLatin1(kKeySetName), QStringLiteral("client"), QStringLiteral("benchmark client key set")),
         "add the key set");
    for (int i = 0; i < clients; ++i) {
        ledger::ClientInput in;
        in.code = clientCode(i);
        in.name = QStringLiteral("Benchmark Client %1").arg(i + 1);
        need(ledger::addClient(r, in), "add a client");
    }

    ledger::Resolver res(r.db());
    reg::Transaction tx(r.db());
    need(tx.begun(), "begin the address transaction");
    qint64 first = 0, last = 0;
    for (qsizetype i = 0; i < c.addresses.size(); ++i) {
        ledger::AddressInput in;
        in.chain = kChain;
        in.address = c.addresses[i];
        in.owner = QStringLiteral("client:") + clientCode(i % clients);
        in.keyset = QString::fromLatin1(kKeySetName);
        const ledger::AddressDraft d = need(ledger::validateAddress(res, in), "validate an address");
        if (d.canonical != c.addresses[i])
            fail(QStringLiteral("validate an address"), QStringLiteral("%1 is stored as %2").arg(c.addresses[i], d.canonical));
        const qint64 id = need(ledger::insertAddress(r.db(), d), "insert an address");
        res.remember(d.chain, d.canonical, ledger::AddressRef{id, d.owner, d.clientId, d.keysetId});
        first = first == 0 ? id : first;
        last = id;
    }
    need(r.audit(QStringLiteral("address.add.bulk"),
                 QJsonObject{{QStringLiteral("count"), double(c.addresses.size())}, {QStringLiteral("first"), double(first)},
                             {QStringLiteral("last"), double(last)}, {QStringLiteral("keyset"), QString::fromLatin1(kKeySetName)}}),
         "audit the addresses");
    need(tx.commit(), "commit the addresses");
    need(r.addUser(QString::fromLatin1(kOperatorName), reg::Role::Operator, kOperatorPassword), "add the operator");
}

void writeDeposits(const QString &csvPath, const Chain &c, int clients)
{
    QFile f(csvPath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("write %1").arg(csvPath), f.errorString());
    QByteArray buf = "client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height\n";
    const QByteArray occurred = nowUtc().toLatin1();
    for (const Deposit &d : c.deposits) {
        buf += clientCode(d.address % clients).toLatin1() + ',' + kAsset.toLatin1() + ',' + Amount::fromBaseUnits(d.wei).toDecimal(18).toLatin1()
               + ",deposit," + occurred + ',' + kChain.toLatin1() + ',' + c.addresses[d.address].toLatin1() + ',' + d.hash.toLatin1() + ','
               + QByteArray::number(d.height) + '\n';
    }
    if (f.write(buf) != buf.size() || !f.flush())
        fail(QStringLiteral("write %1").arg(csvPath), f.errorString());
}

// Wall and CPU milliseconds (this process, every thread; ganache's own CPU is not counted) of
// the timed repetitions of one measurement.
struct Sample {
    std::vector<double> wall, cpu;
    template <typename Fn>
    void time(Fn &&fn)
    {
        const double cpu0 = processCpuMs();
        const Stopwatch clock;
        fn();
        wall.push_back(clock.ms());
        cpu.push_back(processCpuMs() - cpu0);
    }
    double ms() const { return median(wall); }
    QString text() const
    {
        const QString range = wall.size() > 1 ? QStringLiteral(" (%1 .. %2)").arg(minOf(wall), 0, 'f', 0).arg(maxOf(wall), 0, 'f', 0) : QString();
        return QStringLiteral("%1 ms%2, cpu %3 ms").arg(median(wall), 0, 'f', 0).arg(range).arg(median(cpu), 0, 'f', 0);
    }
};

struct Timings {
    Sample first, bareRpc, bareRaw, balances, transfers, repeat;
};

QString ratioText(double custos, double bare)
{
    return bare > 0 ? QString::number(custos / bare, 'f', 2) : QStringLiteral("n/a");
}

} // namespace

void benchEvm(const EvmBenchOptions &o, Figures &fig)
{
    fig.add(QStringLiteral("evm.config.addresses"), qint64(o.addresses));
    fig.add(QStringLiteral("evm.config.funded"), qint64(o.funded));
    fig.add(QStringLiteral("evm.config.clients"), qint64(o.clients));
    fig.add(QStringLiteral("evm.config.batch_size"), qint64(o.batchSize));
    fig.add(QStringLiteral("evm.config.max_in_flight"), qint64(o.maxInFlight));
    fig.add(QStringLiteral("evm.config.repeats"), qint64(o.repeats));

    note(QStringLiteral("starting ganache"));
    test::GanachePeer peer;
    if (const QString problem = peer.start(); !problem.isEmpty())
        fail(QStringLiteral("start ganache"), problem);
    fig.add(QStringLiteral("evm.node"), QStringLiteral("ganache %1").arg(peer.url().toString()));

    const Chain c = fundAddresses(peer, o, fig);
    fig.add(QStringLiteral("evm.setup.blocks_mined"), c.blocksMined);

    const QString regPath = o.dir + QStringLiteral("/evm.custos");
    const QString csvPath = o.dir + QStringLiteral("/evm-deposits.csv");
    note(QStringLiteral("registering %1 addresses for %2 clients in %3").arg(o.addresses).arg(o.clients).arg(regPath));
    const Stopwatch setupClock;
    buildRegister(regPath, c, o.clients);
    writeDeposits(csvPath, c, o.clients);
    auto op = need(reg::Register::open(regPath, QString::fromLatin1(kOperatorName), kOperatorPassword), "open the register as the operator");
    const ledger::ImportSummary imported = need(ledger::importMovements(*op, csvPath), "import the deposits");
    if (imported.rows != qint64(c.deposits.size()))
        fail(QStringLiteral("import the deposits"), QStringLiteral("%1 rows imported, expected %2").arg(imported.rows).arg(c.deposits.size()));
    fig.add(QStringLiteral("evm.setup.register_s"), setupClock.seconds(), 1);

    const chain::Network net = need(chain::networkByName(kChain), "the evm-1337 network");
    chain::SourceOptions so;
    so.batchSize = o.batchSize;
    so.maxInFlight = o.maxInFlight;
    const QString source = QStringLiteral("evm:") + peer.url().toString();
    const qint64 height = c.tip;
    const qint64 from = c.lowestHeight >= 0 ? c.lowestHeight - 1 : height;

    // Expected balances, for checking every answer.
    std::vector<int128> expected(size_t(c.addresses.size()), 0);
    for (const Deposit &d : c.deposits)
        expected[size_t(d.address)] = d.wei;
    QStringList lower;
    QList<chain::AssetAddress> keys;
    for (const QString &a : c.addresses) {
        lower.append(a.toLower());
        keys.append(chain::AssetAddress{a, kAsset, {}, 18});
    }

    chain::JsonRpcClient bareClient(chain::RpcEndpoint{peer.url(), {}, {}}, so);
    const auto bareRpc = [&] {
        QList<QPair<QString, QJsonArray>> calls;
        calls.reserve(lower.size());
        const QString at = chain::toHexQuantity(height);
        for (const QString &a : lower)
            calls.append({QStringLiteral("eth_getBalance"), QJsonArray{a, at}});
        const QList<QJsonValue> answers = need(bareClient.batch(calls), "bare eth_getBalance batch");
        std::vector<int128> out;
        out.reserve(size_t(answers.size()));
        for (const QJsonValue &v : answers) {
            const chain::HexValue h = chain::parseHexQuantity(v.toString());
            if (!h.fits())
                fail(QStringLiteral("bare eth_getBalance batch"), QStringLiteral("not a balance: %1").arg(v.toString()));
            out.push_back(h.value);
        }
        return out;
    };
    QNetworkAccessManager nam;

    // Warm-up (untimed): the node's state for this height, the connections, the code paths.
    note(QStringLiteral("warm-up: bare calls for %1 balances at height %2").arg(lower.size()).arg(height));
    if (bareRpc() != expected)
        fail(QStringLiteral("bare eth_getBalance batch"), QStringLiteral("the node's balances differ from the deposits sent"));

    // The first run: balances plus the transfer scan from the lowest deposit's block.
    note(QStringLiteral("reconcile (first run: balances and the transfer scan over blocks %1..%2)").arg(from + 1).arg(height));
    Timings t;
    reconcile::RunResult first;
    StageClock stages;
    double firstRunMs = 0;
    t.first.time([&] {
        auto opened = need(reconcile::openSource(*op, net, source, {}, so), "open the evm source");
        reconcile::RunOptions ro;
        ro.sourceLabel = opened.label;
        first = need(reconcile::runReconciliation(*op, net, *opened.source, ro, std::ref(stages)), "reconcile");
        firstRunMs = stages.ms();
    });
    if (first.status != QLatin1String("clean") || first.height != height || first.pairs != c.addresses.size()) {
        const QString b = first.breaks.isEmpty() ? QString()
                                                 : QStringLiteral("; first break %1 %2 %3").arg(reconcile::breakKindName(first.breaks.first().kind),
                                                                                                first.breaks.first().address,
                                                                                                first.breaks.first().difference.toBaseUnits());
        fail(QStringLiteral("reconcile"), QStringLiteral("status %1 at height %2 with %3 pairs and %4 breaks (%5)%6")
                                              .arg(first.status)
                                              .arg(first.height)
                                              .arg(first.pairs)
                                              .arg(first.breaks.size())
                                              .arg(first.problem, b));
    }

    qsizetype transfersFound = 0;
    chain::EvmSource direct(net, chain::RpcEndpoint{peer.url(), {}, {}}, so);
    // The five measurements of a repetition, started at a different one each time so that none
    // always follows the same neighbour (the node's caches, its garbage collector).
    bool firstRaw = true;
    const std::vector<std::function<void()>> steps = {
        [&] {
            std::vector<int128> got;
            t.bareRpc.time([&] { got = bareRpc(); });
            if (got != expected)
                fail(QStringLiteral("bare eth_getBalance batch"), QStringLiteral("balances differ from the deposits sent"));
        },
        [&] {
            RawBalances raw;
            t.bareRaw.time([&] { raw = rawGetBalances(nam, peer.url(), lower, height, o.batchSize, o.maxInFlight); });
            if (raw.balances != expected)
                fail(QStringLiteral("raw eth_getBalance batch"), QStringLiteral("balances differ from the deposits sent"));
            if (firstRaw) {
                firstRaw = false;
                fig.add(QStringLiteral("evm.bare.requests"), raw.requests);
                fig.add(QStringLiteral("evm.bare.bytes_sent"), raw.bytesSent);
                fig.add(QStringLiteral("evm.bare.bytes_received"), raw.bytesReceived);
            }
        },
        [&] {
            QList<chain::Balance> got;
            t.balances.time([&] { got = need(direct.balances(keys, height), "EvmSource::balances"); });
            for (qsizetype i = 0; i < got.size(); ++i)
                if (got[i].balance.baseUnits() != expected[size_t(i)])
                    fail(QStringLiteral("EvmSource::balances"), QStringLiteral("%1 differs from its deposit").arg(got[i].key.address));
        },
        [&] {
            t.transfers.time([&] { transfersFound = need(direct.transfers(keys, from, height), "EvmSource::transfers").size(); });
        },
        [&] {
            // Later runs start the transfer scan at the previous run's height: nothing to scan here.
            reconcile::RunResult again;
            t.repeat.time([&] {
                auto opened = need(reconcile::openSource(*op, net, source, {}, so), "open the evm source");
                reconcile::RunOptions ro;
                ro.sourceLabel = opened.label;
                again = need(reconcile::runReconciliation(*op, net, *opened.source, ro), "reconcile again");
            });
            if (again.status != QLatin1String("clean"))
                fail(QStringLiteral("reconcile again"), QStringLiteral("status %1").arg(again.status));
        },
    };
    for (int run = 0; run < o.repeats; ++run) {
        note(QStringLiteral("repetition %1 of %2").arg(run + 1).arg(o.repeats));
        for (size_t k = 0; k < steps.size(); ++k)
            steps[(k + size_t(run)) % steps.size()]();
    }
    if (transfersFound != qsizetype(c.deposits.size()))
        fail(QStringLiteral("EvmSource::transfers"), QStringLiteral("%1 transfers found, %2 deposits sent").arg(transfersFound).arg(c.deposits.size()));

    const double fullMs = t.first.ms(), bareMs = t.bareRpc.ms(), rawMs = t.bareRaw.ms(), balMs = t.balances.ms(), trMs = t.transfers.ms(),
                 repeatMs = t.repeat.ms();
    fig.add(QStringLiteral("evm.height"), height);
    fig.add(QStringLiteral("evm.reconcile.status"), QStringLiteral("%1, %2 pairs, %3 breaks").arg(first.status).arg(first.pairs).arg(first.breaks.size()));
    fig.add(QStringLiteral("evm.reconcile.scan"), QStringLiteral("blocks %1..%2 (%3 blocks), %4 transfers")
                                                      .arg(from + 1)
                                                      .arg(height)
                                                      .arg(height - from)
                                                      .arg(transfersFound));
    fig.add(QStringLiteral("evm.reconcile.first_run"), t.first.text());
    fig.add(QStringLiteral("evm.reconcile.first_run_stages"), stages.summary(firstRunMs));
    fig.add(QStringLiteral("evm.reconcile.repeat_run"), t.repeat.text() + QStringLiteral(" (no blocks to scan)"));
    fig.add(QStringLiteral("evm.source.balances"), t.balances.text());
    fig.add(QStringLiteral("evm.source.transfers"), t.transfers.text());
    fig.add(QStringLiteral("evm.source.transfers_share"), QStringLiteral("%1% of the first run").arg(100.0 * trMs / fullMs, 0, 'f', 1));
    fig.add(QStringLiteral("evm.bare.jsonrpc_client"), t.bareRpc.text());
    fig.add(QStringLiteral("evm.bare.qnam"), t.bareRaw.text());
    fig.add(QStringLiteral("evm.bare.balances_per_s"), qint64(double(lower.size()) * 1000.0 / bareMs));
    fig.add(QStringLiteral("evm.ratio.first_run/bare_client"), ratioText(fullMs, bareMs));
    fig.add(QStringLiteral("evm.ratio.first_run/bare_qnam"), ratioText(fullMs, rawMs));
    fig.add(QStringLiteral("evm.ratio.repeat_run/bare_client"), ratioText(repeatMs, bareMs));
    fig.add(QStringLiteral("evm.ratio.repeat_run/bare_qnam"), ratioText(repeatMs, rawMs));
    fig.add(QStringLiteral("evm.ratio.source_balances/bare_client"), ratioText(balMs, bareMs));
    fig.add(QStringLiteral("evm.ratio.target"), fullMs <= 1.5 * bareMs ? QStringLiteral("first run within 1.5x of the bare client calls: met")
                                                                      : QStringLiteral("first run within 1.5x of the bare client calls: NOT met"));
}

} // namespace custos::bench
