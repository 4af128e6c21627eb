// Reconciliation against a snapshot file and against scripted sources: clean runs, breaks,
// corrections, tolerances, and runs that must end incomplete, never clean.

#include "Support.h"

#include "chain/SnapshotSource.h"
#include "ledger/Import.h"
#include "reconcile/Breaks.h"
#include "reconcile/Reconcile.h"
#include "reconcile/Sources.h"

using namespace custos;
using namespace custos::test;

namespace {

const QByteArray kBtc = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4";
const QByteArray kFirmBtc = "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3";

// A node-like source whose answers the test scripts.
class ScriptedSource : public chain::ChainSource {
public:
    qint64 tipHeight = 100;
    QHash<QString, Amount> balancesAt; // "address|asset" -> balance
    QList<chain::Transfer> transferList;
    bool failBalances = false;
    bool wrongNetwork = false;
    bool reorgDuringRun = false;
    int blockCalls = 0;

    Status checkNetwork() override
    {
        if (wrongNetwork)
            return makeError(ErrorCode::SourceFailed, QStringLiteral("the node serves chain id 5, not 1"));
        return okStatus();
    }
    Result<chain::BlockRef> tip() override { return chain::BlockRef{tipHeight, QStringLiteral("hash-%1").arg(tipHeight)}; }
    Result<chain::BlockRef> blockAt(qint64 h) override
    {
        ++blockCalls;
        const bool changed = reorgDuringRun && blockCalls > 1;
        return chain::BlockRef{h, changed ? QStringLiteral("other-hash-%1").arg(h) : QStringLiteral("hash-%1").arg(h)};
    }
    Result<QList<chain::Balance>> balances(const QList<chain::AssetAddress> &keys, qint64, const chain::SourceProgress &) override
    {
        if (failBalances)
            return makeError(ErrorCode::SourceFailed, QStringLiteral("the node at http://127.0.0.1:1 timed out"));
        QList<chain::Balance> out;
        for (const auto &k : keys)
            out.append(chain::Balance{k, balancesAt.value(k.address + QLatin1Char('|') + k.asset)});
        return out;
    }
    Result<QList<chain::Transfer>> transfers(const QList<chain::AssetAddress> &, qint64, qint64) override { return transferList; }
};

chain::Network bitcoin()
{
    return *chain::networkByName(QStringLiteral("bitcoin"));
}

} // namespace

class TestReconcile : public QObject {
    Q_OBJECT

    std::unique_ptr<reg::Register> setUp(RegisterFixture &fx)
    {
        if (!fx.create() || !fx.addBasics())
            return nullptr;
        auto op = fx.operatorUser();
        QByteArray csv = kMovementsHeader;
        csv += "C1,bitcoin:BTC,1.5,deposit,2026-01-02T10:00:00Z,bitcoin," + kBtc + "," + btcTx(1) + ",90\n";
        csv += "C1,bitcoin:BTC,-0.5,withdrawal,2026-01-03T10:00:00Z,bitcoin," + kBtc + "," + btcTx(2) + ",95\n";
        if (!op || !ledger::importMovements(*op, fx.writeFile(QStringLiteral("m.csv"), csv)).ok())
            return nullptr;
        return op;
    }

    Result<reconcile::RunResult> snapshotRun(RegisterFixture &fx, reg::Register &r, const QByteArray &rows)
    {
        const QString path = fx.writeFile(QStringLiteral("snap.csv"), "chain,address,asset,balance,block_height\n" + rows);
        auto opened = reconcile::openSource(r, bitcoin(), QStringLiteral("snapshot:") + path, {}, {});
        if (!opened.ok())
            return opened.error();
        reconcile::RunOptions o;
        o.sourceLabel = opened->label;
        o.isSnapshot = true;
        return reconcile::runReconciliation(r, bitcoin(), *opened->source, o);
    }

private slots:
    void cleanSnapshot()
    {
        RegisterFixture fx;
        auto op = setUp(fx);
        QVERIFY(op);
        auto run = snapshotRun(fx, *op, "bitcoin," + kBtc + ",bitcoin:BTC,1,120\nethereum,0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed,ethereum:ETH,5,7\n");
        QVERIFY2(run.ok(), qPrintable(run.message()));
        QCOMPARE(run->status, QStringLiteral("clean"));
        QCOMPARE(run->height, 120);
        QCOMPARE(run->pairs, 1);
        QVERIFY(run->runId > 0);
    }

