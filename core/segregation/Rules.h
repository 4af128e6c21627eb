#pragma once
// The verifier's rules: independent units, each with a stable id and a layer, registered in one
// list (Rules.cpp). A rule reads the shared CheckContext (reference data, reconciliation evidence,
// the facts of the one pass over the movements) and may run its own queries; it adds findings
// through RuleOutput. New rules (e.g. those of the approvals workflow) are one function and one
// line in the list.

#include "segregation/CheckData.h"
#include "segregation/Finding.h"

namespace custos::segregation {

struct Rule;

// Collects a rule's findings; lists at most kListedPerRule and counts the rest.
class RuleOutput {
public:
    RuleOutput(const Rule &rule, QList<Finding> &out) : m_rule(rule), m_out(out) {}
    void add(const QString &subject, const QString &detail);
    // When the rule could list only part of what it found: findings beyond those listed.
    void addUnlisted(qint64 n) { m_unlisted += n; }
    qint64 count() const { return m_count + m_unlisted; }
    void close(); // adds the closing "N more" finding when some were not listed
    const Rule &rule() const { return m_rule; }

private:
    const Rule &m_rule;
    QList<Finding> &m_out;
    qint64 m_count = 0;
    qint64 m_unlisted = 0;
};

using RuleFn = Status (*)(CheckContext &c, RuleOutput &out);

struct Rule {
    const char *id;
    Layer layer;
    const char *title; // what the rule proves when it finds nothing
    RuleFn run;
};

// Every rule, in report order (on-chain, access, records).
const std::vector<Rule> &rules();

// The rule functions, by layer (RulesOnChain.cpp, RulesAccess.cpp, RulesRecords.cpp).
Status addressWithoutOwner(CheckContext &c, RuleOutput &out);
Status addressDesignatedTwice(CheckContext &c, RuleOutput &out);
Status clientAssetsAtFirmAddress(CheckContext &c, RuleOutput &out);
Status otherClientAtSegregatedAddress(CheckContext &c, RuleOutput &out);
Status firmFundsAtClientAddress(CheckContext &c, RuleOutput &out);
Status chainNotReconciled(CheckContext &c, RuleOutput &out);
Status positionNotBacked(CheckContext &c, RuleOutput &out);
Status firmClientTransfer(CheckContext &c, RuleOutput &out);

Status keysetControlsClientAndFirm(CheckContext &c, RuleOutput &out);
Status clientAddressOnFirmKeyset(CheckContext &c, RuleOutput &out);
Status firmAddressOnClientKeyset(CheckContext &c, RuleOutput &out);
Status addressWithoutKeyset(CheckContext &c, RuleOutput &out);
Status roleCanRequestAndApprove(CheckContext &c, RuleOutput &out);
Status keysetWithoutDescription(CheckContext &c, RuleOutput &out);
Status approverKeyNotAttributable(CheckContext &c, RuleOutput &out);
Status policyQuorumUndermanned(CheckContext &c, RuleOutput &out); // RulesApprovals.cpp

Status movementWithoutChainReference(CheckContext &c, RuleOutput &out);
Status unrecordedChainTransfer(CheckContext &c, RuleOutput &out);
Status movementNotOnChain(CheckContext &c, RuleOutput &out);
Status lateRecording(CheckContext &c, RuleOutput &out);
Status positionDiffersFromMovements(CheckContext &c, RuleOutput &out);
Status auditChainBroken(CheckContext &c, RuleOutput &out);
Status withdrawalWithoutApprovals(CheckContext &c, RuleOutput &out); // RulesApprovals.cpp
Status withdrawalNotAsApproved(CheckContext &c, RuleOutput &out);    // RulesApprovals.cpp

// The role-design check on its own, with the capability table as a parameter, so a role design
// other than the built-in one can be checked (and tested) too.
void checkRoleDesign(const QList<UserFact> &users, bool (*may)(reg::Role, reg::Capability), RuleOutput &out);

} // namespace custos::segregation
