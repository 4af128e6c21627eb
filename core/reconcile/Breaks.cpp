#include "reconcile/Breaks.h"

#include "register/Register.h"
#include "util/Time.h"

namespace custos::reconcile {

namespace {

constexpr const char *kSelect =
    "SELECT b.id, b.run_id, r.chain, r.height, b.kind, b.address, s.code, s.decimals, b.register, b.chain_balance, b.difference, "
    "b.tx_hash, b.status, b.owner, b.note, b.resolved_by_movement, b.resolved_by_run, b.updated_at "
    "FROM recon_breaks b JOIN recon_runs r ON r.id = b.run_id JOIN assets s ON s.id = b.asset_id ";

BreakRecord fromRow(const reg::Statement &st)
{
    BreakRecord b;
    b.id = st.columnInt(0);
    b.runId = st.columnInt(1);
    b.chain = st.columnText(2);
    b.height = st.columnInt(3);
    b.kind = st.columnText(4);
    b.address = st.columnText(5);
    b.asset = st.columnText(6);
    b.decimals = int(st.columnInt(7));
    b.registerBalance = Amount::parseBaseUnits(st.columnTextView(8)).value_or(Amount());
    b.chainBalance = Amount::parseBaseUnits(st.columnTextView(9)).value_or(Amount());
    b.difference = Amount::parseBaseUnits(st.columnTextView(10)).value_or(Amount());
    b.txHash = st.columnText(11);
    b.status = st.columnText(12);
    b.owner = st.columnText(13);
    b.note = st.columnText(14);
    b.resolvedByMovement = st.columnOptionalInt(15);
    b.resolvedByRun = st.columnOptionalInt(16);
    b.updatedAt = st.columnText(17);
    return b;
}

Status update(reg::Register &r, const BreakRecord &b, const QString &status, const QString &owner, const QString &note,
              std::optional<qint64> movement, const QString &action)
{
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto st = r.db().prepare("UPDATE recon_breaks SET status = ?, owner = ?, note = ?, resolved_by_movement = ?, updated_at = ? WHERE id = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, status).bindOptional(2, owner).bindOptional(3, note).bindOptional(4, movement).bind(5, nowUtc()).bind(6, b.id);
    CUSTOS_TRY(st->run());
    QJsonObject payload{{QStringLiteral("break"), double(b.id)}, {QStringLiteral("run"), double(b.runId)},
                        {QStringLiteral("status"), status}, {QStringLiteral("previous_status"), b.status},
                        {QStringLiteral("owner"), owner}, {QStringLiteral("note"), note}};
    if (movement)
        payload.insert(QStringLiteral("movement"), double(*movement));
    CUSTOS_TRY(r.audit(action, payload));
    return tx.commit();
}

} // namespace

Status forEachBreak(reg::Register &r, const BreakFilter &f, const std::function<void(const BreakRecord &)> &fn)
{
    const QByteArray sql = QByteArray(kSelect) + "WHERE (?1 = '' OR b.status = ?1) AND (?2 = '' OR r.chain = ?2) AND (?3 < 0 OR b.run_id = ?3) ORDER BY b.id";
    auto st = r.db().prepare(sql.constData());
    if (!st.ok())
        return st.error();
    st->bind(1, f.status).bind(2, f.chain).bind(3, f.run.value_or(-1));
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return okStatus();
        fn(fromRow(*st));
    }
}

Result<BreakRecord> findBreak(reg::Register &r, qint64 id)
{
    const QByteArray sql = QByteArray(kSelect) + "WHERE b.id = ?";
    auto st = r.db().prepare(sql.constData());
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::BadInput, QStringLiteral("there is no break %1").arg(id));
    return fromRow(*st);
}

Status explainBreak(reg::Register &r, qint64 id, const QString &note, const QString &owner)
{
    CUSTOS_TRY(r.require(QStringLiteral("explain breaks"), {reg::Role::Operator, reg::Role::Compliance}));
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("an explanation needs a note"));
    auto b = findBreak(r, id);
    if (!b.ok())
        return b.error();
    if (b->status == QLatin1String("resolved"))
        return makeError(ErrorCode::BadInput, QStringLiteral("break %1 is already resolved").arg(id));
    return update(r, *b, QStringLiteral("explained"), owner.isEmpty() ? (b->owner.isEmpty() ? r.user().name : b->owner) : owner,
                  note.trimmed(), std::nullopt, QStringLiteral("break.explain"));
}

Status resolveBreak(reg::Register &r, qint64 id, qint64 movementId, const QString &note)
{
    CUSTOS_TRY(r.require(QStringLiteral("resolve breaks"), {reg::Role::Operator}));
    auto b = findBreak(r, id);
    if (!b.ok())
        return b.error();
    if (b->status == QLatin1String("resolved"))
        return makeError(ErrorCode::BadInput, QStringLiteral("break %1 is already resolved").arg(id));
    auto st = r.db().prepare("SELECT s.code, a.address, m.kind, r.last_movement FROM movements m JOIN assets s ON s.id = m.asset_id "
                             "LEFT JOIN addresses a ON a.id = m.address_id, recon_runs r WHERE m.id = ? AND r.id = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, movementId).bind(2, b->runId);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::BadInput, QStringLiteral("there is no movement %1").arg(movementId));
    if (st->columnText(0) != b->asset)
        return makeError(ErrorCode::BadInput, QStringLiteral("movement %1 is in %2, the break is in %3").arg(movementId).arg(st->columnText(0), b->asset));
    const QString address = st->columnText(1);
    if (!address.isEmpty() && address != b->address)
        return makeError(ErrorCode::BadInput, QStringLiteral("movement %1 is at %2, the break is at %3").arg(movementId).arg(address, b->address));
    if (movementId <= st->columnInt(3))
        return makeError(ErrorCode::BadInput, QStringLiteral("movement %1 was recorded before the run that found the break; a correction is a new entry").arg(movementId));
    return update(r, *b, QStringLiteral("resolved"), b->owner.isEmpty() ? r.user().name : b->owner, note.isEmpty() ? b->note : note.trimmed(),
                  movementId, QStringLiteral("break.resolve"));
}

Status forEachRun(reg::Register &r, const QString &chain, const std::function<void(const RunRecord &)> &fn)
{
    auto st = r.db().prepare("SELECT id, chain, source, status, block_hash, problem, started_at, finished_at, run_by, height, pairs, breaks "
                             "FROM recon_runs WHERE (?1 = '' OR chain = ?1) ORDER BY id DESC");
    if (!st.ok())
        return st.error();
    st->bind(1, chain);
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return okStatus();
        fn(RunRecord{st->columnInt(0), st->columnText(1), st->columnText(2), st->columnText(3), st->columnText(4), st->columnText(5),
                     st->columnText(6), st->columnText(7), st->columnText(8), st->columnOptionalInt(9).value_or(-1), st->columnInt(10),
                     st->columnInt(11)});
    }
}

} // namespace custos::reconcile