    void breakThenCorrectingEntry()
    {
        RegisterFixture fx;
        auto op = setUp(fx);
        QVERIFY(op);
        // The chain holds 1.2: a 0.2 deposit was never recorded.
        auto run = snapshotRun(fx, *op, "bitcoin," + kBtc + ",bitcoin:BTC,1.2,120\n");
        QVERIFY(run.ok());
        QCOMPARE(run->status, QStringLiteral("breaks"));
        QCOMPARE(run->breaks.size(), 1);
        const auto &b = run->breaks.first();
        QCOMPARE(b.registerBalance.toDecimal(8), QStringLiteral("1"));
        QCOMPARE(b.chainBalance.toDecimal(8), QStringLiteral("1.2"));
        QCOMPARE(b.difference.toDecimal(8), QStringLiteral("0.2"));
        // Record the missing deposit; the next run is clean and resolves the break.
        QByteArray fix = kMovementsHeader;
        fix += "C1,bitcoin:BTC,0.2,deposit,2026-01-04T10:00:00Z,bitcoin," + kBtc + "," + btcTx(3) + ",110\n";
        QVERIFY(ledger::importMovements(*op, fx.writeFile(QStringLiteral("fix.csv"), fix)).ok());
        auto again = snapshotRun(fx, *op, "bitcoin," + kBtc + ",bitcoin:BTC,1.2,121\n");
        QVERIFY(again.ok());
        QCOMPARE(again->status, QStringLiteral("clean"));
        auto st = op->db().prepare("SELECT status, resolved_by_run FROM recon_breaks WHERE id = ?");
        QVERIFY(st.ok());
        st->bind(1, b.id);
        QVERIFY(st->step().value());
        QCOMPARE(st->columnText(0), QStringLiteral("resolved"));
        QCOMPARE(st->columnInt(1), again->runId);
    }

    void breaksAreExplainedAndResolvedByNewEntries()
    {
        RegisterFixture fx;
        auto op = setUp(fx);
        QVERIFY(op);
        auto run = snapshotRun(fx, *op, "bitcoin," + kBtc + ",bitcoin:BTC,1.2,120\n");
        QVERIFY(run.ok() && run->breaks.size() == 1);
        const qint64 id = run->breaks.first().id;
        // Explaining needs a note; the admin's role may not; a resolution needs a matching new movement.
        QCOMPARE(reconcile::explainBreak(*op, id, QStringLiteral("  "), {}).error().code, ErrorCode::BadInput);
        QCOMPARE(reconcile::explainBreak(*fx.admin, id, QStringLiteral("x"), {}).error().code, ErrorCode::Denied);
        QVERIFY(reconcile::explainBreak(*op, id, QStringLiteral("deposit of 0.2 BTC not yet booked"), QStringLiteral("olga")).ok());
        QCOMPARE(reconcile::findBreak(*op, id)->status, QStringLiteral("explained"));
        QCOMPARE(reconcile::resolveBreak(*op, id, 1, {}).error().code, ErrorCode::BadInput); // recorded before the run
        QCOMPARE(reconcile::resolveBreak(*op, id, 999, {}).error().code, ErrorCode::BadInput);
        QByteArray fix = kMovementsHeader;
        fix += "C1,bitcoin:BTC,0.2,deposit,2026-01-04T10:00:00Z,bitcoin," + kBtc + "," + btcTx(3) + ",110\n";
        QVERIFY(ledger::importMovements(*op, fx.writeFile(QStringLiteral("fix.csv"), fix)).ok());
        QVERIFY(reconcile::resolveBreak(*op, id, 3, QStringLiteral("booked")).ok());
        const auto b = reconcile::findBreak(*op, id);
        QCOMPARE(b->status, QStringLiteral("resolved"));
        QCOMPARE(*b->resolvedByMovement, 3);
        QCOMPARE(b->difference.toDecimal(8), QStringLiteral("0.2")); // the run's figures stay as found
        QCOMPARE(reconcile::resolveBreak(*op, id, 3, {}).error().code, ErrorCode::BadInput);
        int runs = 0;
        QVERIFY(reconcile::forEachRun(*op, QStringLiteral("bitcoin"), [&](const reconcile::RunRecord &) { ++runs; }).ok());
        QCOMPARE(runs, 1);
    }

    void heightPinsTheRegisterSide()
    {
        RegisterFixture fx;
        auto op = setUp(fx);
        QVERIFY(op);
        // At height 92 only the deposit (height 90) counts: 1.5.
        auto run = snapshotRun(fx, *op, "bitcoin," + kBtc + ",bitcoin:BTC,1.5,92\n");
        QVERIFY(run.ok());
        QCOMPARE(run->status, QStringLiteral("clean"));
    }

