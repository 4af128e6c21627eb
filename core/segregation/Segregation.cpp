#include "segregation/Segregation.h"

#include "register/Register.h"
#include "segregation/Rules.h"
#include "util/Time.h"

#include <QJsonArray>

#include <memory>
#include <optional>
#include <thread>

namespace custos::segregation {

namespace {

const QString kLimitKey = QStringLiteral("segregation_recording_limit_hours");
constexpr qint64 kMaxLimitHours = 8760;

} // namespace

QList<LayerSummary> Report::layers() const
{
    QList<LayerSummary> out;
    for (Layer l : kLayers) {
        LayerSummary s{l, 0, 0, 0};
        for (const RuleOutcome &r : rules) {
            if (r.layer != l)
                continue;
            ++s.rules;
            s.findings += r.findings;
            s.rulesWithFindings += r.findings > 0 ? 1 : 0;
        }
        out.append(s);
    }
    return out;
}

Result<qint64> recordingLimitHours(reg::Register &r)
{
    auto v = r.meta(kLimitKey);
    if (!v.ok())
        return v.error();
    if (v->isEmpty())
        return qint64(24);
    bool ok = false;
    const qint64 h = v->toLongLong(&ok);
    if (!ok || h < 1 || h > kMaxLimitHours)
        return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed recording limit '%1'").arg(*v));
    return h;
}

Status setRecordingLimitHours(reg::Register &r, qint64 hours)
{
    CUSTOS_TRY(r.require(QStringLiteral("set the recording limit"), {reg::Role::Admin}));
    if (hours < 1 || hours > kMaxLimitHours)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("the recording limit must be between 1 and %1 hours (got %2)").arg(kMaxLimitHours).arg(hours));
    auto old = recordingLimitHours(r);
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    CUSTOS_TRY(r.setMeta(kLimitKey, QString::number(hours)));
    CUSTOS_TRY(r.audit(QStringLiteral("segregation.recording_limit"),
                       QJsonObject{{QStringLiteral("hours"), double(hours)}, {QStringLiteral("previous"), double(old.value_or(24))}}));
    return tx.commit();
}

Result<Report> runCheck(reg::Register &r, const QString &asOfDate, const Progress &progress)
{
    CUSTOS_TRY(r.require(QStringLiteral("run the segregation check"), {reg::Role::Compliance, reg::Role::Admin}));
    CheckContext c(r);
    c.progress = progress;
    Report report;
    if (!asOfDate.isEmpty()) {
        auto end = endOfDayExclusive(asOfDate);
        if (!end.ok())
            return makeError(ErrorCode::BadInput, QStringLiteral("--as-of: %1").arg(end.error().message));
        c.options.asOfEnd = *end;
        report.asOf = asOfDate;
        report.asOfEnd = *end;
    }
    auto limit = recordingLimitHours(r);
    if (!limit.ok())
        return limit.error();
    c.recordingLimitSeconds = *limit * 3600;
    report.recordingLimitHours = *limit;
    report.checkedAt = nowUtc();
    report.checkedBy = r.user().name;

    // The audit chain's own pass over the movements runs on a second connection beside the
    // verifier's pass (two cores: the check takes about as long as the longer of the two).
    std::optional<Result<audit::AuditReport>> audited;
    std::thread auditor;
    if (auto conn = r.openReadConnection(); conn.ok()) {
        auditor = std::thread([&audited, db = std::make_shared<reg::Database>(std::move(*conn))]() { audited = audit::verify(*db); });
    }
    auto joinAuditor = [&]() -> Status {
        if (!auditor.joinable())
            return okStatus();
        auditor.join();
        if (!audited || !audited->ok())
            return audited ? audited->error() : makeError(ErrorCode::Internal, QStringLiteral("the audit chain was not verified"));
        c.audit = **audited;
        c.auditChecked = true;
        return okStatus();
    };
    auto scanned = [&]() -> Status {
        c.report("reference data", 0, 1);
        CUSTOS_TRY(loadInventory(c));
        CUSTOS_TRY(loadReconciliation(c));
        c.report("reference data", 1, 1);
        return scanMovements(c);
    }();
    c.report("audit log", 0, 1);
    const Status auditDone = joinAuditor();
    CUSTOS_TRY(scanned);
    CUSTOS_TRY(auditDone);

    const qint64 ruleCount = qint64(rules().size());
    qint64 done = 0;
    for (const Rule &rule : rules()) {
        c.report("rules", done++, ruleCount);
        RuleOutput out(rule, report.findings);
        if (auto s = rule.run(c, out); !s.ok())
            return makeError(s.error().code, QStringLiteral("segregation rule %1: %2").arg(QLatin1String(rule.id), s.error().message));
        out.close();
        report.rules.append(RuleOutcome{QString::fromLatin1(rule.id), rule.layer, QString::fromLatin1(rule.title), out.count()});
    }
    report.audit = c.audit;
    for (const ClientFact &cl : c.inv.clients)
        report.clients += cl.firm ? 0 : 1;
    report.addresses = qint64(c.inv.addresses.size());
    report.movements = c.facts.movementsInScope;
    report.keysets = c.inv.keysets.size();
    report.users = c.inv.users.size();
    report.chains = c.inv.chains;
    report.chains.sort();
    for (const QString &chain : std::as_const(report.chains))
        if (c.inv.lastRun.contains(chain))
            report.lastRuns.append(c.inv.lastRun.value(chain));
    return report;
}

