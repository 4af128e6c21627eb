#include "LitecoinPeer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace custos::test {

namespace {

constexpr int kPollMs = 200;
constexpr int kStopWaitMs = 60000;
constexpr int kHarnessTimeoutMs = 60000;

Error peerError(const QString &sentence)
{
    return makeError(ErrorCode::SourceFailed, sentence);
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

// A port on 127.0.0.1 that was free a moment ago (the OS picks it for a listener on port 0).
quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString tail(const QString &path, qsizetype chars)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray all = f.readAll();
    return QString::fromUtf8(all.right(chars)).trimmed();
}

// $CUSTOS_LITECOIND, else Debian's real binary (its /usr/bin/litecoind wrapper writes
// ~/.litecoin/litecoin.conf before exec'ing it), else litecoind on PATH.
QString litecoind()
{
    const QString fromEnv = qEnvironmentVariable("CUSTOS_LITECOIND");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString debian = QStringLiteral("/usr/lib/litecoin/litecoind");
    if (QFileInfo(debian).isExecutable())
        return debian;
    return QStandardPaths::findExecutable(QStringLiteral("litecoind"));
}

} // namespace

LitecoinPeer::LitecoinPeer() = default;

LitecoinPeer::~LitecoinPeer()
{
    if (running() && !stop().ok())
        kill();
}

QString LitecoinPeer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_rpcPort);
}

QString LitecoinPeer::cookieFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("regtest/.cookie")) : QString();
}

QString LitecoinPeer::source() const
{
    return QStringLiteral("bitcoind:http://%1:%2@127.0.0.1:%3").arg(m_user, m_password).arg(m_rpcPort);
}

chain::RpcEndpoint LitecoinPeer::endpoint(const QString &wallet) const
{
    QUrl u(url());
    if (!wallet.isEmpty())
        u.setPath(QStringLiteral("/wallet/") + wallet);
    return chain::RpcEndpoint{u, m_user, m_password};
}

bool LitecoinPeer::running() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 LitecoinPeer::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QString LitecoinPeer::failureDetail() const
{
    QString detail;
    if (m_process && m_process->state() == QProcess::NotRunning)
        detail += QStringLiteral(" litecoind exited with code %1.").arg(m_process->exitCode());
    if (!m_dir)
        return detail;
    const QString err = tail(m_dir->filePath(QStringLiteral("stderr.log")), 1500);
    if (!err.isEmpty())
        detail += QStringLiteral(" stderr: ") + err;
    const QString log = tail(m_dir->filePath(QStringLiteral("regtest/debug.log")), 1500);
    if (!log.isEmpty())
        detail += QStringLiteral(" debug.log ends: ") + log;
    return detail;
}

Status LitecoinPeer::start(const Options &options)
{
    if (m_process)
        return peerError(QStringLiteral("this litecoind peer was already started"));
    const QString program = litecoind();
    if (program.isEmpty())
        return peerError(QStringLiteral("litecoind was found neither in $CUSTOS_LITECOIND, /usr/lib/litecoin nor on PATH; install the Debian package litecoind "
                                        "(packaging/install-deps.sh) — the Bitcoin Core RPC integration tests need it"));
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return peerError(QStringLiteral("cannot create a temporary data directory for litecoind: %1").arg(m_dir->errorString()));
    m_rpcPort = freePort();
    const quint16 p2pPort = freePort();
    if (m_rpcPort == 0 || p2pPort == 0)
        return peerError(QStringLiteral("cannot find a free TCP port on 127.0.0.1 for litecoind"));
    m_user = QStringLiteral("custos");
    m_password = randomHex(16);
    const QString salt = randomHex(16);
    const QByteArray hmac = QMessageAuthenticationCode::hash(m_password.toUtf8(), salt.toUtf8(), QCryptographicHash::Sha256).toHex();

    const QStringList args = {
        QStringLiteral("-regtest"),
        QStringLiteral("-datadir=") + m_dir->path(),
        QStringLiteral("-rpcport=%1").arg(m_rpcPort),
        QStringLiteral("-port=%1").arg(p2pPort),
        QStringLiteral("-rpcbind=127.0.0.1"),
        QStringLiteral("-rpcallowip=127.0.0.1"),
        QStringLiteral("-rpcauth=%1:%2$%3").arg(m_user, salt, QString::fromLatin1(hmac)),
        QStringLiteral("-listen=0"),
        QStringLiteral("-server=1"),
        QStringLiteral("-fallbackfee=0.0001"),
        QStringLiteral("-dustrelayfee=0"),
        QStringLiteral("-txindex=%1").arg(options.txindex ? 1 : 0),
        QStringLiteral("-keypool=20"),
        QStringLiteral("-printtoconsole=0"),
        QStringLiteral("-rpcthreads=8"),
    };
    m_process = std::make_unique<QProcess>();
    m_process->setStandardOutputFile(m_dir->filePath(QStringLiteral("stdout.log")));
    m_process->setStandardErrorFile(m_dir->filePath(QStringLiteral("stderr.log")));
    // The node dies with the test process, even when a test crashes before the destructor runs.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(program, args);
    if (!m_process->waitForStarted(10000))
        return peerError(QStringLiteral("litecoind (%1) did not start: %2").arg(program, m_process->errorString()));
    CUSTOS_TRY(waitUntilReady(options.startTimeoutMs));
    CUSTOS_TRY(createWallet(QStringLiteral("miner")));
    Result<QString> miner = newAddress(QStringLiteral("miner"));
    if (!miner.ok())
        return miner.error();
    m_minerAddress = *miner;
    return okStatus();
}

