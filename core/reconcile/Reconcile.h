#pragma once
// Block-pinned reconciliation: for every (address, asset) of a chain, what the register says at
// a height against what the chain says at that height. Every difference is a break; a run whose
// source failed is recorded as incomplete, never as clean.

#include "chain/ChainSource.h"
#include "money/Amount.h"
#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace custos::reg {
class Register;
}

namespace custos::reconcile {

enum class BreakKind { Balance, UnrecordedTransfer, UnknownTx };
QString breakKindName(BreakKind k);

struct BreakLine {
    qint64 id = 0;
    BreakKind kind = BreakKind::Balance;
    QString address;
    QString asset;
    int decimals = 0;
    Amount registerBalance;
    Amount chainBalance;
    Amount difference; // chain - register
    QString txHash;
};

// Per asset, what the run compared: the register's total and the chain's total over every pair
// of that asset (a snapshot's rows at addresses the register does not know count on the chain's
// side only). Kept with the run (recon_run_totals); an incomplete run has none.
struct RunAssetTotal {
    QString asset;
    int decimals = 0;
    Amount registerTotal;
    Amount chainTotal;
    qint64 pairs = 0;
};

struct RunResult {
    qint64 runId = 0;
    QString status; // clean | breaks | incomplete
    QString chain;
    QString source;
    qint64 height = -1;
    QString blockHash;
    qint64 pairs = 0;
    QList<BreakLine> breaks;
    QString problem;              // why a run is incomplete
    QMap<QString, QString> tolerances; // asset -> dust tolerance in base units, as applied
    QList<RunAssetTotal> totals;       // per asset compared, by asset code; empty when incomplete
};

struct RunOptions {
    QString sourceLabel;          // as recorded (no password)
    bool isSnapshot = false;      // a snapshot has balances only (no transfer matching)
    std::optional<qint64> height; // pin; default: the source's tip minus confirmations
    int confirmations = 0;
};

using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

// Runs and records a reconciliation. A source that fails, times out, serves another network or
// moves under the run gives a recorded run with status "incomplete" and the reason in `problem`
// (nothing is recorded as clean). Errors: BadInput (bad request), Denied (role).
Result<RunResult> runReconciliation(reg::Register &r, const chain::Network &net, chain::ChainSource &source,
                                    const RunOptions &options, const Progress &progress = {});

// Per-asset dust tolerance (base units, >= 0); zero by default.
Status setTolerance(reg::Register &r, const QString &asset, const QString &decimal);

} // namespace custos::reconcile
