// Domain invariants 1-5 and 8 of DESIGN.md, through the core services.

#include "Support.h"

#include "ledger/Import.h"
#include "ledger/Positions.h"
#include "register/Database.h"

using namespace custos;
using namespace custos::test;

namespace {

QMap<QString, QString> positions(reg::Register &r, const QString &client = {}, const QString &at = {})
{
    QMap<QString, QString> out;
    ledger::PositionQuery q;
    q.client = client;
    q.atDate = at;
    const auto s = ledger::forEachPosition(r, q, [&](const ledger::Position &p) { out.insert(p.client + QLatin1Char('/') + p.asset, p.balance.toDecimal(p.decimals)); });
    if (!s.ok())
        qWarning() << s.message();
    return out;
}

qint64 count(reg::Register &r, const char *sql)
{
    auto st = r.db().prepare(sql);
    if (!st.ok() || !st->step().ok())
        return -1;
    return st->columnInt(0);
}

const QByteArray kBtcAddr = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4";
const QByteArray kEthAddr = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";

QByteArray btcRow(const QByteArray &client, const QByteArray &amount, const QByteArray &kind, int tx, const QByteArray &day = "02")
{
    return client + ",bitcoin:BTC," + amount + "," + kind + ",2026-01-" + day + "T10:00:00Z,bitcoin," + kBtcAddr + "," + btcTx(tx) + ",830000\n";
}

} // namespace

class TestLedger : public QObject {
    Q_OBJECT

private slots:
    // Invariant 1: exact amounts in base units, up to the asset's decimals; never rounded.
    void amountsAreExact()
    {
        RegisterFixture fx;
        QVERIFY(fx.create() && fx.addBasics());
        auto op = fx.operatorUser();
        QByteArray csv = kMovementsHeader;
        csv += "C1,ethereum:ETH,170141183460469231731.687303715884105727,deposit,2026-01-02T10:00:00Z,ethereum," + kEthAddr + "," + ethTx(1) + ",1\n";
        csv += "C1,ethereum:ETH,-0.000000000000000001,withdrawal,2026-01-03T10:00:00Z,ethereum," + kEthAddr + "," + ethTx(2) + ",2\n";
        csv += btcRow("C1", "0.00000001", "deposit", 3);
        auto imp = ledger::importMovements(*op, fx.writeFile(QStringLiteral("m.csv"), csv));
        QVERIFY2(imp.ok(), qPrintable(imp.message()));
        const auto p = positions(*op);
        QCOMPARE(p.value(QStringLiteral("C1/ethereum:ETH")), QStringLiteral("170141183460469231731.687303715884105726"));
        QCOMPARE(p.value(QStringLiteral("C1/bitcoin:BTC")), QStringLiteral("0.00000001"));
    }

    void tooManyDecimalsRefused()
    {
        RegisterFixture fx;
        QVERIFY(fx.create() && fx.addBasics());
        auto op = fx.operatorUser();
        QByteArray csv = kMovementsHeader;
        csv += btcRow("C1", "1", "deposit", 1);
        csv += btcRow("C1", "0.000000001", "deposit", 2);
        auto imp = ledger::importMovements(*op, fx.writeFile(QStringLiteral("m.csv"), csv));
        QVERIFY(!imp.ok());
        QCOMPARE(imp.error().code, ErrorCode::BadInput);
        QVERIFY2(imp.message().startsWith(QStringLiteral("m.csv:3:")), qPrintable(imp.message()));
        QVERIFY2(imp.message().contains(QStringLiteral("decimals")), qPrintable(imp.message()));
        QCOMPARE(count(*op, "SELECT count(*) FROM movements"), 0);
    }

