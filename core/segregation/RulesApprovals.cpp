// The rules over the withdrawal approval workflow (core/approvals): an approval policy whose
// quorum cannot be met by as many distinct people as it names, and executed withdrawals that
// lack the approvals their policy required or do not match what was approved.

#include "segregation/Rules.h"

#include "approvals/Execution.h"
#include "approvals/Policy.h"

#include <QSet>

namespace custos::segregation {

namespace {

// The distinct people who could sign under a policy rule: users of the rule's role (or the
// named ones), counted once per person and once per signing key.
struct Eligible {
    int people = 0;
    QStringList names;
    QStringList missing; // named approvers that are no user of that role
    QStringList sharedKeys; // names whose key another eligible user holds too
};

Eligible eligibleFor(const approvals::PolicyRule &rule, const QList<UserFact> &users)
{
    Eligible e;
    QSet<QByteArray> keys;
    QSet<QString> seen;
    auto consider = [&](const UserFact &u) {
        if (u.role != rule.role || seen.contains(u.name))
            return;
        seen.insert(u.name);
        e.names << u.name;
        if (!u.publicKey.isEmpty() && keys.contains(u.publicKey)) {
            e.sharedKeys << u.name;
            return; // the same key is the same signer, whatever the name
        }
        keys.insert(u.publicKey);
        ++e.people;
    };
    if (rule.approvers.isEmpty()) {
        for (const UserFact &u : users)
            consider(u);
        return e;
    }
    for (const QString &name : rule.approvers) {
        const auto it = std::find_if(users.cbegin(), users.cend(), [&](const UserFact &u) { return u.name == name; });
        if (it == users.cend() || it->role != rule.role)
            e.missing << name;
        else
            consider(*it);
    }
    return e;
}

QString ruleSubject(qint64 version, qsizetype index)
{
    return QStringLiteral("policy:%1/rules[%2]").arg(version).arg(index);
}

} // namespace

Status policyQuorumUndermanned(CheckContext &c, RuleOutput &out)
{
    auto current = approvals::currentPolicy(c.r);
    if (!current.ok())
        return current.error();
    if (current->version == 0)
        return okStatus(); // the built-in default until an admin sets a policy: nothing named yet
    const QList<approvals::PolicyRule> &rules = current->policy.rules;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const approvals::PolicyRule &rule = rules[i];
        const Eligible e = eligibleFor(rule, c.inv.users);
        if (e.people >= rule.approvals && e.missing.isEmpty())
            continue;
        QString detail = QStringLiteral("Policy version %1, rule %2 (client %3, asset %4, from %5) needs %6 distinct approvals of role %7, "
                                        "but only %8 distinct people can give them")
                             .arg(current->version)
                             .arg(i)
                             .arg(rule.client, rule.asset, rule.minAmount)
                             .arg(rule.approvals)
                             .arg(rule.role)
                             .arg(e.people);
        if (!e.names.isEmpty())
            detail += QStringLiteral(" (%1)").arg(e.names.join(QStringLiteral(", ")));
        if (!e.missing.isEmpty())
            detail += QStringLiteral("; named approvers that are no user of that role: %1").arg(e.missing.join(QStringLiteral(", ")));
        if (!e.sharedKeys.isEmpty())
            detail += QStringLiteral("; signing with another user's key: %1").arg(e.sharedKeys.join(QStringLiteral(", ")));
        detail += QStringLiteral(". Add approvers or lower the rule's approvals.");
        out.add(ruleSubject(current->version, i), detail);
    }
    return okStatus();
}

namespace {

Status withdrawalFindingsOf(CheckContext &c, RuleOutput &out, const QStringList &kinds)
{
    auto findings = approvals::withdrawalFindings(c.r);
    if (!findings.ok())
        return findings.error();
    for (const approvals::WithdrawalFinding &f : std::as_const(*findings)) {
        if (!kinds.contains(f.rule))
            continue;
        const QString subject = f.withdrawalId > 0 ? QStringLiteral("withdrawal:%1").arg(f.withdrawalId) : QStringLiteral("withdrawal:unknown");
        out.add(subject, f.detail);
    }
    return okStatus();
}

} // namespace

Status withdrawalWithoutApprovals(CheckContext &c, RuleOutput &out)
{
    return withdrawalFindingsOf(c, out, {QStringLiteral("approvals-missing"), QStringLiteral("approval-signature-invalid")});
}

Status withdrawalNotAsApproved(CheckContext &c, RuleOutput &out)
{
    return withdrawalFindingsOf(c, out,
                                {QStringLiteral("movement-mismatch"), QStringLiteral("movement-without-withdrawal"),
                                 QStringLiteral("transfer-mismatch")});
}

} // namespace custos::segregation
