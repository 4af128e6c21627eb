#pragma once
// Shared set-up for the approval tests: a register with an admin (alice), a second admin (dan),
// an operator (olga), a second operator (otto), two approvers (bob, cara) and a compliance officer
// (carl); client C1 holding 10 BTC and 100 ETH on its own addresses; a firm BTC address.

#include "Support.h"

#include "approvals/Policy.h"
#include "approvals/Withdrawals.h"
#include "ledger/Import.h"
#include "util/Time.h"

namespace custos::test {

inline const QString kC1Btc = QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
inline const QString kFirmBtc = QStringLiteral("bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3");
inline const QString kDestBtc = QStringLiteral("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2");
inline const QString kDestBtc2 = QStringLiteral("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy");
inline const QString kDestEth = QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");

struct ApprovalsFixture : RegisterFixture {
    std::unique_ptr<reg::Register> olga, otto, bob, cara, carl, dan;

    static QByteArray pw(const char *name) { return QByteArray(name) + "-password-1"; }

    std::unique_ptr<reg::Register> add(const char *name, reg::Role role)
    {
        if (!admin->addUser(QLatin1String(name), role, pw(name)).ok())
            return nullptr;
        return openAs(name);
    }

    std::unique_ptr<reg::Register> openAs(const char *name)
    {
        auto r = reg::Register::open(path, QLatin1String(name), pw(name));
        return r.ok() ? std::move(*r) : nullptr;
    }

    bool setUp()
    {
        if (!create() || !addBasics())
            return false;
        olga = add("olga", reg::Role::Operator);
        otto = add("otto", reg::Role::Operator);
        bob = add("bob", reg::Role::Approver);
        cara = add("cara", reg::Role::Approver);
        carl = add("carl", reg::Role::Compliance);
        dan = add("dan", reg::Role::Admin);
        if (!olga || !otto || !bob || !cara || !carl || !dan)
            return false;
        const QByteArray csv = QByteArray(kMovementsHeader) + "C1,bitcoin:BTC,10,deposit,2026-01-01T00:00:00Z,bitcoin," + kC1Btc.toLatin1()
            + "," + btcTx(1) + ",100\n" + "C1,ethereum:ETH,100,deposit,2026-01-01T00:00:00Z,ethereum,0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed,"
            + ethTx(2) + ",200\n";
        auto imp = ledger::importMovements(*olga, writeFile(QStringLiteral("deposits.csv"), csv));
        if (!imp.ok())
            qWarning() << imp.message();
        return imp.ok();
    }

    bool policy(const QByteArray &json)
    {
        auto v = approvals::setPolicy(*admin, json);
        if (!v.ok())
            qWarning() << v.message();
        return v.ok();
    }

    Result<approvals::Withdrawal> request(const QString &amount, const QString &to = kDestBtc, const QString &asset = QStringLiteral("bitcoin:BTC"),
                                          reg::Register *maker = nullptr, const QString &client = QStringLiteral("C1"))
    {
        return approvals::requestWithdrawal(maker ? *maker : *olga, approvals::WithdrawalInput{client, asset, amount, to, {}});
    }

    static Result<approvals::Withdrawal> approve(reg::Register &r, qint64 id) { return approvals::approveWithdrawal(r, id, r.signingSeed()); }
};

// Pins the clock for one test and restores the system clock after it.
struct ClockGuard {
    explicit ClockGuard(const QString &iso) { setClockOverride(fromIsoUtc(iso)); }
    ~ClockGuard() { clearClockOverride(); }
    ClockGuard(const ClockGuard &) = delete;
    ClockGuard &operator=(const ClockGuard &) = delete;
};

} // namespace custos::test
