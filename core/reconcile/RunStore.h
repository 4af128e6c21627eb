#pragma once
// Reconciliation runs and breaks as the register keeps them (evidence; never edited, breaks
// change status only).

#include "reconcile/Reconcile.h"

namespace custos::reg {
class Database;
}

namespace custos::reconcile {

// Records the run, its breaks and the audit entry in one transaction; fills in the ids. A clean
// run resolves the open breaks of earlier runs on the same chain.
Status recordRun(reg::Register &r, RunResult &run, const QString &startedAt);

// Height of the last completed (clean or breaks) run on the chain, if any.
Result<std::optional<qint64>> previousRunHeight(reg::Database &db, const QString &chain);

} // namespace custos::reconcile
