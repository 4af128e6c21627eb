#include "crypto/Signer.h"

#include <QtTest>

using custos::ErrorCode;
using custos::crypto::SecureBytes;

namespace {

SecureBytes seedFromHex(const QByteArray &hex)
{
    auto seed = SecureBytes::fromHex(hex);
    return seed ? *seed : SecureBytes();
}

QByteArray flipBit(QByteArray data, qsizetype byte, int bit = 0)
{
    data[byte] = char(data[byte] ^ (1 << bit));
    return data;
}

} // namespace

class TestSigner : public QObject {
    Q_OBJECT

private slots:
    // RFC 8032 section 7.1: TEST 1, TEST 2, TEST 3 and TEST SHA(abc).
    void rfc8032Vectors_data()
    {
        QTest::addColumn<QByteArray>("secretKey");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("TEST 1")
            << QByteArray("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a") << QByteArray()
            << QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("TEST 2")
            << QByteArray("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << QByteArray("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c") << QByteArray("72")
            << QByteArray("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QTest::newRow("TEST 3")
            << QByteArray("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
            << QByteArray("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025") << QByteArray("af82")
            << QByteArray("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
        QTest::newRow("TEST SHA(abc)")
            << QByteArray("833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42")
            << QByteArray("ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf")
            << QByteArray("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
            << QByteArray("dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704");
    }

    void rfc8032Vectors()
    {
        QFETCH(QByteArray, secretKey);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        const SecureBytes seed = seedFromHex(secretKey);
        const QByteArray msg = QByteArray::fromHex(message);

        auto pub = custos::crypto::ed25519PublicKey(seed);
        QVERIFY2(pub.ok(), qPrintable(pub.message()));
        QCOMPARE(pub->toHex(), publicKey);

        auto sig = custos::crypto::ed25519Sign(seed, msg);
        QVERIFY2(sig.ok(), qPrintable(sig.message()));
        QCOMPARE(sig->toHex(), signature);

        QVERIFY(custos::crypto::ed25519Verify(QByteArray::fromHex(publicKey), msg, QByteArray::fromHex(signature)));
    }

    void generateSignVerify()
    {
        auto pair = custos::crypto::generateEd25519();
        QVERIFY2(pair.ok(), qPrintable(pair.message()));
        QCOMPARE(pair->seed.size(), custos::crypto::kEd25519SeedSize);
        QCOMPARE(pair->publicKey.size(), custos::crypto::kEd25519PublicKeySize);
        QCOMPARE(*custos::crypto::ed25519PublicKey(pair->seed), pair->publicKey);

        const QByteArray message("transfer 1.5 BTC from cold vault 3 to exchange");
        auto sig = custos::crypto::ed25519Sign(pair->seed, message);
        QVERIFY2(sig.ok(), qPrintable(sig.message()));
        QCOMPARE(sig->size(), custos::crypto::kEd25519SignatureSize);
        QVERIFY(custos::crypto::ed25519Verify(pair->publicKey, message, *sig));
        // Ed25519 is deterministic.
        QCOMPARE(*custos::crypto::ed25519Sign(pair->seed, message), *sig);

        auto other = custos::crypto::generateEd25519();
        QVERIFY(other.ok());
        QVERIFY(!(other->seed == pair->seed));
        QVERIFY(!custos::crypto::ed25519Verify(other->publicKey, message, *sig));

        // Any change to message, signature or public key fails.
        QVERIFY(!custos::crypto::ed25519Verify(pair->publicKey, flipBit(message, 0), *sig));
        QVERIFY(!custos::crypto::ed25519Verify(pair->publicKey, message + '.', *sig));
        QVERIFY(!custos::crypto::ed25519Verify(pair->publicKey, message.chopped(1), *sig));
        QVERIFY(!custos::crypto::ed25519Verify(pair->publicKey, QByteArray(), *sig));
        for (int byte : {0, 31, 32, 63})
            QVERIFY(!custos::crypto::ed25519Verify(pair->publicKey, message, flipBit(*sig, byte, 2)));
        for (int byte : {0, 15, 31})
            QVERIFY(!custos::crypto::ed25519Verify(flipBit(pair->publicKey, byte, 1), message, *sig));
    }

    void emptyMessage()
    {
        auto pair = custos::crypto::generateEd25519();
        QVERIFY(pair.ok());
        auto sig = custos::crypto::ed25519Sign(pair->seed, QByteArrayView());
        QVERIFY(sig.ok());
        QVERIFY(custos::crypto::ed25519Verify(pair->publicKey, QByteArrayView(), *sig));
        QVERIFY(!custos::crypto::ed25519Verify(pair->publicKey, "x", *sig));
    }

    void wrongSizes_data()
    {
        QTest::addColumn<int>("seedSize");
        QTest::newRow("empty seed") << 0;
        QTest::newRow("31-byte seed") << 31;
        QTest::newRow("33-byte seed") << 33;
        QTest::newRow("64-byte seed (seed || public key)") << 64;
    }

    void wrongSizes()
    {
        QFETCH(int, seedSize);
        const SecureBytes seed(seedSize);
        auto pub = custos::crypto::ed25519PublicKey(seed);
        QVERIFY(!pub.ok());
        QCOMPARE(pub.error().code, ErrorCode::BadInput);
        auto sig = custos::crypto::ed25519Sign(seed, "message");
        QVERIFY(!sig.ok());
        QCOMPARE(sig.error().code, ErrorCode::BadInput);
    }

    void malformedVerifyInputs()
    {
        auto pair = custos::crypto::generateEd25519();
        QVERIFY(pair.ok());
        const QByteArray message("m");
        const QByteArray sig = *custos::crypto::ed25519Sign(pair->seed, message);
        QVERIFY(!custos::crypto::ed25519Verify(QByteArray(), message, sig));
        QVERIFY(!custos::crypto::ed25519Verify(pair->publicKey.left(31), message, sig));
        QVERIFY(!custos::crypto::ed25519Verify(pair->publicKey + 'x', message, sig));
        QVERIFY(!custos::crypto::ed25519Verify(pair->publicKey, message, QByteArray()));
        QVERIFY(!custos::crypto::ed25519Verify(pair->publicKey, message, sig.left(63)));
        QVERIFY(!custos::crypto::ed25519Verify(pair->publicKey, message, sig + 'x'));
        // Encodings that are not curve points, and an all-zero signature.
        QVERIFY(!custos::crypto::ed25519Verify(QByteArray(32, '\xff'), message, sig));
        QVERIFY(!custos::crypto::ed25519Verify(QByteArray(32, '\0'), message, QByteArray(64, '\0')));
        QVERIFY(!custos::crypto::ed25519Verify(pair->publicKey, message, QByteArray(64, '\xff')));
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "TestSigner.moc"
