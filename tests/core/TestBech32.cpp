// Bech32 (BIP-173) and Bech32m (BIP-350): every test vector listed in both BIPs.

#include "chain/Bech32.h"

#include <QtTest>

using namespace custos;
using namespace custos::chain;

Q_DECLARE_METATYPE(custos::chain::Bech32Variant)

class TestBech32 : public QObject {
    Q_OBJECT

private slots:
    void validStrings_data();
    void validStrings();
    void invalidStrings_data();
    void invalidStrings();
    void validSegwit_data();
    void validSegwit();
    void invalidSegwit_data();
    void invalidSegwit();
    void encodeSegwitRefuses();
    void encodeRefusesBadInput();
};

void TestBech32::validStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Bech32Variant>("variant");

    const auto b32 = Bech32Variant::Bech32;
    const auto b32m = Bech32Variant::Bech32m;
    // BIP-173 valid Bech32 strings.
    QTest::newRow("173 A12UEL5L") << "A12UEL5L" << b32;
    QTest::newRow("173 a12uel5l") << "a12uel5l" << b32;
    QTest::newRow("173 83-char hrp")
        << "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs"
        << b32;
    QTest::newRow("173 abcdef") << "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw" << b32;
    QTest::newRow("173 all q")
        << "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j"
        << b32;
    QTest::newRow("173 split") << "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w" << b32;
    QTest::newRow("173 ?") << "?1ezyfcl" << b32;
    // BIP-350 valid Bech32m strings.
    QTest::newRow("350 A1LQFN3A") << "A1LQFN3A" << b32m;
    QTest::newRow("350 a1lqfn3a") << "a1lqfn3a" << b32m;
    QTest::newRow("350 83-char hrp")
        << "an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6"
        << b32m;
    QTest::newRow("350 abcdef") << "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx" << b32m;
    QTest::newRow("350 all l")
        << "11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8"
        << b32m;
    QTest::newRow("350 split") << "split1checkupstagehandshakeupstreamerranterredcaperredlc445v" << b32m;
    QTest::newRow("350 ?") << "?1v759aa" << b32m;
}

void TestBech32::validStrings()
{
    QFETCH(QString, text);
    QFETCH(Bech32Variant, variant);

    const Result<Bech32Decoded> decoded = bech32Decode(text);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    QCOMPARE(decoded->variant, variant);
    QCOMPARE(decoded->hrp, text.left(text.lastIndexOf(u'1')).toLower());

    // Re-encoding gives the lower-case form back.
    const Result<QString> encoded = bech32Encode(decoded->hrp, decoded->data5, variant);
    QVERIFY2(encoded.ok(), qPrintable(encoded.message()));
    QCOMPARE(encoded.value(), text.toLower());

    // A string valid in one variant is never valid in the other: flipping one character fails.
    QString flipped = text;
    const qsizetype last = flipped.size() - 1;
    const QChar replacement = text[last].toLower() == u'q' ? u'p' : u'q';
    flipped[last] = text[last].isUpper() ? replacement.toUpper() : replacement;
    QVERIFY(!bech32Decode(flipped).ok());
}

