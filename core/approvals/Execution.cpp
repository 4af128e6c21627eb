#include "approvals/Execution.h"

#include "approvals/Freeze.h"
#include "approvals/WithdrawalRows.h"
#include "crypto/Signer.h"
#include "ledger/MovementWriter.h"
#include "register/Register.h"
#include "util/Time.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace custos::approvals {

namespace {

Status checkTxHash(const QString &chainName, const QString &tx)
{
    static const QRegularExpression evm(QStringLiteral("^0x[0-9a-fA-F]{64}$")), utxo(QStringLiteral("^[0-9a-fA-F]{64}$"));
    auto net = chain::networkByName(chainName);
    CUSTOS_TRY(net);
    const bool ok = net->isEvm() ? evm.match(tx).hasMatch() : utxo.match(tx).hasMatch();
    if (!ok)
        return makeError(ErrorCode::BadInput, QStringLiteral("--tx '%1' is not a %2 transaction hash (%3)")
                                                  .arg(tx, net->name, net->isEvm() ? QStringLiteral("0x and 64 hex digits") : QStringLiteral("64 hex digits")));
    return okStatus();
}

} // namespace

Result<Withdrawal> markExecuted(reg::Register &r, qint64 id, const QString &txHashIn, std::optional<qint64> blockHeight)
{
    CUSTOS_TRY(r.require(QStringLiteral("record executed withdrawals"), {reg::Role::Operator}));
    CUSTOS_TRY(sweepExpired(r));
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto w = detail::load(r.db(), id);
    CUSTOS_TRY(w);
    if (w->status != QLatin1String("approved"))
        return makeError(ErrorCode::Found, QStringLiteral("withdrawal %1 is %2: only an approved withdrawal is executed").arg(id).arg(w->status));
    CUSTOS_TRY(checkTxHash(w->chain, txHashIn));
    const QString txHash = txHashIn.toLower(); // stored in lower case, as reconciliation compares it
    auto keys = r.db().prepare("SELECT client_id, asset_id, source_address_id FROM withdrawals WHERE id = ?");
    CUSTOS_TRY(keys);
    keys->bind(1, id);
    CUSTOS_TRY(keys->step());
    const qint64 clientId = keys->columnInt(0), assetId = keys->columnInt(1), sourceId = keys->columnInt(2);
    auto frozen = freezesHitting(r.db(), clientId, assetId);
    CUSTOS_TRY(frozen);
    if (!frozen->isEmpty())
        return makeError(ErrorCode::Found, QStringLiteral("withdrawal %1 is frozen (freeze %2, %3: %4); lift the freeze before recording its execution")
                                               .arg(id).arg(frozen->first().id).arg(frozen->first().scope(), frozen->first().reason));
    const QString now = nowUtc();
    ledger::MovementWriter mw(r.db(), std::nullopt);
    CUSTOS_TRY(mw.prepare());
    ledger::MovementRecord m;
    m.clientId = clientId;
    m.assetId = assetId;
    m.amount = *w->amount.negated();
    m.kind = "withdrawal";
    m.occurredAt = now.toLatin1();
    m.recordedAt = now.toLatin1();
    m.addressId = sourceId;
    m.txHash = txHash.toLatin1();
    m.blockHeight = blockHeight;
    m.withdrawalId = id;
    m.note = QStringLiteral("withdrawal %1 to %2").arg(id).arg(w->destination).toUtf8();
    auto movement = mw.add(m);
    CUSTOS_TRY(movement);
    auto up = r.db().prepare("UPDATE withdrawals SET status = 'executed', tx_hash = ?, movement_id = ?, executed_at = ?, executed_by = ? WHERE id = ?");
    CUSTOS_TRY(up);
    up->bind(1, txHash).bind(2, *movement).bind(3, now).bind(4, r.user().name).bind(5, id);
    CUSTOS_TRY(up->run());
    CUSTOS_TRY(mw.finish(r.user().name, QStringLiteral("withdrawal.executed"),
                         QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("tx_hash"), txHash},
                                     {QStringLiteral("amount"), w->amountText()}, {QStringLiteral("asset"), w->asset},
                                     {QStringLiteral("to"), w->destination}, {QStringLiteral("movement"), double(*movement)}}));
    auto out = detail::load(r.db(), id);
    CUSTOS_TRY(out);
    CUSTOS_TRY(tx.commit());
    return out;
}

