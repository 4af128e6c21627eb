#include "approvals/Freeze.h"

#include "ledger/Reference.h"
#include "register/Register.h"
#include "util/Time.h"

namespace custos::approvals {

namespace {

constexpr const char *kSelect =
    "SELECT f.id, IFNULL(c.code, ''), IFNULL(a.code, ''), f.reason, f.frozen_by, f.frozen_at, IFNULL(f.unfreeze_by, ''), "
    "IFNULL(f.unfreeze_at, ''), IFNULL(f.lifted_by, ''), IFNULL(f.lifted_at, '') FROM freezes f "
    "LEFT JOIN clients c ON c.id = f.client_id LEFT JOIN assets a ON a.id = f.asset_id ";

Freeze fromRow(const reg::Statement &st)
{
    return Freeze{st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4),
                  st.columnText(5), st.columnText(6), st.columnText(7), st.columnText(8), st.columnText(9)};
}

Result<QList<Freeze>> collect(reg::Statement &st)
{
    QList<Freeze> out;
    while (true) {
        auto row = st.step();
        CUSTOS_TRY(row);
        if (!*row)
            return out;
        out << fromRow(st);
    }
}

Result<Freeze> byId(reg::Database &db, qint64 id)
{
    auto st = db.prepare((QByteArray(kSelect) + "WHERE f.id = ?").constData());
    CUSTOS_TRY(st);
    st->bind(1, id);
    auto all = collect(*st);
    CUSTOS_TRY(all);
    if (all->isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("there is no freeze %1 (see freeze list)").arg(id));
    return all->first();
}

QJsonObject payload(const Freeze &f)
{
    return QJsonObject{{QStringLiteral("id"), double(f.id)}, {QStringLiteral("scope"), f.scope()}, {QStringLiteral("reason"), f.reason}};
}

} // namespace

QString Freeze::scope() const
{
    if (client.isEmpty() && asset.isEmpty())
        return QStringLiteral("all withdrawals");
    if (asset.isEmpty())
        return QStringLiteral("client ") + client;
    if (client.isEmpty())
        return QStringLiteral("asset ") + asset;
    return QStringLiteral("client %1 in %2").arg(client, asset);
}

Result<Freeze> freezeWithdrawals(reg::Register &r, const QString &client, const QString &asset, const QString &reason)
{
    CUSTOS_TRY(r.require(QStringLiteral("freeze withdrawals"), {reg::Role::Admin}));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("a freeze needs a --reason"));
    std::optional<qint64> clientId, assetId;
    if (!client.isEmpty()) {
        auto c = ledger::findClient(r, client);
        CUSTOS_TRY(c);
        clientId = c->id;
    }
    if (!asset.isEmpty()) {
        auto a = ledger::findAsset(r, asset);
        CUSTOS_TRY(a);
        assetId = a->id;
    }
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto st = r.db().prepare("INSERT INTO freezes(client_id, asset_id, reason, frozen_by, frozen_at) VALUES (?,?,?,?,?)");
    CUSTOS_TRY(st);
    st->bindOptional(1, clientId).bindOptional(2, assetId).bind(3, reason.trimmed()).bind(4, r.user().name).bind(5, nowUtc());
    CUSTOS_TRY(st->run());
    auto f = byId(r.db(), r.db().lastInsertId());
    CUSTOS_TRY(f);
    CUSTOS_TRY(r.audit(QStringLiteral("withdrawal.freeze"), payload(*f)));
    CUSTOS_TRY(tx.commit());
    return f;
}

Result<Freeze> unfreezeWithdrawals(reg::Register &r, qint64 id)
{
    CUSTOS_TRY(r.require(QStringLiteral("lift freezes"), {reg::Role::Admin}));
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto f = byId(r.db(), id);
    CUSTOS_TRY(f);
    if (!f->active())
        return makeError(ErrorCode::BadInput, QStringLiteral("freeze %1 was already lifted by %2 at %3").arg(id).arg(f->liftedBy, f->liftedAt));
    const QString now = nowUtc();
    if (f->unfreezeBy.isEmpty()) {
        auto st = r.db().prepare("UPDATE freezes SET unfreeze_by = ?, unfreeze_at = ? WHERE id = ?");
        CUSTOS_TRY(st);
        st->bind(1, r.user().name).bind(2, now).bind(3, id);
        CUSTOS_TRY(st->run());
        CUSTOS_TRY(r.audit(QStringLiteral("withdrawal.unfreeze_requested"), payload(*f)));
    } else {
        if (f->unfreezeBy == r.user().name)
            return makeError(ErrorCode::Denied, QStringLiteral("%1 already asked to lift freeze %2: a second, different admin must run unfreeze %2")
                                                    .arg(r.user().name).arg(id));
        auto st = r.db().prepare("UPDATE freezes SET lifted_by = ?, lifted_at = ? WHERE id = ?");
        CUSTOS_TRY(st);
        st->bind(1, r.user().name).bind(2, now).bind(3, id);
        CUSTOS_TRY(st->run());
        QJsonObject p = payload(*f);
        p.insert(QStringLiteral("first_admin"), f->unfreezeBy);
        CUSTOS_TRY(r.audit(QStringLiteral("withdrawal.unfreeze"), p));
    }
    auto out = byId(r.db(), id);
    CUSTOS_TRY(out);
    CUSTOS_TRY(tx.commit());
    return out;
}

Result<QList<Freeze>> listFreezes(reg::Register &r, bool activeOnly)
{
    auto st = r.db().prepare((QByteArray(kSelect) + (activeOnly ? "WHERE f.lifted_at IS NULL " : "") + "ORDER BY f.id").constData());
    CUSTOS_TRY(st);
    return collect(*st);
}

Result<QList<Freeze>> freezesHitting(reg::Database &db, qint64 clientId, qint64 assetId)
{
    auto st = db.prepare((QByteArray(kSelect) + "WHERE f.lifted_at IS NULL AND (f.client_id IS NULL OR f.client_id = ?) "
                                                "AND (f.asset_id IS NULL OR f.asset_id = ?) ORDER BY f.id").constData());
    CUSTOS_TRY(st);
    st->bind(1, clientId).bind(2, assetId);
    return collect(*st);
}

} // namespace custos::approvals