void TestBech32::invalidStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a phrase the error message must contain

    const QString outOfRange = QStringLiteral("bad character (U+");
    // BIP-173 invalid Bech32 strings.
    QTest::newRow("173 0x20 hrp") << QStringLiteral("\x20" "1nwldj5") << outOfRange + "0020) at position 0";
    QTest::newRow("173 0x7f hrp") << QStringLiteral("\x7f" "1axkwrx") << outOfRange + "007f) at position 0";
    QTest::newRow("173 0x80 hrp") << QString(QChar(0x80)) + "1eym55h" << outOfRange + "0080) at position 0";
    QTest::newRow("173 too long")
        << "an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx"
        << "too long";
    QTest::newRow("173 no separator") << "pzry9x0s0muk" << "missing the '1' separator";
    QTest::newRow("173 empty hrp") << "1pzry9x0s0muk" << "empty human-readable part";
    QTest::newRow("173 invalid data char") << "x1b4n0q5v" << "bad character 'b' at position 2";
    QTest::newRow("173 short checksum") << "li1dgmt3" << "too short";
    QTest::newRow("173 0xff in checksum") << QString("de1lg7wt") + QChar(0xff)
                                          << outOfRange + "00ff) at position 8";
    QTest::newRow("173 uppercase hrp checksum") << "A1G7SGD8" << "bad checksum";
    QTest::newRow("173 10a06t8") << "10a06t8" << "empty human-readable part";
    QTest::newRow("173 1qzzfhee") << "1qzzfhee" << "empty human-readable part";
    // BIP-350 invalid Bech32m strings.
    QTest::newRow("350 0x20 hrp") << QStringLiteral("\x20" "1xj0phk") << outOfRange + "0020) at position 0";
    QTest::newRow("350 0x7f hrp") << QStringLiteral("\x7f" "1g6xzxy") << outOfRange + "007f) at position 0";
    QTest::newRow("350 0x80 hrp") << QString(QChar(0x80)) + "1vctc34" << outOfRange + "0080) at position 0";
    QTest::newRow("350 too long")
        << "an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4"
        << "too long";
    QTest::newRow("350 no separator") << "qyrz8wqd2c9m" << "missing the '1' separator";
    QTest::newRow("350 empty hrp") << "1qyrz8wqd2c9m" << "empty human-readable part";
    QTest::newRow("350 invalid data char b") << "y1b0jsk6g" << "bad character 'b' at position 2";
    QTest::newRow("350 invalid data char i") << "lt1igcx5c0" << "bad character 'i' at position 3";
    QTest::newRow("350 short checksum") << "in1muywd" << "too short";
    QTest::newRow("350 i in checksum") << "mm1crxm3i" << "bad character 'i' at position 8";
    QTest::newRow("350 o in checksum") << "au1s5cgom" << "bad character 'o' at position 7";
    QTest::newRow("350 uppercase hrp checksum") << "M1VUXWEZ" << "bad checksum";
    QTest::newRow("350 16plkw9") << "16plkw9" << "empty human-readable part";
    QTest::newRow("350 1p2gdwpf") << "1p2gdwpf" << "empty human-readable part";
    // Further cases.
    QTest::newRow("mixed case") << "A12uEL5L" << "mixes upper and lower case";
    QTest::newRow("empty") << "" << "missing the '1' separator";
}

void TestBech32::invalidStrings()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const Result<Bech32Decoded> decoded = bech32Decode(text);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::BadInput);
    QVERIFY2(decoded.message().contains(reason), qPrintable(decoded.message()));
}

void TestBech32::validSegwit_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("hrp");
    QTest::addColumn<QByteArray>("scriptPubKeyHex");

    // BIP-350 valid segwit addresses (BIP-173's v0 ones are among them).
    QTest::newRow("v0 p2wpkh upper") << "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4" << "bc"
                                     << QByteArray("0014751e76e8199196d454941c45d1b3a323f1433bd6");
    QTest::newRow("v0 p2wsh testnet")
        << "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7" << "tb"
        << QByteArray("00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262");
    QTest::newRow("v1 40 bytes")
        << "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y" << "bc"
        << QByteArray("5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6");
    QTest::newRow("v16 2 bytes") << "BC1SW50QGDZ25J" << "bc" << QByteArray("6002751e");
    QTest::newRow("v2 16 bytes") << "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs" << "bc"
                                 << QByteArray("5210751e76e8199196d454941c45d1b3a323");
    QTest::newRow("v0 p2wsh leading zeros")
        << "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy" << "tb"
        << QByteArray("0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433");
    QTest::newRow("v1 testnet")
        << "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c" << "tb"
        << QByteArray("5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433");
    QTest::newRow("v1 taproot generator")
        << "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0" << "bc"
        << QByteArray("512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
}

