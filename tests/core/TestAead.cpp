#include "crypto/Aead.h"
#include "crypto/Random.h"

#include <QtTest>

using custos::ErrorCode;
using custos::crypto::SecureBytes;

namespace {

SecureBytes keyFromHex(const QByteArray &hex)
{
    auto key = SecureBytes::fromHex(hex);
    return key ? *key : SecureBytes();
}

SecureBytes randomKey()
{
    auto key = custos::crypto::randomSecret(custos::crypto::kAeadKeySize);
    return key ? *key : SecureBytes();
}

QByteArray flipBit(QByteArray data, qsizetype byte, int bit = 0)
{
    data[byte] = char(data[byte] ^ (1 << bit));
    return data;
}

} // namespace

class TestAead : public QObject {
    Q_OBJECT

private slots:
    // McGrew and Viega, "The Galois/Counter Mode of Operation (GCM)", test cases 13 to 16
    // (AES-256, 96-bit IV); the same vectors appear in NIST's GCM validation material.
    void specVectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("iv");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("aad");
        QTest::addColumn<QByteArray>("ciphertext");
        QTest::addColumn<QByteArray>("tag");

        const QByteArray zeroKey(64, '0');
        const QByteArray zeroIv(24, '0');
        const QByteArray key15("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        const QByteArray iv15("cafebabefacedbaddecaf888");
        const QByteArray plain15("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                 "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
        const QByteArray cipher15("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                  "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad");

        QTest::newRow("case 13: empty") << zeroKey << zeroIv << QByteArray() << QByteArray() << QByteArray()
                                        << QByteArray("530f8afbc74536b9a963b4f1c4cb738b");
        QTest::newRow("case 14: one zero block")
            << zeroKey << zeroIv << QByteArray(32, '0') << QByteArray()
            << QByteArray("cea7403d4d606b6e074ec5d3baf39d18") << QByteArray("d0d1c8a799996bf0265b98b5d48ab919");
        QTest::newRow("case 15: four blocks") << key15 << iv15 << plain15 << QByteArray() << cipher15
                                              << QByteArray("b094dac5d93471bdec1a502270e3cc6c");
        QTest::newRow("case 16: partial block and aad")
            << key15 << iv15 << plain15.left(120) << QByteArray("feedfacedeadbeeffeedfacedeadbeefabaddad2")
            << cipher15.left(120) << QByteArray("76fc6ece0f4e1768cddf8853bb2d551b");
    }

    void specVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, iv);
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, aad);
        QFETCH(QByteArray, ciphertext);
        QFETCH(QByteArray, tag);
        const SecureBytes k = keyFromHex(key);
        const QByteArray nonce = QByteArray::fromHex(iv);
        const QByteArray plain = QByteArray::fromHex(plaintext);
        const QByteArray a = QByteArray::fromHex(aad);

        auto sealed = custos::crypto::aesGcmSeal(k, nonce, plain, a);
        QVERIFY2(sealed.ok(), qPrintable(sealed.message()));
        QCOMPARE(sealed->toHex(), ciphertext + tag);

