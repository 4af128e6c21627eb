// Making a withdrawal request: checks, policy evaluation, screening, and the row.

#include "approvals/Withdrawals.h"

#include "approvals/Freeze.h"
#include "approvals/Policy.h"
#include "approvals/WithdrawalRows.h"
#include "chain/AddressCheck.h"
#include "ledger/Reference.h"
#include "ledger/Resolver.h"
#include "register/Register.h"
#include "screening/Screening.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace custos::approvals {

namespace {

struct Source {
    qint64 id = 0;
    QString address;
};

Error refusal(const QString &why)
{
    return makeError(ErrorCode::Found, QStringLiteral("withdrawal refused: %1").arg(why));
}

// The client's segregated address on the chain, else an omnibus address; both on a client key set.
Result<Source> pickSource(reg::Register &r, const chain::Network &net, const ledger::Client &client, const QString &from)
{
    if (!from.isEmpty()) {
        ledger::Resolver res(r.db());
        auto ref = res.address(net, from);
        if (!ref.ok())
            return makeError(ErrorCode::BadInput, QStringLiteral("--from: %1").arg(ref.message()));
        auto ks = r.db().prepare("SELECT k.owner, a.address FROM addresses a JOIN keysets k ON k.id = a.keyset_id WHERE a.id = ?");
        CUSTOS_TRY(ks);
        ks->bind(1, ref->id);
        auto row = ks->step();
        CUSTOS_TRY(row);
        if (!*row)
            return makeError(ErrorCode::Internal, QStringLiteral("address %1 vanished").arg(from));
        const QString keysetOwner = ks->columnText(0), canonical = ks->columnText(1);
        if (ref->owner == QLatin1String("firm") || keysetOwner != QLatin1String("client"))
            return refusal(QStringLiteral("the source %1 is a firm address or on a firm key set; client withdrawals leave from the client's "
                                          "own or an omnibus address on a client key set").arg(canonical));
        if (ref->owner == QLatin1String("client") && ref->clientId != client.id)
            return refusal(QStringLiteral("the source %1 belongs to another client, not %2").arg(canonical, client.code));
        return Source{ref->id, canonical};
    }
    for (const char *sql : {"SELECT a.id, a.address FROM addresses a JOIN keysets k ON k.id = a.keyset_id "
                            "WHERE a.client_id = ? AND a.chain = ? AND a.owner = 'client' AND k.owner = 'client' ORDER BY a.id LIMIT 1",
                            "SELECT a.id, a.address FROM addresses a JOIN keysets k ON k.id = a.keyset_id "
                            "WHERE ? > 0 AND a.chain = ? AND a.owner = 'omnibus' AND k.owner = 'client' ORDER BY a.id LIMIT 1"}) {
        auto st = r.db().prepare(sql);
        CUSTOS_TRY(st);
        st->bind(1, client.id).bind(2, net.name);
        auto row = st->step();
        CUSTOS_TRY(row);
        if (*row)
            return Source{st->columnInt(0), st->columnText(1)};
    }
    return refusal(QStringLiteral("client %1 has no address on %2 to withdraw from (neither its own nor an omnibus address on a "
                                  "client key set); add one with address add").arg(client.code, net.name));
}

Result<Amount> sumAmounts(reg::Statement &st, int col)
{
    Amount sum;
    while (true) {
        auto row = st.step();
        CUSTOS_TRY(row);
        if (!*row)
            return sum;
        auto a = Amount::parseBaseUnits(st.columnTextView(col));
        if (!a.ok())
            return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed withdrawal amount"));
        auto s = sum.checkedAdd(*a);
        if (!s)
            return makeError(ErrorCode::BadInput, QStringLiteral("withdrawal amounts overflow"));
        sum = *s;
    }
}

Result<Amount> position(reg::Database &db, qint64 clientId, qint64 assetId)
{
    auto st = db.prepare("SELECT balance FROM positions WHERE client_id = ? AND asset_id = ?");
    CUSTOS_TRY(st);
    st->bind(1, clientId).bind(2, assetId);
    auto row = st->step();
    CUSTOS_TRY(row);
    if (!*row)
        return Amount();
    return Amount::parseBaseUnits(st->columnTextView(0));
}

Result<Withdrawal> createRequest(reg::Register &r, const ledger::Client &client, const ledger::Asset &asset, const chain::Network &net,
                                 Amount amount, const QString &to, const Source &src, const PolicyVersion &policy, bool commit);

} // namespace

