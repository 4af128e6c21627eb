#pragma once
// Measurement 2 of custos_bench_reconcile: reconciliations of a large demo register (by default
// 10,000,000 movements on 1,000,000 addresses) against its snapshot file, one per chain, with
// wall time and peak memory (VmHWM, reset before each run).

#include "BenchUtil.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace custos::bench {

struct SnapshotBenchOptions {
    QString dir;          // where the demo register is generated, or found from an earlier run
    QString registerPath; // an existing register to use instead (with snapshotPath and password)
    QString snapshotPath;
    QByteArray password = "bench-demo-password"; // the demo users' password (operator "olga")
    int clients = 100'000;
    qint64 addresses = 1'000'000;
    qint64 movements = 10'000'000;
    QStringList chains = {QStringLiteral("bitcoin"), QStringLiteral("ethereum")};
    bool breakdown = false; // also time registerView and the snapshot load on their own
};

// Runs the measurement and adds its figures ("snapshot.*") to `fig`. Exits the program on failure.
void benchSnapshot(const SnapshotBenchOptions &o, Figures &fig);

} // namespace custos::bench
