#pragma once
// Measurement 1 of custos_bench_reconcile: a reconciliation of N fresh EVM addresses against a
// ganache started for the run, against the bare batched eth_getBalance calls for the same
// balances at the same height.

#include "BenchUtil.h"

#include <QString>

namespace custos::bench {

struct EvmBenchOptions {
    QString dir;          // register, movements CSV
    int addresses = 10'000;
    int funded = 1'000;   // how many of them receive a deposit (each one recorded in the register)
    int depositsPerBlock = 100; // deposits queued before each evm_mine
    int clients = 1'000;  // the addresses are spread over this many clients
    int batchSize = 100;  // SourceOptions for the reconcile and the bare calls alike
    int maxInFlight = 4;
    int repeats = 5;      // timed repetitions of the component and bare measurements (medians)
};

// Runs the measurement and adds its figures ("evm.*") to `fig`. Exits the program on failure.
void benchEvm(const EvmBenchOptions &o, Figures &fig);

} // namespace custos::bench