// Shared with Decisions.cpp (release after a screening block).
Result<Amount> reservedAmount(reg::Database &db, qint64 clientId, qint64 assetId)
{
    auto st = db.prepare("SELECT amount FROM withdrawals WHERE client_id = ? AND asset_id = ? AND status IN ('pending','approved')");
    CUSTOS_TRY(st);
    st->bind(1, clientId).bind(2, assetId);
    return sumAmounts(*st, 0);
}

Status checkAvailable(reg::Database &db, qint64 clientId, qint64 assetId, Amount amount, int decimals, const QString &client,
                      const QString &asset)
{
    auto pos = position(db, clientId, assetId);
    CUSTOS_TRY(pos);
    auto reserved = reservedAmount(db, clientId, assetId);
    CUSTOS_TRY(reserved);
    auto available = pos->checkedSub(*reserved);
    if (!available)
        return makeError(ErrorCode::Internal, QStringLiteral("available balance overflow"));
    if (amount > *available)
        return refusal(QStringLiteral("%1 %2 is above the available balance of client %3: %4 (position %5 minus %6 in pending and "
                                      "approved withdrawals)")
                           .arg(amount.toDecimal(decimals), asset, client, available->toDecimal(decimals), pos->toDecimal(decimals),
                                reserved->toDecimal(decimals)));
    return okStatus();
}

Result<std::optional<Decimal>> latestEurPrice(reg::Database &db, qint64 assetId)
{
    auto st = db.prepare("SELECT price FROM prices WHERE asset_id = ? AND currency = 'EUR' ORDER BY date DESC LIMIT 1");
    CUSTOS_TRY(st);
    st->bind(1, assetId);
    auto row = st->step();
    CUSTOS_TRY(row);
    if (!*row)
        return std::optional<Decimal>();
    auto p = Decimal::parse(st->columnTextView(0));
    CUSTOS_TRY(p);
    return std::optional<Decimal>(*p);
}

namespace {

Result<Withdrawal> request(reg::Register &r, const WithdrawalInput &in, bool commit)
{
    CUSTOS_TRY(r.require(QStringLiteral("request withdrawals"), {reg::Role::Operator}));
    auto client = ledger::findClient(r, in.client);
    CUSTOS_TRY(client);
    if (client->isFirm)
        return makeError(ErrorCode::BadInput, QStringLiteral("withdrawal requests are for clients; 'firm' is the custodian's own book"));
    auto asset = ledger::findAsset(r, in.asset);
    CUSTOS_TRY(asset);
    auto net = chain::networkByName(asset->chain);
    CUSTOS_TRY(net);
    auto amount = Amount::parse(in.amount, asset->decimals);
    if (!amount.ok())
        return makeError(ErrorCode::BadInput, QStringLiteral("--amount: %1").arg(amount.message()));
    if (amount->isNegative() || amount->isZero())
        return makeError(ErrorCode::BadInput, QStringLiteral("--amount must be above zero, not %1").arg(in.amount));
    auto to = chain::normalizeAddress(*net, in.to);
    if (!to.ok())
        return makeError(ErrorCode::BadInput, QStringLiteral("--to: %1").arg(to.message()));
    auto src = pickSource(r, *net, *client, in.from);
    CUSTOS_TRY(src);
    if (src->address == *to)
        return makeError(ErrorCode::BadInput, QStringLiteral("the destination %1 is the source address itself").arg(*to));

    auto policy = currentPolicy(r);
    CUSTOS_TRY(policy);

    CUSTOS_TRY(sweepExpired(r));
    auto made = createRequest(r, *client, *asset, *net, *amount, *to, *src, *policy, commit);
    if (commit && !made.ok() && made.error().code == ErrorCode::Found) {
        // A policy refusal is audited in a transaction of its own; the request itself is not written.
        reg::Transaction tx(r.db());
        CUSTOS_TRY(tx.begun());
        CUSTOS_TRY(r.audit(QStringLiteral("withdrawal.refused"),
                           QJsonObject{{QStringLiteral("client"), client->code}, {QStringLiteral("asset"), asset->code},
                                       {QStringLiteral("amount"), amount->toDecimal(asset->decimals)}, {QStringLiteral("to"), *to},
                                       {QStringLiteral("policy_version"), double(policy->version)},
                                       {QStringLiteral("reason"), made.error().message}}));
        CUSTOS_TRY(tx.commit());
    }
    return made;
}

} // namespace

