// Totals kept incrementally (schema v9, ledger/Totals.h) always equal the sum of the positions:
// after imports, corrections, firm movements and executed withdrawals; a refused or rolled-back
// write leaves them unchanged; the migration fills them from the positions. Reconciliation runs
// keep their per-asset totals (an incomplete run none), and a client's chain balance at the last
// run is derived from the run's breaks.

#include "ApprovalsSupport.h"

#include "approvals/Execution.h"
#include "chain/Network.h"
#include "crypto/Random.h"
#include "ledger/Import.h"
#include "ledger/Totals.h"
#include "reconcile/ClientChain.h"
#include "reconcile/ReconQueries.h"
#include "reconcile/Reconcile.h"
#include "reconcile/Sources.h"
#include "register/Database.h"
#include "register/Schema.h"
#include "statements/Listing.h"

using namespace custos;
using namespace custos::test;
using State = reconcile::ClientChainPosition::State;

namespace {

const QByteArray kPool = "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y";

QString describe(const QList<ledger::AssetHoldings> &list)
{
    QStringList out;
    for (const ledger::AssetHoldings &h : list)
        out << QStringLiteral("%1 clients=%2 firm=%3 holding=%4").arg(h.asset, h.clients.toBaseUnits(), h.firm.toBaseUnits()).arg(h.clientsHolding);
    return out.join(QStringLiteral("; "));
}

qint64 scalar(reg::Register &r, const char *sql)
{
    auto st = r.db().prepare(sql);
    if (!st.ok() || !st->step().value())
        return -1;
    const qint64 v = st->columnInt(0);
    st->reset();
    return v;
}

// A source that fails when asked for balances: the run is recorded incomplete.
class FailingSource : public chain::ChainSource {
public:
    Status checkNetwork() override { return okStatus(); }
    Result<chain::BlockRef> tip() override { return chain::BlockRef{200, QStringLiteral("hash-200")}; }
    Result<chain::BlockRef> blockAt(qint64 h) override { return chain::BlockRef{h, QStringLiteral("hash-%1").arg(h)}; }
    Result<QList<chain::Balance>> balances(const QList<chain::AssetAddress> &, qint64, const chain::SourceProgress &) override
    {
        return makeError(ErrorCode::SourceFailed, QStringLiteral("the node at http://127.0.0.1:1 timed out"));
    }
    Result<QList<chain::Transfer>> transfers(const QList<chain::AssetAddress> &, qint64, qint64) override { return QList<chain::Transfer>(); }
};

} // namespace

class TestTotals : public QObject {
    Q_OBJECT

    // Kept totals against the positions summed, the holding-clients count against SQL over the
    // positions, and statements due against statements::statementsDue.
    static void checkConsistent(reg::Register &r)
    {
        auto kept = ledger::keptHoldings(r);
        auto summed = ledger::summedHoldings(r);
        QVERIFY2(kept.ok() && summed.ok(), qPrintable(kept.ok() ? summed.message() : kept.message()));
        QCOMPARE(describe(*kept), describe(*summed));
        QCOMPARE(*ledger::keptMovementCount(r.db()), scalar(r, "SELECT count(*) FROM movements"));
        QCOMPARE(*ledger::holdingClients(r.db()),
                 scalar(r, "SELECT count(*) FROM clients c WHERE c.is_firm = 0 AND EXISTS "
                           "(SELECT 1 FROM positions p WHERE p.client_id = c.id AND p.balance <> '0')"));
        for (const QString &period : {QStringLiteral("2026Q1"), QStringLiteral("2025Q4")})
            QCOMPARE(*ledger::statementsDueKept(r.db(), period), *statements::statementsDue(r.db(), period));
    }

    static QString totalOf(reg::Register &r, const QString &asset, bool firm = false)
    {
        const auto holdings = ledger::keptHoldings(r);
        if (!holdings.ok())
            return holdings.message();
        for (const ledger::AssetHoldings &h : *holdings)
            if (h.asset == asset)
                return (firm ? h.firm : h.clients).toDecimal(h.decimals);
        return QString();
    }

