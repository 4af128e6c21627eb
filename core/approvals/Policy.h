#pragma once
// The withdrawal approval policy: amount tiers, velocity limits, destination whitelist, desk
// hours and expiry. Parsed strictly from the JSON of `policy set` (an unknown key or a malformed
// value names the key and changes nothing), stored versioned (every set is a new version, the
// old ones stay), and written back in the same format by `policy show`.

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace custos::reg {
class Register;
}

namespace custos::approvals {

struct PolicyRule {
    QString client = QStringLiteral("*"); // client id or "*"
    QString asset = QStringLiteral("*");  // CHAIN:SYM or "*" (then min_amount is EUR)
    QString minAmount = QStringLiteral("0"); // whole-unit decimal text as written
    int approvals = 1;                    // distinct approvers needed, at least 1
    QString role = QStringLiteral("approver");
    QStringList approvers;                // optional: "M of the approvers named"
};

struct VelocityRule {
    QString client = QStringLiteral("*");
    QString asset = QStringLiteral("*");
    int windowHours = 24;
    QString limit;                        // whole units of the asset, or EUR for "*"
    QString over = QStringLiteral("refuse"); // refuse | higher-tier
};

struct WhitelistPolicy {
    bool present = false;
    bool required = false;
    int coolingOffHours = 24;
    int adminApprovals = 1;
};

struct DeskHours {
    bool present = false;
    QTime from;
    QTime to;
    QString timeZone;                     // IANA name, e.g. Europe/Berlin
    QTimeZone zone;                       // resolved once at parse
    QString outside = QStringLiteral("extra-approver"); // extra-approver | wait
    QList<int> days;                      // ISO weekdays 1 (Mon) .. 7 (Sun); empty = every day
};

struct Policy {
    QList<PolicyRule> rules;
    QList<VelocityRule> velocity;
    WhitelistPolicy whitelist;
    DeskHours deskHours;
    int expiryHours = 24;

    // The built-in policy before any `policy set` (version 0): one approver of role approver for
    // everything, 24 h expiry, no velocity, whitelist or desk hours.
    static Policy builtIn();
    // Strict parse; errors (BadInput) name the key, e.g. "policy: rules[1].approvals must be ...".
    static Result<Policy> fromJson(const QByteArray &json);
    QJsonObject toJson() const; // the contract's format, round-trips through fromJson
};

struct PolicyVersion {
    qint64 version = 0; // 0 = built-in
    QString setAt;
    QString setBy;
    Policy policy;
};

// Sets a new version (admin), audited as policy.set with the version and the document.
Result<PolicyVersion> setPolicy(reg::Register &r, const QByteArray &json);
// The policy in force, or a given version (any role).
Result<PolicyVersion> currentPolicy(reg::Register &r);
Result<PolicyVersion> policyVersion(reg::Register &r, qint64 version);
Result<QList<PolicyVersion>> policyHistory(reg::Register &r);

} // namespace custos::approvals
