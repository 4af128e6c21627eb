#pragma once
// A litecoind -regtest node for the integration tests (Debian package litecoind 0.21, a Bitcoin
// Core 0.21 fork). start() runs it on 127.0.0.1 with a fresh temporary data directory, free RPC
// and P2P ports, -listen=0, -dustrelayfee=0 (1-satoshi outputs), -fallbackfee and, by default,
// -txindex=1. Credentials: a random password for `user()` (given as -rpcauth, so the node also
// writes its .cookie file: both work at once). litecoind 0.21 has no default wallet: wallets are
// made with createWallet() and addressed as /wallet/NAME. The node is stopped (RPC `stop`, then
// SIGKILL if it lingers) when the peer is destroyed, and gets SIGKILL if the test process dies.
// The binary is $CUSTOS_LITECOIND, else /usr/lib/litecoin/litecoind (Debian's /usr/bin wrapper
// writes ~/.litecoin/litecoin.conf), else litecoind on PATH. A missing or failing litecoind makes
// start() fail with the reason: tests must FAIL then, never skip.

#include "chain/JsonRpcClient.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace custos::test {

class LitecoinPeer {
public:
    struct Options {
        bool txindex = true;
        int startTimeoutMs = 60000;
    };

    LitecoinPeer();
    ~LitecoinPeer();
    LitecoinPeer(const LitecoinPeer &) = delete;
    LitecoinPeer &operator=(const LitecoinPeer &) = delete;

    // Starts the node and waits until getblockchaininfo answers. A second start() is refused.
    Status start(const Options &options);
    Status start() { return start(Options{}); }

    QString url() const; // http://127.0.0.1:PORT
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString cookieFile() const; // DATADIR/regtest/.cookie
    QString source() const;     // bitcoind:http://USER:PASSWORD@127.0.0.1:PORT
    QString dataDir() const { return m_dir ? m_dir->path() : QString(); }
    // The node's RPC endpoint with user/password auth; `wallet` selects /wallet/NAME.
    chain::RpcEndpoint endpoint(const QString &wallet = {}) const;

    // One RPC call as the harness user (numbers arrive as strings, as from JsonRpcClient).
    Result<QJsonValue> rpc(const QString &method, const QJsonArray &params = {}, const QString &wallet = {});

    Status createWallet(const QString &name);
    Result<QString> newAddress(const QString &wallet, const QString &type = QStringLiteral("bech32"));
    // sendtoaddress from `wallet`; amount in whole coins ("0.00000001"). Returns the txid.
    Result<QString> send(const QString &wallet, const QString &address, const QString &amount);
    // A transaction from `wallet` spending exactly `inputs` ([{"txid":…,"vout":n}]) to `outputs`
    // ({"ADDR":"1.5"}); what the inputs hold beyond the outputs is the fee. Returns the txid.
    Result<QString> spend(const QString &wallet, const QJsonArray &inputs, const QJsonObject &outputs);
    // The output index of `txid` paying `address` (from the wallet's view of the transaction).
    Result<int> outputIndex(const QString &wallet, const QString &txid, const QString &address);
    // Mines blocks to the peer's own mining address (wallet "miner", made by start()).
    Result<QStringList> mine(int blocks);
    Result<qint64> height();
    Result<QString> blockHash(qint64 height);

    bool running() const;
    qint64 processId() const;
    void kill();   // SIGKILL, then wait for the process to end
    Status stop(); // the `stop` RPC, then wait up to 60 s for the process to end

private:
    Status waitUntilReady(int timeoutMs);
    QString failureDetail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_rpcPort = 0;
    QString m_user;
    QString m_password;
    QString m_minerAddress;
};

} // namespace custos::test