Result<Withdrawal> requestWithdrawal(reg::Register &r, const WithdrawalInput &in)
{
    return request(r, in, true);
}

Result<Withdrawal> previewWithdrawal(reg::Register &r, const WithdrawalInput &in)
{
    return request(r, in, false);
}

namespace {

// Evaluates and writes one request in one transaction; a policy refusal is ErrorCode::Found.
// Without commit the transaction is rolled back: the request as it would be, id 0.
Result<Withdrawal> createRequest(reg::Register &r, const ledger::Client &client, const ledger::Asset &asset, const chain::Network &net,
                                 Amount amount, const QString &to, const Source &src, const PolicyVersion &policy, bool commit)
{
    const Policy &p = policy.policy;
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    const QDateTime now = nowUtcDateTime();
    const QString nowText = toIsoUtc(now);

    auto frozen = freezesHitting(r.db(), client.id, asset.id);
    CUSTOS_TRY(frozen);
    if (!frozen->isEmpty()) {
        const Freeze &f = frozen->first();
        return refusal(QStringLiteral("withdrawals are frozen (freeze %1, %2: %3)").arg(f.id).arg(f.scope(), f.reason));
    }
    if (auto s = checkAvailable(r.db(), client.id, asset.id, amount, asset.decimals, client.code, asset.code); !s.ok())
        return s.error();

    QList<PolicyStep> steps;
    if (p.whitelist.required) {
        auto wl = r.db().prepare("SELECT id, status, IFNULL(usable_from, '') FROM whitelist WHERE client_id = ? AND chain = ? AND address = ?");
        CUSTOS_TRY(wl);
        wl->bind(1, client.id).bind(2, net.name).bind(3, to);
        auto row = wl->step();
        CUSTOS_TRY(row);
        if (!*row)
            return refusal(QStringLiteral("destination %1 is not whitelisted for client %2 (whitelist add, then admin approval)")
                                      .arg(to, client.code));
        if (wl->columnText(1) != QLatin1String("approved"))
            return refusal(QStringLiteral("destination %1 is on the whitelist (entry %2) but not yet approved by the admin quorum")
                                      .arg(to).arg(wl->columnInt(0)));
        if (wl->columnText(2) > nowText)
            return refusal(QStringLiteral("destination %1 is whitelisted but in its cooling-off period until %2")
                                      .arg(to, wl->columnText(2)));
        steps << PolicyStep{StepCode::Whitelisted, {QString::number(wl->columnInt(0)), wl->columnText(2)}};
    }

    auto price = latestEurPrice(r.db(), asset.id);
    CUSTOS_TRY(price);
    std::optional<Decimal> eur;
    if (*price) {
        // Exact (amount decimals + price decimals); tiers compare this value, never a rounded one.
        auto v = Decimal::multiply(amount, asset.decimals, **price, qMin(Decimal::kMaxScale, asset.decimals + (*price)->scale()));
        if (!v.ok())
            v = Decimal::multiply(amount, asset.decimals, **price, 2, RoundingMode::Ceiling);
        CUSTOS_TRY(v);
        eur = *v;
    }
    RequestFacts facts{client.code, asset.code, asset.decimals, amount, eur, now};
    auto windowSql = r.db().prepare("SELECT asset_id, amount, eur_value FROM withdrawals WHERE client_id = ? AND created_at > ? "
                                    "AND status IN ('pending','approved','executed')");
    CUSTOS_TRY(windowSql);
    WindowLookup window = [&](int hours) -> Result<WindowTotals> {
        windowSql->reset();
        windowSql->bind(1, client.id).bind(2, toIsoUtc(now.addSecs(-qint64(hours) * 3600)));
        WindowTotals t;
        t.eur = Decimal();
        while (true) {
            auto row = windowSql->step();
            CUSTOS_TRY(row);
            if (!*row)
                return t;
            if (windowSql->columnInt(0) == asset.id) {
                auto a = Amount::parseBaseUnits(windowSql->columnTextView(1));
                CUSTOS_TRY(a);
                auto s = t.asset.checkedAdd(*a);
                if (!s)
                    return makeError(ErrorCode::BadInput, QStringLiteral("withdrawal amounts overflow"));
                t.asset = *s;
            }
            if (windowSql->columnIsNull(2)) {
                t.eur.reset();
            } else if (t.eur) {
                auto v = Decimal::parse(windowSql->columnTextView(2));
                CUSTOS_TRY(v);
                auto s = Decimal::add(*t.eur, *v);
                CUSTOS_TRY(s);
                t.eur = *s;
            }
        }
    };
    Evaluation e = evaluatePolicy(p, facts, window);
    if (e.refused)
        return refusal(e.reason);

    auto hits = screening::screenAddress(r.db(), net.name, to);
    CUSTOS_TRY(hits);
    const QString status = hits->isEmpty() ? QStringLiteral("pending") : QStringLiteral("blocked");
    QJsonObject policyResult = e.toJson();
    policyResult.insert(QStringLiteral("version"), double(policy.version));
    steps << e.steps << PolicyStep{StepCode::Available, {}};
    QJsonArray texts, data;
    for (const PolicyStep &s : std::as_const(steps)) {
        texts.append(s.text());
        data.append(s.toJson());
    }
    policyResult.insert(QStringLiteral("steps"), texts);
    policyResult.insert(QLatin1String(detail::kStepDataKey), data); // taken out again on load (WithdrawalRows.cpp)
    const QJsonObject screeningResult = screening::resultJson(*hits);

    auto ins = r.db().prepare(
        "INSERT INTO withdrawals(client_id, asset_id, amount, destination, source_address_id, policy_version, needs, approver_role, "
        "approvers_named, status, eur_value, policy_result, screening_result, maker, created_at, not_before, expires_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    CUSTOS_TRY(ins);
    ins->bind(1, client.id).bind(2, asset.id).bind(3, amount.toBaseUnits()).bind(4, to).bind(5, src.id).bind(6, policy.version)
        .bind(7, e.needs).bind(8, e.role).bind(9, e.approvers.join(QLatin1Char(','))).bind(10, status)
        .bindOptional(11, eur ? eur->toString() : QString())
        .bind(12, QString::fromUtf8(QJsonDocument(policyResult).toJson(QJsonDocument::Compact)))
        .bind(13, QString::fromUtf8(QJsonDocument(screeningResult).toJson(QJsonDocument::Compact)))
        .bind(14, r.user().name).bind(15, nowText).bindOptional(16, e.notBefore)
        .bind(17, toIsoUtc((e.notBefore.isEmpty() ? now : fromIsoUtc(e.notBefore)).addSecs(qint64(p.expiryHours) * 3600)));
    CUSTOS_TRY(ins->run());
    const qint64 id = r.db().lastInsertId();
    CUSTOS_TRY(r.audit(QStringLiteral("withdrawal.request"),
                       QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("client"), client.code},
                                   {QStringLiteral("asset"), asset.code}, {QStringLiteral("amount"), amount.toDecimal(asset.decimals)},
                                   {QStringLiteral("from"), src.address}, {QStringLiteral("to"), to}, {QStringLiteral("status"), status},
                                   {QStringLiteral("needs"), e.needs}, {QStringLiteral("policy_version"), double(policy.version)},
                                   {QStringLiteral("screening"), screeningResult}}));
    auto w = detail::load(r.db(), id);
    CUSTOS_TRY(w);
    if (!commit) {
        w->id = 0;
        return w; // the transaction guard rolls everything back
    }
    CUSTOS_TRY(tx.commit());
    return w;
}

} // namespace

} // namespace custos::approvals
