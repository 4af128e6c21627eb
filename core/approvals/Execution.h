#pragma once
// Execution of an approved withdrawal, and the checks reconciliation and the segregation
// verifier run on executed withdrawals.

#include "chain/ChainSource.h"
#include "approvals/Withdrawals.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace custos::approvals {

// Operator, on an approved (not frozen) withdrawal: records the on-chain tx and the withdrawal
// movement (negative amount, kind withdrawal, withdrawal_id set, from the source address)
// through MovementWriter, so positions and the audit log stay right; the request becomes
// `executed`.
Result<Withdrawal> markExecuted(reg::Register &r, qint64 id, const QString &txHash, std::optional<qint64> blockHeight = std::nullopt);

struct WithdrawalFinding {
    qint64 withdrawalId = 0;   // 0 for a movement naming no existing withdrawal
    QString rule;              // movement-mismatch | approvals-missing | approval-signature-invalid |
                               // movement-without-withdrawal | transfer-mismatch
    QString detail;            // a sentence
};

// Every executed withdrawal: its movement matches (amount, source address, tx), and it carries
// the valid signed approvals its policy required (distinct signers of the role, not the maker,
// each signature checked against the request as stored, so an edited amount or destination is
// caught; public keys must be the signers' registered keys). Withdrawal movements naming a
// withdrawal that is not executed are findings too. Streams over the executed requests.
Result<QList<WithdrawalFinding>> withdrawalFindings(reg::Register &r);

// For reconciliation: transfers seen on chain whose tx hash is an executed withdrawal's must send
// its amount; and when the chain names the counterparty, to its destination.
Result<QList<WithdrawalFinding>> checkWithdrawalTransfers(reg::Register &r, const QList<chain::Transfer> &transfers);

} // namespace custos::approvals
