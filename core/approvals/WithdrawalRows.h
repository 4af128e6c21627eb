#pragma once
// Internal to core/approvals: reading withdrawal rows and their decisions.

#include "approvals/Withdrawals.h"
#include "register/Database.h"

namespace custos::approvals::detail {

// Column list shared by every withdrawal query (alias w, joined c, s, a, src).
extern const char *const kWithdrawalSelect;

// The key of policy_result holding the steps as data (PolicyStep::toJson). fromRow moves it
// into Withdrawal::policySteps, so policyResult stays what the CLI contract shows.
inline constexpr const char *kStepDataKey = "step_data";

Result<Withdrawal> fromRow(const reg::Statement &st);
Status loadDecisions(reg::Database &db, Withdrawal &w);
Result<Withdrawal> load(reg::Database &db, qint64 id);  // with decisions; NotFound is BadInput
QString effectiveStatus(const QString &stored, const QString &expiresAt, const QString &now);

} // namespace custos::approvals::detail

namespace custos::approvals {

// Sum of the client's pending and approved withdrawals in the asset.
Result<Amount> reservedAmount(reg::Database &db, qint64 clientId, qint64 assetId);
// Found (a policy refusal) when amount is above position minus reserved.
Status checkAvailable(reg::Database &db, qint64 clientId, qint64 assetId, Amount amount, int decimals, const QString &client,
                      const QString &asset);
Result<std::optional<Decimal>> latestEurPrice(reg::Database &db, qint64 assetId);

} // namespace custos::approvals