Status LitecoinPeer::waitUntilReady(int timeoutMs)
{
    chain::SourceOptions quick;
    quick.timeoutMs = 2000;
    quick.retries = 0;
    chain::JsonRpcClient client(endpoint(), quick);
    const QDeadlineTimer deadline(timeoutMs);
    QString last;
    while (!deadline.hasExpired()) {
        if (!running())
            return peerError(QStringLiteral("litecoind stopped while starting.") + failureDetail());
        Result<QJsonValue> info = client.call(QStringLiteral("getblockchaininfo"), {});
        if (info.ok())
            return okStatus();
        last = info.message();
        QThread::msleep(kPollMs);
    }
    return peerError(QStringLiteral("litecoind did not answer getblockchaininfo within %1 s (last: %2).").arg(timeoutMs / 1000).arg(last) +
                     failureDetail());
}

Result<QJsonValue> LitecoinPeer::rpc(const QString &method, const QJsonArray &params, const QString &wallet)
{
    chain::SourceOptions options;
    options.timeoutMs = kHarnessTimeoutMs;
    options.retries = 0;
    chain::JsonRpcClient client(endpoint(wallet), options);
    return client.call(method, params);
}

Status LitecoinPeer::createWallet(const QString &name)
{
    Result<QJsonValue> r = rpc(QStringLiteral("createwallet"), {name});
    return r.ok() ? okStatus() : Status(r.error());
}

Result<QString> LitecoinPeer::newAddress(const QString &wallet, const QString &type)
{
    Result<QJsonValue> r = rpc(QStringLiteral("getnewaddress"), {QString(), type}, wallet);
    if (!r.ok())
        return r.error();
    return r->toString();
}

Result<QString> LitecoinPeer::send(const QString &wallet, const QString &address, const QString &amount)
{
    // The amount goes out as a JSON string: Bitcoin Core takes "1.5" as exactly 1.5 coins.
    Result<QJsonValue> r = rpc(QStringLiteral("sendtoaddress"), {address, amount}, wallet);
    if (!r.ok())
        return r.error();
    return r->toString();
}

Result<QString> LitecoinPeer::spend(const QString &wallet, const QJsonArray &inputs, const QJsonObject &outputs)
{
    Result<QJsonValue> raw = rpc(QStringLiteral("createrawtransaction"), {inputs, outputs});
    if (!raw.ok())
        return raw.error();
    Result<QJsonValue> signedTx = rpc(QStringLiteral("signrawtransactionwithwallet"), {raw->toString()}, wallet);
    if (!signedTx.ok())
        return signedTx.error();
    const QJsonObject s = signedTx->toObject();
    if (s.value(QStringLiteral("complete")) != QJsonValue(true))
        return peerError(QStringLiteral("wallet %1 could not sign the transaction completely").arg(wallet));
    Result<QJsonValue> sent = rpc(QStringLiteral("sendrawtransaction"), {s.value(QStringLiteral("hex")).toString()});
    if (!sent.ok())
        return sent.error();
    return sent->toString();
}

Result<int> LitecoinPeer::outputIndex(const QString &wallet, const QString &txid, const QString &address)
{
    Result<QJsonValue> tx = rpc(QStringLiteral("gettransaction"), {txid, true, true}, wallet);
    if (!tx.ok())
        return tx.error();
    const QJsonArray vout = tx->toObject().value(QStringLiteral("decoded")).toObject().value(QStringLiteral("vout")).toArray();
    for (const QJsonValue &v : vout) {
        const QJsonObject spk = v.toObject().value(QStringLiteral("scriptPubKey")).toObject();
        if (spk.value(QStringLiteral("addresses")).toArray().contains(address) ||
            spk.value(QStringLiteral("address")).toString() == address)
            return v.toObject().value(QStringLiteral("n")).toString().toInt();
    }
    return peerError(QStringLiteral("transaction %1 has no output paying %2").arg(txid, address));
}

Result<QStringList> LitecoinPeer::mine(int blocks)
{
    Result<QJsonValue> r = rpc(QStringLiteral("generatetoaddress"), {blocks, m_minerAddress});
    if (!r.ok())
        return r.error();
    QStringList hashes;
    for (const QJsonValue &h : r->toArray())
        hashes.append(h.toString());
    if (hashes.size() != blocks)
        return peerError(QStringLiteral("generatetoaddress made %1 blocks, not %2").arg(hashes.size()).arg(blocks));
    return hashes;
}

Result<qint64> LitecoinPeer::height()
{
    Result<QJsonValue> r = rpc(QStringLiteral("getblockcount"));
    if (!r.ok())
        return r.error();
    return r->toString().toLongLong();
}

Result<QString> LitecoinPeer::blockHash(qint64 height)
{
    Result<QJsonValue> r = rpc(QStringLiteral("getblockhash"), {height});
    if (!r.ok())
        return r.error();
    return r->toString();
}

void LitecoinPeer::kill()
{
    if (!running())
        return;
    m_process->kill();
    m_process->waitForFinished(kStopWaitMs);
}

Status LitecoinPeer::stop()
{
    if (!running())
        return okStatus();
    Result<QJsonValue> r = rpc(QStringLiteral("stop"));
    if (!r.ok())
        return r.error();
    if (!m_process->waitForFinished(kStopWaitMs))
        return peerError(QStringLiteral("litecoind did not stop within %1 s after the stop RPC").arg(kStopWaitMs / 1000));
    return okStatus();
}

} // namespace custos::test
