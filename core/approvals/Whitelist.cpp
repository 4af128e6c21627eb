#include "approvals/Whitelist.h"

#include "approvals/Policy.h"
#include "chain/AddressCheck.h"
#include "ledger/Reference.h"
#include "register/Register.h"
#include "util/Time.h"

namespace custos::approvals {

namespace {

constexpr const char *kSelect =
    "SELECT w.id, c.code, w.chain, w.address, IFNULL(w.label, ''), w.status, w.needs, w.proposed_by, w.proposed_at, "
    "IFNULL(w.approved_at, ''), IFNULL(w.usable_from, ''), "
    "IFNULL((SELECT GROUP_CONCAT(admin, ',') FROM (SELECT admin FROM whitelist_approvals WHERE whitelist_id = w.id ORDER BY approved_at, admin)), '') "
    "FROM whitelist w JOIN clients c ON c.id = w.client_id ";

Result<QList<WhitelistEntry>> collect(reg::Statement &st)
{
    QList<WhitelistEntry> out;
    while (true) {
        auto row = st.step();
        CUSTOS_TRY(row);
        if (!*row)
            return out;
        WhitelistEntry e{st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4), st.columnText(5),
                         int(st.columnInt(6)), {}, st.columnText(7), st.columnText(8), st.columnText(9), st.columnText(10)};
        const QString by = st.columnText(11);
        if (!by.isEmpty())
            e.approvedBy = by.split(QLatin1Char(','));
        out << e;
    }
}

Result<WhitelistEntry> byId(reg::Database &db, qint64 id)
{
    auto st = db.prepare((QByteArray(kSelect) + "WHERE w.id = ?").constData());
    CUSTOS_TRY(st);
    st->bind(1, id);
    auto all = collect(*st);
    CUSTOS_TRY(all);
    if (all->isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("there is no whitelist entry %1 (see whitelist list)").arg(id));
    return all->first();
}

QJsonObject payload(const WhitelistEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), double(e.id)}, {QStringLiteral("client"), e.client}, {QStringLiteral("chain"), e.chain},
                       {QStringLiteral("address"), e.address}, {QStringLiteral("label"), e.label}, {QStringLiteral("status"), e.status}};
}

} // namespace

Result<WhitelistEntry> proposeWhitelistEntry(reg::Register &r, const QString &client, const QString &chainName, const QString &address,
                                             const QString &label)
{
    CUSTOS_TRY(r.require(QStringLiteral("propose whitelist destinations"), {reg::Role::Operator, reg::Role::Admin}));
    auto c = ledger::findClient(r, client);
    CUSTOS_TRY(c);
    if (c->isFirm)
        return makeError(ErrorCode::BadInput, QStringLiteral("the whitelist holds client destinations; 'firm' is the custodian's own book"));
    auto net = chain::networkByName(chainName);
    CUSTOS_TRY(net);
    auto canonical = chain::normalizeAddress(*net, address);
    if (!canonical.ok())
        return makeError(ErrorCode::BadInput, QStringLiteral("--address: %1").arg(canonical.message()));
    auto policy = currentPolicy(r);
    CUSTOS_TRY(policy);
    const int needs = policy->policy.whitelist.present ? policy->policy.whitelist.adminApprovals : 1;
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto st = r.db().prepare("INSERT INTO whitelist(client_id, chain, address, label, status, needs, proposed_by, proposed_at) "
                             "VALUES (?,?,?,?,'proposed',?,?,?)");
    CUSTOS_TRY(st);
    st->bind(1, c->id).bind(2, net->name).bind(3, *canonical).bindOptional(4, label.trimmed()).bind(5, needs).bind(6, r.user().name).bind(7, nowUtc());
    if (!st->run().ok())
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 on %2 is already on the whitelist of client %3").arg(*canonical, net->name, c->code));
    auto e = byId(r.db(), r.db().lastInsertId());
    CUSTOS_TRY(e);
    CUSTOS_TRY(r.audit(QStringLiteral("whitelist.propose"), payload(*e)));
    CUSTOS_TRY(tx.commit());
    return e;
}

Result<WhitelistEntry> approveWhitelistEntry(reg::Register &r, qint64 id)
{
    CUSTOS_TRY(r.require(QStringLiteral("approve whitelist destinations"), {reg::Role::Admin}));
    auto policy = currentPolicy(r);
    CUSTOS_TRY(policy);
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto e = byId(r.db(), id);
    CUSTOS_TRY(e);
    const QString me = r.user().name;
    if (e->status == QLatin1String("approved"))
        return makeError(ErrorCode::Found, QStringLiteral("whitelist entry %1 is already approved (usable from %2)").arg(id).arg(e->usableFrom));
    if (e->proposedBy == me)
        return makeError(ErrorCode::Denied, QStringLiteral("user '%1' proposed whitelist entry %2 and may not approve it").arg(me).arg(id));
    if (e->approvedBy.contains(me))
        return makeError(ErrorCode::Found, QStringLiteral("user '%1' already approved whitelist entry %2; another admin must").arg(me).arg(id));
    const QDateTime now = nowUtcDateTime();
    auto ins = r.db().prepare("INSERT INTO whitelist_approvals(whitelist_id, admin, approved_at) VALUES (?,?,?)");
    CUSTOS_TRY(ins);
    ins->bind(1, id).bind(2, me).bind(3, toIsoUtc(now));
    CUSTOS_TRY(ins->run());
    QJsonObject p = payload(*e);
    if (e->approvedBy.size() + 1 >= e->needs) {
        const int cooling = policy->policy.whitelist.present ? policy->policy.whitelist.coolingOffHours : 24;
        const QString usable = toIsoUtc(now.addSecs(qint64(cooling) * 3600));
        auto up = r.db().prepare("UPDATE whitelist SET status = 'approved', approved_at = ?, usable_from = ? WHERE id = ?");
        CUSTOS_TRY(up);
        up->bind(1, toIsoUtc(now)).bind(2, usable).bind(3, id);
        CUSTOS_TRY(up->run());
        p.insert(QStringLiteral("status"), QStringLiteral("approved"));
        p.insert(QStringLiteral("usable_from"), usable);
        p.insert(QStringLiteral("cooling_off_hours"), cooling);
    }
    CUSTOS_TRY(r.audit(QStringLiteral("whitelist.approve"), p));
    auto out = byId(r.db(), id);
    CUSTOS_TRY(out);
    CUSTOS_TRY(tx.commit());
    return out;
}

Result<QList<WhitelistEntry>> listWhitelist(reg::Register &r, const QString &client)
{
    if (client.isEmpty()) {
        auto st = r.db().prepare((QByteArray(kSelect) + "ORDER BY w.id").constData());
        CUSTOS_TRY(st);
        return collect(*st);
    }
    auto c = ledger::findClient(r, client);
    CUSTOS_TRY(c);
    auto st = r.db().prepare((QByteArray(kSelect) + "WHERE w.client_id = ? ORDER BY w.id").constData());
    CUSTOS_TRY(st);
    st->bind(1, c->id);
    return collect(*st);
}

} // namespace custos::approvals