    // Invariant 2: one owner designation per address; unknown owners refused.
    void addressHasOneDesignation()
    {
        RegisterFixture fx;
        QVERIFY(fx.create() && fx.addBasics());
        auto again = ledger::addAddress(*fx.admin, {QStringLiteral("bitcoin"), QString::fromLatin1(kBtcAddr), QStringLiteral("omnibus"),
                                                    QStringLiteral("vault"), {}});
        QVERIFY(!again.ok());
        QVERIFY(again.message().contains(QStringLiteral("already registered")));
        // Another spelling of the same EVM address is the same address.
        auto upper = ledger::addAddress(*fx.admin, {QStringLiteral("ethereum"), QStringLiteral("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED"),
                                                    QStringLiteral("omnibus"), QStringLiteral("vault"), {}});
        QVERIFY(!upper.ok());
        auto bad = ledger::addAddress(*fx.admin, {QStringLiteral("bitcoin"), QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
                                                  QStringLiteral("someone"), QStringLiteral("vault"), {}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.message().contains(QStringLiteral("unknown owner")));
        auto unknownClient = ledger::addAddress(*fx.admin, {QStringLiteral("bitcoin"), QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
                                                            QStringLiteral("client:C9"), QStringLiteral("vault"), {}});
        QVERIFY(!unknownClient.ok());
        QVERIFY(unknownClient.message().contains(QStringLiteral("unknown client")));
        auto wrongChain = ledger::addAddress(*fx.admin, {QStringLiteral("bitcoin"), QStringLiteral("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"),
                                                         QStringLiteral("omnibus"), QStringLiteral("vault"), {}});
        QVERIFY(!wrongChain.ok());
        QCOMPARE(wrongChain.error().code, ErrorCode::BadInput);
    }

    // Invariant 3: a key set is client or firm; client assets never sit behind a firm key set.
    void keySetsSeparateClientAndFirm()
    {
        RegisterFixture fx;
        QVERIFY(fx.create() && fx.addBasics());
        auto clientOnFirm = ledger::addAddress(*fx.admin, {QStringLiteral("bitcoin"), QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
                                                           QStringLiteral("client:C2"), QStringLiteral("treasury"), {}});
        QVERIFY(!clientOnFirm.ok());
        QVERIFY(clientOnFirm.message().contains(QStringLiteral("firm key set")));
        auto omnibusOnFirm = ledger::addAddress(*fx.admin, {QStringLiteral("bitcoin"), QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
                                                            QStringLiteral("omnibus"), QStringLiteral("treasury"), {}});
        QVERIFY(!omnibusOnFirm.ok());
        auto firmOnClient = ledger::addAddress(*fx.admin, {QStringLiteral("bitcoin"), QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
                                                           QStringLiteral("firm"), QStringLiteral("vault"), {}});
        QVERIFY(!firmOnClient.ok());
        QVERIFY(firmOnClient.message().contains(QStringLiteral("client key set")));
        QVERIFY(!ledger::addKeySet(*fx.admin, QStringLiteral("both"), QStringLiteral("shared"), {}).ok());
    }

    // Invariant 4: positions derived from movements; a correction names the entry it corrects.
    void positionsFollowMovementsAndCorrections()
    {
        RegisterFixture fx;
        QVERIFY(fx.create() && fx.addBasics());
        auto op = fx.operatorUser();
        QByteArray csv = kMovementsHeader;
        csv += btcRow("C1", "2", "deposit", 1, "02");
        csv += btcRow("C1", "-0.5", "withdrawal", 2, "10");
        csv += btcRow("C2", "1", "deposit", 3, "11");
        QVERIFY(ledger::importMovements(*op, fx.writeFile(QStringLiteral("a.csv"), csv)).ok());
        QCOMPARE(positions(*op).value(QStringLiteral("C1/bitcoin:BTC")), QStringLiteral("1.5"));
        // The withdrawal was really 0.4: correct it with a new entry; the old one stays.
        QByteArray corr = "client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height,corrects,note\n"
                          "C1,bitcoin:BTC,0.1,adjustment,2026-01-12T00:00:00Z,,,,,2,withdrawal was 0.4 BTC not 0.5\n";
        auto c = ledger::importMovements(*op, fx.writeFile(QStringLiteral("c.csv"), corr));
        QVERIFY2(c.ok(), qPrintable(c.message()));
        QCOMPARE(positions(*op).value(QStringLiteral("C1/bitcoin:BTC")), QStringLiteral("1.6"));
        QCOMPARE(count(*op, "SELECT count(*) FROM movements WHERE id = 2 AND amount = '-50000000'"), 1);
        QCOMPARE(count(*op, "SELECT corrects FROM movements WHERE id = 4"), 2);
        // Positions equal the sum of movements, for each client and asset.
        QCOMPARE(count(*op, "SELECT movement_count FROM positions WHERE client_id = (SELECT id FROM clients WHERE code = 'C1')"), 3);
        // History: positions at a date only count movements up to the end of that day.
        QCOMPARE(positions(*op, QStringLiteral("C1"), QStringLiteral("2026-01-05")).value(QStringLiteral("C1/bitcoin:BTC")), QStringLiteral("2"));
        QCOMPARE(positions(*op, QStringLiteral("C1"), QStringLiteral("2026-01-10")).value(QStringLiteral("C1/bitcoin:BTC")), QStringLiteral("1.5"));
        QCOMPARE(positions(*op, {}, QStringLiteral("2026-01-10")).size(), 1);
        // A correction must name an entry of the same client and asset.
        QByteArray wrong = "client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height,corrects\n"
                           "C2,bitcoin:BTC,0.1,adjustment,2026-01-12T00:00:00Z,,,,,2\n";
        auto w = ledger::importMovements(*op, fx.writeFile(QStringLiteral("w.csv"), wrong));
        QVERIFY(!w.ok());
        QVERIFY(w.message().contains(QStringLiteral("another client")));
    }

    // Invariant 5: on-chain kinds carry chain, address, tx hash and block height; signs match kinds.
    void onChainMovementsCarryTheirEvidence_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("says");
        QTest::newRow("deposit without tx") << QByteArray("C1,bitcoin:BTC,1,deposit,2026-01-02T10:00:00Z,bitcoin," + kBtcAddr + ",,830000") << "needs chain, address, tx_hash";
        QTest::newRow("deposit without height") << QByteArray("C1,bitcoin:BTC,1,deposit,2026-01-02T10:00:00Z,bitcoin," + kBtcAddr + "," + btcTx(1) + ",") << "needs chain";
        QTest::newRow("negative deposit") << btcRow("C1", "-1", "deposit", 1).trimmed() << "positive";
        QTest::newRow("positive withdrawal") << btcRow("C1", "1", "withdrawal", 1).trimmed() << "negative";
        QTest::newRow("zero amount") << btcRow("C1", "0", "adjustment", 1).trimmed() << "zero";
        QTest::newRow("unknown kind") << btcRow("C1", "1", "gift", 1).trimmed() << "kind 'gift'";
        QTest::newRow("unknown client") << btcRow("C9", "1", "deposit", 1).trimmed() << "unknown client 'C9'";
        QTest::newRow("unknown asset") << QByteArray("C1,bitcoin:XYZ,1,deposit,2026-01-02T10:00:00Z,bitcoin," + kBtcAddr + "," + btcTx(1) + ",1") << "unknown asset";
        QTest::newRow("unregistered address") << QByteArray("C1,bitcoin:BTC,1,deposit,2026-01-02T10:00:00Z,bitcoin,bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq," + btcTx(1) + ",1") << "not registered";
        QTest::newRow("bad address") << QByteArray("C1,bitcoin:BTC,1,deposit,2026-01-02T10:00:00Z,bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5," + btcTx(1) + ",1") << "checksum";
        QTest::newRow("chain mismatch") << QByteArray("C1,bitcoin:BTC,1,deposit,2026-01-02T10:00:00Z,ethereum," + kEthAddr + "," + btcTx(1) + ",1") << "does not match";
        QTest::newRow("bad tx hash") << QByteArray("C1,bitcoin:BTC,1,deposit,2026-01-02T10:00:00Z,bitcoin," + kBtcAddr + ",xyz,1") << "64 hex";
        QTest::newRow("bad time") << QByteArray("C1,bitcoin:BTC,1,deposit,2026-02-30T10:00:00Z,bitcoin," + kBtcAddr + "," + btcTx(1) + ",1") << "ISO 8601";
        QTest::newRow("local time") << QByteArray("C1,bitcoin:BTC,1,deposit,2026-01-02T10:00:00+01:00,bitcoin," + kBtcAddr + "," + btcTx(1) + ",1") << "ISO 8601";
        QTest::newRow("future") << QByteArray("C1,bitcoin:BTC,1,deposit,2099-01-02T10:00:00Z,bitcoin," + kBtcAddr + "," + btcTx(1) + ",1") << "future";
        QTest::newRow("negative height") << QByteArray("C1,bitcoin:BTC,1,deposit,2026-01-02T10:00:00Z,bitcoin," + kBtcAddr + "," + btcTx(1) + ",-4") << "block_height";
    }

