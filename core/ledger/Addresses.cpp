#include "ledger/AddressRows.h"

#include "chain/AddressCheck.h"
#include "register/Register.h"
#include "util/Time.h"

namespace custos::ledger {

Result<AddressDraft> validateAddress(Resolver &res, const AddressInput &in)
{
    auto net = res.network(in.chain);
    if (!net.ok())
        return net.error();
    auto canonical = chain::normalizeAddress(*net, in.address);
    if (!canonical.ok())
        return canonical.error();
    AddressDraft d;
    d.chain = net->name;
    d.canonical = *canonical;
    d.label = in.label;
    if (in.owner.startsWith(QLatin1String("client:"))) {
        d.owner = QStringLiteral("client");
        d.clientCode = in.owner.mid(7);
        if (d.clientCode == QLatin1String("firm"))
            return makeError(ErrorCode::BadInput, QStringLiteral("owner 'client:firm' is not a client; use owner 'firm'"));
        auto id = res.clientId(d.clientCode);
        if (!id.ok())
            return id.error();
        d.clientId = *id;
    } else if (in.owner == QLatin1String("omnibus") || in.owner == QLatin1String("firm")) {
        d.owner = in.owner;
    } else {
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("unknown owner '%1'; expected client:ID, omnibus or firm").arg(in.owner));
    }
    auto ks = res.keyset(in.keyset);
    if (!ks.ok())
        return ks.error();
    const bool clientAssets = d.owner != QLatin1String("firm");
    if (clientAssets && ks->owner != QLatin1String("client"))
        return makeError(ErrorCode::BadInput, QStringLiteral("address %1 holds client assets (%2) but key set '%3' is a firm key set; "
                                                             "client and firm means of access must stay separate")
                                                  .arg(d.canonical, in.owner, ks->name));
    if (!clientAssets && ks->owner != QLatin1String("firm"))
        return makeError(ErrorCode::BadInput, QStringLiteral("address %1 is a firm address but key set '%2' is a client key set; "
                                                             "client and firm means of access must stay separate")
                                                  .arg(d.canonical, ks->name));
    d.keysetId = ks->id;
    d.keyset = ks->name;
    if (res.findCanonical(d.chain, d.canonical))
        return makeError(ErrorCode::BadInput, QStringLiteral("address %1 is already registered on %2").arg(d.canonical, d.chain));
    return d;
}

Result<qint64> insertAddress(reg::Database &db, const AddressDraft &d)
{
    auto st = db.prepare("INSERT INTO addresses(chain, address, owner, client_id, keyset_id, label, created_at) VALUES (?,?,?,?,?,?,?)");
    if (!st.ok())
        return st.error();
    st->bind(1, d.chain).bind(2, d.canonical).bind(3, d.owner).bindOptional(4, d.clientId).bind(5, d.keysetId)
        .bindOptional(6, d.label).bind(7, nowUtc());
    CUSTOS_TRY(st->run());
    return db.lastInsertId();
}

Result<Address> addAddress(reg::Register &r, const AddressInput &in)
{
    CUSTOS_TRY(r.require(QStringLiteral("add addresses"), {reg::Role::Operator, reg::Role::Admin}));
    Resolver res(r.db());
    auto d = validateAddress(res, in);
    if (!d.ok())
        return d.error();
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto id = insertAddress(r.db(), *d);
    if (!id.ok())
        return id.error();
    CUSTOS_TRY(r.audit(QStringLiteral("address.add"),
                       QJsonObject{{QStringLiteral("id"), double(*id)}, {QStringLiteral("chain"), d->chain},
                                   {QStringLiteral("address"), d->canonical}, {QStringLiteral("owner"), in.owner},
                                   {QStringLiteral("keyset"), d->keyset}, {QStringLiteral("label"), d->label}}));
    CUSTOS_TRY(tx.commit());
    return Address{*id, d->chain, d->canonical, d->owner, d->clientCode, d->clientId, d->keyset, d->label};
}

Status forEachAddress(reg::Register &r, const std::function<void(const Address &)> &fn)
{
    auto st = r.db().prepare("SELECT a.id, a.chain, a.address, a.owner, c.code, a.client_id, k.name, a.label "
                             "FROM addresses a JOIN keysets k ON k.id = a.keyset_id LEFT JOIN clients c ON c.id = a.client_id ORDER BY a.id");
    if (!st.ok())
        return st.error();
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return okStatus();
        fn(Address{st->columnInt(0), st->columnText(1), st->columnText(2), st->columnText(3), st->columnText(4),
                    st->columnOptionalInt(5), st->columnText(6), st->columnText(7)});
    }
}

} // namespace custos::ledger
