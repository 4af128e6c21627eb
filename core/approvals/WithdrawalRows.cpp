#include "approvals/WithdrawalRows.h"

#include "register/Database.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace custos::approvals::detail {

const char *const kWithdrawalSelect =
    "SELECT w.id, c.code, a.code, a.chain, a.decimals, w.amount, w.destination, src.address, w.policy_version, w.needs, "
    "w.approver_role, w.approvers_named, w.status, IFNULL(w.eur_value, ''), w.policy_result, w.screening_result, w.maker, "
    "w.created_at, IFNULL(w.not_before, ''), w.expires_at, IFNULL(w.decided_at, ''), IFNULL(w.compliance_decision, ''), "
    "IFNULL(w.compliance_note, ''), IFNULL(w.compliance_by, ''), IFNULL(w.compliance_at, ''), IFNULL(w.exported_at, ''), "
    "IFNULL(w.exported_by, ''), IFNULL(w.tx_hash, ''), w.movement_id, IFNULL(w.executed_at, ''), IFNULL(w.executed_by, '') "
    "FROM withdrawals w JOIN clients c ON c.id = w.client_id JOIN assets a ON a.id = w.asset_id "
    "JOIN addresses src ON src.id = w.source_address_id ";

QString effectiveStatus(const QString &stored, const QString &expiresAt, const QString &now)
{
    if (stored == QLatin1String("pending") && expiresAt <= now)
        return QStringLiteral("expired");
    return stored;
}

Result<Withdrawal> fromRow(const reg::Statement &st)
{
    Withdrawal w;
    w.id = st.columnInt(0);
    w.client = st.columnText(1);
    w.asset = st.columnText(2);
    w.chain = st.columnText(3);
    w.decimals = int(st.columnInt(4));
    auto amount = Amount::parseBaseUnits(st.columnTextView(5));
    if (!amount.ok())
        return makeError(ErrorCode::CannotOpen, QStringLiteral("withdrawal %1 holds a malformed amount").arg(w.id));
    w.amount = *amount;
    w.destination = st.columnText(6);
    w.source = st.columnText(7);
    w.policyVersion = st.columnInt(8);
    w.needs = int(st.columnInt(9));
    w.approverRole = st.columnText(10);
    const QString named = st.columnText(11);
    if (!named.isEmpty())
        w.approversNamed = named.split(QLatin1Char(','));
    w.eurValue = st.columnText(13);
    w.policyResult = QJsonDocument::fromJson(st.columnText(14).toUtf8()).object();
    const QJsonValue stepData = w.policyResult.take(QLatin1String(kStepDataKey));
    for (const QJsonValue v : stepData.toArray()) {
        auto step = PolicyStep::fromJson(v.toObject());
        if (!step) { // a step this build does not know: the English "steps" stay the only wording
            w.policySteps.clear();
            break;
        }
        w.policySteps << *step;
    }
    w.screeningResult = QJsonDocument::fromJson(st.columnText(15).toUtf8()).object();
    w.maker = st.columnText(16);
    w.createdAt = st.columnText(17);
    w.notBefore = st.columnText(18);
    w.expiresAt = st.columnText(19);
    w.status = effectiveStatus(st.columnText(12), w.expiresAt, nowUtc());
    w.decidedAt = st.columnText(20);
    if (w.status == QLatin1String("expired") && w.decidedAt.isEmpty())
        w.decidedAt = w.expiresAt;
    w.complianceDecision = st.columnText(21);
    w.complianceNote = st.columnText(22);
    w.complianceBy = st.columnText(23);
    w.complianceAt = st.columnText(24);
    w.exportedAt = st.columnText(25);
    w.exportedBy = st.columnText(26);
    w.txHash = st.columnText(27);
    w.movementId = st.columnOptionalInt(28);
    w.executedAt = st.columnText(29);
    w.executedBy = st.columnText(30);
    return w;
}

Status loadDecisions(reg::Database &db, Withdrawal &w)
{
    auto st = db.prepare("SELECT signer, signer_role, public_key, decision, IFNULL(reason, ''), signed_at, signature "
                         "FROM withdrawal_approvals WHERE withdrawal_id = ? ORDER BY id");
    CUSTOS_TRY(st);
    st->bind(1, w.id);
    w.decisions.clear();
    while (true) {
        auto row = st->step();
        CUSTOS_TRY(row);
        if (!*row)
            return okStatus();
        w.decisions << Decision{st->columnText(0), st->columnText(1), st->columnBlob(2), st->columnText(3),
                                st->columnText(4), st->columnText(5), st->columnBlob(6)};
    }
}

Result<Withdrawal> load(reg::Database &db, qint64 id)
{
    auto st = db.prepare((QByteArray(kWithdrawalSelect) + "WHERE w.id = ?").constData());
    CUSTOS_TRY(st);
    st->bind(1, id);
    auto row = st->step();
    CUSTOS_TRY(row);
    if (!*row)
        return makeError(ErrorCode::BadInput, QStringLiteral("there is no withdrawal %1 (see withdrawal list)").arg(id));
    auto w = fromRow(*st);
    CUSTOS_TRY(w);
    CUSTOS_TRY(loadDecisions(db, *w));
    return w;
}

} // namespace custos::approvals::detail
