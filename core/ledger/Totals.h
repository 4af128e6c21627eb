#pragma once
// Register totals kept incrementally (schema v9): per asset, the sum of every client's positions,
// the firm's own position, how many clients hold it and how many movements it has; and how many
// clients hold any position. MovementWriter updates them in the transaction that changes the
// positions, so the dashboard reads a handful of rows instead of scanning every position.

#include "ledger/Queries.h"
#include "money/Amount.h"
#include "util/Result.h"

#include <QHash>

namespace custos::reg {
class Database;
class Register;
} // namespace custos::reg

namespace custos::ledger {

// One position change inside a MovementWriter transaction (balances before and after).
struct PositionChange {
    qint64 clientId = 0;
    qint64 assetId = 0;
    Amount before;
    Amount after;
    qint64 movements = 0; // movements added
};

// Applies position changes to asset_totals and to the holding-clients count. Must run inside
// the transaction that writes the positions, after they are written.
Status applyPositionChanges(reg::Database &db, const QList<PositionChange> &changes);

// Recomputes every total from the positions (the v9 migration; and a repair).
Status rebuildTotals(reg::Database &db);

// The totals as kept (one row per asset, ordered by asset code).
Result<QList<AssetHoldings>> keptHoldings(reg::Register &r);
// The same figures summed from the positions (a full scan: for tests and checks only).
Result<QList<AssetHoldings>> summedHoldings(reg::Register &r);

// Every movement of the register (sum of the per-asset counts).
Result<qint64> keptMovementCount(reg::Database &db);
// Clients (not the firm) holding a non-zero position in any asset.
Result<qint64> holdingClients(reg::Database &db);

// Clients holding a position with no statement recorded for period: the holding clients less
// those of them covered by a statement of the period (statements_period index).
Result<qint64> statementsDueKept(reg::Database &db, const QString &period);

} // namespace custos::ledger
