// Address checks per network: EIP-55 for EVM chains; segwit and Base58Check for UTXO chains,
// with addresses of other networks refused by name.

#include "chain/AddressCheck.h"

#include <QtTest>

using namespace custos;
using namespace custos::chain;

namespace {

Network net(const char *name)
{
    Result<Network> n = networkByName(QString::fromLatin1(name));
    if (!n.ok())
        qFatal("unknown test network %s", name);
    return n.value();
}

} // namespace

class TestAddress : public QObject {
    Q_OBJECT

private slots:
    void eip55Vectors_data();
    void eip55Vectors();
    void evmSingleCaseIsChecksummed();
    void evmRefused_data();
    void evmRefused();
    void utxoValid_data();
    void utxoValid();
    void crossNetworkRefused_data();
    void crossNetworkRefused();
    void utxoRefused_data();
    void utxoRefused();
    void emptyAndWhitespaceRefused_data();
    void emptyAndWhitespaceRefused();
};

void TestAddress::eip55Vectors_data()
{
    QTest::addColumn<QString>("address");

    // EIP-55 test cases: all caps, all lower, and normal mixed case.
    QTest::newRow("caps 1") << "0x52908400098527886E0F7030069857D2E4169EE7";
    QTest::newRow("caps 2") << "0x8617E340B3D01FA5F11F306F4090FD50E238070D";
    QTest::newRow("lower 1") << "0xde709f2102306220921060314715629080e2fb77";
    QTest::newRow("lower 2") << "0x27b1fdb04752bbc536007a920d24acb045561c26";
    QTest::newRow("mixed 1") << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    QTest::newRow("mixed 2") << "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
    QTest::newRow("mixed 3") << "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";
    QTest::newRow("mixed 4") << "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb";
}

void TestAddress::eip55Vectors()
{
    QFETCH(QString, address);

    const QByteArray raw = QByteArray::fromHex(address.mid(2).toLatin1());
    QCOMPARE(eip55Checksum(raw), address);

    for (const char *name : {"ethereum", "evm-11155111"}) {
        const Result<QString> normal = normalizeAddress(net(name), address);
        QVERIFY2(normal.ok(), qPrintable(normal.message()));
        QCOMPARE(normal.value(), address);
    }
}

void TestAddress::evmSingleCaseIsChecksummed()
{
    const QString canonical = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    const QString lower = QStringLiteral("0x") + canonical.mid(2).toLower();
    const QString upper = QStringLiteral("0x") + canonical.mid(2).toUpper();
    for (const QString &given : {lower, upper}) {
        const Result<QString> normal = normalizeAddress(net("ethereum"), given);
        QVERIFY2(normal.ok(), qPrintable(normal.message()));
        QCOMPARE(normal.value(), canonical);
    }
    QVERIFY(eip55Checksum(QByteArray(19, '\0')).isEmpty());
    QVERIFY(eip55Checksum(QByteArray(21, '\0')).isEmpty());
    QCOMPARE(eip55Checksum(QByteArray(20, '\0')),
             QStringLiteral("0x0000000000000000000000000000000000000000"));
}

void TestAddress::evmRefused_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("message");

    QTest::newRow("broken checksum")
        << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"
        << "address 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD fails its EIP-55 checksum";
    QTest::newRow("one letter flipped")
        << "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
        << "address 0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed fails its EIP-55 checksum";
    QTest::newRow("39 digits") << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe"
                               << "has 39 hex digits; an EVM address has 40";
    QTest::newRow("41 digits") << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed0"
                               << "has 41 hex digits; an EVM address has 40";
    QTest::newRow("only 0x") << "0x" << "has 0 hex digits";
    QTest::newRow("non-hex") << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg"
                             << "non-hex character 'g' at position 41";
    QTest::newRow("no prefix") << "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
                               << "must start with 0x";
    QTest::newRow("capital X prefix") << "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
                                      << "must start with 0x";
    QTest::newRow("bitcoin address") << "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
                                     << "is a bitcoin address, not ethereum";
    QTest::newRow("litecoin segwit") << "ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kgmn4n9"
                                     << "is a litecoin address, not ethereum";
}