    void snapshotProblemsAreBadInput_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("says");
        QTest::newRow("mixed heights") << QByteArray("bitcoin," + kBtc + ",bitcoin:BTC,1,120\nbitcoin," + kFirmBtc + ",bitcoin:BTC,1,121\n") << "snap.csv:3: block_height 121 differs";
        QTest::newRow("too many decimals") << QByteArray("bitcoin," + kBtc + ",bitcoin:BTC,1.000000001,120\n") << "snap.csv:2:";
        QTest::newRow("bad address") << QByteArray("bitcoin,bc1qnotanaddress,bitcoin:BTC,1,120\n") << "snap.csv:2:";
        QTest::newRow("unknown asset") << QByteArray("bitcoin," + kBtc + ",bitcoin:XYZ,1,120\n") << "unknown asset";
        QTest::newRow("listed twice") << QByteArray("bitcoin," + kBtc + ",bitcoin:BTC,1,120\nbitcoin," + kBtc + ",bitcoin:BTC,1,120\n") << "listed twice";
        QTest::newRow("no rows for the chain") << QByteArray("ethereum,0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed,ethereum:ETH,5,7\n") << "no rows for bitcoin";
    }

    void snapshotProblemsAreBadInput()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, says);
        RegisterFixture fx;
        auto op = setUp(fx);
        QVERIFY(op);
        auto run = snapshotRun(fx, *op, rows);
        QVERIFY(!run.ok());
        QCOMPARE(run.error().code, ErrorCode::BadInput);
        QVERIFY2(run.message().contains(says), qPrintable(run.message()));
        auto st = op->db().prepare("SELECT count(*) FROM recon_runs");
        QVERIFY(st.ok() && st->step().value());
        QCOMPARE(st->columnInt(0), 0);
    }

    void fundsAtAnUnknownOrUnrecordedAddressAreBreaks()
    {
        RegisterFixture fx;
        auto op = setUp(fx);
        QVERIFY(op);
        // The firm address has no movements but holds coins; an unregistered address holds some too.
        auto run = snapshotRun(fx, *op, "bitcoin," + kBtc + ",bitcoin:BTC,1,120\nbitcoin," + kFirmBtc
                                            + ",bitcoin:BTC,0.3,120\nbitcoin,bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq,bitcoin:BTC,0.7,120\n");
        QVERIFY(run.ok());
        QCOMPARE(run->breaks.size(), 2);
    }

    void toleranceIsPerAssetAndRecorded()
    {
        RegisterFixture fx;
        auto op = setUp(fx);
        QVERIFY(op);
        QCOMPARE(reconcile::setTolerance(*op, QStringLiteral("bitcoin:BTC"), QStringLiteral("0.00001")).error().code, ErrorCode::Denied);
        QVERIFY(reconcile::setTolerance(*fx.admin, QStringLiteral("bitcoin:BTC"), QStringLiteral("0.00001")).ok());
        QVERIFY(!reconcile::setTolerance(*fx.admin, QStringLiteral("bitcoin:BTC"), QStringLiteral("-1")).ok());
        auto dust = snapshotRun(fx, *op, "bitcoin," + kBtc + ",bitcoin:BTC,1.00000546,120\n");
        QVERIFY(dust.ok());
        QCOMPARE(dust->status, QStringLiteral("clean"));
        QCOMPARE(dust->tolerances.value(QStringLiteral("bitcoin:BTC")), QStringLiteral("1000"));
        auto more = snapshotRun(fx, *op, "bitcoin," + kBtc + ",bitcoin:BTC,1.00002,121\n");
        QVERIFY(more.ok());
        QCOMPARE(more->status, QStringLiteral("breaks"));
    }

    void nodeSourceMatchesTransfers()
    {
        RegisterFixture fx;
        auto op = setUp(fx);
        QVERIFY(op);
        ScriptedSource src;
        src.balancesAt.insert(QString::fromLatin1(kBtc) + QStringLiteral("|bitcoin:BTC"), *Amount::parse(QStringView(u"1.3"), 8));
        // The chain shows the two recorded transactions plus a 0.3 deposit nobody recorded.
        src.transferList = {
            {QString::fromLatin1(btcTx(1)), 90, QString::fromLatin1(kBtc), QStringLiteral("bitcoin:BTC"), *Amount::parse(QStringView(u"1.5"), 8), {}},
            {QString::fromLatin1(btcTx(2)), 95, QString::fromLatin1(kBtc), QStringLiteral("bitcoin:BTC"), *Amount::parse(QStringView(u"-0.5"), 8), {}},
            {QString::fromLatin1(btcTx(9)), 99, QString::fromLatin1(kBtc), QStringLiteral("bitcoin:BTC"), *Amount::parse(QStringView(u"0.3"), 8), {}},
        };
        reconcile::RunOptions o;
        o.sourceLabel = QStringLiteral("scripted");
        auto run = reconcile::runReconciliation(*op, bitcoin(), src, o);
        QVERIFY2(run.ok(), qPrintable(run.message()));
        QCOMPARE(run->status, QStringLiteral("breaks"));
        QCOMPARE(run->height, 100);
        QCOMPARE(run->blockHash, QStringLiteral("hash-100"));
        int balance = 0, unrecorded = 0;
        for (const auto &b : run->breaks) {
            balance += b.kind == reconcile::BreakKind::Balance;
            unrecorded += b.kind == reconcile::BreakKind::UnrecordedTransfer;
            if (b.kind == reconcile::BreakKind::UnrecordedTransfer)
                QCOMPARE(b.txHash, QString::fromLatin1(btcTx(9)));
        }
        QCOMPARE(balance, 1);
        QCOMPARE(unrecorded, 1);
        // A recorded movement whose tx the chain does not know.
        src.transferList.removeAt(1);
        src.transferList.removeLast();
        src.balancesAt.insert(QString::fromLatin1(kBtc) + QStringLiteral("|bitcoin:BTC"), *Amount::parse(QStringView(u"1"), 8));
        o.height = 100;
        RegisterFixture fx2;
        auto op2 = setUp(fx2);
        QVERIFY(op2);
        auto run2 = reconcile::runReconciliation(*op2, bitcoin(), src, o);
        QVERIFY(run2.ok());
        bool unknown = false;
        for (const auto &b : run2->breaks)
            unknown |= b.kind == reconcile::BreakKind::UnknownTx && b.txHash == QString::fromLatin1(btcTx(2));
        QVERIFY(unknown);
    }

    void failingSourcesEndIncomplete_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::newRow("timeout") << QStringLiteral("balances");
        QTest::newRow("wrong network") << QStringLiteral("network");
        QTest::newRow("reorg during the run") << QStringLiteral("reorg");
    }

    void failingSourcesEndIncomplete()
    {
        QFETCH(QString, failure);
        RegisterFixture fx;
        auto op = setUp(fx);
        QVERIFY(op);
        ScriptedSource src;
        src.failBalances = failure == QLatin1String("balances");
        src.wrongNetwork = failure == QLatin1String("network");
        src.reorgDuringRun = failure == QLatin1String("reorg");
        src.balancesAt.insert(QString::fromLatin1(kBtc) + QStringLiteral("|bitcoin:BTC"), *Amount::parse(QStringView(u"1"), 8));
        src.transferList = {
            {QString::fromLatin1(btcTx(1)), 90, QString::fromLatin1(kBtc), QStringLiteral("bitcoin:BTC"), *Amount::parse(QStringView(u"1.5"), 8), {}},
            {QString::fromLatin1(btcTx(2)), 95, QString::fromLatin1(kBtc), QStringLiteral("bitcoin:BTC"), *Amount::parse(QStringView(u"-0.5"), 8), {}},
        };
        reconcile::RunOptions o;
        o.sourceLabel = QStringLiteral("scripted");
        o.height = 99;
        auto run = reconcile::runReconciliation(*op, bitcoin(), src, o);
        QVERIFY2(run.ok(), qPrintable(run.message()));
        QCOMPARE(run->status, QStringLiteral("incomplete"));
        QVERIFY(!run->problem.isEmpty());
        QVERIFY(run->breaks.isEmpty());
        auto st = op->db().prepare("SELECT status, problem FROM recon_runs WHERE id = ?");
        QVERIFY(st.ok());
        st->bind(1, run->runId);
        QVERIFY(st->step().value());
        QCOMPARE(st->columnText(0), QStringLiteral("incomplete"));
        QCOMPARE(st->columnText(1), run->problem);
    }

    void onlyOperatorsRun()
    {
        RegisterFixture fx;
        QVERIFY(setUp(fx));
        ScriptedSource src;
        auto run = reconcile::runReconciliation(*fx.admin, bitcoin(), src, {});
        QVERIFY(!run.ok());
        QCOMPARE(run.error().code, ErrorCode::Denied);
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "TestReconcile.moc"