Result<QList<WithdrawalFinding>> withdrawalFindings(reg::Register &r)
{
    QHash<QString, QPair<QString, QByteArray>> users; // name -> role, registered public key
    {
        auto st = r.db().prepare("SELECT name, role, public_key FROM users");
        CUSTOS_TRY(st);
        while (true) {
            auto row = st->step();
            CUSTOS_TRY(row);
            if (!*row)
                break;
            users.insert(st->columnText(0), qMakePair(st->columnText(1), st->columnBlob(2)));
        }
    }
    QList<WithdrawalFinding> out;
    auto mv = r.db().prepare("SELECT m.amount, m.kind, IFNULL(m.address_id, 0), IFNULL(m.tx_hash, ''), w.source_address_id "
                             "FROM withdrawals w LEFT JOIN movements m ON m.id = w.movement_id WHERE w.id = ?");
    CUSTOS_TRY(mv);
    qint64 after = 0;
    while (true) {
        auto page = r.db().prepare((QByteArray(detail::kWithdrawalSelect) + "WHERE w.status = 'executed' AND w.id > ? ORDER BY w.id LIMIT 500").constData());
        CUSTOS_TRY(page);
        page->bind(1, after);
        QList<Withdrawal> batch;
        while (true) {
            auto row = page->step();
            CUSTOS_TRY(row);
            if (!*row)
                break;
            auto w = detail::fromRow(*page);
            CUSTOS_TRY(w);
            batch << std::move(*w);
        }
        if (batch.isEmpty())
            break;
        for (Withdrawal &w : batch) {
            after = w.id;
            CUSTOS_TRY(detail::loadDecisions(r.db(), w));
            mv->reset();
            mv->bind(1, w.id);
            auto row = mv->step();
            CUSTOS_TRY(row);
            const auto expected = w.amount.negated();
            if (!*row || mv->columnIsNull(0)) {
                out << WithdrawalFinding{w.id, QStringLiteral("movement-mismatch"), QStringLiteral("executed withdrawal %1 has no withdrawal movement").arg(w.id)};
            } else {
                auto amount = Amount::parseBaseUnits(mv->columnTextView(0));
                QStringList wrong;
                if (!amount.ok() || !expected || *amount != *expected)
                    wrong << QStringLiteral("amount %1 instead of -%2").arg(amount.ok() ? amount->toDecimal(w.decimals) : QStringLiteral("?"), w.amountText());
                if (mv->columnText(1) != QLatin1String("withdrawal"))
                    wrong << QStringLiteral("kind %1").arg(mv->columnText(1));
                if (mv->columnInt(2) != mv->columnInt(4))
                    wrong << QStringLiteral("not from the approved source address %1").arg(w.source);
                if (mv->columnText(3).compare(w.txHash, Qt::CaseInsensitive) != 0)
                    wrong << QStringLiteral("tx %1 instead of %2").arg(mv->columnText(3), w.txHash);
                if (!wrong.isEmpty())
                    out << WithdrawalFinding{w.id, QStringLiteral("movement-mismatch"),
                                             QStringLiteral("the movement of withdrawal %1 does not match the approved request: %2").arg(w.id).arg(wrong.join(QStringLiteral("; ")))};
            }
            QSet<QString> signers;
            int valid = 0;
            for (const Decision &d : w.decisions) {
                if (d.decision != QLatin1String("approve"))
                    continue;
                const auto user = users.value(d.signer);
                if (!verifyDecision(r.registerId(), w, d)) {
                    out << WithdrawalFinding{w.id, QStringLiteral("approval-signature-invalid"),
                                             QStringLiteral("the approval of %1 on withdrawal %2 does not verify against the request as recorded "
                                                            "(amount %3, destination %4): the request was changed after it was signed")
                                                 .arg(d.signer).arg(w.id).arg(w.amountText(), w.destination)};
                    continue;
                }
                if (user.second != d.publicKey || d.signer == w.maker || user.first != w.approverRole || signers.contains(d.signer)
                    || (!w.approversNamed.isEmpty() && !w.approversNamed.contains(d.signer)))
                    continue;
                signers.insert(d.signer);
                ++valid;
            }
            if (valid < w.needs)
                out << WithdrawalFinding{w.id, QStringLiteral("approvals-missing"),
                                         QStringLiteral("withdrawal %1 was executed with %2 valid approvals of the %3 its policy (version %4) required")
                                             .arg(w.id).arg(valid).arg(w.needs).arg(w.policyVersion)};
        }
    }
    auto orphans = r.db().prepare("SELECT m.id, m.withdrawal_id, IFNULL(w.status, '') FROM movements m LEFT JOIN withdrawals w ON w.id = m.withdrawal_id "
                                  "WHERE m.withdrawal_id IS NOT NULL AND (w.id IS NULL OR w.status <> 'executed' OR w.movement_id <> m.id)");
    CUSTOS_TRY(orphans);
    while (true) {
        auto row = orphans->step();
        CUSTOS_TRY(row);
        if (!*row)
            break;
        const QString status = orphans->columnText(2);
        out << WithdrawalFinding{status.isEmpty() ? 0 : orphans->columnInt(1), QStringLiteral("movement-without-withdrawal"),
                                 status.isEmpty() ? QStringLiteral("movement %1 names withdrawal %2, which does not exist").arg(orphans->columnInt(0)).arg(orphans->columnInt(1))
                                                  : QStringLiteral("movement %1 names withdrawal %2, which is %3, not executed with that movement")
                                                        .arg(orphans->columnInt(0)).arg(orphans->columnInt(1)).arg(status)};
    }
    return out;
}