    void onChainMovementsCarryTheirEvidence()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, says);
        RegisterFixture fx;
        QVERIFY(fx.create() && fx.addBasics());
        auto op = fx.operatorUser();
        QByteArray csv = kMovementsHeader;
        csv += btcRow("C1", "5", "deposit", 900); // a good first line: the whole file is still refused
        csv += row + "\n";
        auto imp = ledger::importMovements(*op, fx.writeFile(QStringLiteral("m.csv"), csv));
        QVERIFY(!imp.ok());
        QCOMPARE(imp.error().code, ErrorCode::BadInput);
        QVERIFY2(imp.message().startsWith(QStringLiteral("m.csv:3: ")), qPrintable(imp.message()));
        QVERIFY2(imp.message().contains(says), qPrintable(imp.message()));
        // Invariant 8: nothing half-imported, no batch, no audit entry, no position.
        QCOMPARE(count(*op, "SELECT count(*) FROM movements"), 0);
        QCOMPARE(count(*op, "SELECT count(*) FROM positions"), 0);
        QCOMPARE(count(*op, "SELECT count(*) FROM import_batches"), 0);
        QCOMPARE(count(*op, "SELECT count(*) FROM audit_log WHERE action LIKE 'import.%'"), 0);
    }

    void sameOnChainMovementIsRecordedOnce()
    {
        RegisterFixture fx;
        QVERIFY(fx.create() && fx.addBasics());
        auto op = fx.operatorUser();
        QByteArray first = kMovementsHeader;
        first += btcRow("C1", "1", "deposit", 1, "02");
        QVERIFY(ledger::importMovements(*op, fx.writeFile(QStringLiteral("a.csv"), first)).ok());
        QByteArray overlap = kMovementsHeader;
        overlap += btcRow("C1", "2", "deposit", 2, "03");
        overlap += btcRow("C1", "1", "deposit", 1, "02");
        auto dup = ledger::importMovements(*op, fx.writeFile(QStringLiteral("b.csv"), overlap));
        QVERIFY(!dup.ok());
        QVERIFY2(dup.message().startsWith(QStringLiteral("b.csv:3: this deposit of tx")), qPrintable(dup.message()));
        QVERIFY(dup.message().contains(QStringLiteral("already recorded as movement 1")));
        QByteArray twice = kMovementsHeader;
        twice += btcRow("C1", "3", "deposit", 7, "04");
        twice += btcRow("C1", "3", "deposit", 7, "04");
        auto inFile = ledger::importMovements(*op, fx.writeFile(QStringLiteral("c.csv"), twice));
        QVERIFY(!inFile.ok());
        QVERIFY(inFile.message().startsWith(QStringLiteral("c.csv:3:")));
        QCOMPARE(positions(*op).value(QStringLiteral("C1/bitcoin:BTC")), QStringLiteral("1"));
    }

    void adjustmentMayBeOffChain()
    {
        RegisterFixture fx;
        QVERIFY(fx.create() && fx.addBasics());
        auto op = fx.operatorUser();
        QByteArray csv = kMovementsHeader;
        csv += "C2,bitcoin:BTC,0.3,adjustment,2026-01-02T10:00:00Z,,,,\n";
        auto imp = ledger::importMovements(*op, fx.writeFile(QStringLiteral("m.csv"), csv));
        QVERIFY2(imp.ok(), qPrintable(imp.message()));
        QCOMPARE(positions(*op, QStringLiteral("C2")).value(QStringLiteral("C2/bitcoin:BTC")), QStringLiteral("0.3"));
    }

    void firmBookIsSeparateFromClients()
    {
        RegisterFixture fx;
        QVERIFY(fx.create() && fx.addBasics());
        auto op = fx.operatorUser();
        QByteArray csv = kMovementsHeader;
        csv += "firm,bitcoin:BTC,0.001,fee,2026-01-02T10:00:00Z,bitcoin,bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3," + btcTx(1) + ",1\n";
        QVERIFY(!ledger::importMovements(*op, fx.writeFile(QStringLiteral("m.csv"), csv)).ok()); // a fee is negative
        csv = kMovementsHeader;
        csv += "firm,bitcoin:BTC,0.001,transfer,2026-01-02T10:00:00Z,bitcoin,bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3," + btcTx(1) + ",1\n";
        QVERIFY(ledger::importMovements(*op, fx.writeFile(QStringLiteral("n.csv"), csv)).ok());
        QVERIFY(positions(*op).isEmpty()); // client positions only
        QCOMPARE(positions(*op, QStringLiteral("firm")).value(QStringLiteral("firm/bitcoin:BTC")), QStringLiteral("0.001"));
    }

    void rolesAreEnforcedInCore()
    {
        RegisterFixture fx;
        QVERIFY(fx.create() && fx.addBasics());
        auto op = fx.operatorUser();
        QCOMPARE(ledger::addAsset(*op, {QStringLiteral("litecoin"), QStringLiteral("LTC"), 8, {}}).error().code, ErrorCode::Denied);
        QCOMPARE(ledger::addKeySet(*op, QStringLiteral("k"), QStringLiteral("client"), {}).error().code, ErrorCode::Denied);
        QByteArray csv = kMovementsHeader;
        csv += btcRow("C1", "1", "deposit", 1);
        QCOMPARE(ledger::importMovements(*fx.admin, fx.writeFile(QStringLiteral("m.csv"), csv)).error().code, ErrorCode::Denied);
    }

    void clientIdsAreUniqueAndChecked()
    {
        RegisterFixture fx;
        QVERIFY(fx.create() && fx.addBasics());
        QVERIFY(!ledger::addClient(*fx.admin, {QStringLiteral("C1"), QStringLiteral("Again"), {}, QStringLiteral("en")}).ok());
        QVERIFY(!ledger::addClient(*fx.admin, {QStringLiteral("firm"), QStringLiteral("Reserved"), {}, QStringLiteral("en")}).ok());
        QVERIFY(!ledger::addClient(*fx.admin, {QStringLiteral("bad id"), QStringLiteral("Space"), {}, QStringLiteral("en")}).ok());
        QVERIFY(!ledger::addClient(*fx.admin, {QStringLiteral("C3"), QStringLiteral("Lang"), {}, QStringLiteral("it")}).ok());
        // ISO 17442 check digits.
        QVERIFY(ledger::addClient(*fx.admin, {QStringLiteral("C3"), QStringLiteral("Bank"), QStringLiteral("5493001KJTIIGC8Y1R12"), QStringLiteral("en")}).ok());
        QVERIFY(!ledger::addClient(*fx.admin, {QStringLiteral("C4"), QStringLiteral("Bank"), QStringLiteral("5493001KJTIIGC8Y1R13"), QStringLiteral("en")}).ok());
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "TestLedger.moc"
