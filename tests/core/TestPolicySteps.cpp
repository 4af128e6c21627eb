// Policy steps as data (approvals::PolicyStep): every kind of step evaluatePolicy produces keeps
// the English wording the CLI prints, byte for byte; the data round-trips through the stored
// policy result, which the CLI still sees without it; requests stored before the data existed,
// or with data this build does not know, keep only their English steps.

#include "ApprovalsSupport.h"

#include "approvals/PolicyEval.h"
#include "approvals/Whitelist.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace custos;
using namespace custos::test;
using namespace custos::approvals;

namespace {

Policy parsed(const QByteArray &json)
{
    auto p = Policy::fromJson(json);
    if (!p.ok())
        qWarning() << p.message();
    return p.value_or(Policy());
}

RequestFacts facts(const QString &amount, std::optional<Decimal> eur = std::nullopt,
                   const QString &now = QStringLiteral("2026-03-02T09:00:00Z"))
{
    return RequestFacts{QStringLiteral("C1"), QStringLiteral("bitcoin:BTC"), 8, Amount::parse(amount, 8).value(), eur, fromIsoUtc(now)};
}

WindowLookup window(const QString &btc, std::optional<QString> eur = std::nullopt)
{
    return [=](int) -> Result<WindowTotals> {
        WindowTotals t;
        t.asset = Amount::parse(btc, 8).value();
        if (eur)
            t.eur = Decimal::parse(*eur).value();
        return t;
    };
}

Decimal dec(const char *text)
{
    return Decimal::parse(QLatin1String(text)).value();
}

} // namespace

