#pragma once
// The register's key/value settings table (meta): register id, KDF costs, audit head, tolerances.

#include "util/Result.h"

#include <QString>

namespace custos::reg {

class Database;

// The value, or an empty string when the key is not set.
Result<QString> readMeta(Database &db, const QString &key);
// Sets the value; the caller holds the transaction.
Status writeMeta(Database &db, const QString &key, const QString &value);

} // namespace custos::reg
