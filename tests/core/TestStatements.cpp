// Client statements (issue 7): periods, figures against hand-computed cases, the PDF in en/de/fr
// (pdftotext, pdfinfo), recording and verification, batch behaviour, roles, catalogs.
// PDFs need fonts and so a QGuiApplication: QTEST_MAIN on the offscreen platform.

#include "Support.h"

#include "crypto/Random.h"
#include "ledger/Import.h"
#include "register/Database.h"
#include "register/Schema.h"
#include "settings/Custodian.h"
#include "statements/Statements.h"
#include "statements/Texts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace custos;
using namespace custos::test;

namespace {

const QByteArray kCompliancePassword = QByteArrayLiteral("compliance-password-1");
const char *kOmnibusEth = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    return tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject assetIn(const QJsonObject &doc, const QString &asset)
{
    for (const QJsonValue &v : doc.value(QStringLiteral("assets")).toArray())
        if (v.toObject().value(QStringLiteral("asset")).toString() == asset)
            return v.toObject();
    return {};
}

} // namespace

class TestStatements : public QObject {
    Q_OBJECT

    RegisterFixture m_fx;
    std::unique_ptr<reg::Register> m_carol; // compliance
    std::unique_ptr<reg::Register> m_olga;  // operator

    statements::Request request(const QString &client, const QString &quarter, const QString &dir, const QString &lang = {})
    {
        statements::Request q;
        q.client = client;
        q.all = client.isEmpty();
        q.period = *statements::quarter(quarter);
        q.outDir = m_fx.dir.filePath(dir);
        q.language = lang;
        return q;
    }

    statements::BatchResult produce(const statements::Request &q)
    {
        auto r = statements::produceStatements(*m_carol, q);
        if (!r.ok())
            qWarning() << r.message();
        return r.ok() ? *r : statements::BatchResult{};
    }

    qint64 count(const char *sql)
    {
        auto st = m_fx.admin->db().prepare(sql);
        return st.ok() && st->step().value() ? st->columnInt(0) : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.create());
        QVERIFY(m_fx.addBasics());
        reg::Register &a = *m_fx.admin;
        QVERIFY(settings::setCustodian(a, {QStringLiteral("Custos Test Custody GmbH"),
                                           QStringLiteral("Taunusanlage 1\n60329 Frankfurt am Main"), QStringLiteral("CASP-DE-0042"),
                                           QStringLiteral("discrepancies@custos.example")})
                    .ok());
        QVERIFY(ledger::addAsset(a, {QStringLiteral("litecoin"), QStringLiteral("LTC"), 8, {}}).ok());
        QVERIFY(ledger::addAddress(a, {QStringLiteral("ethereum"), QString::fromLatin1(kOmnibusEth), QStringLiteral("omnibus"),
                                       QStringLiteral("vault"), QStringLiteral("pool")})
                    .ok());
        for (const auto &[code, name] :
             {std::pair{"C3", "Carla Closed"}, {"C4", "Dora Dormant"}, {"C5", "Emil Unpriced"}, {"C6", "Fay Broken"}})
            QVERIFY(ledger::addClient(a, {QLatin1String(code), QLatin1String(name), {}, QStringLiteral("en")}).ok());
        QVERIFY(a.addUser(QStringLiteral("carol"), reg::Role::Compliance, kCompliancePassword).ok());
        auto carol = reg::Register::open(m_fx.path, QStringLiteral("carol"), kCompliancePassword);
        QVERIFY(carol.ok());
        m_carol = std::move(carol.value());
        m_olga = m_fx.operatorUser();
        QVERIFY(m_olga);

