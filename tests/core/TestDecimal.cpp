#include "money/Decimal.h"

#include <QtTest>

using custos::Amount;
using custos::Decimal;
using custos::ErrorCode;
using custos::int128;
using custos::RoundingMode;

Q_DECLARE_METATYPE(custos::RoundingMode)

namespace {

Decimal dec(const char *text)
{
    const auto r = Decimal::parse(QString::fromLatin1(text));
    if (!r.ok())
        qFatal("bad test decimal %s: %s", text, qPrintable(r.message()));
    return *r;
}

Amount amount(const char *text, int decimals)
{
    const auto r = Amount::parse(QByteArrayView(text), decimals);
    if (!r.ok())
        qFatal("bad test amount %s: %s", text, qPrintable(r.message()));
    return *r;
}

const char *const kMax = "170141183460469231731687303715884105727"; // 2^127 - 1

} // namespace

class TestDecimal : public QObject {
    Q_OBJECT

private slots:
    void parseAndFormat_data();
    void parseAndFormat();
    void parseErrors_data();
    void parseErrors();
    void multiply_data();
    void multiply();
    void multiplyErrors();
    void rounding_data();
    void rounding();
    void addAndCompare();
    void fromUnits();
};

void TestDecimal::parseAndFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("minimal");
    QTest::addColumn<QString>("fixed");
    QTest::addColumn<int>("scale");
    QTest::newRow("integer") << "60000" << "60000" << "60000" << 0;
    QTest::newRow("price") << "60123.45" << "60123.45" << "60123.45" << 2;
    QTest::newRow("trailing zeros") << "1.50" << "1.5" << "1.50" << 2;
    QTest::newRow("zero with decimals") << "0.00" << "0" << "0.00" << 2;
    QTest::newRow("minus zero") << "-0.0" << "0" << "0.0" << 1;
    QTest::newRow("negative") << "-2.345" << "-2.345" << "-2.345" << 3;
    QTest::newRow("plus sign, leading zeros") << "+0003.10" << "3.1" << "3.10" << 2;
    QTest::newRow("18 decimals") << "0.000000000000000001" << "0.000000000000000001"
                                 << "0.000000000000000001" << 18;
    QTest::newRow("max") << kMax << kMax << kMax << 0;
    QTest::newRow("max, 18 decimals") << "170141183460469231731.687303715884105727"
                                      << "170141183460469231731.687303715884105727"
                                      << "170141183460469231731.687303715884105727" << 18;
}

void TestDecimal::parseAndFormat()
{
    QFETCH(QString, text);
    QFETCH(QString, minimal);
    QFETCH(QString, fixed);
    QFETCH(int, scale);
    const auto d = Decimal::parse(text);
    QVERIFY2(d.ok(), qPrintable(d.message()));
    QCOMPARE(d->toString(), minimal);
    QCOMPARE(d->toFixed(), fixed);
    QCOMPARE(d->scale(), scale);
    QVERIFY(*Decimal::parse(minimal) == *d); // equal values across scales
    const QByteArray utf8 = text.toUtf8();
    const auto fromBytes = Decimal::parse(QByteArrayView(utf8));
    QVERIFY2(fromBytes.ok(), qPrintable(fromBytes.message()));
    QCOMPARE(fromBytes->toFixed(), fixed);
}

void TestDecimal::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "" << "The number is empty; expected a decimal such as 60123.45.";
    for (const char *bad : {"1.", ".5", "1e5", "1,5", " 1", "--1", "€5", "NaN"}) {
        const QString text = QString::fromUtf8(bad);
        QTest::newRow(qPrintable("malformed " + text))
            << text << QStringLiteral("'%1' is not a valid decimal number; expected digits with an "
                                      "optional sign and decimal point, such as 60123.45.").arg(text);
    }
    QTest::newRow("19 decimals") << "0.1234567890123456789"
                                 << "'0.1234567890123456789' has 19 decimals, at most 18 are allowed.";
    QTest::newRow("2^127") << "170141183460469231731687303715884105728"
                           << "'170141183460469231731687303715884105728' is out of range for a decimal number.";
}

