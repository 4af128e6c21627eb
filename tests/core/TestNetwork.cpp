// Network table: names, address parameters, native asset and EVM chain ids.

#include "chain/Network.h"

#include <QtTest>

using namespace custos;
using namespace custos::chain;

class TestNetwork : public QObject {
    Q_OBJECT

private slots:
    void utxoNetworks_data();
    void utxoNetworks();
    void ethereum();
    void evmChainIds_data();
    void evmChainIds();
    void refused_data();
    void refused();
    void knownNames();
};

void TestNetwork::utxoNetworks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hrp");
    QTest::addColumn<int>("p2pkh");
    QTest::addColumn<int>("p2sh");
    QTest::addColumn<QList<quint8>>("extraP2sh");
    QTest::addColumn<QString>("symbol");

    QTest::newRow("bitcoin") << "bitcoin" << "bc" << 0x00 << 0x05 << QList<quint8>{} << "BTC";
    QTest::newRow("bitcoin-testnet")
        << "bitcoin-testnet" << "tb" << 0x6f << 0xc4 << QList<quint8>{} << "BTC";
    QTest::newRow("bitcoin-regtest")
        << "bitcoin-regtest" << "bcrt" << 0x6f << 0xc4 << QList<quint8>{} << "BTC";
    QTest::newRow("litecoin") << "litecoin" << "ltc" << 0x30 << 0x32 << QList<quint8>{0x05}
                              << "LTC";
    QTest::newRow("litecoin-regtest")
        << "litecoin-regtest" << "rltc" << 0x6f << 0x3a << QList<quint8>{0xc4} << "LTC";
}

void TestNetwork::utxoNetworks()
{
    QFETCH(QString, name);
    QFETCH(QString, hrp);
    QFETCH(int, p2pkh);
    QFETCH(int, p2sh);
    QFETCH(QList<quint8>, extraP2sh);
    QFETCH(QString, symbol);

    const Result<Network> net = networkByName(name);
    QVERIFY2(net.ok(), qPrintable(net.message()));
    QCOMPARE(net->name, name);
    QCOMPARE(net->kind, ChainKind::Utxo);
    QVERIFY(!net->isEvm());
    QCOMPARE(net->bech32Hrp, hrp);
    QCOMPARE(int(net->p2pkhVersion), p2pkh);
    QCOMPARE(int(net->p2shVersion), p2sh);
    QCOMPARE(net->extraP2shVersions, extraP2sh);
    QCOMPARE(net->nativeSymbol, symbol);
    QCOMPARE(net->nativeDecimals, 8);
    QCOMPARE(net->evmChainId, quint64(0));
}

void TestNetwork::ethereum()
{
    const Result<Network> net = networkByName(QStringLiteral("ethereum"));
    QVERIFY2(net.ok(), qPrintable(net.message()));
    QCOMPARE(net->kind, ChainKind::Evm);
    QVERIFY(net->isEvm());
    QVERIFY(net->bech32Hrp.isEmpty());
    QCOMPARE(net->nativeSymbol, QStringLiteral("ETH"));
    QCOMPARE(net->nativeDecimals, 18);
    QCOMPARE(net->evmChainId, quint64(1));
}

void TestNetwork::evmChainIds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("canonicalName");
    QTest::addColumn<quint64>("chainId");

    QTest::newRow("sepolia") << "evm-11155111" << "evm-11155111" << quint64(11155111);
    QTest::newRow("polygon") << "evm-137" << "evm-137" << quint64(137);
    QTest::newRow("evm-1 is ethereum") << "evm-1" << "ethereum" << quint64(1);
    QTest::newRow("largest id") << "evm-18446744073709551615" << "evm-18446744073709551615"
                                << quint64(18446744073709551615ULL);
}

void TestNetwork::evmChainIds()
{
    QFETCH(QString, name);
    QFETCH(QString, canonicalName);
    QFETCH(quint64, chainId);

    const Result<Network> net = networkByName(name);
    QVERIFY2(net.ok(), qPrintable(net.message()));
    QVERIFY(net->isEvm());
    QCOMPARE(net->name, canonicalName);
    QCOMPARE(net->evmChainId, chainId);
    QCOMPARE(net->nativeDecimals, 18);
    QVERIFY(net->bech32Hrp.isEmpty());
}

void TestNetwork::refused_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("unknown") << "dogecoin";
    QTest::newRow("empty") << "";
    QTest::newRow("capitalised") << "Bitcoin";
    QTest::newRow("trailing space") << "bitcoin ";
    QTest::newRow("evm-0") << "evm-0";
    QTest::newRow("evm-abc") << "evm-abc";
    QTest::newRow("evm-") << "evm-";
    QTest::newRow("evm--5") << "evm--5";
    QTest::newRow("evm-+5") << "evm-+5";
    QTest::newRow("evm-0x10") << "evm-0x10";
    QTest::newRow("evm-007") << "evm-007";
    QTest::newRow("evm- 5") << "evm- 5";
    QTest::newRow("evm-1.5") << "evm-1.5";
    QTest::newRow("evm overflow") << "evm-18446744073709551616";
}

void TestNetwork::refused()
{
    QFETCH(QString, name);
    const Result<Network> net = networkByName(name);
    QVERIFY(!net.ok());
    QCOMPARE(net.error().code, ErrorCode::BadInput);
    QVERIFY2(net.message().contains(QStringLiteral("unknown chain '%1'").arg(name)),
             qPrintable(net.message()));
}

void TestNetwork::knownNames()
{
    const QStringList names = knownNetworkNames();
    QCOMPARE(names, (QStringList{"bitcoin", "bitcoin-testnet", "bitcoin-regtest", "litecoin",
                                 "litecoin-regtest", "ethereum"}));
    for (const QString &name : names)
        QVERIFY2(networkByName(name).ok(), qPrintable(name));

    const Result<Network> unknown = networkByName(QStringLiteral("x"));
    QCOMPARE(unknown.message(),
             QStringLiteral("unknown chain 'x'; expected bitcoin, bitcoin-testnet, "
                            "bitcoin-regtest, litecoin, litecoin-regtest, ethereum or "
                            "evm-<chain id>"));
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "TestNetwork.moc"
