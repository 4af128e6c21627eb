// EvmSource against a real ganache started by the test (and against a fake HTTP server for the
// answers a real node never gives): network check, tip, pinned balances, batches, transfers,
// a reorganisation during a run, a node killed mid-run, garbage, HTTP 500 and huge bodies.

#include "GanachePeer.h"

#include "chain/EvmSource.h"
#include "chain/HexQuantity.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace custos;
using namespace custos::chain;
using custos::test::GanachePeer;
using custos::test::SentTx;

namespace {

const int128 kEther = static_cast<int128>(1000000000000000000LL);
const QString kEth = QStringLiteral("evm-1337:ETH");
const QString kToken = QStringLiteral("evm-1337:CTT");
const QString kZeroAddress = QStringLiteral("0x0000000000000000000000000000000000000000");

// Answers every request with the same bytes; or streams `streamBytes` of '[' without a length.
class CannedServer {
public:
    explicit CannedServer(QByteArray response, qint64 streamBytes = 0) : m_response(std::move(response)), m_stream(streamBytes)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n") || s->property("answered").toBool())
                        return;
                    s->setProperty("answered", true);
                    s->write(m_response);
                    if (m_stream == 0) {
                        s->disconnectFromHost();
                        return;
                    }
                    QObject::connect(s, &QTcpSocket::bytesWritten, s, [this, s] {
                        if (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() == 0 && streamed < m_stream) {
                            streamed += 65536;
                            s->write(QByteArray(65536, '['));
                        }
                    });
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    RpcEndpoint endpoint() const { return {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())), {}, {}}; }
    qint64 streamed = 0;

private:
    QTcpServer m_server;
    QByteArray m_response;
    qint64 m_stream = 0;
};

QByteArray httpAnswer(int status, const QByteArray &body, bool withLength = true)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nConnection: close\r\n";
    if (withLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

QString describe(const Transfer &t)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6").arg(t.height).arg(t.txHash, t.address, t.asset, t.amount.toBaseUnits(), t.counterparty);
}

QString expect(const SentTx &tx, const QString &address, const QString &asset, int128 amount, const QString &counterparty)
{
    return describe(Transfer{tx.hash, tx.height, address, asset, Amount::fromBaseUnits(amount), counterparty});
}

} // namespace