void TestDecimal::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto d = Decimal::parse(text);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().code, ErrorCode::BadInput);
    QCOMPARE(d.message(), message);
    const QByteArray utf8 = text.toUtf8();
    QCOMPARE(Decimal::parse(QByteArrayView(utf8)).message(), message);
}

void TestDecimal::multiply_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("price");
    QTest::addColumn<int>("outScale");
    QTest::addColumn<QString>("expected"); // toFixed()
    QTest::newRow("1 satoshi at 60123.45 rounds to 0.00") << "0.00000001" << 8 << "60123.45" << 2 << "0.00";
    QTest::newRow("1 satoshi, 10 decimals") << "0.00000001" << 8 << "60123.45" << 10 << "0.0006012345";
    QTest::newRow("1.5 BTC at 60000") << "1.5" << 8 << "60000" << 2 << "90000.00";
    QTest::newRow("ETH in wei at 3456.78") << "123456789.123456789012345678" << 18 << "3456.78" << 2
                                           << "426762959506.18";
    QTest::newRow("ETH in wei at 3456.78, exact") << "123456789.123456789012345678" << 18 << "3456.78" << 20
                                                  << "426762959506.18295912209629279684";
    QTest::newRow("negative amount") << "-1.5" << 8 << "60000" << 2 << "-90000.00";
    QTest::newRow("negative price") << "2" << 8 << "-0.125" << 2 << "-0.25"; // exact
    QTest::newRow("both negative") << "-2" << 8 << "-0.125" << 3 << "0.250";
    QTest::newRow("negative tie to even zero") << "-0.00000001" << 8 << "500000" << 2 << "0.00"; // -0.005
    QTest::newRow("negative tie, odd") << "-0.00000003" << 8 << "500000" << 2 << "-0.02"; // -0.015
    QTest::newRow("zero amount") << "0" << 8 << "60123.45" << 2 << "0.00";
    QTest::newRow("21e6 BTC at a huge price") << "21000000" << 8 << "999999999999999999.999999999999999999"
                                              << 2 << "21000000000000000000000000.00";
    QTest::newRow("scale up past 128 bits of product") << "1" << 0 << "1" << 38
                                                       << "1.00000000000000000000000000000000000000";
    QTest::newRow("max wei at 1") << "170141183460469231731.687303715884105727" << 18 << "1" << 18
                                  << "170141183460469231731.687303715884105727";
    QTest::newRow("max x max, scaled down") << "1.70141183460469231731687303715884105727" << 38 << "170141183460469231731.687303715884105727" << 0
                                            << "289480223093290488559"; // (2^127-1)^2 / 10^56 rounded
}

void TestDecimal::multiply()
{
    QFETCH(QString, amount);
    QFETCH(int, decimals);
    QFETCH(QString, price);
    QFETCH(int, outScale);
    QFETCH(QString, expected);
    const auto a = Amount::parse(amount, decimals);
    QVERIFY2(a.ok(), qPrintable(a.message()));
    const auto p = Decimal::parse(price);
    QVERIFY2(p.ok(), qPrintable(p.message()));
    const auto v = Decimal::multiply(*a, decimals, *p, outScale);
    QVERIFY2(v.ok(), qPrintable(v.message()));
    QCOMPARE(v->scale(), outScale);
    QCOMPARE(v->toFixed(), expected);
}

