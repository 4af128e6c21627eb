#include "reconcile/ReconQueries.h"

#include "register/Register.h"

namespace custos::reconcile {

namespace {

constexpr const char *kRunColumns = "SELECT id, chain, source, status, block_hash, problem, started_at, finished_at, run_by, height, pairs, "
                                    "breaks FROM recon_runs ";

RunRecord runFrom(const reg::Statement &st)
{
    return RunRecord{st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4), st.columnText(5),
                     st.columnText(6), st.columnText(7), st.columnText(8), st.columnOptionalInt(9).value_or(-1), st.columnInt(10),
                     st.columnInt(11)};
}

} // namespace

Result<QStringList> assetChains(reg::Register &r)
{
    auto st = r.db().prepare("SELECT DISTINCT chain FROM assets ORDER BY chain");
    if (!st.ok())
        return st.error();
    QStringList out;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        out.append(st->columnText(0));
    }
}

Result<std::optional<RunRecord>> latestRun(reg::Register &r, const QString &chain)
{
    auto st = r.db().prepare((QByteArray(kRunColumns) + "WHERE chain = ? ORDER BY id DESC LIMIT 1").constData());
    if (!st.ok())
        return st.error();
    st->bind(1, chain);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return std::optional<RunRecord>();
    return std::optional<RunRecord>(runFrom(*st));
}

Result<QList<RunAssetTotal>> runTotals(reg::Register &r, qint64 runId)
{
    auto st = r.db().prepare("SELECT a.code, a.decimals, t.register_total, t.chain_total, t.pairs FROM recon_run_totals t "
                             "JOIN assets a ON a.id = t.asset_id WHERE t.run_id = ? ORDER BY a.code");
    if (!st.ok())
        return st.error();
    st->bind(1, runId);
    QList<RunAssetTotal> out;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        auto reg = Amount::parseBaseUnits(st->columnTextView(2));
        auto onChain = Amount::parseBaseUnits(st->columnTextView(3));
        if (!reg.ok() || !onChain.ok())
            return makeError(ErrorCode::CannotOpen,
                             QStringLiteral("the register holds a malformed total for run %1; restore a backup of the register").arg(runId));
        out.append(RunAssetTotal{st->columnText(0), int(st->columnInt(1)), *reg, *onChain, st->columnInt(4)});
    }
}

Result<QList<RunRecord>> recentRuns(reg::Register &r, int limit)
{
    auto st = r.db().prepare((QByteArray(kRunColumns) + "ORDER BY id DESC LIMIT ?").constData());
    if (!st.ok())
        return st.error();
    st->bind(1, limit);
    QList<RunRecord> out;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        out.append(runFrom(*st));
    }
}

} // namespace custos::reconcile
