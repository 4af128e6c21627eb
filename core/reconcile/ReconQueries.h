#pragma once
// Read-only queries for the reconciliation screen, the dashboard and the client page: which
// chains the register can reconcile, each chain's latest run (by index) and what a run compared
// per asset.

#include "reconcile/Breaks.h"
#include "reconcile/Reconcile.h"
#include "util/Result.h"

#include <QStringList>

#include <optional>

namespace custos::reg {
class Register;
}

namespace custos::reconcile {

// The chains of the register's assets (SELECT DISTINCT chain FROM assets), sorted by name.
Result<QStringList> assetChains(reg::Register &r);

// A chain's latest run (recon_runs_chain index: one row read), if it has any.
Result<std::optional<RunRecord>> latestRun(reg::Register &r, const QString &chain);

// What run `runId` compared per asset, by asset code (empty for an incomplete run, and for runs
// recorded before schema 9 kept totals).
Result<QList<RunAssetTotal>> runTotals(reg::Register &r, qint64 runId);

// The newest runs of every chain, newest first, at most `limit` (for the breaks-over-time chart).
Result<QList<RunRecord>> recentRuns(reg::Register &r, int limit);

} // namespace custos::reconcile