class TestPolicySteps : public QObject {
    Q_OBJECT

private slots:
    // The English texts as the CLI printed them before steps became data.
    void englishWordingIsUnchanged()
    {
        const Policy tiers = parsed(R"({"rules": [{"client": "*", "asset": "*", "min_amount": "0", "approvals": 1},
                                                  {"client": "*", "asset": "*", "min_amount": "100000", "approvals": 3}],
                                        "velocity": [{"window_hours": 24, "limit": "2000000", "over": "refuse"}]})");
        Evaluation e =
            evaluatePolicy(tiers, facts(QStringLiteral("2"), dec("146183.85646")), window(QStringLiteral("0"), QStringLiteral("1500")));
        QVERIFY(!e.refused);
        QCOMPARE(e.stepTexts(),
                 (QStringList{QStringLiteral("rule 2 (client *, asset *, from 100000 EUR): 3 of role approver"),
                              QStringLiteral("velocity limit 1 (2000000 EUR in 24 h): 147683.85646 EUR with this request, within")}));
        QCOMPARE(e.steps.at(0).code, StepCode::Tier);
        QCOMPARE(e.steps.at(1).code, StepCode::VelocityWithin);

        const Policy named = parsed(R"({"rules": [{"client": "C1", "asset": "bitcoin:BTC", "min_amount": "0.5", "approvals": 2,
                                                   "approvers": ["bob", "cara"]}],
                                        "velocity": [{"asset": "bitcoin:BTC", "window_hours": 1, "limit": "0.5", "over": "higher-tier"}]})");
        e = evaluatePolicy(named, facts(QStringLiteral("1")), window(QStringLiteral("0")));
        QVERIFY(e.refused); // higher tier needs 3, but only two approvers are named
        QCOMPARE(e.stepTexts(),
                 (QStringList{QStringLiteral("rule 1 (client C1, asset bitcoin:BTC, from 0.5): 2 of bob, cara"),
                              QStringLiteral("velocity limit 1 (0.5 bitcoin:BTC in 1 h) exceeded (1 bitcoin:BTC with this "
                                             "request): higher tier, 3 approvals"),
                              QStringLiteral("refused: the policy needs 3 approvals but names only 2 approvers (bob, cara)")}));
        QCOMPARE(e.steps.at(2).code, StepCode::Refused);

        const Policy none = parsed(R"({"rules": [{"client": "C9", "approvals": 2}],
                                       "velocity": [{"asset": "bitcoin:BTC", "window_hours": 24, "limit": "5"}],
                                       "desk_hours": {"from": "08:00", "to": "18:00", "time_zone": "Europe/Berlin", "outside": "wait"}})");
        e = evaluatePolicy(none, facts(QStringLiteral("1.5"), std::nullopt, QStringLiteral("2026-03-02T06:30:00Z")),
                           window(QStringLiteral("3")));
        QCOMPARE(e.stepTexts(),
                 (QStringList{QStringLiteral("no rule matches 1.5 bitcoin:BTC for client C1: 1 approval of role approver"),
                              QStringLiteral("velocity limit 1 (5 bitcoin:BTC in 24 h): 4.5 bitcoin:BTC with this request, within"),
                              QStringLiteral("outside desk hours (08:00-18:00 Europe/Berlin): approvals from 2026-03-02T07:00:00Z")}));
        e = evaluatePolicy(none, facts(QStringLiteral("2.5")), window(QStringLiteral("3")));
        QVERIFY(e.refused);
        QCOMPARE(e.stepTexts().last(),
                 QStringLiteral("refused: velocity limit 1 (5 bitcoin:BTC in 24 h) would be exceeded: 5.5 bitcoin:BTC "
                                "with this request for client C1"));
        QCOMPARE(
            e.reason,
            QStringLiteral("velocity limit 1 (5 bitcoin:BTC in 24 h) would be exceeded: 5.5 bitcoin:BTC with this request for client C1"));

        const Policy desk = parsed(R"({"rules": [{"approvals": 1}],
                                       "desk_hours": {"from": "08:00", "to": "18:00", "time_zone": "Europe/Berlin", "outside": "extra-approver"}})");
        e = evaluatePolicy(desk, facts(QStringLiteral("1"), std::nullopt, QStringLiteral("2026-03-02T06:30:00Z")),
                           window(QStringLiteral("0")));
        QCOMPARE(e.stepTexts().last(), QStringLiteral("outside desk hours (08:00-18:00 Europe/Berlin): one extra approver, 2 approvals"));
        QCOMPARE(e.needs, 2);
        e = evaluatePolicy(desk, facts(QStringLiteral("1"), std::nullopt, QStringLiteral("2026-03-02T09:00:00Z")),
                           window(QStringLiteral("0")));
        QCOMPARE(e.stepTexts().last(), QStringLiteral("inside desk hours"));

        QCOMPARE((PolicyStep{StepCode::Whitelisted, {QStringLiteral("4"), QStringLiteral("2026-03-01T09:00:00Z")}}.text()),
                 QStringLiteral("destination whitelisted (entry 4, usable since 2026-03-01T09:00:00Z)"));
        QCOMPARE((PolicyStep{StepCode::Available, {}}.text()), QStringLiteral("not frozen; within the available balance"));
    }

    void stepsRoundTripAsJson()
    {
        const PolicyStep tier{StepCode::Tier,
                              {QStringLiteral("2"), QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("100000"),
                               QStringLiteral("EUR"), QStringLiteral("3"), QStringLiteral("approver"), QString()}};
        const QJsonObject o = tier.toJson();
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("tier"));
        const auto back = PolicyStep::fromJson(o);
        QVERIFY(back);
        QCOMPARE(back->code, StepCode::Tier);
        QCOMPARE(back->args, tier.args);
        QCOMPARE(back->text(), tier.text());
        for (int c = 0; c <= int(StepCode::Refused); ++c)
            QVERIFY(!stepCodeName(StepCode(c)).isEmpty());

        // Refused: an unknown code, a wrong number of arguments, an argument that is not text.
        QVERIFY(!PolicyStep::fromJson(
            QJsonObject{{QStringLiteral("code"), QStringLiteral("tier_v2")}, {QStringLiteral("args"), o.value(QStringLiteral("args"))}}));
        QVERIFY(!PolicyStep::fromJson(
            QJsonObject{{QStringLiteral("code"), QStringLiteral("tier")}, {QStringLiteral("args"), QJsonArray{QStringLiteral("2")}}}));
        QJsonArray numbers = o.value(QStringLiteral("args")).toArray();
        numbers[0] = 2;
        QVERIFY(!PolicyStep::fromJson(QJsonObject{{QStringLiteral("code"), QStringLiteral("tier")}, {QStringLiteral("args"), numbers}}));
    }

    // The request stores its steps both ways; loading hands the data to policySteps and leaves
    // policyResult exactly as the CLI contract shows it.
    void requestKeepsStepsAsDataOutOfTheCliResult()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(ledger::importPrices(*fx.olga, fx.writeFile(QStringLiteral("p.csv"), "asset,date,currency,price\n"
                                                                                     "bitcoin:BTC,2026-01-01,EUR,97455.9043066\n"))
                    .ok());
        QVERIFY(fx.policy(R"({"rules": [{"approvals": 1}, {"min_amount": "100000", "approvals": 2}],
                              "velocity": [{"window_hours": 24, "limit": "500000"}]})"));
        auto w = fx.request(QStringLiteral("1.5"));
        QVERIFY2(w.ok(), qPrintable(w.message()));
        QCOMPARE(w->eurValue, QStringLiteral("146183.8564599"));
        QVERIFY(!w->policyResult.contains(QStringLiteral("step_data")));
        const QJsonArray english = w->policyResult.value(QStringLiteral("steps")).toArray();
        QCOMPARE(w->policySteps.size(), english.size());
        QCOMPARE(w->policySteps.size(), 3);
        for (int i = 0; i < english.size(); ++i)
            QCOMPARE(w->policySteps.at(i).text(), english.at(i).toString());
        QCOMPARE(w->policySteps.at(0).code, StepCode::Tier);
        QCOMPARE(w->policySteps.at(0).arg(4), QStringLiteral("EUR"));
        QCOMPARE(w->policySteps.at(1).code, StepCode::VelocityWithin);
        QCOMPARE(w->policySteps.at(1).arg(4), QStringLiteral("146183.8564599"));
        QCOMPARE(w->policySteps.last().code, StepCode::Available);
        QCOMPARE(english.last().toString(), QStringLiteral("not frozen; within the available balance"));

        auto stored = fx.admin->db().prepare("SELECT policy_result FROM withdrawals WHERE id = ?");
        QVERIFY(stored.ok());
        stored->bind(1, w->id);
        QVERIFY(stored->step().value());
        QJsonObject raw = QJsonDocument::fromJson(stored->columnText(0).toUtf8()).object();
        QCOMPARE(raw.value(QStringLiteral("step_data")).toArray().size(), 3);
        raw.remove(QStringLiteral("step_data"));
        QCOMPARE(raw, w->policyResult);

        // A request stored before steps were data: its English steps only.
        auto old = fx.admin->db().prepare("UPDATE withdrawals SET policy_result = ? WHERE id = ?");
        QVERIFY(old.ok());
        old->bind(1, QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact))).bind(2, w->id);
        QVERIFY(old->run().ok());
        auto reread = findWithdrawal(*fx.bob, w->id);
        QVERIFY(reread.ok());
        QVERIFY(reread->policySteps.isEmpty());
        QCOMPARE(reread->policyResult, w->policyResult);

        // Data from a later build (a code unknown here): not half-read, the English steps stay.
        QJsonObject later = raw;
        later.insert(QStringLiteral("step_data"), QJsonArray{PolicyStep{StepCode::Available, {}}.toJson(),
                                                             QJsonObject{{QStringLiteral("code"), QStringLiteral("moon_phase")},
                                                                         {QStringLiteral("args"), QJsonArray()}}});
        old->reset();
        old->bind(1, QString::fromUtf8(QJsonDocument(later).toJson(QJsonDocument::Compact))).bind(2, w->id);
        QVERIFY(old->run().ok());
        reread = findWithdrawal(*fx.bob, w->id);
        QVERIFY(reread.ok());
        QVERIFY(reread->policySteps.isEmpty());
        QCOMPARE(reread->policyResult, w->policyResult);
    }

    void whitelistStepIsData()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        ClockGuard clock(QStringLiteral("2026-03-02T09:00:00Z"));
        QVERIFY(fx.policy(R"({"rules": [{"approvals": 1}], "whitelist": {"required": true, "cooling_off_hours": 0}})"));
        auto entry = proposeWhitelistEntry(*fx.olga, QStringLiteral("C1"), QStringLiteral("bitcoin"), kDestBtc, QStringLiteral("Exchange"));
        QVERIFY2(entry.ok(), qPrintable(entry.message()));
        QVERIFY(approveWhitelistEntry(*fx.admin, entry->id).ok());
        auto w = fx.request(QStringLiteral("1"));
        QVERIFY2(w.ok(), qPrintable(w.message()));
        QCOMPARE(w->policySteps.first().code, StepCode::Whitelisted);
        QCOMPARE(w->policySteps.first().arg(0), QString::number(entry->id));
        QCOMPARE(w->policyResult.value(QStringLiteral("steps")).toArray().first().toString(),
                 QStringLiteral("destination whitelisted (entry %1, usable since 2026-03-02T09:00:00Z)").arg(entry->id));
    }
};

QTEST_GUILESS_MAIN(TestPolicySteps)
#include "TestPolicySteps.moc"
