#include "money/Amount.h"

#include <QElapsedTimer>
#include <QtTest>

#include <random>

using custos::Amount;
using custos::ErrorCode;
using custos::int128;
using custos::uint128;

namespace {

const QString kMax = QStringLiteral("170141183460469231731687303715884105727"); // 2^127 - 1
const QString kTwoTo127 = QStringLiteral("170141183460469231731687303715884105728");

Amount base(const QString &text)
{
    const auto r = Amount::parseBaseUnits(text);
    if (!r.ok())
        qFatal("bad test value %s: %s", qPrintable(text), qPrintable(r.message()));
    return *r;
}

Amount maxAmount() { return Amount::fromBaseUnits(custos::kInt128Max); }

} // namespace

class TestAmount : public QObject {
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void decimalsOutOfRange();
    void parseBaseUnits();
    void checkedArithmetic();
    void predicatesAndOrder();
    void randomRoundTrips();
    void parseSpeed();
};

void TestAmount::format_data()
{
    QTest::addColumn<QString>("baseUnits");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1 satoshi") << "1" << 8 << "0.00000001";
    QTest::newRow("1 wei") << "1" << 18 << "0.000000000000000001";
    QTest::newRow("-1 wei") << "-1" << 18 << "-0.000000000000000001";
    QTest::newRow("zero") << "0" << 8 << "0";
    QTest::newRow("zero, 0 decimals") << "0" << 0 << "0";
    QTest::newRow("1.5 BTC") << "150000000" << 8 << "1.5";
    QTest::newRow("-0.25 BTC") << "-25000000" << 8 << "-0.25";
    QTest::newRow("1 BTC, no .0") << "100000000" << 8 << "1";
    QTest::newRow("integral, 0 decimals") << "-42" << 0 << "-42";
    QTest::newRow("21e6 BTC") << "2100000000000000" << 8 << "21000000";
    QTest::newRow("21e6 BTC less 1 sat") << "2099999999999999" << 8 << "20999999.99999999";
    QTest::newRow("120e6 ETH") << "120000000000000000000000000" << 18 << "120000000";
    QTest::newRow("max, 0") << kMax << 0 << kMax;
    QTest::newRow("max, 8") << kMax << 8 << "1701411834604692317316873037158.84105727";
    QTest::newRow("max, 18") << kMax << 18 << "170141183460469231731.687303715884105727";
    QTest::newRow("max, 38") << kMax << 38 << "1.70141183460469231731687303715884105727";
    QTest::newRow("-max, 0") << "-" + kMax << 0 << "-" + kMax;
    QTest::newRow("-max, 8") << "-" + kMax << 8 << "-1701411834604692317316873037158.84105727";
    QTest::newRow("-max, 18") << "-" + kMax << 18 << "-170141183460469231731.687303715884105727";
    QTest::newRow("1, 38") << "1" << 38 << "0." + QString(37, QLatin1Char('0')) + "1";
    QTest::newRow("10^19 chunk edge") << "10000000000000000000" << 0 << "10000000000000000000";
    QTest::newRow("10^19 + 1, 19") << "10000000000000000001" << 19 << "1.0000000000000000001";
}

void TestAmount::format()
{
    QFETCH(QString, baseUnits);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    const Amount a = base(baseUnits);
    QCOMPARE(a.toDecimal(decimals), expected);
    QCOMPARE(a.toBaseUnits(), baseUnits);
    // ... and parsed back, from UTF-16 and from UTF-8.
    const auto back = Amount::parse(expected, decimals);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(back->toBaseUnits(), baseUnits);
    const QByteArray utf8 = expected.toUtf8();
    const auto backUtf8 = Amount::parse(QByteArrayView(utf8), decimals);
    QVERIFY2(backUtf8.ok(), qPrintable(backUtf8.message()));
    QVERIFY(*backUtf8 == a);
}

void TestAmount::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("baseUnits");
    QTest::newRow("one") << "1" << 8 << "100000000";
    QTest::newRow("negative fraction") << "-0.25" << 8 << "-25000000";
    QTest::newRow("plus sign") << "+3" << 0 << "3";
    QTest::newRow("smallest unit") << "0.00000001" << 8 << "1";
    QTest::newRow("leading zeros") << "0007.50" << 2 << "750";
    QTest::newRow("leading zeros in fraction") << "00.000000000000000001" << 18 << "1";
    QTest::newRow("minus zero") << "-0" << 8 << "0";
    QTest::newRow("minus zero point zero") << "-0.000" << 8 << "0";
    QTest::newRow("all decimals used") << "1.12345678" << 8 << "112345678";
    QTest::newRow("21e6 BTC") << "21000000" << 8 << "2100000000000000";
    QTest::newRow("120e6 ETH in wei") << "120000000" << 18 << "120000000000000000000000000";
    QTest::newRow("max as integer") << kMax << 0 << kMax;
    QTest::newRow("-max as integer") << "-" + kMax << 0 << "-" + kMax;
    QTest::newRow("max with 38 decimals") << "1.70141183460469231731687303715884105727" << 38 << kMax;
    QTest::newRow("40 leading zeros") << QString(40, QLatin1Char('0')) + "5" << 0 << "5";
}

