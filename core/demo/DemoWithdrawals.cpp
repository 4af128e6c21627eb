// Sample withdrawals for the demo register, made through the approval services as the demo
// users would make them: a policy (two approvers for BTC from 0.01 BTC), a screening list entry,
// one approved request, two pending (one with the first of two approvals), one blocked by
// screening, a whitelist with an approved and a proposed destination, and a freeze on one client.
// None is executed: an execution writes a movement dated today, outside the demo's year of
// movements, and would change the chain balances the snapshot and its planted breaks describe.

#include "demo/DemoInternal.h"

#include "approvals/Freeze.h"
#include "approvals/Policy.h"
#include "approvals/Whitelist.h"
#include "approvals/Withdrawals.h"
#include "ledger/Import.h"
#include "money/Amount.h"
#include "register/Register.h"

#include <QTemporaryDir>

namespace custos::demo::detail {

namespace {

const QString kBtcAsset = QStringLiteral("bitcoin:BTC");
const QString kDestExchange = QStringLiteral("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2");
const QString kDestCold = QStringLiteral("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy");
const QString kDestOtc = QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
const QString kDestSanctioned = QStringLiteral("12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw");

const char kPolicy[] = "{\"expiry_hours\":168,\"rules\":["
                       "{\"client\":\"*\",\"asset\":\"*\",\"min_amount\":\"0\",\"approvals\":1},"
                       "{\"client\":\"*\",\"asset\":\"bitcoin:BTC\",\"min_amount\":\"0.01\",\"approvals\":2}]}";

Result<std::unique_ptr<reg::Register>> openAs(Context &c, const char *user)
{
    return reg::Register::open(c.o.path, QString::fromLatin1(user), c.o.password);
}

// Approves until the request is approved (one or two signatures, as the policy asks).
Status approveFully(reg::Register &first, reg::Register &second, qint64 id)
{
    auto w = approvals::approveWithdrawal(first, id, first.signingSeed());
    CUSTOS_TRY(w);
    if (w->status == QLatin1String("approved"))
        return okStatus();
    auto again = approvals::approveWithdrawal(second, id, second.signingSeed());
    CUSTOS_TRY(again);
    return okStatus();
}

} // namespace

Status writeWithdrawals(Context &c)
{
    // The segregated client BTC address holding the most: the requests come from it.
    qint64 best = -1;
    for (qint64 a = kFixedAddresses; a < qint64(c.addressIds.size()); ++a)
        if (c.addressChain[size_t(a)] == kBitcoin && (best < 0 || c.balanceAt(a, kBtc) > c.balanceAt(best, kBtc)))
            best = a;
    const int decimals = c.assets[kBtc].decimals;
    const int128 unit = 10000; // amounts in steps of 0.0001 BTC
    if (best < 0 || c.balanceAt(best, kBtc) < 1000 * unit)
        return okStatus(); // too small a demo for meaningful withdrawals
    const int128 balance = c.balanceAt(best, kBtc);

    QString from, client;
    {
        auto st = c.reg.db().prepare("SELECT a.address, cl.code FROM addresses a JOIN clients cl ON cl.id = a.client_id WHERE a.id = ?");
        CUSTOS_TRY(st);
        st->bind(1, c.addressIds[size_t(best)]);
        auto row = st->step();
        CUSTOS_TRY(row);
        if (!*row)
            return makeError(ErrorCode::Internal, QStringLiteral("the demo's richest BTC address has no client"));
        from = st->columnText(0);
        client = st->columnText(1);
    }

    auto olga = openAs(c, "olga");
    CUSTOS_TRY(olga);
    auto anton = openAs(c, "anton");
    CUSTOS_TRY(anton);
    auto bea = openAs(c, "bea");
    CUSTOS_TRY(bea);

    CUSTOS_TRY(approvals::setPolicy(c.reg, QByteArray(kPolicy)));
    {
        QTemporaryDir dir;
        if (!dir.isValid())
            return makeError(ErrorCode::Internal, QStringLiteral("cannot create a temporary directory for the demo screening list"));
        const QString file = dir.filePath(QStringLiteral("demo-screening.csv"));
        QFile f(file);
        const QByteArray csv = "chain,address,list,reason\nbitcoin," + kDestSanctioned.toLatin1() +
                               ",OFAC SDN,Address attributed to a sanctioned darknet market operator\n";
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
            return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(file, f.errorString()));
        f.close();
        CUSTOS_TRY(ledger::importScreening(**olga, file));
    }

    auto request = [&](int128 amount, const QString &to) {
        const QString text = Amount::fromBaseUnits(amount / unit * unit).toDecimal(decimals);
        return approvals::requestWithdrawal(**olga, approvals::WithdrawalInput{client, kBtcAsset, text, to, from});
    };

    // Approved, waiting for its export to the signing platform.
    auto approved = request(balance / 8, kDestExchange);
    CUSTOS_TRY(approved);
    CUSTOS_TRY(approveFully(**bea, **anton, approved->id));

    // Pending: one with the first of two approvals (waiting for bea), one untouched.
    auto half = request(balance / 6, kDestExchange);
    CUSTOS_TRY(half);
    CUSTOS_TRY(approvals::approveWithdrawal(**anton, half->id, (*anton)->signingSeed()));
    CUSTOS_TRY(request(balance / 12, kDestOtc));

    // Blocked: the destination is on the screening list, waiting for compliance.
    CUSTOS_TRY(request(balance / 20, kDestSanctioned));

    // Whitelist: the exchange address approved by the admin, the cold wallet proposed.
    auto listed = approvals::proposeWhitelistEntry(**olga, client, QStringLiteral("bitcoin"), kDestExchange,
                                                   QStringLiteral("Client's exchange account (Kraken)"));
    CUSTOS_TRY(listed);
    CUSTOS_TRY(approvals::approveWhitelistEntry(c.reg, listed->id));
    CUSTOS_TRY(approvals::proposeWhitelistEntry(**olga, client, QStringLiteral("bitcoin"), kDestCold,
                                                QStringLiteral("Client's own cold wallet")));

    // A freeze on the last client, pending a court order.
    QString frozen;
    {
        auto last = c.reg.db().prepare("SELECT code FROM clients WHERE is_firm = 0 AND code <> ? ORDER BY id DESC LIMIT 1");
        CUSTOS_TRY(last);
        last->bind(1, client);
        auto lastRow = last->step();
        CUSTOS_TRY(lastRow);
        if (*lastRow)
            frozen = last->columnText(0);
    }
    if (!frozen.isEmpty()) {
        CUSTOS_TRY(approvals::freezeWithdrawals(c.reg, frozen, QString(),
                                                QStringLiteral("Garnishment order of the Frankfurt district court; hold until released by legal")));
    }
    return okStatus();
}

} // namespace custos::demo::detail
