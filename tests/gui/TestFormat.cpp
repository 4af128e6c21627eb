// The console's money format (ui/app/Format.h formatEur): EUR values rounded half away from zero
// to the cent and grouped as the client statements write them, in en, de and fr; negative
// values; the 0.005 tie; values beyond 64 bits; the interface language as the default; exact
// decimals of every scale core writes. Asset amounts are not rounded anywhere.

#include "app/Format.h"
#include "app/Language.h"
#include "statements/Texts.h"

#include <QtTest>

#include <limits>

using namespace custos;
using namespace custos::ui;

namespace {

Decimal dec(const char *text)
{
    auto d = parseExactDecimal(QString::fromLatin1(text));
    return d.value_or(Decimal());
}

} // namespace

class TestFormat : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Language::instance()->apply(QStringLiteral("en"))); }
    void cleanupTestCase() { QVERIFY(Language::instance()->apply(QStringLiteral("en"))); }

    void eurInEachLanguage_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("de");
        QTest::addColumn<QString>("fr");
        QTest::newRow("core's exact value") << "146183.85646" << "€146,183.86" << "146.183,86 €" << "146.183,86 €";
        QTest::newRow("whole euros") << "100000" << "€100,000.00" << "100.000,00 €" << "100.000,00 €";
        QTest::newRow("zero") << "0" << "€0.00" << "0,00 €" << "0,00 €";
        QTest::newRow("tie 0.005 rounds away from zero") << "0.005" << "€0.01" << "0,01 €" << "0,01 €";
        QTest::newRow("just under the tie") << "0.0049999999" << "€0.00" << "0,00 €" << "0,00 €";
        QTest::newRow("tie 2.675 (not binary 2.67)") << "2.675" << "€2.68" << "2,68 €" << "2,68 €";
        QTest::newRow("negative") << "-1234.565" << "-€1,234.57" << "-1.234,57 €" << "-1.234,57 €";
        QTest::newRow("negative tie") << "-0.005" << "-€0.01" << "-0,01 €" << "-0,01 €";
        QTest::newRow("negative below a cent") << "-0.004" << "€0.00" << "0,00 €" << "0,00 €";
        QTest::newRow("above 2^63 units") << "92233720368547758.085" << "€92,233,720,368,547,758.09" << "92.233.720.368.547.758,09 €"
                                          << "92.233.720.368.547.758,09 €";
        QTest::newRow("26 decimals (beyond Decimal::parse)") << "146183.85645990000000000000000001" << "€146,183.86" << "146.183,86 €"
                                                             << "146.183,86 €";
    }

    void eurInEachLanguage()
    {
        QFETCH(QString, value);
        QFETCH(QString, en);
        QFETCH(QString, de);
        QFETCH(QString, fr);
        QVERIFY(parseExactDecimal(value));
        QCOMPARE(formatEur(value, QStringLiteral("en")), en);
        QCOMPARE(formatEur(value, QStringLiteral("de")), de);
        QCOMPARE(formatEur(value, QStringLiteral("fr")), fr);
        QCOMPARE(formatEur(*parseExactDecimal(value), QStringLiteral("de")), de);
    }

    // One format for the console and the statements: the helper is the statement's, not a copy.
    void sameAsTheStatements()
    {
        for (const char *lang : {"en", "de", "fr"}) {
            auto texts = statements::Texts::load(QLatin1String(lang));
            QVERIFY(texts.ok());
            for (const char *v : {"146183.85646", "-0.005", "92233720368547758.085"})
                QCOMPARE(formatEur(dec(v), QLatin1String(lang)), (*texts)->money(dec(v)));
        }
    }

    // The value of more than 2^63 base units (2^70 wei) at a price: exact up to the display
    // rounding, while the amount itself stays exact with all 18 decimals.
    void valueOfAHugeAmount()
    {
        const Amount wei = Amount::fromBaseUnits(int128(1) << 70);
        QVERIFY(wei.baseUnits() > int128(std::numeric_limits<qint64>::max()));
        QCOMPARE(wei.toDecimal(18), QStringLiteral("1180.591620717411303424"));
        auto value = Decimal::multiply(wei, 18, dec("2500.5"), 19);
        QVERIFY(value.ok());
        QCOMPARE(value->toString(), QStringLiteral("2952069.347603886964211712"));
        QCOMPARE(formatEur(*value, QStringLiteral("en")), QStringLiteral("€2,952,069.35"));
        QCOMPARE(formatEur(*value, QStringLiteral("fr")), QStringLiteral("2.952.069,35 €"));
    }

    void followsTheInterfaceLanguage()
    {
        QCOMPARE(formatEur(QStringLiteral("1234.5")), QStringLiteral("€1,234.50"));
        QVERIFY(Language::instance()->apply(QStringLiteral("de")));
        QCOMPARE(formatEur(QStringLiteral("1234.5")), QStringLiteral("1.234,50 €"));
        QVERIFY(Language::instance()->apply(QStringLiteral("fr")));
        QCOMPARE(formatEur(dec("1234.5")), QStringLiteral("1.234,50 €"));
        QVERIFY(Language::instance()->apply(QStringLiteral("en")));
        QCOMPARE(formatEur(dec("1234.5")), QStringLiteral("€1,234.50"));
        QCOMPARE(formatEur(dec("1234.5"), QStringLiteral("xx")), QStringLiteral("€1,234.50")); // unknown: English
    }

    void exactDecimalsOnly()
    {
        QCOMPARE(formatEur(QStringLiteral("n/a")), QStringLiteral("n/a")); // not a number: shown as it is
        QCOMPARE(formatEur(QString()), QString());
        for (const char *bad : {"", "abc", "1.2.3", "1,5", "1e5", " 1"})
            QVERIFY2(!parseExactDecimal(QString::fromLatin1(bad)), bad);
        const QString max38 = QStringLiteral("0.") + QString(38, QLatin1Char('1'));
        QVERIFY(parseExactDecimal(max38));
        QCOMPARE(parseExactDecimal(max38)->scale(), 38);
        QVERIFY(!parseExactDecimal(QStringLiteral("0.") + QString(39, QLatin1Char('1'))));
        QVERIFY(!parseExactDecimal(QStringLiteral("1") + QString(39, QLatin1Char('0')))); // beyond 2^127
        QCOMPARE(parseExactDecimal(QStringLiteral("-0.50"))->toString(), QStringLiteral("-0.5"));
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "TestFormat.moc"