// Declares `var` from a Result, failing the test (not aborting it) when the Result is an error.
#define REQUIRE_OK(var, expr)                                                                                                              \
    auto var##Result_ = (expr);                                                                                                            \
    QVERIFY2(var##Result_.ok(), qPrintable(QStringLiteral(#expr ": ") + var##Result_.message()));                                          \
    auto var = std::move(var##Result_).value()
#define CHECK_OK(expr)                                                                                                                     \
    do {                                                                                                                                   \
        const auto checkResult_ = (expr);                                                                                                  \
        QVERIFY2(checkResult_.ok(), qPrintable(QStringLiteral(#expr ": ") + checkResult_.message()));                                      \
    } while (0)

class TestEvmSource : public QObject {
    Q_OBJECT

    GanachePeer m_peer;
    Network m_net;
    QString m_owner, m_holder, m_token; // funded accounts and the TestToken contract
    QString m_c1, m_c2, m_c3;           // fresh client addresses
    qint64 m_h0 = 0, m_hMid = 0, m_hEnd = 0;
    QStringList m_firstHalf, m_secondHalf; // expected transfers (h0, hMid] and (hMid, hEnd]

    SourceOptions options() const
    {
        SourceOptions o;
        o.timeoutMs = 20000;
        return o;
    }
    EvmSource source(SourceOptions o) const { return EvmSource(m_net, {m_peer.url(), {}, {}}, o); }
    EvmSource source() const { return source(options()); }
    AssetAddress eth(const QString &a) const { return {a, kEth, {}, 18}; }
    AssetAddress ctt(const QString &a) const { return {a, kToken, m_token, 6}; }
    QList<AssetAddress> clientKeys() const
    {
        QList<AssetAddress> keys;
        for (const QString &a : {m_c1, m_c2, m_c3, m_holder})
            keys << eth(a) << ctt(a);
        return keys;
    }
    QHash<QString, QString> balancesAt(qint64 height)
    {
        auto src = source();
        const auto r = src.balances(clientKeys(), height);
        if (!r.ok()) {
            QTest::qFail(qPrintable(QStringLiteral("balances at %1: %2").arg(height).arg(r.message())), __FILE__, __LINE__);
            return {};
        }
        QHash<QString, QString> out;
        for (const Balance &b : *r)
            out.insert(b.key.address + QLatin1Char('|') + b.key.asset, b.balance.toBaseUnits());
        return out;
    }

private slots:
    void initTestCase()
    {
        const QString why = m_peer.start();
        if (!why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("ganache did not start: ") + why));
        REQUIRE_OK(netValue, networkByName(QStringLiteral("evm-1337")));
        m_net = netValue;
        m_owner = m_peer.accounts().at(0);
        m_holder = m_peer.accounts().at(1);
        m_c1 = GanachePeer::randomAddress();
        m_c2 = GanachePeer::randomAddress();
        m_c3 = GanachePeer::randomAddress();
        REQUIRE_OK(tokenValue, m_peer.deployToken(m_owner));
        m_token = tokenValue;
        REQUIRE_OK(h0Value, m_peer.blockNumber());
        m_h0 = h0Value;

        REQUIRE_OK(a, m_peer.sendEth(m_owner, m_c1, kEther));
        REQUIRE_OK(b, m_peer.mintToken(m_token, m_owner, m_c1, 5000000));
        m_firstHalf = QStringList{expect(a, m_c1, kEth, kEther, m_owner), expect(b, m_c1, kToken, 5000000, kZeroAddress)};
        REQUIRE_OK(hMidValue, m_peer.blockNumber());
        m_hMid = hMidValue;

        REQUIRE_OK(c, m_peer.sendEth(m_holder, m_c1, kEther / 4));
        REQUIRE_OK(d, m_peer.mintToken(m_token, m_owner, m_holder, 1000000));
        REQUIRE_OK(e, m_peer.transferToken(m_token, m_holder, m_c2, 400000));
        REQUIRE_OK(f, m_peer.sendEth(m_owner, m_c2, 123456789));
        // Two transfers in one block, and a reverted one carrying value (the token has no payable
        // fallback): it is in the block, but it moved nothing.
        QVERIFY(m_peer.stopMining().ok());
        REQUIRE_OK(g1, m_peer.sendEth(m_owner, m_c3, 7));
        REQUIRE_OK(g2, m_peer.sendEth(m_owner, m_c3, 8));
        REQUIRE_OK(revertedHash,
                   m_peer.rpc(QStringLiteral("eth_sendTransaction"), {QJsonObject{{QStringLiteral("from"), m_holder},
                                                                                  {QStringLiteral("to"), m_token},
                                                                                  {QStringLiteral("value"), QStringLiteral("0x64")},
                                                                                  {QStringLiteral("gas"), QStringLiteral("0x30000")}}}));
        REQUIRE_OK(gHeight, m_peer.mine());
        g1.height = g2.height = gHeight;
        REQUIRE_OK(revertedReceipt, m_peer.rpc(QStringLiteral("eth_getTransactionReceipt"), {revertedHash}));
        QCOMPARE(revertedReceipt.toObject().value(QLatin1String("status")).toString(), QStringLiteral("0x0"));
        QCOMPARE(revertedReceipt.toObject().value(QLatin1String("blockNumber")).toString(), toHexQuantity(gHeight));
        QVERIFY(m_peer.startMining().ok());
        REQUIRE_OK(hEndValue, m_peer.mine(2));
        m_hEnd = hEndValue;
        m_secondHalf = QStringList{expect(c, m_holder, kEth, -kEther / 4, m_c1),
                                   expect(c, m_c1, kEth, kEther / 4, m_holder),
                                   expect(d, m_holder, kToken, 1000000, kZeroAddress),
                                   expect(e, m_holder, kToken, -400000, m_c2),
                                   expect(e, m_c2, kToken, 400000, m_holder),
                                   expect(f, m_c2, kEth, 123456789, m_owner),
                                   expect(g1, m_c3, kEth, 7, m_owner),
                                   expect(g2, m_c3, kEth, 8, m_owner)};
    }

    void checkNetwork()
    {
        auto right = source();
        const Status ok = right.checkNetwork();
        QVERIFY2(ok.ok(), qPrintable(ok.message()));

        REQUIRE_OK(ethereum, networkByName(QStringLiteral("ethereum")));
        EvmSource wrong(ethereum, {m_peer.url(), {}, {}}, options());
        const Status refused = wrong.checkNetwork();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::SourceFailed);
        QVERIFY2(refused.message().contains(QStringLiteral("serves chain id 1337, not 1 (ethereum)")) &&
                     refused.message().contains(m_peer.url().toString()),
                 qPrintable(refused.message()));
    }

    void tipAndBlocks()
    {
        auto src = source();
        REQUIRE_OK(tip, src.tip());
        QCOMPARE(tip.height, m_hEnd);
        QCOMPARE(tip.hash.size(), 66);
        QVERIFY(tip.hash.startsWith(QLatin1String("0x")));
        REQUIRE_OK(atEnd, src.blockAt(m_hEnd));
        QCOMPARE(atEnd.hash, tip.hash);
        REQUIRE_OK(raw, m_peer.rpc(QStringLiteral("eth_getBlockByNumber"), {toHexQuantity(m_hMid), false}));
        REQUIRE_OK(atMid, src.blockAt(m_hMid));
        QCOMPARE(atMid.hash, raw.toObject().value(QLatin1String("hash")).toString().toLower());
        const auto beyond = src.blockAt(m_hEnd + 100);
        QVERIFY(!beyond.ok());
        QCOMPARE(beyond.error().code, ErrorCode::SourceFailed);
        QVERIFY2(beyond.message().contains(QStringLiteral("no block at height %1").arg(m_hEnd + 100)), qPrintable(beyond.message()));
    }

    void balancesAtTipAndPinned()
    {
        const QHash<QString, QString> tip = balancesAt(m_hEnd);
        QCOMPARE(tip.value(m_c1 + "|" + kEth), Amount::fromBaseUnits(kEther + kEther / 4).toBaseUnits());
        QCOMPARE(tip.value(m_c1 + "|" + kToken), QStringLiteral("5000000"));
        QCOMPARE(tip.value(m_c2 + "|" + kEth), QStringLiteral("123456789"));
        QCOMPARE(tip.value(m_c2 + "|" + kToken), QStringLiteral("400000"));
        QCOMPARE(tip.value(m_c3 + "|" + kEth), QStringLiteral("15"));
        QCOMPARE(tip.value(m_c3 + "|" + kToken), QStringLiteral("0"));
        QCOMPARE(tip.value(m_holder + "|" + kToken), QStringLiteral("600000"));
        // The holder paid gas: compare with the node's own figure, parsed exactly.
        REQUIRE_OK(rawValue, m_peer.rpc(QStringLiteral("eth_getBalance"), {m_holder, toHexQuantity(m_hEnd)}));
        const QString raw = rawValue.toString();
        QCOMPARE(tip.value(m_holder + "|" + kEth), Amount::fromBaseUnits(parseHexQuantity(raw).value).toBaseUnits());

        const QHash<QString, QString> mid = balancesAt(m_hMid);
        QCOMPARE(mid.value(m_c1 + "|" + kEth), Amount::fromBaseUnits(kEther).toBaseUnits());
        QCOMPARE(mid.value(m_c1 + "|" + kToken), QStringLiteral("5000000"));
        QCOMPARE(mid.value(m_c2 + "|" + kEth), QStringLiteral("0"));
        QCOMPARE(mid.value(m_c2 + "|" + kToken), QStringLiteral("0"));
        QCOMPARE(mid.value(m_holder + "|" + kToken), QStringLiteral("0"));
        QCOMPARE(balancesAt(m_h0).value(m_c1 + "|" + kEth), QStringLiteral("0"));
    }

    void batchOf300Addresses()
    {
        QStringList addresses;
        for (int i = 0; i < 300; ++i)
            addresses << GanachePeer::randomAddress();
        QVERIFY(m_peer.stopMining().ok());
        for (int i = 0; i < 300; i += 15) {
            CHECK_OK(m_peer.sendEth(m_owner, addresses[i], 1000 + i));
            CHECK_OK(m_peer.mintToken(m_token, m_owner, addresses[i], 2000 + i));
        }
        REQUIRE_OK(height, m_peer.mine());
        QVERIFY(m_peer.startMining().ok());
        QList<AssetAddress> keys;
        for (const QString &a : addresses)
            keys << eth(a) << ctt(a);
        SourceOptions o = options();
        o.batchSize = 64;
        auto src = source(o);
        QList<qint64> progress;
        QElapsedTimer t;
        t.start();
        const auto r = src.balances(keys, height, [&](qint64 done, qint64 total) {
            QCOMPARE(total, 600);
            progress << done;
        });
        QVERIFY2(r.ok(), qPrintable(r.message()));
        qInfo("600 balances in %lld ms", static_cast<long long>(t.elapsed()));
        QCOMPARE(r->size(), 600);
        QCOMPARE(progress.size(), 10);
        QCOMPARE(progress.last(), 600);
        for (int i = 0; i < 300; ++i) {
            const bool funded = i % 15 == 0;
            QCOMPARE(r->at(2 * i).key.address, addresses[i]);
            QCOMPARE(r->at(2 * i).balance.toBaseUnits(), QString::number(funded ? 1000 + i : 0));
            QCOMPARE(r->at(2 * i + 1).key.asset, kToken);
            QCOMPARE(r->at(2 * i + 1).balance.toBaseUnits(), QString::number(funded ? 2000 + i : 0));
        }
    }

    void transfersBetweenHeights()
    {
        auto src = source();
        const auto first = src.transfers(clientKeys(), m_h0, m_hMid);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        const auto second = src.transfers(clientKeys(), m_hMid, m_hEnd);
        QVERIFY2(second.ok(), qPrintable(second.message()));
        QStringList got1, got2;
        for (const Transfer &t : *first)
            got1 << describe(t);
        for (const Transfer &t : *second)
            got2 << describe(t);
        for (qsizetype i = 1; i < second->size(); ++i)
            QVERIFY(second->at(i - 1).height <= second->at(i).height);
        got1.sort();
        got2.sort();
        m_firstHalf.sort();
        m_secondHalf.sort();
        QCOMPARE(got1, m_firstHalf);
        QCOMPARE(got2, m_secondHalf);
        const auto all = src.transfers(clientKeys(), m_h0, m_hEnd);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), first->size() + second->size());
        REQUIRE_OK(none, src.transfers(clientKeys(), m_hEnd, m_hEnd));
        QVERIFY(none.isEmpty());
        QCOMPARE(src.transfers(clientKeys(), m_hEnd, m_hMid).error().code, ErrorCode::BadInput);
    }

    void transfersAcrossLogQueryChunks()
    {
        REQUIRE_OK(start, m_peer.blockNumber());
        CHECK_OK(m_peer.rpc(QStringLiteral("evm_mine"), {QJsonObject{{QStringLiteral("blocks"), int(EvmSource::kLogBlockSpan + 50)}}}));
        const QString c4 = GanachePeer::randomAddress();
        REQUIRE_OK(late, m_peer.mintToken(m_token, m_owner, c4, 42));
        QVERIFY(late.height > start + EvmSource::kLogBlockSpan);
        auto src = source();
        QElapsedTimer t;
        t.start();
        const auto r = src.transfers({ctt(c4), eth(c4)}, start, late.height);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        qInfo("transfers over %lld blocks in %lld ms", static_cast<long long>(late.height - start), static_cast<long long>(t.elapsed()));
        QCOMPARE(r->size(), 1);
        QCOMPARE(describe(r->first()), expect(late, c4, kToken, 42, kZeroAddress));
    }

    void amountRange()
    {
        const QString atMax = GanachePeer::randomAddress();
        const QString above = GanachePeer::randomAddress();
        REQUIRE_OK(before, m_peer.blockNumber());
        CHECK_OK(m_peer.mintToken(m_token, m_owner, atMax, kInt128Max));
        auto src = source();
        REQUIRE_OK(h, m_peer.blockNumber());
        const auto ok = src.balances({ctt(atMax)}, h);
        QVERIFY2(ok.ok(), qPrintable(ok.message()));
        QCOMPARE(ok->first().balance.baseUnits(), kInt128Max);
        CHECK_OK(m_peer.mintToken(m_token, m_owner, above, QStringLiteral("0x1") + QString(50, QLatin1Char('0'))));
        REQUIRE_OK(h2, m_peer.blockNumber());
        const auto big = src.balances({ctt(above)}, h2);
        QVERIFY(!big.ok());
        QCOMPARE(big.error().code, ErrorCode::SourceFailed);
        QVERIFY2(big.message().contains(QLatin1String("2^127-1")), qPrintable(big.message()));
        const auto bigTransfer = src.transfers({ctt(above)}, before, h2);
        QVERIFY(!bigTransfer.ok());
        QVERIFY2(bigTransfer.message().contains(QLatin1String("2^127-1")), qPrintable(bigTransfer.message()));
        // An address that is no contract answers balanceOf with no data.
        const auto notToken = src.balances({AssetAddress{atMax, kToken, m_c1, 6}}, h2);
        QVERIFY(!notToken.ok());
        QVERIFY2(notToken.message().contains(QLatin1String("returned no data")), qPrintable(notToken.message()));
    }

    void reorgDuringRun()
    {
        REQUIRE_OK(snapshotValue, m_peer.rpc(QStringLiteral("evm_snapshot")));
        const QString snapshot = snapshotValue.toString();
        REQUIRE_OK(pinned, m_peer.sendEth(m_owner, GanachePeer::randomAddress(), 1));
        QList<AssetAddress> keys;
        for (int i = 0; i < 120; ++i)
            keys << eth(GanachePeer::randomAddress());
        SourceOptions o = options();
        o.batchSize = 40;
        o.maxInFlight = 1;
        auto src = source(o);
        bool reorganised = false;
        const auto r = src.balances(keys, pinned.height, [&](qint64, qint64) {
            if (reorganised)
                return;
            reorganised = true; // replace block `pinned.height` by another one
            REQUIRE_OK(reverted, m_peer.rpc(QStringLiteral("evm_revert"), {snapshot}));
            QVERIFY(reverted.toBool());
            REQUIRE_OK(replacement, m_peer.sendEth(m_owner, GanachePeer::randomAddress(), 2));
            QCOMPARE(replacement.height, pinned.height);
        });
        QVERIFY(reorganised);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::SourceFailed);
        QVERIFY2(r.message().contains(QStringLiteral("reorganised during the run at height %1").arg(pinned.height)),
                 qPrintable(r.message()));
    }

    void numbersArriveAsExactStrings()
    {
        CannedServer server(httpAnswer(200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":12345678901234567890.12345678}"));
        JsonRpcClient client(server.endpoint(), options());
        const auto r = client.call(QStringLiteral("getbalance"), {});
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(r->isString());
        QCOMPARE(r->toString(), QStringLiteral("12345678901234567890.12345678"));
    }

    void badServers_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("expect");
        QTest::newRow("garbage") << httpAnswer(200, "\x01\x02 this is not JSON {") << QStringLiteral("malformed JSON");
        QTest::newRow("http 500") << httpAnswer(500, "Internal Server Error") << QStringLiteral("HTTP 500");
        QTest::newRow("wrong shape") << httpAnswer(200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0xzz\"}")
                                     << QStringLiteral("not a block height");
    }
    void badServers()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, expect);
        CannedServer server(answer);
        EvmSource src(m_net, server.endpoint(), options());
        const auto r = src.tip();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::SourceFailed);
        QVERIFY2(r.message().contains(expect) && r.message().contains(server.endpoint().url.toString()), qPrintable(r.message()));
    }

    void hugeBodyStaysBounded()
    {
        CannedServer server(httpAnswer(200, "", false), qint64(1) << 30);
        SourceOptions o = options();
        o.maxResponseBytes = 256 * 1024;
        EvmSource src(m_net, server.endpoint(), o);
        const qint64 before = residentKiB();
        const auto r = src.balances({eth(m_c1)}, 1);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::SourceFailed);
        QVERIFY2(r.message().contains(QLatin1String("more than 262144 bytes")), qPrintable(r.message()));
        QVERIFY2(server.streamed < qint64(64) << 20, qPrintable(QString::number(server.streamed)));
        QVERIFY2(residentKiB() - before < 64 * 1024, qPrintable(QString::number(residentKiB() - before)));
    }

    void nodeFrozenMidRun()
    {
        QList<AssetAddress> keys;
        for (int i = 0; i < 100; ++i)
            keys << eth(GanachePeer::randomAddress());
        SourceOptions o;
        o.timeoutMs = 1500;
        o.retries = 1;
        o.batchSize = 25;
        o.maxInFlight = 1;
        auto src = source(o);
        REQUIRE_OK(height, m_peer.blockNumber());
        bool frozen = false;
        QElapsedTimer t;
        t.start();
        const auto r = src.balances(keys, height, [&](qint64, qint64) {
            if (!frozen) {
                frozen = true;
                m_peer.freeze();
            }
        });
        const qint64 elapsed = t.elapsed();
        m_peer.thaw();
        QVERIFY(frozen);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::SourceFailed);
        QVERIFY2(r.message().contains(QLatin1String("did not answer within 1500 ms")) && r.message().contains(QLatin1String("2 attempts")),
                 qPrintable(r.message()));
        QVERIFY2(elapsed >= 3000 && elapsed < 6000, qPrintable(QString::number(elapsed)));
        // The node recovers and the same source works again.
        const auto again = src.balances(keys.mid(0, 3), height);
        QVERIFY2(again.ok(), qPrintable(again.message()));
    }

    // Last: it kills the shared ganache.
    void nodeKilledMidRun()
    {
        QList<AssetAddress> keys;
        for (int i = 0; i < 200; ++i)
            keys << eth(GanachePeer::randomAddress()) << ctt(GanachePeer::randomAddress());
        SourceOptions o;
        o.timeoutMs = 2000;
        o.retries = 1;
        o.batchSize = 25;
        o.maxInFlight = 1;
        auto src = source(o);
        REQUIRE_OK(height, m_peer.blockNumber());
        bool killed = false;
        QElapsedTimer t;
        t.start();
        const auto r = src.balances(keys, height, [&](qint64, qint64) {
            if (!killed) {
                killed = true;
                m_peer.kill();
            }
        });
        QVERIFY(killed);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::SourceFailed);
        QVERIFY2(r.message().contains(m_peer.url().toString()), qPrintable(r.message()));
        QVERIFY2(t.elapsed() < 3 * o.timeoutMs + 2000, qPrintable(QString::number(t.elapsed())));
        qInfo("killed node reported in %lld ms: %s", static_cast<long long>(t.elapsed()), qPrintable(r.message()));
        QCOMPARE(src.checkNetwork().error().code, ErrorCode::SourceFailed);
    }
};

QTEST_GUILESS_MAIN(TestEvmSource)
#include "TestEvmSource.moc"
