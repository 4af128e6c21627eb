#pragma once
// One integer from a query that returns at most one row, its first column (0 when there is no
// row): counts, kept totals, the highest id.

#include "util/Result.h"

namespace custos::reg {
class Database;
} // namespace custos::reg

namespace custos::ledger {

Result<qint64> scalarInt(reg::Database &db, const char *sql);

} // namespace custos::ledger
