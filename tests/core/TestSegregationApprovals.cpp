// The segregation rules over the approval workflow: a policy rule whose quorum fewer distinct
// people than it names could meet, and executed withdrawals without their approvals or not as
// approved. Each fires on a register built for it and stays silent on a sound one.

#include "ApprovalsSupport.h"

#include "approvals/Execution.h"
#include "segregation/Segregation.h"

#include <QTest>

using namespace custos;
using namespace custos::test;

namespace {

QStringList findingsOf(reg::Register &r, const char *rule)
{
    auto report = segregation::runCheck(r);
    if (!report.ok())
        qFatal("%s", qPrintable(report.message()));
    QStringList out;
    for (const segregation::Finding &f : std::as_const(report->findings))
        if (f.rule == QLatin1String(rule))
            out << f.subject + QStringLiteral(": ") + f.detail;
    return out;
}

} // namespace

class TestSegregationApprovals : public QObject {
    Q_OBJECT

private slots:
    void quorumMetByEnoughPeopleIsSilent()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        // The built-in default is not a named policy: nothing to check yet.
        QVERIFY(findingsOf(*fx.carl, "policy-quorum-undermanned").isEmpty());
        QVERIFY(fx.policy(R"({"rules": [{"client": "*", "asset": "*", "min_amount": "0", "approvals": 2, "role": "approver"}]})"));
        QVERIFY(findingsOf(*fx.carl, "policy-quorum-undermanned").isEmpty()); // bob and cara
    }

    void quorumAboveTheApproversFires()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.policy(R"({"rules": [{"client": "*", "asset": "*", "min_amount": "0", "approvals": 1, "role": "approver"},
                                        {"client": "*", "asset": "bitcoin:BTC", "min_amount": "5", "approvals": 3, "role": "approver"}]})"));
        const QStringList found = findingsOf(*fx.carl, "policy-quorum-undermanned");
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(QStringLiteral("rules[1]")), qPrintable(found.first()));
        QVERIFY2(found.first().contains(QStringLiteral("only 2 distinct people")), qPrintable(found.first()));
        // A third approver makes the rule reachable.
        QVERIFY(fx.add("dora", reg::Role::Approver));
        QVERIFY(findingsOf(*fx.carl, "policy-quorum-undermanned").isEmpty());
    }

    void approverSharingAKeyCountsOnce()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.policy(R"({"rules": [{"client": "*", "asset": "*", "min_amount": "0", "approvals": 2, "role": "approver"}]})"));
        // An insider gives cara bob's signing key: two names, one signer.
        QVERIFY(fx.admin->db().exec("UPDATE users SET public_key = (SELECT public_key FROM users WHERE name = 'bob') WHERE name = 'cara'").ok());
        const QStringList found = findingsOf(*fx.carl, "policy-quorum-undermanned");
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(QStringLiteral("cara")), qPrintable(found.first()));
    }

    void executedWithdrawalsAsApprovedAreSilent()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        auto w = fx.request(QStringLiteral("2.5"));
        QVERIFY(w.ok());
        QVERIFY(fx.approve(*fx.bob, w->id).ok());
        QVERIFY(approvals::markExecuted(*fx.olga, w->id, QString::fromLatin1(btcTx(5)), 130).ok());
        QVERIFY(findingsOf(*fx.carl, "withdrawal-without-approvals").isEmpty());
        QVERIFY(findingsOf(*fx.carl, "withdrawal-not-as-approved").isEmpty());
    }

    void executedWithoutApprovalsOrNotAsApprovedFires()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        auto w = fx.request(QStringLiteral("2.5"));
        QVERIFY(fx.approve(*fx.bob, w->id).ok());
        QVERIFY(approvals::markExecuted(*fx.olga, w->id, QString::fromLatin1(btcTx(5)), 130).ok());
        // The approval disappears, and another request is marked executed with none at all.
        QVERIFY(fx.admin->db().exec(("DELETE FROM withdrawal_approvals WHERE withdrawal_id = " + QString::number(w->id)).toUtf8().constData()).ok());
        auto unapproved = fx.request(QStringLiteral("1"), kDestEth, QStringLiteral("ethereum:ETH"));
        QVERIFY(unapproved.ok());
        QVERIFY(fx.admin->db().exec(("UPDATE withdrawals SET status = 'executed' WHERE id = " + QString::number(unapproved->id)).toUtf8().constData()).ok());
        const QStringList missing = findingsOf(*fx.carl, "withdrawal-without-approvals");
        QCOMPARE(missing.size(), 2);
        QVERIFY(missing.join(QLatin1Char('\n')).contains(QStringLiteral("withdrawal:%1").arg(w->id)));
        QVERIFY(missing.join(QLatin1Char('\n')).contains(QStringLiteral("withdrawal:%1").arg(unapproved->id)));
        // The second has no movement: not as approved either.
        const QStringList mismatch = findingsOf(*fx.carl, "withdrawal-not-as-approved");
        QVERIFY2(mismatch.join(QLatin1Char('\n')).contains(QStringLiteral("withdrawal:%1").arg(unapproved->id)), qPrintable(mismatch.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSegregationApprovals)
#include "TestSegregationApprovals.moc"
