// Base58 on the Bitcoin Core base58_encode_decode.json vectors; Base58Check on real addresses.

#include "chain/Base58.h"

#include <QtTest>

using namespace custos;
using namespace custos::chain;

class TestBase58 : public QObject {
    Q_OBJECT

private slots:
    void encodeDecode_data();
    void encodeDecode();
    void decodeRefusesBadCharacters_data();
    void decodeRefusesBadCharacters();
    void checkAddresses_data();
    void checkAddresses();
    void checkRoundTrip();
    void checkRefusesBadChecksum();
    void checkRefusesTooShort();
};

void TestBase58::encodeDecode_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<QString>("text");

    // Bitcoin Core src/test/data/base58_encode_decode.json
    QTest::newRow("empty") << QByteArray("") << "";
    QTest::newRow("61") << QByteArray("61") << "2g";
    QTest::newRow("626262") << QByteArray("626262") << "a3gV";
    QTest::newRow("636363") << QByteArray("636363") << "aPEr";
    QTest::newRow("simply a long string")
        << QByteArray("73696d706c792061206c6f6e6720737472696e67") << "2cFupjhnEsSn59qHXstmK2ffpLv2";
    QTest::newRow("address bytes") << QByteArray("00eb15231dfceb60925886b67d065299925915aeb172c06647")
                                   << "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L";
    QTest::newRow("516b6fcd0f") << QByteArray("516b6fcd0f") << "ABnLTmg";
    QTest::newRow("bf4f89001e670274dd") << QByteArray("bf4f89001e670274dd") << "3SEo3LWLoPntC";
    QTest::newRow("572e4794") << QByteArray("572e4794") << "3EFU7m";
    QTest::newRow("ecac89cad93923c02321") << QByteArray("ecac89cad93923c02321") << "EJDM8drfXA6uyA";
    QTest::newRow("10c8511e") << QByteArray("10c8511e") << "Rt5zm";
    QTest::newRow("ten zero bytes") << QByteArray("00000000000000000000") << "1111111111";
    // Edge cases around leading zeros.
    QTest::newRow("one zero byte") << QByteArray("00") << "1";
    QTest::newRow("zero then 0x01") << QByteArray("0001") << "12";
    QTest::newRow("0x39 is the last one-digit value") << QByteArray("39") << "z";
    QTest::newRow("0x3a needs two digits") << QByteArray("3a") << "21";
    QTest::newRow("ff") << QByteArray("ff") << "5Q";
}

void TestBase58::encodeDecode()
{
    QFETCH(QByteArray, hex);
    QFETCH(QString, text);

    const QByteArray bytes = QByteArray::fromHex(hex);
    QCOMPARE(QString::fromLatin1(base58Encode(bytes)), text);
    const Result<QByteArray> decoded = base58Decode(text);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    QCOMPARE(decoded->toHex(), hex);
}

void TestBase58::decodeRefusesBadCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("zero") << "3SEo3LWL0PntC" << "invalid Base58 character '0' at position 8";
    QTest::newRow("capital O") << "O" << "invalid Base58 character 'O' at position 0";
    QTest::newRow("capital I") << "1I" << "invalid Base58 character 'I' at position 1";
    QTest::newRow("lower-case l") << "2gl" << "invalid Base58 character 'l' at position 2";
    QTest::newRow("space") << "2g 2g" << "invalid Base58 character ' ' at position 2";
    QTest::newRow("non-ASCII") << QStringLiteral("2g\u00e9") << QStringLiteral(
        "invalid Base58 character '\u00e9' at position 2");
}

void TestBase58::decodeRefusesBadCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const Result<QByteArray> decoded = base58Decode(text);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::BadInput);
    QCOMPARE(decoded.message(), message);
}