void TestAmount::parse()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(QString, baseUnits);
    const auto a = Amount::parse(text, decimals);
    QVERIFY2(a.ok(), qPrintable(a.message()));
    QCOMPARE(a->toBaseUnits(), baseUnits);
    const QByteArray utf8 = text.toUtf8();
    const auto b = Amount::parse(QByteArrayView(utf8), decimals);
    QVERIFY2(b.ok(), qPrintable(b.message()));
    QCOMPARE(b->toBaseUnits(), baseUnits);
}

void TestAmount::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("message");
    const QString malformed = QStringLiteral("'%1' is not a valid amount; expected digits with an "
                                             "optional sign and decimal point, such as -0.25.");
    QTest::newRow("empty") << "" << 8 << "The amount is empty; expected a number such as 1.5.";
    for (const char *bad : {"1.", ".5", "1e5", "1,5", " 1", "1 ", "1 000", "--1", "+-1", "-", "+", ".",
                            "1..2", "1.2.3", "0x10", "abc", "1-", "\xd9\xa1" /* Arabic-Indic one */}) {
        const QString text = QString::fromUtf8(bad);
        QTest::newRow(qPrintable("malformed " + text)) << text << 8 << malformed.arg(text);
    }
    QTest::newRow("too many decimals") << "1.123456789" << 8 << "'1.123456789' has 9 decimals, the asset has 8.";
    QTest::newRow("never rounded") << "0.000000001" << 8 << "'0.000000001' has 9 decimals, the asset has 8.";
    QTest::newRow("trailing zero counts") << "1.000000000" << 8 << "'1.000000000' has 9 decimals, the asset has 8.";
    QTest::newRow("one decimal, none allowed") << "1.0" << 0 << "'1.0' has 1 decimal, the asset has 0.";
    QTest::newRow("2^127") << kTwoTo127 << 0 << "'" + kTwoTo127 + "' is out of range for an amount (at most 2^127 - 1 base units).";
    QTest::newRow("-2^127") << "-" + kTwoTo127 << 0 << "'-" + kTwoTo127 + "' is out of range for an amount (at most 2^127 - 1 base units).";
    QTest::newRow("2^127 with 8 decimals") << "1701411834604692317316873037158.84105728" << 8
                                           << "'1701411834604692317316873037158.84105728' is out of range "
                                              "for an amount (at most 2^127 - 1 base units).";
    QTest::newRow("overflow by scaling") << "1701411834604692317316873037159" << 8
                                         << "'1701411834604692317316873037159' is out of range for an "
                                            "amount (at most 2^127 - 1 base units).";
    QTest::newRow("2^128") << "340282366920938463463374607431768211456" << 0
                           << "'340282366920938463463374607431768211456' is out of range for an amount (at most 2^127 - 1 base units).";
    const QString huge = QString(100, QLatin1Char('9'));
    QTest::newRow("100 digits, message shortened") << huge << 0
                                                   << "'" + huge.left(60) + "...' is out of range for an amount (at most 2^127 - 1 base units).";
}

void TestAmount::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(QString, message);
    const auto a = Amount::parse(text, decimals);
    QVERIFY(!a.ok());
    QCOMPARE(a.error().code, ErrorCode::BadInput);
    QCOMPARE(a.message(), message);
    const QByteArray utf8 = text.toUtf8();
    const auto b = Amount::parse(QByteArrayView(utf8), decimals);
    QVERIFY(!b.ok());
    QCOMPARE(b.message(), message);
}

void TestAmount::decimalsOutOfRange()
{
    for (int decimals : {-1, 39, 1000}) {
        const auto a = Amount::parse(QStringView(u"1"), decimals);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, ErrorCode::BadInput);
        QCOMPARE(a.message(), QStringLiteral("Asset decimals %1 are out of range; expected 0 to 38.").arg(decimals));
        QVERIFY(!Amount::parse(QByteArrayView("1"), decimals).ok());
    }
}

void TestAmount::parseBaseUnits()
{
    QVERIFY(Amount::parseBaseUnits(QStringView(u"-150000000"))->baseUnits() == int128(-150000000));
    QCOMPARE(Amount::parseBaseUnits(QByteArrayView("+7"))->toBaseUnits(), QStringLiteral("7"));
    QCOMPARE(Amount::parseBaseUnits(QStringView(u"1.5")).message(),
             QStringLiteral("'1.5' is not a whole number of base units."));
    QCOMPARE(Amount::parseBaseUnits(QByteArrayView("12a")).message(),
             QStringLiteral("'12a' is not a whole number of base units."));
    QCOMPARE(Amount::parseBaseUnits(QStringView(u"")).message(),
             QStringLiteral("The amount is empty; expected a number such as 1.5."));
    QVERIFY(!Amount::parseBaseUnits(kTwoTo127).ok());
    QVERIFY(Amount::parseBaseUnits(kMax).ok());
}

