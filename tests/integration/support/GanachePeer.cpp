#include "GanachePeer.h"

#include "chain/AddressCheck.h"
#include "chain/HexQuantity.h"
#include "crypto/Keccak256.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <sys/types.h>

namespace custos::test {

namespace {

Error peerError(const QString &sentence)
{
    return makeError(ErrorCode::SourceFailed, sentence);
}

QString ganacheProgram()
{
    return QStringLiteral(CUSTOS_PEERS_DIR "/node_modules/.bin/ganache");
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString word(const QString &hex) // "0x…" or bare hex -> 64 hex digits, left-padded
{
    QString digits = hex.startsWith(QLatin1String("0x")) ? hex.mid(2) : hex;
    return digits.toLower().rightJustified(64, QLatin1Char('0'));
}

QString selector(const QString &signature)
{
    return QString::fromLatin1(crypto::keccak256(signature.toLatin1()).left(4).toHex());
}

} // namespace

GanachePeer::~GanachePeer()
{
    stop();
}

QString GanachePeer::start(quint64 chainId)
{
    stop();
    m_chainId = chainId;
    if (!QFileInfo(ganacheProgram()).isExecutable())
        return QStringLiteral("ganache is not installed at %1; run packaging/install-deps.sh.").arg(ganacheProgram());
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return QStringLiteral("cannot create a temporary directory for ganache: %1").arg(m_dir->errorString());
    const quint16 port = freePort();
    if (port == 0)
        return QStringLiteral("no free TCP port on 127.0.0.1 for ganache");

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(ganacheProgram());
    m_process->setArguments({QStringLiteral("--server.host"), QStringLiteral("127.0.0.1"), QStringLiteral("--server.port"),
                             QString::number(port), QStringLiteral("--wallet.deterministic"), QStringLiteral("--chain.chainId"),
                             QString::number(chainId), QStringLiteral("--logging.quiet"), QStringLiteral("--database.dbPath"),
                             m_dir->filePath(QStringLiteral("db"))});
    // A log file, not a pipe: a full pipe would stall ganache while a test blocks on a call.
    m_process->setStandardOutputFile(m_dir->filePath(QStringLiteral("ganache.log")));
    m_process->setStandardErrorFile(m_dir->filePath(QStringLiteral("ganache.log")), QIODevice::Append);
    // If the test dies without its destructors (a crash, qFatal), ganache dies with it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return QStringLiteral("ganache did not start: %1").arg(m_process->errorString());

    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    chain::SourceOptions options;
    options.timeoutMs = 5000;
    options.retries = 0;
    m_rpc = std::make_unique<chain::JsonRpcClient>(chain::RpcEndpoint{m_url, {}, {}}, options);
    m_mining = true;

    const QDeadlineTimer deadline(kStartTimeoutMs);
    QString lastError;
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            return QStringLiteral("ganache exited during start-up (exit code %1): %2").arg(m_process->exitCode()).arg(log());
        auto n = m_rpc->call(QStringLiteral("eth_blockNumber"), {});
        if (n.ok()) {
            auto accounts = rpc(QStringLiteral("eth_accounts"));
            if (!accounts.ok())
                return accounts.message();
            m_accounts.clear();
            for (const QJsonValue a : accounts->toArray())
                m_accounts.append(chain::eip55Checksum(QByteArray::fromHex(a.toString().mid(2).toLatin1())));
            if (m_accounts.isEmpty())
                return QStringLiteral("ganache has no unlocked accounts");
            return QString();
        }
        lastError = n.message();
        QThread::msleep(200);
    }
    return QStringLiteral("ganache did not answer eth_blockNumber within %1 s (%2): %3").arg(kStartTimeoutMs / 1000).arg(lastError, log());
}

void GanachePeer::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void GanachePeer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        thaw();
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
    }
}

void GanachePeer::freeze()
{
    if (isRunning())
        ::kill(static_cast<pid_t>(m_process->processId()), SIGSTOP);
}

void GanachePeer::thaw()
{
    if (isRunning())
        ::kill(static_cast<pid_t>(m_process->processId()), SIGCONT);
}

bool GanachePeer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString GanachePeer::log() const
{
    if (!m_dir)
        return QString();
    QFile f(m_dir->filePath(QStringLiteral("ganache.log")));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll().right(4000));
}

Result<QJsonValue> GanachePeer::rpc(const QString &method, const QJsonArray &params)
{
    if (!m_rpc)
        return peerError(QStringLiteral("ganache is not started"));
    return m_rpc->call(method, params);
}

Result<qint64> GanachePeer::blockNumber()
{
    auto n = rpc(QStringLiteral("eth_blockNumber"));
    CUSTOS_TRY(n);
    const std::optional<qint64> h = chain::parseHexHeight(n->toString());
    if (!h)
        return peerError(QStringLiteral("ganache answered eth_blockNumber with %1").arg(n->toString()));
    return *h;
}

