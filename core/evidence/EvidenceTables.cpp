// The tables of the evidence pack, each streamed from the register or the segregation report.

#include "evidence/Evidence.h"

#include "money/Amount.h"
#include "register/Database.h"
#include "register/Register.h"
#include "settings/Custodian.h"

namespace custos::evidence {

namespace {

QJsonValue text(reg::Statement &s, int col)
{
    return s.columnIsNull(col) ? QJsonValue() : QJsonValue(s.columnText(col));
}

QJsonValue number(qint64 v)
{
    return QJsonValue(double(v));
}

// Steps a statement, handing each row to make() and the result to the sink.
template <typename Make> Status stream(reg::Statement &st, const RowSink &sink, Make &&make)
{
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return okStatus();
        CUSTOS_TRY(sink(make(st)));
    }
}

Table summaryTable(reg::Register &r, const segregation::Report &rep)
{
    return Table{QStringLiteral("summary"), QStringLiteral("Summary"), {QStringLiteral("key"), QStringLiteral("value")},
                 [&r, &rep](const RowSink &sink) -> Status {
                     auto custodian = settings::readCustodian(r);
                     if (!custodian.ok())
                         return custodian.error();
                     const QList<QPair<QString, QJsonValue>> rows = {
                         {QStringLiteral("custodian"), custodian->name},
                         {QStringLiteral("authorisation"), custodian->authorisationId},
                         {QStringLiteral("register_id"), r.registerId()},
                         {QStringLiteral("produced_at"), rep.checkedAt},
                         {QStringLiteral("produced_by"), rep.checkedBy},
                         {QStringLiteral("as_of"), rep.asOf.isEmpty() ? QJsonValue() : QJsonValue(rep.asOf)},
                         {QStringLiteral("status"), rep.clean() ? QStringLiteral("clean") : QStringLiteral("findings")},
                         {QStringLiteral("findings"), number(rep.findings.size())},
                         {QStringLiteral("recording_limit_hours"), number(rep.recordingLimitHours)},
                         {QStringLiteral("clients"), number(rep.clients)},
                         {QStringLiteral("addresses"), number(rep.addresses)},
                         {QStringLiteral("movements"), number(rep.movements)},
                         {QStringLiteral("key_sets"), number(rep.keysets)},
                         {QStringLiteral("users"), number(rep.users)},
                         {QStringLiteral("audit_status"), rep.audit.intact ? QStringLiteral("intact") : QStringLiteral("tampered")},
                         {QStringLiteral("audit_head"), rep.audit.head},
                     };
                     for (const auto &kv : rows)
                         CUSTOS_TRY(sink(Row{kv.first, kv.second}));
                     return okStatus();
                 }};
}

Table layersTable(const segregation::Report &rep)
{
    return Table{QStringLiteral("layers"), QStringLiteral("Summary per layer"),
                 {QStringLiteral("layer"), QStringLiteral("status"), QStringLiteral("rules"), QStringLiteral("rules_with_findings"),
                  QStringLiteral("findings")},
                 [&rep](const RowSink &sink) -> Status {
                     for (const segregation::LayerSummary &l : rep.layers())
                         CUSTOS_TRY(sink(Row{segregation::layerName(l.layer),
                                             l.findings == 0 ? QStringLiteral("clean") : QStringLiteral("findings"), number(l.rules),
                                             number(l.rulesWithFindings), number(l.findings)}));
                     return okStatus();
                 }};
}

Table rulesTable(const segregation::Report &rep)
{
    return Table{QStringLiteral("rules"), QStringLiteral("Rules checked"),
                 {QStringLiteral("rule"), QStringLiteral("layer"), QStringLiteral("checks"), QStringLiteral("findings")},
                 [&rep](const RowSink &sink) -> Status {
                     for (const segregation::RuleOutcome &o : rep.rules)
                         CUSTOS_TRY(sink(Row{o.id, segregation::layerName(o.layer), o.title, number(o.findings)}));
                     return okStatus();
                 }};
}

Table findingsTable(const segregation::Report &rep)
{
    return Table{QStringLiteral("findings"), QStringLiteral("Findings"),
                 {QStringLiteral("layer"), QStringLiteral("rule"), QStringLiteral("subject"), QStringLiteral("detail")},
                 [&rep](const RowSink &sink) -> Status {
                     for (const segregation::Finding &f : rep.findings)
                         CUSTOS_TRY(sink(Row{segregation::layerName(f.layer), f.rule, f.subject, f.detail}));
                     return okStatus();
                 }};
}

Table addressesTable(reg::Register &r, const segregation::Report &rep)
{
    return Table{QStringLiteral("addresses"), QStringLiteral("Address register"),
                 {QStringLiteral("id"), QStringLiteral("chain"), QStringLiteral("address"), QStringLiteral("owner"), QStringLiteral("keyset"),
                  QStringLiteral("keyset_owner"), QStringLiteral("label"), QStringLiteral("created_at")},
                 [&r, &rep](const RowSink &sink) -> Status {
                     auto st = r.db().prepare("SELECT a.id, a.chain, a.address, a.owner, c.code, k.name, k.owner, a.label, a.created_at "
                                              "FROM addresses a LEFT JOIN clients c ON c.id = a.client_id "
                                              "LEFT JOIN keysets k ON k.id = a.keyset_id WHERE a.created_at < ?1 OR ?1 = '' ORDER BY a.id");
                     if (!st.ok())
                         return st.error();
                     st->bind(1, rep.asOfEnd);
                     return stream(*st, sink, [](reg::Statement &s) {
                         const QString owner = s.columnText(3);
                         const QString spec = owner == QLatin1String("client") ? QStringLiteral("client:") + s.columnText(4) : owner;
                         return Row{number(s.columnInt(0)), s.columnText(1), s.columnText(2), spec, text(s, 5), text(s, 6), text(s, 7),
                                    s.columnText(8)};
                     });
                 }};
}

Table keysetsTable(reg::Register &r, const segregation::Report &rep)
{
    return Table{QStringLiteral("keysets"), QStringLiteral("Key-set register"),
                 {QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("description"), QStringLiteral("client_addresses"),
                  QStringLiteral("firm_addresses"), QStringLiteral("created_at")},
                 [&r, &rep](const RowSink &sink) -> Status {
                     auto st = r.db().prepare(
                         "SELECT k.name, k.owner, k.description, "
                         "(SELECT count(*) FROM addresses a WHERE a.keyset_id = k.id AND a.owner <> 'firm' AND (a.created_at < ?1 OR ?1 = '')), "
                         "(SELECT count(*) FROM addresses a WHERE a.keyset_id = k.id AND a.owner = 'firm' AND (a.created_at < ?1 OR ?1 = '')), "
                         "k.created_at FROM keysets k WHERE k.created_at < ?1 OR ?1 = '' ORDER BY k.name");
                     if (!st.ok())
                         return st.error();
                     st->bind(1, rep.asOfEnd);
                     return stream(*st, sink, [](reg::Statement &s) {
                         return Row{s.columnText(0), s.columnText(1), text(s, 2), number(s.columnInt(3)), number(s.columnInt(4)),
                                    s.columnText(5)};
                     });
                 }};
}

Table usersTable(reg::Register &r, const segregation::Report &rep)
{
    return Table{QStringLiteral("users"), QStringLiteral("Users and roles"),
                 {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("may_request_withdrawals"),
                  QStringLiteral("may_approve_withdrawals"), QStringLiteral("public_key"), QStringLiteral("created_at"),
                  QStringLiteral("created_by"), QStringLiteral("disabled_at")},
                 [&r, &rep](const RowSink &sink) -> Status {
                     auto st = r.db().prepare("SELECT name, role, public_key, created_at, created_by, disabled_at FROM users "
                                              "WHERE created_at < ?1 OR ?1 = '' ORDER BY id");
                     if (!st.ok())
                         return st.error();
                     st->bind(1, rep.asOfEnd);
                     return stream(*st, sink, [](reg::Statement &s) {
                         auto role = reg::parseRole(s.columnText(1));
                         const bool request = role.ok() && reg::roleMay(*role, reg::Capability::RequestWithdrawal);
                         const bool approve = role.ok() && reg::roleMay(*role, reg::Capability::ApproveWithdrawal);
                         return Row{s.columnText(0), s.columnText(1), request, approve, QString::fromLatin1(s.columnBlob(2).toHex()),
                                    s.columnText(3), s.columnText(4), text(s, 5)};
                     });
                 }};
}

Table reconciliationsTable(const segregation::Report &rep)
{
    return Table{QStringLiteral("reconciliations"), QStringLiteral("Last reconciliation per chain"),
                 {QStringLiteral("chain"), QStringLiteral("status"), QStringLiteral("run"), QStringLiteral("height"),
                  QStringLiteral("block_hash"), QStringLiteral("source"), QStringLiteral("finished_at"), QStringLiteral("run_by"),
                  QStringLiteral("breaks")},
                 [&rep](const RowSink &sink) -> Status {
                     for (const QString &chain : rep.chains) {
                         const segregation::RunFact *run = nullptr;
                         for (const segregation::RunFact &f : rep.lastRuns)
                             if (f.chain == chain)
                                 run = &f;
                         if (!run)
                             CUSTOS_TRY(sink(Row{chain, QStringLiteral("not reconciled"), QJsonValue(), QJsonValue(), QJsonValue(), QJsonValue(),
                                                 QJsonValue(), QJsonValue(), QJsonValue()}));
                         else
                             CUSTOS_TRY(sink(Row{chain, run->status, number(run->id), number(run->height), run->blockHash, run->source,
                                                 run->finishedAt, run->runBy, number(run->breaks)}));
                     }
                     return okStatus();
                 }};
}

Table breaksTable(reg::Register &r, const segregation::Report &rep)
{
    return Table{QStringLiteral("reconciliation_breaks"), QStringLiteral("Breaks of the last reconciliations"),
                 {QStringLiteral("run"), QStringLiteral("chain"), QStringLiteral("break"), QStringLiteral("kind"), QStringLiteral("address"),
                  QStringLiteral("asset"), QStringLiteral("register"), QStringLiteral("chain_balance"), QStringLiteral("difference"),
                  QStringLiteral("tx_hash"), QStringLiteral("status"), QStringLiteral("owner"), QStringLiteral("note")},
                 [&r, &rep](const RowSink &sink) -> Status {
                     auto st = r.db().prepare("SELECT b.id, b.kind, b.address, s.code, s.decimals, b.register, b.chain_balance, b.difference, "
                                              "b.tx_hash, b.status, b.owner, b.note FROM recon_breaks b JOIN assets s ON s.id = b.asset_id "
                                              "WHERE b.run_id = ? ORDER BY b.id");
                     if (!st.ok())
                         return st.error();
                     for (const segregation::RunFact &run : rep.lastRuns) {
                         st->bind(1, run.id);
                         while (true) {
                             auto row = st->step();
                             if (!row.ok())
                                 return row.error();
                             if (!*row)
                                 break;
                             const int decimals = int(st->columnInt(4));
                             auto dec = [&](int col) -> QJsonValue {
                                 auto a = Amount::parseBaseUnits(st->columnTextView(col));
                                 return a.ok() ? QJsonValue(a->toDecimal(decimals)) : QJsonValue(st->columnText(col));
                             };
                             CUSTOS_TRY(sink(Row{number(run.id), run.chain, number(st->columnInt(0)), st->columnText(1), st->columnText(2),
                                                 st->columnText(3), dec(5), dec(6), dec(7), text(*st, 8), st->columnText(9), text(*st, 10),
                                                 text(*st, 11)}));
                         }
                         st->reset();
                     }
                     return okStatus();
                 }};
}

Table auditTable(const segregation::Report &rep)
{
    return Table{QStringLiteral("audit"), QStringLiteral("Audit-log verification"),
                 {QStringLiteral("status"), QStringLiteral("entries"), QStringLiteral("head"), QStringLiteral("first_bad"),
                  QStringLiteral("problem"), QStringLiteral("verified_at")},
                 [&rep](const RowSink &sink) -> Status {
                     return sink(Row{rep.audit.intact ? QStringLiteral("intact") : QStringLiteral("tampered"), number(rep.audit.entries),
                                     rep.audit.head, rep.audit.firstBad ? number(*rep.audit.firstBad) : QJsonValue(),
                                     rep.audit.problem.isEmpty() ? QJsonValue() : QJsonValue(rep.audit.problem), rep.checkedAt});
                 }};
}

} // namespace

QList<Table> evidenceTables(reg::Register &r, const segregation::Report &report)
{
    // Approval policies join this list (after "users") once the register holds them.
    return {summaryTable(r, report),   layersTable(report),       findingsTable(report),       rulesTable(report),
            addressesTable(r, report), keysetsTable(r, report),   usersTable(r, report),       reconciliationsTable(report),
            breaksTable(r, report),    auditTable(report)};
}

} // namespace custos::evidence
