#pragma once
// A ganache (npm, tests/integration/peers) started by a test on 127.0.0.1 with a free port,
// deterministic funded accounts and a fresh database; stopped in the destructor. start() returns
// the reason when ganache is missing or does not answer: the test must QFAIL with it, never skip.
//
// Ganache mines each transaction at once in its own block ("instamine"); stopMining() queues
// transactions until mine() puts them all into one block.

#include "chain/JsonRpcClient.h"
#include "money/Int128.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace custos::test {

struct SentTx {
    QString hash;       // 0x + 64 lower-case hex
    qint64 height = -1; // block it was mined in; -1 while mining is stopped
};

class GanachePeer {
public:
    static constexpr int kStartTimeoutMs = 60000;
    static constexpr quint64 kDefaultChainId = 1337;

    GanachePeer() = default;
    ~GanachePeer();
    GanachePeer(const GanachePeer &) = delete;
    GanachePeer &operator=(const GanachePeer &) = delete;

    // Starts ganache and waits until eth_blockNumber answers. Empty on success, else the reason.
    QString start(quint64 chainId = kDefaultChainId);
    // SIGKILL, as a crashed node: no goodbye to open connections.
    void kill();
    // SIGTERM, then SIGKILL after 5 s.
    void stop();
    bool isRunning() const;
    // SIGSTOP / SIGCONT: a node that accepts connections but never answers, then recovers.
    void freeze();
    void thaw();

    QUrl url() const { return m_url; }
    quint64 chainId() const { return m_chainId; }
    // The deterministic funded accounts (EIP-55), unlocked for eth_sendTransaction.
    const QStringList &accounts() const { return m_accounts; }
    // The ganache log (its stdout and stderr), for failure messages.
    QString log() const;

    Result<QJsonValue> rpc(const QString &method, const QJsonArray &params = {});
    Result<qint64> blockNumber();
    // Mines `blocks` empty blocks (or the queued transactions into the first); the new tip.
    Result<qint64> mine(int blocks = 1);
    Status stopMining();
    Status startMining();

    // Native value transfer; `wei` >= 0.
    Result<SentTx> sendEth(const QString &from, const QString &to, int128 wei);
    // Deploys tests/integration/data/TestToken.bin from `from` (its owner); the contract, EIP-55.
    Result<QString> deployToken(const QString &from);
    // Owner-only mint and a holder's transfer; amounts as 32-byte words, so above 2^128 too.
    Result<SentTx> mintToken(const QString &contract, const QString &owner, const QString &to, const QString &amountHex);
    Result<SentTx> mintToken(const QString &contract, const QString &owner, const QString &to, int128 amount);
    Result<SentTx> transferToken(const QString &contract, const QString &from, const QString &to, int128 amount);

    // A fresh pseudo-random EIP-55 address nobody holds a key for (fine to receive funds).
    static QString randomAddress();
    // "0x" + minimal hex of a non-negative value.
    static QString hexOf(int128 value);

private:
    Result<SentTx> send(const QJsonObject &tx);
    Result<SentTx> callContract(const QString &from, const QString &contract, const QString &signature, const QStringList &words);

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<chain::JsonRpcClient> m_rpc;
    QUrl m_url;
    quint64 m_chainId = kDefaultChainId;
    QStringList m_accounts;
    bool m_mining = true;
};

} // namespace custos::test