void TestDecimal::multiplyErrors()
{
    const auto tooBig = Decimal::multiply(amount(kMax, 0), 0, dec("2"), 0);
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error().code, ErrorCode::BadInput);
    QCOMPARE(tooBig.message(), QStringLiteral("%1 at a price of 2 is too large for a value with 0 decimals.")
                                   .arg(QLatin1String(kMax)));
    // 120e6 ETH at a price with 18 decimals, asked for 38 decimals: too large.
    const auto tooManyDecimals =
        Decimal::multiply(amount("120000000", 18), 18, dec("3456.123456789012345678"), 38);
    QVERIFY(!tooManyDecimals.ok());
    QCOMPARE(tooManyDecimals.message(),
             QStringLiteral("120000000 at a price of 3456.123456789012345678 is too large for a value "
                            "with 38 decimals."));
    QVERIFY(!Decimal::multiply(amount(kMax, 0), 0, dec("1.000000000000000001"), 0, RoundingMode::TowardZero).ok());
    QVERIFY(Decimal::multiply(amount(kMax, 0), 0, dec("1"), 0).ok());
    // Rounding up past the maximum overflows too: A * 51 / 10 = (2^127 - 1) + 0.5 exactly.
    const Amount a = amount("3336101636479788857484064778742825602.5", 1);
    QVERIFY(!Decimal::multiply(a, 1, dec("51"), 0, RoundingMode::HalfEven).ok()); // 2^127 - 1 is odd
    QCOMPARE(Decimal::multiply(a, 1, dec("51"), 0, RoundingMode::TowardZero)->toString(), QLatin1String(kMax));
    QCOMPARE(Decimal::multiply(a.negated().value(), 1, dec("51"), 0, RoundingMode::Ceiling)->toString(),
             "-" + QLatin1String(kMax));
    QVERIFY(!Decimal::multiply(a.negated().value(), 1, dec("51"), 0, RoundingMode::Floor).ok());
    // Scales out of range.
    QCOMPARE(Decimal::multiply(amount("1", 8), 8, dec("1"), 39).message(),
             QStringLiteral("Result scale 39 is out of range; expected 0 to 38."));
    QCOMPARE(Decimal::multiply(amount("1", 8), -1, dec("1"), 2).message(),
             QStringLiteral("Asset decimals -1 are out of range; expected 0 to 38."));
}

void TestDecimal::rounding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<custos::RoundingMode>("mode");
    QTest::addColumn<QString>("expected"); // at scale 2
    const auto even = RoundingMode::HalfEven;
    QTest::newRow("2.345 half-even") << "2.345" << even << "2.34";
    QTest::newRow("2.355 half-even") << "2.355" << even << "2.36";
    QTest::newRow("2.3450001 half-even") << "2.3450001" << even << "2.35";
    QTest::newRow("2.3449999 half-even") << "2.3449999" << even << "2.34";
    QTest::newRow("-2.345 half-even") << "-2.345" << even << "-2.34";
    QTest::newRow("-2.355 half-even") << "-2.355" << even << "-2.36";
    QTest::newRow("0.005 half-even") << "0.005" << even << "0.00";
    QTest::newRow("0.015 half-even") << "0.015" << even << "0.02";
    QTest::newRow("2.345 half away") << "2.345" << RoundingMode::HalfAwayFromZero << "2.35";
    QTest::newRow("-2.345 half away") << "-2.345" << RoundingMode::HalfAwayFromZero << "-2.35";
    QTest::newRow("2.349 toward zero") << "2.349" << RoundingMode::TowardZero << "2.34";
    QTest::newRow("-2.349 toward zero") << "-2.349" << RoundingMode::TowardZero << "-2.34";
    QTest::newRow("2.341 away") << "2.341" << RoundingMode::AwayFromZero << "2.35";
    QTest::newRow("2.340 away, exact") << "2.340" << RoundingMode::AwayFromZero << "2.34";
    QTest::newRow("-2.341 floor") << "-2.341" << RoundingMode::Floor << "-2.35";
    QTest::newRow("2.349 floor") << "2.349" << RoundingMode::Floor << "2.34";
    QTest::newRow("-2.349 ceiling") << "-2.349" << RoundingMode::Ceiling << "-2.34";
    QTest::newRow("2.341 ceiling") << "2.341" << RoundingMode::Ceiling << "2.35";
    QTest::newRow("scale up") << "7" << even << "7.00";
    QTest::newRow("18 decimals, tie") << "0.125000000000000000" << even << "0.12";
    QTest::newRow("18 decimals, just above tie") << "0.125000000000000001" << even << "0.13";
}

