#pragma once
// The raw baseline: a fresh SQLCipher database with the register's schema (reg::migrate), the
// same reference rows under the same ids, and the movements inserted with one prepared INSERT
// in one transaction from values parsed before the clock starts.

#include "BenchData.h"

#include "register/Database.h"

namespace custos::bench {

// Opens a new database at `path` with a random 32-byte key, migrates it and copies the
// clients, assets, key set and addresses of `reg` (same ids, so foreign keys are checked the
// same way). Exits the program on any failure.
reg::Database buildRawDatabase(const QString &path, const BenchRegister &reg);

// Inserts every row in one transaction (committed); returns the milliseconds taken.
double insertRawMovements(reg::Database &db, const std::vector<RawRow> &rows, const QByteArray &recordedAt);

} // namespace custos::bench