    static Result<reconcile::RunResult> snapshotRun(RegisterFixture &fx, reg::Register &r, const QByteArray &rows)
    {
        const QString path = fx.writeFile(QStringLiteral("snap.csv"), "chain,address,asset,balance,block_height\n" + rows);
        const chain::Network net = *chain::networkByName(QStringLiteral("bitcoin"));
        auto opened = reconcile::openSource(r, net, QStringLiteral("snapshot:") + path, {}, {});
        if (!opened.ok())
            return opened.error();
        reconcile::RunOptions o;
        o.sourceLabel = opened->label;
        o.isSnapshot = true;
        return reconcile::runReconciliation(r, net, *opened->source, o);
    }

private slots:
    void totalsFollowEveryWriter()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        checkConsistent(*fx.admin);
        QCOMPARE(totalOf(*fx.admin, QStringLiteral("bitcoin:BTC")), QStringLiteral("10"));
        QCOMPARE(*ledger::holdingClients(fx.admin->db()), 1);

        // A second client on an omnibus address, and a transfer into the firm's own address.
        QVERIFY(ledger::addAddress(*fx.admin, {QStringLiteral("bitcoin"), QString::fromLatin1(kPool), QStringLiteral("omnibus"), QStringLiteral("vault"),
                                               QStringLiteral("pool")}).ok());
        QByteArray csv = kMovementsHeader;
        csv += "C2,bitcoin:BTC,2,deposit,2026-01-02T00:00:00Z,bitcoin," + kPool + "," + btcTx(9) + ",101\n";
        csv += "firm,bitcoin:BTC,0.001,transfer,2026-01-02T10:00:00Z,bitcoin," + kFirmBtc.toLatin1() + "," + btcTx(10) + ",102\n";
        QVERIFY(ledger::importMovements(*fx.olga, fx.writeFile(QStringLiteral("more.csv"), csv)).ok());
        checkConsistent(*fx.admin);
        QCOMPARE(totalOf(*fx.admin, QStringLiteral("bitcoin:BTC")), QStringLiteral("12"));
        QCOMPARE(totalOf(*fx.admin, QStringLiteral("bitcoin:BTC"), true), QStringLiteral("0.001"));
        QCOMPARE(*ledger::holdingClients(fx.admin->db()), 2);

        // A correction: a new entry naming the one it corrects.
        QByteArray corr = "client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height,corrects,note\n"
                          "C2,bitcoin:BTC,-0.5,adjustment,2026-01-05T00:00:00Z,,,,,3,deposit was 1.5 BTC\n";
        auto c = ledger::importMovements(*fx.olga, fx.writeFile(QStringLiteral("corr.csv"), corr));
        QVERIFY2(c.ok(), qPrintable(c.message()));
        checkConsistent(*fx.admin);
        QCOMPARE(totalOf(*fx.admin, QStringLiteral("bitcoin:BTC")), QStringLiteral("11.5"));

        // An executed withdrawal (allowed path) lowers the total with the position.
        auto w = fx.request(QStringLiteral("2.5"));
        QVERIFY2(w.ok(), qPrintable(w.message()));
        QVERIFY(fx.approve(*fx.bob, w->id).ok());
        auto done = approvals::markExecuted(*fx.olga, w->id, QString::fromLatin1(btcTx(5)), 130);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        checkConsistent(*fx.admin);
        QCOMPARE(totalOf(*fx.admin, QStringLiteral("bitcoin:BTC")), QStringLiteral("9"));