QJsonObject reportJson(const Report &report)
{
    QJsonArray findings;
    for (const Finding &f : report.findings)
        findings.append(QJsonObject{{QStringLiteral("layer"), layerName(f.layer)},
                                    {QStringLiteral("rule"), f.rule},
                                    {QStringLiteral("subject"), f.subject},
                                    {QStringLiteral("detail"), f.detail}});
    QJsonArray layers;
    for (const LayerSummary &s : report.layers())
        layers.append(QJsonObject{{QStringLiteral("layer"), layerName(s.layer)},
                                  {QStringLiteral("status"), s.findings == 0 ? QStringLiteral("clean") : QStringLiteral("findings")},
                                  {QStringLiteral("rules"), double(s.rules)},
                                  {QStringLiteral("rules_with_findings"), double(s.rulesWithFindings)},
                                  {QStringLiteral("findings"), double(s.findings)}});
    QJsonArray rules;
    for (const RuleOutcome &r : report.rules)
        rules.append(QJsonObject{{QStringLiteral("rule"), r.id},
                                 {QStringLiteral("layer"), layerName(r.layer)},
                                 {QStringLiteral("checks"), r.title},
                                 {QStringLiteral("findings"), double(r.findings)}});
    QJsonArray runs;
    for (const RunFact &r : report.lastRuns)
        runs.append(QJsonObject{{QStringLiteral("chain"), r.chain},
                                {QStringLiteral("run"), double(r.id)},
                                {QStringLiteral("status"), r.status},
                                {QStringLiteral("height"), double(r.height)},
                                {QStringLiteral("block_hash"), r.blockHash},
                                {QStringLiteral("finished_at"), r.finishedAt},
                                {QStringLiteral("breaks"), double(r.breaks)}});
    return QJsonObject{
        {QStringLiteral("status"), report.clean() ? QStringLiteral("clean") : QStringLiteral("findings")},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("reconciliations"), runs},
        {QStringLiteral("audit"), QJsonObject{{QStringLiteral("status"), report.audit.intact ? QStringLiteral("intact") : QStringLiteral("tampered")},
                                              {QStringLiteral("entries"), double(report.audit.entries)},
                                              {QStringLiteral("head"), report.audit.head}}},
        {QStringLiteral("checked_at"), report.checkedAt},
        {QStringLiteral("checked_by"), report.checkedBy},
        {QStringLiteral("as_of"), report.asOf.isEmpty() ? QJsonValue() : QJsonValue(report.asOf)},
        {QStringLiteral("recording_limit_hours"), double(report.recordingLimitHours)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("clients"), double(report.clients)},
                                               {QStringLiteral("addresses"), double(report.addresses)},
                                               {QStringLiteral("movements"), double(report.movements)},
                                               {QStringLiteral("keysets"), double(report.keysets)},
                                               {QStringLiteral("users"), double(report.users)}}},
    };
}

} // namespace custos::segregation
