// The controls around withdrawals: balance, source segregation, velocity, desk hours,
// whitelist with cooling-off, freezes, screening, execution and its reconciliation checks.

#include "ApprovalsSupport.h"

#include "approvals/Bundle.h"
#include "approvals/Execution.h"
#include "approvals/Freeze.h"
#include "approvals/Whitelist.h"
#include "ledger/Positions.h"
#include "reconcile/Reconcile.h"
#include "screening/Screening.h"

#include <QJsonArray>

using namespace custos;
using namespace custos::test;
using namespace custos::approvals;

namespace {

Amount positionOf(reg::Register &r, const QString &client, const QString &asset)
{
    Amount out;
    (void)ledger::forEachPosition(r, ledger::PositionQuery{client, {}, false}, [&](const ledger::Position &p) {
        if (p.asset == asset)
            out = p.balance;
    });
    return out;
}

qint64 count(reg::Register &r, const char *sql)
{
    auto st = r.db().prepare(sql);
    return st.ok() && st->step().value() ? st->columnInt(0) : -1;
}

// A chain source that reports a fixed list of transfers at a fixed tip.
class TransfersSource : public chain::ChainSource {
public:
    QList<chain::Transfer> list;
    Status checkNetwork() override { return okStatus(); }
    Result<chain::BlockRef> tip() override { return chain::BlockRef{200, QStringLiteral("tip-200")}; }
    Result<chain::BlockRef> blockAt(qint64 h) override { return chain::BlockRef{h, QStringLiteral("tip-%1").arg(h)}; }
    Result<QList<chain::Balance>> balances(const QList<chain::AssetAddress> &keys, qint64, const chain::SourceProgress &) override
    {
        QList<chain::Balance> out;
        for (const auto &k : keys)
            out.append(chain::Balance{k, Amount()});
        return out;
    }
    Result<QList<chain::Transfer>> transfers(const QList<chain::AssetAddress> &, qint64, qint64) override { return list; }
};

} // namespace

