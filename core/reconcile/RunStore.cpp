#include "reconcile/RunStore.h"

#include "audit/Anchor.h"
#include "register/Register.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace custos::reconcile {

Result<std::optional<qint64>> previousRunHeight(reg::Database &db, const QString &chain)
{
    auto st = db.prepare("SELECT height FROM recon_runs WHERE chain = ? AND status IN ('clean','breaks') ORDER BY id DESC LIMIT 1");
    if (!st.ok())
        return st.error();
    st->bind(1, chain);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return std::optional<qint64>();
    return std::optional<qint64>(st->columnInt(0));
}

Status recordRun(reg::Register &r, RunResult &run, const QString &startedAt)
{
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    QJsonObject tol;
    for (auto it = run.tolerances.constBegin(); it != run.tolerances.constEnd(); ++it)
        tol.insert(it.key(), it.value());
    const QString now = nowUtc();
    // The audit head this run saw, signed by its user: a later rewrite of the history up to it
    // is found by `audit verify` even when every hash was recomputed.
    auto head = audit::signCurrentHead(r, QStringLiteral("reconcile.run"), false);
    if (!head.ok())
        return head.error();
    auto ins = r.db().prepare("INSERT INTO recon_runs(chain, source, height, block_hash, status, pairs, breaks, tolerances, problem, "
                              "started_at, finished_at, run_by, last_movement, head_seq, head_hash, head_signed_at, head_signature) "
                              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,(SELECT ifnull(max(id), 0) FROM movements),?,?,?,?)");
    if (!ins.ok())
        return ins.error();
    ins->bind(1, run.chain).bind(2, run.source).bindOptional(3, run.height >= 0 ? std::optional<qint64>(run.height) : std::nullopt)
        .bindOptional(4, run.blockHash).bind(5, run.status).bind(6, run.pairs).bind(7, qint64(run.breaks.size()))
        .bind(8, QString::fromUtf8(QJsonDocument(tol).toJson(QJsonDocument::Compact))).bindOptional(9, run.problem)
        .bind(10, startedAt).bind(11, now).bind(12, r.user().name).bind(13, head->seq).bind(14, head->hash).bind(15, head->at)
        .bind(16, QString::fromLatin1(head->signature.toHex()));
    CUSTOS_TRY(ins->run());
    run.runId = r.db().lastInsertId();

    auto brk = r.db().prepare("INSERT INTO recon_breaks(run_id, kind, address, address_id, asset_id, register, chain_balance, difference, "
                              "tx_hash, updated_at) VALUES (?,?,?,(SELECT id FROM addresses WHERE chain = ? AND address = ?),"
                              "(SELECT id FROM assets WHERE code = ?),?,?,?,?,?)");
    if (!brk.ok())
        return brk.error();
    QJsonArray summary;
    for (BreakLine &b : run.breaks) {
        brk->bind(1, run.runId).bind(2, breakKindName(b.kind)).bind(3, b.address).bind(4, run.chain).bind(5, b.address).bind(6, b.asset)
            .bind(7, b.registerBalance.toBaseUnits()).bind(8, b.chainBalance.toBaseUnits()).bind(9, b.difference.toBaseUnits())
            .bindOptional(10, b.txHash).bind(11, now);
        CUSTOS_TRY(brk->run());
        b.id = r.db().lastInsertId();
        if (summary.size() < 1000)
            summary.append(QJsonObject{{QStringLiteral("id"), double(b.id)}, {QStringLiteral("kind"), breakKindName(b.kind)},
                                       {QStringLiteral("address"), b.address}, {QStringLiteral("asset"), b.asset},
                                       {QStringLiteral("difference"), b.difference.toBaseUnits()}});
    }
    // What the run compared per asset, so the dashboard and the client page show the chain's
    // side without asking the chain again.
    auto total = r.db().prepare("INSERT INTO recon_run_totals(run_id, asset_id, register_total, chain_total, pairs) "
                                "VALUES (?,(SELECT id FROM assets WHERE code = ?),?,?,?)");
    if (!total.ok())
        return total.error();
    for (const RunAssetTotal &t : run.totals) {
        total->bind(1, run.runId).bind(2, t.asset).bind(3, t.registerTotal.toBaseUnits()).bind(4, t.chainTotal.toBaseUnits()).bind(5, t.pairs);
        CUSTOS_TRY(total->run());
    }
    if (run.status == QLatin1String("clean")) {
        auto resolve = r.db().prepare("UPDATE recon_breaks SET status = 'resolved', resolved_by_run = ?, updated_at = ? "
                                      "WHERE status <> 'resolved' AND run_id IN (SELECT id FROM recon_runs WHERE chain = ?)");
        if (!resolve.ok())
            return resolve.error();
        resolve->bind(1, run.runId).bind(2, now).bind(3, run.chain);
        CUSTOS_TRY(resolve->run());
    }
    CUSTOS_TRY(r.audit(QStringLiteral("reconcile.run"),
                       QJsonObject{{QStringLiteral("run"), double(run.runId)}, {QStringLiteral("chain"), run.chain},
                                   {QStringLiteral("source"), run.source}, {QStringLiteral("height"), double(run.height)},
                                   {QStringLiteral("block_hash"), run.blockHash}, {QStringLiteral("status"), run.status},
                                   {QStringLiteral("pairs"), double(run.pairs)}, {QStringLiteral("breaks"), summary},
                                   {QStringLiteral("problem"), run.problem}, {QStringLiteral("tolerances"), tol},
                                   {QStringLiteral("audit_head"), QJsonObject{{QStringLiteral("seq"), double(head->seq)},
                                                                              {QStringLiteral("hash"), head->hash},
                                                                              {QStringLiteral("signature"), QString::fromLatin1(head->signature.toHex())}}}}));
    return tx.commit();
}

} // namespace custos::reconcile