void TestAmount::checkedArithmetic()
{
    const Amount max = maxAmount();
    const Amount min = *max.negated();
    const Amount one = Amount::fromBaseUnits(1);
    const Amount minusOne = Amount::fromBaseUnits(-1);

    QVERIFY(!max.checkedAdd(one).has_value());
    QVERIFY(!min.checkedAdd(minusOne).has_value()); // would be -2^127: not an Amount
    QVERIFY(!min.checkedSub(one).has_value());
    QVERIFY(!max.checkedSub(minusOne).has_value());
    QVERIFY(!max.checkedSub(min).has_value());
    QVERIFY(!min.checkedSub(max).has_value());
    QVERIFY(!max.checkedAdd(max).has_value());
    QVERIFY(!Amount::fromBaseUnits(-custos::kInt128Max - 1).negated().has_value());

    QCOMPARE(max.checkedAdd(Amount())->toBaseUnits(), kMax);
    QCOMPARE(max.checkedSub(one)->checkedAdd(one)->toBaseUnits(), kMax);
    QCOMPARE(min.checkedAdd(one)->checkedSub(one)->toBaseUnits(), "-" + kMax);
    QVERIFY(max.checkedAdd(min)->isZero());
    QCOMPARE(min.negated()->toBaseUnits(), kMax);
    QCOMPARE(min.toBaseUnits(), "-" + kMax);

    const Amount a = base(QStringLiteral("150000000"));
    const Amount b = base(QStringLiteral("-25000000"));
    QCOMPARE(a.checkedAdd(b)->toDecimal(8), QStringLiteral("1.25"));
    QCOMPARE(b.checkedSub(a)->toDecimal(8), QStringLiteral("-1.75"));
}

void TestAmount::predicatesAndOrder()
{
    QVERIFY(Amount().isZero());
    QVERIFY(!Amount().isNegative());
    QVERIFY(Amount::fromBaseUnits(-1).isNegative());
    QVERIFY(*Amount::parse(QStringView(u"-0"), 8) == Amount());
    QVERIFY(Amount::fromBaseUnits(-1) < Amount());
    QVERIFY(maxAmount() > Amount::fromBaseUnits(1));
    QVERIFY(*maxAmount().negated() < Amount::fromBaseUnits(-1));
    QVERIFY(Amount::fromBaseUnits(5) == *Amount::parseBaseUnits(QStringView(u"5")));
    static_assert(Amount::fromBaseUnits(3).baseUnits() == 3);
}

void TestAmount::randomRoundTrips()
{
    std::mt19937_64 rng(20240611);
    for (int i = 0; i < 20000; ++i) {
        const int bits = static_cast<int>(rng() % 128); // magnitudes of every size
        uint128 magnitude = (static_cast<uint128>(rng()) << 64) | rng();
        magnitude >>= 127 - bits; // at most 2^127 - 1
        int128 v = static_cast<int128>(magnitude);
        if (rng() & 1U)
            v = -v;
        const int decimals = static_cast<int>(rng() % 39);
        const Amount a = Amount::fromBaseUnits(v);
        const QString text = a.toDecimal(decimals);
        const auto back = Amount::parse(text, decimals);
        QVERIFY2(back.ok(), qPrintable(text + ": " + back.message()));
        QVERIFY2(*back == a, qPrintable(text));
        const QByteArray utf8 = a.toBaseUnits().toUtf8();
        const auto backBase = Amount::parseBaseUnits(QByteArrayView(utf8));
        QVERIFY2(backBase.ok() && *backBase == a, utf8.constData());
        QVERIFY(a.negated()->negated() == a);
    }
}

void TestAmount::parseSpeed()
{
    const QByteArray samples[] = {"0.00012345", "-1.5", "21000000", "123456.12345678", "0"};
    constexpr int kRounds = 400000;
    QElapsedTimer timer;
    timer.start();
    int128 sum = 0;
    for (int i = 0; i < kRounds; ++i) {
        for (const QByteArray &s : samples)
            sum += Amount::parse(QByteArrayView(s), 8)->baseUnits();
    }
    const qint64 ns = qMax<qint64>(timer.nsecsElapsed(), 1);
    const double perSecond = double(kRounds) * std::size(samples) * 1e9 / double(ns);
    qDebug("Amount::parse(QByteArrayView): %.1f million parses/s", perSecond / 1e6);
    QVERIFY(sum != 0);
}

QTEST_GUILESS_MAIN(TestAmount)
#include "TestAmount.moc"
