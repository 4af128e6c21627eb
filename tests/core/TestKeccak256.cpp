// Keccak-256 (original Keccak padding, as used by Ethereum) against published and
// independently computed digests, including the 136-byte rate boundaries.

#include "crypto/Keccak256.h"

#include <QtTest>

using custos::crypto::keccak256;

class TestKeccak256 : public QObject {
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void digestIsAlways32Bytes();
    void ethereumSelectors();
};

void TestKeccak256::vectors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digestHex");

    QTest::newRow("empty") << QByteArray()
                           << QByteArray("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    // Reference values for the rest computed with js-sha3 (an independent implementation).
    QTest::newRow("200 x 0xa3") << QByteArray(200, '\xa3')
                                << QByteArray("3a57666b048777f2c953dc4456f45a2588e1cb6f2da760122d530ac2ce607d4a");
    QTest::newRow("135 x 'a' (one byte short of the rate)")
        << QByteArray(135, 'a')
        << QByteArray("34367dc248bbd832f4e3e69dfaac2f92638bd0bbd18f2912ba4ef454919cf446");
    QTest::newRow("136 x 'a' (exactly the rate)")
        << QByteArray(136, 'a')
        << QByteArray("a6c4d403279fe3e0af03729caada8374b5ca54d8065329a3ebcaeb4b60aa386e");
    QTest::newRow("137 x 'a' (one byte over the rate)")
        << QByteArray(137, 'a')
        << QByteArray("d869f639c7046b4929fc92a4d988a8b22c55fbadb802c0c66ebcd484f1915f39");
    QTest::newRow("272 x 'a' (two full blocks)")
        << QByteArray(272, 'a')
        << QByteArray("cf7fcd4f705ee749930d19ca84561a9bf62516bd90a471545fa2f49fdc7e63c8");
    QTest::newRow("1000 x 'a'")
        << QByteArray(1000, 'a')
        << QByteArray("b6a4ac1f51884d71f30fa397a5e155de3099e11fc0edef5d08b646e621e19de9");
    QTest::newRow("Transfer(address,address,uint256)")
        << QByteArray("Transfer(address,address,uint256)")
        << QByteArray("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
}

void TestKeccak256::vectors()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digestHex);
    QCOMPARE(keccak256(message).toHex(), digestHex);
}

void TestKeccak256::digestIsAlways32Bytes()
{
    for (int n = 0; n < 300; ++n)
        QCOMPARE(keccak256(QByteArray(n, 'x')).size(), 32);
}

void TestKeccak256::ethereumSelectors()
{
    // An ERC-20 call selector is the first 4 bytes of the Keccak-256 of the signature.
    QCOMPARE(keccak256("balanceOf(address)").left(4).toHex(), QByteArray("70a08231"));
    QCOMPARE(keccak256("transfer(address,uint256)").left(4).toHex(), QByteArray("a9059cbb"));
    // Keccak-256 is not SHA3-256: SHA3-256("") starts a7ffc6f8.
    QVERIFY(!keccak256(QByteArray()).toHex().startsWith("a7ffc6f8"));
}

QTEST_GUILESS_MAIN(TestKeccak256)
#include "TestKeccak256.moc"