void TestBase58::checkAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("payloadHex");

    QTest::newRow("bitcoin genesis p2pkh")
        << "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
        << QByteArray("0062e907b15cbf27d5425399ebf6f0fb50ebb88f18");
    // Bitcoin Core src/test/data/key_io_valid.json (scriptPubKey hash with the version byte).
    QTest::newRow("bitcoin p2pkh") << "1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo"
                                   << QByteArray("00a31c06bd463e3923bc1aadbde48b16976c080717");
    QTest::newRow("bitcoin p2sh") << "36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm"
                                  << QByteArray("05373b819a068f32b7a6b38b6b38729647cfde01c2");
    QTest::newRow("testnet p2pkh") << "mzK2FFDEhxqHcmrJw1ysqFkVyhUULo45hZ"
                                   << QByteArray("6fce28b26c57472737f5c3561a1761185bd8589a43");
    QTest::newRow("testnet p2sh") << "2NC2hEhe28ULKAJkW5MjZ3jtTMJdvXmByvK"
                                  << QByteArray("c4ce0bba75891ff9ec60148d4bd4a09ee2dc5c9331");
    // Litecoin Core src/test/data/key_io_valid.json.
    QTest::newRow("litecoin p2pkh") << "LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPeA"
                                    << QByteArray("30558dbca7118cd5894502767c7b2ffc21a22f54db");
    QTest::newRow("litecoin p2sh") << "MHrYRxAiMNBTku3eoDHwhA1LQGDjUStZW2"
                                   << QByteArray("326d328a5b2a20d943a641c8d29b6cc3c2d2df85d3");
}

void TestBase58::checkAddresses()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, payloadHex);

    const Result<QByteArray> payload = base58CheckDecode(address);
    QVERIFY2(payload.ok(), qPrintable(payload.message()));
    QCOMPARE(payload->toHex(), payloadHex);
    QCOMPARE(base58CheckEncode(QByteArray::fromHex(payloadHex)), address);
}

void TestBase58::checkRoundTrip()
{
    for (int n = 0; n < 40; ++n) {
        QByteArray payload(n, '\0');
        for (int i = 0; i < n; ++i)
            payload[i] = static_cast<char>((i * 37 + n) & 0xff);
        if (n > 2)
            payload[0] = '\0'; // keep some leading zeros in play
        const QString text = base58CheckEncode(payload);
        const Result<QByteArray> back = base58CheckDecode(text);
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(back.value(), payload);
    }
}

void TestBase58::checkRefusesBadChecksum()
{
    // Last character of the genesis address changed: 'a' -> 'b'.
    const Result<QByteArray> typo = base58CheckDecode(u"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb");
    QVERIFY(!typo.ok());
    QCOMPARE(typo.error().code, ErrorCode::BadInput);
    QVERIFY2(typo.message().contains(QStringLiteral("bad checksum")), qPrintable(typo.message()));

    // Two characters swapped.
    const Result<QByteArray> swapped = base58CheckDecode(u"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivNfa");
    QVERIFY(!swapped.ok());
    QVERIFY(swapped.message().contains(QStringLiteral("bad checksum")));

    const Result<QByteArray> badChar = base58CheckDecode(u"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0");
    QVERIFY(!badChar.ok());
    QCOMPARE(badChar.message(), QStringLiteral("invalid Base58 character '0' at position 33"));
}

void TestBase58::checkRefusesTooShort()
{
    for (const QString &text : {QString(), QStringLiteral("1"), QStringLiteral("2g"),
                                QStringLiteral("111")}) {
        const Result<QByteArray> r = base58CheckDecode(text);
        QVERIFY2(!r.ok(), qPrintable(text));
        QCOMPARE(r.error().code, ErrorCode::BadInput);
        QVERIFY2(r.message().contains(QStringLiteral("too short")), qPrintable(r.message()));
    }
    // Exactly four bytes: an empty payload with its checksum is valid.
    const QString empty = base58CheckEncode(QByteArray());
    const Result<QByteArray> r = base58CheckDecode(empty);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(r->isEmpty());
}

QTEST_GUILESS_MAIN(TestBase58)
#include "TestBase58.moc"