        const QByteArray btc = "bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4,";
        const QByteArray eth = QByteArray("ethereum,") + kOmnibusEth + ",";
        QByteArray csv = kMovementsHeader;
        // C1: BTC across the 2026Q3 boundaries; ETH (18 decimals) above 2^64 base units, and one wei.
        csv += "C1,bitcoin:BTC,1.5,deposit,2026-06-30T23:59:59Z," + btc + btcTx(1) + ",100\n";
        csv += "C1,bitcoin:BTC,0.25,deposit,2026-07-01T00:00:00Z," + btc + btcTx(2) + ",101\n";
        csv += "C1,bitcoin:BTC,-0.1,withdrawal,2026-09-30T23:59:59Z," + btc + btcTx(3) + ",102\n";
        csv += "C1,bitcoin:BTC,-0.05,withdrawal,2026-10-01T00:00:00Z," + btc + btcTx(4) + ",103\n";
        csv += "C1,ethereum:ETH,12345678901234.123456789012345678,deposit,2026-08-01T12:00:00Z," + eth + ethTx(1) + ",5000\n";
        csv += "C1,ethereum:ETH,-0.000000000000000001,fee,2026-08-02T12:00:00Z," + eth + ethTx(2) + ",5001\n";
        // C2: held since January, nothing moved in 2026Q3.
        csv += "C2,bitcoin:BTC,2,deposit,2026-01-15T10:00:00Z," + btc + btcTx(5) + ",90\n";
        // C3: everything left before 2026Q3.
        csv += "C3,bitcoin:BTC,1,deposit,2026-02-01T00:00:00Z," + btc + btcTx(6) + ",91\n";
        csv += "C3,bitcoin:BTC,-1,withdrawal,2026-03-01T00:00:00Z," + btc + btcTx(7) + ",92\n";
        // C5: an asset without any price.
        csv += "C5,litecoin:LTC,3,adjustment,2026-08-01T00:00:00Z,,,,\n";
        // C6: a position that the register will no longer agree with (tampered below).
        csv += "C6,bitcoin:BTC,0.5,deposit,2026-08-01T00:00:00Z," + btc + btcTx(8) + ",104\n";
        auto imp = ledger::importMovements(*m_olga, m_fx.writeFile(QStringLiteral("m.csv"), csv));
        QVERIFY2(imp.ok(), qPrintable(imp.message()));
        const QByteArray prices = "asset,date,currency,price,source\n"
                                  "bitcoin:BTC,2026-09-29,EUR,58123.45,ECB test feed\n"
                                  "bitcoin:BTC,2026-10-01,EUR,99999,ECB test feed\n"
                                  "ethereum:ETH,2026-09-30,EUR,2345.67,ECB test feed\n"
                                  "ethereum:ETH,2026-09-30,USD,1,other currency\n";
        auto p = ledger::importPrices(*m_olga, m_fx.writeFile(QStringLiteral("p.csv"), prices));
        QVERIFY2(p.ok(), qPrintable(p.message()));
        // C6's kept position no longer matches its movements.
        QVERIFY(m_fx.admin->db()
                    .exec("UPDATE positions SET balance = '50000001' WHERE client_id = (SELECT id FROM clients WHERE code = 'C6')")
                    .ok());
    }

    void quarterBoundaries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("end");
        QTest::newRow("Q1") << "2026Q1"
                            << "2026-01-01T00:00:00Z"
                            << "2026-03-31T23:59:59Z"
                            << "2026-04-01T00:00:00Z";
        QTest::newRow("Q2") << "2026Q2"
                            << "2026-04-01T00:00:00Z"
                            << "2026-06-30T23:59:59Z"
                            << "2026-07-01T00:00:00Z";
        QTest::newRow("Q3") << "2026q3"
                            << "2026-07-01T00:00:00Z"
                            << "2026-09-30T23:59:59Z"
                            << "2026-10-01T00:00:00Z";
        QTest::newRow("Q4") << "2026Q4"
                            << "2026-10-01T00:00:00Z"
                            << "2026-12-31T23:59:59Z"
                            << "2027-01-01T00:00:00Z";
        QTest::newRow("leap Q1") << "2028Q1"
                                 << "2028-01-01T00:00:00Z"
                                 << "2028-03-31T23:59:59Z"
                                 << "2028-04-01T00:00:00Z";
    }
    void quarterBoundaries()
    {
        QFETCH(QString, text);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, end);
        auto p = statements::quarter(text);
        QVERIFY2(p.ok(), qPrintable(p.message()));
        QVERIFY(p->isQuarter);
        QCOMPARE(p->label, text.toUpper());
        QCOMPARE(p->from(), from);
        QCOMPARE(p->to(), to);
        QCOMPARE(p->endExclusive(), end);
    }

    void leapYearsAndRanges()
    {
        auto feb = statements::dateRange(QStringLiteral("2028-02-01"), QStringLiteral("2028-02-29"));
        QVERIFY(feb.ok());
        QCOMPARE(feb->to(), QStringLiteral("2028-02-29T23:59:59Z"));
        QCOMPARE(feb->endExclusive(), QStringLiteral("2028-03-01T00:00:00Z"));
        QCOMPARE(feb->label, QStringLiteral("2028-02-01_2028-02-29"));
        QVERIFY(!feb->isQuarter);
        QCOMPARE(statements::quarter(QStringLiteral("2027Q1"))->lastDay.daysTo(QDate(2027, 4, 1)), 1);
        QCOMPARE(statements::quarter(QStringLiteral("2028Q1"))->firstDay.daysTo(statements::quarter(QStringLiteral("2028Q1"))->lastDay),
                 90);
        QCOMPARE(statements::quarter(QStringLiteral("2027Q1"))->firstDay.daysTo(statements::quarter(QStringLiteral("2027Q1"))->lastDay),
                 89);
        auto noLeap = statements::dateRange(QStringLiteral("2027-02-01"), QStringLiteral("2027-02-29"));
        QVERIFY(!noLeap.ok());
        QCOMPARE(noLeap.error().code, ErrorCode::BadInput);
        QVERIFY(noLeap.message().contains(QStringLiteral("2027-02-29")));
        QVERIFY(!statements::dateRange(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-01")).ok());
        for (const char *bad : {"2026Q5", "2026Q0", "26Q1", "2026-Q1", ""})
            QVERIFY2(!statements::quarter(QLatin1String(bad)).ok(), bad);
    }

    void figuresInJsonTwin()
    {
        const auto res = produce(request(QStringLiteral("C1"), QStringLiteral("2026Q3"), QStringLiteral("figures")));
        QCOMPARE(res.produced.size(), 1);
        QVERIFY(res.failed.isEmpty());
        const statements::Produced &p = res.produced.first();
        QCOMPARE(p.pdfPath, QDir(m_fx.dir.filePath(QStringLiteral("figures"))).filePath(QStringLiteral("C1-2026Q3.pdf")));
        QCOMPARE(p.jsonPath, QDir(m_fx.dir.filePath(QStringLiteral("figures"))).filePath(QStringLiteral("C1-2026Q3.json")));
        QFile jf(p.jsonPath);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QByteArray raw = jf.readAll();
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex()), p.contentSha256);
        const QJsonObject doc = QJsonDocument::fromJson(raw).object();
        QCOMPARE(doc.keys(), (QStringList{"assets", "audit_head", "client", "document_id", "issued_at", "period", "total_value"}));
        QCOMPARE(doc.value(QStringLiteral("document_id")).toString(), p.documentId);
        QCOMPARE(doc.value(QStringLiteral("client")).toObject(), (QJsonObject{{"id", "C1"}, {"name", "Anna Beispiel"}}));
        QCOMPARE(doc.value(QStringLiteral("period")).toObject(),
                 (QJsonObject{{"label", "2026Q3"}, {"from", "2026-07-01T00:00:00Z"}, {"to", "2026-09-30T23:59:59Z"}}));
        QCOMPARE(doc.value(QStringLiteral("assets")).toArray().size(), 2);

        const QJsonObject btc = assetIn(doc, QStringLiteral("bitcoin:BTC"));
        QCOMPARE(btc.value(QStringLiteral("opening")).toString(), QStringLiteral("1.5"));    // the deposit at 23:59:59 the day before
        QCOMPARE(btc.value(QStringLiteral("closing")).toString(), QStringLiteral("1.65"));   // 1.5 + 0.25 - 0.1; not the 1 October one
        QCOMPARE(btc.value(QStringLiteral("price")).toString(), QStringLiteral("58123.45")); // 29 September, not 1 October
        QCOMPARE(btc.value(QStringLiteral("price_date")).toString(), QStringLiteral("2026-09-29"));
        QCOMPARE(btc.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(btc.value(QStringLiteral("value")).toString(), QStringLiteral("95903.69")); // 95903.6925 rounded
        const QJsonArray bt = btc.value(QStringLiteral("transfers")).toArray();
        QCOMPARE(bt.size(), 2);
        QCOMPARE(bt[0].toObject(), (QJsonObject{{"occurred_at", "2026-07-01T00:00:00Z"},
                                                {"kind", "deposit"},
                                                {"amount", "0.25"},
                                                {"tx_hash", QString::fromLatin1(btcTx(2))}}));
        QCOMPARE(bt[1].toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("-0.1"));
        QCOMPARE(bt[1].toObject().value(QStringLiteral("occurred_at")).toString(), QStringLiteral("2026-09-30T23:59:59Z"));

        const QJsonObject eth = assetIn(doc, QStringLiteral("ethereum:ETH"));
        QCOMPARE(eth.value(QStringLiteral("opening")).toString(), QStringLiteral("0"));
        QCOMPARE(eth.value(QStringLiteral("closing")).toString(), QStringLiteral("12345678901234.123456789012345677")); // > 2^64 wei
        QCOMPARE(eth.value(QStringLiteral("transfers")).toArray()[1].toObject().value(QStringLiteral("amount")).toString(),
                 QStringLiteral("-0.000000000000000001"));
        QCOMPARE(eth.value(QStringLiteral("transfers")).toArray()[0].toObject().value(QStringLiteral("tx_hash")).toString(),
                 QString::fromLatin1(ethTx(1)));
        QCOMPARE(eth.value(QStringLiteral("price")).toString(), QStringLiteral("2345.67")); // the EUR price, not the USD one
        QCOMPARE(eth.value(QStringLiteral("value")).toString(), QStringLiteral("28958888628257846.37"));
        QCOMPARE(doc.value(QStringLiteral("total_value")).toString(), QStringLiteral("28958888628353750.06"));
        QCOMPARE(p.totalValue, QStringLiteral("28958888628353750.06"));
    }

    void pdfInEachLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en") << "en"
                            << QStringList{"Statement of client assets",
                                           "1.65 BTC",
                                           "€95,903.69",
                                           "12,345,678,901,234.123456789012345677 ETH",
                                           "€28,958,888,628,257,846.37",
                                           "Closing balance",
                                           "Total value",
                                           "page 1 of",
                                           "1 Jul 2026"};
        QTest::newRow("de") << "de"
                            << QStringList{"Aufstellung der verwahrten Kryptowerte",
                                           "1,65 BTC",
                                           "95.903,69 €",
                                           "12.345.678.901.234,123456789012345677 ETH",
                                           "28.958.888.628.257.846,37 €",
                                           "Endbestand",
                                           "Gesamtwert",
                                           "Seite 1 von",
                                           "01.07.2026"};
        QTest::newRow("fr") << "fr"
                            << QStringList{"Relevé des crypto-actifs conservés",
                                           "1,65 BTC",
                                           "95.903,69 €",
                                           "12.345.678.901.234,123456789012345677 ETH",
                                           "28.958.888.628.257.846,37 €",
                                           "Solde de clôture",
                                           "Valeur totale",
                                           "page 1 sur",
                                           "01/07/2026"};
    }
    void pdfInEachLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        const auto res = produce(request(QStringLiteral("C1"), QStringLiteral("2026Q3"), QStringLiteral("lang-") + lang, lang));
        QCOMPARE(res.produced.size(), 1);
        const statements::Produced &p = res.produced.first();
        QCOMPARE(p.language, lang);
        const QString text = pdfText(p.pdfPath);
        QVERIFY(!text.isEmpty());
        for (const QString &s : expected + QStringList{"Anna Beispiel", "bitcoin:BTC", "ethereum:ETH", "Custos Test Custody GmbH",
                                                       "CASP-DE-0042", "discrepancies@custos.example", p.documentId, p.contentSha256,
                                                       kOmnibusEth, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"})
            QVERIFY2(text.contains(s), qPrintable(lang + QStringLiteral(": missing '") + s + QStringLiteral("'")));

        const QString info = tool(QStringLiteral("pdfinfo"), {p.pdfPath});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(p.pages))), qPrintable(info));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Custos "))));
        QVERIFY(info.contains(QStringLiteral("Anna Beispiel")));
        const QString meta = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), p.pdfPath});
        QVERIFY(meta.contains(QStringLiteral("pdfaid:part=\"1\"")) && meta.contains(QStringLiteral("pdfaid:conformance=\"B\"")));
        QVERIFY(meta.contains(QStringLiteral("<dc:identifier>%1</dc:identifier>").arg(p.documentId)));
        QVERIFY(meta.contains(QStringLiteral("<rdf:li>Custos Test Custody GmbH</rdf:li>")));
        // Every page carries "page X of Y", the document id and the content hash.
        for (int page = 1; page <= p.pages; ++page) {
            const QString one = tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                                   QString::number(page), p.pdfPath, QStringLiteral("-")});
            QVERIFY(one.contains(p.documentId) && one.contains(p.contentSha256));
        }
    }

    void clientLanguageByDefault()
    {
        const auto res = produce(request(QStringLiteral("C2"), QStringLiteral("2026Q3"), QStringLiteral("own-lang")));
        QCOMPARE(res.produced.size(), 1);
        QCOMPARE(res.produced.first().language, QStringLiteral("fr")); // C2's language
        const QString text = pdfText(res.produced.first().pdfPath);
        QVERIFY(text.contains(QStringLiteral("Solde d'ouverture")));
        // Nothing moved, but C2 held 2 BTC at the start: a statement with opening = closing.
        const QJsonObject btc = assetIn(readJson(res.produced.first().jsonPath), QStringLiteral("bitcoin:BTC"));
        QCOMPARE(btc.value(QStringLiteral("opening")).toString(), QStringLiteral("2"));
        QCOMPARE(btc.value(QStringLiteral("closing")).toString(), QStringLiteral("2"));
        QVERIFY(btc.value(QStringLiteral("transfers")).toArray().isEmpty());
        QCOMPARE(btc.value(QStringLiteral("value")).toString(), QStringLiteral("116246.90"));
    }

    void noActivityNoHoldingIsSkipped()
    {
        for (const char *code : {"C3", "C4"}) {
            const auto res = produce(request(QLatin1String(code), QStringLiteral("2026Q3"), QStringLiteral("skip")));
            QVERIFY(res.produced.isEmpty());
            QCOMPARE(res.skipped.size(), 1);
            QVERIFY(res.skipped.first().reason.contains(QStringLiteral("nothing was held at the start of 2026Q3")));
            QVERIFY(!QFile::exists(m_fx.dir.filePath(QStringLiteral("skip/%1-2026Q3.pdf").arg(QLatin1String(code)))));
        }
        // C3 did hold BTC during 2026Q1: that quarter has a statement ending at zero.
        const auto q1 = produce(request(QStringLiteral("C3"), QStringLiteral("2026Q1"), QStringLiteral("c3q1")));
        QCOMPARE(q1.produced.size(), 1);
        QCOMPARE(assetIn(readJson(q1.produced.first().jsonPath), QStringLiteral("bitcoin:BTC")).value(QStringLiteral("closing")).toString(),
                 QStringLiteral("0"));
        QCOMPARE(readJson(q1.produced.first().jsonPath).value(QStringLiteral("total_value")).toString(), QStringLiteral("0.00"));
    }

    void batchGoesOnPastFailures()
    {
        const qint64 before = count("SELECT count(*) FROM statements");
        std::atomic<bool> cancel{false};
        QList<qint64> seen;
        statements::Request q = request({}, QStringLiteral("2026Q3"), QStringLiteral("all"));
        q.threads = 2;
        auto res = statements::produceStatements(
            *m_carol, q, [&](const statements::BatchProgress &p) { seen << p.done; }, &cancel);
        QVERIFY2(res.ok(), qPrintable(res.message()));
        QStringList produced, skipped, failed;
        for (const auto &p : res->produced)
            produced << p.client;
        for (const auto &s : res->skipped)
            skipped << s.client;
        for (const auto &f : res->failed)
            failed << f.client;
        QCOMPARE(produced, (QStringList{"C1", "C2"}));
        QCOMPARE(skipped, (QStringList{"C3"})); // C4 never had a movement: not a candidate
        QCOMPARE(failed, (QStringList{"C5", "C6"}));
        QVERIFY2(res->failed[0].reason.contains(QStringLiteral("no EUR price of litecoin:LTC")), qPrintable(res->failed[0].reason));
        QVERIFY2(res->failed[1].reason.contains(QStringLiteral("does not add up")), qPrintable(res->failed[1].reason));
        QVERIFY(res->failed[1].reason.contains(QStringLiteral("0.5"))); // the figures are named
        QCOMPARE(res->failed[1].code, ErrorCode::Found);
        QVERIFY(!QFile::exists(m_fx.dir.filePath(QStringLiteral("all/C6-2026Q3.pdf"))));
        QVERIFY(!QFile::exists(m_fx.dir.filePath(QStringLiteral("all/C6-2026Q3.json"))));
        QVERIFY(!QFile::exists(m_fx.dir.filePath(QStringLiteral("all/C5-2026Q3.pdf"))));
        QVERIFY(QFile::exists(m_fx.dir.filePath(QStringLiteral("all/C1-2026Q3.pdf"))));
        QCOMPARE(seen, (QList<qint64>{1, 2, 3, 4, 5})); // C1, C2, C3, C5, C6
        QVERIFY(!res->cancelled);
        QCOMPARE(count("SELECT count(*) FROM statements"), before + 2);
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'statement.batch'"), 1);
        // No temporary file is left behind.
        QCOMPARE(QDir(m_fx.dir.filePath(QStringLiteral("all"))).entryList(QDir::Files | QDir::Hidden).size(), 4);

        cancel = true;
        auto stopped =
            statements::produceStatements(*m_carol, request({}, QStringLiteral("2026Q3"), QStringLiteral("cancelled")), {}, &cancel);
        QVERIFY(stopped.ok());
        QVERIFY(stopped->cancelled);
        QVERIFY(stopped->produced.isEmpty());
    }

    void recordedAndVerified()
    {
        statements::Request q = request(QStringLiteral("C1"), QStringLiteral("2026Q3"), QStringLiteral("verify"));
        q.period = *statements::dateRange(QStringLiteral("2026-08-01"), QStringLiteral("2026-09-30"));
        const auto res = produce(q);
        for (const auto &f : res.failed + res.skipped)
            qWarning() << f.client << f.reason;
        QCOMPARE(res.produced.size(), 1);
        const statements::Produced p = res.produced.first();
        QVERIFY(p.pdfPath.endsWith(QStringLiteral("C1-2026-08-01_2026-09-30.pdf")));
        auto st =
            m_fx.admin->db().prepare("SELECT c.code, s.period, s.period_from, s.period_to, s.on_request, s.language, s.file_name, "
                                     "s.pdf_sha256, s.content_sha256, s.issued_by FROM statements s JOIN clients c ON c.id = s.client_id "
                                     "WHERE s.document_id = ?");
        QVERIFY(st.ok());
        st->bind(1, p.documentId);
        QVERIFY(st->step().value());
        QCOMPARE(st->columnText(0), QStringLiteral("C1"));
        QCOMPARE(st->columnText(1), QStringLiteral("2026-08-01_2026-09-30"));
        QCOMPARE(st->columnText(2), QStringLiteral("2026-08-01T00:00:00Z"));
        QCOMPARE(st->columnText(3), QStringLiteral("2026-09-30T23:59:59Z"));
        QCOMPARE(st->columnInt(4), 1); // a date range is on request
        QCOMPARE(st->columnText(5), QStringLiteral("de"));
        QCOMPARE(st->columnText(6), QFileInfo(p.pdfPath).absoluteFilePath());
        QFile f(p.pdfPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QCOMPARE(st->columnText(7), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(st->columnText(8), p.contentSha256);
        QCOMPARE(st->columnText(9), QStringLiteral("carol"));
        QVERIFY(count("SELECT count(*) FROM audit_log WHERE action = 'statement.produce' AND payload LIKE '%\"on_request\":true%'") >= 1);

        // Any role verifies.
        auto ok = statements::verifyStatement(*m_olga, p.pdfPath);
        QVERIFY(ok.ok() && ok->valid);
        QCOMPARE(ok->client, QStringLiteral("C1"));
        QCOMPARE(ok->period, QStringLiteral("2026-08-01_2026-09-30"));

        // One changed byte inside the page content.
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        const QString changed = m_fx.writeFile(QStringLiteral("changed.pdf"), bytes);
        auto bad = statements::verifyStatement(*m_olga, changed);
        QVERIFY(bad.ok());
        QVERIFY(!bad->valid);
        QCOMPARE(bad->client, QStringLiteral("C1")); // found through the document id in the metadata
        QVERIFY2(bad->reason.contains(QStringLiteral("changed after it was produced")), qPrintable(bad->reason));

        auto foreign = statements::verifyStatement(*m_olga, m_fx.writeFile(QStringLiteral("other.pdf"), "%PDF-1.4 not ours"));
        QVERIFY(foreign.ok() && !foreign->valid && foreign->client.isEmpty());
        QVERIFY(foreign->reason.contains(QStringLiteral("not a statement this register recorded")));
        QCOMPARE(statements::verifyStatement(*m_olga, m_fx.dir.filePath(QStringLiteral("missing.pdf"))).error().code, ErrorCode::BadInput);
    }

    void refusedForOtherRoles()
    {
        const qint64 before = count("SELECT count(*) FROM statements");
        for (reg::Register *r : {m_fx.admin.get(), m_olga.get()}) {
            auto res = statements::produceStatements(*r, request(QStringLiteral("C1"), QStringLiteral("2026Q3"), QStringLiteral("denied")));
            QVERIFY(!res.ok());
            QCOMPARE(res.error().code, ErrorCode::Denied);
            QVERIFY(res.message().contains(QStringLiteral("compliance")));
        }
        QCOMPARE(count("SELECT count(*) FROM statements"), before);
        QVERIFY(!QFile::exists(m_fx.dir.filePath(QStringLiteral("denied/C1-2026Q3.pdf"))));
    }

    void badRequests()
    {
        auto unknown =
            statements::produceStatements(*m_carol, request(QStringLiteral("NOPE"), QStringLiteral("2026Q3"), QStringLiteral("x")));
        QCOMPARE(unknown.error().code, ErrorCode::BadInput);
        QVERIFY(unknown.message().contains(QStringLiteral("NOPE")));
        auto lang = statements::produceStatements(
            *m_carol, request(QStringLiteral("C1"), QStringLiteral("2026Q3"), QStringLiteral("x"), QStringLiteral("it")));
        QCOMPARE(lang.error().code, ErrorCode::BadInput);
        const QString file = m_fx.writeFile(QStringLiteral("plain-file"), "x");
        statements::Request q = request(QStringLiteral("C1"), QStringLiteral("2026Q3"), QStringLiteral("x"));
        q.outDir = file;
        QCOMPARE(statements::produceStatements(*m_carol, q).error().code, ErrorCode::BadInput);
    }

    void catalogsComplete()
    {
        for (const char *lang : {"de", "fr"}) {
            QFile ts(QStringLiteral(CUSTOS_TEST_DATA "/../../translations/documents_%1.ts").arg(QLatin1String(lang)));
            QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
            const QByteArray xml = ts.readAll();
            QVERIFY2(!xml.contains("type=\"unfinished\""), lang);
            QVERIFY(!xml.contains("type=\"vanished\"") && !xml.contains("type=\"obsolete\""));
            QVERIFY(!xml.contains("<translation></translation>"));
            auto texts = statements::Texts::load(QLatin1String(lang));
            QVERIFY(texts.ok());
            int differing = 0;
            for (int i = 0; i < int(statements::Text::Count); ++i) {
                const auto t = statements::Text(i);
                const QString out = (**texts)(t);
                QVERIFY(!out.isEmpty());
                QCOMPARE(out.count(QLatin1Char('%')), QString::fromUtf8(statements::sourceText(t)).count(QLatin1Char('%')));
                QVERIFY2(xml.contains(QString::fromUtf8(statements::sourceText(t))
                                          .toHtmlEscaped()
                                          .replace(QLatin1Char('\''), QStringLiteral("&apos;"))
                                          .toUtf8()),
                         statements::sourceText(t));
                differing += out != QString::fromUtf8(statements::sourceText(t));
            }
            QVERIFY(differing > int(statements::Text::Count) - 8); // a few words are the same (LEI, Client, Type)
        }
    }

    void numberFormats()
    {
        auto de = statements::Texts::load(QStringLiteral("de"));
        auto en = statements::Texts::load(QStringLiteral("en"));
        QVERIFY(de.ok() && en.ok());
        QCOMPARE((*de)->money(*Decimal::parse(QStringLiteral("1234.56"))), QStringLiteral("1.234,56 €"));
        QCOMPARE((*en)->money(*Decimal::parse(QStringLiteral("1234.56"))), QStringLiteral("€1,234.56"));
        QCOMPARE((*en)->money(*Decimal::parse(QStringLiteral("-0.5"))), QStringLiteral("-€0.50"));
        QCOMPARE((*de)->amount(Amount::fromBaseUnits(-123456789012345678), 18), QStringLiteral("-0,123456789012345678"));
        QCOMPARE((*de)->amount(Amount::fromBaseUnits(100000000000), 8), QStringLiteral("1.000"));
        QCOMPARE((*en)->number(*Decimal::parse(QStringLiteral("58123.4"))), QStringLiteral("58,123.40"));
        QCOMPARE((*en)->number(*Decimal::parse(QStringLiteral("0.000123"))), QStringLiteral("0.000123"));
        QCOMPARE((*de)->date(QDate(2028, 2, 29)), QStringLiteral("29.02.2028"));
        QVERIFY(!statements::Texts::load(QStringLiteral("es")).ok());
    }

    void readConnectionCannotWrite()
    {
        auto db = m_carol->openReadConnection();
        QVERIFY2(db.ok(), qPrintable(db.message()));
        auto st = db->prepare("SELECT count(*) FROM clients");
        QVERIFY(st.ok() && st->step().value());
        QVERIFY(st->columnInt(0) >= 6);
        QVERIFY(!db->exec("DELETE FROM statements").ok());
    }

    void migrationFromPreviousVersion()
    {
        auto key = crypto::randomSecret(32);
        auto db = reg::Database::open(m_fx.dir.filePath(QStringLiteral("old.custos")), *key, true);
        QVERIFY(db.ok());
        QVERIFY(reg::migrateTo(*db, 3).ok()); // everything before statements
        QVERIFY(db->exec("INSERT INTO clients(code, name, created_at) VALUES ('C1', 'Anna', '2026-01-01T00:00:00Z')").ok());
        QVERIFY(!db->exec("SELECT count(*) FROM statements").ok());
        QVERIFY(reg::migrateTo(*db, 4).ok());
        QCOMPARE(*db->userVersion(), 4);
        QVERIFY(db->exec("INSERT INTO statements(document_id, client_id, period, period_from, period_to, on_request, language, file_name, "
                         "json_file_name, pdf_sha256, content_sha256, pages, total_value, currency, issued_at, issued_by) VALUES "
                         "('D1', 1, '2026Q3', 'a', 'b', 0, 'en', 'f.pdf', 'f.json', 'x', 'y', 1, '0.00', 'EUR', 't', 'carol')")
                    .ok());
        QVERIFY(!db->exec("INSERT INTO statements(document_id, client_id, period, period_from, period_to, on_request, language, file_name, "
                          "json_file_name, pdf_sha256, content_sha256, pages, total_value, currency, issued_at, issued_by) VALUES "
                          "('D2', 1, '2026Q3', 'a', 'b', 2, 'es', 'f.pdf', 'f.json', 'x', 'y', 1, '0.00', 'EUR', 't', 'carol')")
                     .ok());
        auto st = db->prepare("SELECT name FROM clients WHERE code = 'C1'");
        QVERIFY(st.ok() && st->step().value());
        QCOMPARE(st->columnText(0), QStringLiteral("Anna"));
    }
    // An insider with the master key edits the statements table: the statement.produce audit
    // entry written with the row (in the same transaction) names the change. Last: it edits rows
    // and restores them at the end.
    void tamperedRecordIsNamedWithItsAuditEntry()
    {
        const auto res = produce(request(QStringLiteral("C1"), QStringLiteral("2026Q3"), QStringLiteral("tamper")));
        QCOMPARE(res.produced.size(), 1);
        const statements::Produced p = res.produced.first();
        reg::Database &db = m_fx.admin->db();
        qint64 seq = -1;
        QString payload;
        {
            auto st = db.prepare("SELECT seq, payload FROM audit_log WHERE action = 'statement.produce' AND instr(payload, ?) > 0");
            st->bind(1, p.documentId);
            QVERIFY(st->step().value());
            seq = st->columnInt(0);
            payload = st->columnText(1);
        }
        auto ok = statements::verifyStatement(*m_olga, p.pdfPath);
        QVERIFY(ok.ok() && ok->valid);
        QCOMPARE(ok->auditEntry, seq);
        const auto setRow = [&](const char *sql, const QString &value) {
            auto st = db.prepare(sql);
            st->bind(1, value).bind(2, p.documentId);
            return st->run().ok() && db.changes() == 1;
        };

        // 1. The recorded hash edited: the untouched file is the one the entry recorded.
        QVERIFY(setRow("UPDATE statements SET pdf_sha256 = ? WHERE document_id = ?", QString(64, QLatin1Char('0'))));
        auto edited = statements::verifyStatement(*m_olga, p.pdfPath);
        QVERIFY(edited.ok() && !edited->valid);
        QCOMPARE(edited->auditEntry, seq);
        QVERIFY2(edited->reason.contains(QStringLiteral("audit entry %1 recorded as statement %2").arg(seq).arg(p.documentId)),
                 qPrintable(edited->reason));
        QVERIFY(edited->reason.contains(QString(64, QLatin1Char('0'))));

        // 2. The file replaced by a forged one and the recorded hash set to match it.
        QFile f(p.pdfPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray forged = f.readAll();
        f.close();
        forged[forged.size() / 2] = char(forged[forged.size() / 2] ^ 0x01);
        const QString forgedPath = m_fx.writeFile(QStringLiteral("forged.pdf"), forged);
        const QString forgedSha = QString::fromLatin1(QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex());
        QVERIFY(setRow("UPDATE statements SET pdf_sha256 = ? WHERE document_id = ?", forgedSha));
        auto swapped = statements::verifyStatement(*m_olga, forgedPath);
        QVERIFY(swapped.ok() && !swapped->valid);
        QCOMPARE(swapped->auditEntry, seq);
        QCOMPARE(swapped->documentId, p.documentId);
        QVERIFY2(swapped->reason.contains(QStringLiteral("differs from audit entry %1").arg(seq)), qPrintable(swapped->reason));
        QVERIFY(swapped->reason.contains(QStringLiteral("pdf_sha256 is %1 in the statements table but %2").arg(forgedSha, p.pdfSha256)));
        QVERIFY(!statements::verifyStatement(*m_olga, p.pdfPath)->valid);

        // 3. ... and the entry's payload edited to match: the entry no longer seals.
        QString forgedPayload = payload;
        forgedPayload.replace(p.pdfSha256, forgedSha);
        {
            auto st = db.prepare("UPDATE audit_log SET payload = ? WHERE seq = ?");
            st->bind(1, forgedPayload).bind(2, seq);
            QVERIFY(st->run().ok() && db.changes() == 1);
        }
        auto sealed = statements::verifyStatement(*m_olga, forgedPath);
        QVERIFY(sealed.ok() && !sealed->valid);
        QVERIFY2(sealed->reason.contains(QStringLiteral("audit entry %1 that recorded statement %2").arg(seq).arg(p.documentId)),
                 qPrintable(sealed->reason));
        QVERIFY(sealed->reason.contains(QStringLiteral("was changed after it was written")));
        {
            auto st = db.prepare("UPDATE audit_log SET payload = ? WHERE seq = ?");
            st->bind(1, payload).bind(2, seq);
            QVERIFY(st->run().ok());
        }

        // 4. A row no audit entry vouches for (the document id changed).
        QVERIFY(setRow("UPDATE statements SET pdf_sha256 = ? WHERE document_id = ?", p.pdfSha256));
        QVERIFY(setRow("UPDATE statements SET document_id = ? WHERE document_id = ?", QStringLiteral("C1-2026Q3-forged")));
        auto orphan = statements::verifyStatement(*m_olga, p.pdfPath);
        QVERIFY(orphan.ok() && !orphan->valid);
        QCOMPARE(orphan->auditEntry, 0);
        QVERIFY2(orphan->reason.contains(QStringLiteral("has no statement.produce audit entry")), qPrintable(orphan->reason));
        {
            auto st = db.prepare("UPDATE statements SET document_id = ? WHERE document_id = 'C1-2026Q3-forged'");
            st->bind(1, p.documentId);
            QVERIFY(st->run().ok() && db.changes() == 1);
        }
        auto restored = statements::verifyStatement(*m_olga, p.pdfPath);
        QVERIFY(restored.ok() && restored->valid);
    }
};

QTEST_MAIN(TestStatements)
#include "TestStatements.moc"
