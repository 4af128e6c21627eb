#pragma once
// The segregation verifier (MiCA Art. 75(7)): checks the three layers an auditor asks for
// (on-chain separation, access separation, record separation) and reports every finding with
// its layer, rule, subject and a sentence.
//
// A check that cannot run is never reported as clean: a chain holding client positions without
// a completed reconciliation is itself a finding (rule chain-not-reconciled), so the whole check
// is not clean until every chain has been reconciled.
//
// Cost: one streaming pass over the movements (plus the audit chain's own pass); memory grows
// with clients x assets and addresses (about 40 bytes each), never with the movements.

#include "segregation/CheckData.h"
#include "segregation/Finding.h"

#include <QJsonObject>

namespace custos::reg {
class Register;
}

namespace custos::segregation {

struct RuleOutcome {
    QString id;
    Layer layer = Layer::OnChain;
    QString title;
    qint64 findings = 0;
};

struct LayerSummary {
    Layer layer = Layer::OnChain;
    qint64 rules = 0;
    qint64 rulesWithFindings = 0;
    qint64 findings = 0;
};

struct Report {
    QString checkedAt;
    QString checkedBy;
    QString asOf;     // YYYY-MM-DD or empty (everything recorded so far)
    QString asOfEnd;  // exclusive instant, or empty
    qint64 recordingLimitHours = 24;
    qint64 clients = 0, addresses = 0, movements = 0, keysets = 0, users = 0;
    QList<Finding> findings;
    QList<RuleOutcome> rules;
    audit::AuditReport audit;
    QList<RunFact> lastRuns; // the last completed reconciliation per chain that has one
    QStringList chains;      // every chain of the register's assets

    bool clean() const { return findings.isEmpty(); }
    QList<LayerSummary> layers() const;
};

// Runs every rule. asOfDate (YYYY-MM-DD, optional) limits the check to what was recorded up to
// the end of that day (UTC): movements by recorded_at, addresses, key sets and users by creation,
// reconciliation runs by finish; positions and the audit chain are checked as they stand.
// Roles: compliance, admin.
Result<Report> runCheck(reg::Register &r, const QString &asOfDate = {}, const Progress &progress = {});

// {"findings":[{"layer","rule","subject","detail"}], "clean", "layers":[…], "rules":[…], …}
QJsonObject reportJson(const Report &report);

// The recording-latency limit (meta "segregation_recording_limit_hours", default 24).
Result<qint64> recordingLimitHours(reg::Register &r);
// Admin; 1 .. 8760 hours; audited.
Status setRecordingLimitHours(reg::Register &r, qint64 hours);

} // namespace custos::segregation
