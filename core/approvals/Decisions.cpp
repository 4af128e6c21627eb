// Approvals and rejections (signed), compliance decisions on screening blocks, expiry.

#include "approvals/Canonical.h"
#include "approvals/Freeze.h"
#include "approvals/Policy.h"
#include "approvals/WithdrawalRows.h"
#include "crypto/Signer.h"
#include "register/Register.h"
#include "util/Time.h"

#include <QJsonArray>

namespace custos::approvals {

namespace {

Error conflict(const QString &why)
{
    return makeError(ErrorCode::Found, why);
}

Result<qint64> idsOf(reg::Database &db, const char *sql, qint64 key)
{
    auto st = db.prepare(sql);
    CUSTOS_TRY(st);
    st->bind(1, key);
    auto row = st->step();
    CUSTOS_TRY(row);
    return *row ? st->columnInt(0) : qint64(0);
}

Result<Withdrawal> decide(reg::Register &r, qint64 id, const QString &decision, const QString &reason, const crypto::SecureBytes &seed)
{
    const bool approve = decision == QLatin1String("approve");
    if (!approve && reason.trimmed().isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("a rejection needs a --reason"));
    auto pub = crypto::ed25519PublicKey(seed);
    CUSTOS_TRY(pub);
    if (*pub != r.user().publicKey)
        return makeError(ErrorCode::Denied, QStringLiteral("the signing key given is not the signing key of user '%1'").arg(r.user().name));

    CUSTOS_TRY(sweepExpired(r));
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto w = detail::load(r.db(), id);
    CUSTOS_TRY(w);
    const QString me = r.user().name;
    const QString verb = approve ? QStringLiteral("approve") : QStringLiteral("reject");
    if (reg::roleName(r.user().role) != w->approverRole)
        return makeError(ErrorCode::Denied, QStringLiteral("user '%1' (role %2) may not %3 withdrawal %4: its policy needs the role %5")
                                                .arg(me, reg::roleName(r.user().role), verb).arg(id).arg(w->approverRole));
    if (!w->approversNamed.isEmpty() && !w->approversNamed.contains(me))
        return makeError(ErrorCode::Denied, QStringLiteral("user '%1' is not among the approvers named for withdrawal %2 (%3)")
                                                .arg(me).arg(id).arg(w->approversNamed.join(QStringLiteral(", "))));
    if (w->maker == me)
        return makeError(ErrorCode::Denied, QStringLiteral("user '%1' made withdrawal %2 and may not %3 it: the maker never approves their own request")
                                                .arg(me).arg(id).arg(verb));
    for (const Decision &d : w->decisions)
        if (d.signer == me)
            return conflict(QStringLiteral("user '%1' already signed withdrawal %2 (%3 at %4); nobody signs twice").arg(me).arg(id).arg(d.decision, d.signedAt));
    if (w->status != QLatin1String("pending")) {
        QString why = QStringLiteral("withdrawal %1 is %2").arg(id).arg(w->status);
        if (w->status == QLatin1String("blocked"))
            why += QStringLiteral(" by screening (%1): compliance must record a decision first")
                       .arg(w->screeningResult.value(QStringLiteral("hits")).toArray().at(0).toObject().value(QStringLiteral("list")).toString());
        return conflict(QStringLiteral("%1 and cannot be %2").arg(why, approve ? QStringLiteral("approved") : QStringLiteral("rejected")));
    }
    const QString now = nowUtc();
    if (approve) {
        auto assetId = idsOf(r.db(), "SELECT asset_id FROM withdrawals WHERE id = ?", id);
        auto clientId = idsOf(r.db(), "SELECT client_id FROM withdrawals WHERE id = ?", id);
        CUSTOS_TRY(assetId);
        CUSTOS_TRY(clientId);
        auto frozen = freezesHitting(r.db(), *clientId, *assetId);
        CUSTOS_TRY(frozen);
        if (!frozen->isEmpty())
            return conflict(QStringLiteral("withdrawal %1 cannot be approved while frozen (freeze %2, %3: %4)")
                                .arg(id).arg(frozen->first().id).arg(frozen->first().scope(), frozen->first().reason));
        if (!w->notBefore.isEmpty() && now < w->notBefore)
            return conflict(QStringLiteral("withdrawal %1 was made outside desk hours and waits: approvals from %2").arg(id).arg(w->notBefore));
    }

    Decision d{me, reg::roleName(r.user().role), r.user().publicKey, decision, approve ? QString() : reason.trimmed(), now, {}};
    auto msg = decisionMessageFor(r.registerId(), *w, d);
    CUSTOS_TRY(msg);
    auto sig = crypto::ed25519Sign(seed, *msg);
    CUSTOS_TRY(sig);
    d.signature = *sig;
    auto ins = r.db().prepare("INSERT INTO withdrawal_approvals(withdrawal_id, signer, signer_role, public_key, decision, reason, signed_at, signature) "
                              "VALUES (?,?,?,?,?,?,?,?)");
    CUSTOS_TRY(ins);
    ins->bind(1, id).bind(2, d.signer).bind(3, d.signerRole).bindBlob(4, d.publicKey).bind(5, d.decision).bindOptional(6, d.reason)
        .bind(7, d.signedAt).bindBlob(8, d.signature);
    CUSTOS_TRY(ins->run());
    QString newStatus;
    if (!approve)
        newStatus = QStringLiteral("rejected");
    else if (w->approvalsGiven() + 1 >= w->needs)
        newStatus = QStringLiteral("approved");
    if (!newStatus.isEmpty()) {
        auto up = r.db().prepare("UPDATE withdrawals SET status = ?, decided_at = ? WHERE id = ?");
        CUSTOS_TRY(up);
        up->bind(1, newStatus).bind(2, now).bind(3, id);
        CUSTOS_TRY(up->run());
    }
    QJsonObject payload{{QStringLiteral("id"), double(id)}, {QStringLiteral("decision"), decision}, {QStringLiteral("signed_at"), now},
                        {QStringLiteral("public_key"), QString::fromLatin1(d.publicKey.toHex())},
                        {QStringLiteral("signature"), QString::fromLatin1(d.signature.toHex())},
                        {QStringLiteral("status"), newStatus.isEmpty() ? w->status : newStatus}};
    if (!approve)
        payload.insert(QStringLiteral("reason"), d.reason);
    CUSTOS_TRY(r.audit(approve ? QStringLiteral("withdrawal.approve") : QStringLiteral("withdrawal.reject"), payload));
    auto out = detail::load(r.db(), id);
    CUSTOS_TRY(out);
    CUSTOS_TRY(tx.commit());
    return out;
}

} // namespace

Result<QByteArray> decisionMessageFor(const QString &registerId, const Withdrawal &w, const Decision &d)
{
    DecisionFields f;
    f.registerId = registerId;
    f.requestId = w.id;
    f.client = w.client;
    f.asset = w.asset;
    f.amountBaseUnits = w.amount.toBaseUnits();
    f.from = w.source;
    f.to = w.destination;
    f.policyVersion = w.policyVersion;
    f.required = w.needs;
    f.expiresAt = w.expiresAt;
    f.decision = d.decision;
    f.signedAt = d.signedAt;
    f.signer = d.signer;
    return decisionMessage(f);
}

bool verifyDecision(const QString &registerId, const Withdrawal &w, const Decision &d)
{
    auto msg = decisionMessageFor(registerId, w, d);
    return msg.ok() && crypto::ed25519Verify(d.publicKey, *msg, d.signature);
}

Result<Withdrawal> approveWithdrawal(reg::Register &r, qint64 id, const crypto::SecureBytes &seed)
{
    return decide(r, id, QStringLiteral("approve"), {}, seed);
}

Result<Withdrawal> rejectWithdrawal(reg::Register &r, qint64 id, const QString &reason, const crypto::SecureBytes &seed)
{
    return decide(r, id, QStringLiteral("reject"), reason, seed);
}

Result<Withdrawal> recordScreeningDecision(reg::Register &r, qint64 id, const QString &decision, const QString &note)
{
    CUSTOS_TRY(r.require(QStringLiteral("decide on screening blocks"), {reg::Role::Compliance}));
    if (decision != QLatin1String("release") && decision != QLatin1String("reject"))
        return makeError(ErrorCode::BadInput, QStringLiteral("a screening decision is 'release' or 'reject', not '%1'").arg(decision));
    if (note.trimmed().size() < 10)
        return makeError(ErrorCode::BadInput, QStringLiteral("a screening decision needs a documented --note (at least 10 characters) saying why"));
    CUSTOS_TRY(sweepExpired(r));
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto w = detail::load(r.db(), id);
    CUSTOS_TRY(w);
    if (w->status != QLatin1String("blocked"))
        return conflict(QStringLiteral("withdrawal %1 is %2, not blocked by screening: there is no block to decide on").arg(id).arg(w->status));
    const QString now = nowUtc();
    QString newStatus = QStringLiteral("rejected");
    QString expires = w->expiresAt;
    if (decision == QLatin1String("release")) {
        auto ids = r.db().prepare("SELECT client_id, asset_id FROM withdrawals WHERE id = ?");
        CUSTOS_TRY(ids);
        ids->bind(1, id);
        CUSTOS_TRY(ids->step());
        const qint64 clientId = ids->columnInt(0), assetId = ids->columnInt(1);
        CUSTOS_TRY(checkAvailable(r.db(), clientId, assetId, w->amount, w->decimals, w->client, w->asset));
        auto pv = policyVersion(r, w->policyVersion);
        CUSTOS_TRY(pv);
        expires = toIsoUtc(nowUtcDateTime().addSecs(qint64(pv->policy.expiryHours) * 3600)); // validity runs from the release
        newStatus = QStringLiteral("pending");
    }
    auto up = r.db().prepare("UPDATE withdrawals SET status = ?, expires_at = ?, decided_at = ?, compliance_decision = ?, "
                             "compliance_note = ?, compliance_by = ?, compliance_at = ? WHERE id = ? AND status = 'blocked'");
    CUSTOS_TRY(up);
    up->bind(1, newStatus).bind(2, expires).bindOptional(3, newStatus == QLatin1String("rejected") ? now : QString()).bind(4, decision)
        .bind(5, note.trimmed()).bind(6, r.user().name).bind(7, now).bind(8, id);
    CUSTOS_TRY(up->run());
    CUSTOS_TRY(r.audit(QStringLiteral("withdrawal.screening_decision"),
                       QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("decision"), decision},
                                   {QStringLiteral("note"), note.trimmed()}, {QStringLiteral("screening"), w->screeningResult},
                                   {QStringLiteral("status"), newStatus}}));
    auto out = detail::load(r.db(), id);
    CUSTOS_TRY(out);
    CUSTOS_TRY(tx.commit());
    return out;
}

Status sweepExpired(reg::Register &r)
{
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    CUSTOS_TRY(expireDue(r));
    return tx.commit();
}

Status expireDue(reg::Register &r)
{
    const QString now = nowUtc();
    auto st = r.db().prepare("SELECT id, expires_at FROM withdrawals WHERE status = 'pending' AND expires_at <= ? ORDER BY id");
    CUSTOS_TRY(st);
    st->bind(1, now);
    QJsonArray ids;
    while (true) {
        auto row = st->step();
        CUSTOS_TRY(row);
        if (!*row)
            break;
        ids.append(double(st->columnInt(0)));
    }
    if (ids.isEmpty())
        return okStatus();
    auto up = r.db().prepare("UPDATE withdrawals SET status = 'expired', decided_at = expires_at WHERE status = 'pending' AND expires_at <= ?");
    CUSTOS_TRY(up);
    up->bind(1, now);
    CUSTOS_TRY(up->run());
    return r.audit(QStringLiteral("withdrawal.expire"), QJsonObject{{QStringLiteral("ids"), ids}, {QStringLiteral("at"), now}});
}

} // namespace custos::approvals