void TestBech32::validSegwit()
{
    QFETCH(QString, address);
    QFETCH(QString, hrp);
    QFETCH(QByteArray, scriptPubKeyHex);

    const Result<SegwitAddress> decoded = decodeSegwit(hrp, address);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    QCOMPARE(segwitScriptPubKey(decoded.value()).toHex(), scriptPubKeyHex);

    const Result<QString> encoded = encodeSegwit(hrp, decoded->version, decoded->program);
    QVERIFY2(encoded.ok(), qPrintable(encoded.message()));
    QCOMPARE(encoded.value(), address.toLower());
}

void TestBech32::invalidSegwit_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("hrp");
    QTest::addColumn<QString>("reason");

    // BIP-173 invalid segwit addresses.
    QTest::newRow("173 bad hrp") << "tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty" << "bc"
                                 << "has the prefix 'tc1'; expected 'bc1'";
    QTest::newRow("173 bad checksum") << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5" << "bc"
                                      << "bad checksum";
    QTest::newRow("173 version 17") << "BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2" << "bc"
                                    << "witness version 17 is invalid";
    QTest::newRow("173 1-byte program") << "bc1rw5uspcuh" << "bc" << "program is 1 bytes";
    QTest::newRow("173 41-byte program")
        << "bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90" << "bc"
        << "program is 41 bytes";
    QTest::newRow("173 v0 16 bytes") << "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P" << "bc"
                                     << "version 0 witness program must be 20 or 32 bytes, not 16";
    QTest::newRow("173 mixed case")
        << "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7" << "tb"
        << "mixes upper and lower case";
    QTest::newRow("173 5 padding bits") << "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du" << "bc"
                                        << "more than 4";
    QTest::newRow("173 non-zero padding")
        << "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv" << "tb"
        << "padding bits are not zero";
    QTest::newRow("173 empty data") << "bc1gmk9yu" << "bc" << "empty data part";
    // BIP-173's valid v1+ addresses used Bech32; BIP-350 makes them invalid.
    QTest::newRow("173 v1 bech32")
        << "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx" << "bc"
        << "version 1 segwit address must use the bech32m checksum, not bech32";
    QTest::newRow("173 v16 bech32") << "BC1SW50QA3JX3S" << "bc"
                                    << "version 16 segwit address must use the bech32m checksum";
    QTest::newRow("173 v2 bech32") << "bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj" << "bc"
                                   << "version 2 segwit address must use the bech32m checksum";

    // BIP-350 invalid segwit addresses.
    QTest::newRow("350 bad hrp")
        << "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut" << "bc"
        << "has the prefix 'tc1'; expected 'bc1'";
    QTest::newRow("350 v1 bech32")
        << "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd" << "bc"
        << "version 1 segwit address must use the bech32m checksum, not bech32";
    QTest::newRow("350 v2 bech32")
        << "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf" << "tb"
        << "version 2 segwit address must use the bech32m checksum, not bech32";
    QTest::newRow("350 v16 bech32")
        << "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL" << "bc"
        << "version 16 segwit address must use the bech32m checksum, not bech32";
    QTest::newRow("350 v0 bech32m") << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh" << "bc"
                                    << "version 0 segwit address must use the bech32 checksum, not bech32m";
    QTest::newRow("350 v0 bech32m testnet")
        << "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47" << "tb"
        << "version 0 segwit address must use the bech32 checksum, not bech32m";
    QTest::newRow("350 o in checksum")
        << "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4" << "bc"
        << "bad character 'o' at position 59";
    QTest::newRow("350 version 17")
        << "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R" << "bc"
        << "witness version 17 is invalid";
    QTest::newRow("350 1-byte program") << "bc1pw5dgrnzv" << "bc" << "program is 1 bytes";
    QTest::newRow("350 41-byte program")
        << "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav" << "bc"
        << "program is 41 bytes";
    QTest::newRow("350 v0 16 bytes") << "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P" << "bc"
                                     << "version 0 witness program must be 20 or 32 bytes, not 16";
    QTest::newRow("350 mixed case")
        << "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq" << "tb"
        << "mixes upper and lower case";
    QTest::newRow("350 5 padding bits")
        << "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf" << "bc"
        << "more than 4";
    QTest::newRow("350 non-zero padding")
        << "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j" << "tb"
        << "padding bits are not zero";
    QTest::newRow("350 empty data") << "bc1gmk9yu" << "bc" << "empty data part";
    // A valid address checked against another network's prefix.
    QTest::newRow("testnet address for bc") << "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7"
                                            << "bc" << "has the prefix 'tb1'; expected 'bc1'";
}

