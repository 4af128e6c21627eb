#include "crypto/Kdf.h"
#include "crypto/Sha256.h"

#include <QElapsedTimer>
#include <QtTest>

using custos::ErrorCode;
using custos::crypto::KdfParams;

class TestKdf : public QObject {
    Q_OBJECT

private slots:
    // RFC 9106 section 5.3: Argon2id with secret and associated data.
    void rfc9106Vector()
    {
        const QByteArray password(32, '\x01');
        const QByteArray salt(16, '\x02');
        const QByteArray secret(8, '\x03');
        const QByteArray ad(12, '\x04');
        auto tag = custos::crypto::argon2idFull(password, salt, secret, ad, KdfParams{3, 32, 4}, 32);
        QVERIFY2(tag.ok(), qPrintable(tag.message()));
        QCOMPARE(tag->toHex(),
                 QByteArray("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"));
    }

    // Vectors computed with two independent implementations that agreed: the Debian argon2 CLI
    // (libargon2 reference code) and Python cryptography 48 (OpenSSL 4.0's Argon2id). The empty
    // password row comes from Python only, since the CLI refuses an empty password.
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<quint32>("t");
        QTest::addColumn<quint32>("mKiB");
        QTest::addColumn<quint32>("p");
        QTest::addColumn<int>("outLen");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("t2 m16 p1") << QByteArray("password") << QByteArray("somesalt") << 2u << 16u << 1u << 32
                                   << QByteArray("058202c0723cd88c24408ccac1cbf828dee63bcf3843a150ea364a1e0b4e1ff8");
        QTest::newRow("t3 m64 p2") << QByteArray("password") << QByteArray("somesalt") << 3u << 64u << 2u << 32
                                   << QByteArray("c7904b6301d03676acbd4dd657486c42509ccc6d0113fce6495ef4b693392fbf");
        QTest::newRow("empty password, 16-byte tag")
            << QByteArray() << QByteArray("saltsaltsaltsalt") << 1u << 8u << 1u << 16
            << QByteArray("6e9724dcad35cb424a9dd814a4f853aa");
        QTest::newRow("t4 m256 p4, 64-byte tag")
            << QByteArray("correct horse battery staple") << QByteArray("0123456789abcdef") << 4u << 256u << 4u
            << 64
            << QByteArray("77fbda1ec2e5edd9bd030e2e3d08835c07f1d78093109ff5f1d0b2f4aa603dce"
                          "0dbb2b80e37c18d7ff3abc0965d03b2bb8223bc090d9e7c8bc4e05515f0863f5");
        QTest::newRow("t1 m1024 p1") << QByteArray("password") << QByteArray("somesalt") << 1u << 1024u << 1u << 32
                                     << QByteArray("c8e9aedc956f6a7dff0a4d42940df628623f328ea1235005abac933c57093e23");
    }

    void knownVectors()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(quint32, t);
        QFETCH(quint32, mKiB);
        QFETCH(quint32, p);
        QFETCH(int, outLen);
        QFETCH(QByteArray, hex);
        auto tag = custos::crypto::argon2id(password, salt, KdfParams{t, mKiB, p}, outLen);
        QVERIFY2(tag.ok(), qPrintable(tag.message()));
        QCOMPARE(tag->size(), outLen);
        QCOMPARE(tag->toHex(), hex);

        // The full form without secret and associated data is the same function.
        auto full = custos::crypto::argon2idFull(password, salt, {}, {}, KdfParams{t, mKiB, p}, outLen);
        QVERIFY2(full.ok(), qPrintable(full.message()));
        QVERIFY(*full == *tag);
    }

    void inputsChangeTheTag()
    {
        const KdfParams p{1, 64, 1};
        auto base = custos::crypto::argon2id("password", "somesalt", p);
        auto otherSalt = custos::crypto::argon2id("password", "somesalu", p);
        auto otherPassword = custos::crypto::argon2id("passwore", "somesalt", p);
        auto otherParams = custos::crypto::argon2id("password", "somesalt", KdfParams{2, 64, 1});
        QVERIFY(base.ok() && otherSalt.ok() && otherPassword.ok() && otherParams.ok());
        QVERIFY(!(*base == *otherSalt));
        QVERIFY(!(*base == *otherPassword));
        QVERIFY(!(*base == *otherParams));
        QVERIFY(*base == *custos::crypto::argon2id("password", "somesalt", p));
    }

    void badParameters_data()
    {
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<quint32>("t");
        QTest::addColumn<quint32>("mKiB");
        QTest::addColumn<quint32>("p");
        QTest::addColumn<int>("outLen");
        QTest::newRow("memory below 8 KiB") << QByteArray("somesalt") << 1u << 7u << 1u << 32;
        QTest::newRow("memory below 8 KiB per lane") << QByteArray("somesalt") << 1u << 15u << 2u << 32;
        QTest::newRow("zero iterations") << QByteArray("somesalt") << 0u << 64u << 1u << 32;
        QTest::newRow("zero lanes") << QByteArray("somesalt") << 1u << 64u << 0u << 32;
        QTest::newRow("salt too short") << QByteArray("short") << 1u << 64u << 1u << 32;
        QTest::newRow("output too short") << QByteArray("somesalt") << 1u << 64u << 1u << 3;
        QTest::newRow("zero output") << QByteArray("somesalt") << 1u << 64u << 1u << 0;
        QTest::newRow("negative output") << QByteArray("somesalt") << 1u << 64u << 1u << -1;
    }

    void badParameters()
    {
        QFETCH(QByteArray, salt);
        QFETCH(quint32, t);
        QFETCH(quint32, mKiB);
        QFETCH(quint32, p);
        QFETCH(int, outLen);
        auto r = custos::crypto::argon2id("password", salt, KdfParams{t, mKiB, p}, outLen);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::BadInput);
        qDebug("%s", qPrintable(r.message()));
        QVERIFY(r.message().startsWith(QLatin1String("Argon2id")));

        auto full = custos::crypto::argon2idFull("password", salt, "k", "ad", KdfParams{t, mKiB, p}, outLen);
        QVERIFY(!full.ok());
        QCOMPARE(full.error().code, ErrorCode::BadInput);
    }

    void memoryErrorNamesTheReason()
    {
        auto r = custos::crypto::argon2id("password", "somesalt", KdfParams{1, 7, 1});
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("Memory cost is too small")), qPrintable(r.message()));
    }

    void calibration()
    {
        const double target = 0.5;
        const KdfParams chosen = custos::crypto::calibrateArgon2id(target, 65536, 2);
        QVERIFY(chosen.iterations >= 1);
        QCOMPARE(chosen.memoryKiB, 65536u);
        QCOMPARE(chosen.parallelism, 2u);

        QElapsedTimer timer;
        timer.start();
        auto tag = custos::crypto::argon2id("password", "calibration salt", chosen);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QVERIFY2(tag.ok(), qPrintable(tag.message()));
        qInfo("Argon2id calibration (target %.2f s, m=64 MiB, p=2): t=%u, one hash took %.3f s",
              target, chosen.iterations, seconds);
        QVERIFY2(seconds > 0.0 && seconds < 30.0, "a calibrated hash took an unreasonable time");
    }

    void calibrationWithImpossibleParameters()
    {
        auto checked = custos::crypto::calibrateArgon2idChecked(0.1, 4, 1);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, ErrorCode::BadInput);

        const KdfParams fallback = custos::crypto::calibrateArgon2id(0.1, 4, 1);
        QCOMPARE(fallback, (KdfParams{3, 4, 1}));
        QVERIFY(!custos::crypto::argon2id("password", "somesalt", fallback).ok());
    }

    void tinyTargetStillUsesOneIteration()
    {
        const KdfParams chosen = custos::crypto::calibrateArgon2id(0.0, 64, 1);
        QCOMPARE(chosen.iterations, 1u);
    }

    // SHA-256 (FIPS 180-2 examples) and HMAC-SHA-256 (RFC 4231 cases 1, 2 and 6, and an empty key).
    void sha256Vectors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                  << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("million a") << QByteArray(1000000, 'a')
                                   << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void sha256Vectors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, hex);
        QCOMPARE(custos::crypto::sha256(message).toHex(), hex);

        custos::crypto::Sha256 h;
        for (qsizetype i = 0; i < message.size(); i += 7)
            h.add(QByteArrayView(message).sliced(i, qMin<qsizetype>(7, message.size() - i)));
        QCOMPARE(h.finish().toHex(), hex);
        // finish() starts a new message on the same context.
        h.add(message);
        QCOMPARE(h.finish().toHex(), hex);
        h.add("junk");
        h.reset();
        h.add(message);
        char raw[custos::crypto::kSha256Size];
        h.finishInto(raw);
        QCOMPARE(QByteArray(raw, sizeof raw).toHex(), hex);
    }

    void sha256ManySmallRows()
    {
        constexpr int rows = 1000000;
        custos::crypto::Sha256 h;
        QByteArray row("row 0000000 of the ledger, amount 1.00");
        char digest[custos::crypto::kSha256Size];
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < rows; ++i) {
            row[4] = char('0' + i % 10);
            h.add(row);
            h.finishInto(digest);
        }
        qInfo("SHA-256 of %d rows of %d bytes: %.3f s", rows, int(row.size()), double(timer.nsecsElapsed()) / 1e9);
        QCOMPARE(QByteArray(digest, sizeof digest), custos::crypto::sha256(row));
    }

    void hmacVectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("rfc4231 case 1")
            << QByteArray(20, '\x0b') << QByteArray("Hi There")
            << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("rfc4231 case 2")
            << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
            << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("rfc4231 case 6")
            << QByteArray(131, '\xaa') << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        QTest::newRow("empty key and data")
            << QByteArray() << QByteArray()
            << QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
    }

    void hmacVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, hex);
        QCOMPARE(custos::crypto::hmacSha256(key, data).toHex(), hex);
    }
};

QTEST_GUILESS_MAIN(TestKdf)
#include "TestKdf.moc"
