#pragma once
// Evaluating a withdrawal against a policy: a pure function of the policy, the request's facts
// and the client's recent withdrawals. No register access, so the GUI can preview a request and
// the benchmark can measure it alone.
//
// Tiers: rules are grouped by their (client, asset) scope; in each matching group the rule with
// the highest min_amount not above the amount applies (amounts of an asset's rule in that asset,
// of a "*" rule in EUR at the latest price); when several groups match (e.g. a client's own rule
// and the rule for everybody), the one needing the most approvals applies: the strictest wins.

#include "approvals/Policy.h"
#include "money/Amount.h"
#include "money/Decimal.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace custos::approvals {

// One step of a policy result as data: what was checked (the code) and its figures (the
// arguments, as text), so the console words it in the user's language while the CLI and the
// stored result keep the English text(). Arguments by code, in order:
//   Whitelisted            entry id, usable since (ISO UTC)
//   Tier                   rule no., client scope, asset scope, min amount, "EUR" when the rule
//                          compares in EUR (else empty), approvals, role, named approvers (", ")
//   NoTier                 amount (whole units), asset, client
//   VelocityWithin         limit no., limit, unit ("EUR" or the asset), window hours, sum with
//                          this request (in the unit)
//   VelocityExceeded       the five above, then the approvals now needed
//   InsideDeskHours        none
//   OutsideDeskHoursWait   from "HH:mm", to "HH:mm", time zone, approvals from (ISO UTC)
//   OutsideDeskHoursExtra  from "HH:mm", to "HH:mm", time zone, approvals now needed
//   Available              none (not frozen; within the available balance)
//   Refused                the reason (an English sentence)
enum class StepCode {
    Whitelisted,
    Tier,
    NoTier,
    VelocityWithin,
    VelocityExceeded,
    InsideDeskHours,
    OutsideDeskHoursWait,
    OutsideDeskHoursExtra,
    Available,
    Refused,
};

struct PolicyStep {
    StepCode code = StepCode::Available;
    QStringList args;

    QString arg(int i) const { return args.value(i); }
    QString text() const;        // the English sentence (CLI, the stored "steps")
    QJsonObject toJson() const;  // {"code": "tier", "args": [...]}
    // nullopt for an unknown code or a wrong number of arguments.
    static std::optional<PolicyStep> fromJson(const QJsonObject &o);
};

QString stepCodeName(StepCode code); // "tier", "velocity_exceeded", ...

struct RequestFacts {
    QString client;                 // client id
    QString asset;                  // CHAIN:SYM
    int decimals = 0;
    Amount amount;                  // base units, > 0
    std::optional<Decimal> eurValue; // at the latest EUR price; nullopt when there is none
    QDateTime now;                  // UTC
};

// The client's live withdrawals (pending, approved, executed) created in the last `hours`, not
// counting the request being evaluated.
struct WindowTotals {
    Amount asset;                   // in the request's asset
    std::optional<Decimal> eur;     // every asset in EUR; nullopt when one of them has no price
};
using WindowLookup = std::function<Result<WindowTotals>(int hours)>;

struct Evaluation {
    bool refused = false;
    QString reason;                 // why it was refused (a sentence)
    int needs = 1;                  // distinct approvals needed, at least 1
    QString role = QStringLiteral("approver");
    QStringList approvers;          // named approvers (empty: any user of the role)
    int ruleIndex = -1;             // the tier rule that applied
    QList<PolicyStep> steps;        // what was checked, in order, for the request's policy result
    QString notBefore;              // ISO UTC: outside desk hours with "wait", approvals from then
    QStringList stepTexts() const;  // the steps in English
    QJsonObject toJson() const;     // "steps" in English, as the CLI shows them
};

Evaluation evaluatePolicy(const Policy &p, const RequestFacts &f, const WindowLookup &window);

// Desk hours at `utcNow`: whether inside, and the next opening (UTC) when outside.
bool insideDeskHours(const DeskHours &d, const QDateTime &utcNow, QDateTime *nextOpening = nullptr);

} // namespace custos::approvals
