#include "crypto/Random.h"
#include "crypto/SecureBytes.h"

#include <QtTest>

#include <utility>

using custos::ErrorCode;
using custos::crypto::SecureBytes;

class TestSecureBytes : public QObject {
    Q_OBJECT

private slots:
    void construction()
    {
        SecureBytes empty;
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.size(), 0);
        QCOMPARE(empty.view().size(), 0);

        SecureBytes zeros(5);
        QCOMPARE(zeros.size(), 5);
        QCOMPARE(zeros.view(), QByteArrayView(QByteArray(5, '\0')));

        SecureBytes negative(-3);
        QVERIFY(negative.isEmpty());

        SecureBytes copied("abc", 3);
        QCOMPARE(copied.view(), QByteArrayView("abc"));
        QVERIFY(SecureBytes(nullptr, 4).isEmpty());
    }

    void copyIsDeep()
    {
        SecureBytes a("secret", 6);
        SecureBytes b(a);
        QVERIFY(a == b);
        QVERIFY(a.data() != b.data());
        b.data()[0] = 'S';
        QCOMPARE(a.view(), QByteArrayView("secret"));
        QCOMPARE(b.view(), QByteArrayView("Secret"));

        SecureBytes c("other value", 11);
        c = a;
        QVERIFY(c == a);
        QVERIFY(c.data() != a.data());

        SecureBytes &self = c;
        c = self;
        QCOMPARE(c.view(), QByteArrayView("secret"));
    }

    void moveEmptiesSource()
    {
        SecureBytes a("secret", 6);
        const char *buffer = a.data();
        SecureBytes b(std::move(a));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
        QVERIFY(a.data() == nullptr);
        QVERIFY(b.data() == buffer);
        QCOMPARE(b.view(), QByteArrayView("secret"));

        SecureBytes c("x", 1);
        c = std::move(b);
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
        QVERIFY(c.data() == buffer);
        QCOMPARE(c.view(), QByteArrayView("secret"));

        c.clear();
        QVERIFY(c.isEmpty());
    }

    void hexRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("lowerHex");
        QTest::newRow("empty") << QByteArray() << QByteArray() << QByteArray();
        QTest::newRow("lower") << QByteArray("00ff7f80") << QByteArray("\x00\xff\x7f\x80", 4)
                               << QByteArray("00ff7f80");
        QTest::newRow("upper") << QByteArray("DEADBEEF") << QByteArray("\xde\xad\xbe\xef", 4)
                               << QByteArray("deadbeef");
        QTest::newRow("mixed") << QByteArray("aBcD09") << QByteArray("\xab\xcd\x09", 3) << QByteArray("abcd09");
    }

    void hexRoundTrip()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, lowerHex);
        auto decoded = SecureBytes::fromHex(hex);
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QCOMPARE(decoded->view(), QByteArrayView(raw));
        QCOMPARE(decoded->toHex(), lowerHex);
        QCOMPARE(decoded->toHex(), raw.toHex());
    }

    void hexRejectsBadText_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("odd length") << QByteArray("abc");
        QTest::newRow("non-hex letter") << QByteArray("0g");
        QTest::newRow("space") << QByteArray("00 1");
        QTest::newRow("prefix") << QByteArray("0x00");
        QTest::newRow("nul") << QByteArray("0\0", 2);
    }

    void hexRejectsBadText()
    {
        QFETCH(QByteArray, hex);
        auto decoded = SecureBytes::fromHex(hex);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, ErrorCode::BadInput);
        QVERIFY(!decoded.message().isEmpty());
    }

    void equality()
    {
        QVERIFY(SecureBytes() == SecureBytes());
        QVERIFY(SecureBytes() == SecureBytes(0));
        QVERIFY(SecureBytes("abc", 3) == SecureBytes("abc", 3));
        QVERIFY(!(SecureBytes("abc", 3) == SecureBytes("abd", 3)));
        QVERIFY(!(SecureBytes("abc", 3) == SecureBytes("xbc", 3)));
        QVERIFY(!(SecureBytes("abc", 3) == SecureBytes("ab", 2)));
        QVERIFY(!(SecureBytes("abc", 3) == SecureBytes()));
        QVERIFY(SecureBytes(4) == SecureBytes(QByteArray(4, '\0').constData(), 4));
    }

    void fromByteArrayWipesSource()
    {
        QByteArray source("top secret material");
        const qsizetype n = source.size();
        const char *buffer = source.constData();
        SecureBytes secret = SecureBytes::fromByteArray(std::move(source));
        QCOMPARE(secret.view(), QByteArrayView("top secret material"));
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): the wipe is the contract
        // The source kept its allocation, so its old bytes can be inspected: all zero.
        QVERIFY(source.constData() == buffer);
        for (qsizetype i = 0; i < n; ++i)
            QCOMPARE(buffer[i], '\0');
    }

    void fromByteArraySharedSourceIsCleared()
    {
        QByteArray original("shared secret");
        QByteArray alias = original; // implicitly shared: its buffer cannot be wiped for us
        SecureBytes secret = SecureBytes::fromByteArray(std::move(alias));
        QCOMPARE(secret.view(), QByteArrayView("shared secret"));
        QVERIFY(alias.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(original, QByteArray("shared secret"));
    }

    void randomValues()
    {
        auto a = custos::crypto::randomBytes(32);
        auto b = custos::crypto::randomBytes(32);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->size(), 32);
        QVERIFY(*a != *b);

        auto empty = custos::crypto::randomBytes(0);
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());

        auto secret = custos::crypto::randomSecret(32);
        QVERIFY(secret.ok());
        QCOMPARE(secret->size(), 32);
        QVERIFY(!(*secret == SecureBytes(32)));

        auto negative = custos::crypto::randomBytes(-1);
        QVERIFY(!negative.ok());
        QCOMPARE(negative.error().code, ErrorCode::BadInput);
        auto negativeSecret = custos::crypto::randomSecret(-1);
        QVERIFY(!negativeSecret.ok());
        QCOMPARE(negativeSecret.error().code, ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "TestSecureBytes.moc"
