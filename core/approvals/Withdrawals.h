#pragma once
// Withdrawal requests: made by an operator (the maker), evaluated at once against the policy in
// force, the freezes, the available balance, the whitelist and the screening lists; approved or
// rejected by approvers, each decision an Ed25519 signature over the canonical request
// (Canonical.h). Pure queries return plain structs for the GUI's approvals inbox.

#include "approvals/PolicyEval.h"
#include "crypto/SecureBytes.h"
#include "money/Amount.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace custos::reg {
class Database;
class Register;
} // namespace custos::reg

namespace custos::approvals {

struct Decision {
    QString signer;
    QString signerRole;
    QByteArray publicKey;  // 32 bytes
    QString decision;      // approve | reject
    QString reason;        // for a rejection
    QString signedAt;
    QByteArray signature;  // 64 bytes over decisionMessage()
};

struct Withdrawal {
    qint64 id = 0;
    QString client;
    QString asset;        // CHAIN:SYM
    QString chain;
    int decimals = 0;
    Amount amount;        // base units, > 0
    QString destination;  // canonical
    QString source;       // canonical, a client or omnibus address on a client key set
    qint64 policyVersion = 0;
    int needs = 1;        // approvals required in all
    QString approverRole;
    QStringList approversNamed;
    QString status;       // pending | approved | rejected | blocked | expired | executed (expiry applied on read)
    QString eurValue;     // at the request's time, empty without a price
    QJsonObject policyResult;     // as the CLI shows it: "steps" in English
    QList<PolicyStep> policySteps; // the same steps as data, for the console's own wording; empty
                                   // for requests stored before steps were kept as data
    QJsonObject screeningResult;
    QString maker;
    QString createdAt;
    QString notBefore;    // desk hours "wait": approvals from then
    QString expiresAt;    // created (or, when waiting for desk hours, not_before) + the policy's expiry
    QString decidedAt;
    QString complianceDecision; // release | reject, after a screening block
    QString complianceNote;
    QString complianceBy;
    QString complianceAt;
    QString exportedAt;
    QString exportedBy;
    QString txHash;
    std::optional<qint64> movementId;
    QString executedAt;
    QString executedBy;
    QList<Decision> decisions;

    int approvalsGiven() const;
    int stillNeeded() const; // 0 once approved
    QString amountText() const { return amount.toDecimal(decimals); }
};

struct WithdrawalInput {
    QString client;
    QString asset;
    QString amount; // whole-unit decimal
    QString to;
    QString from;   // optional: a specific client or omnibus address of the client
};

// Operator. A policy refusal (frozen, over the available balance, velocity "refuse", destination
// not whitelisted or cooling off) is ErrorCode::Found naming the reason; nothing is created and the
// refusal is audited. A screening hit creates the request as `blocked`.
Result<Withdrawal> requestWithdrawal(reg::Register &r, const WithdrawalInput &in);
// The same evaluation without writing anything (for a request form): the request as it would be
// created (id 0, its status, approvals needed, policy and screening result) or the refusal.
Result<Withdrawal> previewWithdrawal(reg::Register &r, const WithdrawalInput &in);

// Any role.
Result<Withdrawal> findWithdrawal(reg::Register &r, qint64 id);
struct WithdrawalFilter {
    QString status; // empty: every status
    QString client; // empty: every client
    qint64 afterId = 0;
    int limit = 1000;
};
Result<QList<Withdrawal>> listWithdrawals(reg::Register &r, const WithdrawalFilter &f);
// Pending requests the signed-in user may still sign (their role, not the maker, not yet signed).
Result<QList<Withdrawal>> approvalInbox(reg::Register &r, int limit = 1000);

// Approver (the role the request's rule names). The seed must be the user's own signing key:
// Register::signingSeed(), or Register::unlockSigningKey(password) when the desk asks again.
Result<Withdrawal> approveWithdrawal(reg::Register &r, qint64 id, const crypto::SecureBytes &seed);
Result<Withdrawal> rejectWithdrawal(reg::Register &r, qint64 id, const QString &reason, const crypto::SecureBytes &seed);

// Compliance, on a `blocked` request: "release" (it becomes pending and goes to the approvers;
// the screening hit and this decision stay on it) or "reject". The note is required.
Result<Withdrawal> recordScreeningDecision(reg::Register &r, qint64 id, const QString &decision, const QString &note);

// Turns pending requests past their expiry into `expired` (audited); caller holds the transaction.
Status expireDue(reg::Register &r);
// The same in a transaction of its own (committed even when the operation that follows is refused).
Status sweepExpired(reg::Register &r);

// The decision message of one decision on this request (Canonical.h).
Result<QByteArray> decisionMessageFor(const QString &registerId, const Withdrawal &w, const Decision &d);
// Whether d.signature is d.publicKey's signature over that message (offline: public key only).
bool verifyDecision(const QString &registerId, const Withdrawal &w, const Decision &d);

} // namespace custos::approvals