Result<qint64> GanachePeer::mine(int blocks)
{
    for (int i = 0; i < blocks; ++i)
        CUSTOS_TRY(rpc(QStringLiteral("evm_mine")));
    return blockNumber();
}

Status GanachePeer::stopMining()
{
    CUSTOS_TRY(rpc(QStringLiteral("miner_stop")));
    m_mining = false;
    return okStatus();
}

Status GanachePeer::startMining()
{
    CUSTOS_TRY(rpc(QStringLiteral("miner_start")));
    m_mining = true;
    return okStatus();
}

Result<SentTx> GanachePeer::send(const QJsonObject &tx)
{
    auto hash = rpc(QStringLiteral("eth_sendTransaction"), {tx});
    CUSTOS_TRY(hash);
    SentTx sent{hash->toString().toLower(), -1};
    if (!m_mining)
        return sent;
    auto receipt = rpc(QStringLiteral("eth_getTransactionReceipt"), {sent.hash});
    CUSTOS_TRY(receipt);
    const QJsonObject r = receipt->toObject();
    if (r.value(QLatin1String("status")).toString() != QLatin1String("0x1"))
        return peerError(
            QStringLiteral("transaction %1 failed or was not mined: %2").arg(sent.hash, r.value(QLatin1String("status")).toString()));
    const std::optional<qint64> h = chain::parseHexHeight(r.value(QLatin1String("blockNumber")).toString());
    if (!h)
        return peerError(QStringLiteral("transaction %1 has no block number").arg(sent.hash));
    sent.height = *h;
    return sent;
}

Result<SentTx> GanachePeer::sendEth(const QString &from, const QString &to, int128 wei)
{
    return send(QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}, {QStringLiteral("value"), hexOf(wei)}});
}

Result<QString> GanachePeer::deployToken(const QString &from)
{
    QFile bin(QStringLiteral(CUSTOS_INTEGRATION_DATA "/TestToken.bin"));
    if (!bin.open(QIODevice::ReadOnly))
        return peerError(QStringLiteral("cannot read %1: %2").arg(bin.fileName(), bin.errorString()));
    const QString code = QStringLiteral("0x") + QString::fromLatin1(bin.readAll().trimmed());
    auto hash = rpc(
        QStringLiteral("eth_sendTransaction"),
        {QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("data"), code}, {QStringLiteral("gas"), QStringLiteral("0x200000")}}});
    CUSTOS_TRY(hash);
    if (!m_mining)
        CUSTOS_TRY(mine());
    auto receipt = rpc(QStringLiteral("eth_getTransactionReceipt"), {hash->toString()});
    CUSTOS_TRY(receipt);
    const QString contract = receipt->toObject().value(QLatin1String("contractAddress")).toString();
    if (contract.size() != 42)
        return peerError(QStringLiteral("deploying TestToken gave no contract address: %1")
                             .arg(receipt->toObject().value(QLatin1String("status")).toString()));
    return chain::eip55Checksum(QByteArray::fromHex(contract.mid(2).toLatin1()));
}

Result<SentTx> GanachePeer::callContract(const QString &from, const QString &contract, const QString &signature, const QStringList &words)
{
    QString data = QStringLiteral("0x") + selector(signature);
    for (const QString &w : words)
        data += word(w);
    return send(QJsonObject{{QStringLiteral("from"), from},
                            {QStringLiteral("to"), contract},
                            {QStringLiteral("data"), data},
                            {QStringLiteral("gas"), QStringLiteral("0x30000")}});
}

Result<SentTx> GanachePeer::mintToken(const QString &contract, const QString &owner, const QString &to, const QString &amountHex)
{
    return callContract(owner, contract, QStringLiteral("mint(address,uint256)"), {to, amountHex});
}

Result<SentTx> GanachePeer::mintToken(const QString &contract, const QString &owner, const QString &to, int128 amount)
{
    return mintToken(contract, owner, to, hexOf(amount));
}

Result<SentTx> GanachePeer::transferToken(const QString &contract, const QString &from, const QString &to, int128 amount)
{
    return callContract(from, contract, QStringLiteral("transfer(address,uint256)"), {to, hexOf(amount)});
}

QString GanachePeer::randomAddress()
{
    QByteArray bytes(20, Qt::Uninitialized);
    for (char &b : bytes)
        b = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return chain::eip55Checksum(bytes);
}

QString GanachePeer::hexOf(int128 value)
{
    if (value == 0)
        return QStringLiteral("0x0");
    QString digits;
    auto v = static_cast<uint128>(value);
    while (v != 0) {
        digits.prepend(QLatin1Char("0123456789abcdef"[static_cast<int>(v & 0xf)]));
        v >>= 4;
    }
    return QStringLiteral("0x") + digits;
}

} // namespace custos::test