void TestAddress::evmRefused()
{
    QFETCH(QString, address);
    QFETCH(QString, message);

    const Result<QString> normal = normalizeAddress(net("ethereum"), address);
    QVERIFY(!normal.ok());
    QCOMPARE(normal.error().code, ErrorCode::BadInput);
    QVERIFY2(normal.message().contains(message), qPrintable(normal.message()));
}

void TestAddress::utxoValid_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("canonical");

    auto row = [](const char *tag, const char *network, const char *address,
                  const char *canonical = nullptr) {
        QTest::newRow(tag) << QString::fromLatin1(network) << QString::fromLatin1(address)
                           << QString::fromLatin1(canonical ? canonical : address);
    };
    // Bitcoin Core key_io_valid.json, BIP-173/350 and the genesis address.
    row("bitcoin p2pkh", "bitcoin", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
    row("bitcoin p2pkh 2", "bitcoin", "1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo");
    row("bitcoin p2sh", "bitcoin", "36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm");
    row("bitcoin p2wpkh", "bitcoin", "bc1qvyq0cc6rahyvsazfdje0twl7ez82ndmuac2lhv");
    row("bitcoin p2wpkh upper", "bitcoin", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    row("bitcoin p2wsh", "bitcoin",
        "bc1qyucykdlhp62tezs0hagqury402qwhk589q80tqs5myh3rxq34nwqhkdhv7");
    row("bitcoin p2tr", "bitcoin", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0");
    row("bitcoin p2tr upper", "bitcoin",
        "BC1P83N3AU0RJYLEFXQ2NC2XH2Y4JZZ4PM6ZXJ4MW5PAGDJJR2A9F36S6JJNNU",
        "bc1p83n3au0rjylefxq2nc2xh2y4jzz4pm6zxj4mw5pagdjjr2a9f36s6jjnnu");
    row("bitcoin future v2", "bitcoin", "bc1z2rksukkjr8");
    row("testnet p2pkh", "bitcoin-testnet", "mzK2FFDEhxqHcmrJw1ysqFkVyhUULo45hZ");
    row("testnet p2sh", "bitcoin-testnet", "2NC2hEhe28ULKAJkW5MjZ3jtTMJdvXmByvK");
    row("testnet p2wpkh", "bitcoin-testnet", "tb1qcrh3yqn4nlleplcez2yndq2ry8h9ncg3qh7n54");
    row("testnet p2wsh", "bitcoin-testnet",
        "tb1quyl9ujpgwr2chdzdnnalen48sup245vdfnh2jxhsuq3yx80rrwlq5hqfe4");
    row("testnet p2tr", "bitcoin-testnet",
        "tb1p35n52jy6xkm4wd905tdy8qtagrn73kqdz73xe4zxpvq9t3fp50aqk3s6gz");
    row("regtest p2pkh", "bitcoin-regtest", "n4fajahJrAuKbN7uNsKjLjQkz9Qn5ewJXQ");
    row("regtest p2sh", "bitcoin-regtest", "2MxFajLApXpYk4VodBSZSt7rw8y4ryABkfA");
    row("regtest p2wpkh", "bitcoin-regtest", "bcrt1qdavt4j2sd7dlhqsavtnfxvzppw6k7qy97tmnu9");
    row("regtest p2wsh", "bitcoin-regtest",
        "bcrt1qan8gntac7z7me2ejt4hpru42ad2f759fmy0m3ejvs98656znv7eqga4uhv");
    row("regtest p2tr", "bitcoin-regtest",
        "bcrt1pfwxjqvtt4tcxrtdluukfmy2dv7xd2qzdfy6kajv5nwn4yam3wxkq3553uh");
    // Litecoin Core key_io_valid.json for Base58; segwit encoded with the npm bech32 package.
    row("litecoin p2pkh", "litecoin", "LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPeA");
    row("litecoin p2sh", "litecoin", "MHrYRxAiMNBTku3eoDHwhA1LQGDjUStZW2");
    row("litecoin legacy p2sh 0x05", "litecoin", "36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm");
    row("litecoin p2wpkh", "litecoin", "ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kgmn4n9");
    row("litecoin p2wsh", "litecoin",
        "ltc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qmu8tk5");
    row("litecoin p2tr", "litecoin", "ltc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqpj6zg2");
    row("ltc regtest p2pkh", "litecoin-regtest", "mpWvR79tSrA5xeziB6mjNYWdaVRwBpgnUP");
    row("ltc regtest p2sh", "litecoin-regtest", "QgDNrG4nJpE4VV7PcFMFhkTgwAHWxWS7pj");
    row("ltc regtest legacy p2sh 0xc4", "litecoin-regtest", "2MxFajLApXpYk4VodBSZSt7rw8y4ryABkfA");
    row("ltc regtest p2wpkh", "litecoin-regtest", "rltc1qw508d6qejxtdg4y5r3zarvary0c5xw7k693xs3");
    row("ltc regtest p2wsh", "litecoin-regtest",
        "rltc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q22ldvf");
    row("ltc regtest p2tr", "litecoin-regtest",
        "rltc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqsyzyjh");
}

void TestAddress::utxoValid()
{
    QFETCH(QString, network);
    QFETCH(QString, address);
    QFETCH(QString, canonical);

    const Result<QString> normal = normalizeAddress(net(qPrintable(network)), address);
    QVERIFY2(normal.ok(), qPrintable(normal.message()));
    QCOMPARE(normal.value(), canonical);
}

void TestAddress::crossNetworkRefused_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("message");

    auto row = [](const char *tag, const char *network, const char *address, const char *message) {
        QTest::newRow(tag) << QString::fromLatin1(network) << QString::fromLatin1(address)
                           << QString::fromLatin1(message);
    };
    row("testnet segwit on bitcoin", "bitcoin", "tb1qcrh3yqn4nlleplcez2yndq2ry8h9ncg3qh7n54",
        "address tb1qcrh3yqn4nlleplcez2yndq2ry8h9ncg3qh7n54 is a bitcoin-testnet address, not bitcoin");
    row("testnet base58 on bitcoin", "bitcoin", "mzK2FFDEhxqHcmrJw1ysqFkVyhUULo45hZ",
        "is a bitcoin-testnet, bitcoin-regtest or litecoin-regtest address, not bitcoin");
    row("litecoin base58 on bitcoin", "bitcoin", "LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPeA",
        "is a litecoin address, not bitcoin");
    row("litecoin p2sh on bitcoin", "bitcoin", "MHrYRxAiMNBTku3eoDHwhA1LQGDjUStZW2",
        "is a litecoin address, not bitcoin");
    row("litecoin segwit on bitcoin", "bitcoin", "ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kgmn4n9",
        "is a litecoin address, not bitcoin");
    row("EVM on bitcoin", "bitcoin", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "is an EVM address, not bitcoin");
    row("regtest segwit on testnet", "bitcoin-testnet",
        "bcrt1qdavt4j2sd7dlhqsavtnfxvzppw6k7qy97tmnu9", "is a bitcoin-regtest address, not bitcoin-testnet");
    row("mainnet p2pkh on testnet", "bitcoin-testnet", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
        "is a bitcoin address, not bitcoin-testnet");
    row("mainnet p2sh on testnet", "bitcoin-testnet", "36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm",
        "is a bitcoin or litecoin address, not bitcoin-testnet");
    row("mainnet segwit on regtest", "bitcoin-regtest",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        "is a bitcoin address, not bitcoin-regtest");
    row("bitcoin segwit on litecoin", "litecoin", "bc1qvyq0cc6rahyvsazfdje0twl7ez82ndmuac2lhv",
        "is a bitcoin address, not litecoin");
    row("bitcoin p2pkh on litecoin", "litecoin", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
        "is a bitcoin address, not litecoin");
    row("ltc regtest p2sh on bitcoin regtest", "bitcoin-regtest", "QgDNrG4nJpE4VV7PcFMFhkTgwAHWxWS7pj",
        "is a litecoin-regtest address, not bitcoin-regtest");
    row("ltc regtest segwit on bitcoin regtest", "bitcoin-regtest",
        "rltc1qw508d6qejxtdg4y5r3zarvary0c5xw7k693xs3", "is a litecoin-regtest address, not bitcoin-regtest");
    row("testnet segwit on ltc regtest", "litecoin-regtest",
        "tb1qcrh3yqn4nlleplcez2yndq2ry8h9ncg3qh7n54", "is a bitcoin-testnet address, not litecoin-regtest");
    row("litecoin segwit on ltc regtest", "litecoin-regtest",
        "ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kgmn4n9", "is a litecoin address, not litecoin-regtest");
}

void TestAddress::crossNetworkRefused()
{
    QFETCH(QString, network);
    QFETCH(QString, address);
    QFETCH(QString, message);

    const Result<QString> normal = normalizeAddress(net(qPrintable(network)), address);
    QVERIFY(!normal.ok());
    QCOMPARE(normal.error().code, ErrorCode::BadInput);
    QVERIFY2(normal.message().contains(message), qPrintable(normal.message()));
}

void TestAddress::utxoRefused_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("message");

    QTest::newRow("base58 bad checksum") << "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb" << "bad checksum";
    QTest::newRow("base58 bad character") << "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0"
                                          << "invalid Base58 character '0' at position 33";
    QTest::newRow("base58 20-byte payload") << "13RJa7YdZQz3JHotw6gx1sco2AAPDrMZM"
                                            << "decodes to 20 bytes";
    QTest::newRow("base58 unknown version") << "b1sYGBu5FKdxkL5FCSeJygmkchViYCqAq"
                                            << "its version byte is 0x01";
    QTest::newRow("bech32 bad checksum") << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"
                                         << "bad checksum";
    QTest::newRow("bech32 mixed case") << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kV8f3t4"
                                       << "mixes upper and lower case";
    QTest::newRow("v0 with bech32m") << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh"
                                     << "must use the bech32 checksum, not bech32m";
    QTest::newRow("v1 with bech32")
        << "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd"
        << "must use the bech32m checksum, not bech32";
    QTest::newRow("v0 wrong size") << "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P"
                                   << "must be 20 or 32 bytes, not 16";
    QTest::newRow("unknown prefix") << "tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty"
                                    << "its prefix is 'tc1'";
    QTest::newRow("garbage") << "hello" << "not a valid bitcoin address";
}