void TestDecimal::rounding()
{
    QFETCH(QString, value);
    QFETCH(custos::RoundingMode, mode);
    QFETCH(QString, expected);
    const Decimal d = *Decimal::parse(value);
    const auto r = d.rescaled(2, mode);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->toFixed(), expected);
    // The same through multiply: the value as an amount with as many decimals, at price 1.
    const auto a = Amount::parse(value, d.scale());
    QVERIFY(a.ok());
    QCOMPARE(Decimal::multiply(*a, d.scale(), dec("1"), 2, mode)->toFixed(), expected);
}

void TestDecimal::addAndCompare()
{
    QCOMPARE(Decimal::add(dec("1.5"), dec("0.25"))->toFixed(), QStringLiteral("1.75"));
    QCOMPARE(Decimal::add(dec("-1.5"), dec("0.25"))->toString(), QStringLiteral("-1.25"));
    QCOMPARE(Decimal::subtract(dec("0.1"), dec("0.3"))->toString(), QStringLiteral("-0.2"));
    QCOMPARE(Decimal::add(dec(kMax), dec("-1"))->toString(), QStringLiteral("170141183460469231731687303715884105726"));
    const auto overflow = Decimal::add(dec(kMax), dec("1"));
    QVERIFY(!overflow.ok());
    QCOMPARE(overflow.message(),
             QStringLiteral("The sum of %1 and 1 is out of range.").arg(QLatin1String(kMax)));
    QVERIFY(!Decimal::add(dec(kMax), dec("0.5")).ok()); // rescaling overflows
    QVERIFY(!Decimal::subtract(dec("-170141183460469231731687303715884105727"), dec("1")).ok());

    QVERIFY(dec("1.5") == dec("1.50"));
    QVERIFY(dec("0") == dec("-0.000"));
    QVERIFY(dec("1.49") < dec("1.5"));
    QVERIFY(dec("-1.5") < dec("-1.49"));
    QVERIFY(dec("-0.000000000000000001") < dec("0"));
    QVERIFY(dec("0") < dec("0.000000000000000001"));
    QVERIFY(dec(kMax) > dec("170141183460469231731.687303715884105727"));
    QVERIFY(dec("-170141183460469231731687303715884105727") < dec("-170141183460469231731.687303715884105727"));
    QVERIFY(dec("2") > dec("-3"));
    QVERIFY(dec("1.5").negated() == dec("-1.5"));
    QVERIFY(Decimal().isZero());
}

void TestDecimal::fromUnits()
{
    QCOMPARE(Decimal::fromUnits(12345, 2)->toString(), QStringLiteral("123.45"));
    QCOMPARE(Decimal::fromUnits(-5, 38)->toString(), "-0." + QString(37, QLatin1Char('0')) + "5");
    QCOMPARE(Decimal::fromUnits(1, 39).message(), QStringLiteral("Scale 39 is out of range; expected 0 to 38."));
    QCOMPARE(dec("1").rescaled(-1).message(), QStringLiteral("Scale -1 is out of range; expected 0 to 38."));
    QCOMPARE(dec("170141183460469231731687303715884105727").rescaled(1).message(),
             QStringLiteral("170141183460469231731687303715884105727 is too large to write with 1 decimal."));
    QVERIFY(!Decimal::fromUnits(1, -1).ok());
    QVERIFY(!Decimal::fromUnits(-custos::kInt128Max - 1, 0).ok());
    QVERIFY(Decimal::fromUnits(-custos::kInt128Max, 0).ok());
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "TestDecimal.moc"
