#pragma once
// Everything the dashboard shows, read in one pass. loadDashboard() runs in a worker; every
// figure comes from a total kept incrementally (asset_totals, register_totals, recon_run_totals)
// or an indexed read, so it stays well under a second on a register of 10,000,000 movements.

#include "crypto/Kdf.h"
#include "ledger/Queries.h"
#include "reconcile/Breaks.h"
#include "reconcile/Reconcile.h"

#include <QList>
#include <QString>

namespace custos::reg {
class Register;
}

namespace custos::ui {

// A chain's latest reconciliation run and, per asset, the sum of its balance breaks' differences
// (chain minus register) in exact decimals: where positions and the chain disagreed at that height.
struct LastRun {
    reconcile::RunRecord run;
    struct AssetDifference {
        QString asset;
        int decimals = 0;
        Amount difference;
        qint64 breaks = 0;
    };
    QList<AssetDifference> differences;
    qint64 openBreaks = 0; // of this run, still open now
    // Per asset, the register's and the chain's totals as the run compared them; empty for an
    // incomplete run (nothing measured) and for runs recorded before the register kept totals.
    QList<reconcile::RunAssetTotal> totals;
};

struct DashboardData {
    QString error; // core's sentence; the rest is empty when set
    ledger::RegisterCounts counts;
    QList<ledger::AssetHoldings> holdings;
    ledger::AuditHead audit;
    // The register itself.
    QString registerId;
    QString createdAt;
    QString keyFile;
    qint64 users = 0;
    crypto::KdfParams kdf;
    // Reconciliation: the latest run per chain, and every run (oldest first, at most
    // kRunHistory) for the breaks-over-time chart.
    QList<LastRun> lastRuns;
    QList<reconcile::RunRecord> runs;
    // Statements: clients holding a position with no statement recorded for statementsPeriod
    // (the quarter before the current one, whose statements are due this quarter).
    QString statementsPeriod;
    qint64 statementsDue = 0;
};

inline constexpr int kRunHistory = 500;

DashboardData loadDashboard(reg::Register &r);

} // namespace custos::ui