void TestAddress::utxoRefused()
{
    QFETCH(QString, address);
    QFETCH(QString, message);

    const Result<QString> normal = normalizeAddress(net("bitcoin"), address);
    QVERIFY(!normal.ok());
    QCOMPARE(normal.error().code, ErrorCode::BadInput);
    QVERIFY2(normal.message().contains(message), qPrintable(normal.message()));
}

void TestAddress::emptyAndWhitespaceRefused_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty bitcoin") << "bitcoin" << "" << "bitcoin address is empty";
    QTest::newRow("empty ethereum") << "ethereum" << "" << "ethereum address is empty";
    QTest::newRow("leading space") << "bitcoin" << " 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
                                   << "contains whitespace at position 0";
    QTest::newRow("trailing newline") << "bitcoin" << "bc1qvyq0cc6rahyvsazfdje0twl7ez82ndmuac2lhv\n"
                                      << "contains whitespace at position 42";
    QTest::newRow("inner tab") << "litecoin" << "ltc1qw508d6qejxtd\tg4y5r3zarvary0c5xw7kgmn4n9"
                               << "contains whitespace at position 17";
    QTest::newRow("evm trailing space") << "ethereum" << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed "
                                        << "contains whitespace at position 42";
    QTest::newRow("only spaces") << "ethereum" << "   " << "contains whitespace at position 0";
}

void TestAddress::emptyAndWhitespaceRefused()
{
    QFETCH(QString, network);
    QFETCH(QString, address);
    QFETCH(QString, message);

    const Result<QString> normal = normalizeAddress(net(qPrintable(network)), address);
    QVERIFY(!normal.ok());
    QCOMPARE(normal.error().code, ErrorCode::BadInput);
    QVERIFY2(normal.message().contains(message), qPrintable(normal.message()));
}

QTEST_GUILESS_MAIN(TestAddress)
#include "TestAddress.moc"