Result<QList<WithdrawalFinding>> checkWithdrawalTransfers(reg::Register &r, const QList<chain::Transfer> &transfers)
{
    QList<WithdrawalFinding> out;
    auto st = r.db().prepare((QByteArray(detail::kWithdrawalSelect) + "WHERE w.tx_hash = ? AND w.status = 'executed'").constData());
    CUSTOS_TRY(st);
    for (const chain::Transfer &t : transfers) {
        if (!t.amount.isNegative())
            continue;
        st->reset();
        st->bind(1, t.txHash.toLower());
        auto row = st->step();
        CUSTOS_TRY(row);
        if (!*row)
            continue;
        auto w = detail::fromRow(*st);
        CUSTOS_TRY(w);
        const auto sent = t.amount.negated();
        if (t.asset == w->asset && (!sent || *sent != w->amount))
            out << WithdrawalFinding{w->id, QStringLiteral("transfer-mismatch"),
                                     QStringLiteral("tx %1 sent %2 %3, but withdrawal %4 was approved for %5").arg(t.txHash, sent ? sent->toDecimal(w->decimals) : QStringLiteral("?"), w->asset).arg(w->id).arg(w->amountText())};
        if (!t.counterparty.isEmpty() && t.counterparty.compare(w->destination, Qt::CaseInsensitive) != 0)
            out << WithdrawalFinding{w->id, QStringLiteral("transfer-mismatch"),
                                     QStringLiteral("tx %1 went to %2, but withdrawal %3 was approved for %4").arg(t.txHash, t.counterparty).arg(w->id).arg(w->destination)};
    }
    return out;
}

} // namespace custos::approvals
