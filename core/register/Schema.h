#pragma once
// Schema migrations keyed on PRAGMA user_version. SQL is written for SQLite 3.15.2
// (SQLCipher 3.4.1): no UPSERT, no window functions, no RETURNING, no JSON1.

#include "util/Result.h"

namespace custos::reg {

class Database;

int latestSchemaVersion();

// Applies every migration above the file's version, each in its own transaction.
// A register written by a newer Custos is refused (CannotOpen).
Status migrate(Database &db);

// Applies the migrations up to and including `target` (tests migrate step by step).
Status migrateTo(Database &db, int target);

} // namespace custos::reg