        // A client emptied of every asset no longer holds.
        QByteArray out = kMovementsHeader;
        out += "C2,bitcoin:BTC,-1.5,withdrawal,2026-01-06T00:00:00Z,bitcoin," + kPool + "," + btcTx(11) + ",140\n";
        QVERIFY(ledger::importMovements(*fx.olga, fx.writeFile(QStringLiteral("out.csv"), out)).ok());
        checkConsistent(*fx.admin);
        QCOMPARE(*ledger::holdingClients(fx.admin->db()), 1);
    }

    void refusedWritesLeaveTotalsUnchanged()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        const QString before = describe(*ledger::keptHoldings(*fx.admin));
        const qint64 movements = *ledger::keptMovementCount(fx.admin->db());

        // A bad line rejects the whole file: nothing half-imported, totals untouched.
        QByteArray bad = kMovementsHeader;
        bad += "C1,bitcoin:BTC,1,deposit,2026-01-07T00:00:00Z,bitcoin," + kC1Btc.toLatin1() + "," + btcTx(20) + ",150\n";
        bad += "C1,bitcoin:BTC,1.123456789,deposit,2026-01-07T00:00:00Z,bitcoin," + kC1Btc.toLatin1() + "," + btcTx(21) + ",150\n";
        QVERIFY(!ledger::importMovements(*fx.olga, fx.writeFile(QStringLiteral("bad.csv"), bad)).ok());
        QCOMPARE(describe(*ledger::keptHoldings(*fx.admin)), before);

        // A position pushed out of range is refused at finish: the transaction rolls back.
        QByteArray huge = kMovementsHeader;
        huge += "C1,ethereum:ETH,170141183460469231731.687303715884105727,deposit,2026-01-07T00:00:00Z,ethereum,"
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed," + ethTx(22) + ",250\n";
        QVERIFY(!ledger::importMovements(*fx.olga, fx.writeFile(QStringLiteral("huge.csv"), huge)).ok());
        QCOMPARE(describe(*ledger::keptHoldings(*fx.admin)), before);

        // A role that may not import: refused before any write.
        QByteArray fine = kMovementsHeader;
        fine += "C1,bitcoin:BTC,1,deposit,2026-01-07T00:00:00Z,bitcoin," + kC1Btc.toLatin1() + "," + btcTx(23) + ",150\n";
        QCOMPARE(ledger::importMovements(*fx.bob, fx.writeFile(QStringLiteral("fine.csv"), fine)).error().code, ErrorCode::Denied);
        // A withdrawal refused (over the available balance) moves nothing.
        QVERIFY(!fx.request(QStringLiteral("50")).ok());
        QCOMPARE(describe(*ledger::keptHoldings(*fx.admin)), before);
        QCOMPARE(*ledger::keptMovementCount(fx.admin->db()), movements);
        checkConsistent(*fx.admin);
    }

    // The v9 migration fills the totals from the positions a v7/v8 register already holds.
    void migrationFillsTotalsFromPositions()
    {
        QTemporaryDir dir;
        auto key = crypto::randomSecret(32);
        auto db = reg::Database::open(dir.filePath(QStringLiteral("m.custos")), *key, true);
        QVERIFY(db.ok());
        QVERIFY(reg::migrateTo(*db, 8).ok());
        QVERIFY(db->exec("INSERT INTO clients(id, code, name, is_firm, created_at) VALUES (1, 'firm', 'Firm', 1, 'x'), "
                         "(2, 'C1', 'A', 0, 'x'), (3, 'C2', 'B', 0, 'x'), (4, 'C3', 'C', 0, 'x');"
                         "INSERT INTO assets(id, code, chain, symbol, decimals, created_at) VALUES (1, 'bitcoin:BTC', 'bitcoin', 'BTC', 8, 'x'), "
                         "(2, 'ethereum:ETH', 'ethereum', 'ETH', 18, 'x'), (3, 'ethereum:USDC', 'ethereum', 'USDC', 6, 'x');"
                         "INSERT INTO positions VALUES (1, 1, '7', 1, 1), (2, 1, '170141183460469231731687303715884105727', 3, 4), "
                         "(3, 1, '-170141183460469231731687303715884105727', 2, 5), (3, 2, '5', 1, 6), (4, 2, '0', 2, 7);")
                    .ok());
        QVERIFY(reg::migrateTo(*db, 9).ok());
        QCOMPARE(*db->userVersion(), 9);
        auto st = db->prepare("SELECT asset_id, clients, firm, clients_holding, movement_count FROM asset_totals ORDER BY asset_id");
        QStringList rows;
        while (st->step().value())
            rows << QStringLiteral("%1|%2|%3|%4|%5").arg(st->columnInt(0)).arg(st->columnText(1), st->columnText(2)).arg(st->columnInt(3)).arg(st->columnInt(4));
        QCOMPARE(rows, QStringList({QStringLiteral("1|0|7|2|6"), QStringLiteral("2|5|0|1|3"), QStringLiteral("3|0|0|0|0")}));
        QCOMPARE(*ledger::holdingClients(*db), 2);
    }

    void runsKeepTheirTotalsAndClientsTheirChainBalance()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(ledger::addAddress(*fx.admin, {QStringLiteral("bitcoin"), QString::fromLatin1(kPool), QStringLiteral("omnibus"), QStringLiteral("vault"),
                                               QStringLiteral("pool")}).ok());
        QByteArray csv = kMovementsHeader;
        csv += "C2,bitcoin:BTC,2,deposit,2026-01-02T00:00:00Z,bitcoin," + kPool + "," + btcTx(9) + ",101\n";
        QVERIFY(ledger::importMovements(*fx.olga, fx.writeFile(QStringLiteral("c2.csv"), csv)).ok());

        // Never run: not reconciled.
        auto none = reconcile::clientChainPositions(*fx.carl, QStringLiteral("C1"));
        QVERIFY2(none.ok(), qPrintable(none.message()));
        QCOMPARE(none->size(), 2);
        QCOMPARE(none->at(0).state, State::NotReconciled);

        // The chain holds 10.2 at C1's address (a planted break of +0.2), the pool 2.
        auto run = snapshotRun(fx, *fx.olga, "bitcoin," + kC1Btc.toLatin1() + ",bitcoin:BTC,10.2,300\nbitcoin," + kPool + ",bitcoin:BTC,2,300\n");
        QVERIFY2(run.ok(), qPrintable(run.message()));
        QCOMPARE(run->status, QStringLiteral("breaks"));
        auto totals = reconcile::runTotals(*fx.carl, run->runId);
        QVERIFY(totals.ok());
        QCOMPARE(totals->size(), 1);
        QCOMPARE(totals->first().asset, QStringLiteral("bitcoin:BTC"));
        QCOMPARE(totals->first().registerTotal.toDecimal(8), QStringLiteral("12"));
        QCOMPARE(totals->first().chainTotal.toDecimal(8), QStringLiteral("12.2"));
        auto latest = reconcile::latestRun(*fx.carl, QStringLiteral("bitcoin"));
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->id, run->runId);

        // Movements after the run do not change the chain figure at the run.
        QByteArray later = kMovementsHeader;
        later += "C1,bitcoin:BTC,1,deposit,2026-01-09T00:00:00Z,bitcoin," + kC1Btc.toLatin1() + "," + btcTx(30) + ",310\n";
        QVERIFY(ledger::importMovements(*fx.olga, fx.writeFile(QStringLiteral("later.csv"), later)).ok());
        auto c1 = reconcile::clientChainPositions(*fx.carl, QStringLiteral("C1"));
        QVERIFY2(c1.ok(), qPrintable(c1.message()));
        QCOMPARE(c1->size(), 2);
        const reconcile::ClientChainPosition &btc = c1->at(0);
        QCOMPARE(btc.asset, QStringLiteral("bitcoin:BTC"));
        QCOMPARE(btc.state, State::Measured);
        QCOMPARE(btc.runId, run->runId);
        QCOMPARE(btc.registerAtRun.toDecimal(8), QStringLiteral("10"));
        QCOMPARE(btc.chain.toDecimal(8), QStringLiteral("10.2"));
        QCOMPARE(btc.difference.toDecimal(8), QStringLiteral("0.2"));
        QCOMPARE(btc.breaks, 1);
        QCOMPARE(c1->at(1).asset, QStringLiteral("ethereum:ETH"));
        QCOMPARE(c1->at(1).state, State::NotReconciled); // ethereum was never run
        // C2 holds through the pool only: an omnibus share, no chain figure of its own.
        auto c2 = reconcile::clientChainPositions(*fx.carl, QStringLiteral("C2"));
        QVERIFY(c2.ok());
        QCOMPARE(c2->size(), 1);
        QCOMPARE(c2->first().state, State::Omnibus);
        QCOMPARE(reconcile::clientChainPositions(*fx.carl, QStringLiteral("NOPE")).error().code, ErrorCode::BadInput);

        // An incomplete run keeps no totals, and the client page says so instead of a number.
        FailingSource failing;
        reconcile::RunOptions o;
        o.sourceLabel = QStringLiteral("scripted");
        auto broken = reconcile::runReconciliation(*fx.olga, *chain::networkByName(QStringLiteral("bitcoin")), failing, o);
        QVERIFY2(broken.ok(), qPrintable(broken.message()));
        QCOMPARE(broken->status, QStringLiteral("incomplete"));
        QVERIFY(reconcile::runTotals(*fx.carl, broken->runId)->isEmpty());
        auto after = reconcile::clientChainPositions(*fx.carl, QStringLiteral("C1"));
        QVERIFY(after.ok());
        QCOMPARE(after->at(0).state, State::Incomplete);
        QCOMPARE(after->at(0).runId, broken->runId);
        // The bitcoin run history is newest first.
        auto recent = reconcile::recentRuns(*fx.carl, 1);
        QCOMPARE(recent->size(), 1);
        QCOMPARE(recent->first().id, broken->runId);
    }
};

QTEST_GUILESS_MAIN(TestTotals)
#include "TestTotals.moc"