class TestApprovalControls : public QObject {
    Q_OBJECT

private slots:
    void overTheAvailableBalanceIsRefusedAndAudited()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.request(QStringLiteral("6")).ok());
        auto over = fx.request(QStringLiteral("4.00000001"));
        QCOMPARE(over.error().code, ErrorCode::Found);
        QVERIFY2(over.message().contains(QStringLiteral("available balance of client C1: 4")), qPrintable(over.message()));
        QCOMPARE(count(*fx.admin, "SELECT COUNT(*) FROM audit_log WHERE action = 'withdrawal.refused'"), 1);
        QVERIFY(fx.request(QStringLiteral("4")).ok()); // exactly the rest
        QCOMPARE(fx.request(QStringLiteral("0.00000001")).error().code, ErrorCode::Found);
        QCOMPARE(fx.request(QStringLiteral("0")).error().code, ErrorCode::BadInput);
        QCOMPARE(fx.request(QStringLiteral("1.000000001")).error().code, ErrorCode::BadInput); // more decimals than BTC has
        QCOMPARE(fx.request(QStringLiteral("1"), QStringLiteral("bc1qnotanaddress")).error().code, ErrorCode::BadInput);
        QCOMPARE(fx.request(QStringLiteral("1"), kDestEth).error().code, ErrorCode::BadInput); // an EVM address for bitcoin
        QCOMPARE(fx.request(QStringLiteral("1"), kDestBtc, QStringLiteral("bitcoin:BTC"), fx.bob.get()).error().code, ErrorCode::Denied);
    }

    void sourceIsNeverAFirmAddress()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        auto w = fx.request(QStringLiteral("1"));
        QCOMPARE(w->source, kC1Btc); // the client's own segregated address
        auto firm = requestWithdrawal(*fx.olga, WithdrawalInput{QStringLiteral("C1"), QStringLiteral("bitcoin:BTC"), QStringLiteral("1"), kDestBtc, kFirmBtc});
        QCOMPARE(firm.error().code, ErrorCode::Found);
        QVERIFY(firm.message().contains(QStringLiteral("firm address")));
        // C2 has no address of its own: an omnibus address on a client key set is the source.
        QCOMPARE(fx.request(QStringLiteral("1"), kDestBtc, QStringLiteral("bitcoin:BTC"), nullptr, QStringLiteral("C2")).error().code, ErrorCode::Found);
        QVERIFY(ledger::addAddress(*fx.admin, {QStringLiteral("bitcoin"), QStringLiteral("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y"),
                                               QStringLiteral("omnibus"), QStringLiteral("vault"), QStringLiteral("pool")}).ok());
        QVERIFY(ledger::importMovements(*fx.olga, fx.writeFile(QStringLiteral("c2.csv"), QByteArray(kMovementsHeader) +
                 "C2,bitcoin:BTC,2,deposit,2026-01-02T00:00:00Z,bitcoin,bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y,"
                 + btcTx(9) + ",101\n")).ok());
        auto pooled = fx.request(QStringLiteral("1"), kDestBtc, QStringLiteral("bitcoin:BTC"), nullptr, QStringLiteral("C2"));
        QVERIFY2(pooled.ok(), qPrintable(pooled.message()));
        QVERIFY(pooled->source.startsWith(QStringLiteral("bc1pw508")));
        // Another client's segregated address is refused as a source.
        auto foreign = requestWithdrawal(*fx.olga, WithdrawalInput{QStringLiteral("C2"), QStringLiteral("bitcoin:BTC"), QStringLiteral("0.5"), kDestBtc, kC1Btc});
        QCOMPARE(foreign.error().code, ErrorCode::Found);
    }

    void velocityOverARollingWindow()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        ClockGuard clock(QStringLiteral("2026-03-02T09:00:00Z"));
        QVERIFY(fx.policy(R"({"rules": [{"approvals": 1}, {"asset": "bitcoin:BTC", "min_amount": "100", "approvals": 3}],
                              "velocity": [{"client": "*", "asset": "bitcoin:BTC", "window_hours": 24, "limit": "5", "over": "refuse"}]})"));
        QVERIFY(fx.request(QStringLiteral("3")).ok());
        advanceClockOverride(12 * 3600);
        auto second = fx.request(QStringLiteral("2.5"));
        QCOMPARE(second.error().code, ErrorCode::Found);
        QVERIFY2(second.message().contains(QStringLiteral("velocity limit 1")), qPrintable(second.message()));
        QVERIFY(fx.request(QStringLiteral("2")).ok()); // 5 in 24 h is the limit, not above it
        advanceClockOverride(12 * 3600 + 1);           // the first request left the window
        QVERIFY(fx.request(QStringLiteral("2.5")).ok());

        // "higher-tier": the next tier of the rules (3 approvals here) instead of a refusal.
        QVERIFY(fx.policy(R"({"rules": [{"approvals": 1}, {"asset": "bitcoin:BTC", "min_amount": "100", "approvals": 3}],
                              "velocity": [{"asset": "bitcoin:BTC", "window_hours": 1, "limit": "0.5", "over": "higher-tier"}]})"));
        advanceClockOverride(3600);
        auto low = fx.request(QStringLiteral("0.5"));
        QCOMPARE(low->needs, 1);
        auto high = fx.request(QStringLiteral("0.5"));
        QVERIFY(high.ok());
        QCOMPARE(high->needs, 3);
    }

    void velocityInEurAcrossAssets()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(ledger::importPrices(*fx.olga, fx.writeFile(QStringLiteral("p.csv"), "asset,date,currency,price\n"
                                                                                      "bitcoin:BTC,2026-01-01,EUR,1000\n"
                                                                                      "ethereum:ETH,2026-01-01,EUR,100\n")).ok());
        QVERIFY(fx.policy(R"({"velocity": [{"window_hours": 24, "limit": "2000"}]})"));
        QVERIFY(fx.request(QStringLiteral("1.5")).ok());                                       // 1,500 EUR
        QVERIFY(fx.request(QStringLiteral("5"), kDestEth, QStringLiteral("ethereum:ETH")).ok()); // +500 = 2,000
        auto over = fx.request(QStringLiteral("0.01"), kDestEth, QStringLiteral("ethereum:ETH"));
        QCOMPARE(over.error().code, ErrorCode::Found);
        QVERIFY(over.message().contains(QStringLiteral("2001 EUR")));
    }

    void deskHoursExtraApproverOrWait()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        // Monday 2 March 2026: Berlin is UTC+1. 06:30 UTC is 07:30 in Berlin, before the desk opens.
        ClockGuard clock(QStringLiteral("2026-03-02T06:30:00Z"));
        QVERIFY(fx.policy(R"({"rules": [{"approvals": 1}], "desk_hours": {"from": "08:00", "to": "18:00", "time_zone": "Europe/Berlin", "outside": "extra-approver"}})"));
        auto outside = fx.request(QStringLiteral("1"));
        QVERIFY2(outside.ok(), qPrintable(outside.message()));
        QCOMPARE(outside->needs, 2);
        setClockOverride(fromIsoUtc(QStringLiteral("2026-03-02T07:00:00Z"))); // 08:00 Berlin
        QCOMPARE(fx.request(QStringLiteral("1"))->needs, 1);
        setClockOverride(fromIsoUtc(QStringLiteral("2026-03-02T16:59:59Z")));
        QCOMPARE(fx.request(QStringLiteral("1"))->needs, 1);
        setClockOverride(fromIsoUtc(QStringLiteral("2026-03-02T17:00:00Z"))); // 18:00 Berlin: closed
        QCOMPARE(fx.request(QStringLiteral("1"))->needs, 2);
        // Summer time: 1 July, Berlin is UTC+2, so 06:30 UTC is 08:30 there: open.
        setClockOverride(fromIsoUtc(QStringLiteral("2026-07-01T06:30:00Z")));
        QCOMPARE(fx.request(QStringLiteral("1"))->needs, 1);

        QVERIFY(fx.policy(R"({"rules": [{"approvals": 1}], "desk_hours": {"from": "08:00", "to": "18:00", "time_zone": "Europe/Berlin", "outside": "wait", "days": ["mon","tue","wed","thu","fri"]}})"));
        setClockOverride(fromIsoUtc(QStringLiteral("2026-03-06T18:00:00Z"))); // Friday 19:00 Berlin
        auto waits = fx.request(QStringLiteral("1"));
        QVERIFY2(waits.ok(), qPrintable(waits.message()));
        QCOMPARE(waits->needs, 1);
        QCOMPARE(waits->notBefore, QStringLiteral("2026-03-09T07:00:00Z")); // Monday 08:00 Berlin
        QCOMPARE(waits->expiresAt, QStringLiteral("2026-03-10T07:00:00Z"));  // validity runs from the opening
        auto early = fx.approve(*fx.bob, waits->id);
        QCOMPARE(early.error().code, ErrorCode::Found);
        QVERIFY(early.message().contains(QStringLiteral("2026-03-09T07:00:00Z")));
        setClockOverride(fromIsoUtc(QStringLiteral("2026-03-09T07:00:00Z")));
        QCOMPARE(fx.approve(*fx.bob, waits->id)->status, QStringLiteral("approved"));
    }

    void whitelistQuorumAndCoolingOff()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        ClockGuard clock(QStringLiteral("2026-03-02T09:00:00Z"));
        QVERIFY(fx.policy(R"({"whitelist": {"required": true, "cooling_off_hours": 24, "admin_approvals": 2}})"));
        auto none = fx.request(QStringLiteral("1"));
        QCOMPARE(none.error().code, ErrorCode::Found);
        QVERIFY(none.message().contains(QStringLiteral("not whitelisted")));

        auto e = proposeWhitelistEntry(*fx.olga, QStringLiteral("C1"), QStringLiteral("bitcoin"), kDestBtc, QStringLiteral("Anna's bank"));
        QVERIFY2(e.ok(), qPrintable(e.message()));
        QCOMPARE(e->needs, 2);
        QCOMPARE(proposeWhitelistEntry(*fx.bob, QStringLiteral("C1"), QStringLiteral("bitcoin"), kDestBtc2, {}).error().code, ErrorCode::Denied);
        QCOMPARE(proposeWhitelistEntry(*fx.olga, QStringLiteral("C1"), QStringLiteral("bitcoin"), kDestBtc, {}).error().code, ErrorCode::BadInput);
        QCOMPARE(approveWhitelistEntry(*fx.olga, e->id).error().code, ErrorCode::Denied);
        QVERIFY(fx.request(QStringLiteral("1")).message().contains(QStringLiteral("not yet approved")));
        QCOMPARE(approveWhitelistEntry(*fx.admin, e->id)->status, QStringLiteral("proposed"));
        QCOMPARE(approveWhitelistEntry(*fx.admin, e->id).error().code, ErrorCode::Found); // the same admin twice
        advanceClockOverride(3600);
        auto quorum = approveWhitelistEntry(*fx.dan, e->id);
        QCOMPARE(quorum->status, QStringLiteral("approved"));
        QCOMPARE(quorum->usableFrom, QStringLiteral("2026-03-03T10:00:00Z")); // from the quorum, not the proposal
        QCOMPARE(quorum->approvedBy, (QStringList{QStringLiteral("alice"), QStringLiteral("dan")}));

        auto cooling = fx.request(QStringLiteral("1"));
        QCOMPARE(cooling.error().code, ErrorCode::Found);
        QVERIFY(cooling.message().contains(QStringLiteral("cooling-off period until 2026-03-03T10:00:00Z")));
        setClockOverride(fromIsoUtc(QStringLiteral("2026-03-03T10:00:00Z")));
        QVERIFY(fx.request(QStringLiteral("1")).ok());

        // An admin who proposed an entry never approves it.
        auto own = proposeWhitelistEntry(*fx.dan, QStringLiteral("C1"), QStringLiteral("bitcoin"), kDestBtc2, {});
        QCOMPARE(approveWhitelistEntry(*fx.dan, own->id).error().code, ErrorCode::Denied);
        QCOMPARE(listWhitelist(*fx.bob, QStringLiteral("C1"))->size(), 2);
        QCOMPARE(listWhitelist(*fx.bob, QStringLiteral("C2"))->size(), 0);
    }

    void freezeAndTheTwoAdminUnfreeze()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        auto before = fx.request(QStringLiteral("1"));
        auto approvedBefore = fx.request(QStringLiteral("1"));
        QVERIFY(fx.approve(*fx.bob, approvedBefore->id).ok());
        QCOMPARE(freezeWithdrawals(*fx.olga, QStringLiteral("C1"), {}, QStringLiteral("court order")).error().code, ErrorCode::Denied);
        QCOMPARE(freezeWithdrawals(*fx.admin, QStringLiteral("C1"), {}, QString()).error().code, ErrorCode::BadInput);
        auto f = freezeWithdrawals(*fx.admin, QStringLiteral("C1"), {}, QStringLiteral("court order 17/2026"));
        QVERIFY(f.ok());
        QCOMPARE(f->scope(), QStringLiteral("client C1"));

        auto refused = fx.request(QStringLiteral("1"));
        QCOMPARE(refused.error().code, ErrorCode::Found);
        QVERIFY(refused.message().contains(QStringLiteral("court order 17/2026")));
        QCOMPARE(fx.approve(*fx.bob, before->id).error().code, ErrorCode::Found);
        QCOMPARE(exportBundle(*fx.olga, approvedBefore->id, fx.dir.filePath(QStringLiteral("b.json"))).error().code, ErrorCode::Found);
        QCOMPARE(markExecuted(*fx.olga, approvedBefore->id, QString::fromLatin1(btcTx(5))).error().code, ErrorCode::Found);
        QVERIFY(fx.request(QStringLiteral("1"), kDestBtc, QStringLiteral("bitcoin:BTC"), nullptr, QStringLiteral("C2")).message()
                    .contains(QStringLiteral("no address"))); // other clients are not frozen

        auto first = unfreezeWithdrawals(*fx.admin, f->id);
        QVERIFY(first->active());
        QCOMPARE(first->unfreezeBy, QStringLiteral("alice"));
        QCOMPARE(unfreezeWithdrawals(*fx.admin, f->id).error().code, ErrorCode::Denied); // the same admin again
        QCOMPARE(fx.request(QStringLiteral("1")).error().code, ErrorCode::Found);       // still frozen
        auto lifted = unfreezeWithdrawals(*fx.dan, f->id);
        QVERIFY(!lifted->active());
        QCOMPARE(lifted->liftedBy, QStringLiteral("dan"));
        QCOMPARE(unfreezeWithdrawals(*fx.dan, f->id).error().code, ErrorCode::BadInput);
        QCOMPARE(fx.approve(*fx.bob, before->id)->status, QStringLiteral("approved"));
        QVERIFY(fx.request(QStringLiteral("1")).ok());

        // An asset freeze and a freeze of everything.
        auto eth = freezeWithdrawals(*fx.dan, {}, QStringLiteral("ethereum:ETH"), QStringLiteral("node incident"));
        QCOMPARE(fx.request(QStringLiteral("1"), kDestEth, QStringLiteral("ethereum:ETH")).error().code, ErrorCode::Found);
        QVERIFY(fx.request(QStringLiteral("1")).ok());
        auto all = freezeWithdrawals(*fx.dan, {}, {}, QStringLiteral("key ceremony"));
        QCOMPARE(all->scope(), QStringLiteral("all withdrawals"));
        QCOMPARE(fx.request(QStringLiteral("1")).error().code, ErrorCode::Found);
        QCOMPARE(listFreezes(*fx.bob, true)->size(), 2);
        QCOMPARE(listFreezes(*fx.bob, false)->size(), 3);
    }

    void screeningHitBlocksUntilComplianceDecides()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(ledger::importScreening(*fx.carl, fx.writeFile(QStringLiteral("s.csv"), "chain,address,list,reason\nbitcoin,"
                                                                 + kDestBtc2.toLatin1() + ",OFAC-SDN,Lazarus Group wallet\n")).ok());
        auto w = fx.request(QStringLiteral("2"), kDestBtc2);
        QVERIFY2(w.ok(), qPrintable(w.message()));
        QCOMPARE(w->status, QStringLiteral("blocked"));
        QCOMPARE(w->screeningResult.value(QStringLiteral("hit")).toBool(), true);
        QCOMPARE(w->screeningResult.value(QStringLiteral("hits")).toArray().at(0).toObject().value(QStringLiteral("list")).toString(),
                 QStringLiteral("OFAC-SDN"));
        auto blocked = fx.approve(*fx.bob, w->id);
        QCOMPARE(blocked.error().code, ErrorCode::Found);
        QVERIFY(blocked.message().contains(QStringLiteral("OFAC-SDN")));
        QCOMPARE(recordScreeningDecision(*fx.olga, w->id, QStringLiteral("release"), QStringLiteral("checked with the client")).error().code,
                 ErrorCode::Denied);
        QCOMPARE(recordScreeningDecision(*fx.carl, w->id, QStringLiteral("release"), QStringLiteral("ok")).error().code, ErrorCode::BadInput);
        auto released = recordScreeningDecision(*fx.carl, w->id, QStringLiteral("release"),
                                                QStringLiteral("false positive: list entry delisted on 2026-02-01, ticket CMP-88"));
        QVERIFY2(released.ok(), qPrintable(released.message()));
        QCOMPARE(released->status, QStringLiteral("pending"));
        QCOMPARE(released->complianceBy, QStringLiteral("carl"));
        QVERIFY(released->screeningResult.value(QStringLiteral("hit")).toBool()); // the block stays visible
        QCOMPARE(recordScreeningDecision(*fx.carl, w->id, QStringLiteral("reject"), QStringLiteral("changed my mind entirely")).error().code,
                 ErrorCode::Found);
        QCOMPARE(fx.approve(*fx.bob, w->id)->status, QStringLiteral("approved"));

        auto second = fx.request(QStringLiteral("1"), kDestBtc2);
        auto rejected = recordScreeningDecision(*fx.carl, second->id, QStringLiteral("reject"), QStringLiteral("confirmed sanctioned counterparty"));
        QCOMPARE(rejected->status, QStringLiteral("rejected"));
        QCOMPARE(fx.approve(*fx.bob, second->id).error().code, ErrorCode::Found);
        QCOMPARE(findWithdrawal(*fx.bob, second->id)->complianceDecision, QStringLiteral("reject"));

        // Deposit counterparties reported by a chain source are screened too.
        chain::Transfer in{QString::fromLatin1(btcTx(7)), 120, kC1Btc, QStringLiteral("bitcoin:BTC"), Amount::fromBaseUnits(1000), kDestBtc2};
        chain::Transfer noCounterparty{QString::fromLatin1(btcTx(8)), 121, kC1Btc, QStringLiteral("bitcoin:BTC"), Amount::fromBaseUnits(5), {}};
        qint64 unscreened = 0;
        auto hits = screening::screenDepositSources(*fx.carl, QStringLiteral("bitcoin"), {in, noCounterparty}, &unscreened);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().hits.first().list, QStringLiteral("OFAC-SDN"));
        QCOMPARE(unscreened, 1);

        // Reconciliation screens the deposit sources the chain names, and records each hit once.
        TransfersSource src;
        src.list = {in, noCounterparty};
        reconcile::RunOptions o;
        o.sourceLabel = QStringLiteral("scripted");
        o.height = 150;
        QVERIFY(reconcile::runReconciliation(*fx.olga, *chain::networkByName(QStringLiteral("bitcoin")), src, o).ok());
        QVERIFY(reconcile::runReconciliation(*fx.olga, *chain::networkByName(QStringLiteral("bitcoin")), src, o).ok());
        auto recorded = screening::depositHits(*fx.carl);
        QCOMPARE(recorded->size(), 1);
        QCOMPARE(recorded->first().counterparty, kDestBtc2);
        QCOMPARE(recorded->first().txHash, QString::fromLatin1(btcTx(7)));
        QCOMPARE(recorded->first().list, QStringLiteral("OFAC-SDN"));
        QCOMPARE(count(*fx.admin, "SELECT COUNT(*) FROM audit_log WHERE action = 'screening.deposit_hit'"), 1);
    }

    void executionRecordsTheMovementAndReconciliationChecksIt()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        auto w = fx.request(QStringLiteral("2.5"));
        QCOMPARE(markExecuted(*fx.olga, w->id, QString::fromLatin1(btcTx(5))).error().code, ErrorCode::Found); // not approved
        QVERIFY(fx.approve(*fx.bob, w->id).ok());
        QCOMPARE(markExecuted(*fx.olga, w->id, QStringLiteral("0xnothex")).error().code, ErrorCode::BadInput);
        QCOMPARE(markExecuted(*fx.bob, w->id, QString::fromLatin1(btcTx(5))).error().code, ErrorCode::Denied);
        auto done = markExecuted(*fx.olga, w->id, QString::fromLatin1(btcTx(5)), 130);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(done->status, QStringLiteral("executed"));
        QVERIFY(done->movementId.has_value());
        QCOMPARE(positionOf(*fx.bob, QStringLiteral("C1"), QStringLiteral("bitcoin:BTC")), *Amount::parse(QStringLiteral("7.5"), 8));
        auto mv = fx.admin->db().prepare("SELECT amount, kind, withdrawal_id, tx_hash, block_height FROM movements WHERE id = ?");
        mv->bind(1, *done->movementId);
        QVERIFY(mv->step().value());
        QCOMPARE(mv->columnText(0), QStringLiteral("-250000000"));
        QCOMPARE(mv->columnText(1), QStringLiteral("withdrawal"));
        QCOMPARE(mv->columnInt(2), w->id);
        QCOMPARE(mv->columnInt(4), 130);
        mv->reset(); // end this connection's read snapshot before others write
        QCOMPARE(markExecuted(*fx.olga, w->id, QString::fromLatin1(btcTx(6))).error().code, ErrorCode::Found); // once only
        QVERIFY(withdrawalFindings(*fx.carl)->isEmpty());
        // The executed request no longer reserves: the position already fell by 2.5.
        QVERIFY(fx.request(QStringLiteral("7.5")).ok());

        // Reconciliation: a transfer with that tx must send the approved amount to the destination.
        chain::Transfer good{QString::fromLatin1(btcTx(5)), 130, kC1Btc, QStringLiteral("bitcoin:BTC"), *Amount::parse(QStringLiteral("-2.5"), 8), kDestBtc};
        QVERIFY(checkWithdrawalTransfers(*fx.carl, {good})->isEmpty());
        chain::Transfer bad = good;
        bad.amount = *Amount::parse(QStringLiteral("-3"), 8);
        bad.counterparty = kDestBtc2;
        QCOMPARE(checkWithdrawalTransfers(*fx.carl, {bad})->size(), 2);

        // An edited request (destination changed after signing) no longer verifies.
        const Status edited = fx.admin->db().exec(("UPDATE withdrawals SET destination = '" + kDestBtc2 + "' WHERE id = " + QString::number(w->id)).toUtf8().constData());
        QVERIFY2(edited.ok(), qPrintable(edited.message()));
        auto findings = withdrawalFindings(*fx.carl);
        QVERIFY(findings.ok());
        QStringList rules;
        for (const WithdrawalFinding &f : *findings)
            rules << f.rule;
        QVERIFY2(rules.contains(QStringLiteral("approval-signature-invalid")), qPrintable(rules.join(QLatin1Char(','))));
        QVERIFY(rules.contains(QStringLiteral("approvals-missing")));
        // A withdrawal marked executed without any approval, and a movement without a withdrawal.
        auto unapproved = fx.request(QStringLiteral("1"), kDestEth, QStringLiteral("ethereum:ETH"));
        QVERIFY(fx.admin->db().exec(("UPDATE withdrawals SET status = 'executed' WHERE id = " + QString::number(unapproved->id)).toUtf8().constData()).ok());
        QVERIFY(fx.admin->db().exec("UPDATE movements SET withdrawal_id = 999 WHERE id = 1").ok());
        findings = withdrawalFindings(*fx.carl);
        int missing = 0, orphan = 0, mismatch = 0;
        for (const WithdrawalFinding &f : *findings) {
            missing += f.rule == QLatin1String("approvals-missing") && f.withdrawalId == unapproved->id;
            mismatch += f.rule == QLatin1String("movement-mismatch") && f.withdrawalId == unapproved->id;
            orphan += f.rule == QLatin1String("movement-without-withdrawal");
        }
        QCOMPARE(missing, 1);
        QCOMPARE(mismatch, 1);
        QCOMPARE(orphan, 1);
    }

    void inboxListsWhatTheUserMaySign()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.policy(R"({"rules": [{"approvals": 2}]})"));
        auto a = fx.request(QStringLiteral("1"));
        auto b = fx.request(QStringLiteral("1"));
        QCOMPARE(approvalInbox(*fx.bob)->size(), 2);
        QVERIFY(fx.approve(*fx.bob, a->id).ok());
        QCOMPARE(approvalInbox(*fx.bob)->size(), 1);
        QCOMPARE(approvalInbox(*fx.cara)->size(), 2);
        QCOMPARE(approvalInbox(*fx.olga)->size(), 0);
        WithdrawalFilter f;
        f.status = QStringLiteral("pending");
        QCOMPARE(listWithdrawals(*fx.carl, f)->size(), 2);
        f.status = QStringLiteral("approved");
        QCOMPARE(listWithdrawals(*fx.carl, f)->size(), 0);
        QCOMPARE(b->stillNeeded(), 2);
    }
};

QTEST_GUILESS_MAIN(TestApprovalControls)
#include "TestApprovalControls.moc"
