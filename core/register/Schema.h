#pragma once
// Schema migrations keyed on PRAGMA user_version. SQL is written for SQLite 3.15.2
// (SQLCipher 3.4.1): no UPSERT, no window functions, no RETURNING, no JSON1.

#include "util/Result.h"

#include <QList>

namespace custos::reg {

class Database;

int latestSchemaVersion();

// The versions that have a migration, ascending (the numbering may skip: versions are assigned
// per feature).
QList<int> schemaVersions();

// Applies every migration above the file's version, each in its own transaction.
// A register written by a newer Custos is refused (CannotOpen).
Status migrate(Database &db);

// Applies the migrations up to and including `target` (tests migrate step by step).
Status migrateTo(Database &db, int target);

} // namespace custos::reg