void TestBech32::invalidSegwit()
{
    QFETCH(QString, address);
    QFETCH(QString, hrp);
    QFETCH(QString, reason);

    const Result<SegwitAddress> decoded = decodeSegwit(hrp, address);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::BadInput);
    QVERIFY2(decoded.message().contains(reason), qPrintable(decoded.message()));
}

void TestBech32::encodeSegwitRefuses()
{
    const QByteArray p20(20, '\x11');
    QVERIFY(encodeSegwit(QStringLiteral("bc"), 0, p20).ok());
    QVERIFY(encodeSegwit(QStringLiteral("bc"), 16, QByteArray(2, '\x01')).ok());
    QVERIFY(encodeSegwit(QStringLiteral("bc"), 1, QByteArray(40, '\x01')).ok());

    const Result<QString> v17 = encodeSegwit(QStringLiteral("bc"), 17, p20);
    QVERIFY(!v17.ok());
    QVERIFY2(v17.message().contains(QStringLiteral("version 17 is invalid")), qPrintable(v17.message()));
    const Result<QString> negative = encodeSegwit(QStringLiteral("bc"), -1, p20);
    QVERIFY(!negative.ok());
    const Result<QString> short1 = encodeSegwit(QStringLiteral("bc"), 1, QByteArray(1, '\x01'));
    QVERIFY(short1.message().contains(QStringLiteral("program is 1 bytes")));
    const Result<QString> long41 = encodeSegwit(QStringLiteral("bc"), 1, QByteArray(41, '\x01'));
    QVERIFY(long41.message().contains(QStringLiteral("program is 41 bytes")));
    const Result<QString> v0size = encodeSegwit(QStringLiteral("bc"), 0, QByteArray(21, '\x01'));
    QVERIFY(v0size.message().contains(QStringLiteral("must be 20 or 32 bytes, not 21")));
    const Result<QString> noHrp = encodeSegwit(QString(), 0, p20);
    QVERIFY(noHrp.message().contains(QStringLiteral("human-readable part is empty")));
}

void TestBech32::encodeRefusesBadInput()
{
    const Result<QString> tooLong = bech32Encode(QStringLiteral("bc"), QByteArray(83, '\0'),
                                                 Bech32Variant::Bech32);
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.message().contains(QStringLiteral("would be 92 characters")),
             qPrintable(tooLong.message()));
    QVERIFY(bech32Encode(QStringLiteral("bc"), QByteArray(81, '\0'), Bech32Variant::Bech32).ok());

    const Result<QString> wide = bech32Encode(QStringLiteral("bc"), QByteArray(1, '\x20'),
                                              Bech32Variant::Bech32m);
    QVERIFY(wide.message().contains(QStringLiteral("does not fit in 5 bits")));

    const Result<QString> space = bech32Encode(QStringLiteral("b c"), QByteArray(),
                                               Bech32Variant::Bech32);
    QVERIFY(space.message().contains(QStringLiteral("bad character at position 1")));
}

QTEST_GUILESS_MAIN(TestBech32)
#include "TestBech32.moc"