        auto opened = custos::crypto::aesGcmOpen(k, nonce, *sealed, a);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(opened->view(), QByteArrayView(plain));
    }

    void roundTrips_data()
    {
        QTest::addColumn<int>("plainSize");
        QTest::addColumn<int>("aadSize");
        for (int plain : {0, 1, 15, 16, 17, 1000, 65537})
            for (int aad : {0, 5, 64})
                QTest::addRow("plain %d aad %d", plain, aad) << plain << aad;
    }

    void roundTrips()
    {
        QFETCH(int, plainSize);
        QFETCH(int, aadSize);
        const SecureBytes key = randomKey();
        const QByteArray nonce = *custos::crypto::randomBytes(custos::crypto::kAeadNonceSize);
        const QByteArray plain = *custos::crypto::randomBytes(plainSize);
        const QByteArray aad = *custos::crypto::randomBytes(aadSize);
        auto sealed = custos::crypto::aesGcmSeal(key, nonce, plain, aad);
        QVERIFY2(sealed.ok(), qPrintable(sealed.message()));
        QCOMPARE(sealed->size(), plainSize + custos::crypto::kAeadTagSize);
        auto opened = custos::crypto::aesGcmOpen(key, nonce, *sealed, aad);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(opened->view(), QByteArrayView(plain));
    }

    void tamperingIsRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("bit");
        QTest::newRow("ciphertext first byte") << "ciphertext" << 0 << 0;
        QTest::newRow("ciphertext last byte") << "ciphertext" << 39 << 7;
        QTest::newRow("tag first byte") << "tag" << 0 << 3;
        QTest::newRow("tag last byte") << "tag" << 15 << 7;
        QTest::newRow("aad") << "aad" << 2 << 1;
        QTest::newRow("nonce first byte") << "nonce" << 0 << 0;
        QTest::newRow("nonce last byte") << "nonce" << 11 << 5;
        QTest::newRow("key first byte") << "key" << 0 << 0;
        QTest::newRow("key last byte") << "key" << 31 << 7;
        QTest::newRow("truncated") << "truncate" << 1 << 0;
        QTest::newRow("tag only, dropped ciphertext") << "truncate" << 40 << 0;
        QTest::newRow("shorter than a tag") << "truncate" << 41 << 0;
        QTest::newRow("extended") << "extend" << 0 << 0;
        QTest::newRow("aad dropped") << "drop aad" << 0 << 0;
    }

    void tamperingIsRefused()
    {
        QFETCH(QString, what);
        QFETCH(int, position);
        QFETCH(int, bit);
        SecureBytes key = randomKey();
        QByteArray nonce = *custos::crypto::randomBytes(custos::crypto::kAeadNonceSize);
        QByteArray aad("record 42, vault A");
        auto sealed = custos::crypto::aesGcmSeal(key, nonce, QByteArray(40, 'p'), aad);
        QVERIFY(sealed.ok());
        QByteArray data = *sealed;

        if (what == QLatin1String("ciphertext"))
            data = flipBit(data, position, bit);
        else if (what == QLatin1String("tag"))
            data = flipBit(data, 40 + position, bit);
        else if (what == QLatin1String("aad"))
            aad = flipBit(aad, position, bit);
        else if (what == QLatin1String("nonce"))
            nonce = flipBit(nonce, position, bit);
        else if (what == QLatin1String("key"))
            key.data()[position] = char(key.data()[position] ^ (1 << bit));
        else if (what == QLatin1String("truncate"))
            data.chop(position);
        else if (what == QLatin1String("extend"))
            data.append('\0');
        else if (what == QLatin1String("drop aad"))
            aad.clear();

        auto opened = custos::crypto::aesGcmOpen(key, nonce, data, aad);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::CannotOpen);
        QVERIFY2(opened.message().contains(QLatin1String("authentication failed")), qPrintable(opened.message()));
    }

    void badSizes_data()
    {
        QTest::addColumn<int>("keySize");
        QTest::addColumn<int>("nonceSize");
        QTest::newRow("empty key") << 0 << 12;
        QTest::newRow("AES-128 sized key") << 16 << 12;
        QTest::newRow("33-byte key") << 33 << 12;
        QTest::newRow("empty nonce") << 32 << 0;
        QTest::newRow("8-byte nonce") << 32 << 8;
        QTest::newRow("16-byte nonce") << 32 << 16;
    }

    void badSizes()
    {
        QFETCH(int, keySize);
        QFETCH(int, nonceSize);
        const SecureBytes key(keySize);
        const QByteArray nonce(nonceSize, '\x01');
        auto sealed = custos::crypto::aesGcmSeal(key, nonce, "plain", "aad");
        QVERIFY(!sealed.ok());
        QCOMPARE(sealed.error().code, ErrorCode::BadInput);
        auto opened = custos::crypto::aesGcmOpen(key, nonce, QByteArray(32, 'c'), "aad");
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::BadInput);
    }

    void sameInputsGiveSameOutput()
    {
        const SecureBytes key = randomKey();
        const QByteArray nonce(12, '\x07');
        QCOMPARE(*custos::crypto::aesGcmSeal(key, nonce, "msg", "a"), *custos::crypto::aesGcmSeal(key, nonce, "msg", "a"));
        QVERIFY(*custos::crypto::aesGcmSeal(key, nonce, "msg", "a") != *custos::crypto::aesGcmSeal(key, nonce, "msg", "b"));
    }
};

QTEST_GUILESS_MAIN(TestAead)
#include "TestAead.moc"
